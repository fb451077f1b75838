"""What a deletion removes and why, the deletion itself across stores, and putting stores back.

Plan, then write. `plan_deletion` applies the rule of "delete non-necessary": every cookie of
the site whose category is not necessary; unclassified ones only when asked; when names are
given, exactly the cookies with those names (the only way a necessary cookie goes, with a
warning of what follows). `plan_picked` plans the cookies a person picked in the app.
`delete(plan)` writes it store by store (guard, backup, one verified transaction, audit);
`restore(backup_id)` and `undo(result)` put stores back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tui import audit as audit_records
from tui.audit import AuditLog
from tui.catalog import Catalog, Text
from tui.model import UNCLASSIFIED, Cookie, Family, Inspection, Store, StoreRef
from tui.paths import StateDirError
from tui.stores import guard
from tui.stores.backup import Backup, BackupError, Backups
from tui.stores.delete import Difference, WriteError, delete_rows, difference, restore_backup
from tui.stores.guard import BrowserRunning

NECESSARY = "necessary"
# Why a cookie is in a plan.
NOT_NECESSARY = "not_necessary"
INCLUDED_UNCLASSIFIED = "unclassified"
NAMED = "named"
PICKED = "picked"


@dataclass(frozen=True)
class Planned:
    cookie: Cookie
    # NOT_NECESSARY, INCLUDED_UNCLASSIFIED, NAMED or PICKED.
    reason: str
    # What follows the deletion (the catalogue's on_delete); None when the catalogue does not
    # know the cookie.
    effect: Text | None

    @property
    def necessary(self) -> bool:
        return self.cookie.category == NECESSARY


@dataclass(frozen=True)
class Plan:
    items: tuple[Planned, ...]
    # The site's cookies that stay.
    kept: tuple[Cookie, ...] = ()
    # Stores nothing can be deleted from, and why.
    skipped: tuple[tuple[Store, str], ...] = ()
    # Names asked for that no cookie of the site has.
    unmatched: tuple[str, ...] = ()

    @property
    def warnings(self) -> tuple[Planned, ...]:
        """The necessary cookies in the plan: the person must be told what follows."""
        return tuple(item for item in self.items if item.necessary)

    def by_store(self) -> list[tuple[Store, tuple[Planned, ...]]]:
        groups: dict[str, tuple[Store, list[Planned]]] = {}
        for item in self.items:
            store = item.cookie.store
            groups.setdefault(store.id, (store, []))[1].append(item)
        return [(store, tuple(items)) for store, items in groups.values()]


def plan_deletion(
    inspection: Inspection,
    catalog: Catalog,
    include_unclassified: bool = False,
    names: Iterable[str] = (),
) -> Plan:
    """The plan for "delete non-necessary", or for exactly the named cookies."""
    wanted = set(names)
    chosen: list[tuple[Cookie, str]] = []
    for cookie in inspection.cookies:
        reason = _reason(cookie, include_unclassified, wanted)
        if reason is not None:
            chosen.append((cookie, reason))
    have = {cookie.raw.name for cookie in inspection.cookies}
    unmatched = tuple(sorted(wanted - have))
    return _plan(catalog, inspection.cookies, chosen, unmatched)


def _reason(cookie: Cookie, include_unclassified: bool, wanted: set[str]) -> str | None:
    if wanted:
        return NAMED if cookie.raw.name in wanted else None
    if cookie.category == UNCLASSIFIED:
        return INCLUDED_UNCLASSIFIED if include_unclassified else None
    return None if cookie.category == NECESSARY else NOT_NECESSARY


def plan_picked(cookies: Iterable[Cookie], catalog: Catalog, every: Iterable[Cookie] = ()) -> Plan:
    """The plan for cookies picked one by one (the app's selection), whatever their category.

    `every` (the inspection's cookies) lets the plan say which of the site's cookies stay.
    """
    return _plan(catalog, tuple(every), [(cookie, PICKED) for cookie in cookies])


def _plan(
    catalog: Catalog,
    every: Iterable[Cookie],
    chosen: Iterable[tuple[Cookie, str]],
    unmatched: tuple[str, ...] = (),
) -> Plan:
    items: list[Planned] = []
    skipped: dict[str, tuple[Store, str]] = {}
    # The same file can be named twice (`--store X --store X`); each row goes once.
    seen: set[tuple[Path, object]] = set()
    files: dict[str, Path] = {}
    for cookie, reason in chosen:
        store = cookie.store
        why = _cannot_write(store)
        if why is not None:
            skipped.setdefault(store.id, (store, why))
            continue
        if store.id not in files:
            files[store.id] = _real(store.ref.path)
        row = (files[store.id], cookie.raw.key)
        if row in seen:
            continue
        seen.add(row)
        entry = catalog.entry(cookie.entry_id)
        items.append(Planned(cookie, reason, entry.on_delete if entry else None))
    going = {item.cookie for item in items}
    kept = tuple(cookie for cookie in every if cookie not in going)
    return Plan(tuple(items), kept, tuple(skipped.values()), unmatched)


def _cannot_write(store: Store) -> str | None:
    if store.ref.family is Family.SAFARI:
        return "Safari stores are read-only to this tool"
    if store.error:
        return "the store could not be read"
    return None


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


def running_stores(plan: Plan) -> list[tuple[Store, str]]:
    """The plan's stores whose browser runs now, each with the message that names it."""
    return [
        (store, guard.running_message(store.ref))
        for store, _ in plan.by_store()
        if guard.is_running(store.ref)
    ]


@dataclass(frozen=True)
class StoreOutcome:
    store: Store
    # What the plan asked to delete from this store.
    items: tuple[Planned, ...]
    # The backup taken just before the write; None when the write failed.
    backup: Backup | None
    error: str | None = None
    # The write was refused because the browser runs or holds the store locked.
    running: bool = False
    # The cookies are deleted but the audit log could not be written.
    audit_error: str | None = None

    @property
    def deleted(self) -> tuple[Planned, ...]:
        return self.items if self.error is None else ()


@dataclass(frozen=True)
class Result:
    outcomes: tuple[StoreOutcome, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return all(outcome.error is None for outcome in self.outcomes)

    @property
    def running(self) -> bool:
        return any(outcome.running for outcome in self.outcomes)

    @property
    def deleted(self) -> tuple[Planned, ...]:
        return tuple(item for outcome in self.outcomes for item in outcome.deleted)


def delete(
    plan: Plan,
    backups: Backups | None = None,
    log: AuditLog | None = None,
    now: datetime | None = None,
) -> Result:
    """Writes the plan, store by store, each after its own backup.

    Raises BrowserRunning, writing nothing, when the browser of any store in the plan runs.
    A store that fails later (locked meanwhile, read-only, disk full, a check that does not
    hold) is reported in its outcome and left as it was; the others are still written.
    """
    backups = backups or Backups()
    log = log or AuditLog()
    running = running_stores(plan)
    if running:
        raise BrowserRunning("; ".join(message for _, message in running) + "; nothing was changed")
    outcomes = []
    for store, items in plan.by_store():
        audit_error: list[str] = []

        def audit(
            ref: StoreRef,
            backup: Backup,
            items: tuple[Planned, ...] = items,
            errors: list[str] = audit_error,
        ) -> None:
            # Called while the store is still locked, so the log lists writes in their order.
            when = now or datetime.now(UTC)
            records = [
                audit_records.deletion(
                    when,
                    ref,
                    item.cookie.raw.host,
                    item.cookie.raw.name,
                    item.cookie.raw.path,
                    item.cookie.category,
                    backup.id,
                )
                for item in items
            ]
            errors.extend(_write_log(log, records))

        try:
            keys = [item.cookie.raw.key for item in items]
            backup = delete_rows(store.ref, keys, backups, then=audit)
        except BrowserRunning as exc:
            outcomes.append(StoreOutcome(store, items, None, str(exc), running=True))
            continue
        except WriteError as exc:
            outcomes.append(StoreOutcome(store, items, None, str(exc)))
            continue
        outcomes.append(StoreOutcome(store, items, backup, audit_error=_first(audit_error)))
    return Result(tuple(outcomes))


def _write_log(log: AuditLog, records: list[audit_records.Record]) -> list[str]:
    """[] when written, else the one line saying why not."""
    try:
        log.write(records)
    except StateDirError as exc:
        return [f"the audit log could not be written: {exc}"]
    except OSError as exc:
        return [f"the audit log {log.path} could not be written: {exc.strerror or exc}"]
    return []


def _first(errors: list[str]) -> str | None:
    return errors[0] if errors else None


@dataclass(frozen=True)
class Restored:
    backup: Backup
    # The backup of the state the restore replaced (itself restorable); None when the store
    # already held what the backup holds, so nothing was written.
    replaced: Backup | None
    audit_error: str | None = None


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

    Raises BackupError (no such backup), BrowserRunning or WriteError.
    """
    backups = backups or Backups()
    log = log or AuditLog()
    backup = backups.get(backup_id)
    audit_error: list[str] = []

    def audit(ref: StoreRef, replaced: Backup) -> None:
        record = audit_records.restore(now or datetime.now(UTC), ref, backup.id, replaced.id)
        audit_error.extend(_write_log(log, [record]))

    replaced = restore_backup(backup, backups, then=audit)
    return Restored(backup, replaced, _first(audit_error))


def undo(
    result: Result,
    backups: Backups | None = None,
    log: AuditLog | None = None,
) -> list[tuple[StoreOutcome, Restored | None, str | None]]:
    """Restores the backup of every store the deletion changed: (outcome, restored, error)."""
    done: list[tuple[StoreOutcome, Restored | None, str | None]] = []
    for outcome in result.outcomes:
        if outcome.backup is None or not outcome.deleted:
            continue
        try:
            done.append((outcome, restore(outcome.backup.id, backups, log), None))
        except (BackupError, BrowserRunning, WriteError) as exc:
            done.append((outcome, None, str(exc)))
    return done
