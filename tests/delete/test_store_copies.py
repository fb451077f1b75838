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
# whose clock is a day ahead (faketime): to it, every directory still being set up looks a
# minute old, a killed run's.
_CLEANER = """
    import sys, time
    from pathlib import Path
    from tui.stores.sqlite_read import remove_leftover_copies

    Path(sys.argv[2]).write_text("cleaning")
    end = time.monotonic() + float(sys.argv[3])
    while time.monotonic() < end:
        remove_leftover_copies(sys.argv[1])
"""


def test_a_copy_directory_being_set_up_survives_a_clean_up_with_its_clock_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read's copy directory is locked only once it is set up; a clean-up in between that
    takes it for a killed run's (its clock ahead, or this run stopped a minute) removed it
    under the read, which then failed. The read now makes a fresh one."""
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
    try:
        while not marker.exists():
            assert cleaner.poll() is None, cleaner.communicate()
            time.sleep(0.01)
        monkeypatch.setattr(tempfile, "tempdir", str(tmp))
        setups = 0
        while cleaner.poll() is None:
            with reading._copy_dir() as folder:
                assert (Path(folder) / ".lock").is_file()
                setups += 1
    finally:
        cleaner.kill()
        cleaner.wait()
    assert setups > 200
    assert _copies(tmp) == []
