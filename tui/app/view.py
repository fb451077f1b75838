"""What the table and the sources list show, as rich Text: never markup, never a raw store string.

Plain functions over the domain's data (no textual here), so they are cheap to test. Store
text (names, hosts, profile names, paths, errors) goes through `printable` and into `Text`
objects, which nothing ever parses as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from rich.text import Text

from tui.catalog import Catalog
from tui.model import Cookie, Store
from tui.present.labels import (
    CATEGORY_ORDER,
    CATEGORY_STYLE,
    category_label,
    expiry_words,
    flags,
    row_flags,
)
from tui.present.labels import consent_required as consent_required
from tui.texts import tr
from tui.textsafe import printable

MARK = "✓"
NAME_LIMIT = 60
SOURCE_LIMIT = 70
SHORT_SOURCE = 24


def store_states(store: Store, cookies: Iterable[Cookie]) -> list[str]:
    """The store's states, worst first: error, running, values (unavailable); else ok."""
    states = []
    if store.error:
        states.append("error")
    if store.running:
        states.append("running")
    if any(cookie.raw.value_status != "ok" for cookie in cookies):
        states.append("values")
    return states or ["ok"]


STATE_STYLE = {"ok": "green", "running": "yellow", "values": "yellow", "error": "bold red"}


def display_path(path: str | Path, home: Path | None) -> str:
    """`~/...` for paths under the home, so lists stay short and demo paths stay stable."""
    text = str(path)
    if home is not None:
        root = str(home).rstrip("/")
        if text == root:
            return "~"
        if root and text.startswith(root + "/"):
            return "~" + text[len(root) :]
    return printable(text, 300)


def matches(catalog: Catalog, cookie: Cookie, needle: str, lang: str) -> bool:
    """Does the cookie's name, host, category (key or label) or profile contain `needle`?"""
    needle = needle.strip().casefold()
    if not needle:
        return True
    haystack = (
        cookie.raw.name,
        cookie.raw.host,
        cookie.category,
        category_label(catalog, cookie.category, lang),
        cookie.store.id,
    )
    return any(needle in text.casefold() for text in haystack)


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    width: int | None
    # Sort keys only ever meet keys of the same column, so each column's keys compare.
    sort: Callable[[Catalog, Cookie], Any] | None


def _expires_key(catalog: Catalog, cookie: Cookie) -> tuple[int, float]:
    expires = cookie.raw.expires
    # Session cookies last the shortest in practice, but are shown after dated ones.
    return (1, 0.0) if expires is None else (0, expires.timestamp())


def _consent_key(catalog: Catalog, cookie: Cookie) -> int:
    consent = consent_required(catalog, cookie)
    return 2 if consent is None else (0 if consent else 1)


COLUMNS: tuple[Column, ...] = (
    Column("mark", "", 1, None),
    Column("name", "col.name", None, lambda c, k: (k.raw.name.casefold(), k.raw.host)),
    Column("scope", "col.scope", None, lambda c, k: (k.raw.host.lstrip("."), k.raw.host)),
    Column("category", "col.category", None, lambda c, k: CATEGORY_ORDER.index(k.category)),
    Column("consent", "col.consent", None, _consent_key),
    Column("expires", "col.expires", None, _expires_key),
    Column("store", "col.store", None, lambda c, k: k.store.id.casefold()),
    Column(
        "flags",
        "col.flags",
        None,
        lambda c, k: flags(k.raw.secure, k.raw.http_only, k.raw.same_site),
    ),
)
SORTABLE = tuple(column.key for column in COLUMNS if column.sort is not None)


def sort_cookies(
    catalog: Catalog, cookies: Sequence[Cookie], column: str | None, reverse: bool
) -> list[Cookie]:
    """Sorted by `column` (stable, so ties keep scan order); None keeps the scan order."""
    key = next((c.sort for c in COLUMNS if c.key == column and c.sort is not None), None)
    if key is None:
        return list(reversed(cookies)) if reverse else list(cookies)
    return sorted(cookies, key=lambda cookie: key(catalog, cookie), reverse=reverse)


def header(column: Column, lang: str, sort: str | None, reverse: bool) -> Text:
    label = Text(tr(lang, column.label) if column.label else MARK, style="bold")
    if column.key == sort:
        label.append(" ▼" if reverse else " ▲")
    return label


def expired(cookie: Cookie, now: datetime) -> bool:
    return cookie.raw.expires is not None and cookie.raw.expires <= now


def category_text(catalog: Catalog, category: str, lang: str) -> Text:
    return Text(category_label(catalog, category, lang), style=CATEGORY_STYLE.get(category, ""))


def consent_text(catalog: Catalog, cookie: Cookie, lang: str) -> Text:
    consent = consent_required(catalog, cookie)
    if consent is None:
        return Text(tr(lang, "unknown"), style="dim")
    return Text(tr(lang, "yes"), style="bold") if consent else Text(tr(lang, "no"), style="dim")


def short_source(store: Store, stores: Sequence[Store]) -> str:
    """The table's profile column: the browser alone when it has one store, else browser·profile.

    Full store ids ("Firefox/default-release (k3x9q2vd.default-release)") would take the
    table's width; the sources list and the detail pane show them in full.
    """
    twins = sum(1 for other in stores if other.ref.browser == store.ref.browser)
    if twins <= 1:
        return printable(store.ref.browser, 20)
    return printable(f"{store.ref.browser} {store.ref.profile}", SHORT_SOURCE)


def row_cells(
    catalog: Catalog, cookie: Cookie, lang: str, now: datetime, source: str
) -> list[Text]:
    """One table row without its mark, one Text per column of COLUMNS after the first."""
    raw = cookie.raw
    return [
        Text(printable(raw.name, NAME_LIMIT)),
        Text(printable(raw.host)),
        category_text(catalog, cookie.category, lang),
        consent_text(catalog, cookie, lang),
        Text(expiry_words(raw, now, lang), style="red" if expired(cookie, now) else ""),
        Text(source, style="dim"),
        Text(row_flags(raw, lang), style="dim"),
    ]


def source_prompt(store: Store, cookies: Sequence[Cookie], lang: str, width: int = 0) -> Text:
    """One line of the sources list: `Browser/Profile  count  state · state`."""
    text = Text(printable(store.id, SOURCE_LIMIT).ljust(width), style="bold")
    text.append(f" {len(cookies):>4}  ", style="dim")
    for index, state in enumerate(store_states(store, cookies)):
        if index:
            text.append(" · ", style="dim")
        text.append(tr(lang, f"state.{state}"), style=STATE_STYLE[state])
    return text


def all_prompt(count: int, lang: str, width: int = 0) -> Text:
    text = Text(tr(lang, "all").ljust(width), style="bold")
    text.append(f" {count:>4}", style="dim")
    return text


def source_width(stores: Sequence[Store], lang: str) -> int:
    """The width that aligns the counts of the sources list."""
    names = [len(printable(store.id, SOURCE_LIMIT)) for store in stores]
    return max([len(tr(lang, "all")), *names])


def store_notice(store: Store, cookies: Sequence[Cookie], lang: str, home: Path | None) -> Text:
    """What is worth knowing about one store: its path, then any error, running browser, note."""
    text = Text(tr(lang, "store.path", path=display_path(store.ref.path, home)), style="dim")
    states = store_states(store, cookies)
    if store.error:
        text.append("\n")
        text.append(
            tr(lang, "store.error", error=printable(store.error.text(lang), 400)), style="bold red"
        )
    if "running" in states:
        text.append("\n")
        text.append(tr(lang, "store.running"), style="yellow")
    if "values" in states:
        text.append("\n")
        text.append(tr(lang, "store.values"), style="yellow")
    if store.note:
        text.append("\n")
        text.append(printable(store.note.text(lang), 400), style="dim")
    return text


def problems(stores: Sequence[Store], lang: str) -> str:
    """ "1 store could not be read, 2 browsers are running", or "" when all is well."""
    errors = sum(1 for store in stores if store.error)
    running = sum(1 for store in stores if store.running and not store.error)
    parts = []
    if errors:
        parts.append(tr(lang, "problem.error" if errors == 1 else "problem.errors", count=errors))
    if running:
        parts.append(
            tr(lang, "problem.running" if running == 1 else "problem.runnings", count=running)
        )
    return ", ".join(parts)
