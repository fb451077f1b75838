"""What a deletion removes and why, the deletion itself across stores, and putting stores back.

Plan, then write. `plan_deletion` applies the rule of "delete non-necessary": every cookie of
the site whose category is not necessary; unclassified ones only when asked; when names are
given, exactly the cookies with those names (the only way a necessary cookie goes, with a
warning of what follows); when a finding's code is given, exactly the cookies of its fix.
Hosts narrow any of these to the cookies stored on them. `plan_picked` plans the cookies a
person picked in the app. `delete(plan)` writes it store by store (guard, backup, one
verified transaction, audit), leaving a store whose browser runs as it is without holding
back the others; `undo(result)` puts them back (`restore(backup_id)`: tui/restoring.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tui import audit as audit_records
from tui.audit import AuditLog
from tui.catalog import Catalog, Text
from tui.findings import CODES
from tui.frozen import replace
from tui.intents import AuditJournal, Records, settle_interrupted, unchanged_audit
from tui.model import (
    UNCLASSIFIED,
    Cookie,
    Family,
    Finding,
    Inspection,
    Store,
    StoreRef,
    jar_of,
)
from tui.paths import StateDirError, real_path
from tui.restoring import Restored as Restored  # undo's; tui/app/ names it from here
from tui.restoring import restore
from tui.selection import fix_ids, matches
from tui.stores import guard
from tui.stores.backup import Backup, BackupError, Backups
from tui.stores.guard import BrowserRunning
from tui.stores.held_signals import CommittedInterrupt
from tui.stores.write import WriteError, delete_rows
from tui.texts import Problem, Said, bilingual, say
from tui.textsafe import printable

NECESSARY = "necessary"
# Why a cookie is in a plan.
NOT_NECESSARY = "not_necessary"
INCLUDED_UNCLASSIFIED = "unclassified"
NAMED = "named"
PICKED = "picked"
FIX = "fix"


class PlanError(Problem):
    """The deletion asked for cannot be planned (no such finding, a fix that deletes nothing);
    the one line to show."""


@dataclass(frozen=True)
class Planned:
    cookie: Cookie
    # NOT_NECESSARY, INCLUDED_UNCLASSIFIED, NAMED, FIX or PICKED.
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
    skipped: tuple[tuple[Store, Said], ...] = ()
    # Names asked for that no cookie of the site has (on the hosts asked for, if any).
    unmatched: tuple[str, ...] = ()
    # Hosts asked for that no cookie of the site is stored on.
    unmatched_hosts: tuple[str, ...] = ()
    # Stores that could not be read: what they hold is unknown, so nothing was planned there.
    unreadable: tuple[Store, ...] = ()
    # The findings whose fix this plan carries out (`delete --finding CODE`).
    fixing: tuple[Finding, ...] = ()

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

    def leaving(self, stores: Iterable[Store]) -> Plan:
        """The same plan without the cookies of these stores (those whose browser runs)."""
        left = {store.id for store in stores}
        return replace(
            self, items=tuple(item for item in self.items if item.cookie.store.id not in left)
        )


def plan_deletion(
    inspection: Inspection,
    catalog: Catalog,
    include_unclassified: bool = False,
    names: Iterable[str] = (),
    hosts: Iterable[str] = (),
    finding: str | None = None,
) -> Plan:
    """The plan for "delete non-necessary", for exactly the named cookies, or for the fix of
    the findings with code `finding`; `hosts` keeps only the cookies stored on those hosts.

    Raises PlanError when `finding` names no finding of this inspection, or findings whose
    fix deletes nothing.
    """
    wanted, on = set(names), set(hosts)
    fixing: tuple[Finding, ...] = ()
    fixed: set[str] | None = None
    if finding is not None:
        fixing = _fixing(inspection, finding)
        fixed = fix_ids(fixing, finding)
    chosen: list[tuple[Cookie, str]] = []
    for cookie in inspection.cookies:
        if not matches(cookie, (), on):
            continue
        if fixed is not None:
            reason = FIX if cookie.id in fixed and matches(cookie, wanted, ()) else None
        else:
            reason = _reason(cookie, include_unclassified, wanted)
        if reason is not None:
            chosen.append((cookie, reason))
    have = {cookie.raw.name for cookie in inspection.cookies if matches(cookie, (), on)}
    unmatched = tuple(sorted(wanted - have))
    unmatched_hosts = tuple(sorted(on - {cookie.raw.host for cookie in inspection.cookies}))
    plan = _plan(catalog, inspection.cookies, chosen, unmatched)
    return replace(
        plan,
        unmatched_hosts=unmatched_hosts,
        unreadable=unreadable_stores(inspection.stores),
        fixing=fixing,
    )


def unreadable_stores(stores: Iterable[Store]) -> tuple[Store, ...]:
    """The stores a deletion could not look into. Safari's are left out: they are never
    written, so an unreadable one (macOS asks for Full Disk Access) changes no deletion."""
    return tuple(
        store
        for store in stores
        if store.error is not None and store.ref.family is not Family.SAFARI
    )


def _fixing(inspection: Inspection, code: str) -> tuple[Finding, ...]:
    if code not in CODES:
        raise PlanError(
            say("plan.not-a-code", code=printable(repr(code), 60), codes=", ".join(CODES))
        )
    found = tuple(finding for finding in inspection.findings if finding.code == code)
    if not found:
        raise PlanError(say("plan.no-finding", code=code))
    with_fix = tuple(finding for finding in found if finding.fix_cookies)
    if not with_fix:
        fix = found[0].fix
        if fix:
            raise PlanError(
                say("plan.no-deletion.fix", code=code, fix=bilingual(fix["en"], fix["fr"]))
            )
        raise PlanError(say("plan.no-deletion", code=code))
    return with_fix


def _reason(cookie: Cookie, include_unclassified: bool, wanted: set[str]) -> str | None:
    if wanted:
        return NAMED if cookie.raw.name in wanted else None
    if cookie.category == UNCLASSIFIED:
        return INCLUDED_UNCLASSIFIED if include_unclassified else None
    return None if cookie.category == NECESSARY else NOT_NECESSARY


def copies_that_stay(plan: Plan) -> list[tuple[Planned, Cookie]]:
    """Each cookie the plan deletes while a same-name copy stays in the same jar (store,
    container, partition), with that copy. It keeps doing the cookie's work, so the
    catalogue's "if deleted" warning does not apply (a finding's fix of a duplicate)."""
    pairs = []
    for item in plan.items:
        cookie = item.cookie
        twin = next(
            (
                other
                for other in plan.kept
                if other.raw.name == cookie.raw.name and jar_of(other) == jar_of(cookie)
            ),
            None,
        )
        if twin is not None:
            pairs.append((item, twin))
    return pairs


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
    skipped: dict[str, tuple[Store, Said]] = {}
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
            files[store.id] = real_path(store.ref.path)
        row = (files[store.id], cookie.raw.key)
        if row in seen:
            continue
        seen.add(row)
        entry = catalog.entry(cookie.entry_id)
        items.append(Planned(cookie, reason, entry.on_delete if entry else None))
    going = {item.cookie for item in items}
    kept = tuple(cookie for cookie in every if cookie not in going)
    return Plan(tuple(items), kept, tuple(skipped.values()), unmatched)


def _cannot_write(store: Store) -> Said | None:
    if store.ref.family is Family.SAFARI:
        return say("plan.safari")
    if store.error:
        return say("plan.unreadable")
    return None


def running_stores(plan: Plan) -> list[tuple[Store, Said]]:
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
    error: Said | None = None
    # The write was refused because the browser runs or holds the store locked.
    running: bool = False
    # The cookies are deleted but the audit log could not be written.
    audit_error: Said | None = None

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
    def failed(self) -> bool:
        """A store's write failed for another reason than its browser running."""
        return any(outcome.error is not None and not outcome.running for outcome in self.outcomes)

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

    A store whose browser runs (or holds it locked) is left as it was, its outcome marked
    `running`; one that fails otherwise (read-only, disk full, a check that does not hold) is
    reported in its outcome and left as it was. Neither holds back the other stores: each
    store is its own backup and transaction, and a browser writes back only its own store.
    Callers that tell the person beforehand which stores will be left pass
    `plan.leaving(...)`, so a browser closed meanwhile does not change what was confirmed.

    The audit log is opened first: when it cannot be written, nothing is. Ctrl+C raises
    DeletionInterrupted with what was deleted until then (the store committing when it came
    included).
    """
    backups = backups or Backups()
    log = log or AuditLog()
    settle_interrupted(backups, log)
    outcomes: list[StoreOutcome] = []
    try:
        appender = log.opened()
    except (StateDirError, OSError) as exc:
        refused = unchanged_audit(log, exc)
        return Result(tuple(StoreOutcome(s, items, None, refused) for s, items in plan.by_store()))
    with appender:
        for store, items in plan.by_store():
            journal = AuditJournal(log, appender, _deletion_records(items, now))
            try:
                keys = [item.cookie.raw.key for item in items]
                backup = delete_rows(store.ref, keys, backups, journal)
            except BrowserRunning as exc:
                outcomes.append(StoreOutcome(store, items, None, exc.said, running=True))
                continue
            except WriteError as exc:
                outcomes.append(StoreOutcome(store, items, None, exc.said))
                continue
            except CommittedInterrupt as exc:
                outcomes.append(StoreOutcome(store, items, exc.backup, audit_error=journal.error))
                raise DeletionInterrupted(Result(tuple(outcomes))) from None
            except KeyboardInterrupt:
                raise DeletionInterrupted(Result(tuple(outcomes))) from None
            outcomes.append(StoreOutcome(store, items, backup, audit_error=journal.error))
    # A write that failed after its commit left its intent: what the store holds decides.
    settle_interrupted(backups, log)
    return Result(tuple(outcomes))


class DeletionInterrupted(KeyboardInterrupt):
    """Ctrl+C during `delete`: `result` holds what was deleted before it took effect."""

    def __init__(self, result: Result) -> None:
        super().__init__()
        self.result = result


def _deletion_records(items: tuple[Planned, ...], now: datetime | None) -> Records:
    def records(ref: StoreRef, backup: Backup) -> list[audit_records.Record]:
        when = now or datetime.now(UTC)
        return [
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

    return records


def undo(
    result: Result,
    backups: Backups | None = None,
    log: AuditLog | None = None,
) -> list[tuple[StoreOutcome, Restored | None, Said | None]]:
    """Restores the backup of every store the deletion changed: (outcome, restored, error)."""
    done: list[tuple[StoreOutcome, Restored | None, Said | None]] = []
    for outcome in result.outcomes:
        if outcome.backup is None or not outcome.deleted:
            continue
        try:
            done.append((outcome, restore(outcome.backup.id, backups, log), None))
        except (BackupError, BrowserRunning, WriteError) as exc:
            done.append((outcome, None, exc.said))
    return done
