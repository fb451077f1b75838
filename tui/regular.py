"""Opening a file where the tool expects one, whatever is really there.

A FIFO opened for reading waits for a writer that may never come, and /dev/zero never ends: a
path that should name a store, a catalogue or a profile's settings may name either (planted,
or a link). So such files are opened with O_NONBLOCK (the open returns at once, whatever the
path is), checked with fstat on the descriptor (what was opened is what is checked), and read
with a bound. Anything but a regular file is NotAFile, an OSError that says what it is.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from tui.texts import Said, say

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
# Windows has no FIFOs to open by name, and no O_NONBLOCK.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


class NotAFile(OSError):
    """Something else than a regular file (a FIFO, a device, a directory, a socket) where
    the tool expects a file; `said` names what it is. An OSError, so every place that
    reports an unreadable file reports this one the same way."""

    def __init__(self, path: Path, mode: int) -> None:
        self.said = say("file.not-regular", kind=_kind(mode))
        super().__init__(errno.EINVAL, self.said.text("en"), str(path))


def _kind(mode: int) -> Said:
    if stat.S_ISFIFO(mode):
        return say("file.kind.fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return say("file.kind.device")
    if stat.S_ISDIR(mode):
        return say("file.kind.directory")
    if stat.S_ISSOCK(mode):
        return say("file.kind.socket")
    return say("file.kind.other")


def check_regular(path: Path) -> None:
    """Raises NotAFile when `path` exists and (through any link) is not a regular file;
    asks the file system only, opens nothing."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if not stat.S_ISREG(mode):
        raise NotAFile(path, mode)


def open_regular(path: Path, flags: int = os.O_RDONLY, follow: bool = True) -> int:
    """A descriptor of `path`, a regular file, opened without blocking whatever `path` is;
    NotAFile for anything else (a FIFO, /dev/zero, a directory). `follow=False` for files
    the tool owns: a link is then refused by the kernel (ELOOP)."""
    fd = os.open(path, flags | _NONBLOCK | _CLOEXEC | (0 if follow else _NOFOLLOW), 0o600)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotAFile(path, mode)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: Path, limit: int) -> bytes:
    """At most `limit` + 1 bytes of the regular file `path` (one more than allowed tells the
    caller it is too large); raises OSError (NotAFile for what is not a regular file)."""
    fd = open_regular(path)
    with os.fdopen(fd, "rb") as handle:
        return handle.read(limit + 1)
