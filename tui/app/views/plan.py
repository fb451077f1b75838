"""The deletion dialog's body: what goes, what each deletion does, what cannot go; no textual
here. Store and cookie text goes through `printable` into Text objects: never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.styled import Styled
from rich.text import Text

from tui.catalog import Catalog
from tui.model import Store
from tui.present.deletion_text import cookies_counted, kept_by_category, profiles_counted, skipped
from tui.present.labels import category_label
from tui.texts import Lang, tr
from tui.textsafe import printable

if TYPE_CHECKING:
    from tui.deletion import Plan, Planned

NAME_WIDTH = 30
HOST_WIDTH = 40
EFFECT_INDENT = 6


def scope_text(item: Planned, lang: Lang) -> str:
    """Host, the path when it is not /, and the partition or container that tells twins apart."""
    raw = item.cookie.raw
    parts = [printable(raw.host, HOST_WIDTH)]
    if raw.path != "/":
        parts.append(printable(raw.path, HOST_WIDTH))
    if raw.partition:
        parts.append(tr(lang, "d.partition", value=printable(raw.partition, HOST_WIDTH)))
    if raw.container:
        name = printable(raw.container_label(lang), HOST_WIDTH)
        parts.append(tr(lang, "d.container", value=name))
    return "  ".join(parts)


def _item(catalog: Catalog, item: Planned, lang: Lang, widths: tuple[int, int]) -> RenderableType:
    """Name, category, scope on one line (the scope last: its length varies the most), then
    what deleting it does, indented below."""
    cookie = item.cookie
    name_width, category_width = widths
    style = "bold red" if item.necessary else ""
    line = Text("  ")
    line.append("⚠ " if item.necessary else "  ", style=style)
    line.append(printable(cookie.raw.name, NAME_WIDTH).ljust(name_width), style=style or "bold")
    line.append("  ")
    line.append(category_label(catalog, cookie.category, lang).ljust(category_width), style="dim")
    line.append("  ")
    line.append(scope_text(item, lang))
    if item.effect is None:
        effect = Text(tr(lang, "confirm.effect.unknown"), style="dim italic")
    elif item.necessary:
        effect = Text(tr(lang, "confirm.effect.necessary", text=item.effect[lang]), style=style)
    else:
        effect = Text(tr(lang, "confirm.effect", text=item.effect[lang]), style="dim")
    return Group(line, Padding(effect, (0, 0, 0, EFFECT_INDENT)))


def plan_text(
    catalog: Catalog,
    plan: Plan,
    running: Sequence[Store],
    lang: Lang,
    kept_hint: bool,
    notes: Sequence[str] = (),
) -> Group:
    """The dialog's body: warnings first, then the caller's notes (why a warning does not
    apply), then each profile's cookies, then what stays.

    Store and cookie text goes through `printable` into Text objects: never parsed as markup.
    """
    parts: list[RenderableType] = []
    left = {store.id for store in running}
    for store in running:
        ref = store.ref
        parts.append(
            Text(
                tr(
                    lang,
                    "confirm.running",
                    browser=printable(ref.browser, 40),
                    profile=printable(ref.profile, 60),
                ),
                style="bold red",
            )
        )
    stores = plan.by_store()
    parts.append(Text(_intro(plan, left, lang)))
    if plan.warnings:
        parts.append(
            Text(tr(lang, "confirm.necessary", count=len(plan.warnings)), style="bold red")
        )
    parts.extend(Text(note, style="green") for note in notes)
    widths = (
        max(len(printable(item.cookie.raw.name, NAME_WIDTH)) for item in plan.items),
        max(len(category_label(catalog, item.cookie.category, lang)) for item in plan.items),
    )
    for store, items in stores:
        parts.append(Text())
        parts.append(_store_title(store, left, lang))
        shown = [_item(catalog, item, lang, widths) for item in items]
        # A store left untouched still lists what would go, dimmed: it goes once the browser
        # is closed and d pressed again.
        parts.extend(Styled(item, "dim") if store.id in left else item for item in shown)
    after = [Text(skipped(lang, store, why), style="yellow") for store, why in plan.skipped]
    if kept_hint and plan.kept:
        kept = kept_by_category(catalog, plan.kept, lang)
        after.append(Text(tr(lang, "confirm.kept", kept=kept), style="dim"))
    if after:
        parts.append(Text())
        parts.extend(after)
    return Group(*parts)


def _intro(plan: Plan, left: set[str], lang: Lang) -> str:
    stores = plan.by_store()
    cleaned = [(store, items) for store, items in stores if store.id not in left]
    if not left:
        return tr(
            lang,
            "confirm.intro",
            cookies=cookies_counted(lang, len(plan.items)),
            profiles=profiles_counted(lang, len(stores)),
        )
    if not cleaned:
        return tr(lang, "confirm.intro.none")
    return tr(
        lang,
        "confirm.intro.partial",
        cookies=cookies_counted(lang, sum(len(items) for _, items in cleaned)),
        profiles=profiles_counted(lang, len(cleaned)),
        left=profiles_counted(lang, len(stores) - len(cleaned)),
    )


def _store_title(store: Store, left: set[str], lang: Lang) -> Text:
    """The store's id; when some store is left, whether this one is cleaned or left."""
    shown = printable(store.id)
    if not left:
        return Text(shown, style="bold underline")
    if store.id in left:
        browser = printable(store.ref.browser, 40)
        title = tr(lang, "confirm.store.left", store=shown, browser=browser)
        return Text(title, style="bold yellow")
    return Text(tr(lang, "confirm.store.cleaned", store=shown), style="bold underline")
