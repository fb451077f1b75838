"""Every part of the app reachable and readable: keys for the tabs, small terminals (80x24,
60x15), the details in the order a person reads them, findings whose messages wrap, a filter
that matches what is shown, and words a person understands in English and French.

All on the demo home's real stores at a fixed moment (tests/app/conftest.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, OptionList, TabbedContent

from tests.app.helpers import (
    AppFactory,
    detail,
    highlight,
    idle,
    open_tab,
    panel,
    screen,
    settle,
    table,
    text_of,
)
from tui.app.app import CookiesApp
from tui.app.tabs import CONSENT_TAB, DETAILS_TAB, FINDINGS_TAB
from tui.app.views.findings import message
from tui.app.widgets.findings import NARROW_COLUMNS
from tui.catalog import Catalog
from tui.model import CATEGORY_KEYS, UNCLASSIFIED
from tui.present.labels import category_label
from tui.texts import keys

TAB_WORDS = {
    "en": ("Tabs", "Details", "Findings", "Consent"),
    "fr": ("Onglets", "Détails", "Constats", "Consentement"),
}


def footer_keys(app: CookiesApp) -> dict[str, Widget]:
    """The footer's entries on screen, by the text each shows (`q Quit`, `1`, `Tabs`)."""
    shown: dict[str, Widget] = {}
    for entry in app.screen.query("Footer FooterKey, Footer FooterLabel"):
        text = entry.render()
        shown[" ".join(str(getattr(text, "plain", text)).split())] = entry
    return shown


def visible_rows(app: CookiesApp) -> int:
    """How many rows of cookies the table shows at once (its height less the header)."""
    grid = table(app)
    return min(grid.row_count, grid.scrollable_content_region.height - grid.header_height)


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_keys_1_2_3_open_the_tabs_and_the_footer_and_the_help_show_them(
    make_app: AppFactory, demo_home: Path, lang: str
) -> None:
    app = make_app(demo_home, lang=lang)
    group, details, findings, consent = TAB_WORDS[lang]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        tabs = screen(app).query_one("#panels", TabbedContent)
        await pilot.press("2")
        await idle(pilot)
        assert tabs.active == FINDINGS_TAB
        # The findings list takes the focus, so the arrows move through the findings.
        assert app.focused is panel(app).query_one("#finding-list", OptionList)
        await pilot.press("3")
        await idle(pilot)
        assert tabs.active == CONSENT_TAB
        await pilot.press("1")
        await idle(pilot)
        assert tabs.active == DETAILS_TAB
        assert app.focused is table(app)

        shown = footer_keys(app)
        for key in ("1", "2", "3", group):
            assert key in shown, (key, sorted(shown))
        helped = {(key, text) for key, text, _ in screen(app).key_help()}
        assert {("1", details), ("2", findings), ("3", consent)} <= helped


async def test_at_80x24_several_rows_show_the_columns_fit_and_the_footer_keeps_l_and_help(
    make_app: AppFactory, demo_home: Path
) -> None:
    app = make_app(demo_home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert visible_rows(app) >= 4
        grid = table(app)
        # Nothing scrolls out of sight sideways: the columns shown fit the table.
        assert grid.max_scroll_x == 0
        heads = list(grid.columns)
        assert [key.value for key in heads[:3]] == ["mark", "name", "scope"]
        assert "flags" not in {key.value for key in heads}
        # The footer's entries are all on screen, left of the palette's key, and the
        # language and help keys are among them.
        shown = footer_keys(app)
        assert "l Français" in shown and "? Help" in shown
        palette = next(entry for text, entry in shown.items() if "palette" in text)
        for text, entry in shown.items():
            if entry is not palette:
                assert 0 < entry.region.right <= palette.region.x, text


async def test_at_60x15_a_row_of_the_table_still_shows(
    make_app: AppFactory, demo_home: Path
) -> None:
    app = make_app(demo_home)
    async with app.run_test(size=(60, 15)) as pilot:
        await settle(pilot)
        assert visible_rows(app) >= 1
        assert table(app).max_scroll_x == 0


async def test_columns_come_back_when_the_terminal_grows(
    make_app: AppFactory, demo_home: Path
) -> None:
    app = make_app(demo_home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        narrow = {key.value for key in table(app).columns}
        await pilot.resize_terminal(160, 40)
        await settle(pilot)
        wide = {key.value for key in table(app).columns}
        assert "expires" not in narrow
        assert {"expires", "store", "flags"} <= wide


async def test_details_say_what_the_cookie_does_and_if_deleted_first_and_end_with_sources(
    demo_app: CookiesApp, catalog: Catalog
) -> None:
    app = demo_app
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        highlight(app, "csrftoken", "Chromium")
        await pilot.pause()
        shown = detail(app)
        lines = [line.split("  ")[0].strip() for line in shown.splitlines()]
        order = [label for label in lines if label]
        assert order.index("Function") < order.index("If deleted") < order.index("Profile")
        assert order.index("If deleted") < order.index("Category")
        cookie = screen(app).current_cookie
        assert cookie is not None
        entry = catalog.entry(cookie.entry_id)
        assert entry is not None and entry.sources
        for key in entry.sources:
            assert catalog.sources[key]["title"] in shown
            assert catalog.sources[key]["url"] in shown
        # "If deleted" is on screen at 140x40, not below the fold.
        pane = screen(app).query_one("#detail")
        assert (
            shown.splitlines().index(
                next(line for line in shown.splitlines() if line.startswith("If deleted"))
            )
            < pane.size.height
        )


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("width", [80, 200])
async def test_findings_messages_are_whole_in_the_list_or_on_a_narrow_screen_beside_it(
    make_app: AppFactory, demo_home: Path, width: int
) -> None:
    """Wide, each message wraps whole in the list; narrow (80 columns) the list holds the codes
    and the highlighted finding's message is whole in the detail beside it. Each finding's
    line and detail are checked through the view functions in test_row_views; here, that the
    list shows them whole at its real width, and the detail follows the highlight."""
    app = make_app(demo_home)
    async with app.run_test(size=(width, 80)) as pilot:
        await settle(pilot)
        await open_tab(pilot, FINDINGS_TAB)
        options = panel(app).query_one("#finding-list", OptionList)
        findings = panel(app).findings
        assert len(findings) > 1
        if width < NARROW_COLUMNS:
            last = len(findings) - 1
            options.highlighted = last
            await pilot.pause()
            shown = text_of(app, "#finding-detail")
            assert _flat(message(findings[last], "en")) in _flat(shown)
        else:
            # The whole list is on screen at once, so every line of it is read without scrolling.
            assert options.virtual_size.height <= options.size.height
            lines = [options.render_line(y).text for y in range(options.size.height)]
            shown = "\n".join(lines)
            for finding in findings:
                assert _flat(message(finding, "en")) in _flat(shown), finding.code


async def filtered(pilot: Pilot[Any], needle: str) -> set[str]:
    app: CookiesApp = pilot.app  # type: ignore[assignment]
    box = screen(app).query_one("#filter", Input)
    box.value = needle
    await idle(pilot)
    return {screen(app).by_key[str(key.value)].store.ref.browser for key in table(app).rows}


async def test_the_filter_matches_what_is_shown_not_a_profiles_folder_id(
    demo_app: CookiesApp,
) -> None:
    app = demo_app
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        # No Firefox cookie's name, host, category, browser or profile name holds a `q`:
        # only the profile's folder (k3x9q2vd.default-release) does, which is not shown.
        assert "Firefox" not in await filtered(pilot, "q")
        assert await filtered(pilot, "k3x9") == set()
        assert await filtered(pilot, "default-release") == {"Firefox"}
        assert await filtered(pilot, "personal") == {"Chromium"}
        assert await filtered(pilot, "firefox") == {"Firefox"}
        # The container a row shows by name.
        assert await filtered(pilot, "work") == {"Firefox"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_category_label_is_capitalised_unclassified_too(catalog: Catalog, lang: str) -> None:
    for category in (*CATEGORY_KEYS, UNCLASSIFIED):
        label = category_label(catalog, category, lang)
        assert label[:1].isupper(), (category, label)


def test_no_french_text_calls_a_cookie_store_a_magasin() -> None:
    said = [fr for _, fr in keys().values() if "magasin" in fr.casefold()]
    assert said == []


async def test_the_consent_tab_says_in_plain_words_what_a_tracker_left_out_means(
    demo_app: CookiesApp,
) -> None:
    app = demo_app
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(pilot)
        await open_tab(pilot, CONSENT_TAB)
        shown = " ".join(text_of(app, "#consent").split())
        assert "xiti, at, piano, eulerian: not in the cookie." in shown
        assert "counts as accepted, so it may run" in shown
        assert "known reading" not in shown
        await pilot.press("l")
        await idle(pilot)
        shown = " ".join(text_of(app, "#consent").split())
        assert "xiti, at, piano, eulerian : absents du cookie." in shown
        assert "lecture connue" not in shown
