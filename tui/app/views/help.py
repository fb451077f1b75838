"""The help screen's page: what the app does, each key with its tooltip, what the categories
mean; no textual here.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tui.app.views.grid import label_grid
from tui.app.views.rows import category_text
from tui.catalog import Catalog
from tui.texts import Lang, tr


def help_page(
    catalog: Catalog,
    keys: Iterable[tuple[str, str, str]],
    lang: Lang,
    read_only: bool = False,
) -> RenderableType:
    """The help screen: what the app does, each key (key, description, tooltip), categories.

    For a report (read-only) the texts leave out what cannot be done there: rescan, select,
    delete, undo.
    """

    def text(live: str, report: str) -> str:
        return tr(lang, report if read_only else live, site=catalog.site)

    parts: list[RenderableType] = [
        Text(text("help.intro", "help.intro.read-only")),
        Text(""),
        Text(tr(lang, "help.keys"), style="bold underline"),
    ]
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    for key, description, tooltip in keys:
        grid.add_row(Text(key), Text(description), Text(tooltip))
    parts += [
        grid,
        Text(text("help.palette", "help.palette.read-only")),
        Text(text("help.mouse", "help.mouse.read-only")),
        Text(text("help.tabs", "help.tabs.read-only")),
        Text(""),
    ]
    parts.append(Text(tr(lang, "help.categories"), style="bold underline"))
    categories = label_grid()
    for key, category in catalog.categories.items():
        consent = tr(lang, "help.consent" if category.consent_required else "help.no-consent")
        label = category_text(catalog, key, lang)
        categories.add_row(label, Text(f"{category.description[lang]} ({consent})"))
    categories.add_row(
        category_text(catalog, "unclassified", lang), Text(tr(lang, "d.unclassified"))
    )
    parts.append(categories)
    return Group(*parts)
