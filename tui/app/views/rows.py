"""What the cookie table and its summary line show, as rich Text: never markup, never a raw
store string.

Plain functions over the domain's data (no textual here), so they are cheap to test. Store
text (names, hosts, profile names, paths, errors) goes through `printable` and into `Text`
objects, which nothing ever parses as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from rich.text import Text

from tui.app.views.sources import ALL
from tui.catalog import Catalog
from tui.frozen import Frozen, replace
from tui.model import Cookie, Finding, Inspection, Store, StoreRef
from tui.present.labels import (
    CATEGORY_ORDER,
    CATEGORY_STYLE,
    category_label,
    expiry_words,
    flags,
    row_flags,
    summary,
)
from tui.present.labels import consent_required as consent_required
from tui.texts import Lang, Said, plural, tr
from tui.textsafe import printable

MARK = "✓"
NAME_LIMIT = 60
SHORT_SOURCE = 24


def profile_name(ref: StoreRef) -> str:
    """The profile's name as a person gave it: discovery writes `Name (folder)` when the name
    is not the folder's, and the folder's id (`k3x9q2vd.default-release`) is no name."""
    for part in reversed(ref.path.parts):
        folder = f" ({part})"
        if ref.profile.endswith(folder) and len(ref.profile) > len(folder):
            return ref.profile[: -len(folder)]
    return ref.profile


def matches(catalog: Catalog, cookie: Cookie, needle: str, lang: Lang) -> bool:
    """Does what the person sees of the cookie contain `needle`: its name, host, category
    (label or key), browser, profile's name or container? Not a profile's folder id, which
    would match every cookie of that profile for a letter or two."""
    needle = needle.strip().casefold()
    if not needle:
        return True
    raw, ref = cookie.raw, cookie.store.ref
    haystack = [
        raw.name,
        raw.host,
        cookie.category,
        category_label(catalog, cookie.category, lang),
        ref.browser,
        profile_name(ref),
    ]
    if raw.container:
        haystack.append(raw.container_label(lang))
    return any(needle in printable(text, 300).casefold() for text in haystack)


class Column(Frozen):
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
        lambda c, k: flags(k.raw.secure, k.raw.http_only, k.raw.same_site, k.raw.partitioned),
    ),
)
SORTABLE = tuple(column.key for column in COLUMNS if column.sort is not None)
# On a narrow screen these columns leave the table first, in this order (the details tab
# still says all of it); the mark, the name and the scope always stay.
DROPPED_FIRST = ("flags", "store", "expires", "consent", "category")
# Cells DataTable pads each column with, on either side (its default cell_padding).
CELL_PADDING = 1


def fit_columns(
    columns: Sequence[tuple[str, Text, int | None]],
    rows: Sequence[tuple[str, Sequence[Text]]],
    width: int,
) -> list[str]:
    """The keys of the columns to show in `width` cells: every column that fits as wide as
    its widest cell, dropping whole columns in DROPPED_FIRST order rather than letting any
    scroll out of sight. `rows` hold the cells of every column after the first (the mark)."""

    def natural(index: int, label: Text, fixed: int | None) -> int:
        if fixed is not None:
            return fixed
        cells = [row[index - 1].cell_len for _, row in rows if index - 1 < len(row)]
        return max([label.cell_len, *cells])

    widths = {
        key: natural(index, label, fixed) + 2 * CELL_PADDING
        for index, (key, label, fixed) in enumerate(columns)
    }
    shown = list(widths)
    for key in DROPPED_FIRST:
        if sum(widths[name] for name in shown) <= width:
            break
        if key in shown:
            shown.remove(key)
    return shown


def sort_cookies(
    catalog: Catalog, cookies: Sequence[Cookie], column: str | None, reverse: bool
) -> list[Cookie]:
    """Sorted by `column` (stable, so ties keep scan order); None keeps the scan order."""
    key = next((c.sort for c in COLUMNS if c.key == column and c.sort is not None), None)
    if key is None:
        return list(reversed(cookies)) if reverse else list(cookies)
    return sorted(cookies, key=lambda cookie: key(catalog, cookie), reverse=reverse)


def header(column: Column, lang: Lang, sort: str | None, reverse: bool) -> Text:
    label = Text(tr(lang, column.label) if column.label else MARK, style="bold")
    if column.key == sort:
        label.append(" ▼" if reverse else " ▲")
    return label


def expired(cookie: Cookie, now: datetime) -> bool:
    return cookie.raw.expires is not None and cookie.raw.expires <= now


def category_text(catalog: Catalog, category: str, lang: Lang) -> Text:
    return Text(category_label(catalog, category, lang), style=CATEGORY_STYLE.get(category, ""))


def consent_text(catalog: Catalog, cookie: Cookie, lang: Lang) -> Text:
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


def table_rows(
    catalog: Catalog, cookies: Sequence[Cookie], lang: Lang, now: datetime, stores: Sequence[Store]
) -> list[tuple[str, list[Text]]]:
    """Each cookie's row key (its `Cookie.id`) and cells, its profile named as short as `stores`
    allows."""
    return [
        (
            cookie.id,
            row_cells(catalog, cookie, lang, now, short_source(cookie.store, stores)),
        )
        for cookie in cookies
    ]


def row_cells(
    catalog: Catalog, cookie: Cookie, lang: Lang, now: datetime, source: str
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


class TableView(Frozen):
    """What the table shows of the cookies found: those of a store (`source`, or ALL) that
    match the filter (`needle`), sorted by a column (None: scan order), or instead only a
    finding's cookies (`spotlight`, until escape or the filter ends it)."""

    needle: str = ""
    sort: str | None = None
    reverse: bool = False
    source: str = ALL
    spotlight: Finding | None = None

    def rows(self, catalog: Catalog, cookies: Sequence[Cookie], lang: Lang) -> list[Cookie]:
        if self.spotlight is not None:
            involved = set(self.spotlight.cookies)
            shown = [cookie for cookie in cookies if cookie.id in involved]
        else:
            shown = [
                cookie
                for cookie in cookies
                if (self.source == ALL or cookie.store.id == self.source)
                and matches(catalog, cookie, self.needle, lang)
            ]
        return sort_cookies(catalog, shown, self.sort, self.reverse)

    def fitted(self, inspection: Inspection) -> TableView:
        """The same view of a new scan, less the store or finding that is no longer there."""
        source, spotlight = self.source, self.spotlight
        if source not in {store.id for store in inspection.stores}:
            source = ALL
        if spotlight not in inspection.findings:
            spotlight = None
        return replace(self, source=source, spotlight=spotlight)

    def sorted_by(self, column: str) -> TableView:
        """A click on a column's header: sorted by it, or the other way when it already is."""
        if column == self.sort:
            return replace(self, reverse=not self.reverse)
        return replace(self, sort=column, reverse=False)

    def next_sort(self, shown: Sequence[str] = SORTABLE) -> TableView:
        """`s`: sorted by the next sortable column of those `shown`, ascending."""
        order = [key for key in SORTABLE if key in shown] or list(SORTABLE)
        position = order.index(self.sort) + 1 if self.sort in order else 0
        return replace(self, sort=order[position % len(order)], reverse=False)


def columns(
    lang: Lang, sort: str | None, reverse: bool, markable: bool
) -> list[tuple[str, Text, int | None]]:
    """Each column's key, header and width; no ✓ over the mark column when nothing can be
    marked (a report)."""
    shown = [(column.key, header(column, lang, sort, reverse), column.width) for column in COLUMNS]
    if not markable:
        key, _, width = shown[0]
        shown[0] = (key, Text(""), width)
    return shown


def summary_line(
    catalog: Catalog,
    lang: Lang,
    status: Said | None,
    inspection: Inspection | None,
    shown: Sequence[Cookie],
    view: TableView,
    selected: int,
) -> Text:
    """The line above the table: the scan's state while there is one (`status`, or no
    inspection yet), else what the `view` shows (`shown`) of the cookies found, and how many
    are selected."""
    line = Text()
    if status is not None or inspection is None:
        line.append((status or Said("scanning")).text(lang), style="italic")
        return line
    every = inspection.cookies
    if not every:
        pass  # the empty state says it all
    elif view.spotlight is not None:
        code = printable(view.spotlight.code, 60)
        cookies = plural(lang, len(shown), "n.cookie", "n.cookies")
        line.append(tr(lang, "spotlight", cookies=cookies, code=code), style="bold")
    elif not shown and view.needle.strip():
        line.append(tr(lang, "no-match"), style="yellow")
    elif not shown:
        line.append(tr(lang, "no-cookie-here"), style="dim")
    elif len(shown) < len(every):
        counted = summary(catalog, shown, lang)
        line.append(
            tr(lang, "counts.filtered", shown=len(shown), count=len(every), summary=counted)
        )
    else:
        # The profiles that hold some cookie of the site.
        stores = len({cookie.store.id for cookie in every})
        cookies = plural(lang, len(every), "n.cookie", "n.cookies")
        profiles = plural(lang, stores, "n.profile", "n.profiles")
        counted = summary(catalog, every, lang)
        line.append(tr(lang, "counts", cookies=cookies, profiles=profiles, summary=counted))
    if selected:
        line.append("  ·  ")
        line.append(tr(lang, "selected", count=selected), style="bold cyan")
    return line
