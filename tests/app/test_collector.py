"""The garbage collector is held off while the app starts and back once its first screen is
drawn (tui.app.collector): the app's start-up walked some 80,000 objects about 150 times."""

from __future__ import annotations

import gc

from tests.helpers.processes import FIRST_ROWS, said_by_fresh_python
from tui.app.collector import held, release

# `saemes-cookies --demo` through the command line's dispatch, in a fresh process, the app run
# headless in place of on a terminal: the collector's state as the app starts, once the
# demo's first rows are drawn, and after the app.
THROUGH_THE_COMMAND_LINE = (
    FIRST_ROWS
    + """
import asyncio, gc, json, sys
import tui.cli
from tui.app import run
from tui.catalog import load
from tui.cli.argv import plain_line
from tui.source import opened

seen = {}

def headless(args, catalog, source):
    seen["starting"] = gc.isenabled()
    app = run.make_app(args, catalog, source)

    async def first_screen():
        async with app.run_test(size=(120, 40)) as pilot:
            await first_rows(app, pilot)
            seen["drawn"] = gc.isenabled()
            seen["frozen"] = gc.get_freeze_count()

    asyncio.run(first_screen())
    app.session.ahead.join()
    return 0

run.run_app = headless
args = plain_line(["--demo"])
args.lang = "en"
with opened(args) as source:
    tui.cli._dispatch(args, load(None), source)
seen["after"] = gc.isenabled()
print(json.dumps(seen))
"""
)


def test_the_collector_is_off_while_the_app_starts_and_back_once_its_first_screen_is_drawn() -> (
    None
):
    seen = said_by_fresh_python(THROUGH_THE_COMMAND_LINE)
    # Start-up's objects frozen: Textual's modules alone are tens of thousands.
    assert seen.pop("frozen") > 10_000
    assert seen == {"starting": False, "drawn": True, "after": True}


def test_an_app_that_ends_before_its_first_screen_freezes_nothing() -> None:
    frozen = gc.get_freeze_count()
    with held():
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_release_does_nothing_unless_held() -> None:
    # An app made by a test (or by `open`) mounts its screen outside `held`: the process's
    # collector is not its to change.
    frozen = gc.get_freeze_count()
    release()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_a_collector_turned_off_by_someone_else_is_left_off() -> None:
    gc.disable()
    try:
        with held():
            release()
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
