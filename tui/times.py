"""Times as the tool writes and counts them: ISO-8601 UTC, and calendar months."""

from __future__ import annotations

import calendar
from datetime import MAXYEAR, MINYEAR, UTC, datetime


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def add_months(moment: datetime, months: int) -> datetime:
    """The same day `months` calendar months later (or earlier), clamped to the month's end,
    and to the calendar's ends (a hostile store's times are clamped to year 9999 already)."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    if year > MAXYEAR:
        return datetime.max.replace(tzinfo=moment.tzinfo)
    if year < MINYEAR:
        return datetime.min.replace(tzinfo=moment.tzinfo)
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)
