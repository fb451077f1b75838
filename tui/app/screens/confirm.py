"""A yes/no question before anything is written: y or the Delete button says yes; n, escape
or the Cancel button (focused first, so a stray enter changes nothing) says no."""

from __future__ import annotations

from typing import ClassVar

from rich.console import RenderableType
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from tui.app.bindings import binding, localize
from tui.app.strings import tr


class ConfirmScreen(ModalScreen[bool]):
    AUTO_FOCUS = "#no"
    BINDINGS: ClassVar[list[BindingType]] = [
        binding("y", "answer(True)", "fd.yes"),
        binding("n,escape", "answer(False)", "fd.no"),
    ]

    def __init__(self, title: str, body: RenderableType, lang: str) -> None:
        super().__init__()
        self.title_text = title
        self.body = body
        self.lang = lang

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="confirm") as box:
            box.border_title = self.title_text
            yield Static(self.body, markup=False, id="confirm-body")
            with Horizontal(id="confirm-buttons"):
                yield Button(f"{tr(self.lang, 'fd.yes')} (y)", variant="error", id="yes")
                yield Button(f"{tr(self.lang, 'fd.no')} (n)", id="no")

    def on_mount(self) -> None:
        localize(self, self.lang)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")
