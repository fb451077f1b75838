"""Consent findings: a tracker present although the consent cookie refuses it, or with no
consent cookie at all; a consent cookie this tool cannot read; a choice older than six months.

Consent lives per jar (store, container, partition): a refusal in one jar says nothing about
another."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from tui.catalog import Catalog
from tui.consent import (
    CONSENT_MAX_MONTHS,
    FIRST_PARTY_KEYS,
    TRACKER_KEYS,
    choice_is_old,
)
from tui.findings.common import ERROR, INFO, WARNING, Context, ids, names, where
from tui.humanize import span
from tui.model import ConsentCookie, Cookie, Finding, Jar, jar_of
from tui.texts import both, say_plural
from tui.textsafe import printable

# The categories whose cookies a consent key can allow or refuse.
CONSENT_CATEGORIES = ("statistical", "first_party", "third_party")


def consent_keys(catalog: Catalog, cookie: Cookie) -> tuple[str, ...]:
    """The consent keys that allow this cookie; () when none speaks for it."""
    if cookie.category not in CONSENT_CATEGORIES:
        return ()
    entry = catalog.entry(cookie.entry_id)
    if entry is None:
        return ()
    if entry.tracker is not None:
        return TRACKER_KEYS.get(entry.tracker, (entry.tracker,))
    return FIRST_PARTY_KEYS if cookie.category == "first_party" else ()


def _needs_consent(catalog: Catalog, cookie: Cookie) -> bool:
    entry = catalog.entry(cookie.entry_id)
    return entry is not None and entry.consent_required


def check_consent(context: Context) -> Iterable[Finding]:
    by_jar: dict[Jar, list[ConsentCookie]] = defaultdict(list)
    for record in context.consents:
        if context.alive(record.cookie):
            by_jar[jar_of(record.cookie)].append(record)
    for jar, cookies in context.jars().items():
        records = by_jar.get(jar, [])
        if not records:
            yield from _missing(context, cookies)
            continue
        readable = [record.consent for record in records if record.consent is not None]
        recognised = [consent for consent in readable if consent.recognised]
        if not recognised:
            # Unreadable values are reported by values-unavailable; unknown shapes here.
            yield from _unrecognised(records)
            continue
        refused: dict[tuple[str, ...], list[Cookie]] = defaultdict(list)
        for cookie in cookies:
            keys = consent_keys(context.catalog, cookie)
            # Several consent cookies in one jar (host and parent domain): any refusal counts.
            if keys and any(consent.refuses(keys) for consent in recognised):
                refused[keys].append(cookie)
        for keys, involved in refused.items():
            yield _refused(keys, involved)


def _missing(context: Context, cookies: list[Cookie]) -> Iterable[Finding]:
    involved = [cookie for cookie in cookies if _needs_consent(context.catalog, cookie)]
    if not involved:
        return
    yield Finding(
        "consent-missing",
        WARNING,
        both("finding.consent-missing", names=names(involved), where=where(involved[0])),
        ids(involved),
        both("fix.consent-missing"),
        ids(involved),
    )


def _refused(keys: tuple[str, ...], involved: list[Cookie]) -> Finding:
    return Finding(
        "consent-refused",
        ERROR,
        both(
            "finding.consent-refused",
            names=names(involved),
            where=where(involved[0]),
            keys="/".join(keys),
        ),
        ids(involved),
        both("fix.consent-refused"),
        ids(involved),
    )


def _unrecognised(records: list[ConsentCookie]) -> Iterable[Finding]:
    for record in records:
        consent = record.consent
        if consent is None:
            continue
        # The items' names are the cookie's content: only their number is told.
        count = consent.other_count
        items = say_plural(count, "finding.items.one", "finding.items")
        yield Finding(
            "consent-unrecognised",
            INFO,
            both(
                "finding.consent-unrecognised",
                where=where(record.cookie),
                shape=printable(consent.shape, 40),
                items=items,
            ),
            ids([record.cookie]),
        )


def check_consent_age(context: Context) -> Iterable[Finding]:
    for record in context.consents:
        chosen = record.chosen_at
        if (
            not context.alive(record.cookie)
            or chosen is None
            or not choice_is_old(chosen, context.now)
        ):
            continue
        yield Finding(
            "consent-old",
            WARNING,
            both(
                "finding.consent-old",
                where=where(record.cookie),
                age=span((context.now - chosen).total_seconds()),
                months=CONSENT_MAX_MONTHS,
            ),
            ids([record.cookie]),
            both("fix.consent-old"),
            ids([record.cookie]),
        )
