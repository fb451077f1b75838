"""A copy of a store (every value in it) never outlives its read: made 0600, removed when the
read ends however it ends, and what a killed read left is removed by the next run of any
command."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from tests.helpers import REPO, live_now, run_cli
from tests.helpers.processes import faketime, python_child
from tests.helpers.stores import Place, firefox_profile
from tests.helpers.windows import open_files_stay
from tui.demo.stores import Spec
from tui.stores.sqlite_read import COPY_PREFIX

# A scan of one Firefox store (WAL: read from a copy) that stops once the copy is open,
# marks that moment, and waits there to be killed.
CHILD = """
    import sys, time
    from pathlib import Path
    import tui.stores.sqlite_read as reading
    from tui.cli import main

    marker = Path(sys.argv[1])
    probe = reading._probe

    def stop(connection):
        probe(connection)
        marker.write_text("copied")
        time.sleep(600)

    reading._probe = stop
    sys.exit(main(["scan", "--store", sys.argv[2]]))
"""


def _stopped_with_its_copy(place: Place, tmp: Path) -> subprocess.Popen[str]:
    """The child, once its copy of a WAL store is made and open."""
    store = firefox_profile(
        place.root, in_wal=[Spec("opendata.saemes.fr", "_ga", "GA1.1.x")], now=live_now()
    )
    marker = place.root / "marker"
    child = python_child(CHILD, str(marker), str(store), env={**place.env, "TMPDIR": str(tmp)})
    while not marker.exists():
        assert child.poll() is None, child.communicate()
        time.sleep(0.01)
    return child


def _copies(tmp: Path) -> list[Path]:
    return [path for path in tmp.iterdir() if path.name.startswith(COPY_PREFIX)]


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM])
def test_a_read_stopped_while_it_holds_a_copy_leaves_no_file_once_the_next_command_ran(
    place: Place, signum: int
) -> None:
    tmp = place.root / "tmp"
    tmp.mkdir()
    env = {**place.env, "TMPDIR": str(tmp)}
    child = _stopped_with_its_copy(place, tmp)
    [folder] = _copies(tmp)
    files = [path for path in folder.iterdir() if path.name.startswith("store.sqlite")]
    assert files and all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in files)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    child.send_signal(signum)
    child.communicate(timeout=30)
    if signum != signal.SIGKILL:
        assert _copies(tmp) == []  # the read removed its own copy on its way out
    done = run_cli("backups", env=env)
    assert done.returncode == 0, done.stderr
    assert _copies(tmp) == []


def test_a_live_reads_copy_is_left_to_it(place: Place) -> None:
    tmp = place.root / "tmp"
    tmp.mkdir()
    env = {**place.env, "TMPDIR": str(tmp)}
    child = _stopped_with_its_copy(place, tmp)
    try:
        run_cli("backups", env=env)
        assert len(_copies(tmp)) == 1
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.communicate()


# A clean-up of leftover copies, as every run starts with, done again and again by a process
# whose clock is a day ahead (faketime): to a clean-up that went by the clock, every directory
# still being set up would look a minute old, a killed run's.
_CLEANER = """
    import sys, time
    from pathlib import Path
    from tui.stores.sqlite_read import remove_leftover_copies

    Path(sys.argv[2]).write_text("cleaning")
    end = time.monotonic() + float(sys.argv[3])
    while time.monotonic() < end:
        remove_leftover_copies(sys.argv[1])
"""


def test_copy_directories_being_set_up_survive_a_clean_up_running_beside_them_whatever_its_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read's copy directory is locked only once it exists. A clean-up that took an
    unlocked one for a killed run's by its age (its clock ahead, or this run stopped a
    minute) removed it under the read; one that took its free lock file before the read had
    locked it did the same. Each loss was a failed read, and a run of losses in a row a
    failed scan. Now no set-up is ever lost: not one is tried twice."""
    shifter = faketime()
    import tui.stores.sqlite_read as reading

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    marker = tmp_path / "cleaning"
    code = textwrap.dedent(_CLEANER)
    cleaner = subprocess.Popen(
        [shifter, "-f", "+1d", sys.executable, "-c", code, str(tmp), str(marker), "4"],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stderr=subprocess.PIPE,
        text=True,
    )
    made: list[str] = []
    mkdtemp = tempfile.mkdtemp

    def counted(*args: object, **kwargs: object) -> str:
        made.append(mkdtemp(*args, **kwargs))  # type: ignore[call-overload]
        return made[-1]

    try:
        while not marker.exists():
            assert cleaner.poll() is None, cleaner.communicate()
            time.sleep(0.01)
        monkeypatch.setattr(tempfile, "tempdir", str(tmp))
        monkeypatch.setattr(tempfile, "mkdtemp", counted)
        setups = 0
        while cleaner.poll() is None:
            with reading._copy_dir(tmp / "store") as folder:
                assert (Path(folder) / ".lock").is_file()
                setups += 1
    finally:
        cleaner.kill()
        cleaner.wait()
    assert setups > 200
    assert len(made) == setups
    assert _copies(tmp) == []


def _unlocked_copy_dir(tmp: Path) -> Path:
    """What a run killed while setting its copy directory up leaves: no lock file in it."""
    folder = tmp / f"{COPY_PREFIX}killed"
    folder.mkdir(mode=0o700)
    return folder


def test_a_copy_directory_left_without_its_lock_file_is_removed_by_the_next_run_at_once(
    tmp_path: Path,
) -> None:
    """It was kept for a minute, for fear it was a live run's being set up."""
    from tui.stores.sqlite_read import remove_leftover_copies

    folder = _unlocked_copy_dir(tmp_path)
    assert remove_leftover_copies(str(tmp_path)) == [folder.name]
    assert not folder.exists()


def test_a_copy_directory_without_its_lock_file_is_left_while_a_run_is_setting_up(
    tmp_path: Path,
) -> None:
    """A run setting up holds the temporary directory's setup lock: until it lets go, an
    unlocked directory may be its own, and the clean-up leaves every one of them."""
    from tui.stores.sqlite_read import _setup_lock, remove_leftover_copies

    folder = _unlocked_copy_dir(tmp_path)
    setting_up = _setup_lock(str(tmp_path), 0.0)
    assert setting_up is not None
    try:
        assert remove_leftover_copies(str(tmp_path)) == []
        assert folder.is_dir()
    finally:
        setting_up.release()
    assert remove_leftover_copies(str(tmp_path)) == [folder.name]


def test_a_setup_lock_file_that_is_a_link_is_not_used_and_reads_still_get_their_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another user may have put a link (or a file of theirs) where the setup lock goes in a
    shared /tmp: it is never opened through, copies are still made and removed, and a clean-up
    that cannot hold the lock leaves unlocked directories rather than guess."""
    import tui.stores.sqlite_read as reading

    target = tmp_path / "elsewhere"
    target.write_text("not ours to lock")
    reading.setup_lock_path(str(tmp_path)).symlink_to(target)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with reading._copy_dir(tmp_path / "store") as folder:
        assert (Path(folder) / ".lock").is_file()
    assert _copies(tmp_path) == []
    folder_left = _unlocked_copy_dir(tmp_path)
    assert reading.remove_leftover_copies(str(tmp_path)) == []
    assert folder_left.is_dir()
    assert target.read_text() == "not ours to lock"


def test_a_store_that_cannot_be_copied_for_want_of_a_temporary_directory_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A WAL store is read from a copy; with no temporary directory to put it in, the store's
    read ends in one sentence naming the store and the reason, and no value."""
    from tui.model import Family, StoreRef
    from tui.stores.read import read_store

    store = firefox_profile(
        tmp_path, in_wal=[Spec("opendata.saemes.fr", "_ga", "GA1.1.secretvalue")], now=live_now()
    )
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "gone"))
    ref = StoreRef("Firefox", "abc.default", Family.FIREFOX, store)
    found, rows = read_store(ref, ["opendata.saemes.fr"])
    assert rows == []
    assert found.error is not None
    said = found.error.text("en")
    assert "cannot be copied for reading (No such file or directory)" in said
    assert str(store) in said
    assert "secretvalue" not in said


def test_on_windows_the_copy_and_its_folder_are_gone_once_the_read_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a stand-in for Windows, which deletes no file that is open
    (tests/helpers/windows.open_files_stay). The copy's connection was closed, and its
    folder's lock let go, only after the folder was removed: on Windows the copy, every value
    in it, stayed until the next run."""
    from tui.model import Family, StoreRef
    from tui.stores.read import read_store

    store = firefox_profile(
        tmp_path, in_wal=[Spec("opendata.saemes.fr", "_ga", "GA1.1.1.2")], now=live_now()
    )
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    open_files_stay(monkeypatch)
    ref = StoreRef("Firefox", "abc.default", Family.FIREFOX, store)
    found, rows = read_store(ref, ["opendata.saemes.fr"])
    monkeypatch.undo()
    assert found.error is None and "_ga" in [row.name for row in rows]
    assert _copies(tmp) == []
