"""The consent cookie `cookies_preferences`: what the visitor accepted or refused, and when.

The format is not confirmed by Opendatasoft. The one reading known (cookie-facts.md) is
URL-encoded JSON with boolean keys per tracker and a numeric `timestamp`, where a missing key
or `true` means allowed.

What is shown of it is what the tool understands: the choice keys it knows (CHOICE_KEYS) with
their yes or no, and the time of the choice. Everything else is the cookie's content (it is
still a cookie value, and a site may put an identifier, a name or a number in it): each other
item, key name included, is shown only as `<text, N chars>`, N being the length of the item
written as compact JSON (`"key":value`), or of the whole text when it is no JSON object.

`decode` never raises, whatever the text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from urllib.parse import unquote

from tui.model import Consent, ConsentCookie, Cookie
from tui.textsafe import printable
from tui.times import add_months

# typing is not imported at run time: `scan` starts faster without it (annotations only).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

CONSENT_COOKIE = "cookies_preferences"
# Opendatasoft keeps a visitor's choice six months (ods-documentation legals.rst), which is
# also the CNIL's recommendation: an older choice should have been asked again.
CONSENT_MAX_MONTHS = 6

# The keys of the known reading: one per tracker ODS can ask consent for, plus
# `functional_cookies` for the portal's own optional cookies.
CHOICE_KEYS = ("functional_cookies", "ga", "matomo", "xiti", "at", "piano", "eulerian")
TIMESTAMP_KEY = "timestamp"
# The consent keys that speak for a catalogue tracker (an entry's `tracker`); a cookie is
# refused when every one of its keys present in the consent cookie says no.
# - AT Internet has shipped as XiTi, as SmartTag ("at") and as Piano Analytics. Its visitor ID
#   atuserid is written by all three: the Piano Analytics SDK keeps it for visitors migrated
#   from SmartTag (developers.piano.io/analytics/data-collection/general/cookie-storage/,
#   "Legacy cookie management"; at-internet/piano-analytics-js src/config.js,
#   privacy.legacyKeys). So the three keys speak together for the at* entries.
# - The Piano Analytics SDK's own cookies (_pcid, _pctx, _pprv, pa_vid, pa_user, pa_uid,
#   pa_privacy; same page, and src/business/ext/data-layer/data-layer.js) are written by that
#   SDK alone: XiTi's and SmartTag's cookie list names only at* cookies
#   (github.com/at-internet/smarttag-documentation-archive/wiki/AT-Internet-cookies). Only
#   `piano` speaks for them, so piano:false refuses them even when xiti or at says yes.
# - Eulerian's etuix answers to `eulerian` alone. Google Ads' _gcl_au is an entry of "ga": the
#   Google tag the portal loads for Google Analytics writes it when the property is linked to
#   Google Ads (support.google.com/analytics/answer/11397207).
TRACKER_KEYS: dict[str, tuple[str, ...]] = {
    "ga": ("ga",),
    "matomo": ("matomo",),
    "xiti": ("xiti", "at", "piano"),
    "at": ("xiti", "at", "piano"),
    "piano": ("piano",),
    "eulerian": ("eulerian",),
}
# Keys allowing first-party cookies that belong to no tracker.
FIRST_PARTY_KEYS = ("functional_cookies",)

_TRUE = ("true", "1", "yes", "on")
_FALSE = ("false", "0", "no", "off")
_MAX_KEYS = 40
_KEY_SHOWN = 60
# Timestamps outside these years are not a consent date (garbage, or seconds taken for ms).
_FIRST_YEAR, _LAST_YEAR = 2000, 2200


def decode(text: str) -> Consent:
    """The consent in a cookies_preferences value, whatever shape it has; never raises."""
    try:
        return _decode(text)
    except Exception:
        # A decoder bug must not take the scan down; say only how long the value was.
        return _opaque("text", text)


def _decode(text: str, depth: int = 0) -> Consent:
    if not text.strip():
        return Consent("empty")
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
        return _opaque(shape, candidate)
    pairs = _pairs(unquote(text) if "%" in text else text)
    if pairs:
        return _interpret("key=value pairs", pairs)
    return _opaque("text", text)


def _opaque(shape: str, text: str) -> Consent:
    """A value that is no object of keys: shown as its length only."""
    return Consent(shape, other=(_text_marker(text),), other_count=1)


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
    other: list[str] = []
    for key, value in items:
        if key in CHOICE_KEYS and (answer := _yes_no(value)) is not None:
            choices.append((key, answer))
            understood.append(key)
        elif key == TIMESTAMP_KEY and (moment := _moment(value)) is not None:
            timestamp = moment
            understood.append(key)
        else:
            other.append(_item_marker(key, value))
    return Consent(
        shape,
        tuple(choices),
        timestamp,
        tuple(understood),
        tuple(other[:_MAX_KEYS]),
        len(other),
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


def _item_marker(key: str, value: Any) -> str:
    """An item not understood, key and value together, as the length of `"key":value`."""
    try:
        written = json.dumps({key: value}, ensure_ascii=False, separators=(",", ":"))
    except (ValueError, TypeError, RecursionError):
        return "<text>"
    return _text_marker(written[1:-1])


def find_consents(cookies: Iterable[Cookie]) -> tuple[ConsentCookie, ...]:
    """Every consent cookie among `cookies`, decoded."""
    found = []
    for cookie in cookies:
        if cookie.raw.name != CONSENT_COOKIE:
            continue
        value = cookie.raw.value
        found.append(ConsentCookie(cookie, decode(value) if value is not None else None))
    return tuple(found)


def consent_from_json(document: dict[str, Any]) -> Consent | None:
    """The Consent of a `consent_json` document (from a report), None when it was unreadable."""
    if not document.get("readable"):
        return None
    choices = document.get("choices") or {}
    timestamp = document.get("timestamp")
    understood = [str(key) for key in document.get("understood_keys") or ()][:_MAX_KEYS]
    other = [str(item) for item in document.get("other") or ()][:_MAX_KEYS]
    count = document.get("other_count")
    return Consent(
        shape=str(document.get("shape", "")),
        choices=tuple(
            (printable(str(k), _KEY_SHOWN), v) for k, v in choices.items() if isinstance(v, bool)
        ),
        timestamp=_from_iso(timestamp) if isinstance(timestamp, str) else None,
        understood=tuple(printable(key, _KEY_SHOWN) for key in understood),
        other=tuple(printable(item, _KEY_SHOWN) for item in other),
        other_count=count if isinstance(count, int) and not isinstance(count, bool) else len(other),
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


def choice_is_old(chosen: datetime, now: datetime) -> bool:
    """The choice was made more than CONSENT_MAX_MONTHS calendar months before `now`."""
    return add_months(chosen, CONSENT_MAX_MONTHS) < now
