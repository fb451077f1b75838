"""Is the browser that owns a store running? Reading marks such stores; writing refuses them."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from tui.model import Family, StoreRef
from tui.paths import real_path
from tui.texts import Problem, Said, say
from tui.textsafe import printable


class BrowserRunning(Problem):
    """A write was refused because the store's browser runs; names browser and profile."""


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    # A browser that died but was not yet reaped still answers kill(0); it writes nothing more.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]


def chromium_running(user_data_dir: Path) -> bool:
    """Chromium keeps `SingletonLock` -> "hostname-pid" while it runs (Linux, macOS).

    It takes no SQLite lock there, so this link is the only reliable sign. A link naming
    another host cannot be checked from here and is taken as running.
    """
    lock = user_data_dir / "SingletonLock"
    try:
        target = os.readlink(lock)
    except FileNotFoundError:
        return _windows_lockfile_held(user_data_dir / "lockfile")
    except OSError:
        return lock.exists()
    host, _, pid_text = target.rpartition("-")
    if not pid_text.isdigit():
        return True
    import socket  # here, not at the top: only a lock left by a browser needs it

    if host != socket.gethostname():
        return True
    return pid_alive(int(pid_text))


def _windows_lockfile_held(lockfile: Path) -> bool:
    if sys.platform != "win32" or not lockfile.exists():
        return False
    try:
        with lockfile.open("a"):
            return False
    except PermissionError:
        return True


def firefox_running(profile_dir: Path) -> bool:
    """Firefox holds an fcntl lock on `.parentlock` while it runs (`parent.lock` on Windows).

    The `lock` symlink alone stays behind after a clean exit, so it proves nothing.
    """
    if sys.platform == "win32":
        return _windows_lockfile_held(profile_dir / "parent.lock")
    return _fcntl_locked(profile_dir / ".parentlock")


def _fcntl_locked(path: Path) -> bool:
    import fcntl

    # Firefox takes a write lock on the whole file. Testing with a write lock needs the file
    # open for writing; where that is not allowed, a read lock conflicts with it just as well.
    try:
        fd, mode = os.open(path, os.O_RDWR), fcntl.LOCK_EX
    except FileNotFoundError:
        return False
    except PermissionError:
        try:
            # Not blocking: a FIFO planted there opens at once, and fails the lock test.
            fd, mode = os.open(path, os.O_RDONLY | os.O_NONBLOCK), fcntl.LOCK_SH
        except FileNotFoundError:
            return False
        except OSError:
            # Neither readable nor writable: nothing can be checked, so assume the worst.
            return True
    except OSError:
        return False
    try:
        try:
            fcntl.lockf(fd, mode | fcntl.LOCK_NB)
        except OSError as exc:
            return exc.errno in (errno.EACCES, errno.EAGAIN)
        fcntl.lockf(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def lock_dirs(ref: StoreRef) -> list[Path]:
    """Where the store's browser would show that it runs, worked out from the store's real
    path when asked (not when it was found), plus the ref's own lock dir.

    A link (to the store file or to its profile folder) cannot hide the profile: the real
    path leads to it. A Chromium store lies in `<user data>/<profile>/[Network/]Cookies` and
    the browser's SingletonLock is in the user-data dir -- whether or not `Local State` is
    there (a first run, a partial copy) -- or, for Opera's single profile, in the profile
    folder itself; so both are checked. A Firefox store lies in its profile folder.
    """
    store = real_path(ref.path)
    found = [real_path(ref.lock_dir)] if ref.lock_dir is not None else []
    if ref.family is Family.CHROMIUM:
        profile = store.parent.parent if store.parent.name == "Network" else store.parent
        found += [profile.parent, profile]
    elif ref.family is Family.FIREFOX:
        found.append(store.parent)
    return list(dict.fromkeys(found))


def is_running(ref: StoreRef) -> bool:
    if ref.family is Family.CHROMIUM:
        running = any(chromium_running(directory) for directory in lock_dirs(ref))
    elif ref.family is Family.FIREFOX:
        running = any(firefox_running(directory) for directory in lock_dirs(ref))
    else:
        return False
    return running or open_by_a_browser(ref.path)


# The names a running browser's processes go by in /proc/<pid>/comm (the executable's name,
# cut to 15 bytes by the kernel; Firefox names its main thread GeckoMain on some builds).
BROWSER_PROCESSES = frozenset(
    {
        "chrome",
        "chromium",
        "chromium-browse",
        "brave",
        "msedge",
        "opera",
        "vivaldi-bin",
        "firefox",
        "firefox-esr",
        "firefox-bin",
        "GeckoMain",
        "librewolf",
        "waterfox",
    }
)


def open_by_a_browser(path: Path) -> bool:
    """Does a running browser have this very file open, whatever name it was reached by (a
    hard link, a bind mount)? Same device and inode as a file in /proc/<pid>/fd of a browser
    process. Linux only: elsewhere False (the README says so)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        info = os.stat(path)
        processes = [entry.name for entry in os.scandir("/proc") if entry.name.isdigit()]
    except OSError:
        return False
    wanted = (info.st_dev, info.st_ino)
    for pid in processes:
        if int(pid) == os.getpid() or not _a_browser(pid):
            continue
        try:
            descriptors = list(os.scandir(f"/proc/{pid}/fd"))
        except OSError:
            continue
        for descriptor in descriptors:
            try:
                # stat, not open: what the descriptor is (a FIFO included) is never opened.
                held = os.stat(descriptor.path)
            except OSError:
                continue
            if (held.st_dev, held.st_ino) == wanted:
                return True
    return False


def _a_browser(pid: str) -> bool:
    # os.read rather than Path.read_text: this runs for every process of the machine, twice
    # per scan of a home with two stores, and a text file object costs ten times more.
    try:
        fd = os.open(f"/proc/{pid}/comm", os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        # The kernel cuts a process name to 15 bytes (TASK_COMM_LEN 16): one read holds it.
        name = os.read(fd, 256)
    except OSError:
        return False
    finally:
        os.close(fd)
    return name.decode("utf-8", "replace").strip() in BROWSER_PROCESSES


def running_message(ref: StoreRef) -> Said:
    return say(
        "guard.running", browser=printable(ref.browser, 40), profile=printable(ref.profile, 80)
    )


def locked_message(ref: StoreRef) -> Said:
    """For a store whose database is locked (Firefox while it runs, Chrome on Windows)."""
    return say(
        "guard.locked", browser=printable(ref.browser, 40), profile=printable(ref.profile, 80)
    )


def ensure_closed(ref: StoreRef) -> None:
    """Raises BrowserRunning, naming browser and profile, when the store's browser runs."""
    if is_running(ref):
        raise BrowserRunning(say("write.unchanged", why=running_message(ref)))
