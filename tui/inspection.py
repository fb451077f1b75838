"""One pass over everything: discover -> read -> classify -> diagnose, as an Inspection."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from tui.catalog import Catalog
from tui.consent import find_consents
from tui.findings import diagnose
from tui.frozen import replace
from tui.model import (
    UNCLASSIFIED,
    ConsentCookie,
    Cookie,
    Family,
    Inspection,
    RawCookie,
    Store,
    StoreRef,
)
from tui.stores.discovery import discover
from tui.stores.errors import StoreError
from tui.stores.read import read_store, stores_at

Progress = Callable[[int, int, StoreRef], None]


def find_stores(
    store_paths: Iterable[Path] = (),
    browsers: Iterable[str] = (),
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> tuple[list[StoreRef], list[Store], list[str]]:
    """The stores to read: the given paths when there are any, else every discovered profile.

    Returns the refs, the stores that failed already here (a bad --store path), and the
    places that were searched.
    """
    paths = list(store_paths)
    if not paths:
        refs, searched = discover(browsers, env=env, platform=platform)
        return refs, [], [str(path) for path in searched]
    refs = []
    failed = []
    for path in paths:
        try:
            refs.extend(stores_at(path))
        except StoreError as exc:
            # Nothing says which browser this is: claim no family rather than a made-up one.
            unknown = StoreRef("?", path.name, Family.UNKNOWN, path)
            failed.append(Store(unknown, error=exc.said))
    return refs, failed, [str(path) for path in paths]


def classify(catalog: Catalog, store: Store, rows: Iterable[RawCookie]) -> list[Cookie]:
    cookies = []
    for raw in rows:
        entry = catalog.classify(raw.host, raw.name)
        category = entry.category if entry else UNCLASSIFIED
        cookies.append(Cookie(store, raw, category, entry.id if entry else None))
    return cookies


def inspect(
    catalog: Catalog,
    refs: Iterable[StoreRef],
    failed: Iterable[Store] = (),
    searched: Iterable[str] = (),
    progress: Progress | None = None,
    now: datetime | None = None,
    demo: bool = False,
) -> Inspection:
    """The stores read, classified and diagnosed; `demo`: they are a demo home's."""
    refs = list(refs)
    read: list[tuple[Store, list[RawCookie]]] = [(store, []) for store in failed]
    for index, ref in enumerate(refs):
        if progress:
            progress(index, len(refs), ref)
        read.append(read_store(ref, catalog.hosts))
    named: list[tuple[Store, list[Cookie]]] = []
    used: dict[str, int] = {}
    for store, rows in read:
        base = f"{store.ref.browser}/{store.ref.profile}"
        used[base] = used.get(base, 0) + 1
        store = replace(store, id=base if used[base] == 1 else f"{base} #{used[base]}")
        named.append((store, classify(catalog, store, rows)))
    return picture(catalog, named, searched, now or datetime.now(UTC), demo=demo)


def picture(
    catalog: Catalog,
    stores: Iterable[tuple[Store, Iterable[Cookie]]],
    searched: Iterable[str],
    now: datetime,
    consents: Iterable[ConsentCookie] | None = None,
    demo: bool = False,
) -> Inspection:
    """The Inspection of stores read (each with its id) and their classified cookies: the
    consent cookies found among them (or `consents`, decoded before their values were
    dropped), and the findings at `now`. The one place an Inspection is put together, by a
    scan and by the Watcher (the CLI's `watch`, the app's live mode); `demo`: the stores are a
    demo home's, so fix commands name `--demo`, not its passing paths."""
    read = [(store, tuple(cookies)) for store, cookies in stores]
    found = tuple(cookie for _, cookies in read for cookie in cookies)
    decoded = find_consents(found) if consents is None else tuple(consents)
    inspection = Inspection(tuple(store for store, _ in read), found, (), tuple(searched), decoded)
    return replace(inspection, findings=diagnose(catalog, inspection, now, demo))
