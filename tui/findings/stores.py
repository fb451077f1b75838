"""Findings about the stores and the catalogue: a store that could not be read, a browser
running, values that could not be read, cookies the catalogue does not know, and the site's
cookies spread over several browsers or profiles."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from tui.consent import CONSENT_COOKIE
from tui.findings.common import ERROR, INFO, MAX_LISTED, WARNING, Context, ids, name
from tui.model import Cookie, Finding, Store
from tui.stores.errors import LOCKED, reason_key
from tui.texts import Joined, both, say
from tui.textsafe import printable


def check_unclassified(context: Context) -> Iterable[Finding]:
    by_name: dict[str, list[Cookie]] = defaultdict(list)
    for cookie in context.inspection.cookies:
        if cookie.entry_id is None:
            by_name[cookie.raw.name].append(cookie)
    for cookies in by_name.values():
        hosts = ", ".join(sorted({printable(cookie.raw.host) for cookie in cookies}))
        yield Finding(
            "unclassified",
            INFO,
            both("finding.unclassified", name=name(cookies[0]), hosts=hosts),
            ids(cookies),
        )


def check_spread(context: Context) -> Iterable[Finding]:
    stores = list(context.inspection.by_store)
    if len(stores) < 2:
        return
    listed = ", ".join(printable(store, 80) for store in stores[:MAX_LISTED])
    yield Finding(
        "spread-over-stores",
        INFO,
        both("finding.spread-over-stores", count=len(stores), stores=listed),
        (),
        both("fix.spread-over-stores"),
    )


def check_stores(context: Context) -> Iterable[Finding]:
    for store in context.inspection.stores:
        if store.error is not None:
            yield _unreadable(store)
        elif store.running:
            yield _running(store)
        yield from _unavailable(context, store)


def _unreadable(store: Store) -> Finding:
    assert store.error is not None
    locked = reason_key(store.error) in LOCKED
    return Finding(
        "store-unreadable",
        ERROR,
        both("finding.store-unreadable", store=printable(store.id, 80), error=store.error),
        (),
        both("fix.store-unreadable.locked" if locked else "fix.store-unreadable"),
    )


def _running(store: Store) -> Finding:
    browser = printable(store.ref.browser, 40)
    return Finding(
        "browser-running",
        WARNING,
        both("finding.browser-running", browser=browser, store=printable(store.id, 80)),
        (),
        both("fix.browser-running", browser=browser),
    )


def _unavailable(context: Context, store: Store) -> Iterable[Finding]:
    cookies = [
        cookie
        for cookie in context.inspection.by_store.get(store.id, ())
        if cookie.raw.unavailable is not None
    ]
    if not cookies:
        return
    reasons = [cookie.raw.unavailable for cookie in cookies if cookie.raw.unavailable is not None]
    consent_hidden = any(cookie.raw.name == CONSENT_COOKIE for cookie in cookies)
    yield Finding(
        "values-unavailable",
        WARNING if consent_hidden else INFO,
        both(
            "finding.values-unavailable",
            count=len(cookies),
            store=printable(store.id, 80),
            reasons=Joined(tuple(reasons)),
            also=say("finding.values-unavailable.consent" if consent_hidden else "empty"),
        ),
        ids(cookies),
    )
