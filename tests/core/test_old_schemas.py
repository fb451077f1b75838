"""Stores in every older schema, as the browsers wrote them (tests/helpers/schemas.py, with
each version's own columns), read by `scan --json` and compared field by field with what the
browser itself shows for them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import NOW, SITE, days, run_cli
from tests.helpers.schemas import (
    CHROMIUM_VERSIONS,
    FIREFOX_VERSIONS,
    chromium_columns,
    firefox_columns,
    write_chromium_at,
    write_firefox_at,
)
from tui.demo.stores import Spec

ISO = "%Y-%m-%dT%H:%M:%SZ"

SPECS = [
    Spec(SITE, "sessionid", "s-1", expires=days(14), created=days(-3), secure=True,
         http_only=True, same_site="lax"),
    Spec(SITE, "csrftoken", "c-22", expires=days(300), created=days(-40), same_site="strict"),
    Spec(SITE, "django_language", "fr", expires=days(365), created=days(-1), same_site="none",
         secure=True),
    Spec(".saemes.fr", "_ga", "GA1.1.333", expires=days(730), created=days(-100)),
    Spec(SITE, "mystery_pref", "m-4444", created=days(-2)),
]  # fmt: skip


def chromium_shows(spec: Spec, version: int) -> dict[str, Any]:
    """What Chromium at its newest shows for `spec` once it has loaded (and migrated) a store
    of `version`: SameSite only from 8 on; before 11 the stored 0 (no attribute or None)
    became unspecified; a session cookie has no expiry."""
    unspecified = version < 8 or (version < 11 and spec.same_site == "none")
    same_site = None if unspecified else spec.same_site
    return _shown(spec, spec.expires, same_site)


def firefox_shows(spec: Spec, version: int) -> dict[str, Any]:
    """What Firefox shows: before 15, "no attribute" was stored as none and stays none (the
    14 -> 15 step only turns lax-by-default rows into unset); before 9 there was no column,
    and Firefox reads the NULL its 8 -> 9 step leaves as 0, none. Firefox keeps no session
    cookie on disk: the builder gives it one day."""
    expires = spec.expires or NOW + timedelta(days=1)
    if version < 9:
        same_site = "none"
    else:
        same_site = "none" if version < 15 and spec.same_site is None else spec.same_site
    return _shown(spec, expires, same_site)


def _shown(spec: Spec, expires: datetime | None, same_site: str | None) -> dict[str, Any]:
    """Every field `scan --json` gives that the store decides, as the browser shows it."""
    return {
        "host": spec.host,
        "name": spec.name,
        "path": spec.path,
        "expires": expires.strftime(ISO) if expires else None,
        "persistent": expires is not None,
        "created": (spec.created or NOW).strftime(ISO),
        "last_access": (spec.created or NOW).strftime(ISO),
        "secure": spec.secure,
        "http_only": spec.http_only,
        "same_site": same_site,
        "value_length": len(spec.value),
        "value_status": "ok",
        "notes": [],
    }


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `scan --json` over a store of every version of both families."""
    root = tmp_path_factory.mktemp("schemas")
    paths = [
        write_chromium_at(root / f"chromium-{v}" / "Cookies", v, SPECS, NOW)
        for v in CHROMIUM_VERSIONS
    ]
    paths += [
        write_firefox_at(root / f"firefox-{v}" / "cookies.sqlite", v, SPECS, NOW)
        for v in FIREFOX_VERSIONS
    ]
    home = root / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "LC_ALL": "C.UTF-8"}
    stores = [arg for path in paths for arg in ("--store", str(path))]
    result = run_cli("scan", "--json", "--lang", "en", *stores, env=env)
    assert result.returncode == 0, result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def _store(document: dict[str, Any], folder: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    store = next(s for s in document["stores"] if Path(s["path"]).parent.name == folder)
    cookies = [c for c in document["cookies"] if c["store"] == store["id"]]
    return store, cookies


def _compared(cookies: list[dict[str, Any]], expected: dict[str, dict[str, Any]]) -> None:
    assert {c["name"] for c in cookies} == set(expected)
    for cookie in cookies:
        shown = {field: cookie[field] for field in expected[cookie["name"]]}
        assert shown == expected[cookie["name"]], cookie["name"]


def test_the_builders_write_each_versions_own_columns() -> None:
    """The milestones of the browsers' migrations, as the cited source has them."""
    assert "encrypted_value" not in chromium_columns(6)
    assert "encrypted_value" in chromium_columns(7)
    assert "firstpartyonly" in chromium_columns(10) and "samesite" not in chromium_columns(10)
    assert "samesite" in chromium_columns(11) and "firstpartyonly" not in chromium_columns(11)
    assert "secure" in chromium_columns(9) and "is_secure" in chromium_columns(10)
    assert "is_same_party" in chromium_columns(20) and "is_same_party" not in chromium_columns(21)
    assert "has_cross_site_ancestor" in chromium_columns(23)
    assert "originAttributes" not in firefox_columns(5) and "appId" in firefox_columns(5)
    assert "sameSite" not in firefox_columns(8) and "sameSite" in firefox_columns(9)
    assert "baseDomain" in firefox_columns(10) and "baseDomain" not in firefox_columns(11)


SHOWS = {"chromium": chromium_shows, "firefox": firefox_shows}
STORES = [("chromium", v) for v in CHROMIUM_VERSIONS] + [("firefox", v) for v in FIREFOX_VERSIONS]


@pytest.mark.parametrize(("family", "version"), STORES)
def test_a_store_of_every_schema_reads_as_its_browser_shows_it(
    scanned: dict[str, Any], family: str, version: int
) -> None:
    store, cookies = _store(scanned, f"{family}-{version}")
    assert store["error"] is None and store["schema_version"] == version
    assert store["note"] is None
    _compared(cookies, {spec.name: SHOWS[family](spec, version) for spec in SPECS})


def test_firstpartyonly_zero_reads_as_unspecified_not_none(scanned: dict[str, Any]) -> None:
    """Chromium's 10 -> 11 step turns every stored 0 into unspecified: a cookie set with no
    SameSite before 2019 is not shown as SameSite=None."""
    for version in (8, 9, 10):
        _, cookies = _store(scanned, f"chromium-{version}")
        same_site = {c["name"]: c["same_site"] for c in cookies}
        assert same_site["_ga"] is None and same_site["django_language"] is None
        assert same_site["sessionid"] == "lax" and same_site["csrftoken"] == "strict"
