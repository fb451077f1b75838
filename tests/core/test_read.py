"""Reading is exact, complete and never changes a store."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.helpers import NOW, SITE, SITE_NAMES, days, names, site_specs, tree_bytes
from tests.helpers.processes import committing_for_a_moment
from tui.catalog import load
from tui.demo.stores import Spec, encrypt_v10, write_chromium, write_firefox
from tui.frozen import replace
from tui.inspection import classify, find_stores, inspect
from tui.model import Family, StoreRef
from tui.stores import sqlite_read
from tui.stores.read import read_store, stores_at

HOSTS = load().hosts


def _chromium_ref(path: Path) -> StoreRef:
    return StoreRef("Chromium", "Default", Family.CHROMIUM, path, lock_dir=path.parent)


def _firefox_ref(path: Path) -> StoreRef:
    return StoreRef("Firefox", "p", Family.FIREFOX, path, lock_dir=path.parent)


def test_chromium_rows_of_the_site_only_with_values_decrypted(
    tmp_path: Path, no_dbus: None
) -> None:
    specs = site_specs()
    path = write_chromium(tmp_path / "Default" / "Cookies", specs, now=NOW)
    store, rows = read_store(_chromium_ref(path), HOSTS)
    assert store.error is None and store.schema_version == 24
    assert {r.name for r in rows} == SITE_NAMES
    sent = {s.name: s.value for s in specs if s.host in HOSTS}
    assert {r.name: r.value for r in rows} == sent
    assert all(r.value_status == "ok" and r.value_length == len(sent[r.name]) for r in rows)


def test_chromium_metadata_is_kept_exactly(tmp_path: Path) -> None:
    path = write_chromium(tmp_path / "Cookies", site_specs(), now=NOW)
    _, rows = read_store(_chromium_ref(path), HOSTS)
    session = next(r for r in rows if r.name == "sessionid")
    assert session.expires == days(14)
    assert session.created == NOW
    assert (session.secure, session.http_only, session.same_site) == (True, True, "lax")
    ga = next(r for r in rows if r.name == "_ga")
    assert (ga.host, ga.same_site, ga.secure) == (".saemes.fr", None, False)


def test_chromium_session_cookie_has_no_expiry(tmp_path: Path) -> None:
    path = write_chromium(tmp_path / "Cookies", [Spec(SITE, "csrftoken", "abc")], now=NOW)
    _, rows = read_store(_chromium_ref(path), HOSTS)
    assert rows[0].expires is None and not rows[0].persistent


def test_partition_twins_stay_distinct(tmp_path: Path) -> None:
    specs = [
        Spec(SITE, "csrftoken", "a", expires=days(1)),
        Spec(SITE, "csrftoken", "bb", expires=days(1), partition="https://other.example"),
        Spec(SITE, "csrftoken", "ccc", expires=days(1), path="/api"),
    ]
    chromium = write_chromium(tmp_path / "c" / "Cookies", specs, now=NOW)
    _, rows = read_store(_chromium_ref(chromium), HOSTS)
    assert sorted((r.partition, r.path, r.value_length) for r in rows) == [
        ("", "/", 1),
        ("", "/api", 3),
        ("https://other.example", "/", 2),
    ]
    assert len({r.key for r in rows}) == 3


def test_firefox_container_and_partition_twins_stay_distinct(tmp_path: Path) -> None:
    specs = [
        Spec(SITE, "sessionid", "a", expires=days(1)),
        Spec(SITE, "sessionid", "bb", expires=days(1), container="2"),
        Spec(SITE, "sessionid", "ccc", expires=days(1), partition="(https,example.org)"),
    ]
    path = write_firefox(tmp_path / "cookies.sqlite", specs, now=NOW)
    _, rows = read_store(_firefox_ref(path), HOSTS)
    assert sorted((r.container, r.partition, r.value_length) for r in rows) == [
        ("", "", 1),
        ("", "(https,example.org)", 3),
        ("2", "", 2),
    ]


def test_firefox_reads_rows_still_in_the_wal_and_expiry_in_milliseconds(tmp_path: Path) -> None:
    main = site_specs()
    late = [Spec(SITE, "cookies_preferences", "%7B%22ga%22%3Afalse%7D", expires=days(180))]
    path = write_firefox(tmp_path / "cookies.sqlite", main, now=NOW, in_wal=late)
    assert Path(f"{path}-wal").stat().st_size > 0
    store, rows = read_store(_firefox_ref(path), HOSTS)
    assert store.error is None and store.schema_version == 17
    assert names_of(rows) == SITE_NAMES | {"cookies_preferences"}
    prefs = next(r for r in rows if r.name == "cookies_preferences")
    assert prefs.expires == days(180)
    assert prefs.value == "%7B%22ga%22%3Afalse%7D"


@pytest.mark.parametrize("version", range(12, 18))
def test_firefox_fixture_has_the_columns_its_schema_version_has(
    tmp_path: Path, version: int
) -> None:
    path = write_firefox(tmp_path / "cookies.sqlite", site_specs(), now=NOW, version=version)
    with sqlite3.connect(path) as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(moz_cookies)")}
        assert db.execute("PRAGMA user_version").fetchone()[0] == version
    db.close()
    # Firefox's migrations: 12 adds schemeMap, 13 isPartitionedAttributeSet, 15 drops
    # rawSameSite, 17 adds updateTime.
    assert "schemeMap" in columns
    assert ("isPartitionedAttributeSet" in columns) == (version >= 13)
    assert ("rawSameSite" in columns) == (version <= 14)
    assert ("updateTime" in columns) == (version >= 17)


@pytest.mark.parametrize("version", range(12, 18))
def test_firefox_expiry_is_read_in_the_unit_of_its_schema_version(
    tmp_path: Path, version: int
) -> None:
    """Seconds up to user_version 15, milliseconds from 16 (Firefox 142's migration)."""
    specs = [
        Spec(SITE, "csrftoken", "c" * 32, expires=days(300), created=days(-2), same_site="strict"),
        Spec(SITE, "sessionid", "s" * 32, expires=days(14), created=NOW, secure=True),
    ]
    path = write_firefox(tmp_path / "cookies.sqlite", specs, now=NOW, version=version)
    store, rows = read_store(_firefox_ref(path), HOSTS)
    assert store.error is None and store.schema_version == version and store.note is None
    by_name = {row.name: row for row in rows}
    assert by_name["csrftoken"].expires == days(300)
    assert by_name["sessionid"].expires == days(14)
    # creationTime and lastAccessed are microseconds in every version.
    assert by_name["csrftoken"].created == days(-2)
    assert by_name["csrftoken"].same_site == "strict"
    assert by_name["sessionid"].secure


def test_firefox_before_schema_15_lax_by_default_reads_as_unspecified(tmp_path: Path) -> None:
    """Schema 14 kept the effective SameSite and the raw attribute apart; Firefox's 14->15
    migration turns "lax, raw none" (no attribute under lax-by-default) into unset."""
    specs = [
        Spec(SITE, "csrftoken", "c", expires=days(3)),
        Spec(SITE, "sessionid", "s", expires=days(3)),
    ]
    path = write_firefox(tmp_path / "cookies.sqlite", specs, now=NOW, version=14)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE moz_cookies SET sameSite = 1, rawSameSite = 0 WHERE name = 'csrftoken'")
        db.execute("UPDATE moz_cookies SET sameSite = 1, rawSameSite = 1 WHERE name = 'sessionid'")
    db.close()
    _, rows = read_store(_firefox_ref(path), HOSTS)
    assert {row.name: row.same_site for row in rows} == {"csrftoken": None, "sessionid": "lax"}


def names_of(rows: list) -> set[str]:  # type: ignore[type-arg]
    return {r.name for r in rows}


def test_reading_changes_no_byte_and_leaves_no_file(tmp_path: Path) -> None:
    chromium = write_chromium(tmp_path / "chr" / "Default" / "Cookies", site_specs(), now=NOW)
    firefox = write_firefox(
        tmp_path / "ff" / "cookies.sqlite",
        site_specs(),
        now=NOW,
        in_wal=[Spec(SITE, "late", "x", expires=days(2))],
    )
    before = tree_bytes(tmp_path)
    read_store(_chromium_ref(chromium), HOSTS)
    read_store(_firefox_ref(firefox), HOSTS)
    assert tree_bytes(tmp_path) == before


def test_a_firefox_store_locked_by_its_browser_is_read_from_a_copy(tmp_path: Path) -> None:
    path = write_firefox(tmp_path / "cookies.sqlite", site_specs(), now=NOW)
    # Another process holds what a running Firefox holds: an exclusive lock on the database
    # and an fcntl lock on .parentlock.
    (tmp_path / ".parentlock").write_bytes(b"")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import fcntl, sqlite3, sys, time
            lock = open({str(tmp_path / ".parentlock")!r}, "w")
            fcntl.lockf(lock, fcntl.LOCK_EX)
            db = sqlite3.connect({str(path)!r})
            db.execute("PRAGMA locking_mode=EXCLUSIVE")
            db.execute("INSERT INTO moz_cookies (name, value, host, path, expiry, isSecure,"
                       " isHttpOnly) VALUES ('while_running', 'v', 'opendata.saemes.fr', '/',"
                       " 4102444800000, 0, 0)")
            db.commit()
            print("ready", flush=True)
            sys.stdin.read()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0).execute(
                "SELECT count(*) FROM moz_cookies"
            ).fetchone()
        store, rows = read_store(_firefox_ref(path), HOSTS)
    finally:
        holder.communicate("")
    assert store.running and store.error is None
    assert names_of(rows) == SITE_NAMES | {"while_running"}


def test_a_commit_that_starts_after_the_probe_is_waited_for_not_taken_for_the_browser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_dbus: None
) -> None:
    # Another run's commit takes the lock between the reader's probe and its read: the read
    # waits for it instead of failing as "locked by another program".
    path = write_chromium(tmp_path / "Default" / "Cookies", site_specs(), now=NOW)
    probe = sqlite_read._probe
    with ExitStack() as holding:

        def probe_then_a_commit(connection: sqlite3.Connection) -> None:
            probe(connection)
            holding.enter_context(committing_for_a_moment(path))

        monkeypatch.setattr(sqlite_read, "_probe", probe_then_a_commit)
        store, rows = read_store(_chromium_ref(path), HOSTS)
    assert store.error is None and not store.running
    assert {r.name for r in rows} == SITE_NAMES


def test_a_store_that_is_not_sqlite_is_listed_with_its_error_and_others_still_load(
    tmp_path: Path,
) -> None:
    good = write_chromium(tmp_path / "good" / "Cookies", site_specs(), now=NOW)
    bad = tmp_path / "bad" / "Cookies"
    bad.parent.mkdir()
    bad.write_bytes(b"this is not a database" * 10)
    corrupt = write_chromium(tmp_path / "corrupt" / "Cookies", site_specs(), now=NOW)
    data = bytearray(corrupt.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    corrupt.write_bytes(bytes(data))
    refs = [_chromium_ref(bad), _chromium_ref(corrupt), _chromium_ref(good)]
    inspection = inspect(load(), refs)
    errors = {s.ref.path: str(s.error) if s.error else None for s in inspection.stores}
    assert errors[bad] == f"{bad}: not an SQLite database"
    assert errors[corrupt] is not None and "corrupt" in errors[corrupt]
    assert errors[good] is None
    assert names(inspection.cookies) == SITE_NAMES


def test_an_unknown_schema_without_needed_columns_is_reported_clearly(tmp_path: Path) -> None:
    path = tmp_path / "Cookies"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")
    db.execute("INSERT INTO meta VALUES ('version', '99')")
    db.execute("CREATE TABLE cookies(host_key TEXT, name TEXT, path TEXT)")
    db.commit()
    db.close()
    store, rows = read_store(_chromium_ref(path), HOSTS)
    assert rows == []
    assert str(store.error) == (
        f"{path}: unsupported Chromium schema version 99: no column expires_utc, value"
    )


def test_an_older_chromium_schema_without_newer_columns_is_read(tmp_path: Path) -> None:
    """Version 18 had no top_frame_site_key, source_type, has_cross_site_ancestor."""
    path = write_chromium(tmp_path / "Cookies", site_specs(), now=NOW)
    db = sqlite3.connect(path)
    db.execute("DROP INDEX cookies_unique_index")
    for column in (
        "top_frame_site_key",
        "has_cross_site_ancestor",
        "source_type",
        "last_update_utc",
    ):
        db.execute(f"ALTER TABLE cookies DROP COLUMN {column}")
    # Version 18 stored plain SHA-less ciphertext; rewrite one value the old way.
    db.execute(
        "UPDATE cookies SET encrypted_value = ? WHERE name = 'csrftoken'",
        (encrypt_v10(SITE, "old-style", version=18),),
    )
    db.execute("UPDATE meta SET value = '18' WHERE key IN ('version', 'last_compatible_version')")
    db.commit()
    db.close()
    store, rows = read_store(_chromium_ref(path), HOSTS)
    assert store.error is None and store.schema_version == 18 and store.note is None
    assert names_of(rows) == SITE_NAMES
    assert next(r for r in rows if r.name == "csrftoken").value == "old-style"
    assert dict(rows[0].key).keys() == {"host_key", "name", "path", "source_scheme", "source_port"}


def test_v11_values_without_a_keyring_are_listed_as_unavailable(tmp_path: Path) -> None:
    """No D-Bus session bus: browser-cookie3 raises KeyError asking for the keyring."""
    path = write_chromium(tmp_path / "Cookies", site_specs(), now=NOW)
    db = sqlite3.connect(path)
    db.execute(
        "UPDATE cookies SET encrypted_value = X'7631310102030405060708090a0b0c0d0e0f10'"
        " WHERE name = 'sessionid'"
    )
    db.commit()
    db.close()
    env = {k: v for k, v in __import__("os").environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    script = textwrap.dedent(f"""
        import json
        from pathlib import Path
        from tui.catalog import load
        from tui.model import Family, StoreRef
        from tui.stores.read import read_store
        ref = StoreRef("Chromium", "Default", Family.CHROMIUM, Path({str(path)!r}))
        store, rows = read_store(ref, load().hosts)
        print(json.dumps({{r.name: [r.value_status, r.value_length] for r in rows}}))
    """)
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    ).stdout
    result = __import__("json").loads(out)
    assert result["sessionid"] == [
        "unavailable: v11: the key of this value is the password the desktop's keyring (Secret "
        "Service or KDE Wallet) keeps for Chromium, and a keyring is asked only over the D-Bus "
        "session bus, which this session lacks (DBUS_SESSION_BUS_ADDRESS is not set, as over "
        "SSH, in cron or in a container): run the tool inside the desktop session to read the "
        "value. Name, dates, flags and every finding that does not need the value are exact",
        None,
    ]
    assert result["csrftoken"][0] == "ok"


def test_v20_app_bound_values_are_unavailable_but_the_cookie_is_listed(tmp_path: Path) -> None:
    path = write_chromium(tmp_path / "Cookies", site_specs(), now=NOW)
    db = sqlite3.connect(path)
    db.execute("UPDATE cookies SET encrypted_value = X'763230AABBCC' WHERE name = 'csrftoken'")
    db.commit()
    db.close()
    store, rows = read_store(_chromium_ref(path), HOSTS)
    token = next(r for r in rows if r.name == "csrftoken")
    assert token.value is None and token.value_length is None
    assert token.value_status == (
        "unavailable: app-bound (v20): the browser sealed this value with a key that its "
        "elevation service (a Windows service installed with it) gives back only to the browser "
        "itself, so it cannot be shown without the browser; other tools get it with "
        "administrator rights or by injecting code into the browser, which this tool does not "
        "do. Name, dates, flags and every finding that does not need the value are exact"
    )
    assert token.unavailable is not None
    assert token.unavailable.text("fr").startswith(
        "liée à l'application (v20) : le navigateur a scellé cette valeur"
    )
    # Everything but the value is read as for any other cookie.
    assert (token.secure, token.http_only, token.same_site) == (False, False, "lax")
    assert token.created == NOW and token.expires == days(364)
    assert classify(load(), store, [token])[0].category == "necessary"


def test_store_paths_are_recognised_by_schema_not_by_name(tmp_path: Path) -> None:
    chromium = write_chromium(tmp_path / "a" / "renamed.db", site_specs(), now=NOW)
    firefox = write_firefox(tmp_path / "b" / "whatever.sqlite", site_specs(), now=NOW)
    assert [r.family for r in stores_at(chromium)] == [Family.CHROMIUM]
    assert [r.family for r in stores_at(firefox)] == [Family.FIREFOX]
    write_chromium(tmp_path / "ud" / "Default" / "Network" / "Cookies", site_specs(), now=NOW)
    write_chromium(tmp_path / "ud" / "Profile 1" / "Cookies", site_specs(), now=NOW)
    (tmp_path / "ud" / "Local State").write_text("{}", encoding="utf-8")
    assert sorted(r.profile for r in stores_at(tmp_path / "ud")) == ["Default", "Profile 1"]
    assert [r.path for r in stores_at(tmp_path / "ud" / "Default")] == [
        tmp_path / "ud" / "Default" / "Network" / "Cookies"
    ]
    refs, failed, _ = find_stores([tmp_path / "nothing-here"])
    assert (
        refs == []
        and str(failed[0].error) == f"{tmp_path / 'nothing-here'}: no such file or directory"
    )


def test_a_store_given_by_path_is_named_as_discovery_names_it(
    fake_home: Path, home_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.demo.stores import write_local_state, write_profiles_ini
    from tui.stores.discovery import discover

    for key, value in home_env.items():
        monkeypatch.setenv(key, value)
    user_data = fake_home / ".config" / "google-chrome"
    write_local_state(user_data, {"Default": "Work"})
    cookies = write_chromium(user_data / "Default" / "Network" / "Cookies", site_specs(), now=NOW)
    root = fake_home / ".mozilla" / "firefox"
    write_profiles_ini(root, {"x.default": "main"})
    firefox = write_firefox(root / "x.default" / "cookies.sqlite", site_specs(), now=NOW)
    discovered, _ = discover()
    for given in (cookies, user_data / "Default", user_data, firefox, firefox.parent, root):
        assert stores_at(given)[0] in discovered, given
    assert [(r.browser, r.profile) for r in stores_at(cookies)] == [("Chrome", "Work (Default)")]


def test_a_cookies_id_is_built_once_and_follows_its_store(tmp_path: Path) -> None:
    """The id (the store's id and the row's key) is built once per cookie, as the table and the
    findings look it up for every row; a cookie given another store gets that store's id."""
    path = write_firefox(tmp_path / "p" / "cookies.sqlite", site_specs(), now=NOW)
    cookie = inspect(load(), [_firefox_ref(path)]).cookies[0]
    first = cookie.id
    assert cookie.id is first
    assert json.loads(first)[0] == "Firefox/p"
    moved = replace(cookie, store=replace(cookie.store, id="Firefox/p #2"))
    assert json.loads(moved.id)[0] == "Firefox/p #2"
    assert json.loads(moved.id)[1:] == json.loads(first)[1:]


def test_cookies_are_grouped_by_store_once_in_scan_order(tmp_path: Path) -> None:
    chromium = write_chromium(tmp_path / "c" / "Cookies", site_specs(), now=NOW)
    firefox = write_firefox(tmp_path / "f" / "cookies.sqlite", site_specs(), now=NOW)
    empty = write_firefox(tmp_path / "e" / "cookies.sqlite", [], now=NOW)
    refs = [_firefox_ref(firefox), _chromium_ref(chromium), _firefox_ref(empty)]
    inspection = inspect(load(), refs)
    grouped = inspection.by_store
    assert inspection.by_store is grouped
    # A store that holds none of the site's cookies has no group.
    assert list(grouped) == ["Firefox/p", "Chromium/Default"]
    for store, cookies in grouped.items():
        assert names(cookies) == SITE_NAMES
        assert all(cookie.store.id == store for cookie in cookies)
    assert [c for cookies in grouped.values() for c in cookies] == list(inspection.cookies)
