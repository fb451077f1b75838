"""`scan` as a person reads it: complete on an 80-column terminal and in a pipe, and, when it
finds nothing, saying where it looked, what it found and what to try. Real processes on a
real terminal or a real pipe, over real stores in a fake home."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.helpers import SITE, days, live_now, run_cli
from tests.helpers.terminal import TOOL, on_terminal
from tui.demo.stores import Spec, write_chromium, write_local_state

LONG_NAME = "cookies_preferences_of_the_open_data_portal_v2"
LONG_HOST = "opendata.saemes.fr"
PARENT = ".saemes.fr"
# ANSI escapes (colours, cursor) the terminal receives around the text.
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _long_names_home(home: Path) -> None:
    # Dated from the clock `scan` reads: "in 19 days" whatever day the suite runs (from the
    # suite's NOW, the rows would read "expired ... ago" a month later; under a calendar
    # month, since 30 days from late January are "1 month").
    now = live_now()
    user_data = home / ".config" / "chromium"
    write_local_state(user_data, {"Default": "Me"})
    weeks, year = days(20, now), days(364, now)
    specs = [
        Spec(LONG_HOST, LONG_NAME, "v1", expires=weeks, secure=True, same_site="lax"),
        Spec(PARENT, LONG_NAME, "v2", expires=weeks, secure=True, http_only=True),
        Spec(LONG_HOST, "csrftoken", "k" * 32, expires=year, same_site="lax"),
    ]
    write_chromium(user_data / "Default" / "Cookies", specs, now=now)


def _rows(text: str) -> list[str]:
    """The table's lines: what comes before the findings that follow it."""
    lines = ESCAPES.sub("", text).replace("\r", "").splitlines()
    ends = [i for i, line in enumerate(lines) if line.startswith(("Findings (", "Constats ("))]
    return lines[: ends[0]] if ends else lines


def test_scan_on_an_80_column_terminal_shows_whole_names_and_hosts(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    _long_names_home(fake_home)
    with on_terminal([*TOOL, "scan", "--lang", "en"], env=home_env, columns=80) as terminal:
        assert terminal.finish() == 0, terminal.text
    rows = _rows(terminal.text)
    named = [row for row in rows if LONG_NAME in row]
    assert len(named) == 2, terminal.text
    assert any(LONG_HOST in row for row in named) and any(row.split()[1] == PARENT for row in named)
    assert "…" not in terminal.text
    assert all(len(row) <= 80 for row in rows if LONG_NAME in row)


def test_scan_on_a_narrow_terminal_wraps_a_name_rather_than_cutting_it(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    _long_names_home(fake_home)
    with on_terminal([*TOOL, "scan"], env=home_env, columns=40) as terminal:
        assert terminal.finish() == 0, terminal.text
    rows = _rows(terminal.text)
    assert "…" not in terminal.text
    assert all(len(row) <= 40 for row in rows)
    # The name's pieces, read down the Name column (from its heading to the blank line), are
    # the whole name, twice.
    table = rows[rows.index(next(row for row in rows if row.startswith("Name"))) + 1 :]
    column = "".join(row.split()[0] for row in table[: table.index("")])
    assert column.count(LONG_NAME) == 2, terminal.text


def test_scan_into_a_pipe_prints_whole_lines_with_every_column(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    _long_names_home(fake_home)
    # A narrow COLUMNS must not matter when stdout is no terminal.
    done = run_cli("scan", "--lang", "en", env={**home_env, "COLUMNS": "40"})
    assert done.returncode == 0, done.stderr
    named = [row for row in done.stdout.splitlines() if row.startswith(LONG_NAME)]
    assert len(named) == 2
    assert all(LONG_NAME in row and ("Necessary" in row or "Unclassified" in row) for row in named)
    assert {row.split()[1] for row in named} == {LONG_HOST, PARENT}
    assert any("HttpOnly" in row for row in named) and all(" days " in row for row in named)
    assert "…" not in done.stdout
    assert all(row == row.rstrip() for row in done.stdout.splitlines())


def test_scan_of_a_home_without_browsers_says_where_it_looked_and_what_to_try(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    done = run_cli("scan", "--lang", "en", env=home_env)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert f"No cookies of {SITE} were found." in out
    assert "No browser profile was found." in out
    assert "Chromium:" in out and "Firefox:" in out
    assert f"{fake_home}/.config/chromium  not there" in out
    assert f"{fake_home}/.mozilla/firefox  not there" in out
    assert "--store PATH" in out and "saemes-cookies --demo" in out


def test_scan_of_profiles_without_the_sites_cookies_counts_and_names_them(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    user_data = fake_home / ".config" / "chromium"
    write_local_state(user_data, {"Default": "Me", "Profile 1": "Work"})
    for profile in ("Default", "Profile 1"):
        now = live_now()
        other = [Spec("www.example.com", "sessionid", "x", expires=days(3, now))]
        write_chromium(user_data / profile / "Cookies", other, now=now)
    done = run_cli("scan", "--lang", "en", "--browser", "chromium", env=home_env)
    assert done.returncode == 0, done.stderr
    assert "2 profiles read, none with a cookie of the site:" in done.stdout
    assert "Chromium/Me (Default)" in done.stdout and "Chromium/Work (Profile 1)" in done.stdout
    assert f"{user_data}  there" in done.stdout
    assert "Firefox" not in done.stdout
    assert "Without --browser, every browser this tool knows is searched." in done.stdout


@pytest.mark.skipif(sys.platform == "darwin", reason="Safari has its store on macOS")
def test_scan_for_safari_off_macos_says_it_has_no_place_here(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    done = run_cli("scan", "--browser", "safari", "--lang", "fr", env=home_env)
    assert done.returncode == 0, done.stderr
    assert "Safari : aucun emplacement sur ce système (il garde ses profils sous macOS)" in (
        done.stdout
    )
    assert "Sans --browser" in done.stdout


def test_scan_json_of_nothing_keeps_its_shape(fake_home: Path, home_env: dict[str, str]) -> None:
    done = run_cli("scan", "--json", "--browser", "safari", env=home_env)
    assert done.returncode == 0, done.stderr
    assert '"cookies": []' in done.stdout
