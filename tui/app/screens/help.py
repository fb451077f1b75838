"""The help screen: what the app shows, each key with its tooltip, what the categories mean."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import ActiveBinding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.app.bindings import binding, in_language
from tui.app.views.help import help_page
from tui.catalog import Catalog
from tui.texts import Lang, tr


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        binding("escape,q,question_mark,f1", "dismiss", "close", "close.tip"),
    ]

    def __init__(
        self,
        catalog: Catalog,
        keys: list[tuple[str, str, str]],
        lang: Lang,
        read_only: bool = False,
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.keys = keys
        self.lang = lang
        self.read_only = read_only

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help") as scroll:
            scroll.border_title = tr(self.lang, "help.title")
            scroll.border_subtitle = tr(self.lang, "close.tip") + " (escape)"
            page = help_page(self.catalog, self.keys, self.lang, self.read_only)
            yield Static(page, markup=False)

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return in_language(super().active_bindings, self.lang)
