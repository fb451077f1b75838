"""The long texts beside the table: one cookie explained from the catalogue, and the empty state.

Each returns a rich renderable built from Text objects only; store strings pass through
`printable` first. No textual here.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rich.console import Group, RenderableType
from rich.text import Text

from tui.app.views.grid import label_grid
from tui.app.views.rows import category_text, consent_required, expired
from tui.app.views.sources import display_path, source_prompt
from tui.catalog import Catalog, Entry
from tui.model import Cookie, Inspection
from tui.present.labels import expiry_words, flags, notes_text
from tui.present.nothing import next_steps
from tui.site import DEFAULT_SITE
from tui.texts import Lang, tr
from tui.textsafe import printable
from tui.times import iso

DOTS = "•" * 8
# A revealed value is shown up to this many characters; the rest is counted, not shown.
VALUE_LIMIT = 1000
# How far a cookie is sent, by the catalogue's word for its host (tui/catalog.py).
SCOPE_TEXT = {"host": "d.scope.host", "domain": "d.scope.domain"}


def detail(
    catalog: Catalog,
    cookie: Cookie,
    lang: Lang,
    now: datetime,
    revealed: bool,
    home: Path | None,
    value: Text | None = None,
) -> RenderableType:
    """Everything about one cookie: the catalogue's explanation beside what the store holds.

    `value` replaces the value line (a report shows the value's length and hash instead)."""
    raw = cookie.raw
    entry = catalog.entry(cookie.entry_id)
    title = Text(printable(raw.name, 200), style="bold")
    title.append("   ")
    title.append_text(category_text(catalog, cookie.category, lang))

    grid = label_grid()

    def row(label: str, value: Text | str) -> None:
        grid.add_row(Text(tr(lang, label)), value if isinstance(value, Text) else Text(value))

    shown_value = value if value is not None else value_text(cookie, lang, revealed)
    if revealed:
        # Asked for with `v`: first, so that it is on screen however short the panel is.
        row("d.value", shown_value)
    # What the cookie does and what deleting it does come first: they are what a person
    # opens the details for, and the rest may be below the fold on a small screen.
    if entry is None:
        row("d.category", Text(tr(lang, "d.unclassified"), style="italic"))
    else:
        row("d.function", entry.function[lang])
        row("d.purpose", entry.purpose[lang])
    row("d.delete", entry.on_delete[lang] if entry else tr(lang, "d.delete.unknown"))
    if entry is not None:
        row("d.provider", entry.provider)
    row("d.profile", printable(cookie.store.id, 200))
    scope = SCOPE_TEXT[catalog.hosts.get(raw.host, "domain")]
    row("d.scope", Text(printable(raw.host)).append(f"  ({tr(lang, scope)})", "dim"))
    consent = consent_required(catalog, cookie)
    said = {None: "d.consent.unknown", True: "d.consent.yes", False: "d.consent.no"}[consent]
    row("d.consent", Text(tr(lang, said), style="bold" if consent else ""))
    row("d.lifetime", _lifetime(cookie, entry, lang, now))
    row("d.flags", _flags(cookie, lang))
    if not revealed:
        row("d.value", shown_value)
    if raw.notes:
        row("d.notes", Text(notes_text(raw.notes, lang), style="yellow"))
    if entry is not None:
        category = catalog.categories.get(cookie.category)
        if category is not None:
            row("d.category", category.description[lang])
    row("d.path", printable(raw.path))
    if raw.created is not None:
        row("d.created", iso(raw.created) or "")
    row("d.store", Text(display_path(cookie.store.ref.path, home), style="dim"))
    if entry is not None and entry.sources:
        # Where the catalogue's words come from, so a person can check them.
        row("d.sources", sources_text(catalog, entry))
    return Group(title, Text(""), grid)


def sources_text(catalog: Catalog, entry: Entry) -> Text:
    """The catalogue's sources for the entry: each title, then its address, one a line (the
    catalogue is checked on load; its text is still shown literally, never as markup)."""
    text = Text()
    for index, key in enumerate(entry.sources):
        source = catalog.sources.get(key, {})
        if index:
            text.append("\n")
        text.append(printable(source.get("title", key), 300))
        url = source.get("url")
        if url:
            text.append("\n")
            text.append(printable(url, 300), style="dim")
    return text


def _lifetime(cookie: Cookie, entry: Entry | None, lang: Lang, now: datetime) -> Text:
    """The declared lifetime beside the actual expiry."""
    raw = cookie.raw
    actual = Text(
        tr(lang, "d.actual", text=expiry_words(raw, now, lang)),
        style="red" if expired(cookie, now) else "",
    )
    if raw.expires is not None:
        actual.append(f" ({iso(raw.expires)})", style="dim")
    lifetime = Text()
    if entry is not None:
        lifetime.append(tr(lang, "d.declared", text=entry.lifetime_text[lang]))
        lifetime.append(" · ")
    return lifetime.append_text(actual)


def _flags(cookie: Cookie, lang: Lang) -> str:
    raw = cookie.raw
    shown = [
        flags(raw.secure, raw.http_only, raw.same_site, raw.partitioned) or tr(lang, "d.flags.none")
    ]
    if raw.partition:
        shown.append(tr(lang, "d.partition", value=printable(raw.partition)))
    if raw.container_name is not None:
        name = printable(raw.container_label(lang))
        shown.append(tr(lang, "d.container.named", value=name, id=printable(raw.container)))
    elif raw.container:
        shown.append(tr(lang, "d.container", value=printable(raw.container)))
    return " · ".join(shown)


def value_text(cookie: Cookie, lang: Lang, revealed: bool) -> Text:
    """The value masked (dots and length), or, on request, shown literally and bounded."""
    raw = cookie.raw
    if raw.value is None:
        reason = raw.unavailable.text(lang) if raw.unavailable is not None else ""
        return Text(tr(lang, "d.value.unavailable", reason=printable(reason)), style="yellow")
    if not revealed:
        return Text(tr(lang, "d.value.masked", dots=DOTS, length=len(raw.value)), style="dim")
    if not raw.value:
        return Text(tr(lang, "d.value.empty"), style="dim")
    text = Text(printable(raw.value, VALUE_LIMIT), style="bold")
    text.append(f"\n{tr(lang, 'd.value.hide')}", style="dim")
    return text


def empty_state(
    catalog: Catalog,
    inspection: Inspection,
    lang: Lang,
    home: Path | None,
    read_only: bool = False,
    demo: bool = False,
) -> RenderableType:
    """No cookie of the site anywhere: say where the app looked, and what to do next (for a
    report, which cannot be rescanned: what its author can do)."""
    parts: list[RenderableType] = [
        Text(tr(lang, "empty.title", site=catalog.site), style="bold"),
        Text(""),
    ]
    if inspection.stores:
        parts.append(Text(tr(lang, "empty.read"), style="bold"))
        for store in inspection.stores:
            parts.append(Text("  ").append_text(source_prompt(store, (), lang)))
    else:
        parts.append(Text(tr(lang, "empty.no-profile"), style="bold"))
    parts.append(Text(""))
    parts.append(Text(tr(lang, "empty.next"), style="bold"))
    for key in next_steps(read_only, "empty.visit", demo=demo):
        step = tr(lang, key, site=catalog.site, default=DEFAULT_SITE)
        parts.append(Text(f"  • {step}"))
    parts.append(Text(""))
    parts.append(Text(tr(lang, "empty.looked"), style="bold"))
    for place in inspection.searched:
        parts.append(Text(f"  {display_path(place, home)}", style="dim"))
    return Group(*parts)
