"""`scan --json` on profiles a real Chromium and Firefox ESR wrote, judged by the server's own
Set-Cookie headers and by catalog.json, never by the tool's own idea of either."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.harness import CATALOG_FILE, Tool, catalogue_says, site_cookies
from tests.e2e.profiles import RealProfile
from tests.e2e.site import PARENT_DOMAIN, Site

# Both browsers cap a cookie's lifetime at 400 days (RFC 6265bis), so GA's "2 years" shrinks.
MAX_LIFETIME = 400 * 86_400
# Max-Age counts from the response, the browser stamps creation a moment later, and the JSON
# gives whole seconds.
SLACK_S = 5
# Shorter values ("fr", "1") occur by chance in any text; longer ones would be a leak.
LEAK_MIN = 6


def _scan(tool: Tool, profile: RealProfile, how: str) -> dict[str, Any]:
    where = [] if how == "discovery" else ["--store", str(profile.store)]
    done = tool(profile.home, "scan", "--json", *where)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    document: dict[str, Any] = json.loads(done.stdout)
    return document


def _assert_no_value_leaks(site: Site, text: str) -> None:
    for name, value in site.sent.items():
        if len(value) >= LEAK_MIN:
            assert value not in text, f"the value of {name} is in the output"


@pytest.mark.parametrize("how", ["store", "discovery"])
def test_scan_lists_exactly_the_cookies_the_server_set_and_the_browser_kept(
    site: Site, real_profile: RealProfile, tool: Tool, tmp_path: Path, how: str
) -> None:
    """With --store on the profile directory, and without it, found from HOME alone."""
    profile = real_profile
    document = _scan(tool, profile, how)
    _assert_no_value_leaks(site, json.dumps(document))
    assert Path(document["catalog"]["path"]).resolve() == CATALOG_FILE.resolve()

    # Discovery finds this profile and nothing else under the private HOME.
    [store] = document["stores"]
    assert Path(store["path"]) == profile.cookies_db
    assert store["browser"] == profile.label and store["family"] == profile.browser
    assert store["error"] is None and store["running"] is False

    expected = site_cookies(site)
    assert profile.stored(tmp_path / "scratch") == set(expected), "the browser dropped a cookie"
    listed = {(c["host"], c["name"]): c for c in document["cookies"]}
    assert len(listed) == len(document["cookies"]), "a cookie is listed twice"
    assert set(listed) == set(expected)

    for (host, name), sent in expected.items():
        got = listed[(host, name)]
        said = catalogue_says(host, name)
        assert got["store"] == store["id"]
        assert got["path"] == "/"
        assert got["scope"] == said.scope
        # The server speaks plain HTTP, so it never sets Secure.
        assert (got["secure"], got["http_only"], got["same_site"]) == (
            False,
            sent.http_only,
            "lax" if sent.same_site == "Lax" else None,
        ), name
        assert (got["category"], got["catalog_id"]) == (said.category, said.entry_id), name
        assert got["value_status"] == "ok", name
        assert got["value_length"] == len(site.sent[name]), name
        assert got["persistent"] is True
        lifetime = datetime.fromisoformat(got["expires"]) - datetime.fromisoformat(got["created"])
        assert abs(lifetime.total_seconds() - min(sent.max_age, MAX_LIFETIME)) <= SLACK_S, name


def test_scan_of_a_running_browser_lists_what_its_store_holds_and_marks_it_running(
    site: Site, fresh_real_profile: RealProfile, tool: Tool, tmp_path: Path
) -> None:
    """/dup-csrf adds a parent-domain csrftoken while the browser runs. Firefox writes it to
    cookies.sqlite-wal at once and keeps the database locked, so a reader that skips the -wal
    misses it. Chromium batches its writes (every 30 s), so its file may not hold the cookie
    yet: the scan must list what the store holds on disk, no more and no less."""
    profile = fresh_real_profile
    parent_csrf = (f".{PARENT_DOMAIN}", "csrftoken")
    scratch = tmp_path / "scratch"

    def ready() -> bool:
        return parent_csrf in profile.stored(scratch)

    with profile.running(site.url("/dup-csrf"), ready=ready):
        stored = profile.stored(scratch)
        if profile.browser == "firefox":
            assert parent_csrf in stored, "the test needs a cookie that only the -wal holds"
        document = _scan(tool, profile, "store")
    _assert_no_value_leaks(site, json.dumps(document))
    [store] = document["stores"]
    assert store["error"] is None and store["running"] is True
    listed = {(c["host"], c["name"]): c for c in document["cookies"]}
    assert len(listed) == len(document["cookies"])
    assert set(listed) == stored
    if parent_csrf in listed:
        assert listed[parent_csrf]["value_length"] == len(site.parent_csrftoken)


def test_the_site_covers_every_kind_of_cookie_the_checks_need(site: Site) -> None:
    """Without a necessary, a statistical, a parent-domain and an unknown cookie, the tests
    above and the deletion tests would prove less than they claim."""
    said = {key: catalogue_says(*key) for key in site_cookies(site)}
    categories = {s.category for s in said.values()}
    assert {"necessary", "statistical", "unclassified"} <= categories
    assert any(host.startswith(".") and s.scope == "domain" for (host, _), s in said.items())
