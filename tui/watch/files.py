"""Has a store changed on disk? A signature of its files, cheap enough to take every second.

A browser writes a store in one of two ways: a rollback-journal database (Chromium) changes
the main file in place, under a `-journal`; a WAL database (Firefox) appends each commit to
`-wal` and now and then copies it back into the main file (a checkpoint). So the signature
covers the main file, `-wal` and `-journal`: for each, its inode, size, modification and
change times, and its first 32 bytes. Those bytes hold, in the main file, SQLite's file change
counter (offset 24, bumped by every commit of a rollback-journal database), and in `-wal` its
header (checkpoint sequence and salts, new each time the log restarts from its start), so a
commit is seen even when it lands within the file system's timestamp granularity and leaves
the size unchanged (https://www.sqlite.org/fileformat2.html, "The Database Header" and "WAL
File Format").

Taking it opens each file read-only (without blocking, regular files only: tui/regular.py),
reads 32 bytes and closes it: no lock, nothing created.
"""

from __future__ import annotations

import os
from pathlib import Path

from tui.regular import open_regular

# When browsers write a cookie the site set, which is when a look at the files can see it:
# - Chromium batches its cookie store's writes: the first change of a batch starts a 30-second
#   timer, and the batch is committed when it fires, or at once when 512 changes are pending,
#   and at shutdown (chromium/chromium, net/extras/sqlite/sqlite_persistent_cookie_store.cc,
#   Backend::BatchOperation: kCommitInterval 30 s, kCommitAfterBatchSize 512). Measured here:
#   30.0 s (tests/bench/browser_writes.py).
# - Firefox hands each cookie set or removed to its storage thread at once, one asynchronous
#   statement per change, no timer (mozilla/gecko-dev, netwerk/cookie/CookiePersistentStorage.cpp,
#   StoreCookie -> MaybeStoreCookiesToDB -> ExecuteAsync; DeleteFromDB likewise), into the
#   -wal. Measured here: 0.5 to 0.8 s from the server's answer to the row on disk.
CHROMIUM_COMMIT_INTERVAL_S = 30
CHROMIUM_COMMIT_AFTER_CHANGES = 512

SUFFIXES = ("", "-wal", "-journal")
_HEAD = 32

FileSignature = tuple[object, ...] | None
Signature = tuple[FileSignature, ...]


def signature(path: Path) -> Signature:
    return tuple(_file(Path(f"{path}{suffix}")) for suffix in SUFFIXES)


def _file(path: Path) -> FileSignature:
    try:
        # Never waits: a FIFO or a device put where a store was is a state like any other
        # (its read then says what it is), and `watch` keeps ending on Ctrl+C and SIGTERM.
        with os.fdopen(open_regular(path), "rb") as handle:
            status = os.fstat(handle.fileno())
            head = handle.read(_HEAD)
    except FileNotFoundError:
        return None
    except OSError as exc:
        # Unreadable now (a browser holding it exclusively on Windows): that is a state too;
        # the read that follows says what it is.
        return ("error", exc.errno)
    return (status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns, head)
