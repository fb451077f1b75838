"""The confirmation before a deletion: what goes, what each deletion does, what cannot go.

It answers True (delete) or False (keep everything). A store whose browser runs is left
untouched while the others are cleaned, so the dialog says store by store which are cleaned
and which are left (and which browser to close), and what y does; y is there as long as one
store can be cleaned. When none can, there is no Delete button, and y says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from tui.app.bindings import binding, in_language
from tui.app.messages import ConfirmDeletion
from tui.app.views.plan import plan_text
from tui.catalog import Catalog
from tui.model import Store
from tui.texts import Lang, tr
from tui.textsafe import printable

if TYPE_CHECKING:
    from tui.deletion import Plan


class ConfirmDelete(ModalScreen[bool]):
    CSS_PATH = "confirm_delete.tcss"
    # The list has the focus: arrows scroll it, and enter presses no button by accident.
    AUTO_FOCUS = "#delete-list"

    BINDINGS: ClassVar[list[BindingType]] = [
        binding("y", "confirm", "confirm-delete", "confirm-delete.tip"),
        binding("n,escape", "cancel", "cancel", "cancel.tip"),
    ]

    @classmethod
    def asked(cls, message: ConfirmDeletion, lang: Lang) -> ConfirmDelete:
        """The dialog that Deleting's message asks for, in `lang`."""
        return cls(
            message.catalog,
            message.plan,
            message.running,
            lang,
            message.title,
            message.kept_hint,
            message.notes,
        )

    def __init__(
        self,
        catalog: Catalog,
        plan: Plan,
        running: Sequence[Store],
        lang: Lang,
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
                # Nothing to delete while every browser runs: no button to press in vain.
                if self.allowed:
                    yield Button(tr(lang, "confirm.yes"), id="delete-yes", variant="error")
                yield Button(tr(lang, "confirm.no"), id="delete-no")

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """In the dialog's language; `y` leaves the footer when it can delete nothing (it
        still answers, to say why)."""
        active = in_language(super().active_bindings, self.lang)
        if self.allowed:
            return active
        return {
            key: ActiveBinding(node, replace(item, show=False), enabled, tip)
            if item.action == "confirm"
            else ActiveBinding(node, item, enabled, tip)
            for key, (node, item, enabled, tip) in active.items()
        }

    def action_confirm(self) -> None:
        if not self.allowed:
            browsers = ", ".join(
                dict.fromkeys(printable(store.ref.browser, 40) for store in self.running)
            )
            self.notify(
                tr(self.lang, "confirm.none.y", browsers=browsers),
                severity="warning",
                markup=False,
            )
            return
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
