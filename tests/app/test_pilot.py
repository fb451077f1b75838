"""The app driven as a person would: keys and clicks on real stores (the demo home and others)."""

from __future__ import annotations

import os
import socket
import sqlite3
from pathlib import Path

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widgets import Input, Static

from tests.app.helpers import (
    SIZE,
    AppFactory,
    binding_texts,
    column,
    detail,
    header_x,
    highlight,
    messages,
    plain,
    running,
    screen,
    settle,
    table,
    text_of,
    toasts,
)
from tests.helpers import NOW
from tests.helpers.terminal import TOOL, on_terminal
from tui.app.app import CookiesApp
from tui.app.screens.help import HelpScreen
from tui.app.screens.main import MainScreen
from tui.app.session import Scanner
from tui.app.widgets.sources import SourcesList
from tui.demo.home import HOSTILE_NAME, HOSTILE_VALUE
from tui.demo.stores import Spec, write_chromium, write_firefox, write_profiles_ini
from tui.model import Family


async def test_the_demo_fills_the_table_and_sources_after_the_scan(demo_app: CookiesApp) -> None:
    app = demo_app
    async with running(app):
        assert table(app).row_count == 18
        sources = screen(app).query_one("#sources", SourcesList)
        assert sources.option_count == 3
        assert "18 cookies in 2 profiles" in text_of(app, "#summary")
        assert "8 necessary · 7 statistical · 3 unclassified" in text_of(app, "#summary")
        assert table(app).has_focus
        # The footer offers reveal and select once there are rows (dimmed before).
        active = app.screen.active_bindings
        assert active["v"].enabled and active["space"].enabled


async def test_the_screen_shows_a_loading_state_until_the_scan_ends(
    catalog: object, demo_home: Path, make_app: AppFactory
) -> None:
    import threading

    release = threading.Event()

    def slowed(real: Scanner) -> Scanner:
        def slow(progress, now):  # type: ignore[no-untyped-def]
            release.wait(10)
            return real(progress, now)

        return slow

    app = make_app(demo_home, scanner=slowed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert table(app).loading
        assert table(app).row_count == 0
        assert "Looking for browser profiles" in text_of(app, "#summary")
        await pilot.press("l")
        assert "Recherche des profils de navigateur" in text_of(app, "#summary")
        release.set()
        await settle(pilot)
        assert not table(app).loading
        assert table(app).row_count == 18
        assert "18 cookies dans 2 profils" in text_of(app, "#summary")


async def test_arrow_keys_move_the_highlight_and_the_detail_follows(demo_app: CookiesApp) -> None:
    app = demo_app
    async with running(app) as pilot:
        first = detail(app)
        await pilot.press("down", "down", "down")
        assert table(app).cursor_row == 3
        cookie = screen(app).current_cookie
        assert cookie is not None
        assert detail(app) != first
        assert detail(app).startswith(cookie.raw.name)
        await pilot.press("up")
        assert table(app).cursor_row == 2


async def test_the_detail_explains_a_cookie_from_the_catalogue(demo_app: CookiesApp) -> None:
    app = demo_app
    async with running(app) as pilot:
        highlight(app, "_ga", "Chromium")
        await pilot.pause()
        shown = detail(app)
        assert "Google Analytics" in shown
        assert "Consent     required" in shown
        assert "declared 2 years · actual: in 1 year" in shown
        assert "If deleted" in shown
        assert "27 characters" in shown
        assert "GA1.2.1284467001" not in shown


async def test_an_unclassified_cookie_says_it_is_not_in_the_catalogue(demo_app: CookiesApp) -> None:
    app = demo_app
    async with running(app) as pilot:
        highlight(app, "ods_tour_seen")
        await pilot.pause()
        assert "Not in the catalogue" in detail(app)
        assert "unknown: the catalogue does not describe this cookie" in detail(app)


async def test_the_filter_keeps_matching_names_domains_and_categories(demo_app: CookiesApp) -> None:
    app = demo_app
    async with running(app) as pilot:
        await pilot.press("slash")
        assert screen(app).query_one("#filter", Input).has_focus
        await pilot.press(*"csrf")
        assert column(app, "name") == ["csrftoken", "csrftoken", "csrftoken"]
        assert "3 of 18 shown" in text_of(app, "#summary")
        await pilot.press("escape")
        assert table(app).has_focus
        await pilot.press("escape")
        assert table(app).row_count == 18
        await pilot.press("slash", *"unclass", "enter")
        assert len(column(app, "name")) == 3
        assert table(app).has_focus
        screen(app).query_one("#filter", Input).value = "opendata"
        await pilot.pause()
        assert set(column(app, "scope")) == {"opendata.saemes.fr"}


async def test_a_filter_typed_in_one_burst_gets_every_letter(demo_app: CookiesApp) -> None:
    """`/csrf` pasted, or typed faster than the screen redraws: every key is queued before the
    first is handled (as a terminal delivers a paste), and the letters after `/` go to the
    filter, not to the table (where `s` would re-sort)."""
    app = demo_app
    async with running(app) as pilot:
        sort_before = screen(app).view.sort
        driver = app._driver
        assert driver is not None
        for key, char in (("slash", "/"), ("c", "c"), ("s", "s"), ("r", "r"), ("f", "f")):
            event = events.Key(key, char)
            event.set_sender(app)
            driver.send_message(event)
        await settle(pilot)
        assert screen(app).query_one("#filter", Input).value == "csrf"
        assert column(app, "name") == ["csrftoken", "csrftoken", "csrftoken"]
        assert screen(app).view.sort == sort_before
        # In the filter, `/` is a letter like any other.
        await pilot.press("slash")
        assert screen(app).query_one("#filter", Input).value == "csrf/"


def test_a_filter_pasted_on_a_real_terminal_gets_every_letter(tmp_path: Path) -> None:
    """The app on a pseudo-terminal, `/csrf` written in one write as a paste or a fast typist
    gives it: the filter gets the four letters (the summary counts the three csrftoken rows)."""
    env = {"HOME": str(tmp_path), "TMPDIR": str(tmp_path), "LANG": "C.UTF-8"}
    with on_terminal([*TOOL, "--demo"], env=env, columns=120, rows=40) as terminal:
        terminal.read_until(b"csrftoken")
        terminal.read_until(b"18 cookies")
        terminal.type(b"/csrf")
        terminal.read_until(b"3 of 18 shown")
        terminal.type(b"\x11")  # ctrl+q
        assert terminal.finish() == 0


async def test_a_filter_that_matches_nothing_says_so(demo_app: CookiesApp) -> None:
    app = demo_app
    async with running(app) as pilot:
        await pilot.press("slash", *"zzz")
        assert table(app).row_count == 0
        assert "No cookie matches this filter" in text_of(app, "#summary")
        assert "Highlight a cookie" in detail(app)


async def test_s_cycles_the_sort_column_and_shift_s_reverses(demo_app: CookiesApp) -> None:
    app = demo_app
    async with running(app) as pilot:
        await pilot.press("s")
        names = column(app, "name")
        assert names == sorted(names, key=str.casefold)
        assert str(table(app).columns["name"].label).endswith("▲")
        await pilot.press("S")
        assert column(app, "name") == sorted(names, key=str.casefold, reverse=True)
        assert str(table(app).columns["name"].label).endswith("▼")
        await pilot.press("s")
        assert screen(app).view.sort == "scope"


async def test_clicking_a_header_sorts_by_it_and_again_reverses(demo_app: CookiesApp) -> None:
    app = demo_app
    async with running(app) as pilot:
        x = header_x(app, "expires")
        await pilot.click("#cookies", offset=(x, 1))
        assert screen(app).view.sort == "expires"
        expires = [screen(app).by_key[str(k.value)].raw.expires for k in table(app).rows]
        dated = [moment for moment in expires if moment is not None]
        assert dated == sorted(dated)
        assert expires[-1] is None
        await pilot.click("#cookies", offset=(x, 1))
        assert screen(app).view.reverse


async def test_v_reveals_the_highlighted_value_only_until_the_cursor_moves(
    demo_app: CookiesApp,
) -> None:
    app = demo_app
    async with running(app) as pilot:
        highlight(app, "csrftoken", "Chromium")
        await pilot.pause()
        value = screen(app).current_cookie.raw.value  # type: ignore[union-attr]
        assert value and value not in detail(app)
        await pilot.press("v")
        assert value in detail(app)
        # Only this one: no other value of the table is on screen.
        others = [c.raw.value for c in screen(app).by_key.values() if c.raw.value != value]
        assert not any(other and len(other) > 3 and other in detail(app) for other in others)
        await pilot.press("down", "up")
        assert value not in detail(app)
        await pilot.press("v", "v")
        assert value not in detail(app)


async def test_hostile_names_and_values_display_literally(demo_app: CookiesApp) -> None:
    app = demo_app
    async with running(app) as pilot:
        cells = list(table(app).get_column("name"))
        assert all(isinstance(cell, Text) for cell in cells)
        assert HOSTILE_NAME in [cell.plain for cell in cells]
        highlight(app, HOSTILE_NAME)
        await pilot.press("v")
        shown = detail(app)
        assert shown.startswith(HOSTILE_NAME)
        # The markup is shown as typed; the escape character is shown as \x1b, never sent.
        assert "[/]\\x1b[31mred?[/link]" in shown
        assert "\x1b" not in shown
        assert HOSTILE_VALUE not in shown


async def test_a_4kb_value_is_revealed_bounded(demo_app: CookiesApp) -> None:
    app = demo_app
    async with running(app) as pilot:
        highlight(app, "ods_big_state")
        await pilot.press("v")
        assert "4000 characters" not in detail(app)
        # The value wraps over lines; without the layout's spaces it reads as one string.
        assert "x" * 1000 + "…(+3000)" in "".join(detail(app).split())
        assert "x" * 1001 not in "".join(detail(app).split())


async def test_space_and_a_click_on_the_mark_column_select_rows(demo_app: CookiesApp) -> None:
    app = demo_app
    async with running(app) as pilot:
        await pilot.press("space", "down", "down", "space")
        selected = screen(app).selected_cookies
        assert [c.raw.name for c in selected] == ["_ga", "_gid"]
        assert column(app, "mark")[:3] == ["✓", " ", "✓"]
        assert "2 selected" in text_of(app, "#summary")
        await pilot.click("#cookies", offset=(2, 3))
        assert len(screen(app).selected_cookies) == 3
        await pilot.press("up", "up", "enter")
        assert [c.raw.name for c in screen(app).selected_cookies] == ["_ga_5ZQ8WJ3K2L", "_gid"]
        # Selections survive filtering.
        await pilot.press("slash", *"sess")
        assert len(screen(app).selected_cookies) == 2


async def test_l_switches_every_label_to_french_and_back(demo_app: CookiesApp) -> None:
    app = demo_app
    async with running(app) as pilot:
        highlight(app, "_ga", "Chromium")
        await pilot.press("l")
        assert app.lang == "fr"
        assert "18 cookies dans 2 profils" in text_of(app, "#summary")
        assert "nécessaires" in text_of(app, "#summary")
        assert str(table(app).columns["name"].label) == "Nom"
        assert "Statistiques" in column(app, "category")
        assert "Finalité" in detail(app)
        assert "Cookies qui suivent vos actions" in detail(app)
        assert app.sub_title.startswith("Cookies du site")
        assert {"Quitter", "Filtrer", "English", "Aide"} <= binding_texts(app)
        assert screen(app).query_one("#filter", Input).placeholder.startswith("Filtrer")
        # And the footer itself, once it has redrawn.
        await settle(pilot)
        footer = {key.description for key in app.screen.query("FooterKey")}  # type: ignore[attr-defined]
        assert {"Quitter", "Filtrer", "English", "Aide"} <= footer
        await pilot.press("l")
        assert str(table(app).columns["name"].label) == "Name"
        assert "Purpose" in detail(app)


async def test_every_binding_has_an_id_and_a_tooltip_in_both_languages(
    demo_app: CookiesApp,
) -> None:
    app = demo_app
    async with running(app) as pilot:
        declared = list(Binding.make_bindings(MainScreen.BINDINGS))
        # One key may carry several bindings (d: delete the selection, or non-necessary).
        assert len(declared) >= 10 and all(b.id for b in declared)
        ids = {b.id for b in declared}
        tooltips = set()
        for lang in ("en", "fr"):
            app.set_lang(lang)
            # Every binding, as the help screen lists it in this language: each id once.
            listed = screen(app).key_help()
            assert len(listed) == len(ids)
            assert all(description and tooltip for _, description, tooltip in listed)
            # And as the footer shows those active now: said in this language too.
            active = [a.binding for a in app.screen.active_bindings.values() if a.binding.id in ids]
            assert len(active) >= 10
            assert all(b.tooltip and b.description for b in active)
            assert {b.tooltip for b in active} <= {tooltip for _, _, tooltip in listed}
            tooltips.add(frozenset(tooltip for _, _, tooltip in listed))
        assert len(tooltips) == 2
        await pilot.press("question_mark")
        await pilot.pause()
        declared = list(Binding.make_bindings(HelpScreen.BINDINGS))
        assert declared and all(b.id and b.tooltip for b in declared)
        keys = {b.key for b in declared}
        help_bindings = [a.binding for key, a in app.screen.active_bindings.items() if key in keys]
        assert help_bindings
        assert all(b.id and b.tooltip for b in help_bindings)


async def test_rescan_reads_the_stores_again_and_keeps_cursor_and_selection(
    make_app: AppFactory, demo_home: Path
) -> None:
    app = make_app(demo_home)
    async with running(app) as pilot:
        highlight(app, "sessionid", "Chromium")
        await pilot.press("space")
        kept = screen(app).current_cookie
        firefox = next((demo_home / ".mozilla" / "firefox").glob("*/cookies.sqlite"))
        connection = sqlite3.connect(firefox)
        with connection:
            connection.execute(
                "INSERT INTO moz_cookies (name, value, host, path, expiry, lastAccessed, "
                "creationTime, isSecure, isHttpOnly) VALUES ('_gid', 'GA1.2.3.4', '.saemes.fr', "
                "'/', ?, 0, 0, 0, 0)",
                (int(NOW.timestamp() * 1000) + 86_400_000,),
            )
        connection.close()
        await pilot.press("r")
        await settle(pilot)
        assert table(app).row_count == 19
        assert screen(app).current_cookie == kept
        assert [c.raw.name for c in screen(app).selected_cookies] == ["sessionid"]


async def test_the_palette_commands_rescan_switch_language_and_export(
    demo_app: CookiesApp,
) -> None:
    app = demo_app
    async with running(app) as pilot:
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Rescan the stores" in titles
        assert "Passer en français" in titles
        assert "Export a screenshot" in titles
        assert "Screenshot" not in titles  # Textual's own would export a revealed value
        assert "Theme" in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"passer", "enter")
        await pilot.pause()
        assert app.lang == "fr"


async def test_a_screenshot_masks_a_revealed_value_first(
    make_app: AppFactory, demo_home: Path, tmp_path: Path
) -> None:
    # make_app saves screenshots in tmp_path.
    app = make_app(demo_home)
    async with running(app) as pilot:
        highlight(app, "csrftoken", "Chromium")
        await pilot.press("v")
        value = screen(app).current_cookie.raw.value  # type: ignore[union-attr]
        assert value and value in detail(app)
        app.action_export_screenshot()
        await pilot.pause()
        await pilot.pause()
        [svg] = list(tmp_path.glob("*.svg"))
        content = svg.read_text(encoding="utf-8")
        assert "csrftoken" in content
        assert value not in content
        assert value not in detail(app)


async def test_the_help_screen_lists_keys_and_categories_and_closes(demo_app: CookiesApp) -> None:
    app = demo_app
    async with running(app) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = plain(app.screen.query_one(Static).content)
        assert "Reveal" in shown and "Show the value of the highlighted cookie" in shown
        assert "Statistical" in shown and "unclassified" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_an_empty_home_says_where_it_looked_and_what_to_do(
    make_app: AppFactory, tmp_path: Path
) -> None:
    home = tmp_path / "empty"
    home.mkdir()
    app = make_app(home)
    async with running(app):
        shown = text_of(app, "#empty")
        assert "No cookies of opendata.saemes.fr were found." in shown
        assert "No browser profile was found." in shown
        assert "~/.config/google-chrome" in shown
        assert "~/.mozilla/firefox" in shown
        assert "press r to scan again" in shown
        assert "--store PATH" in shown
        assert screen(app).query_one("#empty").display


async def test_profiles_without_the_sites_cookies_are_listed_in_the_empty_state(
    make_app: AppFactory, tmp_path: Path
) -> None:
    home = tmp_path / "other"
    root = home / ".mozilla" / "firefox"
    write_profiles_ini(root, {"abc.default": "default"})
    write_firefox(root / "abc.default" / "cookies.sqlite", [Spec("example.org", "a", "b")], NOW)
    app = make_app(home)
    async with running(app):
        shown = text_of(app, "#empty")
        assert "Profiles read:" in shown
        assert "Firefox/default (abc.default)" in shown


async def test_a_store_error_shows_in_the_sources_and_never_as_a_traceback(
    make_app: AppFactory, demo_home: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "Cookies"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    firefox = next((demo_home / ".mozilla" / "firefox").glob("*/cookies.sqlite"))
    app = make_app(demo_home, stores=[broken, firefox])
    async with running(app) as pilot:
        assert table(app).row_count == 7
        assert "7 cookies in 1 profile:" in text_of(app, "#summary")
        sources = screen(app).query_one("#sources", SourcesList)
        prompts = [str(sources.get_option_at_index(i).prompt) for i in range(3)]
        assert "error" in prompts[1]
        assert "1 store could not be read" in text_of(app, "#notice")
        assert any("could not be read" in m for m in messages(app))
        sources.highlighted = 1
        await pilot.pause()
        assert "Could not be read:" in text_of(app, "#notice")
        assert str(broken) in text_of(app, "#notice")


async def test_a_running_browser_is_shown_in_the_sources(
    make_app: AppFactory, demo_home: Path
) -> None:
    chromium = demo_home / ".config" / "chromium"
    os.symlink(f"{socket.gethostname()}-{os.getpid()}", chromium / "SingletonLock")
    app = make_app(demo_home)
    async with running(app) as pilot:
        sources = screen(app).query_one("#sources", SourcesList)
        assert "browser running" in str(sources.get_option_at_index(1).prompt)
        assert "1 browser is running" in text_of(app, "#notice")
        sources.highlighted = 1
        await pilot.pause()
        assert table(app).row_count == 11
        assert "nothing will be deleted from it until it is closed" in text_of(app, "#notice")


async def test_a_hostile_profile_name_is_shown_literally(
    make_app: AppFactory, tmp_path: Path
) -> None:
    from tui.demo.stores import write_local_state

    home = tmp_path / "h"
    chromium = home / ".config" / "chromium"
    write_local_state(chromium, {"Default": "[/]\x1b[2Jevil[link=http://x]"})
    write_chromium(
        chromium / "Default" / "Network" / "Cookies",
        [Spec("opendata.saemes.fr", "sessionid", "v", expires=NOW.replace(year=2027))],
        NOW,
    )
    app = make_app(home)
    async with running(app):
        sources = screen(app).query_one("#sources", SourcesList)
        prompt = str(sources.get_option_at_index(1).prompt)
        assert "[/]\\x1b[2Jevil[link=http://x]" in prompt
        assert table(app).row_count == 1


async def test_a_failing_scan_is_reported_in_the_app(make_app: AppFactory, demo_home: Path) -> None:
    def broken(real: Scanner) -> Scanner:
        def scan(progress, now):  # type: ignore[no-untyped-def]
            raise PermissionError(13, "Permission denied")

        return scan

    app = make_app(demo_home, scanner=broken)
    async with running(app):
        assert "The scan failed: PermissionError" in text_of(app, "#summary")
        assert not table(app).loading
        assert app.is_running


async def test_a_scan_failing_with_markup_in_its_message_shows_it_literally(
    make_app: AppFactory, demo_home: Path
) -> None:
    hostile = "[bold]disk[/] gone [/]"

    def broken(real: Scanner) -> Scanner:
        def scan(progress, now):  # type: ignore[no-untyped-def]
            raise OSError(hostile)

        return scan

    app = make_app(demo_home, scanner=broken)
    # With toasts on screen (run_test leaves them out unless asked), so they are drawn: a
    # toast that parsed "[/]" as markup would end the app with a MarkupError.
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.pause()
        assert any(f"The scan failed: OSError: {hostile}" in text for text in toasts(app))
        assert f"OSError: {hostile}" in text_of(app, "#summary")
        assert app.is_running


async def test_hostile_rows_are_listed_and_v_reveals_a_hostile_value_without_a_traceback(
    make_app: AppFactory, tmp_path: Path
) -> None:
    """Every bad cell of tests/hostile.py at once, in a Firefox and a Chromium store: the app
    lists every row, and `v` on a row whose value is not UTF-8 reveals it, then masks it.
    Each row's cells and details are checked through the view functions, in test_row_views."""
    from tests.helpers.hostile import CASES, NOT_UTF8, every_case_in_one_store

    home = tmp_path / "h"
    stores = [every_case_in_one_store(home, family) for family in (Family.FIREFOX, Family.CHROMIUM)]
    app = make_app(home, stores=stores)
    secret = NOT_UTF8.decode("utf-8", "replace").strip("\ufffd")
    async with running(app) as pilot:
        inspection = screen(app).inspection
        assert inspection is not None
        assert all(store.error is None for store in inspection.stores)
        assert table(app).row_count == 2 * 4 + len(CASES)
        assert "expiry unreadable" in column(app, "expires")
        keys = [str(row_key.value) for row_key in table(app).rows]
        [index, *_] = [
            i for i, key in enumerate(keys) if secret in (screen(app).by_key[key].raw.value or "")
        ]
        table(app).move_cursor(row=index)
        await pilot.press("v")
        assert app.is_running
        shown = detail(app)
        # Revealed on request only, the bytes that are not UTF-8 replaced; the row is noted.
        assert "Read in part" in shown
        assert secret in shown and "\ufffd" in shown
        await pilot.press("v")
        assert secret not in detail(app)


async def test_a_firefox_container_is_shown_by_name_in_the_table_details_and_consent(
    make_app: AppFactory, tmp_path: Path
) -> None:
    from tui.demo.stores import write_containers

    directory = tmp_path / "ff" / "p.default"
    write_firefox(
        directory / "cookies.sqlite",
        [
            Spec(
                "opendata.saemes.fr",
                "cookies_preferences",
                "%7B%22ga%22%3Afalse%7D",
                expires=NOW.replace(year=2027),
                container="2",
            ),
            Spec(".saemes.fr", "_ga", "GA1.1.1.1", expires=NOW.replace(year=2027), container="7"),
            Spec(".saemes.fr", "_gid", "GA1.1.1.2", expires=NOW.replace(day=16), container="9"),
        ],
        now=NOW,
    )
    write_containers(directory, named=[(7, "Trips [/]")])
    app = make_app(stores=[directory])
    async with running(app) as pilot:
        flags = column(app, "flags")
        assert "container Work" in flags and "container Trips [/]" in flags
        assert "container 9" in flags
        highlight(app, "cookies_preferences")
        await pilot.pause()
        assert "container Work (id 2)" in detail(app)
        await pilot.click("#--content-tab-tab-consent")
        await pilot.pause()
        assert "· container Work" in text_of(app, "#consent")
        await pilot.press("l")
        assert "· conteneur Professionnel" in text_of(app, "#consent")
        assert "conteneur Professionnel (id 2)" in detail(app)
