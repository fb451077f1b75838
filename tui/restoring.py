"""Putting a store back from one of its backups: what it would change, and the restore."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tui import audit as audit_records
from tui.audit import AuditLog
from tui.intents import AuditJournal, settle_interrupted, unchanged_audit
from tui.model import StoreRef
from tui.paths import StateDirError
from tui.stores.backup import Backup, Backups
from tui.stores.compare import Difference, difference
from tui.stores.write import WriteError, restore_backup
from tui.texts import Said


@dataclass(frozen=True)
class Restored:
    backup: Backup
    # The backup of the state the restore replaced (itself restorable); None when the store
    # already held what the backup holds, so nothing was written.
    replaced: Backup | None
    audit_error: Said | None = None


def preview_restore(backup_id: str, backups: Backups | None = None) -> tuple[Backup, Difference]:
    """The backup and what restoring it would change; raises BackupError or WriteError."""
    backup = (backups or Backups()).get(backup_id)
    return backup, difference(backup)


def restore(
    backup_id: str,
    backups: Backups | None = None,
    log: AuditLog | None = None,
    now: datetime | None = None,
) -> Restored:
    """Puts a backup back over its store (under the same guard as deleting).

    Raises BackupError (no such backup), BrowserRunning or WriteError (the audit log that
    cannot be written included: then nothing is); CommittedInterrupt when Ctrl+C came while
    the restore was committing (it was made, and audited).
    """
    backups = backups or Backups()
    log = log or AuditLog()
    settle_interrupted(backups, log)
    backup = backups.get(backup_id)

    def records(ref: StoreRef, replaced: Backup) -> list[audit_records.Record]:
        return [audit_records.restore(now or datetime.now(UTC), ref, backup.id, replaced.id)]

    try:
        appender = log.opened()
    except (StateDirError, OSError) as exc:
        raise WriteError(unchanged_audit(log, exc)) from None
    with appender:
        journal = AuditJournal(log, appender, records, target=backup.id)
        replaced = restore_backup(backup, backups, journal)
    settle_interrupted(backups, log)
    return Restored(backup, replaced, journal.error)
