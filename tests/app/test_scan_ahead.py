"""The app's first scan, started before the app is built (tui.app.session.ScanAhead): its rows
are in the screen's first frame when it has ended by then, and a scan still reading then is
taken over by the screen (its progress, its rows, its failure) as any scan (issue 22, point 7).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from textual.message import Message

from tests.app.helpers import SIZE, AppFactory, running, screen, settle, table, text_of
from tui.app.session import Scanner
from tui.inspection import Progress
from tui.model import Inspection, StoreRef


def counted(calls: list[int]) -> Callable[[Scanner], Scanner]:
    """A scanner wrapper that counts the scans made."""

    def wrap(real: Scanner) -> Scanner:
        def scan(progress: Progress, now: datetime) -> Inspection:
            calls.append(1)
            return real(progress, now)

        return scan

    return wrap


async def test_a_first_scan_ended_before_the_app_runs_is_in_its_first_frame(
    make_app: AppFactory, demo_home: Path
) -> None:
    calls: list[int] = []
    seen: list[str] = []
    app = make_app(demo_home, scanner=counted(calls), ahead=True)
    assert app.session.ahead is not None
    app.session.ahead.join()

    def hook(message: Message) -> None:
        seen.append(type(message).__name__)

    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        assert table(app).row_count == 18
        assert "18 cookies in 2 profiles" in text_of(app, "#summary")
    # The screen took the rows as it mounted: no scan worker was started to bring them.
    assert "ScanDone" not in seen and "ScanProgress" not in seen
    assert "Mount" in seen
    assert calls == [1]


async def test_the_screen_is_the_same_with_its_first_scan_ahead_or_not(
    make_app: AppFactory, demo_home: Path
) -> None:
    screenshots = []
    for ahead in (False, True):
        app = make_app(demo_home, ahead=ahead)
        if app.session.ahead is not None:
            app.session.ahead.join()
        async with running(app):
            screenshots.append(app.export_screenshot())
    assert screenshots[0] == screenshots[1]


async def test_a_first_scan_still_reading_is_taken_over_with_its_progress(
    make_app: AppFactory, demo_home: Path
) -> None:
    reached, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def held(real: Scanner) -> Scanner:
        def scan(progress: Progress, now: datetime) -> Inspection:
            calls.append(1)

            def told(index: int, total: int, ref: StoreRef) -> None:
                progress(index, total, ref)
                if index == 0:
                    reached.set()
                    release.wait(10)

            return real(told, now)

        return scan

    app = make_app(demo_home, scanner=held, ahead=True)
    assert reached.wait(10)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # The store it was reading when the screen came, as a worker's scan says it.
        assert table(app).loading
        assert "Reading 1 of 2: " in text_of(app, "#summary")
        release.set()
        await settle(pilot)
        assert table(app).row_count == 18
        assert not table(app).loading
    assert calls == [1]


async def test_a_first_scan_that_failed_is_said_as_any_failed_scan(
    make_app: AppFactory, demo_home: Path
) -> None:
    def broken(real: Scanner) -> Scanner:
        def scan(progress: Progress, now: datetime) -> Inspection:
            raise PermissionError(13, "Permission denied")

        return scan

    app = make_app(demo_home, scanner=broken, ahead=True)
    assert app.session.ahead is not None
    app.session.ahead.join()
    async with running(app):
        assert "The scan failed: PermissionError" in text_of(app, "#summary")
        assert not table(app).loading
        assert app.is_running
        assert screen(app).inspection is None
