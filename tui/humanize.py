"""Times in words, in English or French: a length of time, and an expiry relative to now.

The words are the text table's; a length is a `Said`, so a finding can keep it in both
languages.
"""

from __future__ import annotations

from datetime import datetime

from tui.texts import Lang, Said, say, say_plural, tr

# (seconds in the unit, key for one, key for several)
_UNITS = (
    (365 * 86400, "time.year", "time.years"),
    (30 * 86400, "time.month", "time.months"),
    (86400, "time.day", "time.days"),
    (3600, "time.hour", "time.hours"),
    (60, "time.minute", "time.minutes"),
    (1, "time.second", "time.seconds"),
)


def length(seconds: float) -> Said:
    """A length of time in its largest whole unit: "3 days", "1 year"."""
    seconds = abs(seconds)
    for size, one, several in _UNITS:
        if seconds >= size or size == 1:
            count = int(seconds // size)
            return say_plural(count, one, several)
    raise AssertionError("unreachable")


def span(seconds: float) -> Said:
    """A length precise enough to compare with a declared lifetime: in days past two days."""
    days = int(abs(seconds) // 86400)
    if days < 2:
        return length(seconds)
    return say("time.days", count=days)


def duration(seconds: float, lang: Lang) -> str:
    return length(seconds).text(lang)


def expiry(expires: datetime | None, now: datetime, lang: Lang) -> str:
    """ "in 13 days", "expired 3 days ago", "session"."""
    if expires is None:
        return tr(lang, "time.session")
    delta = (expires - now).total_seconds()
    key = "time.expired-ago" if delta <= 0 else "time.in"
    return tr(lang, key, span=length(delta))
