"""Findings over one inspection, most severe first: consent, log-in and CSRF, lifetimes, and
the state of the stores and the catalogue (one module each).

Each finding names its cookies by `Cookie.id` and says in both languages what is wrong and,
where there is one, the fix, with the exact `delete` line that carries it out. Messages hold
names, hosts and store ids, never a value.
"""

from __future__ import annotations

from datetime import datetime

from tui.catalog import Catalog
from tui.findings.common import ERROR, INFO, SEVERITIES, WARNING, Check, Context
from tui.findings.consent import check_consent, check_consent_age
from tui.findings.lifetimes import check_catalogue_lifetime, check_cnil_lifetime
from tui.findings.login import check_csrf, check_duplicates, check_session
from tui.findings.stores import check_spread, check_stores, check_unclassified
from tui.frozen import replace
from tui.model import Finding, Inspection
from tui.selection import fix_commands

__all__ = ["CODES", "ERROR", "INFO", "SEVERITIES", "WARNING", "diagnose"]

# Codes in the order findings are listed within one severity.
CODES = (
    "store-unreadable",
    "duplicate-scope",
    "consent-refused",
    "consent-missing",
    "session-expired",
    "csrf-missing",
    "browser-running",
    "consent-old",
    "consent-unrecognised",
    "statistical-over-13-months",
    "lifetime-over-catalogue",
    "session-expiring",
    "values-unavailable",
    "unclassified",
    "spread-over-stores",
)

_CHECKS: tuple[Check, ...] = (
    check_stores,
    check_duplicates,
    check_consent,
    check_consent_age,
    check_session,
    check_csrf,
    check_cnil_lifetime,
    check_catalogue_lifetime,
    check_unclassified,
    check_spread,
)


def diagnose(
    catalog: Catalog, inspection: Inspection, now: datetime, demo: bool = False
) -> tuple[Finding, ...]:
    """Every finding, most severe first, judged at `now` from the inspection's cookies and the
    consents it decoded; `demo`: the stores are a demo home's (their fix commands say --demo)."""
    context = Context(catalog, inspection, now)
    findings = [finding for check in _CHECKS for finding in check(context)]
    order = {code: index for index, code in enumerate(CODES)}
    findings.sort(key=lambda f: (SEVERITIES.index(f.severity), order.get(f.code, len(order))))
    commands = fix_commands(findings, inspection.cookies, catalog.site, demo)
    return tuple(
        replace(finding, fix_command=command)
        for finding, command in zip(findings, commands, strict=True)
    )
