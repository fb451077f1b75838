"""Where the tool expects a file -- a store, its -wal or -journal, a catalogue, a report,
`Local State`, `profiles.ini`, `containers.json`, the audit log, a backup, a lock -- a FIFO (or
a device) ends in one line naming the file and what it is, never in a wait: the other stores
are still read, and nothing is written. Each command runs as a person runs it, under a timeout
that only a hang reaches."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO
from tests.helpers.stores import Place, all_rows, chromium_user_data, firefox_profile
from tui.demo.stores import write_containers

FIFO = "is a FIFO (named pipe), not a regular file"


def _tool(place: Place, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI; a hang is a TimeoutExpired (the test fails), never a wait without end."""
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **place.env, "PYTHONPATH": str(REPO)},
        stdin=subprocess.DEVNULL,
        timeout=30,
    )


def _fifo(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return path


def _said_once(done: subprocess.CompletedProcess[str], path: Path, what: str = FIFO) -> None:
    # The plain scan's findings may name the store again (its `store-unreadable` finding);
    # what is checked is that the problem itself is said once, in one line.
    lines = [
        line
        for line in (done.stdout + done.stderr).splitlines()
        if what in line and "store-unreadable" not in line
    ]
    assert len(lines) == 1 and str(path) in lines[0], done.stdout + done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("command", [["scan"], ["delete", "--dry-run"]])
def test_a_fifo_given_as_a_store_is_one_line_and_the_other_store_is_read(
    place: Place, command: list[str]
) -> None:
    fifo = _fifo(place.root / "Cookies")
    store = chromium_user_data(place.root)
    done = _tool(place, *command, "--store", str(fifo), "--store", str(store))
    _said_once(done, fifo)
    assert "Chromium/Personal (Default)" in done.stdout  # the other store was read


@pytest.mark.parametrize("suffix", ["-wal", "-journal"])
def test_a_fifo_beside_a_store_is_one_line_naming_it(place: Place, suffix: str) -> None:
    store = firefox_profile(place.root) if suffix == "-wal" else chromium_user_data(place.root)
    side = _fifo(Path(f"{store}{suffix}"))
    done = _tool(place, "scan", "--store", str(store))
    _said_once(done, side)


def test_a_wal_that_is_a_link_to_dev_zero_is_refused_not_copied(place: Place) -> None:
    store = firefox_profile(place.root)
    wal = Path(f"{store}-wal")
    wal.symlink_to("/dev/zero")
    done = _tool(place, "scan", "--store", str(store))
    _said_once(done, wal, "is a device, not a regular file")


@pytest.mark.parametrize("command", ["catalog", "open"])
def test_a_fifo_given_as_a_catalogue_or_a_report_is_one_line(place: Place, command: str) -> None:
    fifo = _fifo(place.root / "file.json")
    args = ["scan", "--catalog", str(fifo)] if command == "catalog" else ["open", str(fifo)]
    done = _tool(place, *args)
    assert done.returncode == 2
    _said_once(done, fifo)


def test_browser_settings_files_that_are_fifos_leave_the_stores_readable(place: Place) -> None:
    # Found where a person's browsers keep them (discovery in the place's home).
    home = Path(place.env["HOME"])
    chromium = chromium_user_data(home / ".config")
    (home / ".config" / "chromium" / "Local State").unlink()
    _fifo(home / ".config" / "chromium" / "Local State")
    root = home / ".mozilla" / "firefox"
    firefox = firefox_profile(home / ".mozilla")
    write_containers(firefox.parent, [(1, "Work")])
    (firefox.parent / "containers.json").unlink()
    _fifo(firefox.parent / "containers.json")
    _fifo(root / "profiles.ini")
    done = _tool(place, "scan")
    assert done.returncode == 0, done.stderr
    assert str(chromium) in done.stdout and str(firefox) in done.stdout, done.stdout
    # Each store's table has its sessionid row (a finding may name it too: scan judges its
    # expiry at the real time, and the stores were written at NOW).
    rows = [line for line in done.stdout.splitlines() if line.startswith("sessionid ")]
    assert len(rows) == 2, done.stdout


def test_an_audit_log_that_is_a_fifo_refuses_the_deletion(place: Place) -> None:
    store = chromium_user_data(place.root)
    before = all_rows(store)
    log = _fifo(place.log.path)
    os.chmod(log.parent, 0o700)
    done = _tool(place, "delete", "--yes", "--store", str(store))
    assert done.returncode == 1
    assert "audit log" in done.stderr and "nothing was changed" in done.stderr
    assert all_rows(store) == before


def test_a_lock_that_is_a_fifo_refuses_the_deletion(place: Place) -> None:
    store = chromium_user_data(place.root)
    before = all_rows(store)
    key = hashlib.sha256(os.fsencode(str(store.resolve()))).hexdigest()[:32]
    _fifo(place.backups.state / "locks" / f"{key}.lock")
    for folder in (place.backups.state, place.backups.state / "locks"):
        os.chmod(folder, 0o700)
    done = _tool(place, "delete", "--yes", "--store", str(store))
    assert done.returncode == 1, done.stderr
    assert all_rows(store) == before


def test_a_backup_that_is_a_fifo_is_passed_over_by_backups_restore_and_pruning(
    place: Place,
) -> None:
    store = chromium_user_data(place.root)
    first = _tool(place, "delete", "--yes", "--store", str(store), "--name", "_ga")
    assert first.returncode == 0, first.stderr
    [real] = place.backups.all()
    planted = "20260101T000000Z-chromium-personal-default"
    _fifo(place.backups.root / f"{planted}.json")
    (place.backups.root / f"{planted}.sqlite").write_bytes(real.file.read_bytes())

    listed = _tool(place, "backups")
    assert listed.returncode == 0 and real.id in listed.stdout and planted not in listed.stdout
    restored = _tool(place, "restore", "--yes", planted)
    assert restored.returncode == 2 and "no backup" in restored.stderr.lower(), restored.stderr
    # Pruning after a deletion looks at every backup of the store: it passes the FIFO by.
    pruned = _tool(place, "delete", "--yes", "--store", str(store), "--name", "django_language")
    assert pruned.returncode == 0, pruned.stderr
