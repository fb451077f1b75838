"""Deleting and undoing from the app, on the demo home's real Chromium and Firefox stores.

The stores are checked with sqlite3 directly, not through the app. Backups and the audit log
go to XDG_STATE_HOME, which every test points into its own temporary directory.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from textual.binding import Binding
from textual.pilot import Pilot
from textual.widgets import Button

from tests.app.helpers import (
    SIZE,
    AppFactory,
    binding_texts,
    dialog,
    dialog_text,
    idle,
    messages,
    press,
    running,
    screen,
    select,
    settle,
    table,
    toasts,
)
from tests.helpers import NOW
from tests.helpers.processes import chromium_running, holding_parentlock
from tui.app.app import CookiesApp
from tui.app.screens.confirm_delete import ConfirmDelete
from tui.app.screens.main import MainScreen
from tui.demo.home import HOSTILE_NAME
from tui.demo.stores import Spec, write_chromium, write_local_state
from tui.texts import tr

SnapCompare = Callable[..., bool]

SITE_HOSTS = {"opendata.saemes.fr", ".saemes.fr"}
STATISTICAL = {"_ga", "_ga_5ZQ8WJ3K2L", "_gid", "_pk_id.1.abcd", "_pk_ses.1.abcd"}


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the app's backups and audit log go in this test."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path / "state" / "saemes-cookies"


def chromium_store(home: Path) -> Path:
    return home / ".config" / "chromium" / "Default" / "Network" / "Cookies"


def firefox_store(home: Path) -> Path:
    return next((home / ".mozilla" / "firefox").glob("*/cookies.sqlite"))


def rows(path: Path) -> list[tuple[object, ...]]:
    """Every row of the store's cookie table, values included, as a browser would read it."""
    table_name = "moz_cookies" if path.name == "cookies.sqlite" else "cookies"
    with closing(sqlite3.connect(path)) as connection:
        return sorted(connection.execute(f"SELECT * FROM {table_name}"), key=lambda row: repr(row))


def names(path: Path) -> set[str]:
    """The names of the site's cookies in the store (other sites' rows are left out)."""
    chromium = path.name != "cookies.sqlite"
    query = (
        "SELECT name, host_key FROM cookies" if chromium else "SELECT name, host FROM moz_cookies"
    )
    with closing(sqlite3.connect(path)) as connection:
        return {name for name, host in connection.execute(query) if host in SITE_HOSTS}


def both(home: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    return rows(chromium_store(home)), rows(firefox_store(home))


def backups(state: Path) -> list[Path]:
    return sorted((state / "backups").glob("*.sqlite")) if (state / "backups").exists() else []


@contextmanager
def chromium_on_demo(home: Path) -> Iterator[None]:
    """Chromium "runs" on the demo profile: its SingletonLock names a live process here."""
    with chromium_running(home / ".config" / "chromium"):
        yield


@asynccontextmanager
async def unchanged(app: CookiesApp, home: Path, state: Path) -> AsyncIterator[Pilot[int]]:
    """`running(app)`, after which both stores hold exactly what they held, and no backup."""
    before = both(home)
    async with running(app) as pilot:
        yield pilot
    assert both(home) == before
    assert backups(state) == []


async def test_d_lists_the_non_necessary_cookies_and_y_deletes_exactly_those(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    app = make_app(demo_home)
    before_chromium, before_firefox = both(demo_home)
    async with running(app) as pilot:
        await press(pilot, "d")
        shown = dialog_text(app)
        assert "7 cookies to delete, in 2 profiles" in shown
        assert "Chromium/Personal (Default)" in shown
        assert "Firefox/default-release (k3x9q2vd.default-release)" in shown
        assert "If deleted: Google Analytics sees you as a new visitor" in shown
        # Twins told apart: the Firefox _ga lives in container 2, Firefox's "Work".
        assert "container Work" in shown
        assert "Kept: 8 necessary, 3 unclassified" in shown
        assert "⚠" not in shown

        await press(pilot, "y")

        assert isinstance(app.screen, MainScreen)
        assert names(chromium_store(demo_home)) & STATISTICAL == set()
        assert names(firefox_store(demo_home)) & STATISTICAL == set()
        # Nothing else went: necessary, unclassified and other sites' cookies stay.
        assert len(rows(chromium_store(demo_home))) == len(before_chromium) - 5
        assert len(rows(firefox_store(demo_home))) == len(before_firefox) - 2
        assert "sessionid" in names(chromium_store(demo_home))
        assert "ods_tour_seen" in names(chromium_store(demo_home))
        # The table was read again.
        assert table(app).row_count == 11
        assert not {c.raw.name for c in screen(app).by_key.values()} & STATISTICAL
        [done] = [m for m in messages(app) if "Deleted 7 cookies from 2 profiles" in m]
        made = backups(state)
        assert len(made) == 2
        assert all(path.stem in done for path in made)
        assert len((state / "audit.jsonl").read_text().splitlines()) == 7


@pytest.mark.parametrize("key", ["n", "escape"])
async def test_n_and_escape_close_the_dialog_and_nothing_changes(
    make_app: AppFactory, demo_home: Path, state: Path, key: str
) -> None:
    app = make_app(demo_home)
    async with unchanged(app, demo_home, state) as pilot:
        await press(pilot, "d")
        dialog(app)
        await press(pilot, key)
        assert isinstance(app.screen, MainScreen)
        assert table(app).row_count == 18


async def test_the_list_has_the_focus_so_enter_never_deletes(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    app = make_app(demo_home)
    async with unchanged(app, demo_home, state) as pilot:
        await press(pilot, "d")
        assert dialog(app).focused is dialog(app).query_one("#delete-list")
        await press(pilot, "enter")
        assert isinstance(app.screen, ConfirmDelete)
        await press(pilot, "escape")
        assert isinstance(app.screen, MainScreen)


async def test_selected_necessary_cookies_carry_their_warning_and_only_they_go(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    app = make_app(demo_home)
    async with running(app) as pilot:
        select(app, "sessionid", "Chromium")
        select(app, "ods_tour_seen")
        assert "Delete selected" in binding_texts(app)
        await press(pilot, "d")
        shown = dialog_text(app)
        assert "2 cookies to delete, in 1 profile." in shown
        assert "Necessary cookies in this list: 1" in shown
        assert (
            "⚠ Necessary. If deleted: You are logged out of the portal and must sign in again"
            in shown
        )
        assert "⚠ sessionid" in shown
        assert "If deleted: unknown, the catalogue does not describe this cookie." in shown
        # The statistical cookies are not part of a deletion of the selection.
        assert "_ga" not in shown

        await press(pilot, "y")

        left = names(chromium_store(demo_home))
        assert "sessionid" not in left and "ods_tour_seen" not in left
        assert left >= STATISTICAL
        assert "sessionid" in names(firefox_store(demo_home))
        assert screen(app).selected_cookies == []


async def test_d_on_the_parent_domain_copy_says_the_site_s_copy_stays_as_f_does(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    """The `.saemes.fr` copy of csrftoken, selected and deleted with `d`: the dialog names the
    copy on opendata.saemes.fr that stays and keeps working, as `f` and the CLI do."""
    app = make_app(demo_home)
    async with running(app) as pilot:
        grid = table(app)
        [key] = [
            key
            for key, cookie in screen(app).by_key.items()
            if cookie.raw.name == "csrftoken" and cookie.raw.host == ".saemes.fr"
        ]
        grid.toggle(key)
        await press(pilot, "d")
        shown = dialog_text(app)
        assert "1 cookie to delete, in 1 profile." in shown
        assert (
            "csrftoken: the copy on opendata.saemes.fr stays and keeps doing its work, so the "
            "warning below does not apply." in shown
        )
        await press(pilot, "n")


async def test_the_dialog_speaks_french_with_the_catalogues_french_effects(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    app = make_app(demo_home, lang="fr")
    async with running(app) as pilot:
        select(app, "csrftoken", "Firefox")
        await press(pilot, "d")
        shown = dialog_text(app)
        assert "1 cookie à supprimer, dans 1 profil." in shown
        assert "⚠ Nécessaire. Si supprimé : Votre prochain envoi de formulaire" in shown
        assert dialog(app).query_one("#delete-yes", Button).label.plain == "Supprimer (y)"


async def test_a_hostile_cookie_name_is_listed_literally(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    app = make_app(demo_home)
    async with running(app) as pilot:
        select(app, HOSTILE_NAME)
        await press(pilot, "d")
        assert HOSTILE_NAME in dialog_text(app)
        await press(pilot, "y")
        assert HOSTILE_NAME not in names(firefox_store(demo_home))


@contextmanager
def firefox_running(home: Path) -> Iterator[None]:
    """Firefox "runs" on the demo profile: another process holds the lock on .parentlock."""
    with holding_parentlock(firefox_store(home).parent):
        yield


RUNNING = {"chromium": chromium_on_demo, "firefox": firefox_running}
CHROMIUM_ID = "Chromium/Personal (Default)"
FIREFOX_ID = "Firefox/default-release (k3x9q2vd.default-release)"


@pytest.mark.parametrize("runs", ["chromium", "firefox"])
async def test_one_running_browser_is_left_store_by_store_and_y_cleans_the_others(
    make_app: AppFactory, demo_home: Path, state: Path, runs: str
) -> None:
    app = make_app(demo_home)
    store = {"chromium": chromium_store(demo_home), "firefox": firefox_store(demo_home)}
    closed = "firefox" if runs == "chromium" else "chromium"
    before = {name: rows(path) for name, path in store.items()}
    async with running(app) as pilot:
        with RUNNING[runs](demo_home):
            await press(pilot, "d")
            shown = dialog_text(app)
            browser, left_id, cleaned_id, count = (
                ("Chromium", CHROMIUM_ID, FIREFOX_ID, "2 cookies")
                if runs == "chromium"
                else ("Firefox", FIREFOX_ID, CHROMIUM_ID, "5 cookies")
            )
            assert f"{browser} is running with profile" in shown
            assert "nothing is deleted from it while it runs" in shown
            assert f"y deletes {count}, in 1 profile, and leaves 1 profile untouched." in shown
            assert f"{left_id}: left untouched while {browser} runs" in shown
            assert f"{cleaned_id}: to clean" in shown
            assert not dialog(app).query_one("#delete-yes", Button).disabled
        # The browser closed meanwhile: y still does what the dialog said, no more.
        await press(pilot, "y")
        assert isinstance(app.screen, MainScreen)
    assert rows(store[runs]) == before[runs]
    assert names(store[closed]) & STATISTICAL == set()
    [backup] = backups(state)
    assert f"-{closed}-" in backup.stem
    [done] = [m for m in messages(app) if "Deleted " in m]
    assert f"Deleted {count} from 1 profile" in done
    [left] = [m for m in messages(app) if m.startswith("Left untouched")]
    assert f"{browser} is running, nothing was deleted from it" in left


async def test_with_every_browser_running_nothing_can_be_deleted(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    app = make_app(demo_home)
    with chromium_on_demo(demo_home), firefox_running(demo_home):
        async with unchanged(app, demo_home, state) as pilot:
            await press(pilot, "d")
            shown = dialog_text(app)
            assert "Nothing can be deleted now: every profile in this list has its browser" in shown
            assert "Chromium is running with profile Personal (Default)" in shown
            assert "Firefox is running with profile default-release" in shown
            # Store by store, each left while its browser runs.
            assert f"{CHROMIUM_ID}: left untouched while Chromium runs" in shown
            assert f"{FIREFOX_ID}: left untouched while Firefox runs" in shown
            # No Delete button to press in vain, and y is not offered in the footer...
            assert not dialog(app).query("#delete-yes")
            shown_keys = {
                b.binding.key for b in app.screen.active_bindings.values() if b.binding.show
            }
            assert "y" not in shown_keys
            # ...yet y answers, saying why nothing is deleted.
            await press(pilot, "y")
            assert isinstance(app.screen, ConfirmDelete)
            [why] = [m for m in messages(app) if "Nothing is deleted" in m]
            assert "every profile in this list has its browser running" in why
            assert "Close Chromium, Firefox, then press d again" in why
            await press(pilot, "escape")
            assert isinstance(app.screen, MainScreen)


async def test_a_browser_started_after_the_dialog_opened_leaves_only_its_store(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    app = make_app(demo_home)
    before = both(demo_home)
    async with running(app) as pilot:
        await press(pilot, "d")
        shown = dialog_text(app)
        assert "to clean" not in shown and "left untouched" not in shown
        with chromium_on_demo(demo_home):
            await press(pilot, "y")
            assert isinstance(app.screen, MainScreen)
            [left] = [m for m in messages(app) if m.startswith("Left untouched")]
            assert "Chromium/Personal (Default): Chromium is running" in left
            assert not [m for m in messages(app) if m.startswith("The deletion failed")]
            assert app.is_running
        assert rows(chromium_store(demo_home)) == before[0]
        assert names(firefox_store(demo_home)) & STATISTICAL == set()
        assert any("Deleted 2 cookies from 1 profile" in m for m in messages(app))


async def test_u_puts_every_row_back_and_then_disappears(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    app = make_app(demo_home)
    before = both(demo_home)
    async with running(app) as pilot:
        assert "u" not in app.screen.active_bindings
        await press(pilot, "d")
        await press(pilot, "y")
        assert both(demo_home) != before
        assert app.screen.active_bindings["u"].enabled

        await press(pilot, "u")

        assert both(demo_home) == before
        assert table(app).row_count == 18
        assert any("Undone: 7 cookies back in 2 profiles" in m for m in messages(app))
        assert "u" not in app.screen.active_bindings
        # Pressed again, u does nothing more.
        await press(pilot, "u")
        assert both(demo_home) == before


async def test_undo_waits_for_the_browser_to_close_and_works_after(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    app = make_app(demo_home)
    before = both(demo_home)
    async with running(app) as pilot:
        await press(pilot, "d")
        await press(pilot, "y")
        deleted = both(demo_home)
        with chromium_on_demo(demo_home):
            await press(pilot, "u")
            assert any(
                "Not undone" in m and "Chromium is running with profile Personal" in m
                for m in messages(app)
            )
            # Firefox's store went back; Chromium's waits.
            assert rows(chromium_store(demo_home)) == deleted[0]
            assert rows(firefox_store(demo_home)) == before[1]
            assert app.screen.active_bindings["u"].enabled
        await press(pilot, "u")
        assert both(demo_home) == before
        assert "u" not in app.screen.active_bindings


async def test_a_backup_that_cannot_be_written_is_a_notification_and_nothing_goes(
    make_app: AppFactory,
    demo_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The state directory cannot be created (a file is in the way), even for root.
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    app = make_app(demo_home)
    async with unchanged(app, demo_home, blocker / "saemes-cookies") as pilot:
        await press(pilot, "d")
        await press(pilot, "y")
        failures = [m for m in messages(app) if m.startswith("The deletion failed")]
        assert len(failures) == 2
        # The audit log, opened before anything is written, is the first to say it.
        assert all(
            "audit log could not be written" in m and "nothing was changed" in m for m in failures
        )
        assert app.is_running
        assert "u" not in app.screen.active_bindings


async def test_a_hostile_profile_name_is_shown_literally_in_the_dialog_and_the_error(
    make_app: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile = "[/]\x1b[2Jevil[link=http://x]"
    home = tmp_path / "h"
    chromium = home / ".config" / "chromium"
    write_local_state(chromium, {"Default": hostile})
    write_chromium(
        chromium / "Default" / "Network" / "Cookies",
        [Spec(".saemes.fr", "_ga", "GA1.2.3.4", expires=NOW.replace(year=2027))],
        NOW,
    )
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    app = make_app(home)
    # With toasts on screen (run_test leaves them out unless asked), so they are rendered.
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "d")
        assert "[/]\\x1b[2Jevil[link=http://x]" in dialog_text(app)
        await press(pilot, "y")
        [failure] = [m for m in messages(app) if m.startswith("The deletion failed")]
        assert "[/]\\x1b[2Jevil[link=http://x]" in failure
        assert "\x1b" not in failure
        # As the toast shows it: never parsed as markup (a MarkupError would end the app).
        await pilot.pause()
        assert any("[/]\\x1b[2Jevil[link=http://x]" in text for text in toasts(app))
        assert app.is_running


async def test_a_long_list_scrolls_and_the_buttons_stay_in_view(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    app = make_app(demo_home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "d")
        box = dialog(app).query_one("#delete-dialog").region
        listing = dialog(app).query_one("#delete-list")
        for button in dialog(app).query(Button):
            assert box.contains_region(button.region)
        assert listing.max_scroll_y > 0
        await press(pilot, "end")
        assert listing.scroll_y == listing.max_scroll_y


async def test_an_unexpected_error_in_the_write_is_reported_and_d_works_again(
    make_app: AppFactory, demo_home: Path, state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.deletion

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(tui.deletion, "delete", broken)
    app = make_app(demo_home)
    async with running(app) as pilot:
        await press(pilot, "d")
        await press(pilot, "y")
        assert any("Unexpected error: RuntimeError: boom" in m for m in messages(app))
        assert app.is_running
        assert app.screen.active_bindings["d"].enabled
        assert not table(app).loading


async def test_an_unexpected_error_in_the_browser_check_is_reported_and_d_works_again(
    make_app: AppFactory, demo_home: Path, state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check before the dialog is a worker too: its failure is one notification, no
    dialog opens, nothing is written, and d is offered again."""
    import tui.deletion

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("no lock to read")

    monkeypatch.setattr(tui.deletion, "running_stores", broken)
    app = make_app(demo_home)
    async with unchanged(app, demo_home, state) as pilot:
        await press(pilot, "d")
        assert isinstance(app.screen, MainScreen)
        assert any("Unexpected error: RuntimeError: no lock to read" in m for m in messages(app))
        assert app.is_running
        assert app.screen.active_bindings["d"].enabled
        assert not table(app).loading


async def test_the_mouse_selects_deletes_and_confirms(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    app = make_app(demo_home)
    async with running(app) as pilot:
        # Rows 0 and 2 (_ga, _gid of Chromium), by their mark column.
        await pilot.click("#cookies", offset=(2, 2))
        await pilot.click("#cookies", offset=(2, 4))
        assert [c.raw.name for c in screen(app).selected_cookies] == ["_ga", "_gid"]
        # A selection changes the bindings and the footer then makes its keys anew: a key
        # taken before that may have left the screen, and a click on it lands at (0, 0), on
        # the header's icon, which opens the palette (seen once under two test workers).
        await settle(pilot)
        [key] = [k for k in app.screen.query("FooterKey") if getattr(k, "key", None) == "d"]
        await pilot.click(key)
        await idle(pilot)
        assert "2 cookies to delete" in dialog_text(app)
        await pilot.click("#delete-yes")
        await idle(pilot)
        left = names(chromium_store(demo_home))
        assert "_ga" not in left and "_gid" not in left and "_ga_5ZQ8WJ3K2L" in left


async def test_read_only_hides_delete_and_undo_everywhere(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    # What `open FILE` sets for a report.
    app = make_app(demo_home, read_only=True)
    async with unchanged(app, demo_home, state) as pilot:
        assert "d" not in app.screen.active_bindings
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert not [title for title in titles if "elete" in title or "ndo" in title]
        select(app, "_ga")
        assert "d" not in app.screen.active_bindings
        await press(pilot, "d")
        assert isinstance(app.screen, MainScreen)
        # Asked anyway (as the palette would), nothing opens.
        screen(app).action_delete_selected()
        await idle(pilot)
        assert isinstance(app.screen, MainScreen)


async def test_the_palette_offers_the_deletions_and_undo_as_they_apply(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    app = make_app(demo_home)
    async with running(app) as pilot:

        def titles() -> list[str]:
            return [command.title for command in app.get_system_commands(app.screen)]

        assert "Delete the non-necessary cookies" in titles()
        assert "Delete the selected cookies" not in titles()
        assert "Undo the last deletion" not in titles()
        select(app, "_gid")
        assert "Delete the selected cookies" in titles()
        assert "Delete the non-necessary cookies" in titles()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"non-necessary", "enter")
        await idle(pilot)
        # The palette's "non-necessary" ignores the selection: all 7 statistical cookies.
        assert "7 cookies to delete" in dialog_text(app)
        await press(pilot, "y")
        assert "Undo the last deletion" in titles()


async def test_the_delete_bindings_and_the_dialogs_have_ids_and_tooltips(
    make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    app = make_app(demo_home)
    async with running(app) as pilot:
        actions = ("delete_non_necessary", "delete_selected", "undo")
        ours = [b for b in Binding.make_bindings(MainScreen.BINDINGS) if b.action in actions]
        assert len(ours) == 3 and all(b.id for b in ours)
        for lang in ("en", "fr"):
            app.set_lang(lang)
            # As the help screen lists them, in this language.
            listed = [(d, t) for key, d, t in screen(app).key_help() if key in ("d", "u")]
            assert len(listed) == 3 and all(d and t for d, t in listed)
            assert {d for d, _ in listed} == {tr(lang, str(b.id)) for b in ours}
        app.set_lang("en")
        await press(pilot, "d")
        declared = Binding.make_bindings(ConfirmDelete.BINDINGS)
        assert {b.key for b in declared} == {"y", "n", "escape"}
        active = dialog(app).active_bindings
        shown = [active[key].binding for key in ("y", "n", "escape")]
        assert len(shown) == 3 and all(b.id and b.tooltip for b in shown)
        help_keys = [key for key, _, _ in app.main_screen.key_help()]
        assert help_keys.count("d") == 2 and "u" in help_keys


def test_snapshot_of_the_confirmation_with_a_necessary_cookie(
    snap_compare: SnapCompare, make_app: AppFactory, demo_home: Path, state: Path
) -> None:
    app = make_app(demo_home)

    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for name, store in (("sessionid", "Chromium"), ("_ga", "Chromium"), ("ods_big_state", "")):
            select(app, name, store)
        await pilot.press("d")
        await idle(pilot)
        dialog(app)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_the_state_directory_of_the_app_holds_the_demos_backups(tmp_path: Path) -> None:
    """--demo keeps its backups and audit lines in the demo home, not the person's state dir."""
    import argparse

    from tui.app.run import make_app as build
    from tui.catalog import load
    from tui.source import opened

    args = argparse.Namespace(store=[], browser=[], catalog=None, lang="en", demo=True)
    with opened(args) as source:
        app = build(args, load(), source)
        assert app.home is not None and app.home == source.demo_home
        assert app.state_dir.is_relative_to(app.home)
    assert not os.path.exists(app.home)
