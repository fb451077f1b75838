"""The state directory (backups, audit log, locks) is the user's own or it is not used, and
nothing in it is ever written through a link."""

from __future__ import annotations

import os
import pwd
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.helpers import REPO, live_now
from tests.helpers.processes import python_child, unavailable
from tests.helpers.stores import SECRET, Place, all_rows, chromium_user_data
from tui.stores.backup import Backups, slug

VICTIM_TEXT = "the user's own file, which must stay as it is\n"


def _delete(
    place: Place, store: Path, umask: int | None = None
) -> subprocess.CompletedProcess[str]:
    def set_umask() -> None:
        if umask is not None:
            os.umask(umask)

    done = subprocess.run(
        [sys.executable, "-m", "tui", "delete", "--yes", "--store", str(store)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **place.env, "PYTHONPATH": str(REPO)},
        stdin=subprocess.DEVNULL,
        preexec_fn=set_umask,
        timeout=120,
    )
    assert SECRET not in done.stdout + done.stderr
    return done


def _state(place: Place) -> Path:
    return place.root / "state" / "saemes-cookies"


def _victim(place: Place) -> Path:
    victim = place.root / "victim.txt"
    victim.write_text(VICTIM_TEXT, encoding="utf-8")
    return victim


def test_the_state_directory_is_created_private_whatever_the_umask(place: Place) -> None:
    store = chromium_user_data(place.root)
    done = _delete(place, store, umask=0)
    assert done.returncode == 0, done.stderr
    state = _state(place)
    for folder in (state, state / "backups", state / "locks"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for file in state.rglob("*"):
        if file.is_file():
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file


def test_a_state_directory_others_may_write_to_is_refused_in_one_line(place: Place) -> None:
    store = chromium_user_data(place.root)
    state = _state(place)
    state.mkdir(parents=True)
    state.chmod(0o777)
    before = all_rows(store)
    done = _delete(place, store)
    assert done.returncode == 1
    [line] = done.stderr.strip().splitlines()
    assert str(state) in line and "others may write to it" in line
    assert "nothing was changed" in line
    assert all_rows(store) == before
    assert list(state.iterdir()) == []


def test_a_state_directory_of_another_user_is_refused(place: Place) -> None:
    if os.geteuid() != 0:
        unavailable("only root can give a directory to another user")
    store = chromium_user_data(place.root)
    state = _state(place)
    state.mkdir(parents=True, mode=0o700)
    nobody = pwd.getpwnam("nobody")
    os.chown(state, nobody.pw_uid, nobody.pw_gid)
    before = all_rows(store)
    done = _delete(place, store)
    assert done.returncode == 1
    assert str(state) in done.stderr and "belongs to another user" in done.stderr
    assert all_rows(store) == before
    assert list(state.iterdir()) == []


def test_a_state_directory_that_is_a_link_is_refused(place: Place) -> None:
    store = chromium_user_data(place.root)
    elsewhere = place.root / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    _state(place).parent.mkdir(parents=True)
    _state(place).symlink_to(elsewhere, target_is_directory=True)
    done = _delete(place, store)
    assert done.returncode == 1
    assert "is a symbolic link" in done.stderr
    assert list(elsewhere.iterdir()) == []


def test_an_audit_log_planted_as_a_link_refuses_the_deletion_and_is_never_written_through(
    place: Place,
) -> None:
    store = chromium_user_data(place.root)
    before = all_rows(store)
    victim = _victim(place)
    state = _state(place)
    state.mkdir(parents=True, mode=0o700)
    (state / "audit.jsonl").symlink_to(victim)
    done = _delete(place, store)
    # A deletion the log could not record is not made: refused before anything is written.
    assert done.returncode == 1, done.stderr
    assert "audit log could not be written" in done.stderr
    assert "symbolic link" in done.stderr and "nothing was changed" in done.stderr
    assert all_rows(store) == before
    assert victim.read_text(encoding="utf-8") == VICTIM_TEXT


def test_partial_files_planted_as_links_are_removed_not_followed(place: Place) -> None:
    store = chromium_user_data(place.root)
    victim = _victim(place)
    backups = _state(place) / "backups"
    backups.mkdir(parents=True, mode=0o700)
    # The names the next backups would take, for the next few seconds.
    now = datetime.now(UTC)
    planted = []
    for second in range(0, 30):
        moment = now + timedelta(seconds=second)
        base = f"{moment:%Y%m%dT%H%M%SZ}-{slug('Chromium')}-{slug('Personal (Default)')}"
        for suffix in (".sqlite.partial", ".json.partial"):
            link = backups / f"{base}{suffix}"
            link.symlink_to(victim)
            planted.append(link)
    done = _delete(place, store)
    assert done.returncode == 0, done.stderr
    assert victim.read_text(encoding="utf-8") == VICTIM_TEXT
    assert not any(os.path.lexists(link) for link in planted)
    assert len(Backups(backups).all()) == 1


HOLD_PARTIAL = """
    import fcntl, os, sys
    fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)  # what a run writing this backup holds
    print("locked", flush=True)
    sys.stdin.read()
"""


def test_partial_files_of_a_killed_run_are_removed_on_the_next_but_not_a_live_runs(
    place: Place,
) -> None:
    store = chromium_user_data(place.root, now=live_now())
    backups = _state(place) / "backups"
    backups.mkdir(parents=True, mode=0o700)
    stale = backups / "20261101T000000Z-chromium-x.sqlite.partial"
    stale.write_bytes(b"half a backup")
    (backups / "20261101T000000Z-chromium-x.sqlite.partial-journal").write_bytes(b"j")
    (backups / "20261101T000000Z-chromium-x.json.partial").write_bytes(b"{")
    live = backups / "20261101T000001Z-chromium-y.sqlite.partial"
    holder = python_child(HOLD_PARTIAL, str(live))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        done = _delete(place, store)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait()
    assert done.returncode == 0, done.stderr
    left = sorted(path.name for path in backups.iterdir() if "partial" in path.name)
    assert left == [live.name]
