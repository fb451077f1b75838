"""Time from process start to a populated table, headless: for the benchmark, not a test.

    python -c "import time; t = time.perf_counter(); from tests.app.probe import \\
        time_to_populated; print(time_to_populated(['--demo'], t))"
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import Any


def time_to_populated(argv: Sequence[str], start: float) -> float:
    """Seconds from `start` until the table shows the scan (or the empty state does)."""
    from tui.app.run import make_app
    from tui.catalog import load
    from tui.cli.parser import build_parser, default_lang
    from tui.source import opened

    args = build_parser().parse_args(list(argv))
    args.lang = args.lang or default_lang()
    catalog = load(args.catalog)
    elapsed: list[float] = []
    with opened(args) as source:
        app = make_app(args, catalog, source)

        async def watch(pilot: Any) -> None:
            screen = app.main_screen
            while screen.inspection is None or (
                screen.inspection.cookies and not screen.table.row_count
            ):
                await asyncio.sleep(0.002)
            elapsed.append(time.perf_counter() - start)
            app.exit()

        app.run(headless=True, auto_pilot=watch, size=(120, 40))
    return elapsed[0]
