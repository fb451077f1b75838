"""Times in words, in English or French, relative to a given moment."""

from __future__ import annotations

from datetime import datetime

_UNITS = (
    (365 * 86400, ("year", "years"), ("an", "ans")),
    (30 * 86400, ("month", "months"), ("mois", "mois")),
    (86400, ("day", "days"), ("jour", "jours")),
    (3600, ("hour", "hours"), ("heure", "heures")),
    (60, ("minute", "minutes"), ("minute", "minutes")),
    (1, ("second", "seconds"), ("seconde", "secondes")),
)


def duration(seconds: float, lang: str) -> str:
    seconds = abs(seconds)
    for size, en, fr in _UNITS:
        if seconds >= size or size == 1:
            count = int(seconds // size)
            words = fr if lang == "fr" else en
            return f"{count} {words[0] if count == 1 else words[1]}"
    raise AssertionError("unreachable")


def expiry(expires: datetime | None, now: datetime, lang: str) -> str:
    if expires is None:
        return "session"
    delta = (expires - now).total_seconds()
    if delta <= 0:
        span = duration(delta, lang)
        return f"expired {span} ago" if lang == "en" else f"expiré depuis {span}"
    span = duration(delta, lang)
    return f"in {span}" if lang == "en" else f"dans {span}"
