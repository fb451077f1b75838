"""A recording for support (`watch -o FILE`): what a watch saw, as a report of the stores at its
end plus the stores at its start and every change with the consent judgement of its moment.

It holds no value and no hash of one (the watch keeps only keyed fingerprints, never written):
each cookie is written as a report writes it, its value's length kept. Paths under the home are
`~/...`, as in a report (tui/report/redact.py). One loader reads both (tui/report/load.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from tui.catalog import Catalog
from tui.model import Inspection
from tui.report.build import (
    RECORDING_FORMAT,
    cookie_document,
    new_salt,
    redacted,
    report_head,
    scan_document,
)
from tui.texts import Lang
from tui.times import iso
from tui.watch import Change


def event_document(
    catalog: Catalog, number: int, change: Change, lang: Lang, salt: str
) -> dict[str, Any]:
    """One change: when, what, its judgement then, and the cookie as it was then (and before)."""
    before = change.before
    return {
        "number": number,
        "time": iso(change.at),
        "change": change.kind,
        "what": list(change.what),
        "judgement": change.judgement,
        "consent_keys": list(change.consent_keys),
        "violation": change.violation,
        "cookie": cookie_document(catalog, change.cookie, lang, salt),
        "before": cookie_document(catalog, before, lang, salt) if before is not None else None,
    }


def build_recording(
    catalog: Catalog,
    start: Inspection,
    end: Inspection,
    changes: Sequence[Change],
    started: datetime,
    stopped: datetime,
    lang: Lang,
    home: Path | None = None,
    include_paths: bool = False,
) -> dict[str, Any]:
    """The recording document: the report of `end`, made at `stopped`, and `recording`."""
    # No value is held, so no hash is written; the salt only fills the report's shape.
    salt = new_salt()
    built = {
        **report_head(catalog, end, stopped, include_paths, RECORDING_FORMAT),
        **scan_document(catalog, end, lang, salt),
        "recording": {
            "started": iso(started),
            "stopped": iso(stopped),
            "start": scan_document(catalog, start, lang, salt),
            "events": [
                event_document(catalog, number, change, lang, salt)
                for number, change in enumerate(changes, 1)
            ],
        },
    }
    return redacted(built, home, include_paths)
