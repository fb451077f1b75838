"""The app on a store Windows keeps closed while the browser runs (stand-in:
tests/helpers/windows.py): the store is in the sources with why, the other loads, and `r`
reads it once the browser has let go."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.helpers import AppFactory, press, running, screen, table, text_of
from tests.helpers import SITE_NAMES
from tests.helpers.windows import Browser, chrome_and_firefox
from tui.app.widgets.sources import SourcesList


async def test_a_store_windows_keeps_closed_is_in_the_sources_and_r_reads_it_when_released(
    make_app: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    held, free = chrome_and_firefox(tmp_path / "browsers")
    browser = Browser(monkeypatch, held, "open")
    app = make_app(tmp_path, stores=[held.parent.parent, free])
    async with running(app) as pilot:
        assert table(app).row_count == len(SITE_NAMES)
        sources = screen(app).query_one("#sources", SourcesList)
        chromium = next(
            index
            for index in range(sources.option_count)
            if "Chromium" in str(sources.get_option_at_index(index).prompt)
        )
        assert "error" in str(sources.get_option_at_index(chromium).prompt)
        sources.highlighted = chromium
        await pilot.pause()
        # Only this profile's cookies are shown now: none could be read.
        assert table(app).row_count == 0
        notice = " ".join(text_of(app, "#notice").split())
        assert "Windows keeps Chrome's cookie file closed to other programs" in notice
        assert "(Chromium, profile Work (Default))" in notice
        browser.release()
        await press(pilot, "r")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert table(app).row_count == len(SITE_NAMES)
        assert "error" not in str(sources.get_option_at_index(chromium).prompt)
