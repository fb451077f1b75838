"""One hostile row never takes a store down, and no error carries a value.

The store must load with every row, the bad one listed with a note, and every other store
too; no command may end in a traceback (the cases are in tests/hostile.py).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.helpers import NOW, run_cli
from tests.helpers.hostile import (
    CASES,
    FIREFOX_CASES,
    NAMES,
    NOT_UTF8,
    Case,
    clean_store,
    every_case_in_one_store,
    hostile_store,
    specs,
)
from tui.catalog import load
from tui.demo.stores import write_chromium, write_firefox, write_local_state
from tui.inspection import inspect
from tui.model import Family, RowNote, StoreRef, key_from_json, key_json
from tui.report import build_report, dumps, load_report
from tui.stores.errors import sqlite_reason
from tui.stores.read import read_store
from tui.stores.times import TimeUnreadable, chromium_time, unix_micros, unix_millis, unix_seconds

HOSTS = load().hosts


def ref(path: Path, family: Family) -> StoreRef:
    return StoreRef(family.value, "p", family, path, lock_dir=path.parent)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_a_hostile_row_is_listed_with_a_note_and_the_store_loads(
    tmp_path: Path, case: Case, no_dbus: None
) -> None:
    path = hostile_store(tmp_path, case)
    store, rows = read_store(ref(path, case.family), HOSTS)
    assert store.error is None
    assert len(rows) == 4
    [victim] = [row for row in rows if row.name not in NAMES - {"victim"}]
    others = [row for row in rows if row is not victim]
    assert {row.name for row in others} == NAMES - {"victim"}
    assert all(row.notes == () for row in others)
    if case.note is not None:
        assert case.note in victim.notes
    # Whatever the store held, what is shown is text that can be printed and encoded.
    for text in (victim.name, victim.host, victim.path, victim.partition, victim.value or ""):
        assert isinstance(text, str)
        text.encode("utf-8")
    # The key keeps the cells exactly as SQLite has them: a BLOB stays bytes.
    key = dict(victim.key)
    if case.sql.startswith("X'") and case.column in key:
        assert isinstance(key[case.column], bytes)


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.note == RowNote("expires", "unreadable")], ids=str
)
def test_an_unreadable_expiry_is_not_shown_as_a_session_cookie(
    tmp_path: Path, case: Case, no_dbus: None
) -> None:
    path = hostile_store(tmp_path, case)
    inspection = inspect(load(), [ref(path, case.family)], now=NOW)
    victim = next(c for c in inspection.cookies if c.raw.name == "victim")
    assert victim.raw.expires is None and victim.raw.persistent
    document = build_report(load(), inspection, "en", NOW)
    shown = next(c for c in document["cookies"] if c["name"] == "victim")
    assert shown["notes"] == [
        {"field": "expires", "problem": "unreadable", "text": "expiry: unreadable"}
    ]
    assert shown["persistent"] is True


def test_values_of_every_type_of_key_survive_a_report(tmp_path: Path) -> None:
    for value in ("plain", "caf\udcc3", b"\x00\xff", 7, 1.5, float("inf"), None):
        written = json.loads(json.dumps(key_json(value), allow_nan=False))
        back = key_from_json(written)
        assert type(back) is type(value) and back == value
    case = FIREFOX_CASES[7]  # a BLOB name, part of Firefox's key
    path = hostile_store(tmp_path, case)
    inspection = inspect(load(), [ref(path, case.family)], now=NOW)
    report = tmp_path / "report.json"
    report.write_text(dumps(build_report(load(), inspection, "en", NOW)), encoding="utf-8")
    loaded = load_report(report)
    assert {c.id for c in loaded.inspection.cookies} == {c.id for c in inspection.cookies}
    victim = next(c for c in loaded.inspection.cookies if RowNote("name", "bytes") in c.raw.notes)
    assert dict(victim.raw.key)["name"] == b"vic\xfftim"


@pytest.mark.parametrize("family", [Family.FIREFOX, Family.CHROMIUM], ids=str)
def test_no_command_ends_in_a_traceback_on_hostile_rows(
    tmp_path: Path, family: Family, home_env: dict[str, str]
) -> None:
    hostile = every_case_in_one_store(tmp_path, family)
    clean = clean_store(tmp_path, family)
    source = ["--store", str(hostile), "--store", str(clean)]
    rows = len(specs()) + sum(1 for case in CASES if case.family is family)
    env = {**home_env, "COLUMNS": "200"}
    scanned = run_cli("scan", "--json", *source, env=env)
    assert scanned.returncode == 0, scanned.stderr
    document = json.loads(scanned.stdout)
    assert [store["error"] for store in document["stores"]] == [None, None]
    assert len(document["cookies"]) == rows + len(specs())
    noted = sum(1 for case in CASES if case.family is family and case.note is not None)
    assert sum(1 for cookie in document["cookies"] if cookie["notes"]) == noted
    for args in (
        ("scan", *source),
        ("report", "-o", "-", *source),
        ("report", "-o", "-", "--format", "md", *source),
        ("delete", "--dry-run", "--include-unclassified", *source),
    ):
        result = run_cli(*args, env=env)
        assert result.returncode == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr + result.stdout, args
        assert "QvXkZpWr" not in result.stdout + result.stderr, args
    assert "QvXkZpWr" not in scanned.stdout


def test_a_value_that_is_not_utf8_no_longer_becomes_the_stores_error(tmp_path: Path) -> None:
    """SQLite's own error quoted the value: "Could not decode to UTF-8 column 'value' with
    text '…'"."""
    case = FIREFOX_CASES[11]
    path = hostile_store(tmp_path, case)
    store, rows = read_store(ref(path, case.family), HOSTS)
    assert store.error is None and len(rows) == 4
    victim = next(row for row in rows if row.name == "victim")
    assert victim.value is not None and "QvXkZpWr" in victim.value  # only the app reveals it
    assert victim.value.encode("utf-8")


def test_sqlite_reason_never_carries_the_exceptions_text(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (v TEXT)")
        db.execute("INSERT INTO t VALUES (CAST(? AS TEXT))", (NOT_UTF8,))
    db.close()
    caught = []
    connection = sqlite3.connect(path)
    try:
        connection.execute("SELECT v FROM t").fetchall()
    except sqlite3.Error as exc:
        caught.append(exc)
    try:
        connection.execute("INSERT INTO nowhere VALUES ('QvXkZpWr')")
    except sqlite3.Error as exc:
        caught.append(exc)
    connection.close()
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"QvXkZpWr" * 600)
    try:
        sqlite3.connect(corrupt).execute("SELECT * FROM sqlite_master").fetchall()
    except sqlite3.Error as exc:
        caught.append(exc)
    assert len(caught) == 3
    assert "QvXkZpWr" in str(caught[0]) + str(caught[1])  # SQLite's own texts do quote data
    for exc in caught:
        for lang in ("en", "fr"):
            reason = sqlite_reason(exc).text(lang)
            assert reason and "QvXkZpWr" not in reason and "nowhere" not in reason
    assert str(sqlite_reason(caught[2])) == "corrupt or not an SQLite database"


@pytest.mark.parametrize("convert", [chromium_time, unix_micros, unix_millis, unix_seconds])
def test_a_clock_clamps_any_number_and_refuses_what_is_no_number(
    convert: Callable[[object], datetime | None],
) -> None:
    latest = datetime(9999, 12, 31, tzinfo=UTC)
    assert convert(None) is None and convert(0) is None and convert(0.0) is None
    assert convert(float("inf")) == latest
    assert convert(10**30) == latest and convert(2**63 - 1) == latest
    # Before any calendar: the clock's own epoch, the earliest it can say.
    start = convert(-(10**30))
    assert start is not None and start.year in (1601, 1970)
    assert convert(float("-inf")) == start
    assert convert(1.5e12) is not None
    for bad in ("1700000000", "never", b"\x01\x02", float("nan"), True):
        with pytest.raises(TimeUnreadable):
            convert(bad)


@pytest.mark.parametrize("family", [Family.FIREFOX, Family.CHROMIUM], ids=str)
def test_times_clamped_to_the_calendars_end_judge_without_overflowing(
    tmp_path: Path, family: Family, home_env: dict[str, str]
) -> None:
    """A statistical cookie and the consent cookie both created and expiring at the largest
    time a store can hold: their lifetimes and the consent's age are judged from times
    clamped to 9999-12-31, and the 13-month arithmetic must not run past the calendar."""
    if family is Family.CHROMIUM:
        write_local_state(tmp_path / "c", {"Default": "Default"})
        store = write_chromium(tmp_path / "c" / "Default" / "Cookies", specs(), now=NOW)
    else:
        store = write_firefox(tmp_path / "f" / "cookies.sqlite", specs(), now=NOW)
    table, created, expiry, host = (
        ("cookies", "creation_utc", "expires_utc", "host_key")
        if family is Family.CHROMIUM
        else ("moz_cookies", "creationTime", "expiry", "host")
    )
    with closing(sqlite3.connect(store)) as connection, connection:
        connection.execute(
            f"UPDATE {table} SET {created} = 9000000000000000000, "
            f"{expiry} = 9000000000000000000 WHERE name = '_ga' AND {host} = '.saemes.fr'"
        )
    scanned = run_cli("scan", "--json", "--store", str(store), env=home_env)
    assert scanned.returncode == 0, scanned.stderr
    cookies = json.loads(scanned.stdout)["cookies"]
    ga = next(cookie for cookie in cookies if cookie["name"] == "_ga")
    assert ga["expires"].startswith("9999-12-31") and ga["created"].startswith("9999-12-31")
