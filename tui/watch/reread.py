"""A scan's picture brought up to date after a Watcher saw changes: only the stores that changed
are read again, values included, so the app's table shows what a scan would show now (its
details reveal a value on request; the Watcher holds none).

A read is trusted as the Watcher trusts one: when the store's files did not change while it ran
(a copy made across a checkpoint can pair an old main file with a new `-wal`). A read that is not
trusted, or that failed, leaves the store's cookies as they were and names the store, to be read
again at the next look.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from tui.catalog import Catalog
from tui.consent import find_consents
from tui.findings import diagnose
from tui.inspection import classify
from tui.model import Cookie, Inspection, StoreRef
from tui.stores.read import read_store
from tui.watch.files import signature


def reread(
    catalog: Catalog, inspection: Inspection, refs: Mapping[str, StoreRef], now: datetime
) -> tuple[Inspection, frozenset[str]]:
    """`inspection` with the stores `refs` names (store id -> its ref) read again, and the ids
    of those to read again later (torn or failed reads: kept as they were)."""
    stores = list(inspection.stores)
    by_store: dict[str, list[Cookie]] = {store.id: [] for store in stores}
    for cookie in inspection.cookies:
        by_store.setdefault(cookie.store.id, []).append(cookie)
    later: set[str] = set()
    for index, store in enumerate(stores):
        ref = refs.get(store.id)
        if ref is None:
            continue
        before = signature(ref.path)
        fresh, rows = read_store(ref, catalog.hosts)
        if signature(ref.path) != before:
            later.add(store.id)
            continue
        # The id the scan gave it ("... #2" for a second store of one profile name).
        fresh = replace(fresh, id=store.id)
        if fresh.error is not None:
            # A passing error must not show as every cookie removed: keep them, say the error.
            stores[index] = replace(store, running=fresh.running, error=fresh.error)
            by_store[store.id] = [replace(c, store=stores[index]) for c in by_store[store.id]]
            later.add(store.id)
            continue
        stores[index] = fresh
        by_store[store.id] = classify(catalog, fresh, rows)
    cookies = tuple(cookie for store in stores for cookie in by_store.get(store.id, ()))
    found = replace(
        inspection, stores=tuple(stores), cookies=cookies, consents=find_consents(cookies)
    )
    return replace(found, findings=diagnose(catalog, found, now)), frozenset(later)
