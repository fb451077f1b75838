"""The app on the usual small terminal, 80x24: notifications leave the table's rows visible,
the French title is whole, the findings list is one line per finding, and a revealed value is
on screen. Driven with Pilot on the demo home; SVG snapshots of the same states are in
test_snapshots.py."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot
from textual.widgets import OptionList
from textual.widgets._header import HeaderTitle

from tests.app.helpers import (
    AppFactory,
    detail,
    open_tab,
    press,
    screen,
    settle,
    table,
    text_of,
    toasts,
)
from tui.app.app import CookiesApp
from tui.app.tabs import FINDINGS_TAB
from tui.app.widgets.panels import TextPanel
from tui.texts import tr

SMALL = (80, 24)


@asynccontextmanager
async def small(app: CookiesApp, notifications: bool = False) -> AsyncIterator[Pilot[int]]:
    """The app under a pilot at 80x24, once its first scan is on screen."""
    async with app.run_test(size=SMALL, notifications=notifications) as pilot:
        await settle(pilot)
        yield pilot


async def test_notifications_on_a_small_terminal_leave_the_table_visible(
    make_app: AppFactory, demo_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    app = make_app(demo_home)
    async with small(app, notifications=True) as pilot:
        # A deletion (its long toast with two backup ids), then live mode (two more).
        await press(pilot, "d")
        await press(pilot, "y")
        await pilot.press("w")
        await pilot.pause(0.3)
        assert len(app.notified) >= 3
        shown = list(screen(app).query("Toast"))
        assert len(shown) == 1, toasts(app)
        assert not shown[0].region.overlaps(table(app).region)


async def test_the_french_title_is_whole_on_80_columns(
    make_app: AppFactory, demo_home: Path
) -> None:
    app = make_app(demo_home, demo=True)
    async with small(app) as pilot:
        await pilot.press("l")
        await pilot.pause()
        title = screen(app).query_one(HeaderTitle)
        text = title.render()
        said = str(text)
        assert said.endswith(tr("fr", "demo")), said
        assert cell_len(said) <= title.size.width


async def test_the_findings_list_is_one_line_per_finding_on_80_columns(
    make_app: AppFactory, demo_home: Path
) -> None:
    app = make_app(demo_home)
    async with small(app) as pilot:
        await open_tab(pilot, FINDINGS_TAB)
        options = screen(app).query_one("#finding-list", OptionList)
        assert options.virtual_size.height == options.option_count == 14
        # The detail beside it is the wider of the two and holds the message.
        detail_panel = screen(app).query_one("#finding-detail", TextPanel)
        assert detail_panel.size.width > options.size.width
        assert "csrftoken is set on .saemes.fr" in text_of(app, "#finding-detail")


async def test_a_revealed_value_is_on_screen_on_80x24(
    make_app: AppFactory, demo_home: Path
) -> None:
    app = make_app(demo_home)
    async with small(app) as pilot:
        panel = screen(app).query_one("#detail", TextPanel)
        panel.scroll_end(animate=False)
        await pilot.press("v")
        await pilot.pause()
        lines = detail(app).splitlines()
        [value_line] = [i for i, line in enumerate(lines) if line.startswith("Value")]
        assert "GA1.2." in lines[value_line]
        top = round(panel.scroll_offset.y)
        assert top <= value_line < top + panel.scrollable_content_region.height
