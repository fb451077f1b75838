"""The harness checked with plain sqlite3, so the tool's own tests can trust what it builds."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
import urllib.parse
from collections.abc import Iterable
from pathlib import Path

import pytest

from tests.e2e.browsers import (
    chromium_running,
    chromium_visit,
    firefox_cookies_locked,
    firefox_profile_locked,
    firefox_running,
    firefox_visit,
    firefox_wal_has_data,
    posix_lock_holder,
    read_chromium_cookies,
    read_firefox_cookies,
    require_browser,
)
from tests.e2e.profiles import ChromiumProfile, FirefoxProfile
from tests.e2e.site import HOST, Site

PARENT_HOST = ".saemes.fr"
# Both browsers cap Max-Age/Expires at 400 days (RFC 6265bis), so GA's "2 years" shrinks.
MAX_LIFETIME = 400 * 86_400
CHROMIUM_SAMESITE_LAX = 1
CHROMIUM_SAMESITE_UNSPECIFIED = -1
FIREFOX_SAMESITE_LAX = 1
FIREFOX_SAMESITE_UNSPECIFIED = 256
# Max-Age is counted from the response; the browser stamps creation a moment later.
SLACK_S = 5


def _by_name(rows: Iterable[sqlite3.Row], host_column: str) -> dict[tuple[str, str], sqlite3.Row]:
    return {(row[host_column], row["name"]): row for row in rows}


def _expected_hosts(site: Site) -> set[tuple[str, str]]:
    return {(PARENT_HOST if c.domain else HOST, c.name) for c in site.cookies}


def _decrypt_chromium(encrypted: bytes, host_key: str) -> str:
    aes = pytest.importorskip("Cryptodome.Cipher.AES")
    # --password-store=basic: the fixed Linux password "peanuts", one PBKDF2 round, IV of spaces.
    key = hashlib.pbkdf2_hmac("sha1", b"peanuts", b"saltysalt", 1, 16)
    assert encrypted[:3] == b"v10"
    plain: bytes = aes.new(key, aes.MODE_CBC, IV=b" " * 16).decrypt(encrypted[3:])
    plain = plain[: -plain[-1]]
    # Database version 24 binds each value to its host by prefixing SHA-256(host_key).
    assert plain[:32] == hashlib.sha256(host_key.encode()).digest()
    return plain[32:].decode()


def test_site_values_are_distinct_and_preferences_decode(site: Site) -> None:
    lengths = [len(v) for v in site.sent.values()]
    assert len(set(lengths)) == len(lengths)
    prefs = json.loads(urllib.parse.unquote(site.sent["cookies_preferences"]))
    assert prefs["functional_cookies"] is True and prefs["ga"] is False
    assert prefs["matomo"] is True and isinstance(prefs["timestamp"], int)


def test_chromium_stores_every_cookie_the_site_set(
    site: Site, chromium_profile: ChromiumProfile
) -> None:
    rows = _by_name(read_chromium_cookies(chromium_profile.user_data_dir), "host_key")
    assert set(rows) == _expected_hosts(site)
    for cookie in site.cookies:
        row = rows[(PARENT_HOST if cookie.domain else HOST, cookie.name)]
        assert row["value"] == ""
        assert row["is_persistent"] == 1 and row["path"] == "/"
        assert row["is_httponly"] == int(cookie.http_only)
        lax = cookie.same_site == "Lax"
        assert row["samesite"] == (CHROMIUM_SAMESITE_LAX if lax else CHROMIUM_SAMESITE_UNSPECIFIED)
        lifetime = (row["expires_utc"] - row["creation_utc"]) / 1_000_000
        assert abs(lifetime - min(cookie.max_age, MAX_LIFETIME)) <= SLACK_S, cookie.name


def test_chromium_values_decrypt_to_what_the_site_sent(
    site: Site, chromium_profile: ChromiumProfile
) -> None:
    rows = read_chromium_cookies(chromium_profile.user_data_dir)
    stored = {r["name"]: _decrypt_chromium(r["encrypted_value"], r["host_key"]) for r in rows}
    assert stored == site.sent


def test_firefox_stores_every_cookie_the_site_set(
    site: Site, firefox_profile: FirefoxProfile, tmp_path: Path
) -> None:
    rows = _by_name(read_firefox_cookies(firefox_profile.profile_dir, tmp_path), "host")
    assert set(rows) == _expected_hosts(site)
    for cookie in site.cookies:
        row = rows[(PARENT_HOST if cookie.domain else HOST, cookie.name)]
        assert row["value"] == cookie.value
        assert row["path"] == "/" and row["originAttributes"] == ""
        assert row["isHttpOnly"] == int(cookie.http_only)
        lax = cookie.same_site == "Lax"
        assert row["sameSite"] == (FIREFOX_SAMESITE_LAX if lax else FIREFOX_SAMESITE_UNSPECIFIED)
        # expiry is in ms since 1970, creationTime in µs.
        lifetime = (row["expiry"] - row["creationTime"] // 1000) / 1000
        assert abs(lifetime - min(cookie.max_age, MAX_LIFETIME)) <= SLACK_S, cookie.name


def test_chromium_sends_the_cookies_back(
    site: Site, fresh_chromium_profile: ChromiumProfile
) -> None:
    before = len(site.received)
    chromium_visit(
        fresh_chromium_profile.user_data_dir, fresh_chromium_profile.home, site.url("/plain")
    )
    assert site.sent in site.received[before:]


def test_firefox_sends_the_cookies_back(site: Site, fresh_firefox_profile: FirefoxProfile) -> None:
    before = len(site.received)
    firefox_visit(fresh_firefox_profile.profile_dir, fresh_firefox_profile.home, site.url("/plain"))
    assert site.sent in site.received[before:]


def test_running_firefox_locks_its_cookie_database(
    site: Site, fresh_firefox_profile: FirefoxProfile, tmp_path: Path
) -> None:
    profile = fresh_firefox_profile
    before = len(site.received)
    with firefox_running(
        profile.profile_dir,
        profile.home,
        site.url("/plain"),
        ready=lambda: len(site.received) > before,
    ) as firefox:
        # timeout=0: report the lock at once instead of retrying for the default 5 s.
        conn = sqlite3.connect(f"{profile.cookies_db.as_uri()}?mode=ro", uri=True, timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                conn.execute("SELECT count(*) FROM moz_cookies").fetchall()
        finally:
            conn.close()
        assert posix_lock_holder(profile.profile_dir / ".parentlock") == firefox.pid
        assert site.sent in site.received[before:]
    assert not firefox_profile_locked(profile.profile_dir)
    assert not firefox_cookies_locked(profile.profile_dir)
    # After SIGTERM the rows are still all there, counting those left in the WAL.
    rows = read_firefox_cookies(profile.profile_dir, tmp_path / "after")
    assert {row["name"]: row["value"] for row in rows} == site.sent


def test_running_chromium_holds_its_singleton_lock(
    site: Site, fresh_chromium_profile: ChromiumProfile
) -> None:
    profile = fresh_chromium_profile
    before = len(site.received)
    with chromium_running(profile.user_data_dir, profile.home, site.url("/plain")) as chromium:
        assert profile.singleton_lock.is_symlink()
        hostname, _, pid = os.readlink(profile.singleton_lock).rpartition("-")
        assert hostname == socket.gethostname()
        assert int(pid) == chromium.pid
        os.kill(int(pid), 0)  # raises if the pid is not alive
        assert site.sent in site.received[before:]
    # Browser.close shuts down cleanly: no stale lock is left for the tool to reason about.
    assert not os.path.lexists(profile.singleton_lock)
    assert chromium.process.returncode == 0


@pytest.mark.parametrize("required", [False, True])
def test_missing_browser_skips_locally_and_fails_when_required(
    monkeypatch: pytest.MonkeyPatch, required: bool
) -> None:
    monkeypatch.setenv("SAEMES_E2E_CHROMIUM", "/nonexistent/chromium")
    monkeypatch.delenv("REQUIRE_BROWSERS", raising=False)
    monkeypatch.setenv("CI", "true" if required else "false")
    expected = pytest.fail.Exception if required else pytest.skip.Exception
    with pytest.raises(expected, match="chromium is not installed"):
        require_browser("chromium")


def test_dup_csrf_adds_a_parent_domain_copy_that_the_browser_sends_too(
    site: Site, fresh_chromium_profile: ChromiumProfile
) -> None:
    profile = fresh_chromium_profile
    chromium_visit(profile.user_data_dir, profile.home, site.url("/dup-csrf"))
    rows = read_chromium_cookies(profile.user_data_dir)
    assert {r["host_key"] for r in rows if r["name"] == "csrftoken"} == {HOST, PARENT_HOST}
    before = len(site.received_headers)
    chromium_visit(profile.user_data_dir, profile.home, site.url("/plain"))
    header = next(h for h in site.received_headers[before:] if "csrftoken" in h)
    assert f"csrftoken={site.sent['csrftoken']}" in header
    assert f"csrftoken={site.parent_csrftoken}" in header


def test_cookies_firefox_set_before_sigterm_are_only_in_the_wal(
    site: Site, fresh_firefox_profile: FirefoxProfile, tmp_path: Path
) -> None:
    profile = fresh_firefox_profile
    with firefox_running(
        profile.profile_dir,
        profile.home,
        site.url("/dup-csrf"),
        ready=lambda: firefox_wal_has_data(profile.profile_dir),
    ):
        pass
    main_only = tmp_path / "main-only.sqlite"
    main_only.write_bytes(profile.cookies_db.read_bytes())
    conn = sqlite3.connect(main_only)
    try:
        hosts = {h for (h,) in conn.execute("SELECT host FROM moz_cookies WHERE name='csrftoken'")}
    finally:
        conn.close()
    # A reader that copies cookies.sqlite alone (browser-cookie3 does) misses the new cookie.
    assert hosts == {HOST}
    rows = read_firefox_cookies(profile.profile_dir, tmp_path / "with-wal")
    assert {r["host"]: r["value"] for r in rows if r["name"] == "csrftoken"} == {
        HOST: site.sent["csrftoken"],
        PARENT_HOST: site.parent_csrftoken,
    }
