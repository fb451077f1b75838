"""Lifetime findings: a cookie living longer than the catalogue declares, and a statistical
cookie living more than the 13 months the CNIL allows for consent-free audience measurement."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import timedelta

from tui.findings.common import WARNING, Context, ids, names
from tui.humanize import span
from tui.model import Cookie, Finding
from tui.texts import Label, both
from tui.times import add_months

# CNIL: consent-free audience measurement cookies live at most 13 months, counted from when
# they were first set (a lifetime extended at each visit does not qualify).
CNIL_MONTHS = 13
# Browsers store what the server asked, so a small slack only absorbs clock rounding.
_SLACK_SECONDS = 60
_SLACK_RATIO = 0.01


def check_catalogue_lifetime(context: Context) -> Iterable[Finding]:
    over: dict[str, list[tuple[Cookie, float]]] = defaultdict(list)
    for cookie in context.inspection.cookies:
        entry = context.catalog.entry(cookie.entry_id)
        raw = cookie.raw
        since = raw.last_access or raw.created
        if entry is None or entry.lifetime_seconds is None or raw.expires is None or not since:
            continue
        # Browsers keep the first creation date when a cookie is set again, so the lifetime
        # granted at the last setting is measured from the last access, which follows it: a
        # lower bound, hence no false alarm for cookies renewed at each visit.
        granted = (raw.expires - since).total_seconds()
        declared = entry.lifetime_seconds
        if granted > declared * (1 + _SLACK_RATIO) + _SLACK_SECONDS:
            over[entry.id].append((cookie, granted))
    for entry_id, pairs in over.items():
        entry = context.catalog.entry(entry_id)
        assert entry is not None
        cookies = [cookie for cookie, _ in pairs]
        yield Finding(
            "lifetime-over-catalogue",
            WARNING,
            both(
                "finding.lifetime-over-catalogue",
                names=names(cookies),
                longest=span(max(granted for _, granted in pairs)),
                declared_text=Label(entry.lifetime_text["en"], entry.lifetime_text["fr"]),
                declared=span(entry.lifetime_seconds or 0),
            ),
            ids(cookies),
            both("fix.lifetime-over-catalogue"),
            ids(cookies),
        )


def _lifetime(cookie: Cookie) -> float:
    raw = cookie.raw
    return (raw.expires - raw.created).total_seconds() if raw.expires and raw.created else 0.0


def check_cnil_lifetime(context: Context) -> Iterable[Finding]:
    over: dict[str, list[Cookie]] = defaultdict(list)
    for cookie in context.inspection.cookies:
        raw = cookie.raw
        if cookie.category != "statistical" or raw.expires is None or raw.created is None:
            continue
        # Counted from the first setting: extending at each visit is what the rule forbids.
        # The day of slack is taken off the expiry: added to a time clamped at the calendar's
        # end, it would overflow.
        if raw.expires - timedelta(days=1) > add_months(raw.created, CNIL_MONTHS):
            over[raw.name].append(cookie)
    for cookies in over.values():
        yield Finding(
            "statistical-over-13-months",
            WARNING,
            both(
                "finding.statistical-over-13-months",
                names=names(cookies),
                longest=span(max(_lifetime(cookie) for cookie in cookies)),
            ),
            ids(cookies),
            both("fix.statistical-over-13-months"),
            ids(cookies),
        )
