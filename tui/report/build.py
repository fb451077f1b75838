"""The redacted report a user sends to support.

The JSON report is the `scan --json` document plus the environment, with each cookie value
replaced by its length and a short salted hash. The salt is drawn anew for every report and
thrown away: support can tell whether two cookies of one report hold the same value, but
nobody can test a guess against a hash (a `django_language` of "fr" would fall to the first
try if the salt were written down), and hashes cannot be matched across reports. Findings
carry both languages, so a report made in French can be read in English. The Markdown form
is rendered from the JSON document, so it can never hold more than the JSON does.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import platform
import secrets
from datetime import datetime
from pathlib import Path
from typing import Any

from tui import __version__
from tui.catalog import Catalog
from tui.model import Inspection, key_json
from tui.present.scan_json import scan_json
from tui.textsafe import json_text
from tui.times import iso

FORMAT = "saemes-cookies report"
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


def _user() -> str | None:
    try:
        return getpass.getuser()
    except Exception:
        return None


def build_report(
    catalog: Catalog,
    inspection: Inspection,
    lang: str,
    now: datetime,
    salt: str | None = None,
    user: str | None = None,
) -> dict[str, Any]:
    """The report document. `user` defaults to the login name (store paths show it anyway)."""
    salt = salt or new_salt()
    document = scan_json(catalog, inspection, lang)
    for cookie, shown in zip(inspection.cookies, document["cookies"], strict=True):
        value = cookie.raw.value
        shown["value_hash"] = value_hash(salt, value) if value is not None else None
        shown["key"] = [[column, key_json(key_value)] for column, key_value in cookie.raw.key]
        # Said in both languages, as findings are, so the report reads the same in either.
        unavailable = cookie.raw.unavailable
        shown["unavailable"] = unavailable.both() if unavailable is not None else None
    for store, shown in zip(inspection.stores, document["stores"], strict=True):
        shown["texts"] = {
            "error": store.error.both() if store.error is not None else None,
            "note": store.note.both() if store.note is not None else None,
        }
    for finding, shown in zip(inspection.findings, document["findings"], strict=True):
        shown["text"] = {"message": finding.message, "fix": finding.fix}
    return {
        "report": {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "made_at": iso(now),
            "user": user if user is not None else _user(),
            "value_hash": HASH_METHOD,
        },
        "environment": environment(catalog, inspection),
        **document,
    }


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
