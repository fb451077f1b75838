"""Is the browser that owns a store running? Reading marks such stores; writing refuses them."""

from __future__ import annotations

import errno
import os
import socket
import sys
from pathlib import Path

from tui.model import Family, StoreRef


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
    return True


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

    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError:
        return False
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            return exc.errno in (errno.EACCES, errno.EAGAIN)
        fcntl.lockf(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def is_running(ref: StoreRef) -> bool:
    if ref.lock_dir is None:
        return False
    if ref.family is Family.CHROMIUM:
        return chromium_running(ref.lock_dir)
    if ref.family is Family.FIREFOX:
        return firefox_running(ref.lock_dir)
    return False
