"""`scan --json`: one JSON document, in the language asked for. Never a cookie value."""

from __future__ import annotations

from tui.catalog import Catalog
from tui.model import ConsentCookie, Cookie, Finding, Inspection, RowNote, Store
from tui.present.labels import consent_required, note_text, value_status
from tui.texts import Lang
from tui.textsafe import json_text
from tui.times import iso

# typing is not imported at run time: `scan` starts faster without it (annotations only).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def store_json(store: Store, lang: Lang) -> dict[str, Any]:
    return {
        "id": store.id,
        "browser": store.ref.browser,
        "profile": store.ref.profile,
        "family": store.ref.family.value,
        "path": str(store.ref.path),
        "schema_version": store.schema_version,
        "running": store.running,
        "error": store.error.text(lang) if store.error is not None else None,
        "note": store.note.text(lang) if store.note is not None else None,
    }


def note_json(note: RowNote, lang: Lang) -> dict[str, str]:
    return {"field": note.field, "problem": note.problem, "text": note_text(note, lang)}


def cookie_json(catalog: Catalog, cookie: Cookie, lang: Lang) -> dict[str, Any]:
    raw = cookie.raw
    entry = catalog.entry(cookie.entry_id)
    return {
        "id": cookie.id,
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
        "partitioned": raw.partitioned,
        "category": cookie.category,
        "catalog_id": cookie.entry_id,
        "provider": entry.provider if entry else None,
        "purpose": entry.purpose[lang] if entry else None,
        "consent_required": consent_required(catalog, cookie),
        "value_length": raw.value_length,
        "value_status": value_status(raw, lang),
        "notes": [note_json(note, lang) for note in raw.notes],
    }


def consent_json(record: ConsentCookie, lang: Lang) -> dict[str, Any]:
    """What of one consent cookie is shown: where it is, whether it could be read, its choices
    and their time, the keys understood, and every other item as its length only."""
    consent = record.consent
    raw = record.cookie.raw
    document: dict[str, Any] = {
        "cookie": record.cookie.id,
        "store": record.cookie.store.id,
        "host": raw.host,
        "container": raw.container or None,
        "container_name": raw.container_name.get(lang) if raw.container_name else None,
        "partition": raw.partition or None,
        "readable": consent is not None,
        "value_status": value_status(raw, lang),
        "chosen_at": iso(record.chosen_at),
        "chosen_at_source": (
            "timestamp" if consent is not None and consent.timestamp is not None else "created"
        ),
    }
    if consent is None:
        return document
    document.update(
        {
            "shape": consent.shape,
            "recognised": consent.recognised,
            "choices": dict(consent.choices),
            "timestamp": iso(consent.timestamp),
            "understood_keys": list(consent.understood),
            "other": list(consent.other),
            "other_count": consent.other_count,
        }
    )
    return document


def finding_json(finding: Finding, lang: Lang) -> dict[str, Any]:
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


def scan_json(catalog: Catalog, inspection: Inspection, lang: Lang) -> dict[str, Any]:
    return {
        "site": catalog.site,
        "catalog": {"path": catalog.path, "version": catalog.version},
        "lang": lang,
        "searched": list(inspection.searched),
        "stores": [store_json(store, lang) for store in inspection.stores],
        "cookies": [cookie_json(catalog, cookie, lang) for cookie in inspection.cookies],
        "consent": [consent_json(record, lang) for record in inspection.consents],
        "findings": [finding_json(finding, lang) for finding in inspection.findings],
    }


def dumps(document: dict[str, Any]) -> str:
    return json_text(document, indent=2)
