"""The app builds only what its first screen shows: the rest loads when first used.

The first screen is the table, its sources and the Details tab; the modules of live mode,
deletion, reports, the dialogs and the help, and the content of the Findings and Consent tabs,
wait for the key, the click or the code that first asks for them (issue 22, point 7). Checked
by what a fresh process has imported once the demo's first rows are drawn, and by the tabs
being made as they open, whichever way they are opened.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import OptionList

from tests.app.helpers import AppFactory, panel, plain, running, screen, settle, table, text_of
from tests.helpers.processes import FIRST_ROWS, said_by_fresh_python
from tui.app.app import CookiesApp
from tui.app.tabs import CONSENT_TAB, FINDINGS_TAB
from tui.app.views.consent import consent_page

# The demo app as `saemes-cookies --demo` builds it, headless, until its first rows are drawn
# (a bounded wait: the test fails on a table that never fills, it does not time anything);
# then the tui modules loaded so far.
FIRST_SCREEN = (
    FIRST_ROWS
    + """
import asyncio, json, sys
from tui.app.run import make_app
from tui.source import opened
from tui.catalog import load
from tui.source import opened
from tui.cli.parser import build_parser, parse

args, _ = parse(build_parser("en"), ["--demo"])
args.lang = "en"

async def first_screen():
    with opened(args) as source:
        app = make_app(args, load(args.catalog), source)
        async with app.run_test(size=(120, 40)) as pilot:
            await first_rows(app, pilot)
            print(json.dumps(sorted(name for name in sys.modules if name.startswith("tui"))))

asyncio.run(first_screen())
"""
)

# What the first screen does not show, by what first asks for it.
NOT_AT_START = {
    "live mode (w, a recording)": [
        "tui.app.live",
        "tui.app.live_tab",
        "tui.app.views.timeline",
        "tui.app.widgets.timeline",
        "tui.watch",
    ],
    "deleting (d, u, a finding's f)": [
        "tui.deletion",
        "tui.stores.write",
        "tui.stores.backup",
        "tui.restoring",
        "tui.app.screens.confirm_delete",
        "tui.app.views.plan",
    ],
    "reports (open FILE)": ["tui.report", "tui.app.views.report"],
    "the help (?)": ["tui.app.screens.help", "tui.app.views.help"],
    "the Findings tab (2)": ["tui.app.widgets.findings", "tui.app.views.findings"],
    "the Consent tab (3)": ["tui.app.views.consent"],
}


def test_the_first_screen_loads_none_of_what_it_does_not_show() -> None:
    loaded = set(said_by_fresh_python(FIRST_SCREEN))
    # The first screen's own modules are there (the check reads what it claims to read).
    assert {"tui.app.screens.main", "tui.app.widgets.cookie_table", "tui.inspection"} <= loaded
    early = {
        part: [
            name
            for name in names
            if name in loaded or any(m.startswith(f"{name}.") for m in loaded)
        ]
        for part, names in NOT_AT_START.items()
    }
    assert early == {part: [] for part in NOT_AT_START}


async def test_the_main_screen_is_the_only_screen_under_it_none_laid_out_for_nothing(
    demo_app: CookiesApp,
) -> None:
    # A screen pushed over Textual's default one left that empty screen beneath it, laid out
    # again with the main screen at every resize.
    async with running(demo_app) as pilot:
        assert demo_app.screen_stack == [demo_app.main_screen]
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert demo_app.screen_stack == [demo_app.main_screen]


# `make_app` as `saemes-cookies --demo` calls it, in a fresh process: whether textual had been
# imported when the first scan was started, and what that scan found.
SCAN_AHEAD = """
import json, sys
from tui.app import run
from tui.catalog import load
from tui.cli.parser import build_parser, parse
from tui.source import opened

args, _ = parse(build_parser("en"), ["--demo"])
args.lang = "en"
started = []

class Seen(run.ScanAhead):
    def __init__(self, *given):
        started.append("textual" in sys.modules)
        super().__init__(*given)

run.ScanAhead = Seen
with opened(args) as source:
    app = run.make_app(args, load(args.catalog), source)
    app.session.ahead.join()
    cookies = len(app.session.ahead.ready().cookies)
print(json.dumps([started, cookies, "textual" in sys.modules]))
"""


def test_the_first_scan_starts_before_textual_is_imported() -> None:
    # Started once, textual not yet there; the app, built after it, did import it.
    assert said_by_fresh_python(SCAN_AHEAD) == [[False], 18, True]


def made(app: CookiesApp, selector: str) -> bool:
    return bool(screen(app).query(selector))


async def test_what_the_first_screen_of_live_stores_does_not_show_is_not_composed(
    demo_app: CookiesApp,
) -> None:
    # A report's banner, the notice of sources that cannot be read or written to, the empty
    # state: none is shown on the demo's first screen, so none is made.
    async with running(demo_app):
        assert table(demo_app).row_count == 18
        assert [made(demo_app, part) for part in ("#banner", "#notice", "#empty")] == [
            False,
            False,
            False,
        ]


async def test_the_empty_state_is_made_when_a_rescan_finds_nothing_and_hidden_again_after(
    make_app: AppFactory, demo_home: Path
) -> None:
    stores = [*demo_home.rglob("Cookies"), *demo_home.rglob("cookies.sqlite")]
    app = make_app(demo_home)
    async with running(app) as pilot:
        assert not made(app, "#empty")
        for store in stores:
            store.rename(store.with_name(f"{store.name}.away"))
        await pilot.press("r")
        await settle(pilot)
        assert "No cookies of opendata.saemes.fr were found." in text_of(app, "#empty")
        main = screen(app)
        assert main.query_one("#empty").display and not main.query_one("#list").display
        for store in stores:
            store.with_name(f"{store.name}.away").rename(store)
        await pilot.press("r")
        await settle(pilot)
        assert table(app).row_count == 18
        assert main.query_one("#list").display and not main.query_one("#empty").display


async def test_the_notice_is_made_when_a_rescan_first_has_one_and_hidden_again_after(
    make_app: AppFactory, demo_home: Path
) -> None:
    lock = demo_home / ".config" / "chromium" / "SingletonLock"
    app = make_app(demo_home)
    async with running(app) as pilot:
        assert not made(app, "#notice")
        # Chromium's profile lock, as a running Chromium on this machine holds it.
        os.symlink(f"{socket.gethostname()}-{os.getpid()}", lock)
        await pilot.press("r")
        await settle(pilot)
        assert "1 browser is running" in text_of(app, "#notice")
        assert screen(app).query_one("#notice").display
        lock.unlink()
        await pilot.press("r")
        await settle(pilot)
        assert not screen(app).query_one("#notice").display


async def test_the_findings_and_consent_tabs_are_made_when_opened_by_key(
    demo_app: CookiesApp,
) -> None:
    async with running(demo_app) as pilot:
        assert not made(demo_app, "#findings") and not made(demo_app, "#consent")
        await pilot.press("2")
        await pilot.pause()
        options = panel(demo_app).query_one("#finding-list", OptionList)
        # Filled with the scan's findings, and focused, as the key did before it was lazy.
        assert options.option_count == len(screen(demo_app).inspection.findings) > 0  # type: ignore[union-attr]
        assert demo_app.focused is options
        assert not made(demo_app, "#consent")
        await pilot.press("3")
        await pilot.pause()
        assert consent_text(demo_app) == consent_says(demo_app, "en")
        assert demo_app.focused is screen(demo_app).query_one("#consent")


async def test_a_tab_is_made_when_opened_by_a_click_or_by_code(demo_app: CookiesApp) -> None:
    async with running(demo_app) as pilot:
        await pilot.click(f"#--content-tab-{CONSENT_TAB}")
        await pilot.pause()
        assert consent_text(demo_app) == consent_says(demo_app, "en")
        assert not made(demo_app, "#findings")
        screen(demo_app).panels.active = FINDINGS_TAB
        await pilot.pause()
        assert panel(demo_app).query_one("#finding-list", OptionList).option_count > 0


async def test_a_tab_made_late_is_said_in_the_language_of_now(demo_app: CookiesApp) -> None:
    async with running(demo_app) as pilot:
        await pilot.press("l")
        await pilot.pause()
        await open_by_key(pilot, "3")
        assert consent_text(demo_app) == consent_says(demo_app, "fr")


async def open_by_key(pilot: Pilot[Any], key: str) -> None:
    await pilot.press(key)
    await pilot.pause()


def consent_text(app: CookiesApp) -> str:
    return text_of(app, "#consent")


def consent_says(app: CookiesApp, lang: str) -> str:
    """What the Consent tab is to show for the app's scan, in `lang`."""
    main = screen(app)
    inspection = main.inspection
    assert inspection is not None
    return plain(consent_page(inspection.consents, inspection, lang, main.session.now()))
