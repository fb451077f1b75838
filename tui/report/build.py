"""The redacted report a user sends to support.

The JSON report is the `scan --json` document plus the environment, with each cookie value
replaced by its length and a short salted hash. The salt is drawn anew for every report and
thrown away: support can tell whether two cookies of one report hold the same value, but
nobody can test a guess against a hash (a `django_language` of "fr" would fall to the first
try if the salt were written down), and hashes cannot be matched across reports. Findings
carry both languages, so a report made in French can be read in English. The Markdown form
is rendered from the JSON document, so it can never hold more than the JSON does.

Nothing in it names the person: no account name, and every path under the home written `~/...`
(tui/report/redact.py), unless `include_paths` asks for the absolute paths.
"""

from __future__ import annotations

import hashlib
import hmac
import platform
import secrets
from datetime import datetime
from pathlib import Path
from typing import Any

from tui import __version__
from tui.catalog import Catalog
from tui.model import Cookie, Inspection, key_json
from tui.present.scan_json import cookie_json, scan_json
from tui.report.redact import Redactor, home_forms
from tui.texts import Lang
from tui.textsafe import json_text
from tui.times import iso

FORMAT = "saemes-cookies report"
# A recording (`watch -o`) is a report of the stores at its end, plus the recording itself.
RECORDING_FORMAT = "saemes-cookies recording"
FORMAT_VERSION = 1
HASH_CHARS = 12
HASH_METHOD = (
    f"HMAC-SHA256 keyed with a random salt that is not kept, first {HASH_CHARS} hex digits"
)


def new_salt() -> str:
    return secrets.token_hex(16)


def value_hash(salt: str, value: str) -> str:
    digest = hmac.new(
        bytes.fromhex(salt), value.encode("utf-8", "surrogatepass"), hashlib.sha256
    ).hexdigest()
    return digest[:HASH_CHARS]


def environment(catalog: Catalog, inspection: Inspection) -> dict[str, Any]:
    """What support needs to know about the machine: OS, browsers and profiles, versions."""
    browsers: dict[str, list[str]] = {}
    for store in inspection.stores:
        browsers.setdefault(store.ref.browser, []).append(store.ref.profile)
    return {
        "os": {
            "system": platform.system(),
            "release": platform.release(),
            "machine": platform.machine(),
        },
        "python": platform.python_version(),
        "tool": {"name": "saemes-cookies", "version": __version__},
        "catalog": {"version": catalog.version, "site": catalog.site},
        "browsers": [
            {"browser": browser, "profiles": profiles} for browser, profiles in browsers.items()
        ],
    }


def cookie_document(catalog: Catalog, cookie: Cookie, lang: Lang, salt: str) -> dict[str, Any]:
    """A cookie as a report holds it: `scan --json`'s, its value's hash (none when the value
    was not read, or not kept, as in a recording), its full key, why it is unavailable."""
    shown = cookie_json(catalog, cookie, lang)
    value = cookie.raw.value
    shown["value_hash"] = value_hash(salt, value) if value is not None else None
    shown["key"] = [[column, key_json(key_value)] for column, key_value in cookie.raw.key]
    # Said in both languages, as findings are, so the report reads the same in either.
    unavailable = cookie.raw.unavailable
    shown["unavailable"] = unavailable.both() if unavailable is not None else None
    return shown


def scan_document(
    catalog: Catalog, inspection: Inspection, lang: Lang, salt: str
) -> dict[str, Any]:
    """What a report holds of one look at the stores: `scan --json`'s document, with each
    cookie as `cookie_document` and the texts in both languages."""
    document = scan_json(catalog, inspection, lang)
    document["cookies"] = [
        cookie_document(catalog, cookie, lang, salt) for cookie in inspection.cookies
    ]
    for store, shown in zip(inspection.stores, document["stores"], strict=True):
        shown["texts"] = {
            "error": store.error.both() if store.error is not None else None,
            "note": store.note.both() if store.note is not None else None,
        }
    for finding, shown in zip(inspection.findings, document["findings"], strict=True):
        shown["text"] = {"message": finding.message, "fix": finding.fix}
    return document


def report_head(
    catalog: Catalog, inspection: Inspection, now: datetime, include_paths: bool, kind: str
) -> dict[str, Any]:
    """What a report and a recording begin with: what the file is, and the environment."""
    return {
        "report": {
            "format": kind,
            "version": FORMAT_VERSION,
            "made_at": iso(now),
            "paths": "absolute" if include_paths else "home as ~",
            "value_hash": HASH_METHOD,
        },
        "environment": environment(catalog, inspection),
    }


def build_report(
    catalog: Catalog,
    inspection: Inspection,
    lang: Lang,
    now: datetime,
    salt: str | None = None,
    home: Path | None = None,
    include_paths: bool = False,
) -> dict[str, Any]:
    """The report document; paths under `home` (the home the stores were found in) as
    `~/...` unless `include_paths`."""
    built = {
        **report_head(catalog, inspection, now, include_paths, FORMAT),
        **scan_document(catalog, inspection, lang, salt or new_salt()),
    }
    return redacted(built, home, include_paths)


def redacted(document: dict[str, Any], home: Path | None, include_paths: bool) -> dict[str, Any]:
    """The document as it is written: paths under `home` as `~/...` unless `include_paths`."""
    if include_paths:
        return document
    cleaned: dict[str, Any] = Redactor(home_forms(home)).document(document)
    return cleaned


def dumps(document: dict[str, Any]) -> str:
    return json_text(document, indent=2)


def write_report(path: Path, text: str) -> None:
    """Writes a new or regular file through a renamed temporary, so a failed write leaves no
    half report; anything else (a link, /dev/stdout, a pipe) is written in place, since a
    rename would replace the link or device itself."""
    # Names from a store cannot hold lone surrogates, but a report must be written anyway.
    encoded = text.encode("utf-8", "backslashreplace")
    if path.is_symlink() or (path.exists() and not path.is_file()):
        with path.open("wb") as handle:
            handle.write(encoded)
        return
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        temporary.write_bytes(encoded)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
