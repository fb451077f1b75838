"""Ctrl+C, a closed pipe and SIGTERM end the tool as a person expects: one line (or nothing),
the shell's exit code, no traceback, and nothing half-written. Each runs the real process on a
real terminal (a pseudo-terminal it controls, where Ctrl+C is the terminal's own SIGINT) or
into a real pipe."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.helpers import live_now, tree_bytes
from tests.helpers.stores import Place, all_rows, chromium_user_data
from tests.helpers.terminal import TOOL, child_code, into_closed_pipe, on_terminal

CTRL_C = b"\x03"


def _backups(place: Place) -> list[str]:
    """The ids of the backups taken (each is a database and its .json description)."""
    folder = place.root / "state" / "saemes-cookies" / "backups"
    return sorted(path.stem for path in folder.glob("*.json")) if folder.exists() else []


def test_ctrl_c_at_the_delete_question_says_one_line_exits_130_and_deletes_nothing(
    tmp_path: Path,
) -> None:
    place = Place(tmp_path)
    store = chromium_user_data(place.root, now=live_now())
    before = all_rows(store)
    with on_terminal([*TOOL, "delete", "--store", str(store)], env=place.env) as terminal:
        terminal.read_until(b"[y/N]")
        terminal.ctrl_c_at_question()
        code = terminal.finish()
    assert code == 130, terminal.text
    assert "Traceback" not in terminal.text
    assert "interrupted (Ctrl+C): nothing was changed" in terminal.text
    assert all_rows(store) == before
    assert _backups(place) == []


def test_ctrl_c_at_the_restore_question_says_one_line_and_restores_nothing(
    tmp_path: Path,
) -> None:
    place = Place(tmp_path)
    store = chromium_user_data(place.root, now=live_now())
    with on_terminal([*TOOL, "delete", "--store", str(store), "--yes"], env=place.env) as first:
        assert first.finish() == 0, first.text
    [backup_id] = _backups(place)
    after_delete = all_rows(store)
    with on_terminal([*TOOL, "restore", backup_id, "--lang", "fr"], env=place.env) as terminal:
        terminal.read_until(b"[o/N]")
        terminal.ctrl_c_at_question()
        code = terminal.finish()
    assert code == 130, terminal.text
    assert "Traceback" not in terminal.text
    assert "interrompu (Ctrl+C) : rien n'a été modifié" in terminal.text
    assert all_rows(store) == after_delete
    assert len(_backups(place)) == 1


# The scan, held at its start (after the stores are found, before they are read), so that
# Ctrl+C lands in the middle of it rather than in Python's start-up.
HELD_SCAN = """
    import sys, time
    import tui.inspection
    from tui.cli import main

    found = tui.inspection.find_stores
    def held(*args, **kwargs):
        print("scanning", flush=True)
        time.sleep(60)
        return found(*args, **kwargs)
    tui.inspection.find_stores = held
    sys.exit(main(["scan"]))
"""


def test_ctrl_c_during_scan_says_one_line_and_exits_130(tmp_path: Path) -> None:
    place = Place(tmp_path)
    with on_terminal(child_code(HELD_SCAN), env=place.env) as terminal:
        terminal.read_until(b"scanning")
        terminal.type(CTRL_C)
        code = terminal.finish()
    assert code == 130, terminal.text
    assert "Traceback" not in terminal.text
    lines = [line for line in terminal.text.splitlines() if line.strip()]
    assert lines[-1].endswith("saemes-cookies: interrupted (Ctrl+C)")


# The deletion, interrupted by SIGINT just before COMMIT (the hook tests/delete/test_kill.py
# also uses): the transaction rolls back.
INTERRUPTED_WRITE = """
    import os, signal, sys
    import tui.stores.write as writes
    from tui.cli import main

    def interrupt(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGINT)
    writes._before_commit = interrupt
    sys.exit(main(["delete", "--yes", "--store", sys.argv[1]]))
"""


def test_ctrl_c_during_the_deletion_before_commit_leaves_the_store_as_it_was(
    tmp_path: Path,
) -> None:
    place = Place(tmp_path)
    store = chromium_user_data(place.root, now=live_now())
    before = all_rows(store)
    with on_terminal([*child_code(INTERRUPTED_WRITE), str(store)], env=place.env) as terminal:
        code = terminal.finish()
    assert code == 130, terminal.text
    assert "Traceback" not in terminal.text
    assert "interrupted (Ctrl+C) while writing" in terminal.text
    assert all_rows(store) == before


@pytest.mark.parametrize(
    "args",
    [("backups",), ("delete", "--demo", "--dry-run"), ("scan", "--demo"), ("--demo", "scan")],
    ids=["backups", "delete-dry-run", "scan", "scan-demo-before"],
)
def test_a_closed_pipe_ends_quietly(tmp_path: Path, args: tuple[str, ...]) -> None:
    place = Place(tmp_path)
    done = into_closed_pipe(args, env=place.env)
    assert "Error" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert "Exception ignored" not in done.stderr
    assert done.returncode == 141, done.stderr


def test_sigterm_during_a_demo_app_removes_its_demo_home(tmp_path: Path) -> None:
    place = Place(tmp_path)
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**place.env, "TMPDIR": str(temp)}
    with on_terminal([*TOOL, "--demo"], env=env, columns=120, rows=40) as terminal:
        # The app has drawn its table: the demo home exists and is in use.
        terminal.read_until(b"csrftoken")
        [home] = temp.glob("saemes-demo-*")
        assert tree_bytes(home)
        terminal.signal(signal.SIGTERM)
        code = terminal.finish()
    assert code == 143, terminal.text
    # The app ends through its loop: no SystemExit raised inside a Textual task.
    assert "Traceback" not in terminal.text and "Task exception" not in terminal.text
    assert list(temp.glob("saemes-demo-*")) == []


def test_sigterm_during_a_demo_scan_removes_its_demo_home(tmp_path: Path) -> None:
    place = Place(tmp_path)
    temp = tmp_path / "tmp"
    temp.mkdir()
    held = HELD_SCAN.replace('main(["scan"])', 'main(["--demo", "scan"])')
    env = {**place.env, "TMPDIR": str(temp)}
    with on_terminal(child_code(held), env=env) as terminal:
        terminal.read_until(b"scanning")
        assert list(temp.glob("saemes-demo-*"))
        terminal.signal(signal.SIGTERM)
        code = terminal.finish()
    assert code == 143, terminal.text
    assert "Traceback" not in terminal.text
    assert list(temp.glob("saemes-demo-*")) == []


@pytest.mark.parametrize(
    "demo", [True, False], ids=["watch-demo-head-1", "watch-nothing-changing-true"]
)
def test_a_watch_into_a_closed_pipe_ends_with_141(tmp_path: Path, demo: bool) -> None:
    """`watch --demo | head -1` (its first change fails to be written) and `watch | true` (no
    change ever comes, yet the reader is gone): 141 like every other command."""
    place = Place(tmp_path)
    if demo:
        args: tuple[str, ...] = ("watch", "--demo")
    else:
        args = ("watch", "--store", str(chromium_user_data(place.root, now=live_now())))
    env = {**place.env, "SAEMES_COOKIES_WATCH_INTERVAL": "0.05"}
    done = into_closed_pipe(args, env=env)
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr
    assert done.returncode == 141, done.stderr
