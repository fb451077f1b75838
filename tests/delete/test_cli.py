"""`delete`, `backups` and `restore` as a person runs them: `python -m tui`, exit codes 0/1/2/3."""

from __future__ import annotations

import json
import os
import pty
import re
import socket
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.helpers import REPO, SITE, days, live_now, run_cli, tree_bytes
from tests.helpers.processes import chromium_running, holding_parentlock, read_only_view
from tests.helpers.stores import (
    SECRET,
    Place,
    all_rows,
    chromium_user_data,
    firefox_profile,
    secret_specs,
)
from tui.demo.stores import write_chromium, write_local_state, write_profiles_ini

BACKUP_ID = re.compile(r"backup (\d{8}T\d{6}Z-[a-z0-9-]+)")


def _cli(place: Place, *args: str) -> subprocess.CompletedProcess[str]:
    # stdin is not a terminal here (subprocess.run gives the child a pipe).
    done = run_cli(*args, env=place.env, input_text="")
    assert SECRET not in done.stdout + done.stderr
    return done


def test_dry_run_lists_what_would_go_and_changes_nothing(place: Place) -> None:
    store = firefox_profile(place.root, now=live_now())
    before = tree_bytes(store.parent)
    done = _cli(place, "delete", "--store", str(store), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "Would delete:" in done.stdout and "_ga  .saemes.fr  /" in done.stdout
    assert "sessionid" not in done.stdout.split("Kept:")[0]
    assert "Dry run: nothing was changed." in done.stdout
    assert tree_bytes(store.parent) == before
    assert not (place.root / "state").exists()


def test_delete_with_yes_prints_each_cookie_and_the_backup_id(place: Place) -> None:
    firefox = firefox_profile(place.root, now=live_now())
    chromium = chromium_user_data(place.root, now=live_now())
    done = _cli(place, "delete", "--store", str(firefox), "--store", str(chromium), "--yes")
    assert done.returncode == 0, done.stderr
    assert "deleted  _ga  .saemes.fr  /  Firefox/abc.default" in done.stdout
    assert "deleted  _ga  .saemes.fr  /  Chromium/Personal (Default)" in done.stdout
    ids = BACKUP_ID.findall(done.stdout)
    assert len(ids) == 2
    listed = _cli(place, "backups")
    assert listed.returncode == 0
    assert all(backup_id in listed.stdout for backup_id in ids)
    # Run again: nothing left that is not necessary.
    again = _cli(place, "delete", "--store", str(firefox), "--yes")
    assert again.returncode == 0 and "Nothing to delete." in again.stdout


def test_without_yes_and_without_a_terminal_it_refuses_with_exit_2(place: Place) -> None:
    store = firefox_profile(place.root, now=live_now())
    before = all_rows(store)
    done = _cli(place, "delete", "--store", str(store))
    assert done.returncode == 2
    assert "not confirmed" in done.stderr and "--yes" in done.stderr
    assert "Nothing was deleted." in done.stdout
    assert all_rows(store) == before


def _on_a_terminal(place: Place, answer: str, *args: str) -> tuple[int, str]:
    """Runs the CLI with a pseudo-terminal as stdin and types `answer`."""
    controller, terminal = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "tui", *args],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=REPO,
        env={**os.environ, **place.env, "PYTHONPATH": str(REPO)},
    )
    os.close(terminal)
    os.write(controller, answer.encode() + b"\n")
    out, _ = child.communicate(timeout=120)
    os.close(controller)
    return child.returncode, out


@pytest.mark.parametrize(("answer", "code"), [("y", 0), ("n", 2), ("", 2)])
def test_on_a_terminal_it_asks_and_only_yes_deletes(place: Place, answer: str, code: int) -> None:
    store = firefox_profile(place.root, now=live_now())
    before = all_rows(store)
    returncode, out = _on_a_terminal(place, answer, "delete", "--store", str(store))
    assert "Delete 1 cookie from 1 store? Each store is backed up first. [y/N]" in out
    assert returncode == code, out
    assert (all_rows(store) == before) == (code != 0)


def test_refuses_with_exit_3_while_chromium_runs_naming_browser_and_profile(
    place: Place,
) -> None:
    store = chromium_user_data(place.root, now=live_now())
    user_data = store.parent.parent
    before = all_rows(store)
    with subprocess.Popen(["sleep", "600"]) as browser:
        try:
            (user_data / "SingletonLock").symlink_to(f"{socket.gethostname()}-{browser.pid}")
            done = _cli(place, "delete", "--store", str(user_data), "--yes")
        finally:
            browser.kill()
    assert done.returncode == 3
    assert "Chromium is running with profile Personal (Default)" in done.stderr
    assert "close Chromium and retry; nothing was changed" in done.stderr
    assert all_rows(store) == before
    assert not (place.root / "state").exists()


def test_refuses_with_exit_3_while_firefox_holds_its_profile_lock(place: Place) -> None:
    store = firefox_profile(place.root, now=live_now())
    before = all_rows(store)
    with holding_parentlock(store.parent):
        done = _cli(place, "delete", "--store", str(store), "--yes")
        restored = _cli(place, "restore", "20261115T100000Z-firefox-abc-default", "--yes")
    assert done.returncode == 3 and "Firefox is running with profile abc.default" in done.stderr
    assert restored.returncode == 2  # no such backup: checked before anything else
    assert all_rows(store) == before


def test_a_write_that_fails_exits_1_and_says_nothing_changed(place: Place) -> None:
    store = chromium_user_data(place.root, now=live_now())
    before = all_rows(store)
    with read_only_view(store.parent) as seen:
        done = _cli(place, "delete", "--store", str(seen / "Cookies"), "--yes")
    assert done.returncode == 1
    assert "the store is read-only" in done.stderr and "nothing was changed" in done.stderr
    assert all_rows(store) == before


@pytest.mark.parametrize(
    "args",
    [
        ("delete", "--store", "X", "--browser", "firefox"),
        ("delete", "--name", "sessionid", "--include-unclassified"),
        ("delete", "--browser", "netscape"),
        ("restore",),
    ],
)
def test_bad_arguments_exit_2(place: Place, args: tuple[str, ...]) -> None:
    assert _cli(place, *args).returncode == 2


def test_a_necessary_cookie_goes_only_by_name_after_a_warning_of_what_follows(
    place: Place,
) -> None:
    store = firefox_profile(place.root, now=live_now())
    default = _cli(place, "delete", "--store", str(store), "--dry-run")
    assert "sessionid" not in default.stdout.split("Kept:")[0]
    done = _cli(place, "delete", "--store", str(store), "--name", "sessionid", "--yes")
    assert done.returncode == 0
    assert (
        "Warning: sessionid (opendata.saemes.fr) is necessary. What follows: You are logged "
        "out of the portal" in done.stdout
    )
    assert "deleted  sessionid  opendata.saemes.fr  /" in done.stdout
    # Exactly the named cookie: _ga (not necessary) stays, as it was not named.
    assert "deleted  _ga" not in done.stdout


def test_unclassified_cookies_go_only_with_include_unclassified(place: Place) -> None:
    store = firefox_profile(place.root, now=live_now())
    plain = _cli(place, "delete", "--store", str(store), "--dry-run")
    assert "mystery_pref" not in plain.stdout.split("Kept:")[0]
    done = _cli(place, "delete", "--store", str(store), "--include-unclassified", "--yes")
    assert "deleted  mystery_pref  opendata.saemes.fr  /" in done.stdout
    assert "deleted  _ga  .saemes.fr  /" in done.stdout


def test_restore_puts_the_rows_back_under_the_same_confirmation_rule(place: Place) -> None:
    store = chromium_user_data(place.root, now=live_now())
    before = all_rows(store)
    deleted = _cli(place, "delete", "--store", str(store), "--yes")
    [backup_id] = BACKUP_ID.findall(deleted.stdout)

    unconfirmed = _cli(place, "restore", backup_id)
    assert unconfirmed.returncode == 2 and "not confirmed" in unconfirmed.stderr
    assert "1 cookie comes back; 0 cookies added since go; 0 cookies changed since" in (
        unconfirmed.stdout
    )
    assert "comes back: _ga  .saemes.fr  /" in unconfirmed.stdout
    assert len(all_rows(store)) == len(before) - 1

    done = _cli(place, "restore", backup_id, "--yes")
    assert done.returncode == 0, done.stderr
    assert all_rows(store) == before
    [replaced] = re.findall(r"the state it replaced is backup (\S+) ", done.stdout)
    assert replaced != backup_id


def test_backups_with_none_taken_says_so(place: Place) -> None:
    done = _cli(place, "backups")
    assert done.returncode == 0 and "No backups in" in done.stdout


def test_hostile_names_are_shown_escaped(place: Place) -> None:
    from tui.demo.stores import Spec

    hostile = "_ga\x1b[31m[/]"
    store = firefox_profile(place.root, [Spec(".saemes.fr", hostile, f"{SECRET}x")], now=live_now())
    done = _cli(place, "delete", "--store", str(store), "--name", hostile, "--yes")
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout
    assert "deleted  _ga\\x1b[31m[/]  .saemes.fr  /" in done.stdout


# ---- a store that could not be read (issue 11, point 4)


def _not_a_cookie_store(place: Place) -> Path:
    other = place.root / "other.sqlite"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE notes(text TEXT)")
    return other


@pytest.mark.parametrize("kind", ["mistyped", "corrupt", "another database"])
@pytest.mark.parametrize("dry_run", [False, True])
def test_a_store_that_cannot_be_read_is_named_with_why_and_exits_1(
    place: Place, kind: str, dry_run: bool
) -> None:
    good = firefox_profile(place.root, now=live_now())
    if kind == "mistyped":
        bad = place.root / "chromium" / "Defualt" / "Cookies"
        why = "no such file or directory"
    elif kind == "corrupt":
        bad = place.root / "Cookies"
        bad.write_bytes(b"SQLite format 3\0" + b"\xff" * 200)
        why = "corrupt or not an SQLite database"
    else:
        bad = _not_a_cookie_store(place)
        why = "not a Chromium or Firefox cookie store"
    mode = "--dry-run" if dry_run else "--yes"
    done = _cli(place, "delete", "--store", str(bad), "--store", str(good), mode)
    assert done.returncode == 1, done.stdout + done.stderr
    [line] = [line for line in done.stderr.splitlines() if "could not be read" in line]
    assert f"{bad.name}: could not be read, nothing is deleted from it: " in line
    assert why in line
    # The store that could be read is still cleaned (or, dry, listed as it would be).
    if dry_run:
        assert "Would delete:" in done.stdout and "_ga  .saemes.fr  /" in done.stdout
    else:
        assert "deleted  _ga  .saemes.fr  /  Firefox/abc.default" in done.stdout


def test_only_unreadable_stores_is_never_nothing_to_delete_and_exit_0(place: Place) -> None:
    missing = place.root / "nowhere" / "cookies.sqlite"
    for args in (("--yes",), ("--dry-run",)):
        done = _cli(place, "delete", "--store", str(missing), *args)
        assert done.returncode == 1, done.stdout + done.stderr
        assert "Nothing to delete in the stores that could be read." in done.stdout
        assert f"{missing}: no such file or directory" in done.stderr
    assert not (place.root / "state").exists()


# ---- one running browser does not block the others (issue 11, point 7)


@pytest.mark.parametrize("runs", ["chromium", "firefox"])
def test_a_running_browser_leaves_its_store_and_the_others_are_cleaned_exit_3(
    place: Place, runs: str
) -> None:
    firefox = firefox_profile(place.root, now=live_now())
    chromium = chromium_user_data(place.root, now=live_now())
    user_data = chromium.parent.parent
    before = {"firefox": all_rows(firefox), "chromium": all_rows(chromium)}
    store = {"firefox": firefox, "chromium": chromium}
    closed = "firefox" if runs == "chromium" else "chromium"
    label = {"firefox": "Firefox/abc.default", "chromium": "Chromium/Personal (Default)"}
    running = (
        chromium_running(user_data) if runs == "chromium" else holding_parentlock(firefox.parent)
    )
    with running:
        dry = _cli(place, "delete", "--store", str(firefox), "--store", str(user_data), "--dry-run")
        done = _cli(place, "delete", "--store", str(firefox), "--store", str(user_data), "--yes")
    assert dry.returncode == 3, dry.stdout + dry.stderr
    assert f"Would leave {label[runs]} untouched: " in dry.stdout
    would = dry.stdout.split("Would delete:")[1].split("Would leave")[0]
    assert label[closed] in would and label[runs] not in would
    assert done.returncode == 3, done.stdout + done.stderr
    assert f"{label[runs]}: left untouched: " in done.stderr
    assert "is running with profile" in done.stderr and "nothing was changed in it" in done.stderr
    assert f"deleted  _ga  .saemes.fr  /  {label[closed]}" in done.stdout
    assert label[runs] not in done.stdout.split("To delete:")[-1].split("deleted", 1)[-1]
    assert all_rows(store[runs]) == before[runs]
    assert len(all_rows(store[closed])) == len(before[closed]) - 1
    [backup_id] = BACKUP_ID.findall(done.stdout)
    assert closed in backup_id


def test_every_browser_running_changes_nothing_and_exits_3(place: Place) -> None:
    firefox = firefox_profile(place.root, now=live_now())
    chromium = chromium_user_data(place.root, now=live_now())
    before = (all_rows(firefox), all_rows(chromium))
    with chromium_running(chromium.parent.parent), holding_parentlock(firefox.parent):
        done = _cli(place, "delete", "--store", str(firefox), "--store", str(chromium), "--yes")
    assert done.returncode == 3, done.stdout + done.stderr
    assert done.stderr.count("left untouched") == 2
    assert (all_rows(firefox), all_rows(chromium)) == before
    assert not (place.root / "state").exists()


# ---- --host and --finding (issue 11, point 8)


def _duplicated_csrftoken(place: Place) -> Path:
    from tui.demo.stores import Spec

    now = live_now()
    return chromium_user_data(
        place.root,
        [
            Spec(SITE, "csrftoken", f"{SECRET}own", expires=days(300, now)),
            Spec(".saemes.fr", "csrftoken", f"{SECRET}parent", expires=days(300, now)),
            Spec(SITE, "sessionid", f"{SECRET}session", expires=days(10, now)),
            Spec(".saemes.fr", "_ga", f"{SECRET}ga", expires=days(300, now)),
        ],
        now=now,
    )


def _duplicated_csrftoken_twice(place: Place) -> tuple[Path, Path]:
    """The same duplicate in two profiles (Chromium and Firefox)."""
    from tui.demo.stores import Spec

    now = live_now()
    specs = [
        Spec(SITE, "csrftoken", f"{SECRET}own", expires=days(300, now)),
        Spec(".saemes.fr", "csrftoken", f"{SECRET}parent", expires=days(300, now)),
    ]
    return (
        chromium_user_data(place.root, specs, now=now),
        firefox_profile(place.root, specs, now=now),
    )


def test_a_fix_in_two_profiles_names_the_profile_on_each_line(place: Place) -> None:
    chromium, firefox = _duplicated_csrftoken_twice(place)
    args = ("delete", "--store", str(chromium), "--store", str(firefox))
    done = _cli(place, *args, "--finding", "duplicate-scope", "--dry-run")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    fixes = [line for line in lines if line.startswith("Fix of")]
    notes = [line for line in lines if line.startswith("Note:")]
    assert len(fixes) == len(notes) == 2
    assert len(set(fixes)) == len(set(notes)) == 2, done.stdout
    for profile in ("Chromium/Personal (Default)", "Firefox/abc.default"):
        assert f"Fix of duplicate-scope in {profile}: Delete the parent-domain copy" in done.stdout
        assert f"Note: in {profile}, csrftoken (.saemes.fr) is necessary" in done.stdout


def test_the_kept_hint_does_not_suggest_an_option_already_given(place: Place) -> None:
    store = firefox_profile(place.root, now=live_now())
    plain = _cli(place, "delete", "--store", str(store), "--dry-run")
    assert "see --include-unclassified" in plain.stdout
    given = _cli(place, "delete", "--store", str(store), "--dry-run", "--include-unclassified")
    assert given.returncode == 0, given.stderr
    assert "Kept: " in given.stdout
    assert "--include-unclassified" not in given.stdout


def test_the_restore_question_counts_in_proper_english_and_french(place: Place) -> None:
    store = chromium_user_data(place.root, now=live_now())
    deleted = _cli(place, "delete", "--store", str(store), "--yes")
    [backup_id] = BACKUP_ID.findall(deleted.stdout)
    english = _cli(place, "restore", backup_id)
    assert (
        "every site's cookies included: 1 cookie comes back; 0 cookies added since go; "
        "0 cookies changed since (if only their last-access time) are reverted." in english.stdout
    )
    french = _cli(place, "restore", backup_id, "--lang", "fr")
    assert (
        "cookies de tous les sites compris : 1 cookie revient ; 0 cookie ajouté depuis part ; "
        "0 cookie modifié depuis (ne serait-ce que son dernier accès) revient à son état "
        "d'avant." in french.stdout
    )


def test_delete_demo_offers_no_undo_of_a_backup_gone_with_the_demo(place: Place) -> None:
    done = _cli(place, "delete", "--demo", "--yes")
    assert done.returncode == 0, done.stderr
    assert "undo: saemes-cookies restore" not in done.stdout
    assert "removed with the demo home" in done.stdout


def _hosts_of(store: Path, name: str) -> list[str]:
    with closing(sqlite3.connect(store)) as connection:
        query = "SELECT host_key FROM cookies WHERE name = ? ORDER BY host_key"
        return [row[0] for row in connection.execute(query, (name,))]


def test_host_with_name_deletes_only_the_copy_on_that_host(place: Place) -> None:
    store = _duplicated_csrftoken(place)
    done = _cli(
        place,
        "delete",
        "--store",
        str(store),
        "--name",
        "csrftoken",
        "--host",
        ".saemes.fr",
        "--yes",
    )
    assert done.returncode == 0, done.stderr
    assert "deleted  csrftoken  .saemes.fr  /" in done.stdout
    assert "deleted  csrftoken  opendata.saemes.fr" not in done.stdout
    assert _hosts_of(store, "csrftoken") == [SITE]
    # The copy that stays does the token's work: the necessary-cookie warning does not apply.
    assert "its copy on opendata.saemes.fr stays and keeps doing its work" in done.stdout
    assert _hosts_of(store, "_ga") == [".saemes.fr"]


def test_host_alone_narrows_the_non_necessary_rule_to_that_host(place: Place) -> None:
    store = firefox_profile(place.root, now=live_now())
    done = _cli(place, "delete", "--store", str(store), "--host", SITE, "--dry-run")
    assert done.returncode == 0
    assert "Nothing to delete." in done.stdout  # _ga is on .saemes.fr; the rest is necessary
    done = _cli(place, "delete", "--store", str(store), "--host", ".saemes.fr", "--dry-run")
    assert "Would delete:" in done.stdout and "_ga  .saemes.fr  /" in done.stdout


def test_a_host_or_name_no_cookie_has_is_reported(place: Place) -> None:
    store = _duplicated_csrftoken(place)
    args = ("delete", "--store", str(store), "--name", "sessionid", "--host", ".saemes.fr")
    done = _cli(place, *args, "--host", "saemes.fr.evil.example", "--dry-run")
    assert done.returncode == 0
    assert "No cookie of the site is stored on host saemes.fr.evil.example." in done.stdout
    assert (
        "No cookie of the site is named sessionid on .saemes.fr, saemes.fr.evil.example."
        in done.stdout
    )
    assert "Nothing to delete." in done.stdout


def test_finding_carries_out_exactly_that_fix(place: Place) -> None:
    store = _duplicated_csrftoken(place)
    done = _cli(place, "delete", "--store", str(store), "--finding", "duplicate-scope", "--yes")
    assert done.returncode == 0, done.stderr
    assert "Fix of duplicate-scope: Delete the parent-domain copy on .saemes.fr" in done.stdout
    assert [line for line in done.stdout.splitlines() if line.startswith("deleted")] == [
        "deleted  csrftoken  .saemes.fr  /  Chromium/Personal (Default)"
    ]
    assert _hosts_of(store, "csrftoken") == [SITE]
    assert "audit" not in done.stderr
    # Done: the finding is gone, so asking again is one line and exit 2.
    again = _cli(place, "delete", "--store", str(store), "--finding", "duplicate-scope", "--yes")
    assert again.returncode == 2
    assert again.stderr.strip().splitlines() == [
        "saemes-cookies: no finding duplicate-scope in these stores now: nothing to fix"
    ]


@pytest.mark.parametrize(
    ("code", "says"),
    [
        ("csrf-missing", "no finding csrf-missing in these stores now"),
        ("spread-over-stores", "no finding spread-over-stores"),
        ("unclassified", "the finding unclassified has no deletion to carry out"),
        ("duplicate", "'duplicate' is not a finding code; the codes are: store-unreadable, "),
    ],
)
def test_finding_without_a_deletion_fix_is_one_line_and_exit_2(
    place: Place, code: str, says: str
) -> None:
    store = firefox_profile(place.root, now=live_now())
    before = all_rows(store)
    done = _cli(place, "delete", "--store", str(store), "--finding", code, "--yes")
    assert done.returncode == 2, done.stdout + done.stderr
    [line] = done.stderr.strip().splitlines()
    assert says in line
    assert done.stdout == ""
    assert all_rows(store) == before


def test_finding_with_include_unclassified_is_a_bad_argument(place: Place) -> None:
    store = firefox_profile(place.root, now=live_now())
    done = _cli(
        place,
        "delete",
        "--store",
        str(store),
        "--finding",
        "unclassified",
        "--include-unclassified",
    )
    assert done.returncode == 2


# ---- --demo never reaches the real browsers (issue 11, point 6)


def _real_home(place: Place) -> Path:
    """The person's own browsers, in the fake home `place.env` points HOME at."""
    home = Path(place.env["HOME"])
    firefox = home / ".mozilla" / "firefox"
    write_profiles_ini(firefox, {"abc.default": "default"})
    now = live_now()
    firefox_profile(home / ".mozilla", now=now)
    chromium = home / ".config" / "chromium"
    write_local_state(chromium, {"Default": "Personal"})
    write_chromium(chromium / "Default" / "Cookies", secret_specs("c", now), now=now)
    return home


def test_demo_delete_works_on_the_demo_and_leaves_the_real_home_byte_for_byte(
    place: Place,
) -> None:
    home = _real_home(place)
    before = tree_bytes(home)
    real = _cli(place, "scan", "--json")
    assert {s["browser"] for s in json.loads(real.stdout)["stores"]} == {"Chromium", "Firefox"}

    done = _cli(place, "--demo", "delete", "--yes")

    assert done.returncode == 0, done.stdout + done.stderr
    # The demo's own cookies went (_ga_5ZQ8WJ3K2L and _pk_ses are only in the demo home).
    assert "deleted  _ga_5ZQ8WJ3K2L  .saemes.fr  /  Chromium/Personal (Default)" in done.stdout
    assert "deleted  _pk_ses.1.abcd  opendata.saemes.fr  /" in done.stdout
    assert "saemes-demo-" in done.stdout and str(home) not in done.stdout
    assert tree_bytes(home) == before
    # No backup or audit line of the demo's in the person's state directory.
    assert not (place.root / "state").exists()
    # The demo home is gone with its command.
    [demo] = re.findall(r"demo home (\S+) ", done.stderr)
    assert not Path(demo).exists()


@pytest.mark.parametrize(
    ("args", "shows"),
    [
        (("scan", "--json"), '"name": "_ga_5ZQ8WJ3K2L"'),
        (("scan",), "_ga_5ZQ8WJ3K2L"),
        (("report", "-o", "-"), '"name": "_ga_5ZQ8WJ3K2L"'),
        (("delete", "--dry-run"), "_ga_5ZQ8WJ3K2L  .saemes.fr  /  [Statistical]"),
        (("delete", "--name", "sessionid", "--yes"), "deleted  sessionid  opendata.saemes.fr"),
        (("delete", "--finding", "duplicate-scope", "--yes"), "deleted  csrftoken  .saemes.fr"),
    ],
)
def test_every_command_that_reads_works_on_the_demo_with_demo(
    place: Place, args: tuple[str, ...], shows: str
) -> None:
    home = _real_home(place)
    before = tree_bytes(home)
    # --demo before or after the command name: the same.
    for where in (("--demo", *args), (*args[:1], "--demo", *args[1:])):
        done = _cli(place, *where)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "saemes-demo-" in done.stdout + done.stderr
        assert str(home) not in done.stdout
        assert shows in done.stdout
    assert tree_bytes(home) == before
    assert not (place.root / "state").exists()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--demo", "backups"), "--demo keeps no backups"),
        (("--demo", "restore", "20261129T120000Z-firefox-abc-default", "--yes"), "--demo keeps"),
        (("--demo", "open", "report.json"), "--demo does not apply to open"),
        (("--demo", "delete", "--store", "X", "--yes"), "give --demo or --store, not both"),
        (("--demo", "scan", "--store", "X"), "give --demo or --store, not both"),
    ],
)
def test_demo_refuses_what_it_cannot_do_in_one_line_with_exit_2(
    place: Place, args: tuple[str, ...], says: str
) -> None:
    home = _real_home(place)
    before = tree_bytes(home)
    done = _cli(place, *args)
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("saemes-cookies: ") and says in line
    assert done.stdout == ""
    assert tree_bytes(home) == before
