"""Stand-ins for Windows refusing a file that the running browser holds.

Chrome 114 and later hold `Cookies` with exclusive access on Windows while they run (the
LockProfileCookieDatabase feature, `exclusive=true` in the SQLite URI); any other program
that opens or copies it gets ERROR_SHARING_VIOLATION (yt-dlp #7271, browser_cookie3 #180,
kooky #65). Windows cannot be had here, so `Browser` stands in for it at exactly the call that
fails there, with the error Windows gives at that call: the reader's own opens of the file
(`open_regular` for the header, `_copy_file` for the private copy, both CreateFileW there)
raise PermissionError with `winerror` 32 ("The process cannot access the file because it is
being used by another process"); SQLite's winOpen gives SQLITE_CANTOPEN
("unable to open database file"), or SQLITE_BUSY ("database is locked") once the file is open.
Everything else stays real.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import NOW, site_specs
from tui import paths
from tui.demo.stores import write_chromium, write_firefox, write_local_state
from tui.stores import sqlite_read


class SharingViolation(PermissionError):
    """Stand-in for Windows: what Python raises there when CreateFileW is refused because
    another process opened the file without sharing ([WinError 32], errno EACCES)."""

    winerror = 32

    def __init__(self, path: Path) -> None:
        super().__init__(
            13,
            "The process cannot access the file because it is being used by another process",
            str(path),
        )


def _operational(message: str, code: int) -> sqlite3.OperationalError:
    """Stand-in for Windows: the error Python's sqlite3 raises when SQLite's winOpen fails
    (SQLITE_CANTOPEN, "unable to open database file") or a lock is held (SQLITE_BUSY)."""
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


class Browser:
    """Chrome holding `path` exclusively, as Windows enforces it, until `release()`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path, at: str) -> None:
        self.path, self.holding = path.resolve(), True
        if at == "open":
            # The reader's first look at the file: the open of its header read (CreateFileW).
            real_open = sqlite_read.open_regular

            def open_(path_: Path) -> int:
                if self.holding and Path(path_).resolve() == self.path:
                    raise SharingViolation(Path(path_))
                return real_open(path_)

            monkeypatch.setattr(sqlite_read, "open_regular", open_)
            return
        # SQLite's open (or its first read) fails on Windows, then the copy does too.
        monkeypatch.setattr(paths, "ON_WINDOWS", True)
        real_connect, real_copy = sqlite_read._connect_ro, sqlite_read._copy_file
        failure = (
            _operational("unable to open database file", sqlite3.SQLITE_CANTOPEN)
            if at == "sqlite-open"
            else _operational("database is locked", sqlite3.SQLITE_BUSY)
        )

        def connect(path_: Path) -> sqlite3.Connection:
            if self.holding and path_.resolve() == self.path:
                if at == "sqlite-open":
                    raise failure
                connection = real_connect(path_)
                connection.close()
                raise failure
            return real_connect(path_)

        def copy(source: Path, target: Path) -> None:
            # The copy's open of the file (CreateFileW), refused as the browser holds it.
            if self.holding and source.resolve() == self.path:
                raise SharingViolation(source)
            real_copy(source, target)

        monkeypatch.setattr(sqlite_read, "_connect_ro", connect)
        monkeypatch.setattr(sqlite_read, "_copy_file", copy)

    def release(self) -> None:
        self.holding = False


def chrome_and_firefox(root: Path) -> tuple[Path, Path]:
    """A Chromium profile "Work" (the store Windows will keep closed) and a Firefox one."""
    user_data = root / "chromium"
    write_local_state(user_data, {"Default": "Work"})
    held = write_chromium(user_data / "Default" / "Cookies", site_specs(), now=NOW)
    free = write_firefox(root / "firefox" / "a.default" / "cookies.sqlite", site_specs(), now=NOW)
    return held, free


def _open_in_this_process() -> set[str]:
    names: set[str] = set()
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            names.add(os.readlink(f"/proc/self/fd/{fd}"))
    return names


def _named(path: str | os.PathLike[str], dir_fd: int | None) -> str:
    # Resolved as the open files' names are: the state dir is reached through its held
    # descriptor (/proc/self/fd/N/..., tui/paths.py).
    where = os.readlink(f"/proc/self/fd/{dir_fd}") if dir_fd is not None else os.getcwd()
    return os.path.realpath(os.path.join(where, os.fspath(path)))


def open_files_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stand-in for Windows at the calls that differ for a file this process holds open:
    deleting it (DeleteFileW) and renaming it or onto it (MoveFileExW) fail there with
    ERROR_SHARING_VIOLATION, PermissionError [WinError 32] in Python, unless every handle to
    it was opened with FILE_SHARE_DELETE, which neither Python's os.open (the C runtime's
    _wopen) nor SQLite's winOpen (src/os_win.c) asks for. Everything else stays real; the
    tool is told it runs on Windows (tui.paths.ON_WINDOWS) and nothing more."""
    monkeypatch.setattr(paths, "ON_WINDOWS", True)
    real_unlink, real_replace, real_rename = os.unlink, os.replace, os.rename

    def refuse_if_open(*names: str) -> None:
        held = _open_in_this_process()
        for name in names:
            if name in held:
                raise SharingViolation(Path(name))

    def unlink(path: str | os.PathLike[str], *, dir_fd: int | None = None) -> None:
        refuse_if_open(_named(path, dir_fd))
        real_unlink(path, dir_fd=dir_fd)

    def moved(real: Callable[..., None]) -> Callable[..., None]:
        def move(
            source: str | os.PathLike[str],
            target: str | os.PathLike[str],
            *,
            src_dir_fd: int | None = None,
            dst_dir_fd: int | None = None,
        ) -> None:
            refuse_if_open(_named(source, src_dir_fd), _named(target, dst_dir_fd))
            real(source, target, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)

        return move

    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(os, "remove", unlink)
    monkeypatch.setattr(os, "replace", moved(real_replace))
    monkeypatch.setattr(os, "rename", moved(real_rename))
