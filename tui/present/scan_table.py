"""`scan` as a readable table (rich), grouped by browser and profile.

A name or a host is never cut: the host is what tells two `csrftoken` copies apart. On a
terminal the lesser columns go first when the table is too wide, and a name or host wider than
the whole screen wraps; anywhere else (a file, a pipe, cron, CI) every line is printed whole.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TextIO

from rich.console import Console, Group, RenderableType
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from tui.catalog import Catalog
from tui.model import Cookie, Inspection
from tui.present.findings_text import findings_lines
from tui.present.labels import CATEGORY_STYLE, category_label, expiry_words, row_flags, summary
from tui.present.nothing import NothingFound, nothing_found
from tui.site import DEFAULT_SITE
from tui.texts import Lang, plural, tr
from tui.textsafe import printable

# Chromium refuses a cookie whose name and value together exceed 4096 characters
# (kMaxCookieNamePlusValueSize, chromium/src net/cookies/parsed_cookie.h), so no name a browser
# wrote is longer; only a forged store reaches the limit and is marked as cut.
NAME_LIMIT = 4096
# The columns, most important first; the last ones are dropped first when space runs short.
_KEEP = ("col.name", "col.scope")
_LESSER = ("col.category", "col.expires", "col.flags")
# Space between columns.
_GAP = 2
# A width no line reaches (a name and a host are at most NAME_LIMIT each).
_UNLIMITED = 100_000


def render(
    catalog: Catalog,
    inspection: Inspection,
    lang: Lang,
    now: datetime | None = None,
    width: int | None = None,
    nothing: NothingFound | None = None,
) -> Group:
    """The table for a screen `width` columns wide (None: no limit, every column and line
    whole). `nothing` says where the scan looked, shown when no cookie was found."""
    now = now or datetime.now(UTC)
    if not inspection.cookies:
        return nothing_text(catalog, nothing or nothing_found(inspection), lang)
    parts: list[RenderableType] = []
    for store in inspection.stores:
        cookies = list(inspection.by_store.get(store.id, ()))
        title = Text(printable(store.id), style="bold")
        title.append(f"  {printable(str(store.ref.path), NAME_LIMIT)}", style="dim")
        if store.running:
            title.append(tr(lang, "table.running"), style="yellow")
        parts.append(title)
        if store.note is not None:
            # "schema N untested": what `scan --json` and the app's sources panel say too.
            note = printable(store.note.text(lang), 400)
            parts.append(Text(tr(lang, "table.note", note=note), style="yellow"))
        if store.error is not None:
            error = printable(store.error.text(lang), 400)
            parts.append(Text(tr(lang, "table.error", error=error), style="red"))
            continue
        if not cookies:
            parts.append(Text(tr(lang, "table.no-cookies"), style="dim"))
            continue
        parts.append(_fitted(catalog, cookies, lang, now, width))
        parts.append(Text(""))
    parts.append(Text(summary(catalog, inspection.cookies, lang), style="bold"))
    return Group(*parts)


def _fitted(
    catalog: Catalog, cookies: Sequence[Cookie], lang: Lang, now: datetime, width: int | None
) -> Table:
    """The widest table that fits `width`: lesser columns dropped one by one from the last."""
    # Measured without a limit: a measure is never wider than the console that takes it.
    console = Console(width=_UNLIMITED)
    for kept in range(len(_LESSER), -1, -1):
        table = _table(catalog, cookies, lang, now, (*_KEEP, *_LESSER[:kept]))
        needed = Measurement.get(console, console.options, table).maximum
        if width is None or needed <= width:
            break
    return table


def _table(
    catalog: Catalog,
    cookies: Sequence[Cookie],
    lang: Lang,
    now: datetime,
    columns: Sequence[str],
) -> Table:
    table = Table(box=None, pad_edge=False, show_edge=False, padding=(0, _GAP, 0, 0))
    for heading in columns:
        # A name or host wider than the screen folds onto the next line, whole.
        table.add_column(tr(lang, heading), overflow="fold")
    for cookie in cookies:
        raw = cookie.raw
        cells = {
            "col.name": Text(printable(raw.name, NAME_LIMIT)),
            "col.scope": Text(printable(raw.host, NAME_LIMIT)),
            "col.category": Text(
                category_label(catalog, cookie.category, lang),
                style=CATEGORY_STYLE.get(cookie.category, ""),
            ),
            "col.expires": Text(expiry_words(raw, now, lang)),
            "col.flags": Text(row_flags(raw, lang)),
        }
        table.add_row(*(cells[heading] for heading in columns))
    return table


def nothing_text(catalog: Catalog, nothing: NothingFound, lang: Lang) -> Group:
    """No cookie of the site: what was read, where it looked, and what to try."""
    site = catalog.site
    parts: list[RenderableType] = [
        Text(tr(lang, "empty.title", site=site), style="bold"),
        Text(""),
    ]
    if nothing.stores:
        read = len(nothing.stores)
        counted = plural(lang, read, "nothing.read.one", "nothing.read.many")
        parts.append(Text(counted, style="bold"))
        for store in nothing.stores:
            line = Text(f"  {printable(store.id)}", style="bold")
            line.append(f"  {printable(str(store.ref.path), NAME_LIMIT)}", style="dim")
            if store.error is not None:
                error = printable(store.error.text(lang), 400)
                line.append(tr(lang, "table.error", error=error), style="red")
            elif store.running:
                line.append(tr(lang, "table.running"), style="yellow")
            parts.append(line)
    else:
        parts.append(Text(tr(lang, "empty.no-profile"), style="bold"))
    parts.append(Text(""))
    parts.append(Text(tr(lang, "empty.looked"), style="bold"))
    for looked in nothing.looked:
        if not looked.places:
            systems = ", ".join(looked.systems)
            where = tr(lang, "nothing.not-here", browser=looked.browser, systems=systems)
            parts.append(Text(f"  {where}"))
            continue
        parts.append(Text(f"  {looked.browser}:"))
        for place, found in looked.places:
            state = tr(lang, "nothing.found" if found else "nothing.absent")
            line = Text(f"    {printable(place, NAME_LIMIT)}  ", style="dim")
            line.append(state, style="green" if found else "dim")
            parts.append(line)
    for place in nothing.given:
        parts.append(Text(f"  {printable(place, NAME_LIMIT)}", style="dim"))
    parts.append(Text(""))
    parts.append(Text(tr(lang, "empty.next"), style="bold"))
    for key in nothing.steps:
        step = tr(lang, key, site=site, rerun=nothing.rerun, default=DEFAULT_SITE)
        parts.append(Text(f"  • {step}"))
    return Group(*parts)


def print_table(
    catalog: Catalog,
    inspection: Inspection,
    lang: Lang,
    nothing: NothingFound | None = None,
    file: TextIO | None = None,
) -> None:
    """On a terminal, fitted to its width; elsewhere every line whole, however long. The
    findings follow the table (none when nothing of the site was found: nothing to judge)."""
    out = file or sys.stdout
    screen = Console(file=out, highlight=False)
    found = findings_lines(inspection, lang) if inspection.cookies else []
    if screen.is_terminal:
        screen.print(render(catalog, inspection, lang, width=screen.width, nothing=nothing))
        for line, whole_line in found:
            # A command is left for the terminal to wrap: copied, it is one line again.
            screen.print(line, soft_wrap=whole_line)
        return
    whole = Group(render(catalog, inspection, lang, nothing=nothing), *(line for line, _ in found))
    measure = Console(width=_UNLIMITED)
    width = Measurement.get(measure, measure.options, whole).maximum
    buffer = io.StringIO()
    Console(file=buffer, highlight=False, width=max(width, 1), color_system=None).print(whole)
    # Columns are padded to their width; a file gets no trailing spaces.
    out.write("".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines()))
