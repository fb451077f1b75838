"""`saemes-cookies watch` as a person runs it: a process polling real-schema stores while a
writer stands in for the browser. One line per change, nothing for what is not one, a JSON
object per line with --json, and Ctrl+C ends it with the summary and exit code 0."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import SITE, days, live_now, run_cli
from tests.helpers.watching import (
    chromium_add,
    delete,
    firefox_add,
    update,
    wal_writer,
    watch,
    writing,
)
from tui.demo.stores import Spec, write_chromium, write_firefox, write_local_state
from tui.source import Source

REFUSING = "%7B%22ga%22%3Afalse%7D"


def ga() -> Spec:
    """The _ga a visit sets, as `watch` (another process) will judge it: from its clock."""
    return Spec(".saemes.fr", "_ga", "GA1.1.Tz8qLm.1700000000", expires=days(390, live_now()))


ENV = {"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


def stores(tmp_path: Path) -> tuple[Path, Path]:
    """A Firefox and a Chromium store, dated from the clock of the `watch` that reads them: from
    a fixed date, the refusing consent cookie would expire with the calendar, and the _ga it
    refuses would no longer be a violation."""
    now = live_now()
    specs = [
        Spec(SITE, "sessionid", "sess-Kq7vPz", expires=days(14, now), http_only=True),
        Spec(SITE, "cookies_preferences", REFUSING, expires=days(170, now)),
        Spec("www.example.com", "other", "decoy", expires=days(3, now)),
    ]
    firefox = write_firefox(tmp_path / "ff" / "p.default" / "cookies.sqlite", specs, now=now)
    write_local_state(tmp_path / "ch", {"Default": "Person"})
    chromium = write_chromium(tmp_path / "ch" / "Default" / "Cookies", specs, now=now)
    return firefox, chromium


def test_each_change_is_one_json_line_and_ctrl_c_sums_them_up(tmp_path: Path) -> None:
    firefox, chromium = stores(tmp_path)
    with watch("--json", "--store", str(firefox), "--store", str(chromium), env=ENV) as running:
        with writing(firefox) as connection:
            firefox_add(connection, ga(), live_now())
        added = json.loads(running.next_line())
        with wal_writer(firefox) as connection:
            update(connection, "sessionid", "value = ?", "sess-Bn3xWq")
            changed = json.loads(running.next_line())
        with writing(chromium) as connection:
            delete(connection, "sessionid")
        removed = json.loads(running.next_line())
        code, rest = running.stop()
    assert code == 0 and rest == []
    assert (added["change"], added["name"], added["host"], added["store"]) == (
        "added",
        "_ga",
        ".saemes.fr",
        "Firefox/p.default",
    )
    assert (added["category"], added["judgement"], added["consent_keys"], added["violation"]) == (
        "statistical",
        "refused",
        ["ga"],
        True,
    )
    assert (changed["change"], changed["what"], changed["judgement"], changed["violation"]) == (
        "changed",
        ["value"],
        "not-subject",
        False,
    )
    assert (removed["change"], removed["name"], removed["store"]) == (
        "removed",
        "sessionid",
        "Chromium/Person (Default)",
    )
    assert set(added) == set(changed) == set(removed)
    # The summary is on stderr, so stdout holds only the changes.
    assert running.err[-1] == "saemes-cookies: watch ended: 3 changes, 1 consent violation."


def test_nothing_is_printed_while_no_cookie_of_the_site_changes(tmp_path: Path) -> None:
    """Polls with no write, then writes that change the file but not the site's cookies (another
    site's row, a last-access time): the first line that comes is the one change made after
    them, so none of them printed anything."""
    firefox, chromium = stores(tmp_path)
    with watch("--store", str(firefox), "--store", str(chromium), env=ENV) as running:
        for store in (firefox, chromium):
            with writing(store) as connection:
                update(connection, "other", "value = 'decoy-2'")
        with writing(firefox) as connection:
            update(connection, "sessionid", "lastAccessed = lastAccessed + 1")
        with writing(chromium) as connection:
            decoy = Spec("fakesaemes.fr", "_ga", "x", expires=days(3, live_now()))
            chromium_add(connection, decoy, live_now())
        with writing(firefox) as connection:
            firefox_add(connection, ga(), live_now())
        line = running.next_line()
        code, rest = running.stop()
    assert "added  _ga on .saemes.fr /" in line
    assert "refused by your choice (ga)" in line and line.endswith("CONSENT VIOLATION")
    assert code == 0
    assert rest == ["watch ended: 1 change, 1 consent violation."]


def test_the_watch_speaks_french(tmp_path: Path) -> None:
    firefox, _ = stores(tmp_path)
    with watch("--store", str(firefox), "--lang", "fr", env=ENV) as running:
        with writing(firefox) as connection:
            delete(connection, "cookies_preferences")
        line = running.next_line()
        code, rest = running.stop()
    assert "supprimé  cookies_preferences sur opendata.saemes.fr /" in line
    assert "non soumis au consentement" in line
    assert (code, rest) == (
        0,
        ["surveillance terminée : 1 changement, 0 violation du consentement."],
    )


def test_a_bad_poll_interval_is_one_line_and_exit_2(tmp_path: Path) -> None:
    firefox, _ = stores(tmp_path)
    result = run_cli(
        "watch", "--store", str(firefox), env={"SAEMES_COOKIES_WATCH_INTERVAL": "soon"}
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "SAEMES_COOKIES_WATCH_INTERVAL" in result.stderr


def test_watch_on_a_store_that_is_not_one_says_so_and_ends(tmp_path: Path) -> None:
    bogus = tmp_path / "Cookies"
    bogus.write_bytes(b"not a database")
    result = run_cli("watch", "--store", str(bogus), env=ENV)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "no cookie store to watch" in result.stderr


def test_watch_with_demo_shows_a_visit_written_into_the_demo_home_and_never_this_machine(
    tmp_path: Path,
) -> None:
    """The demo's writer stands in for Firefox: the demo's consent cookie refuses `ga`, so the
    _ga it sets, then renews, are violations; once the choice is gone, _gid has no choice."""
    home = tmp_path / "home"
    home.mkdir()
    with watch("--demo", "--json", env={**ENV, "HOME": str(home)}) as running:
        lines = [json.loads(running.next_line()) for _ in range(5)]
        code, rest = running.stop()
    assert code == 0 and rest == [], running.err
    got = [
        (line["change"], line["what"], line["name"], line["judgement"], line["violation"])
        for line in lines
    ]
    assert got == [
        ("added", [], "_ga", "refused", True),
        ("changed", ["value", "expiry"], "sessionid", "not-subject", False),
        ("changed", ["value", "expiry"], "_ga", "refused", True),
        ("removed", [], "cookies_preferences", "not-subject", False),
        ("added", [], "_gid", "no-choice", False),
    ]
    assert {line["browser"] for line in lines} == {"Firefox"}
    assert any("demo home" in line for line in running.err)
    assert any("watching 2 stores" in line for line in running.err)
    assert running.err[-1] == "saemes-cookies: watch ended: 5 changes, 2 consent violations."
    # This machine's (here: the given HOME's) browsers were not read, nor anything written.
    assert list(home.iterdir()) == []


def test_ctrl_c_while_a_line_is_printed_still_counts_that_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In process, so that Ctrl+C (a real SIGINT to this process) lands exactly while a change
    is printed: the watch ends after it, and its summary counts it. The sleep between polls is
    replaced by the writer standing in for the browser (a real write to a real store)."""
    import tui.cli.watch as watch_module
    from tui.catalog import load
    from tui.cli.parser import build_parser, merge_options

    firefox, _ = stores(tmp_path)
    sleeps = 0

    def browser_writes(seconds: float) -> None:
        nonlocal sleeps
        sleeps += 1
        if sleeps == 1:
            with writing(firefox) as connection:
                firefox_add(connection, ga(), live_now())
        assert sleeps < 50, "the watch did not end on Ctrl+C"

    printed: list[str] = []

    def print_then_ctrl_c(*values: object, **options: object) -> None:
        printed.append(" ".join(str(value) for value in values))
        os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(watch_module.time, "sleep", browser_writes)
    monkeypatch.setattr(watch_module, "print", print_then_ctrl_c, raising=False)
    monkeypatch.setenv("SAEMES_COOKIES_WATCH_INTERVAL", "0.05")
    args = merge_options(build_parser("en").parse_args(["watch", "--store", str(firefox)]))
    args.lang = "en"
    assert watch_module.run(args, load(None), Source([firefox])) == 0
    assert len(printed) == 1 and "_ga" in printed[0]
    assert capsys.readouterr().out.strip() == "watch ended: 1 change, 1 consent violation."


def test_the_watch_store_fixture_writes_real_schemas(tmp_path: Path) -> None:
    firefox, chromium = stores(tmp_path)
    for store, table in ((firefox, "moz_cookies"), (chromium, "cookies")):
        with sqlite3.connect(store) as connection:
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone() == (3,)
        connection.close()
