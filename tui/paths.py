"""The tool's own files: the state directory that holds backups, the audit log and locks.

Backups hold every cookie value of a store, and the tool writes them and appends to the log
as the user; so the state directory is used only when it is private: a real directory (not a
link), owned by this user, not writable by group or others. Missing directories are created
0700 whatever the umask. Files inside are opened with O_NOFOLLOW, partial files created
exclusively, so nothing planted there can redirect a write.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import time
from pathlib import Path

from tui.texts import Problem, say
from tui.textsafe import printable

APP_NAME = "saemes-cookies"

# O_NOFOLLOW does not exist on Windows, where links need a privilege to create.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
# A FIFO opened without it waits for a writer that may never come (tui/regular.py).
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)


class StateDirError(Problem):
    """The state directory (or a file in it) cannot be used; it is named, and why."""


def _refuse(path: Path, key: str, **values: object) -> StateDirError:
    shown_as = printable(str(shown(path)), 300)
    return StateDirError(say("state.at", path=shown_as, reason=say(key, **values)))


def real_path(path: Path) -> Path:
    """The path with every link resolved, or as it is when that fails (a loop, no access):
    the one name a store goes by for locks, backups and the guard."""
    try:
        return path.resolve()
    except OSError:
        return path


def state_dir() -> Path:
    """platformdirs' user state dir: $XDG_STATE_HOME/saemes-cookies (~/.local/state) on Linux."""
    from platformdirs import user_state_path

    return user_state_path(APP_NAME)


def backups_in(state: Path) -> Path:
    """The backups folder of a state directory (the user's or a demo home's): the one place
    its name is spelled."""
    return state / "backups"


def audit_log_in(state: Path) -> Path:
    """The audit log of a state directory: the one place its name is spelled."""
    return state / "audit.jsonl"


# Windows renames and deletes no file that any process holds open without FILE_SHARE_DELETE,
# which neither Python's os.open (the C runtime's _wopen: read and write sharing only) nor
# SQLite's winOpen (src/os_win.c: FILE_SHARE_READ | FILE_SHARE_WRITE) asks for: there a file
# this process holds is let go before it is renamed or deleted. Read at each call, so that a
# test can stand in for Windows.
ON_WINDOWS = sys.platform == "win32"


def _owner_checks() -> bool:
    return hasattr(os, "geteuid") and sys.platform != "win32"


# Each private directory checked by this process, held open: its path as given -> (the
# descriptor, the path through it, its device and inode).
_HELD: dict[str, tuple[int, Path, tuple[int, int]]] = {}
# The path through a descriptor -> the path it was given as (for messages).
_GIVEN: dict[str, Path] = {}
# Linux names an open descriptor's directory /proc/self/fd/N: a path through it reaches the
# directory that was opened and checked, whatever is renamed or swapped along the way.
_THROUGH_FD = sys.platform.startswith("linux") and os.path.isdir("/proc/self/fd")


def shown(path: Path) -> Path:
    """The path a person knows for `path`, which may lead through a held descriptor."""
    text = str(path)
    for through, given in _GIVEN.items():
        if text == through or text.startswith(through + os.sep):
            return given / text[len(through) + 1 :] if text != through else given
    return path


def private_dir(path: Path) -> Path:
    """`path` as a private directory: created 0700 when missing, refused unless private.

    An existing private directory that others may read (0755) is narrowed to 0700, since what
    it holds are secrets; one that others may write to, or that is a link or someone else's,
    is refused: files may already have been planted in it.

    Returns the directory as held: opened once (O_DIRECTORY|O_NOFOLLOW), checked on that
    descriptor, kept open, and on Linux named through it (/proc/self/fd/N), so every file
    created or opened in it afterwards -- and every subdirectory made private from it -- is
    in the directory that was checked, even if another user swaps a name for a link after
    the check. Elsewhere it returns `path` (the check and the use are then by name).
    """
    try:
        _make(path)
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _DIRECTORY | _CLOEXEC)
    except OSError as exc:
        if os.path.islink(path):
            raise _refuse(path, "state.dir-link") from None
        raise _refuse(path, "state.unusable", reason=_reason(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISDIR(info.st_mode):
            raise _refuse(path, "state.not-dir")
        if _owner_checks():
            if info.st_uid != os.geteuid():
                raise _refuse(path, "state.other-user", uid=info.st_uid)
            if info.st_mode & 0o022:
                mode = f"{stat.S_IMODE(info.st_mode):04o}"
                raise _refuse(path, "state.others-write", mode=mode)
            if info.st_mode & 0o077:
                os.fchmod(fd, 0o700)
    except OSError as exc:
        os.close(fd)
        raise _refuse(path, "state.unusable", reason=_reason(exc)) from None
    except BaseException:
        os.close(fd)
        raise
    if not _THROUGH_FD:
        os.close(fd)
        return path
    identity = (info.st_dev, info.st_ino)
    held = _HELD.get(str(path))
    if held is not None and held[2] == identity:
        # The same directory as before: the descriptor already held serves.
        os.close(fd)
        return held[1]
    # A new directory (or the first look): held for the rest of the run. One that replaced
    # an earlier one keeps the earlier descriptor open too, for paths already handed out.
    through = Path(f"/proc/self/fd/{fd}")
    _HELD[str(path)] = (fd, through, identity)
    _GIVEN[str(through)] = shown(path)
    return through


def release_held() -> None:
    """Closes every directory descriptor `private_dir` holds (a test's state dir on a disk it
    unmounts, or a long session of in-process tests); the next use opens and checks anew."""
    for fd, _, _ in _HELD.values():
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD.clear()
    _GIVEN.clear()


def _make(path: Path) -> None:
    """Creates `path` and any missing parent, each 0700 whatever the umask."""
    missing = []
    for folder in (path, *path.parents):
        if os.path.lexists(folder):
            break
        missing.append(folder)
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            os.mkdir(folder, 0o700)
            os.chmod(folder, 0o700)


def open_private(path: Path, flags: int) -> int:
    """A file descriptor for `path` (in a private directory), never through a link.

    Refuses anything but a regular file of this user's; a new file is created 0600.
    """
    try:
        fd = os.open(path, flags | _NOFOLLOW | _CLOEXEC | _NONBLOCK, 0o600)
    except OSError:
        if os.path.islink(path):
            raise _refuse(path, "state.file-link") from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or (_owner_checks() and info.st_uid != os.geteuid()):
            raise _refuse(path, "state.not-own-file")
    except BaseException:
        os.close(fd)
        raise
    return fd


def fsync_dir(path: Path) -> None:
    """Makes a file created or renamed in `path` durable (best effort where a directory
    cannot be opened, as on Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def read_private(path: Path) -> bytes:
    """The content of a file in a private directory, never read through a link."""
    fd = open_private(path, os.O_RDONLY)
    with os.fdopen(fd, "rb") as handle:
        return handle.read()


# ---- locks


class Locked(Exception):
    """Another process holds the lock; it was not taken."""


def try_lock(fd: int) -> bool:
    """An exclusive lock on the open file `fd`, without waiting; False when another holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        # flock, not fcntl: it belongs to this open file, so closing another descriptor of
        # the same file elsewhere in the process (SQLite does) cannot drop it.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class Held:
    """A lock taken by `acquire`; leaving the `with` block (or closing) releases it."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def fileno(self) -> int:
        if self._fd is None:
            raise ValueError("lock released")
        return self._fd

    def __enter__(self) -> Held:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def lock_within(fd: int, wait: float, poll: float = 0.02) -> bool:
    """An exclusive lock on the open file `fd`, tried every `poll` seconds for up to `wait`
    seconds; False when another still holds it."""
    deadline = time.monotonic() + wait
    while not try_lock(fd):
        if time.monotonic() >= deadline:
            return False
        time.sleep(poll)
    return True


def acquire(path: Path, wait: float, poll: float = 0.02) -> Held:
    """An exclusive lock on the lock file `path` (created if missing), taken now.

    Waits up to `wait` seconds for another holder to finish, then raises Locked. The lock
    goes with the process: a killed holder leaves nothing that blocks the next run.
    """
    fd = open_private(path, os.O_RDWR | os.O_CREAT)
    try:
        if not lock_within(fd, wait, poll):
            raise Locked(str(path))
    except BaseException:
        os.close(fd)
        raise
    return Held(fd)


def _reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__
