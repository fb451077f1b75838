"""The tool's only writes to a cookie store: deleting chosen rows, and putting a backup back.

Both go the same way: the guard (the owning browser must be closed); a connection to the live
file itself, never the reader's private copy, that waits for no lock, so a lock held by a
running Firefox fails at once; a backup through SQLite's backup API taken inside the same
read transaction the write then upgrades (nobody can write in between without the write
failing); one transaction; and a check from a second connection afterwards. The journal mode
is never set: Firefox's store stays WAL, Chromium's keeps its rollback journal. When anything
fails after the backup, the store is compared with what it held before and, if it differs,
put back from the backup; the message says which.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from tui.frozen import replace
from tui.model import Family, StoreRef
from tui.paths import Held
from tui.stores import guard
from tui.stores.backup import (
    Backup,
    BackupError,
    Backups,
    StoreBusy,
    abort_when_busy,
)
from tui.stores.errors import sqlite_reason
from tui.stores.guard import BrowserRunning
from tui.stores.held_signals import deliver, holding_signals
from tui.stores.rows import (
    Key,
    Mismatch,
    Rows,
    Table,
    bytes_of,
    journal_mode,
    key_values,
    quick_check,
    quote,
    raw_text,
    snapshot,
    table_of,
    verify,
    without,
)
from tui.stores.sqlite_read import BRIEF_LOCK_S, decode_text
from tui.texts import Problem, Said, say
from tui.textsafe import printable


class WriteError(Problem):
    """A write failed; says why and what became of the store, without any value."""


def store_at(path: Path, reason: object) -> Said:
    return say("store.at", path=printable(str(path), 300), reason=reason)


def _unchanged(why: object) -> Said:
    return say("write.unchanged", why=why)


def _before_commit(ref: StoreRef, connection: sqlite3.Connection) -> None:
    """Runs after the last check and the audit's intent, just before COMMIT (or a restore's
    copy): tests replace it to kill the process there, or to change the store behind the
    checks' back."""


class Journal:
    """What a write tells the audit around its commit (tui/intents.py keeps the log); this
    one records nothing, for callers without a log."""

    def intend(self, ref: StoreRef, backup: Backup, keys: Sequence[Key]) -> None:
        """Just before COMMIT, the backup taken: the intent made durable; raises WriteError
        (and the write is rolled back) when it cannot be."""

    def done(self, ref: StoreRef, backup: Backup) -> None:
        """After the verified commit, under the lock: the intent completed. Never raises."""

    def undone(self) -> None:
        """Nothing was committed: the intent goes."""

    def release(self) -> None:
        """The write is over; an intent neither done nor undone stays for the next run."""


def delete_rows(
    ref: StoreRef,
    keys: Iterable[Key],
    backups: Backups,
    journal: Journal | None = None,
) -> Backup:
    """Deletes exactly the rows with these full unique keys, in one verified transaction.

    Returns the backup taken just before. `journal` is told of the write before COMMIT and
    after the verified write, while this tool's lock on the store is still held (so the audit
    log's order is the order of the writes). Raises BrowserRunning when the browser runs or
    holds the store locked, WriteError otherwise; the message then says whether the store
    holds what it held before (checked) or was put back from the backup; CommittedInterrupt
    when Ctrl+C came once COMMIT had started.
    """
    keys = list(keys)
    if not keys:
        raise ValueError("delete_rows needs at least one key")
    journal = journal or Journal()
    ref = _real_ref(ref)
    # Checked before the lock too, so a refused write leaves no trace in the state dir.
    guard.ensure_closed(ref)
    with _locked(ref, backups):
        _precheck(ref)
        with _open(ref) as connection:
            table = table_of(connection, ref.family)
            chosen = {key_values(table, key) for key in keys}
            mode = journal_mode(connection)
            connection.execute("BEGIN")
            try:
                before = snapshot(connection, table)
                expected = without(before, table, chosen)
                backup = _backup(connection, ref, backups, before, table, "before delete")
            except BaseException:
                _rollback(connection)
                raise
            committed = False
            try:
                deleted = _delete_keys(connection, table, chosen)
                if deleted != len(chosen):
                    raise Mismatch(say("write.deleted-count", deleted=deleted, chosen=len(chosen)))
                verify(connection, table, expected)
                journal.intend(ref, backup, keys)
                _before_commit(ref, connection)
                with holding_signals() as caught:
                    connection.execute("COMMIT")
                    committed = True
                    _verify_again(ref, table, expected, mode)
                    journal.done(ref, backup)
                    _prune(backups, ref, backup.id)
            except (sqlite3.Error, Mismatch) as exc:
                _rollback(connection)
                if not committed:
                    journal.undone()
                raise _settle(ref, table, before, backup, exc, committed) from None
            except BaseException:
                _rollback(connection)
                if not committed:
                    journal.undone()
                raise
            finally:
                journal.release()
    deliver(caught, backup)
    return backup


def restore_backup(
    backup: Backup,
    backups: Backups,
    journal: Journal | None = None,
) -> Backup | None:
    """Puts the whole store back as `backup` holds it; returns the backup of what it replaced,
    or None when the store already holds what the backup holds (then nothing is written, no
    backup is taken and none is pruned).

    Every site's cookies go back to that moment, not only the ones a deletion removed.
    `journal` is told as by `delete_rows` (with the backup of what the restore replaced).
    """
    journal = journal or Journal()
    ref = _real_ref(backup.ref)
    guard.ensure_closed(ref)
    with _locked(ref, backups):
        _precheck(ref)
        with _open(ref) as connection:
            table = table_of(connection, ref.family)
            target = _backup_rows(backup, connection, table)
            mode = journal_mode(connection)
            connection.execute("BEGIN")
            try:
                current = snapshot(connection, table)
                if current == target:
                    return None
                safety = _backup(connection, ref, backups, current, table, "before restore")
            finally:
                # The backup API writes to the store only outside a transaction of its own.
                # The guard said the browser is closed and the lock keeps this tool's other
                # runs out, so nothing writes in between.
                _rollback(connection)
            committed = False
            try:
                journal.intend(ref, safety, ())
                _before_commit(ref, connection)
                with holding_signals() as caught:
                    _copy_into(backup.file, connection)
                    committed = True
                    _verify_again(ref, table, target, mode)
                    journal.done(ref, safety)
                    _prune(backups, ref, safety.id, backup.id)
            except (sqlite3.Error, Mismatch, StoreBusy) as exc:
                if not committed:
                    journal.undone()
                raise _settle(ref, table, current, safety, exc, committed) from None
            except BaseException:
                if not committed:
                    journal.undone()
                raise
            finally:
                journal.release()
    deliver(caught, safety)
    return safety


# ---- the steps


def _real_ref(ref: StoreRef) -> StoreRef:
    """The ref with its store's real path: links resolved once, before the guard, the lock
    and the writing connection all use it, so no link can hide which file (and so which
    profile and browser) is written."""
    if ref.family not in (Family.CHROMIUM, Family.FIREFOX):
        raise WriteError(say("write.family", browser=printable(ref.browser, 40)))
    try:
        real = ref.path.resolve(strict=True)
    except OSError:
        raise WriteError(_unchanged(store_at(ref.path, say("write.no-store")))) from None
    return replace(ref, path=real)


def _locked(ref: StoreRef, backups: Backups) -> Held:
    """This tool's lock on the store, so that two of its runs never write it at once."""
    try:
        return backups.lock(ref.path)
    except BackupError as exc:
        raise WriteError(_unchanged(exc.said)) from None


def _prune(backups: Backups, ref: StoreRef, *keep: str) -> None:
    # Housekeeping after a verified write: failing to prune loses nothing.
    with contextlib.suppress(BackupError, OSError):
        backups.prune(ref.path, keep_ids=keep)


def _precheck(ref: StoreRef) -> None:
    """Under the lock, just before writing: the browser closed, the store writable."""
    guard.ensure_closed(ref)
    if not ref.path.is_file():
        raise WriteError(_unchanged(store_at(ref.path, say("write.no-store"))))
    # Journal and WAL files are created beside the store, so its directory must be writable.
    beside = [Path(f"{ref.path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]
    for path in [ref.path, ref.path.parent, *(p for p in beside if p.exists())]:
        if not os.access(path, os.W_OK):
            raise WriteError(_unchanged(store_at(ref.path, say("write.read-only"))))


@contextlib.contextmanager
def _connect(path: Path, mode: str) -> Iterator[sqlite3.Connection]:
    # mode=rw never creates a missing file. The busy timeout lets a reader that holds the
    # store for a moment (another run's scan, the planning read of a second `delete`) finish
    # before COMMIT; a lock held longer is a program using the store, and the write is refused.
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    connection = sqlite3.connect(uri, uri=True, timeout=BRIEF_LOCK_S, isolation_level=None)
    # Text is read as the reader reads it, so no cell can fail to decode (or quote a value in
    # the error that says so), and keys compare with the reader's.
    connection.text_factory = decode_text
    if mode == "rw":
        # A deleted cookie's value (a log-in, for sessionid) would otherwise stay readable in
        # the file's free pages; this setting belongs to the connection, not to the store.
        connection.execute("PRAGMA secure_delete = ON")
    try:
        yield connection
    finally:
        connection.close()


def _live(path: Path) -> contextlib.AbstractContextManager[sqlite3.Connection]:
    return _connect(path, "rw")


def reading(path: Path) -> contextlib.AbstractContextManager[sqlite3.Connection]:
    return _connect(path, "ro")


@contextlib.contextmanager
def _open(ref: StoreRef) -> Iterator[sqlite3.Connection]:
    """The live store; failures before anything was written become errors saying so."""
    try:
        with _live(ref.path) as connection:
            yield connection
    except (sqlite3.Error, Mismatch, BackupError, StoreBusy, OSError) as exc:
        kind, why = _describe(ref, exc)
        raise kind(_unchanged(why)) from None


def _delete_keys(
    connection: sqlite3.Connection, table: Table, chosen: set[tuple[object, ...]]
) -> int:
    """Deletes the rows with these key values; returns how many went.

    Each value is matched as SQLite holds it (`IS`, so NULL, type and bytes must agree). Text
    whose bytes are not UTF-8 comes from the reader as a str with lone surrogates, which
    Python cannot bind as text: it is bound as its bytes and cast back to TEXT, which SQLite
    does byte for byte, so exactly that row matches.
    """
    shapes: dict[tuple[bool, ...], list[tuple[object, ...]]] = {}
    for values in chosen:
        shape = tuple(raw_text(value) for value in values)
        shapes.setdefault(shape, []).append(
            tuple(bytes_of(v) if raw else v for v, raw in zip(values, shape, strict=True))
        )
    deleted = 0
    for shape, rows in shapes.items():
        where = " AND ".join(
            f"{quote(column)} IS {'CAST(? AS TEXT)' if raw else '?'}"
            for column, raw in zip(table.key, shape, strict=True)
        )
        # Closed at once: a statement left open keeps the file open after close().
        with contextlib.closing(
            connection.executemany(f"DELETE FROM {quote(table.name)} WHERE {where}", rows)
        ) as cursor:
            deleted += cursor.rowcount
    return deleted


def _verify_again(ref: StoreRef, table: Table, expected: Rows, mode: str) -> None:
    """The check after COMMIT, through a second connection that sees only what is stored."""
    with _live(ref.path) as second:
        verify(second, table, expected)
        if journal_mode(second) != mode:
            raise Mismatch(say("write.journal", mode=mode))


def _backup(
    connection: sqlite3.Connection,
    ref: StoreRef,
    backups: Backups,
    before: Rows,
    table: Table,
    reason: str,
) -> Backup:
    backup = backups.create(connection, ref, reason, rows=sum(before[table.name].values()))
    with reading(backup.file) as copy:
        quick_check(copy)
        if snapshot(copy, table) != before:
            raise Mismatch(say("write.backup-mismatch", backup=backup.id))
    return backup


def _backup_rows(backup: Backup, live: sqlite3.Connection, table: Table) -> Rows:
    """The backup's rows, once it is known to be whole and of the store's present schema."""
    with reading(backup.file) as source:
        quick_check(source)
        schema = "SELECT type, name, tbl_name, sql FROM sqlite_master"
        if set(source.execute(schema)) != set(live.execute(schema)):
            raise Mismatch(say("write.schema-changed", backup=backup.id))
        return snapshot(source, table)


def _copy_into(backup_file: Path, connection: sqlite3.Connection) -> None:
    # One backup step of all pages: SQLite writes them in a single transaction of the store.
    with reading(backup_file) as source:
        source.backup(connection, progress=abort_when_busy)


def _rollback(connection: sqlite3.Connection) -> None:
    if connection.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")


def _settle(
    ref: StoreRef,
    table: Table,
    before: Rows,
    backup: Backup,
    exc: BaseException,
    committed: bool,
) -> Problem:
    """After a failed write: say what became of the store.

    Only a change this process committed is ever undone from its backup. A failure before the
    commit changed nothing (the transaction was rolled back): the store is then checked and
    left as it is, even if it no longer matches what was read -- another writer's change is
    not this tool's to undo.
    """
    kind, why = _describe(ref, exc)
    try:
        with _live(ref.path) as check:
            if not committed:
                try:
                    verify(check, table, before)
                except Mismatch:
                    return kind(say("write.unchanged-other", why=why))
                return kind(say("write.unchanged-checked", why=why))
            try:
                verify(check, table, before)
            except Mismatch:
                _copy_into(backup.file, check)
                verify(check, table, before)
                return kind(say("write.put-back", why=why, backup=backup.id))
            return kind(say("write.unchanged-checked", why=why))
    except (sqlite3.Error, Mismatch, StoreBusy):
        return WriteError(say("write.not-put-back", why=why, backup=backup.id))


_SQLITE_REASONS = {
    sqlite3.SQLITE_READONLY: "write.read-only",
    sqlite3.SQLITE_FULL: "sqlite.full",
    sqlite3.SQLITE_CANTOPEN: "write.cantopen",
    sqlite3.SQLITE_CORRUPT: "write.damaged-store",
    sqlite3.SQLITE_NOTADB: "store.not-sqlite",
    sqlite3.SQLITE_IOERR: "sqlite.ioerr",
}


def _nearly_full(directory: Path) -> bool:
    try:
        return shutil.disk_usage(directory).free < 1 << 20
    except OSError:
        return False


def _describe(ref: StoreRef, exc: BaseException) -> tuple[type[Problem], Said]:
    """The exception class to raise and one line saying what went wrong, never a value."""
    if isinstance(exc, BackupError):
        return WriteError, exc.said
    if isinstance(exc, Mismatch):
        return WriteError, store_at(ref.path, exc.said)
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if isinstance(exc, StoreBusy) or code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return BrowserRunning, guard.locked_message(ref)
    if code == sqlite3.SQLITE_IOERR and _nearly_full(ref.path.parent):
        # A WAL store on a full disk fails to map its -shm file: an I/O error, not SQLITE_FULL.
        code = sqlite3.SQLITE_FULL
    if code in _SQLITE_REASONS:
        return WriteError, store_at(ref.path, say(_SQLITE_REASONS[code]))
    if isinstance(exc, OSError):
        return WriteError, store_at(ref.path, exc.strerror or exc.__class__.__name__)
    # Never str(exc): SQLite's messages can quote data ("Could not decode ... with text '...'").
    return WriteError, store_at(ref.path, sqlite_reason(exc))
