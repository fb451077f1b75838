"""The tool as a person runs it on the real profiles, and what the site set and the catalogue
says of it (read from catalog.json itself, so a mistake in the tool's matching cannot hide
behind an expectation computed by the tool)."""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.e2e.profiles import (
    RealProfile,
)
from tests.e2e.site import HOST, PARENT_DOMAIN, SetCookie, Site

REPO = Path(__file__).resolve().parent.parent.parent


CATALOG_FILE = REPO / "catalog.json"


TOOL_TIMEOUT = 60.0


class Tool:
    """`saemes-cookies` in a subprocess, on a given HOME, with backups in a private state dir."""

    def __init__(self, state: Path) -> None:
        self.state = state

    def __call__(self, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        # Discovery must see nothing but this HOME, and no desktop keyring: the profiles were
        # made with --password-store=basic, so their values need none.
        for key in (
            "XDG_CONFIG_HOME",
            "XDG_DATA_HOME",
            "XDG_CACHE_HOME",
            "DBUS_SESSION_BUS_ADDRESS",
            "LANGUAGE",
            "LC_MESSAGES",
        ):
            env.pop(key, None)
        env.update(
            HOME=str(home),
            XDG_STATE_HOME=str(self.state),
            PYTHONPATH=str(REPO),
            LC_ALL="C.UTF-8",
            LANG="C.UTF-8",
        )
        return subprocess.run(
            [sys.executable, "-m", "tui", *args],
            env=env,
            cwd=REPO,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=TOOL_TIMEOUT,
            check=False,
        )


def sent_on_plain(site: Site, profile: RealProfile) -> list[dict[str, str]]:
    """The Cookie headers the browser sends on one visit to /plain (at least one request)."""
    before = len(site.received)
    profile.visit(site.url("/plain"))
    received = site.received[before:]
    assert received, "the browser never asked for /plain"
    return received


_DELETED_LINE = re.compile(r"^deleted +(\S+) +(\S+) +/ ", re.MULTILINE)


def deleted_by(output: str) -> set[tuple[str, str]]:
    """(host, name) of each `deleted  NAME  HOST  PATH  STORE` line of `delete`."""
    return {(host, name) for name, host in _DELETED_LINE.findall(output)}


def stored_host(cookie: SetCookie) -> str:
    # Both browsers store Domain=saemes.fr as ".saemes.fr" and a host-only cookie bare.
    return f".{PARENT_DOMAIN}" if cookie.domain else HOST


def site_cookies(site: Site) -> dict[tuple[str, str], SetCookie]:
    """(host, name) as the browsers store them -> what the server set."""
    return {(stored_host(c), c.name): c for c in site.cookies}


@dataclass(frozen=True)
class CatalogueSays:
    scope: str | None
    entry_id: str | None
    # "unclassified" when no entry matches, as `scan --json` names it.
    category: str


@functools.cache
def _catalogue() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CATALOG_FILE.read_text("utf-8"))
    return data


def _matches(match: dict[str, str], name: str) -> bool:
    kind, pattern = match["type"], match["pattern"]
    if kind == "exact":
        return name == pattern
    if kind == "prefix":
        return name.startswith(pattern)
    assert kind == "regex", kind
    return re.fullmatch(pattern, name) is not None


def catalogue_says(host: str, name: str) -> CatalogueSays:
    data = _catalogue()
    scopes = {item["host"]: item["scope"] for item in data["hosts"]}
    if host not in scopes:
        return CatalogueSays(None, None, "unclassified")
    entries = [entry for entry in data["cookies"] if _matches(entry["match"], name)]
    # The site's names each match one entry at most, so no precedence rule is needed here.
    assert len(entries) <= 1, f"{name}: several catalogue entries match"
    if not entries:
        return CatalogueSays(scopes[host], None, "unclassified")
    return CatalogueSays(scopes[host], entries[0]["id"], entries[0]["category"])


def to_delete(site: Site, include_unclassified: bool) -> set[tuple[str, str]]:
    """What `delete` must remove: every cookie the catalogue does not call necessary, the
    ones it does not know only when asked."""
    going = set()
    for host, name in site_cookies(site):
        category = catalogue_says(host, name).category
        if category == "unclassified":
            if include_unclassified:
                going.add((host, name))
        elif category != "necessary":
            going.add((host, name))
    return going
