"""The confirmation before a deletion: what goes, what each deletion does, what cannot go.

It answers True (delete) or False (keep everything). A store whose browser runs is left
untouched while the others are cleaned, so the dialog says store by store which are cleaned
and which are left (and which browser to close), and what y does; y is there as long as one
store can be cleaned.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.styled import Styled
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from tui.app.bindings import binding, localize
from tui.catalog import Catalog
from tui.model import Store
from tui.present.labels import CATEGORY_ORDER, category_label
from tui.texts import tr
from tui.textsafe import printable

if TYPE_CHECKING:
    from tui.deletion import Plan, Planned

NAME_WIDTH = 30
HOST_WIDTH = 40
EFFECT_INDENT = 6


def counted(lang: str, noun: str, count: int) -> str:
    """ "1 cookie", "3 cookies" (nouns with an `n.<noun>` and `n.<noun>s` string)."""
    return tr(lang, f"n.{noun}") if count == 1 else tr(lang, f"n.{noun}s", count=count)


def scope_text(item: Planned, lang: str) -> str:
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


def _item(catalog: Catalog, item: Planned, lang: str, widths: tuple[int, int]) -> RenderableType:
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
    lang: str,
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
    after = [
        Text(tr(lang, "confirm.skipped", store=printable(store.id), why=why), style="yellow")
        for store, why in plan.skipped
    ]
    if kept_hint and plan.kept:
        counts = Counter(cookie.category for cookie in plan.kept)
        kept = ", ".join(
            f"{counts[category]} {category_label(catalog, category, lang).lower()}"
            for category in CATEGORY_ORDER
            if counts[category]
        )
        after.append(Text(tr(lang, "confirm.kept", kept=kept), style="dim"))
    if after:
        parts.append(Text())
        parts.extend(after)
    return Group(*parts)


def _intro(plan: Plan, left: set[str], lang: str) -> str:
    stores = plan.by_store()
    cleaned = [(store, items) for store, items in stores if store.id not in left]
    if not left:
        return tr(
            lang,
            "confirm.intro",
            cookies=counted(lang, "cookie", len(plan.items)),
            profiles=counted(lang, "profile", len(stores)),
        )
    if not cleaned:
        return tr(lang, "confirm.intro.none")
    return tr(
        lang,
        "confirm.intro.partial",
        cookies=counted(lang, "cookie", sum(len(items) for _, items in cleaned)),
        profiles=counted(lang, "profile", len(cleaned)),
        left=counted(lang, "profile", len(stores) - len(cleaned)),
    )


def _store_title(store: Store, left: set[str], lang: str) -> Text:
    """The store's id; when some store is left, whether this one is cleaned or left."""
    shown = printable(store.id)
    if not left:
        return Text(shown, style="bold underline")
    if store.id in left:
        browser = printable(store.ref.browser, 40)
        title = tr(lang, "confirm.store.left", store=shown, browser=browser)
        return Text(title, style="bold yellow")
    return Text(tr(lang, "confirm.store.cleaned", store=shown), style="bold underline")


class ConfirmDelete(ModalScreen[bool]):
    CSS_PATH = "confirm_delete.tcss"
    # The list has the focus: arrows scroll it, and enter presses no button by accident.
    AUTO_FOCUS = "#delete-list"

    BINDINGS: ClassVar[list[BindingType]] = [
        binding("y", "confirm", "confirm-delete"),
        binding("n,escape", "cancel", "cancel"),
    ]

    def __init__(
        self,
        catalog: Catalog,
        plan: Plan,
        running: Sequence[Store],
        lang: str,
        title: str,
        kept_hint: bool = False,
        notes: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.plan = plan
        self.running = tuple(running)
        self.lang = lang
        self.title_text = title
        self.kept_hint = kept_hint
        self.notes = tuple(notes)

    @property
    def allowed(self) -> bool:
        """y deletes from the stores whose browser is closed: there must be one."""
        left = {store.id for store in self.running}
        return any(store.id not in left for store, _ in self.plan.by_store())

    def compose(self) -> ComposeResult:
        lang = self.lang
        with Vertical(id="delete-dialog") as box:
            box.border_title = self.title_text
            with VerticalScroll(id="delete-list"):
                body = plan_text(
                    self.catalog, self.plan, self.running, lang, self.kept_hint, self.notes
                )
                yield Static(body, id="delete-body", markup=False)
            with Horizontal(id="delete-buttons"):
                yield Button(
                    tr(lang, "confirm.yes"),
                    id="delete-yes",
                    variant="error",
                    disabled=not self.allowed,
                )
                yield Button(tr(lang, "confirm.no"), id="delete-no")

    def on_mount(self) -> None:
        localize(self, self.lang)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "confirm" and not self.allowed:
            return None
        return True

    def action_confirm(self) -> None:
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#delete-yes")
    def _confirm_pressed(self) -> None:
        if self.allowed:
            self.dismiss(True)

    @on(Button.Pressed, "#delete-no")
    def _cancel_pressed(self) -> None:
        self.dismiss(False)
