"""The consent cookie `cookies_preferences`: what the visitor accepted or refused, and when.

The format is not confirmed by Opendatasoft. The one reading known (cookie-facts.md) is
URL-encoded JSON with boolean keys per tracker and a numeric `timestamp`, where a missing key
or `true` means allowed. Anything else is decoded as far as it goes and shown as a structure:
keys, booleans, numbers and nulls as they are, every string as its length only, because the
cookie is still a cookie value and strings in it may be anything.

`decode` never raises, whatever the text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote

from tui.model import Cookie
from tui.stores.times import iso
from tui.textsafe import printable

CONSENT_COOKIE = "cookies_preferences"

# The keys of the known reading: one per tracker ODS can ask consent for, plus
# `functional_cookies` for the portal's own optional cookies.
CHOICE_KEYS = ("functional_cookies", "ga", "matomo", "xiti", "at", "piano", "eulerian")
TIMESTAMP_KEY = "timestamp"
# The consent keys that speak for a catalogue tracker. AT Internet has shipped as XiTi, as
# SmartTag ("at") and as Piano Analytics, all writing atuserid/atidvisitor.
TRACKER_KEYS: dict[str, tuple[str, ...]] = {
    "ga": ("ga",),
    "matomo": ("matomo",),
    "xiti": ("xiti", "at", "piano"),
    "at": ("xiti", "at", "piano"),
}
# Keys allowing first-party cookies that belong to no tracker.
FIRST_PARTY_KEYS = ("functional_cookies",)

_TRUE = ("true", "1", "yes", "on")
_FALSE = ("false", "0", "no", "off")
_MAX_KEYS = 40
_MAX_ITEMS = 20
_MAX_DEPTH = 4
_KEY_SHOWN = 60
# Timestamps outside these years are not a consent date (garbage, or seconds taken for ms).
_FIRST_YEAR, _LAST_YEAR = 2000, 2200


@dataclass(frozen=True)
class Consent:
    """One decoded consent cookie value. Holds no string taken from the value but key names."""

    # How far decoding went: "url-encoded JSON", "JSON", "key=value pairs", "text", "empty".
    shape: str
    # (key, allowed) for each choice key present with a value understood as yes or no.
    choices: tuple[tuple[str, bool], ...] = ()
    timestamp: datetime | None = None
    # Keys whose meaning and value were understood, and the other keys, in the value's order.
    understood: tuple[str, ...] = ()
    not_understood: tuple[str, ...] = ()
    # The decoded value with every string replaced by "<text, N chars>"; JSON-safe.
    structure: Any = None

    @property
    def recognised(self) -> bool:
        """At least one choice was understood, so "missing key = allowed" may be applied."""
        return bool(self.choices)

    def choice(self, key: str) -> bool | None:
        return next((allowed for k, allowed in self.choices if k == key), None)

    def refuses(self, keys: Iterable[str]) -> bool:
        """Every one of `keys` that is present says no (and at least one is present)."""
        answers = [answer for answer in (self.choice(key) for key in keys) if answer is not None]
        return bool(answers) and not any(answers)


def decode(text: str) -> Consent:
    """The consent in a cookies_preferences value, whatever shape it has; never raises."""
    try:
        return _decode(text)
    except Exception:
        # A decoder bug must not take the scan down; say only how long the value was.
        return Consent("text", structure=_text_marker(text))


def _decode(text: str, depth: int = 0) -> Consent:
    if not text.strip():
        return Consent("empty", structure=_text_marker(text))
    for shape, candidate in _candidates(text):
        parsed = _json(candidate)
        if parsed is _NOT_JSON:
            continue
        # A JSON string holding the real value: it was encoded twice.
        if isinstance(parsed, str) and depth < 2:
            inner = _decode(parsed, depth + 1)
            if inner.shape not in ("text", "empty"):
                return inner
        if isinstance(parsed, dict):
            return _interpret(shape, list(parsed.items()))
        return Consent(shape, structure=redact(parsed))
    pairs = _pairs(unquote(text) if "%" in text else text)
    if pairs:
        return _interpret("key=value pairs", pairs)
    return Consent("text", structure=_text_marker(text))


def _candidates(text: str) -> list[tuple[str, str]]:
    """The text as it is, then URL-decoded as often as it changes (values get double-encoded)."""
    found = [("JSON", text)]
    current = text
    for _ in range(3):
        if "%" not in current:
            break
        decoded = unquote(current)
        if decoded == current:
            break
        found.append(("url-encoded JSON", decoded))
        current = decoded
    return found


class _NotJson:
    pass


_NOT_JSON = _NotJson()


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        # ValueError covers bad JSON and integers longer than Python's digit limit.
        return _NOT_JSON


def _pairs(text: str) -> list[tuple[str, Any]]:
    """`ga=false&matomo=true` or `ga:false,matomo:true`; [] when the text is not that."""
    for pair_sep, kv_sep in (("&", "="), (";", "="), (",", ":"), (",", "=")):
        parts = [part.strip() for part in text.split(pair_sep) if part.strip()]
        if not parts or not all(kv_sep in part for part in parts):
            continue
        pairs = []
        for part in parts:
            key, _, value = part.partition(kv_sep)
            pairs.append((key.strip(), _scalar(value.strip())))
        if all(key and _printable_key(key) for key, _ in pairs):
            return pairs
    return []


def _printable_key(key: str) -> bool:
    return key.isascii() and all(char.isalnum() or char in "_-." for char in key)


def _scalar(text: str) -> Any:
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    try:
        return int(text)
    except ValueError:
        return text


def _interpret(shape: str, items: list[tuple[str, Any]]) -> Consent:
    choices: list[tuple[str, bool]] = []
    timestamp: datetime | None = None
    understood: list[str] = []
    not_understood: list[str] = []
    for key, value in items:
        shown = printable(key, _KEY_SHOWN)
        if key in CHOICE_KEYS and (answer := _yes_no(value)) is not None:
            choices.append((key, answer))
            understood.append(shown)
        elif key == TIMESTAMP_KEY and (moment := _moment(value)) is not None:
            timestamp = moment
            understood.append(shown)
        else:
            not_understood.append(shown)
    structure = _redact_items(items, 0)
    return Consent(
        shape,
        tuple(choices),
        timestamp,
        tuple(understood),
        tuple(not_understood[:_MAX_KEYS]),
        structure,
    )


def _yes_no(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
    return None


def _moment(value: Any) -> datetime | None:
    """Milliseconds or seconds since 1970 (number or digits), or an ISO date."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit() and len(text) <= 20:
            value = int(text)
        else:
            try:
                parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                return None
            parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
            return _plausible(parsed.astimezone(UTC))
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    try:
        # Seconds since 1970 stay below 1e11 until the year 5138; milliseconds are above it.
        seconds = value / 1000 if abs(value) >= 1e11 else float(value)
        moment = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds)
    except (OverflowError, ValueError):
        return None
    return _plausible(moment)


def _plausible(moment: datetime) -> datetime | None:
    return moment if _FIRST_YEAR <= moment.year <= _LAST_YEAR else None


def _text_marker(text: str) -> str:
    return f"<text, {len(text)} chars>"


def redact(value: Any, depth: int = 0) -> Any:
    """A decoded JSON value made safe to show: strings as their length, bounded in size."""
    if isinstance(value, str):
        return _text_marker(value)
    if value is None or isinstance(value, bool | int):
        # Numbers longer than any date or count are not worth showing and could carry text.
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**20:
            return "<large number>"
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else f"<{value}>"
    if depth >= _MAX_DEPTH:
        return "<nested deeper>"
    if isinstance(value, dict):
        return _redact_items(list(value.items()), depth)
    if isinstance(value, list):
        shown = [redact(item, depth + 1) for item in value[:_MAX_ITEMS]]
        if len(value) > _MAX_ITEMS:
            shown.append(f"<{len(value) - _MAX_ITEMS} more items>")
        return shown
    return f"<{type(value).__name__}>"


def _redact_items(items: list[tuple[str, Any]], depth: int) -> dict[str, Any]:
    shown: dict[str, Any] = {}
    for key, value in items[:_MAX_KEYS]:
        shown[printable(str(key), _KEY_SHOWN)] = redact(value, depth + 1)
    if len(items) > _MAX_KEYS:
        shown["<more keys>"] = len(items) - _MAX_KEYS
    return shown


@dataclass(frozen=True)
class ConsentCookie:
    """A cookies_preferences cookie found in one store, decoded when its value could be read."""

    cookie: Cookie
    # None when the value is unavailable (see cookie.raw.value_status).
    consent: Consent | None

    @property
    def chosen_at(self) -> datetime | None:
        """When the choice was made: the value's timestamp, else the cookie's creation."""
        if self.consent is not None and self.consent.timestamp is not None:
            return self.consent.timestamp
        return self.cookie.raw.created


def find_consents(cookies: Iterable[Cookie]) -> tuple[ConsentCookie, ...]:
    """Every consent cookie among `cookies`, decoded."""
    found = []
    for cookie in cookies:
        if cookie.raw.name != CONSENT_COOKIE:
            continue
        value = cookie.raw.value
        found.append(ConsentCookie(cookie, decode(value) if value is not None else None))
    return tuple(found)


def consent_json(record: ConsentCookie, cookie_id: str) -> dict[str, Any]:
    consent = record.consent
    raw = record.cookie.raw
    document: dict[str, Any] = {
        "cookie": cookie_id,
        "store": record.cookie.store.id,
        "host": raw.host,
        "container": raw.container or None,
        "partition": raw.partition or None,
        "readable": consent is not None,
        "value_status": raw.value_status,
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
            "other_keys": list(consent.not_understood),
            "structure": consent.structure,
        }
    )
    return document


def consent_from_json(document: dict[str, Any]) -> Consent | None:
    """The Consent of a `consent_json` document (from a report), None when it was unreadable."""
    if not document.get("readable"):
        return None
    choices = document.get("choices") or {}
    timestamp = document.get("timestamp")
    return Consent(
        shape=str(document.get("shape", "")),
        choices=tuple((str(k), bool(v)) for k, v in choices.items() if isinstance(v, bool)),
        timestamp=_from_iso(timestamp) if isinstance(timestamp, str) else None,
        understood=tuple(str(k) for k in document.get("understood_keys") or ()),
        not_understood=tuple(str(k) for k in document.get("other_keys") or ()),
        structure=document.get("structure"),
    )


def _from_iso(text: str) -> datetime | None:
    """A report's choice time, kept only as `decode` would have produced it: with its zone,
    in UTC and within the plausible years, since the app compares it with aware times and
    adds months to it."""
    try:
        moment = datetime.fromisoformat(text[:64])
        if moment.utcoffset() is None:
            return None
        return _plausible(moment.astimezone(UTC))
    except (ValueError, OverflowError):
        return None
