"""The two-column grid the long texts share: bold labels on the left, values on the right."""

from __future__ import annotations

from rich.table import Table


def label_grid() -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    # Fold, not crop: a long unbroken value must show all its (bounded) characters.
    grid.add_column(ratio=1, overflow="fold")
    return grid
