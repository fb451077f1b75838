"""The app's live mode, driven as a person would, on real-schema stores with writers standing in
for the browser (tests/helpers/watching.py): `w` starts it, the table follows the store in
place, new or changed rows are marked and then unmarked, the timeline lists each change with the
violations first, choosing an event puts the cursor on its cookie, and `w` again stops watching
and keeps the timeline. A report has no live mode.

Nothing here waits for a fixed time: each step polls with `pilot.pause` until what it waits for
is on screen, with a cap that only keeps a broken run from hanging.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static, TabbedContent

from tests.app.helpers import (
    binding_texts,
    messages,
    plain,
    running,
    screen,
    table,
)
from tests.helpers import NOW, SITE, days
from tests.helpers.stores import SECRET
from tests.helpers.watching import chromium_add, firefox_add, update, writing
from tui.app.app import CookiesApp
from tui.app.live import LiveMode
from tui.app.live_tab import TIMELINE_TAB
from tui.app.run import scanner_for
from tui.app.screens.help import HelpScreen
from tui.app.views import timeline as timeline_view
from tui.app.views.timeline import BRIGHT, DIM, MARKERS, Freshness
from tui.catalog import Catalog
from tui.demo.stores import Spec, write_chromium, write_firefox, write_local_state
from tui.model import StoreRef
from tui.report import build_report, dumps, load_report
from tui.source import Source
from tui.stores import chromium
from tui.watch import ADDED, CHANGED, REMOVED, Change, Watcher
from tui.watch.files import Signature, signature

# Consent refusing Google Analytics (`{"ga":false}`, URL-encoded as the site writes it).
REFUSING = "%7B%22ga%22%3Afalse%7D"
# Failure guard only: what does not come within this long is a failure.
GUARD_S = 30.0


def site(consent: str | None = REFUSING) -> list[Spec]:
    specs = [
        Spec(SITE, "sessionid", f"{SECRET}sess", expires=days(14), http_only=True),
        Spec(SITE, "csrftoken", f"{SECRET}csrf", expires=days(300)),
    ]
    if consent is not None:
        specs.append(Spec(SITE, "cookies_preferences", consent, expires=days(170)))
    return specs


@pytest.fixture(autouse=True)
def quick_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Looks at the stores every 50 ms instead of every second, so the tests run quickly."""
    monkeypatch.setattr(LiveMode, "INTERVAL", 0.05)


@pytest.fixture
def firefox(tmp_path: Path) -> Path:
    return write_firefox(tmp_path / "ff" / "p.default" / "cookies.sqlite", site(), now=NOW)


def live_app(catalog: Catalog, *stores: Path, read_only: bool = False) -> CookiesApp:
    """The app as `run_app` builds it on --store paths (its scanner knows where they are, so
    live mode can watch them)."""
    return CookiesApp(
        catalog,
        scanner_for(catalog, Source(stores)),
        clock=lambda: NOW,
        home=stores[0].parent,
        read_only=read_only,
    )


async def until(pilot: Pilot[Any], condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + GUARD_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        await pilot.pause(0.02)


def names(app: CookiesApp) -> set[str]:
    return {cookie.raw.name for cookie in screen(app).by_key.values()}


def key_of(app: CookiesApp, name: str) -> str:
    return next(key for key, cookie in screen(app).by_key.items() if cookie.raw.name == name)


def name_cell(app: CookiesApp, name: str) -> str:
    return table(app).get_cell(key_of(app, name), "name").plain


def timeline_lines(app: CookiesApp) -> list[str]:
    options = screen(app).query_one("#timeline-list", OptionList)
    return [plain(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def timeline_header(app: CookiesApp) -> str:
    return plain(screen(app).query_one("#timeline-header", Static).content)


def watching(app: CookiesApp) -> bool:
    return "Live: watching" in timeline_header(app) and bool(app.screen.query("#timeline"))


async def start_live(pilot: Pilot[Any]) -> None:
    """`w`, then until the baseline is read (the worker's first message is shown)."""
    app = pilot.app
    assert isinstance(app, CookiesApp)
    await pilot.press("w")
    live = screen(app).live
    await until(pilot, lambda: bool(live.timeline.stores), "live mode started")


# --- live mode on a Firefox store -----------------------------------------------------------


async def test_an_added_row_appears_marked_and_the_timeline_lists_it(
    catalog: Catalog, firefox: Path
) -> None:
    app = live_app(catalog, firefox)
    async with running(app) as pilot:
        assert "django_language" not in names(app)
        await start_live(pilot)
        panels = screen(app).query_one("#panels", TabbedContent)
        assert panels.active == TIMELINE_TAB
        assert "Live: watching 1 store" in timeline_header(app)
        # The browser writes a cookie; the table follows without a rescan.
        with writing(firefox) as connection:
            firefox_add(connection, Spec(SITE, "django_language", "fr", expires=days(365)))
        await until(pilot, lambda: "django_language" in names(app), "the new row in the table")
        assert not table(app).loading
        assert name_cell(app, "django_language") == MARKERS[ADDED] + "django_language"
        # The rows that did not change carry no mark.
        assert name_cell(app, "csrftoken") == "csrftoken"
        await until(pilot, lambda: len(timeline_lines(app)) == 1, "the event in the timeline")
        line = timeline_lines(app)[0]
        assert "added  django_language on opendata.saemes.fr /" in line
        assert "not subject to consent" in line
        assert "1 change, 0 consent violations" in timeline_header(app)
        assert str(panels.get_tab(TIMELINE_TAB).label) == "Timeline (1)"


async def test_a_changed_value_marks_its_row_and_says_what_changed_never_the_value(
    catalog: Catalog, firefox: Path
) -> None:
    app = live_app(catalog, firefox)
    async with running(app) as pilot:
        await start_live(pilot)
        with writing(firefox) as connection:
            assert update(connection, "csrftoken", "value = ?", f"{SECRET}renewed") == 1
        await until(pilot, lambda: len(timeline_lines(app)) == 1, "the change in the timeline")
        assert "changed: value  csrftoken on opendata.saemes.fr /" in timeline_lines(app)[0]
        assert name_cell(app, "csrftoken") == MARKERS[CHANGED] + "csrftoken"
        shown = "\n".join([timeline_header(app), *timeline_lines(app)])
        for piece in (SECRET, SECRET[:6], "renewed", "sess", "csrf-"):
            assert piece not in shown, piece


async def test_a_consent_violation_comes_first_in_the_timeline(
    catalog: Catalog, firefox: Path
) -> None:
    """The consent cookie refuses statistics (`ga`); `_ga` appears between two ordinary
    changes and is listed first, above the newer one."""
    app = live_app(catalog, firefox)
    async with running(app) as pilot:
        await start_live(pilot)
        steps = (
            Spec(SITE, "django_language", "fr", expires=days(365)),
            Spec(".saemes.fr", "_ga", "GA1.1.123.456", expires=days(390)),
            Spec(SITE, "ods_visit", "v", expires=days(1)),
        )
        for count, spec in enumerate(steps, 1):
            with writing(firefox) as connection:
                firefox_add(connection, spec)

            def listed(expected: int = count) -> bool:
                return len(timeline_lines(app)) == expected

            await until(pilot, listed, spec.name)
        lines = timeline_lines(app)
        assert "added  _ga on .saemes.fr /" in lines[0]
        assert "refused by your choice (ga)  CONSENT VIOLATION" in lines[0]
        # Then the others, the newest first.
        assert "ods_visit" in lines[1] and "django_language" in lines[2]
        assert not any("VIOLATION" in line for line in lines[1:])
        assert "3 changes, 1 consent violation" in timeline_header(app)
        assert name_cell(app, "_ga") == MARKERS[ADDED] + "_ga"


async def test_choosing_an_event_puts_the_cursor_on_its_cookie_even_when_filtered_out(
    catalog: Catalog, firefox: Path
) -> None:
    app = live_app(catalog, firefox)
    async with running(app) as pilot:
        await start_live(pilot)
        with writing(firefox) as connection:
            firefox_add(connection, Spec(SITE, "django_language", "fr", expires=days(365)))
        await until(pilot, lambda: len(timeline_lines(app)) == 1, "the event")
        # The filter hides the new cookie, and the cursor is elsewhere.
        screen(app).query_one("#filter", Input).value = "csrf"
        await until(pilot, lambda: table(app).row_count == 1, "the filter applied")
        assert table(app).current_key == key_of(app, "csrftoken")
        events = screen(app).query_one("#timeline-list", OptionList)
        events.focus()
        events.highlighted = 0
        await pilot.press("enter")
        await until(
            pilot,
            lambda: table(app).current_key == key_of(app, "django_language"),
            "the cursor on the event's cookie",
        )
        assert screen(app).query_one("#filter", Input).value == ""
        current = screen(app).current_cookie
        assert current is not None and current.raw.name == "django_language"


async def test_choosing_a_removed_cookies_event_says_it_is_gone(
    catalog: Catalog, firefox: Path
) -> None:
    app = live_app(catalog, firefox)
    async with running(app) as pilot:
        await start_live(pilot)
        with writing(firefox) as connection:
            connection.execute("DELETE FROM moz_cookies WHERE name = 'sessionid'")
        await until(pilot, lambda: "sessionid" not in names(app), "the row gone")
        await until(pilot, lambda: len(timeline_lines(app)) == 1, "the event")
        assert "removed  sessionid" in timeline_lines(app)[0]
        events = screen(app).query_one("#timeline-list", OptionList)
        events.focus()
        events.highlighted = 0
        await pilot.press("enter")
        await until(pilot, lambda: bool(messages(app)), "a notification")
        assert "sessionid was removed: it is no longer in the table." in messages(app)[-1]


async def test_leaving_live_mode_stops_watching_and_keeps_the_timeline(
    catalog: Catalog, firefox: Path
) -> None:
    app = live_app(catalog, firefox)
    async with running(app) as pilot:
        await start_live(pilot)
        assert "Stop live" in binding_texts(app)
        with writing(firefox) as connection:
            firefox_add(connection, Spec(SITE, "django_language", "fr", expires=days(365)))
        await until(pilot, lambda: len(timeline_lines(app)) == 1, "the event")
        await pilot.press("w")
        await until(
            pilot,
            lambda: not any(worker.is_running for worker in app.workers),
            "the watching worker ended",
        )
        assert "Live mode stopped at" in timeline_header(app)
        assert "1 change, 0 consent violations" in timeline_header(app)
        assert len(timeline_lines(app)) == 1
        assert "Live" in binding_texts(app) and "Stop live" not in binding_texts(app)
        # Nothing is watched any more: a new cookie shows neither in the table nor the timeline.
        with writing(firefox) as connection:
            firefox_add(connection, Spec(SITE, "ods_visit", "v", expires=days(1)))
        for _ in range(10):
            await pilot.pause(LiveMode.INTERVAL)
        assert "ods_visit" not in names(app)
        assert len(timeline_lines(app)) == 1


async def test_a_mark_fades_then_goes(
    catalog: Catalog, firefox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(timeline_view, "BRIGHT_S", 0.3)
    monkeypatch.setattr(timeline_view, "DIM_S", 0.3)
    monkeypatch.setattr(LiveMode, "FADE_TICK", 0.05)
    app = live_app(catalog, firefox)
    async with running(app) as pilot:
        await start_live(pilot)
        with writing(firefox) as connection:
            firefox_add(connection, Spec(SITE, "django_language", "fr", expires=days(365)))
        await until(pilot, lambda: "django_language" in names(app), "the new row")
        assert name_cell(app, "django_language").startswith(MARKERS[ADDED])
        await until(
            pilot, lambda: name_cell(app, "django_language") == "django_language", "unmarked"
        )


async def test_entering_live_mode_says_chromium_writes_late(
    catalog: Catalog, tmp_path: Path
) -> None:
    write_local_state(tmp_path / "ch", {"Default": "Person"})
    chromium = write_chromium(tmp_path / "ch" / "Default" / "Cookies", site(), now=NOW)
    app = live_app(catalog, chromium)
    async with running(app) as pilot:
        await start_live(pilot)
        await until(pilot, lambda: any("30 s" in m for m in messages(app)), "the notification")
        said = next(m for m in messages(app) if "30 s" in m)
        assert "Chromium-family browsers (Chromium) write their cookie store about every 30 s" in (
            said
        )
        assert "and when they close" in said and "Firefox writes almost at once" in said
        header = timeline_header(app)
        assert "Chromium: written about every 30 s and at close" in header
        await pilot.press("l")
        assert "Chromium : écrit toutes les 30 s environ" in timeline_header(app)
        assert "Direct : surveillance de 1 fichier de cookies" in timeline_header(app)


async def test_live_mode_reads_each_state_of_a_store_once(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The baseline is read once as live mode starts, and a change once when it is seen: a
    Chromium store's values are decrypted once per state of its files, not once by the
    Watcher and again for the table. Each read of the store's rows, by whichever module,
    goes through `chromium.read`; each read the Watcher makes after its baseline goes through
    `Watcher._reread`, which returns None for a read it does not trust (torn by the writer,
    then made again). So every read is the Watcher's own, and one change is kept once."""
    write_local_state(tmp_path / "ch", {"Default": "Person"})
    store = write_chromium(tmp_path / "ch" / "Default" / "Cookies", site(), now=NOW)
    app = live_app(catalog, store)
    async with running(app) as pilot:
        states: list[Signature] = []
        kept: list[int] = []
        discarded: list[int] = []
        real_read, real_reread = chromium.read, Watcher._reread

        def counted(connection: sqlite3.Connection, ref: StoreRef, hosts: Any) -> Any:
            states.append(signature(ref.path))
            return real_read(connection, ref, hosts)

        def judged(watcher: Watcher, watched: Any) -> Any:
            found = real_reread(watcher, watched)
            (discarded if found is None else kept).append(len(found or ()))
            return found

        # After the app's own scan: only live mode's reads are counted.
        monkeypatch.setattr(chromium, "read", counted)
        monkeypatch.setattr(Watcher, "_reread", judged)
        await start_live(pilot)
        assert len(states) == 1
        baseline_retries = len(kept) + len(discarded)
        with writing(store) as connection:
            chromium_add(connection, Spec(SITE, "django_language", "fr", expires=days(365)))
        await until(pilot, lambda: "django_language" in names(app), "the new row in the table")
        await until(pilot, lambda: len(timeline_lines(app)) == 1, "the event in the timeline")
        for _ in range(5):
            await pilot.pause(LiveMode.INTERVAL)
    # The change was kept by exactly one read; every other read was the baseline or a read the
    # Watcher discarded (and made again): none was made for the table besides.
    assert [n for n in kept[baseline_retries:] if n] == [1]
    assert len(states) == 1 + len(kept) + len(discarded)
    assert len(set(states)) >= 2


async def test_with_firefox_alone_the_timeline_says_it_writes_at_once(
    catalog: Catalog, firefox: Path
) -> None:
    app = live_app(catalog, firefox)
    async with running(app) as pilot:
        await start_live(pilot)
        assert "Firefox writes its store almost at once" in timeline_header(app)
        assert not any("30 s late;" in m or "every 30 s" in m for m in messages(app))


# --- the key, the footer, the help; a report -------------------------------------------------


async def test_w_is_in_the_footer_and_the_help_in_both_languages(
    catalog: Catalog, firefox: Path
) -> None:
    app = live_app(catalog, firefox)
    async with running(app) as pilot:
        assert "Live" in binding_texts(app)
        await pilot.press("l")
        assert "Direct" in binding_texts(app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = {(key, description) for key, description, _ in app.screen.keys}
        assert ("w", "Direct") in keys and ("w", "Arrêter le direct") in keys


async def test_a_report_has_no_live_mode_and_w_says_why(
    catalog: Catalog, firefox: Path, tmp_path: Path
) -> None:
    from tui.app.run import report_app
    from tui.inspection import find_stores, inspect

    refs, failed, searched = find_stores([firefox])
    inspection = inspect(catalog, refs, failed, searched, now=NOW)
    path = tmp_path / "report.json"
    path.write_text(dumps(build_report(catalog, inspection, "en", NOW)))
    app = report_app(load_report(path), catalog, "en")
    await refuses_live_mode(app)


async def test_a_read_only_session_has_no_live_mode_even_knowing_its_stores(
    catalog: Catalog, firefox: Path
) -> None:
    """As `open FILE` sets it (tests/app/conftest.py), with where the stores are besides."""
    await refuses_live_mode(live_app(catalog, firefox, read_only=True))


async def refuses_live_mode(app: CookiesApp) -> None:
    async with running(app) as pilot:
        # Neither in the footer nor to be done: `w` only says why.
        active = app.screen.active_bindings.values()
        assert not [item for item in active if item.binding.key == "w" and item.enabled]
        assert not [item for item in active if item.binding.key == "w" and item.binding.show]
        await pilot.press("w")
        await pilot.pause()
        assert "No live mode here: a report shows the stores as they were" in messages(app)[-1]
        assert not app.screen.query("#timeline")
        assert not any(worker.is_running for worker in app.workers)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert not any(key == "w" for key, _, _ in app.screen.keys)


# --- the marks, without the app -------------------------------------------------------------


def changes_of(catalog: Catalog, store: Path, write: Callable[[], None]) -> list[Change]:
    from tui.inspection import find_stores

    refs, failed, searched = find_stores([store])
    watcher = Watcher(catalog, refs, failed, searched, clock=lambda: NOW)
    write()
    return watcher.poll()


def test_freshness_is_bright_then_dim_then_gone(catalog: Catalog, firefox: Path) -> None:
    def write() -> None:
        with writing(firefox) as connection:
            firefox_add(connection, Spec(SITE, "django_language", "fr", expires=days(365)))
            connection.execute("DELETE FROM moz_cookies WHERE name = 'sessionid'")

    changes = changes_of(catalog, firefox, write)
    assert sorted(change.kind for change in changes) == [ADDED, REMOVED]
    added = next(change for change in changes if change.kind == ADDED)
    removed = next(change for change in changes if change.kind == REMOVED)
    moment = [100.0]
    fresh = Freshness(clock=lambda: moment[0])
    fresh.mark(changes)
    key = added.cookie.id
    assert fresh.stage(key) == (ADDED, BRIGHT)
    assert fresh.stage(removed.cookie.id) is None  # a removed row is not in the table
    assert fresh.tick()
    assert not fresh.tick()  # nothing changed since
    moment[0] += timeline_view.BRIGHT_S
    assert fresh.stage(key) == (ADDED, DIM)
    assert fresh.tick()
    moment[0] += timeline_view.DIM_S
    assert fresh.stage(key) is None
    assert fresh.tick()
    assert not fresh


def test_the_timeline_orders_violations_first_then_newest(catalog: Catalog, firefox: Path) -> None:
    specs = iter(
        [
            Spec(".saemes.fr", "_ga", "GA1.1.1.1", expires=days(390)),
            Spec(SITE, "django_language", "fr", expires=days(365)),
            Spec(".saemes.fr", "_gid", "GA1.1.2.2", expires=days(1)),
            Spec(SITE, "ods_visit", "v", expires=days(1)),
        ]
    )

    def write() -> None:
        with writing(firefox) as connection:
            firefox_add(connection, next(specs))

    timeline = timeline_view.Timeline()
    for _ in range(4):
        timeline.add(changes_of(catalog, firefox, write))
    order = [event.change.cookie.raw.name for event in timeline.ordered()]
    assert order == ["_gid", "_ga", "ods_visit", "django_language"]
    assert timeline.violations == 2
