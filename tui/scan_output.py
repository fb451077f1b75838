"""`scan` output: one JSON document, or a readable table. Never a cookie value."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from tui.catalog import Catalog
from tui.consent import consent_json
from tui.humanize import expiry
from tui.model import (
    CATEGORY_KEYS,
    UNCLASSIFIED,
    Cookie,
    Finding,
    Inspection,
    RawCookie,
    Store,
    cookie_id,
)
from tui.notes import note_json, note_text
from tui.times import iso

CATEGORY_ORDER = (*CATEGORY_KEYS, UNCLASSIFIED)
UNCLASSIFIED_LABEL = {"en": "unclassified", "fr": "non classé"}
UNREADABLE_EXPIRY = {"en": "expiry unreadable", "fr": "expiration illisible"}


def expiry_words(raw: RawCookie, now: datetime, lang: str) -> str:
    """ "in 13 days", "session", or, when the store's expiry could not be read, says so
    rather than calling the cookie a session cookie."""
    if raw.expires is None and raw.unreadable("expires"):
        return UNREADABLE_EXPIRY[lang]
    return expiry(raw.expires, now, lang)


def category_label(catalog: Catalog, category: str, lang: str) -> str:
    if category in catalog.categories:
        return catalog.categories[category].label[lang]
    return UNCLASSIFIED_LABEL[lang]


def store_json(store: Store) -> dict[str, Any]:
    return {
        "id": store.id,
        "browser": store.ref.browser,
        "profile": store.ref.profile,
        "family": store.ref.family.value,
        "path": str(store.ref.path),
        "schema_version": store.schema_version,
        "running": store.running,
        "error": store.error,
        "note": store.note,
    }


def consent_required(catalog: Catalog, cookie: Cookie) -> bool | None:
    """From the cookie's catalogue entry, else its category; None when unclassified."""
    entry = catalog.entry(cookie.entry_id)
    if entry is not None:
        return entry.consent_required
    if cookie.category in catalog.categories:
        return catalog.categories[cookie.category].consent_required
    return None


def cookie_json(catalog: Catalog, cookie: Cookie, lang: str) -> dict[str, Any]:
    raw = cookie.raw
    entry = catalog.entry(cookie.entry_id)
    consent = consent_required(catalog, cookie)
    return {
        "id": cookie_id(cookie),
        "store": cookie.store.id,
        "browser": cookie.store.ref.browser,
        "profile": cookie.store.ref.profile,
        "host": raw.host,
        "scope": "host" if catalog.hosts.get(raw.host) == "host" else "domain",
        "name": raw.name,
        "path": raw.path,
        "partition": raw.partition or None,
        "container": raw.container or None,
        "container_name": raw.container_name.get(lang) if raw.container_name else None,
        "expires": iso(raw.expires),
        "persistent": raw.persistent,
        "created": iso(raw.created),
        "last_access": iso(raw.last_access),
        "secure": raw.secure,
        "http_only": raw.http_only,
        "same_site": raw.same_site,
        "category": cookie.category,
        "catalog_id": cookie.entry_id,
        "provider": entry.provider if entry else None,
        "purpose": entry.purpose[lang] if entry else None,
        "consent_required": consent,
        "value_length": raw.value_length,
        "value_status": raw.value_status,
        "notes": [{**note_json(note), "text": note_text(note, lang)} for note in raw.notes],
    }


def finding_json(finding: Finding, lang: str) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity,
        "message": finding.message.get(lang) or finding.message.get("en"),
        "cookies": list(finding.cookies),
        "fix": (finding.fix.get(lang) or finding.fix.get("en")) if finding.fix else None,
        "fix_cookies": list(finding.fix_cookies),
        # Shell-quoted; null when the fix deletes nothing or no command picks exactly its cookies.
        "fix_command": finding.fix_command,
    }


def scan_json(catalog: Catalog, inspection: Inspection, lang: str) -> dict[str, Any]:
    records = inspection.consents
    return {
        "site": catalog.site,
        "catalog": {"path": catalog.path, "version": catalog.version},
        "lang": lang,
        "searched": list(inspection.searched),
        "stores": [store_json(store) for store in inspection.stores],
        "cookies": [cookie_json(catalog, cookie, lang) for cookie in inspection.cookies],
        "consent": [consent_json(record, cookie_id(record.cookie), lang) for record in records],
        "findings": [finding_json(finding, lang) for finding in inspection.findings],
    }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False)


# Counted words, singular and plural: French adjectives agree with the count.
_COUNTED = {
    "necessary": {"en": ("necessary", "necessary"), "fr": ("nécessaire", "nécessaires")},
    "statistical": {"en": ("statistical", "statistical"), "fr": ("statistique", "statistiques")},
    "first_party": {"en": ("first-party", "first-party"), "fr": ("interne", "internes")},
    "third_party": {"en": ("third-party", "third-party"), "fr": ("tiers", "tiers")},
    UNCLASSIFIED: {"en": ("unclassified", "unclassified"), "fr": ("non classé", "non classés")},
}


def summary(catalog: Catalog, cookies: Iterable[Cookie], lang: str) -> str:
    """ "4 necessary · 3 statistical · 1 unclassified" (zero counts left out)."""
    counts = Counter(cookie.category for cookie in cookies)
    parts = [
        f"{counts[key]} {_COUNTED[key][lang][0 if counts[key] == 1 else 1]}"
        for key in CATEGORY_ORDER
        if counts[key]
    ]
    return " · ".join(parts) if parts else ("no cookies" if lang == "en" else "aucun cookie")
