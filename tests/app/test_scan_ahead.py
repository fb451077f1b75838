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
from tests.helpers.processes import said_by_fresh_python
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


# `make_app` as `saemes-cookies --demo` calls it, in a fresh process, its scanner wrapped:
# whether the app (and with it textual) was being imported when the first scan ended, and
# whether `make_app` had returned by then.
HEAD_START = """
import json, sys, threading
from tui.app import run
from tui.catalog import load
from tui.cli.argv import plain_line
from tui.source import opened

args = plain_line(["--demo"])
args.lang = "en"
seen = {}
returned = threading.Event()
real_scanner_for = run.scanner_for

def scanner_for(catalog, source):
    real = real_scanner_for(catalog, source)

    def scan(progress, now):
        if sys.argv[1] == "long":
            # Ends only once make_app has returned: make_app must not wait for it.
            assert returned.wait(300), "make_app waited for the whole scan"
        inspection = real(progress, now)
        # The app's module is in sys.modules from the moment its import begins.
        seen["app imported"] = "tui.app.app" in sys.modules
        seen["returned"] = returned.is_set()
        return inspection

    return scan

run.scanner_for = scanner_for
with opened(args) as source:
    app = run.make_app(args, load(None), source)
    returned.set()
    app.session.ahead.join()
    seen["cookies"] = len(app.session.ahead.ready().cookies)
print(json.dumps(seen))
"""


def test_a_first_scan_that_ends_within_its_head_start_runs_alone() -> None:
    # The demo's scan (about 15 ms) within HEAD_START_S (50 ms): the app's import, which
    # would compete with it for the interpreter, had not begun when it ended.
    assert said_by_fresh_python(HEAD_START, "short") == {
        "app imported": False,
        "returned": False,
        "cookies": 18,
    }


def test_a_longer_first_scan_goes_on_beside_textual_s_import() -> None:
    # A scan still reading after its head start does not hold the app back: the app is
    # built (textual imported) while it reads.
    assert said_by_fresh_python(HEAD_START, "long") == {
        "app imported": True,
        "returned": True,
        "cookies": 18,
    }
