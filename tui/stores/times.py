"""The browsers' clocks, converted to aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

_WINDOWS_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_UNIX_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_LATEST = datetime(9999, 12, 31, tzinfo=UTC)


def _after(start: datetime, **amount: float) -> datetime:
    # A hostile or corrupt store can hold any integer; clamp instead of raising.
    try:
        return start + timedelta(**amount)
    except OverflowError:
        return _LATEST if next(iter(amount.values())) > 0 else start


def chromium_time(micros: int | None) -> datetime | None:
    """Chromium: microseconds since 1601-01-01 UTC; 0 means none."""
    if not micros:
        return None
    return _after(_WINDOWS_EPOCH, microseconds=int(micros))


def unix_micros(micros: int | None) -> datetime | None:
    if not micros:
        return None
    return _after(_UNIX_EPOCH, microseconds=int(micros))


def unix_millis(millis: int | None) -> datetime | None:
    if not millis:
        return None
    return _after(_UNIX_EPOCH, milliseconds=int(millis))


def unix_seconds(seconds: float | None) -> datetime | None:
    if not seconds:
        return None
    return _after(_UNIX_EPOCH, seconds=float(seconds))


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
