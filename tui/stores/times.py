"""The browsers' clocks, converted to aware UTC datetimes.

A store's time column is hostile like any other: it may hold text, bytes, an infinity, NaN
or an integer beyond any calendar. A number out of range is clamped (it is what the store
says, only further than a datetime goes); anything that is not a number raises
TimeUnreadable, which the reader turns into a note on that row.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

_WINDOWS_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_UNIX_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_APPLE_EPOCH = datetime(2001, 1, 1, tzinfo=UTC)
_LATEST = datetime(9999, 12, 31, tzinfo=UTC)


class TimeUnreadable(ValueError):
    """The column holds no number of the clock's unit; never says what it holds."""


def _number(raw: object) -> int | float | None:
    """The column's number; None for NULL or 0, which the browsers write for "no time"."""
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        # SQLite turns numeric text into a number in INTEGER columns, so text here is no
        # number at all; bytes neither.
        raise TimeUnreadable
    if isinstance(raw, float) and math.isnan(raw):
        raise TimeUnreadable
    return raw or None


def _after(start: datetime, amount: int | float, unit: str) -> datetime:
    # A hostile or corrupt store can hold any number; clamp instead of raising.
    try:
        return start + timedelta(**{unit: amount})
    except OverflowError:
        return _LATEST if amount > 0 else start


def chromium_time(micros: object) -> datetime | None:
    """Chromium: microseconds since 1601-01-01 UTC; 0 means none."""
    amount = _number(micros)
    return None if amount is None else _after(_WINDOWS_EPOCH, amount, "microseconds")


def unix_micros(micros: object) -> datetime | None:
    amount = _number(micros)
    return None if amount is None else _after(_UNIX_EPOCH, amount, "microseconds")


def unix_millis(millis: object) -> datetime | None:
    amount = _number(millis)
    return None if amount is None else _after(_UNIX_EPOCH, amount, "milliseconds")


def unix_seconds(seconds: object) -> datetime | None:
    amount = _number(seconds)
    return None if amount is None else _after(_UNIX_EPOCH, amount, "seconds")


def apple_seconds(seconds: object) -> datetime | None:
    """Safari (CFAbsoluteTime): seconds since 2001-01-01 UTC, a double; 0 means none."""
    amount = _number(seconds)
    return None if amount is None else _after(_APPLE_EPOCH, amount, "seconds")
