"""A read-only store, a full disk, or a check that does not hold: a clear error, nothing lost.

How each condition is made real here (root ignores file permissions):
- read-only: chmod when not root; as root a read-only bind mount, else `chattr +i`; else the
  test is skipped locally with the reason, and fails in CI (CI=true) rather than skip.
- full disk: a tiny tmpfs filled up (root, mount allowed); else RLIMIT_FSIZE in a child
  process, which can only make the backup fail (the store's own write then never starts), so
  the test of a full disk under the store itself skips there.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import SITE
from tests.helpers.processes import python_child, read_only_view, succeeds
from tests.helpers.stores import Place, all_rows, chromium_user_data, firefox_profile, integrity
from tui.catalog import load
from tui.demo.stores import Spec, write_chromium, write_firefox
from tui.model import StoreRef
from tui.paths import release_held
from tui.stores import write as writes
from tui.stores.backup import Backups
from tui.stores.read import read_store, stores_at
from tui.stores.write import WriteError, delete_rows

HOSTS = load().hosts


def _keys(
    store: Path, limit: int | None = None
) -> tuple[StoreRef, list[tuple[tuple[str, object], ...]]]:
    [ref] = stores_at(store)
    _, rows = read_store(ref, HOSTS)
    return ref, [row.key for row in rows][:limit]


@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_a_read_only_store_gives_a_clear_error_and_loses_nothing(place: Place, family: str) -> None:
    store = chromium_user_data(place.root) if family == "chromium" else firefox_profile(place.root)
    before = all_rows(store)
    with read_only_view(store.parent) as seen:
        view = seen / store.name
        with pytest.raises(WriteError) as failed:
            ref, keys = _keys(view)
            delete_rows(ref, keys, place.backups)
        assert "the store is read-only" in str(failed.value)
        assert "nothing was changed" in str(failed.value)
    assert all_rows(store) == before
    assert integrity(store) == ["ok"]
    assert place.backups.all() == []


@contextlib.contextmanager
def _tiny_disk(where: Path, size: str = "4m") -> Iterator[Path]:
    where.mkdir(parents=True)
    if os.geteuid() != 0 or not succeeds(
        "mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)
    ):
        yield Path()  # the caller falls back to RLIMIT_FSIZE
        return
    try:
        yield where
    finally:
        release_held()  # this process holds the state dir it checked there open
        subprocess.run(["umount", str(where)], check=True)


def _fill(disk: Path, leave: int = 0) -> Path:
    """Fills the disk, then frees `leave` bytes; returns the filler to delete later."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 65536)
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 512)
        os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
    finally:
        os.close(fd)
    return filler


def _many(count: int) -> list[Spec]:
    return [Spec(SITE, f"_pk_id.{i}.ab", "v" * 50, path=f"/p{i % 5}") for i in range(count)]


@pytest.mark.parametrize("leave", [0, 64 * 1024])
@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_a_full_disk_under_the_store_gives_a_clear_error_and_loses_nothing(
    place: Place, family: str, leave: int
) -> None:
    with _tiny_disk(place.root / "disk") as disk:
        if disk == Path():
            # Without a tmpfs the disk cannot be filled safely; the backup-side test below still
            # runs a full disk (RLIMIT_FSIZE), so this one may skip even in CI.
            pytest.skip("no tmpfs can be mounted here (not root, or mount not allowed)")
        write = write_chromium if family == "chromium" else write_firefox
        store = write(disk / "profile" / "cookies.sqlite", _many(3000))
        before = all_rows(store)
        ref, keys = _keys(store)
        filler = _fill(disk, leave)
        with pytest.raises(WriteError) as failed:
            delete_rows(ref, keys[:2000], place.backups)
        message = str(failed.value)
        assert "the disk is full" in message and "nothing was changed" in message
        # The person frees some space: the store is whole and holds every row.
        filler.unlink()
        assert all_rows(store) == before
        assert integrity(store) == ["ok"]


_BACKUP_BEYOND_LIMIT = """
    import resource, signal, sys
    from pathlib import Path
    from tui.stores.backup import Backups
    from tui.stores.write import WriteError, delete_rows
    from tui.stores.read import read_store, stores_at
    from tui.catalog import load

    [ref] = stores_at(Path(sys.argv[1]))
    _, rows = read_store(ref, load().hosts)
    # Writing past the limit fails with EFBIG instead of killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), int(sys.argv[3])))
    try:
        delete_rows(ref, [row.key for row in rows], Backups(Path(sys.argv[2])))
    except WriteError as exc:
        print(exc)
"""


@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_no_room_for_the_backup_gives_a_clear_error_and_changes_nothing(
    place: Place, family: str
) -> None:
    write = write_chromium if family == "chromium" else write_firefox
    store = write(place.root / "profile" / "cookies.sqlite", _many(3000))
    before = all_rows(store)
    with _tiny_disk(place.root / "state") as disk:
        if disk != Path():
            # The state dir inside the tmpfs (whose own root is world-writable, 1777).
            backups = Backups(disk / "saemes-cookies" / "backups")
            _fill(disk)
            ref, keys = _keys(store)
            with pytest.raises(WriteError) as failed:
                delete_rows(ref, keys, backups)
            message = str(failed.value)
            assert "cannot write a backup in" in message and "nothing was changed" in message
            assert sorted(p.name for p in backups.root.iterdir()) == []
        else:
            # No tmpfs here: the backup file may not grow past half the store's size.
            limit = str(store.stat().st_size // 2)
            child = python_child(_BACKUP_BEYOND_LIMIT, str(store), str(place.root / "b"), limit)
            out, err = child.communicate()
            assert "cannot write a backup in" in out and "nothing was changed" in out, err
    assert all_rows(store) == before


def test_a_check_that_fails_after_commit_puts_the_backup_back_and_says_so(
    place: Place, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = chromium_user_data(place.root)
    before = all_rows(store)
    ref, keys = _keys(store, limit=1)

    def tamper(ref: StoreRef, connection: sqlite3.Connection) -> None:
        # Another row changes inside the transaction after the last check in it: the check
        # from a second connection after COMMIT must find the store wrong.
        connection.execute("UPDATE cookies SET path = '/x' WHERE name = 'sessionid'")

    monkeypatch.setattr(writes, "_before_commit", tamper)
    with pytest.raises(WriteError) as failed:
        delete_rows(ref, keys, place.backups)
    assert "the store was put back from backup" in str(failed.value)
    assert all_rows(store) == before
