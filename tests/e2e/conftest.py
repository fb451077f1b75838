"""Fixtures for the real-browser tests: one fake portal and one visited profile per browser.

Building a profile costs a browser start, so each is built once per session; tests that change
a profile take a fresh copy instead. `real_profile` / `fresh_real_profile` run one test body on
each browser in turn; `tool` runs saemes-cookies in a subprocess as a person would.
"""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.browsers import require_browser
from tests.e2e.profiles import (
    ChromiumProfile,
    FirefoxProfile,
    RealProfile,
    build_chromium_profile,
    build_firefox_profile,
    copy_chromium_profile,
    copy_firefox_profile,
)
from tests.e2e.site import HOST, PARENT_DOMAIN, SetCookie, Site, serve_site

_HERE = Path(__file__).resolve().parent
REPO = _HERE.parent.parent
CATALOG_FILE = REPO / "catalog.json"
BROWSERS = ("chromium", "firefox")
TOOL_TIMEOUT = 60.0


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A hook in this conftest sees every collected item, not only this folder's.
    for item in items:
        if _HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def site() -> Iterator[Site]:
    with serve_site() as running:
        yield running


@pytest.fixture(scope="session")
def chromium_profile(site: Site, tmp_path_factory: pytest.TempPathFactory) -> ChromiumProfile:
    """A Chromium user-data-dir under its own HOME, after one visit to "/". Do not modify."""
    require_browser("chromium")
    home = tmp_path_factory.mktemp("chromium-session") / "home"
    return build_chromium_profile(home, site.url("/"))


@pytest.fixture(scope="session")
def firefox_profile(site: Site, tmp_path_factory: pytest.TempPathFactory) -> FirefoxProfile:
    """A Firefox profile under its own HOME, after one visit to "/". Do not modify."""
    require_browser("firefox")
    home = tmp_path_factory.mktemp("firefox-session") / "home"
    return build_firefox_profile(home, site.url("/"))


@pytest.fixture
def fresh_chromium_profile(chromium_profile: ChromiumProfile, tmp_path: Path) -> ChromiumProfile:
    return copy_chromium_profile(chromium_profile, tmp_path / "home")


@pytest.fixture
def fresh_firefox_profile(firefox_profile: FirefoxProfile, tmp_path: Path) -> FirefoxProfile:
    return copy_firefox_profile(firefox_profile, tmp_path / "home")


# ---------------------------------------------------------------------------------------------
# Both browsers through one test body


@pytest.fixture(scope="session", params=BROWSERS)
def browser_name(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture(scope="session")
def real_profile(browser_name: str, request: pytest.FixtureRequest) -> RealProfile:
    """The session's visited profile of each browser in turn. Do not modify."""
    if browser_name == "chromium":
        return RealProfile.of_chromium(request.getfixturevalue("chromium_profile"))
    return RealProfile.of_firefox(request.getfixturevalue("firefox_profile"))


@pytest.fixture
def fresh_real_profile(browser_name: str, request: pytest.FixtureRequest) -> RealProfile:
    """A private copy of the session's profile of each browser in turn, free to change."""
    if browser_name == "chromium":
        return RealProfile.of_chromium(request.getfixturevalue("fresh_chromium_profile"))
    return RealProfile.of_firefox(request.getfixturevalue("fresh_firefox_profile"))


# ---------------------------------------------------------------------------------------------
# The tool, run as a person runs it


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


@pytest.fixture
def tool(tmp_path: Path) -> Tool:
    return Tool(tmp_path / "state")


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


# ---------------------------------------------------------------------------------------------
# What the site set, and what the catalogue says about it (read from catalog.json itself, so
# a mistake in the tool's matching cannot hide behind an expectation computed by the tool)


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
