"""The cookie table: a DataTable of Text cells whose rows can be marked (selected).

Cells are always `rich.text.Text`: DataTable parses `str` cells as markup, and a cookie named
`[/]` would crash it. Marks are kept by row key (the domain's `Cookie.id`), so they survive
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

from tui.app.views.rows import MARK, fit_columns

MARK_COLUMN = "mark"
# A column (key, header, fixed width or None) and a row (key, cells after the mark).
Heading = tuple[str, Text, int | None]
Row = tuple[str, Sequence[Text]]
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
        # The columns and rows last given, and the keys of the columns shown of them.
        self._given: tuple[list[Heading], list[Row]] = ([], [])
        self.shown_columns: tuple[str, ...] = ()

    def populate(
        self,
        columns: Sequence[Heading],
        rows: Sequence[Row],
        cursor: str | None = None,
    ) -> None:
        """Replace columns and rows; the cursor stays on row `cursor` when it is still shown.

        The first column is the mark column, filled here from `marked`. Only the columns
        that fit the table's width are shown (`fit_columns`); a resize shows them again.
        """
        self._given = (list(columns), list(rows))
        self._show(cursor)

    def _show(self, cursor: str | None) -> None:
        columns, rows = self._given
        keep = fit_columns(columns, rows, self._room())
        self.shown_columns = tuple(keep)
        picked = [index for index, (key, _, _) in enumerate(columns) if key in keep]
        self.clear(columns=True)
        for index in picked:
            key, label, width = columns[index]
            self.add_column(label, key=key, width=width)
        for key, cells in rows:
            shown = [cells[index - 1] for index in picked[1:]]
            self.add_row(_MARKED if key in self.marked else _UNMARKED, *shown, key=key)
        if cursor is not None:
            with contextlib.suppress(RowDoesNotExist):
                self.move_cursor(row=self.get_row_index(cursor), animate=False)

    def _room(self) -> int:
        """The cells the columns may take: the table's width less its vertical scrollbar
        (counted always, so that columns do not come and go as rows are filtered)."""
        return max(0, self.size.width - self.styles.scrollbar_size_vertical)

    def on_resize(self) -> None:
        columns, rows = self._given
        if columns and tuple(fit_columns(columns, rows, self._room())) != self.shown_columns:
            self._show(self.current_key)

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
