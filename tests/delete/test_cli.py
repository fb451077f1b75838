"""`delete`, `backups` and `restore` as a person runs them: `python -m tui`, exit codes 0/1/2/3."""

from __future__ import annotations

import os
import pty
import re
import socket
import subprocess
import sys

import pytest

from tests.conftest import REPO, run_cli, tree_bytes
from tests.delete.conftest import (
    SECRET,
    Place,
    all_rows,
    chromium_user_data,
    firefox_profile,
    holding_parentlock,
    read_only_view,
)

BACKUP_ID = re.compile(r"backup (\d{8}T\d{6}Z-[a-z0-9-]+)")


def _cli(place: Place, *args: str) -> subprocess.CompletedProcess[str]:
    # stdin is not a terminal here (subprocess.run gives the child a pipe).
    done = run_cli(*args, env=place.env, input_text="")
    assert SECRET not in done.stdout + done.stderr
    return done


def test_dry_run_lists_what_would_go_and_changes_nothing(place: Place) -> None:
    store = firefox_profile(place.root)
    before = tree_bytes(store.parent)
    done = _cli(place, "delete", "--store", str(store), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "Would delete:" in done.stdout and "_ga  .saemes.fr  /" in done.stdout
    assert "sessionid" not in done.stdout.split("Kept:")[0]
    assert "Dry run: nothing was changed." in done.stdout
    assert tree_bytes(store.parent) == before
    assert not (place.root / "state").exists()


def test_delete_with_yes_prints_each_cookie_and_the_backup_id(place: Place) -> None:
    firefox = firefox_profile(place.root)
    chromium = chromium_user_data(place.root)
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
    store = firefox_profile(place.root)
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
    store = firefox_profile(place.root)
    before = all_rows(store)
    returncode, out = _on_a_terminal(place, answer, "delete", "--store", str(store))
    assert "Delete 1 cookie from 1 store? Each store is backed up first. [y/N]" in out
    assert returncode == code, out
    assert (all_rows(store) == before) == (code != 0)


def test_refuses_with_exit_3_while_chromium_runs_naming_browser_and_profile(
    place: Place,
) -> None:
    store = chromium_user_data(place.root)
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
    store = firefox_profile(place.root)
    before = all_rows(store)
    with holding_parentlock(store.parent):
        done = _cli(place, "delete", "--store", str(store), "--yes")
        restored = _cli(place, "restore", "20261129T120000Z-firefox-abc-default", "--yes")
    assert done.returncode == 3 and "Firefox is running with profile abc.default" in done.stderr
    assert restored.returncode == 2  # no such backup: checked before anything else
    assert all_rows(store) == before


def test_a_write_that_fails_exits_1_and_says_nothing_changed(place: Place) -> None:
    store = chromium_user_data(place.root)
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
    store = firefox_profile(place.root)
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
    store = firefox_profile(place.root)
    plain = _cli(place, "delete", "--store", str(store), "--dry-run")
    assert "mystery_pref" not in plain.stdout.split("Kept:")[0]
    done = _cli(place, "delete", "--store", str(store), "--include-unclassified", "--yes")
    assert "deleted  mystery_pref  opendata.saemes.fr  /" in done.stdout
    assert "deleted  _ga  .saemes.fr  /" in done.stdout


def test_restore_puts_the_rows_back_under_the_same_confirmation_rule(place: Place) -> None:
    store = chromium_user_data(place.root)
    before = all_rows(store)
    deleted = _cli(place, "delete", "--store", str(store), "--yes")
    [backup_id] = BACKUP_ID.findall(deleted.stdout)

    unconfirmed = _cli(place, "restore", backup_id)
    assert unconfirmed.returncode == 2 and "not confirmed" in unconfirmed.stderr
    assert "1 come back" in unconfirmed.stdout
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
    from tui.fakestores import Spec

    hostile = "_ga\x1b[31m[/]"
    store = firefox_profile(place.root, [Spec(".saemes.fr", hostile, f"{SECRET}x")])
    done = _cli(place, "delete", "--store", str(store), "--name", hostile, "--yes")
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout
    assert "deleted  _ga\\x1b[31m[/]  .saemes.fr  /" in done.stdout
