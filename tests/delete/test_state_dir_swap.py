"""The state directory is held by a descriptor once checked: another process swapping its
name for a link in a loop (renameat2 RENAME_EXCHANGE, as someone who may write to
XDG_STATE_HOME can) never makes the tool create a file outside it."""

from __future__ import annotations

import ctypes
from pathlib import Path

from tests.helpers.processes import python_child, unavailable
from tests.helpers.stores import Place
from tui.audit import AuditLog
from tui.paths import StateDirError, release_held
from tui.stores.backup import BackupError, Backups

# Exchanges the two names atomically, over and over, until its stdin closes.
SWAPPER = """
    import ctypes, os, sys, threading
    libc = ctypes.CDLL(None, use_errno=True)
    AT_FDCWD, RENAME_EXCHANGE = -100, 2
    a, b = (arg.encode() for arg in sys.argv[1:3])
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    print("swapping", flush=True)
    while not stop.is_set():
        libc.renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE)
"""

ROUNDS = 4000


def _renameat2_works(tmp: Path) -> bool:
    libc = ctypes.CDLL(None, use_errno=True)
    first, second = tmp / "x", tmp / "y"
    first.mkdir()
    second.symlink_to(first)
    done = getattr(libc, "renameat2", None)
    ok = done is not None and done(-100, bytes(first), -100, bytes(second), 2) == 0
    second.unlink() if second.is_symlink() else second.rmdir()
    first.unlink() if first.is_symlink() else first.rmdir()
    return ok


def test_swapping_the_state_dir_for_a_link_never_redirects_a_file(place: Place) -> None:
    if not _renameat2_works(place.root):
        unavailable("renameat2(RENAME_EXCHANGE) is not available here")
    xdg = place.root / "xdg"
    xdg.mkdir()
    xdg.chmod(0o1777)  # another user may write here
    state = xdg / "saemes-cookies"
    # A directory of the user's own that passes every check: a redirected write lands there.
    elsewhere = place.root / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    state.mkdir(mode=0o700)
    link = xdg / "swap"
    link.symlink_to(elsewhere, target_is_directory=True)
    store = place.root / "Cookies"
    store.write_bytes(b"")
    backups, log = Backups(state / "backups"), AuditLog(state / "audit.jsonl")
    swapper = python_child(SWAPPER, str(state), str(link))
    try:
        assert swapper.stdout is not None and swapper.stdout.readline().strip() == "swapping"
        refused = 0
        for _ in range(ROUNDS):
            try:
                with backups.lock(store, wait=0):
                    log.write([{"action": "test"}])
                    log.intend({"records": []}).drop()
            except (BackupError, StateDirError, OSError):
                refused += 1
            release_held()
    finally:
        assert swapper.stdin is not None
        swapper.stdin.close()
        swapper.wait()
    made = sorted(str(path.relative_to(elsewhere)) for path in elsewhere.rglob("*"))
    assert made == [], made
    # The race was really run: some rounds were refused (a link at check time), some not.
    assert 0 < refused < ROUNDS, refused
