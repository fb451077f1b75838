"""The cookie table: a DataTable of Text cells whose rows can be marked (selected).

Cells are always `rich.text.Text`: DataTable parses `str` cells as markup, and a cookie named
`[/]` would crash it. Marks are kept by row key (the domain's cookie_id), so they survive
filtering, sorting and rescans; `marked` is reactive: whoever acts on the selection reads or
watches it. A report opened read-only has nothing to act on: its table is not `markable`, so no
key or click marks a row.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from rich.text import Text
from textual import events
from textual.reactive import var
from textual.widgets import DataTable
from textual.widgets.data_table import RowDoesNotExist

from tui.app.views.rows import MARK

MARK_COLUMN = "mark"
# No colour of its own, so the mark stays visible on the highlighted row too.
_MARKED = Text(MARK, style="bold")
_UNMARKED = Text(" ")


class CookieTable(DataTable[Text]):
    # The keys of the marked rows.
    marked: var[frozenset[str]] = var(frozenset(), init=False)

    def __init__(self, *, id: str | None = None, markable: bool = True) -> None:
        super().__init__(
            id=id, cursor_type="row", zebra_stripes=True, cursor_foreground_priority="renderable"
        )
        self.markable = markable

    def populate(
        self,
        columns: Sequence[tuple[str, Text, int | None]],
        rows: Sequence[tuple[str, Sequence[Text]]],
        cursor: str | None = None,
    ) -> None:
        """Replace columns and rows; the cursor stays on row `cursor` when it is still shown.

        The first column is the mark column, filled here from `marked`.
        """
        self.clear(columns=True)
        for key, label, width in columns:
            self.add_column(label, key=key, width=width)
        for key, cells in rows:
            self.add_row(_MARKED if key in self.marked else _UNMARKED, *cells, key=key)
        if cursor is not None:
            with contextlib.suppress(RowDoesNotExist):
                self.move_cursor(row=self.get_row_index(cursor), animate=False)

    @property
    def current_key(self) -> str | None:
        if not self.row_count:
            return None
        row_key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        return row_key.value

    def toggle(self, key: str) -> None:
        if not self.markable:
            return
        self.marked = self.marked - {key} if key in self.marked else self.marked | {key}
        with contextlib.suppress(RowDoesNotExist, KeyError):
            self.update_cell(key, MARK_COLUMN, _MARKED if key in self.marked else _UNMARKED)

    def keep_only(self, keys: set[str]) -> None:
        """Forget marks on rows that no longer exist (after a rescan)."""
        self.marked = self.marked & keys

    def on_click(self, event: events.Click) -> None:
        # A click in the mark column marks that row at once, instead of only highlighting it.
        meta = event.style.meta
        row, column = meta.get("row"), meta.get("column")
        if not self.markable:
            return  # an ordinary click: it only moves the highlight
        if column != 0 or not isinstance(row, int) or row < 0 or row >= self.row_count:
            return
        event.prevent_default()
        event.stop()
        self.move_cursor(row=row)
        key = self.current_key
        if key is not None:
            self.toggle(key)
