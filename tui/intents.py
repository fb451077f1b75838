"""The audit of one store's write around its COMMIT, and settling writes a killed run left.

Before COMMIT a write leaves an intent on disk (the store, the backup, the keys and the audit
lines it will write); after its verified commit the lines are written and the intent goes.
A run killed in between leaves the intent: `settle_interrupted`, which every run calls first,
looks at what the store holds and logs each line as done or not done.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from tui import audit as audit_records
from tui.audit import Appender, AuditLog, Intent
from tui.model import Family, StoreRef
from tui.paths import StateDirError
from tui.stores.backup import Backup, BackupError, Backups
from tui.stores.compare import difference, keys_present
from tui.stores.rows import Key
from tui.stores.write import Journal, WriteError
from tui.texts import Said, say
from tui.textsafe import printable

Records = Callable[[StoreRef, Backup], list[audit_records.Record]]


class AuditJournal(Journal):
    """The audit side of one store's write: the intent before COMMIT, the lines after."""

    def __init__(
        self, log: AuditLog, appender: Appender, records: Records, target: str | None = None
    ) -> None:
        self.log = log
        self.appender = appender
        self.records = records
        # For a restore: the backup put back, which tells a later run whether it was.
        self.target = target
        self.error: Said | None = None
        self._intent: Intent | None = None
        self._lines: list[audit_records.Record] = []

    def intend(self, ref: StoreRef, backup: Backup, keys: Sequence[Key]) -> None:
        self._lines = self.records(ref, backup)
        document = {
            "store": _ref_fields(ref),
            "backup": backup.id,
            "target": self.target,
            "keys": [[[column, _encoded(value)] for column, value in key] for key in keys],
            "records": self._lines,
        }
        try:
            self._intent = self.log.intend(document)
        except (StateDirError, OSError) as exc:
            raise WriteError(unchanged_audit(self.log, exc)) from None

    def done(self, ref: StoreRef, backup: Backup) -> None:
        if self._intent is None:
            return
        try:
            self._intent.done(self.appender, self._lines)
        except OSError as exc:
            # Committed: the intent stays on disk, and the next run writes these lines.
            self.error = say(
                "audit.later", path=printable(str(self.log.path), 300), reason=_os_reason(exc)
            )

    def undone(self) -> None:
        if self._intent is not None:
            self._intent.drop()

    def release(self) -> None:
        if self._intent is not None:
            self._intent.release()


def unchanged_audit(log: AuditLog, exc: BaseException) -> Said:
    if isinstance(exc, StateDirError):
        why = say("audit.failed", reason=exc.said)
    else:
        reason = _os_reason(exc)
        why = say("audit.failed.at", path=printable(str(log.path), 300), reason=reason)
    return say("write.unchanged", why=why)


def _os_reason(exc: BaseException) -> str:
    reason = getattr(exc, "strerror", None)
    return str(reason) if reason else exc.__class__.__name__


def _ref_fields(ref: StoreRef) -> dict[str, str | None]:
    return {
        "browser": ref.browser,
        "profile": ref.profile,
        "family": ref.family.value,
        "path": str(ref.path),
        "lock_dir": str(ref.lock_dir) if ref.lock_dir else None,
    }


def _ref_of(fields: dict[str, str | None]) -> StoreRef:
    lock_dir = fields.get("lock_dir")
    return StoreRef(
        str(fields["browser"]),
        str(fields["profile"]),
        Family(str(fields["family"])),
        Path(str(fields["path"])),
        Path(lock_dir) if lock_dir else None,
    )


def _encoded(value: object) -> object:
    # Key columns hold text, numbers, NULL or (rarely) bytes; JSON keeps all but bytes, and
    # ASCII-escaped JSON keeps the lone surrogates of text that was not UTF-8.
    return {"hex": value.hex()} if isinstance(value, bytes) else value


def _decoded(value: object) -> object:
    if isinstance(value, dict):
        return bytes.fromhex(str(value["hex"]))
    return value


def settle_interrupted(
    backups: Backups | None = None, log: AuditLog | None = None, now: datetime | None = None
) -> list[Said]:
    """Completes the audit of writes whose run was killed between its intent and its lines:
    each row deleted (or restore made) by the store is logged as done, the others as not done.
    Returns one line per settled write. Every run calls this first; an intent whose store
    another run is writing now, or which cannot be read now, waits for a later run."""
    backups = backups or Backups()
    log = log or AuditLog()
    if not log.has_pending():
        return []
    said: list[Said] = []
    with contextlib.suppress(StateDirError, OSError):
        for intent in log.orphans():
            try:
                said.extend(_settle(intent, backups, log, now or datetime.now(UTC)))
            finally:
                intent.release()
    return said


def _settle(intent: Intent, backups: Backups, log: AuditLog, when: datetime) -> list[Said]:
    document = intent.document
    try:
        ref = _ref_of(document["store"])
        records: list[audit_records.Record] = list(document["records"])
        keys = [tuple((str(c), _decoded(v)) for c, v in key) for key in document["keys"]]
        target = document.get("target")
    except (KeyError, TypeError, ValueError, AttributeError):
        intent.drop()  # not an intent this tool wrote
        return []
    try:
        logged = log.read() if records else []
        if records and all(record in logged for record in records):
            # The run was killed after its lines reached the log, before its intent went:
            # nothing is left to settle, and settling it would log the write twice.
            intent.drop()
            return []
        with backups.lock(ref.path, wait=0):
            if target is None:
                done = [not here for here in keys_present(ref, keys)]
            else:
                changes = difference(backups.get(str(target)))
                restored = not (changes.back or changes.removed or changes.changed)
                done = [restored] * len(records)
            log.write(
                audit_records.settled(record, when, happened)
                for record, happened in zip(records, done, strict=True)
            )
            intent.drop()
    except (BackupError, WriteError, StateDirError, OSError, ValueError):
        return []
    store = printable(str(ref.path), 300)
    if target is not None:
        return [
            say(
                "audit.settled.restored" if all(done) else "audit.settled.not-restored", store=store
            )
        ]
    deleted = sum(done)
    return [say("audit.settled.delete", store=store, done=deleted, not_done=len(done) - deleted)]
