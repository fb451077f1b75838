"""Scrollable text panels: the cookie detail, the empty state. Content is rich Text only."""

from __future__ import annotations

from rich.console import RenderableType
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static


class TextPanel(VerticalScroll):
    """A scrolling panel around one Static, updated with rich renderables (never markup)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._body = Static("", markup=False, classes="panel-body")

    def compose(self) -> ComposeResult:
        yield self._body

    def show(self, content: RenderableType) -> None:
        self._body.update(content)

    @property
    def body(self) -> Static:
        return self._body
