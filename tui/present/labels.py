"""The words for a cookie's category, flags, expiry, value state and notes, in either language;
and the summary of counts. One place, so the table, the JSON, the report and the app say the
same thing the same way."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime

from tui.catalog import Catalog
from tui.humanize import expiry
from tui.model import CATEGORY_KEYS, UNCLASSIFIED, Cookie, RawCookie, RowNote
from tui.texts import Lang, plural, tr
from tui.textsafe import printable

CATEGORY_ORDER = (*CATEGORY_KEYS, UNCLASSIFIED)
# Rich styles of the categories, in the table and the app.
CATEGORY_STYLE = {
    "necessary": "green",
    "statistical": "yellow",
    "first_party": "magenta",
    "third_party": "red",
    "unclassified": "bright_black",
}
# Counted words, one and several: French adjectives agree with the count.
_COUNTED = {
    "necessary": ("count.necessary", "count.necessary.many"),
    "statistical": ("count.statistical", "count.statistical.many"),
    "first_party": ("count.first_party", "count.first_party.many"),
    "third_party": ("count.third_party", "count.third_party.many"),
    UNCLASSIFIED: ("count.unclassified", "count.unclassified.many"),
}
_NOTE_FIELDS = {
    "expires": "note.expires",
    "created": "note.created",
    "last_access": "note.last_access",
    "name": "note.name",
    "path": "note.path",
    "value": "note.value",
    "encrypted_value": "note.encrypted_value",
    "secure": "note.secure",
    "http_only": "note.http_only",
    "same_site": "note.same_site",
    "persistent": "note.persistent",
    "partition": "note.partition",
    "partitioned": "note.partitioned",
    "origin_attributes": "note.origin_attributes",
    "row": "note.row",
}
_NOTE_PROBLEMS = {
    "unreadable": "note.unreadable",
    "bytes": "note.bytes",
    "not-utf8": "note.not-utf8",
    "text": "note.text",
}


def category_label(catalog: Catalog, category: str, lang: Lang) -> str:
    if category in catalog.categories:
        return catalog.categories[category].label[lang]
    return tr(lang, "label.unclassified")


def consent_required(catalog: Catalog, cookie: Cookie) -> bool | None:
    """From the cookie's catalogue entry, else its category; None when unclassified."""
    entry = catalog.entry(cookie.entry_id)
    if entry is not None:
        return entry.consent_required
    if cookie.category in catalog.categories:
        return catalog.categories[cookie.category].consent_required
    return None


def flags(secure: bool, http_only: bool, same_site: str | None, partitioned: bool = False) -> str:
    """ "Secure HttpOnly SameSite=Lax Partitioned": the attributes' own names, the same in
    both languages."""
    parts = []
    if secure:
        parts.append("Secure")
    if http_only:
        parts.append("HttpOnly")
    if same_site:
        parts.append(f"SameSite={same_site.capitalize()}")
    if partitioned:
        parts.append("Partitioned")
    return " ".join(parts)


def row_flags(raw: RawCookie, lang: Lang) -> str:
    """The flags, then the Firefox container by name (by id where it has none)."""
    shown = flags(raw.secure, raw.http_only, raw.same_site, raw.partitioned)
    if raw.container:
        container = tr(lang, "d.container", value=printable(raw.container_label(lang), 40))
        shown = f"{shown} · {container}" if shown else container
    return shown


def expiry_words(raw: RawCookie, now: datetime, lang: Lang) -> str:
    """ "in 13 days", "session", or, when the store's expiry could not be read, says so
    rather than calling the cookie a session cookie."""
    if raw.expires is None and raw.unreadable("expires"):
        return tr(lang, "expiry.unreadable")
    return expiry(raw.expires, now, lang)


def value_status(raw: RawCookie, lang: Lang) -> str:
    """ "ok", or "unavailable: <reason>" with the reason in `lang` (the prefix is a code)."""
    if raw.unavailable is None:
        return "ok"
    return f"unavailable: {raw.unavailable.text(lang)}"


def note_text(note: RowNote, lang: Lang) -> str:
    """ "expiry: unreadable" / "expiration : illisible". A field or problem this version does
    not know (from a report made by another version) is shown by its code."""
    field = _NOTE_FIELDS.get(note.field)
    problem = _NOTE_PROBLEMS.get(note.problem)
    return tr(
        lang,
        "note",
        field=tr(lang, field) if field else printable(note.field, 40),
        problem=tr(lang, problem) if problem else printable(note.problem, 40),
    )


def notes_text(notes: Iterable[RowNote], lang: Lang) -> str:
    return "; ".join(note_text(note, lang) for note in notes)


def summary(catalog: Catalog, cookies: Iterable[Cookie], lang: Lang) -> str:
    """ "4 necessary · 3 statistical · 1 unclassified" (zero counts left out)."""
    counts = Counter(cookie.category for cookie in cookies)
    parts = [plural(lang, counts[key], *_COUNTED[key]) for key in CATEGORY_ORDER if counts[key]]
    return " · ".join(parts) if parts else tr(lang, "summary.none")
