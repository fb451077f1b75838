"""The consent judgement of one cookie at one moment, from the consent cookie then present in
its jar (store, container, partition), by the rules of the `consent-refused` finding
(tui/findings/consent.py): the keys that speak for the cookie (`consent_keys`), refused when
every one of them present says no, in any of the jar's consent cookies."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from tui.catalog import Catalog
from tui.findings.consent import consent_keys
from tui.model import ConsentCookie, Cookie, jar_of

ALLOWED = "allowed"
REFUSED = "refused"
# No consent cookie in the jar: the person has not answered the banner there.
NO_CHOICE = "no-choice"
# No consent key speaks for the cookie (necessary, unclassified, or no key governs it).
NOT_SUBJECT = "not-subject"
# A consent cookie is there, but no choice in it could be read (its value unavailable, or a
# shape this tool does not understand).
UNREADABLE = "unreadable"
JUDGEMENTS = (ALLOWED, REFUSED, NO_CHOICE, NOT_SUBJECT, UNREADABLE)


def judge(
    catalog: Catalog, cookie: Cookie, consents: Iterable[ConsentCookie], now: datetime
) -> tuple[str, tuple[str, ...]]:
    """(judgement, the consent keys that speak for the cookie)."""
    keys = consent_keys(catalog, cookie)
    if not keys:
        return NOT_SUBJECT, keys
    jar = jar_of(cookie)
    present = [
        record for record in consents if jar_of(record.cookie) == jar and _alive(record.cookie, now)
    ]
    if not present:
        return NO_CHOICE, keys
    recognised = [
        record.consent
        for record in present
        if record.consent is not None and record.consent.recognised
    ]
    if not recognised:
        return UNREADABLE, keys
    # Several consent cookies in one jar (host and parent domain): any refusal counts.
    if any(consent.refuses(keys) for consent in recognised):
        return REFUSED, keys
    return ALLOWED, keys


def _alive(cookie: Cookie, now: datetime) -> bool:
    # An expired consent cookie is no longer sent: the site sees no choice.
    expires = cookie.raw.expires
    return expires is None or expires > now
