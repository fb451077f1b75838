"""`scan` as a readable table (rich), grouped by browser and profile."""

from __future__ import annotations

from datetime import UTC, datetime

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from tui.catalog import Catalog
from tui.model import Inspection, RawCookie
from tui.scan_output import category_label, expiry_words, summary
from tui.textsafe import printable

CATEGORY_STYLE = {
    "necessary": "green",
    "statistical": "yellow",
    "first_party": "magenta",
    "third_party": "red",
    "unclassified": "bright_black",
}

_HEAD = {
    "en": ("Name", "Scope", "Category", "Expires", "Flags"),
    "fr": ("Nom", "Portée", "Catégorie", "Expiration", "Attributs"),
}


def flags(secure: bool, http_only: bool, same_site: str | None) -> str:
    parts = []
    if secure:
        parts.append("Secure")
    if http_only:
        parts.append("HttpOnly")
    if same_site:
        parts.append(f"SameSite={same_site.capitalize()}")
    return " ".join(parts)


CONTAINER = {"en": "container {name}", "fr": "conteneur {name}"}


def row_flags(raw: RawCookie, lang: str) -> str:
    """The flags, then the Firefox container by name (by id where it has none)."""
    shown = flags(raw.secure, raw.http_only, raw.same_site)
    if raw.container:
        container = CONTAINER[lang].format(name=printable(raw.container_label(lang), 40))
        shown = f"{shown} · {container}" if shown else container
    return shown


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
            title.append(
                "  (browser running)" if lang == "en" else "  (navigateur ouvert)", style="yellow"
            )
        parts.append(title)
        if store.error:
            parts.append(Text(f"  error: {printable(store.error, 400)}", style="red"))
            continue
        if not cookies:
            parts.append(
                Text(
                    "  no cookies of the site" if lang == "en" else "  aucun cookie du site",
                    style="dim",
                )
            )
            continue
        table = Table(box=None, pad_edge=False, show_edge=False, padding=(0, 2, 0, 2))
        for heading in _HEAD[lang]:
            table.add_column(heading)
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
    total = Text(summary(catalog, inspection.cookies, lang), style="bold")
    parts.append(total)
    return Group(*parts)


def print_table(catalog: Catalog, inspection: Inspection, lang: str) -> None:
    Console(highlight=False).print(render(catalog, inspection, lang))
