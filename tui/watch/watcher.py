"""Watcher: the stores read once, then `poll()` re-reads only those whose files changed and
returns what changed in them, each change judged against the consent of that moment.

Reading is the scan's own (`read_store`): read-only and lock-free, a WAL store through a
private copy of the database and its `-wal`. A read is kept only when the store's files did
not change while it ran (their signature taken before and after): a copy made across a
checkpoint can pair an old main file with a new `-wal` and lack rows, which would show as
cookies removed then added again. Such a read, or one that failed, is tried again at the next
poll; a store that stays unreadable is tried again when its files change, and its cookies are
kept as last seen meanwhile (so a passing error never shows as every cookie removed).

The Watcher holds no cookie value: each is replaced by a keyed hash when read, and the
consent cookie is decoded into the choices it holds before its value is dropped. Only a
Watcher made with `values=True` (the app's live mode, whose table reveals a value on request)
keeps the cookies as read, values included, for `inspection()`: each store is then still read
once per change, by the Watcher alone.

For a Textual worker: construct it in the worker (it reads every store), then call `poll()`
about once a second; when `version` moved, `inspection()` is the picture to show.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from tui.catalog import Catalog
from tui.consent import find_consents
from tui.frozen import replace
from tui.inspection import classify, inspect, picture
from tui.model import ConsentCookie, Cookie, Inspection, Store, StoreRef
from tui.stores.errors import HELD_BY_BROWSER, reason_key
from tui.stores.read import read_store
from tui.texts import Said
from tui.watch.files import Signature, signature
from tui.watch.judge import REFUSED, judge
from tui.watch.rows import (
    ADDED,
    CHANGED,
    EXPIRY,
    VALUE,
    Fingerprints,
    Seen,
    diff,
    seen_rows,
    without_value,
)

Clock = Callable[[], datetime]
# A store whose read fails this many times in a row waits for its files to change again.
_RETRIES = 3


@dataclass(frozen=True)
class Change:
    """One cookie added, removed or changed in place, as found at `at`, with everything its
    line shows. Holds no value."""

    at: datetime
    # ADDED, REMOVED or CHANGED (tui.watch.rows).
    kind: str
    # For CHANGED: which of VALUE, EXPIRY, FLAGS changed; () otherwise.
    what: tuple[str, ...]
    # The cookie now; for REMOVED, as it was last seen. Its `store` names browser and profile.
    cookie: Cookie
    # CHANGED only: the cookie as it was before.
    before: Cookie | None
    # ALLOWED, REFUSED, NO_CHOICE, NOT_SUBJECT or UNREADABLE (tui.watch.judge), from the
    # consent cookie present in the cookie's jar at `at`; and the keys that speak for it.
    judgement: str
    consent_keys: tuple[str, ...]
    # A cookie that consent governs appeared or was renewed (value or expiry) while its keys
    # say refused.
    violation: bool

    @property
    def store(self) -> Store:
        return self.cookie.store

    @property
    def category(self) -> str:
        return self.cookie.category


@dataclass
class _Watched:
    ref: StoreRef
    store: Store
    signature: Signature
    rows: dict[str, Seen]
    consents: tuple[ConsentCookie, ...]
    # The cookies as last read, for `inspection()`: without values unless the Watcher keeps
    # them; each names the store as it is now (with its error, as a scan's would).
    cookies: tuple[Cookie, ...]
    # Read again at the next poll even if the files did not change (a read to retry).
    dirty: bool = False
    failures: int = 0
    error: Said | None = field(default=None)
    # Never read yet (its first read failed): its first good read is its baseline, not
    # every cookie added.
    unread: bool = False


class Watcher:
    """The stores `refs` name, read now (the baseline: no change is reported for it), then
    compared at each `poll()`."""

    def __init__(
        self,
        catalog: Catalog,
        refs: Iterable[StoreRef],
        failed: Iterable[Store] = (),
        searched: Iterable[str] = (),
        clock: Clock | None = None,
        fingerprints: Fingerprints | None = None,
        values: bool = False,
    ) -> None:
        self.catalog = catalog
        self._clock = clock or (lambda: datetime.now(UTC))
        self._fingerprints = fingerprints or Fingerprints()
        self._searched = tuple(searched)
        self._values = values
        # Moves whenever what `inspection()` shows changed: a change seen, a store that failed
        # or came back. A read that found nothing new leaves it (nothing to redraw).
        self.version = 0
        refs = list(refs)
        failed = list(failed)
        signatures = [signature(ref.path) for ref in refs]
        # `inspect` names the stores as a scan does ("Firefox/default", "... #2").
        baseline = inspect(catalog, refs, failed, self._searched, now=self._clock())
        self._failed = baseline.stores[: len(failed)]
        self._watched: list[_Watched] = []
        for ref, store, before in zip(
            refs, baseline.stores[len(failed) :], signatures, strict=True
        ):
            cookies = list(baseline.by_store.get(store.id, ()))
            seen = seen_rows(cookies, self._fingerprints)
            watched = _Watched(
                ref,
                store,
                before,
                seen,
                _without_values(find_consents(cookies)),
                self._kept(cookies, seen),
                error=store.error,
                unread=store.error is not None,
            )
            watched.dirty = _held(store.error)
            # Changed while the baseline was read: read again until it holds still, so the
            # baseline is never a torn copy.
            if signature(ref.path) != before:
                for _ in range(_RETRIES):
                    if self._reread(watched) is not None:
                        break
            self._watched.append(watched)
        # The scan's own picture serves as the first one, unless a store was read again.
        self._shown = (self.version, baseline) if values and self.version == 0 else None

    @property
    def stores(self) -> tuple[Store, ...]:
        """Every store as last read, the failed `--store` paths first (as a scan lists them)."""
        return (*self._failed, *(watched.store for watched in self._watched))

    @property
    def errors(self) -> dict[str, Said]:
        """Store id -> why its last read failed, for the stores whose last read failed."""
        return {w.store.id: w.error for w in self._watched if w.error is not None}

    def poll(self) -> list[Change]:
        """What changed since the last look, in the stores whose files changed; [] when
        nothing did."""
        changes: list[Change] = []
        for watched in self._watched:
            if not watched.dirty and signature(watched.ref.path) == watched.signature:
                continue
            found = self._reread(watched)
            if found is not None:
                changes.extend(found)
        return changes

    def inspection(self, now: datetime | None = None) -> Inspection:
        """The stores as last read, classified and diagnosed at `now` (else the clock's now):
        what a scan would show, without values unless the Watcher keeps them. Built once per
        `version` when no `now` is given."""
        if now is None and self._shown is not None and self._shown[0] == self.version:
            return self._shown[1]
        found = picture(
            self.catalog,
            [
                *((store, ()) for store in self._failed),
                *((w.store, w.cookies) for w in self._watched),
            ],
            self._searched,
            now or self._clock(),
            # Without values, the consent cookies as decoded when read.
            None if self._values else [r for w in self._watched for r in w.consents],
        )
        if now is None:
            self._shown = (self.version, found)
        return found

    def _reread(self, watched: _Watched) -> list[Change] | None:
        """Reads the store again; its changes, or None when the read is not to be trusted."""
        before = signature(watched.ref.path)
        store, rows = read_store(watched.ref, self.catalog.hosts)
        if signature(watched.ref.path) != before:
            watched.dirty = True
            return None
        store = replace(store, id=watched.store.id)
        if store.error is not None:
            watched.failures += 1
            # A store the browser holds (Windows) is tried at every poll, quietly: it is read
            # the moment the browser lets go, whether or not its file changes then.
            watched.dirty = watched.failures < _RETRIES or _held(store.error)
            watched.signature = before
            watched.error = store.error
            failing = replace(watched.store, running=store.running, error=store.error)
            if failing != watched.store:
                # Its cookies are kept as last seen (a passing error is not every cookie
                # removed), pointing at the store as it is now.
                watched.store = failing
                watched.cookies = tuple(replace(c, store=failing) for c in watched.cookies)
                self.version += 1
            return None
        cookies = classify(self.catalog, store, rows)
        consents = _without_values(find_consents(cookies))
        seen = seen_rows(cookies, self._fingerprints)
        found = [] if watched.unread else diff(watched.rows, seen)
        if found or store != watched.store:
            self.version += 1
        watched.store, watched.signature, watched.rows, watched.consents, watched.cookies = (
            store,
            before,
            seen,
            consents,
            self._kept(cookies, seen),
        )
        watched.dirty, watched.failures, watched.error, watched.unread = False, 0, None, False
        now = self._clock()
        return [
            self._judged(change.kind, change.what, change.cookie, change.before, consents, now)
            for change in found
        ]

    def _judged(
        self,
        kind: str,
        what: tuple[str, ...],
        cookie: Cookie,
        before: Cookie | None,
        consents: Sequence[ConsentCookie],
        now: datetime,
    ) -> Change:
        judgement, keys = judge(self.catalog, cookie, consents, now)
        renewed = kind == ADDED or (kind == CHANGED and (VALUE in what or EXPIRY in what))
        return Change(
            now, kind, what, cookie, before, judgement, keys, renewed and judgement == REFUSED
        )

    def _kept(self, cookies: list[Cookie], seen: dict[str, Seen]) -> tuple[Cookie, ...]:
        if self._values:
            return tuple(cookies)
        return tuple(row.cookie for row in seen.values())


def _held(error: Said | None) -> bool:
    return error is not None and reason_key(error) in HELD_BY_BROWSER


def _without_values(records: Iterable[ConsentCookie]) -> tuple[ConsentCookie, ...]:
    """The consent cookies with their choices decoded and their values dropped."""
    return tuple(replace(record, cookie=without_value(record.cookie)) for record in records)
