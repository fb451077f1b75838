"""`scan` as a readable table (rich), grouped by browser and profile."""

from __future__ import annotations

from datetime import UTC, datetime

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from tui.catalog import Catalog
from tui.model import Inspection
from tui.present.labels import CATEGORY_STYLE, category_label, expiry_words, row_flags, summary
from tui.texts import tr
from tui.textsafe import printable

_HEADS = ("col.name", "col.scope", "col.category", "col.expires", "col.flags")


def render(
    catalog: Catalog, inspection: Inspection, lang: str, now: datetime | None = None
) -> Group:
    now = now or datetime.now(UTC)
    parts: list[Table | Text] = []
    for store in inspection.stores:
        cookies = [c for c in inspection.cookies if c.store.id == store.id]
        title = Text(printable(store.id), style="bold")
        title.append(f"  {printable(str(store.ref.path))}", style="dim")
        if store.running:
            title.append(tr(lang, "table.running"), style="yellow")
        parts.append(title)
        if store.error is not None:
            error = printable(store.error.text(lang), 400)
            parts.append(Text(tr(lang, "table.error", error=error), style="red"))
            continue
        if not cookies:
            parts.append(Text(tr(lang, "table.no-cookies"), style="dim"))
            continue
        table = Table(box=None, pad_edge=False, show_edge=False, padding=(0, 2, 0, 2))
        for heading in _HEADS:
            table.add_column(tr(lang, heading))
        for cookie in cookies:
            raw = cookie.raw
            table.add_row(
                Text(printable(raw.name, 60)),
                Text(printable(raw.host)),
                Text(
                    category_label(catalog, cookie.category, lang),
                    style=CATEGORY_STYLE.get(cookie.category, ""),
                ),
                Text(expiry_words(raw, now, lang)),
                Text(row_flags(raw, lang)),
            )
        parts.append(table)
        parts.append(Text(""))
    parts.append(Text(summary(catalog, inspection.cookies, lang), style="bold"))
    return Group(*parts)


def print_table(catalog: Catalog, inspection: Inspection, lang: str) -> None:
    Console(highlight=False).print(render(catalog, inspection, lang))
