"""The findings and consent tabs, deleting the parent-domain copy from a finding, and a report
opened read-only with `open`: driven through the app as a person would, on real-schema stores.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from tests.app.helpers import (
    SIZE,
    AppFactory,
    binding_texts,
    finding_lines,
    highlight,
    idle,
    messages,
    open_tab,
    panel,
    plain,
    running,
    screen,
    settle,
    tab_label,
    table,
    text_of,
)
from tests.app.helpers import column as column_cells
from tests.helpers import NOW, run_cli
from tui.app.app import CookiesApp
from tui.app.messages import DeleteRequested
from tui.app.run import report_app
from tui.app.screens.confirm_delete import ConfirmDelete
from tui.app.screens.help import HelpScreen
from tui.app.screens.main import MainScreen
from tui.app.tabs import CONSENT_TAB, FINDINGS_TAB
from tui.catalog import Catalog
from tui.demo.home import CHROMIUM_PROFILE, demo_stores
from tui.demo.stores import Spec, write_chromium, write_firefox
from tui.inspection import inspect
from tui.report import build_report, dumps, load_report

SnapCompare = Callable[..., bool]
SITE = "opendata.saemes.fr"
SALT = "00112233445566778899aabbccddeeff"
# The demo's findings at NOW, most severe first (tui/demo/home.py builds them on purpose).
DEMO_CODES = [
    "duplicate-scope",
    "consent-refused",
    "consent-missing",
    "consent-missing",
    "statistical-over-13-months",
    "statistical-over-13-months",
    "statistical-over-13-months",
    "lifetime-over-catalogue",
    "lifetime-over-catalogue",
    "lifetime-over-catalogue",
    "unclassified",
    "unclassified",
    "unclassified",
    "spread-over-stores",
]


def rows(app: CookiesApp) -> list[list[str]]:
    grid = table(app)
    return [[cell.plain for cell in grid.get_row_at(index)] for index in range(grid.row_count)]


def chromium_store(home: Path) -> Path:
    return home / ".config" / "chromium" / CHROMIUM_PROFILE[0] / "Network" / "Cookies"


def csrf_hosts(store: Path) -> list[str]:
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as connection:
        found = connection.execute("SELECT host_key FROM cookies WHERE name = 'csrftoken'")
        hosts = sorted(host for (host,) in found)
    connection.close()
    return hosts


# --- findings ------------------------------------------------------------------------------


async def test_the_findings_tab_lists_the_demo_findings_with_their_count(
    demo_app: CookiesApp,
) -> None:
    app = demo_app
    async with running(app) as pilot:
        inspection = screen(app).inspection
        assert inspection is not None
        assert [finding.code for finding in inspection.findings] == DEMO_CODES
        assert tab_label(app, FINDINGS_TAB) == "Findings (14)"
        await open_tab(pilot, FINDINGS_TAB)
        lines = finding_lines(app)
        assert len(lines) == 14
        severities = [line.split()[0] for line in lines]
        assert severities == ["ERROR"] * 2 + ["WARNING"] * 8 + ["INFO"] * 4
        assert "csrftoken is set on .saemes.fr and opendata.saemes.fr" in lines[0]
        assert "although the consent cookie refuses 'ga'" in lines[1]
        # A hostile cookie name inside a message is shown as it is, never as markup.
        assert any("[bold red]x[/] (on opendata.saemes.fr)" in line for line in lines)
        shown = text_of(app, "#finding-detail")
        assert "Cookies involved" in shown
        assert "Delete the parent-domain copy on .saemes.fr" in shown
        assert "f: delete the parent-domain copy" in shown
        assert app.screen.active_bindings["f"].enabled
        # Another finding: its own cookies and fix; no delete offered for it.
        await pilot.press("down")
        shown = text_of(app, "#finding-detail")
        assert "_ga_5ZQ8WJ3K2L" in shown and "_gid" in shown
        assert "f: delete" not in shown
        assert panel(app).check_action("fix", ()) is False


async def test_switching_language_re_renders_the_findings_in_french(
    demo_app: CookiesApp,
) -> None:
    app = demo_app
    async with running(app) as pilot:
        await open_tab(pilot, FINDINGS_TAB)
        await pilot.press("down", "down", "down")
        english = text_of(app, "#finding-detail")
        await pilot.press("l")
        assert tab_label(app, FINDINGS_TAB) == "Constats (14)"
        lines = finding_lines(app)
        assert lines[0].startswith(" ERREUR ")
        assert "csrftoken est déposé sur .saemes.fr et opendata.saemes.fr" in lines[0]
        assert lines[4].startswith(" ATTENTION ")
        # The highlight stays on the same finding, now told in French.
        assert panel(app).query_one("#finding-list", OptionList).highlighted == 3
        french = text_of(app, "#finding-detail")
        assert french != english
        assert "Cookies concernés" in french and "dans Firefox/default-release" in french
        await pilot.press("l")
        assert text_of(app, "#finding-detail") == english
        # The fix key of the first finding is named in the footer's language too.
        await pilot.press("home", "l")
        assert "Corriger" in binding_texts(app)
        await pilot.press("l")
        assert tab_label(app, FINDINGS_TAB) == "Findings (14)"


async def test_enter_on_a_finding_shows_only_its_cookies_until_escape(
    demo_app: CookiesApp,
) -> None:
    app = demo_app
    async with running(app) as pilot:
        await open_tab(pilot, FINDINGS_TAB)
        await pilot.press("enter")
        assert [(row[1], row[2]) for row in rows(app)] == [
            ("csrftoken", ".saemes.fr"),
            ("csrftoken", SITE),
        ]
        assert "2 cookies of the finding “duplicate-scope” · escape shows all" in text_of(
            app, "#summary"
        )
        await pilot.press("down", "enter")
        assert sorted(row[1] for row in rows(app)) == ["_ga", "_ga_5ZQ8WJ3K2L", "_gid"]
        await pilot.press("escape")
        assert table(app).row_count == 18
        assert "18 cookies in 2 profiles" in text_of(app, "#summary")
        # Typing a filter also leaves the finding's view.
        await pilot.press("enter")
        assert table(app).row_count == 3
        await pilot.press("slash", "s", "e", "s", "s")
        assert [row[1] for row in rows(app)] == ["sessionid", "sessionid"]


async def test_f_deletes_the_parent_domain_copy_only_after_a_yes_and_u_brings_it_back(
    demo_app: CookiesApp, demo_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Backups and the audit log go to the state dir: a private one for this test.
    state = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    app = demo_app
    store = chromium_store(demo_home)
    async with running(app) as pilot:
        await open_tab(pilot, FINDINGS_TAB)
        await pilot.press("f")
        await idle(pilot)
        # The deletion dialog of `d`, with the finding's note on the copy that stays.
        assert isinstance(app.screen, ConfirmDelete)
        assert app.screen.title_text == "Fix the finding: delete the parent-domain copy?"
        question = plain(app.screen.query_one("#delete-body", Static).content)
        assert "1 cookie to delete, in 1 profile." in question
        assert "Chromium/Personal (Default)" in question
        assert "⚠ csrftoken" in question and ".saemes.fr" in question
        assert (
            "csrftoken: the copy on opendata.saemes.fr stays and keeps doing its work, so the "
            "warning below does not apply." in question
        )
        assert "⚠ Necessary. If deleted: " in question
        await pilot.press("n")
        await idle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert csrf_hosts(store) == [".saemes.fr", SITE]
        assert not state.exists()

        await pilot.press("f")
        await idle(pilot)
        await pilot.press("y")
        await idle(pilot)
        assert csrf_hosts(store) == [SITE]
        assert table(app).row_count == 17
        inspection = screen(app).inspection
        assert inspection is not None
        assert "duplicate-scope" not in {finding.code for finding in inspection.findings}
        assert tab_label(app, FINDINGS_TAB) == "Findings (13)"
        assert any("Deleted 1 cookie from 1 profile" in m for m in messages(app))
        assert list((state / "saemes-cookies" / "backups").glob("*.sqlite"))

        # Undo from the findings tab too: the parent-domain copy and the finding come back.
        assert app.screen.active_bindings["u"].enabled
        await pilot.press("u")
        await idle(pilot)
        assert csrf_hosts(store) == [".saemes.fr", SITE]
        assert table(app).row_count == 18
        assert tab_label(app, FINDINGS_TAB) == "Findings (14)"
        assert "u" not in app.screen.active_bindings


async def test_f_is_dimmed_while_a_deletion_is_under_way(
    demo_app: CookiesApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    app = demo_app
    async with running(app) as pilot:
        await open_tab(pilot, FINDINGS_TAB)
        assert panel(app).check_action("fix", ()) is True
        screen(app).deleting.busy = True
        assert panel(app).check_action("fix", ()) is None
        # Asked anyway, as the findings tab would, nothing opens.
        panel(app).post_message(DeleteRequested(list(screen(app).by_key.values())[:1]))
        await idle(pilot)
        assert isinstance(app.screen, MainScreen)


# --- consent -------------------------------------------------------------------------------


async def test_the_consent_tab_shows_accepted_and_refused_trackers_and_understood_keys(
    demo_app: CookiesApp,
) -> None:
    app = demo_app
    async with running(app) as pilot:
        await open_tab(pilot, CONSENT_TAB)
        shown = text_of(app, "#consent")
        assert "not confirmed by Opendatasoft" in shown
        assert "Chromium/Personal (Default) · opendata.saemes.fr" in shown
        assert "Firefox/default-release (k3x9q2vd.default-release) · opendata.saemes.fr" in shown
        assert "Chosen           2026-10-16 10:00 UTC · 30 days ago" in shown
        assert "✓ accepted  the portal's optional cookies (functional_cookies)" in shown
        assert "✗ refused   Google Analytics (ga)" in shown
        assert "✓ accepted  Matomo (matomo)" in shown
        assert "Keys understood  functional_cookies, ga, matomo, timestamp" in shown
        assert "Not understood   none" in shown
        assert "xiti, at, piano, eulerian: not in the cookie." in shown
        assert "Format           URL-encoded JSON" in shown
        await pilot.press("l")
        shown = text_of(app, "#consent")
        assert "✗ refusé   Google Analytics (ga)" in shown
        assert "Clés comprises  functional_cookies, ga, matomo, timestamp" in shown
        assert "il y a 30 jours" in shown and "JSON encodé en URL" in shown
        assert "n'est pas confirmé par Opendatasoft" in shown


async def test_odd_consent_cookies_are_explained_without_showing_their_text(
    make_app: AppFactory, tmp_path: Path
) -> None:
    hidden = "Hidden-Text-In-The-Consent"
    odd = quote(
        json.dumps({"visitorzq": hidden, "vqx": 918273645, "prefsqz": {"ga": "maybe"}}), safe=""
    )
    chromium = write_chromium(
        tmp_path / "chromium" / "Default" / "Cookies",
        [Spec(SITE, "cookies_preferences", "kept-secret", expires=NOW.replace(year=2027))],
        now=NOW,
    )
    # A value this machine cannot decrypt (an app-bound v20 key): the choice is unknown.
    with sqlite3.connect(chromium) as connection:
        connection.execute("UPDATE cookies SET encrypted_value = ?", (b"v20" + b"\0" * 40,))
    connection.close()
    firefox = write_firefox(
        tmp_path / "firefox" / "cookies.sqlite",
        [Spec(SITE, "cookies_preferences", odd, expires=NOW.replace(year=2027), created=NOW)],
        now=NOW,
    )
    app = make_app(stores=[chromium, firefox])
    async with running(app) as pilot:
        await open_tab(pilot, CONSENT_TAB)
        shown = text_of(app, "#consent")
        assert "The value could not be read" in shown and "the choice is unknown" in shown
        # Each item as the length of `"key":value`; no key name, string or number of it.
        visitor = len(json.dumps({"visitorzq": hidden}, separators=(",", ":"))) - 2
        assert (
            f"Not understood   3, shown by their length only: <text, {visitor} chars>, "
            "<text, 15 chars>, <text, 24 chars>"
        ) in shown
        assert "Keys understood  none" in shown
        assert "Not the structure this tool knows" in shown
        assert "the value holds no time: this is when the cookie was set" in shown
        for planted in (hidden, "visitorzq", "vqx", "918273645", "prefsqz", "maybe"):
            assert planted not in shown, planted
        assert "kept-secret" not in shown


# --- a report opened with `open` -----------------------------------------------------------


def write_report(catalog: Catalog, home: Path, path: Path, rename_home: bool = False) -> Path:
    """What `report` writes for the demo home at NOW (its paths absolute, as with
    --include-paths)."""
    refs, failed, searched = demo_stores(home)
    inspection = inspect(catalog, refs, failed, searched, now=NOW)
    # A fixed salt, so the hashes in the snapshot stay the same from run to run.
    text = dumps(build_report(catalog, inspection, "en", NOW, salt=SALT))
    if rename_home:
        # As jeanne's machine would have written it, so paths do not depend on the test's tmp.
        text = text.replace(json.dumps(str(home))[1:-1], "/home/jeanne")
    path.write_text(text)
    return path


async def test_open_shows_the_live_rows_findings_and_consent_read_only(
    make_app: AppFactory, demo_home: Path, catalog: Catalog, tmp_path: Path
) -> None:
    live_app = make_app(demo_home)
    async with running(live_app) as pilot:
        live_rows = rows(live_app)
        # The tabs are made as they open (tui.app.tabs): read as a person reads them.
        await open_tab(pilot, FINDINGS_TAB)
        live_findings = finding_lines(live_app)
        await open_tab(pilot, CONSENT_TAB)
        live_consent = text_of(live_app, "#consent")

    path = write_report(catalog, demo_home, tmp_path / "report.json")
    document = json.loads(path.read_text())
    app = report_app(load_report(path), catalog, "en")
    async with running(app) as pilot:
        assert rows(app) == live_rows
        await open_tab(pilot, FINDINGS_TAB)
        assert finding_lines(app) == live_findings
        assert tab_label(app, FINDINGS_TAB) == "Findings (14)"
        await open_tab(pilot, CONSENT_TAB)
        assert text_of(app, "#consent") == live_consent
        banner = text_of(app, "#banner")
        assert banner.startswith("Report made 2026-11-15 10:00 UTC (report.json)")
        assert "read-only" in banner
        assert app.read_only and screen(app).read_only

        # No rescan: the key is gone, and the palette does not offer it.
        assert screen(app).check_action("rescan", ()) is False
        assert "r" not in {b.binding.key for b in app.screen.active_bindings.values()}

        # The value is not in the report: v says so; the detail shows length and hash.
        highlight(app, "csrftoken", "Chromium")
        await open_tab(pilot, "tab-details")
        table(app).focus()
        await pilot.press("v")
        cookie = screen(app).current_cookie
        assert cookie is not None and cookie.raw.host == ".saemes.fr"
        digest = next(
            c["value_hash"]
            for c in document["cookies"]
            if c["name"] == "csrftoken" and c["host"] == ".saemes.fr"
        )
        shown = text_of(app, "#detail")
        assert f"not in the report · 32 characters · hash {digest}" in shown
        assert "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6" not in shown
        assert any("The value is not in the report" in m for m in messages(app))

        # Delete is disabled: f is dimmed, and asking anyway writes nothing.
        await open_tab(pilot, FINDINGS_TAB)
        assert panel(app).check_action("fix", ()) is None
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        panel(app).post_message(DeleteRequested([cookie]))
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert any("deleting is disabled" in m for m in messages(app))
        assert "This is a report: deleting is disabled." in text_of(app, "#finding-detail")
    assert csrf_hosts(chromium_store(demo_home)) == [".saemes.fr", SITE]


async def test_hostile_text_in_a_report_is_shown_literally(
    catalog: Catalog, demo_home: Path, tmp_path: Path
) -> None:
    path = write_report(catalog, demo_home, tmp_path / "report.json")
    document = json.loads(path.read_text())
    # A report written before reports left the account name out: the name is not shown.
    document["report"]["user"] = "[bold]j[/]\x1b[2J"
    first = document["findings"][0]
    first["severity"] = "critical"
    first["text"]["message"] = {"en": "[/] \x1b[31mred [link=x]", "fr": "[/]"}
    path.write_text(json.dumps(document))
    app = report_app(load_report(path), catalog, "en")
    async with running(app) as pilot:
        banner = text_of(app, "#banner")
        assert banner.startswith("Report made") and "[bold]j" not in banner
        await open_tab(pilot, FINDINGS_TAB)
        assert finding_lines(app)[0] == " critical  [/] \\x1b[31mred [link=x]"
        assert "[/] \\x1b[31mred [link=x]" in text_of(app, "#finding-detail")


def test_open_of_a_malformed_report_exits_2_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"report": {"format": "saemes-cookies report", "version": 1}, "stores": 3}')
    result = run_cli("open", str(bad))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"saemes-cookies: {bad}: stores: expected a list, found a number\n"
    junk = tmp_path / "junk.json"
    junk.write_text("{not json")
    result = run_cli("open", str(junk))
    assert (result.returncode, result.stderr) == (
        2,
        f"saemes-cookies: {junk}: not valid JSON at line 1, column 2: "
        "Expecting property name enclosed in double quotes\n",
    )


async def test_a_report_hides_and_refuses_select_rescan_delete_and_undo(
    catalog: Catalog, demo_home: Path, tmp_path: Path
) -> None:
    path = write_report(catalog, demo_home, tmp_path / "report.json")
    app = report_app(load_report(path), catalog, "en")
    async with running(app) as pilot:
        footer = {b.binding.key for b in app.screen.active_bindings.values()}
        assert footer.isdisjoint({"space", "r", "d", "u"})
        # A report holds no value: the footer does not offer to reveal one.
        shown = {b.binding.key for b in app.screen.active_bindings.values() if b.binding.show}
        assert "v" not in shown and "q" in shown
        for action in ("toggle_mark", "rescan", "delete_non_necessary", "undo"):
            assert screen(app).check_action(action, ()) is False
        # Space, enter and a click on the mark column, as a person would try: nothing marks.
        table(app).focus()
        await pilot.press("space", "down", "enter")
        await pilot.click("#cookies", offset=(2, 3))
        await pilot.pause()
        assert screen(app).selected_cookies == []
        assert table(app).marked == set()
        assert set(column_cells(app, "mark")) == {" "}
        assert "selected" not in text_of(app, "#summary")
        # No ✓ over the mark column either: there is nothing to select.
        assert str(table(app).columns["mark"].label) == ""
        # Called anyway (as a binding would), nothing happens.
        screen(app).action_toggle_mark()
        screen(app).action_rescan()
        await pilot.pause()
        assert table(app).marked == set() and not table(app).loading

        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = plain(app.screen.query_one(Static).content)
        assert "opened read-only" in shown
        for gone in ("Rescan", "Select", "Delete", "Undo", "rescan,", "✓ column"):
            assert gone not in shown, gone
        assert "Reveal" in shown and "Filter" in shown
        assert "Command palette: language, screenshot, theme" in shown
        keys = {key for key, _, _ in app.main_screen.key_help()}
        assert keys.isdisjoint({"space", "r", "d", "u"}) and "v" in keys


async def test_an_empty_report_tells_what_its_author_can_do_not_to_press_r(
    catalog: Catalog, tmp_path: Path
) -> None:
    empty = tmp_path / "empty-home"
    empty.mkdir()
    path = write_report(catalog, empty, tmp_path / "report.json")
    app = report_app(load_report(path), catalog, "en")
    async with running(app):
        shown = text_of(app, "#empty")
        assert "No cookies of opendata.saemes.fr were found." in shown
        assert "This report holds no cookie of opendata.saemes.fr" in shown
        assert "saemes-cookies report -o FILE" in shown
        assert "press r" not in shown and "--store" not in shown and "--demo" not in shown
        app.set_lang("fr")
        shown = text_of(app, "#empty")
        assert "Ce rapport ne contient aucun cookie" in shown
        assert "appuyez sur r" not in shown


def test_open_passes_the_loaded_report_to_the_app_in_the_chosen_language(
    catalog: Catalog, demo_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui import cli
    from tui.app import run
    from tui.cli import report

    opened: list[tuple[Any, str]] = []
    # In-process, pytest's stdin and stdout are no terminal; the app is not started anyway.
    monkeypatch.setattr(report, "need_terminal", lambda: None)
    monkeypatch.setattr(
        run, "run_report_app", lambda loaded, _catalog, lang: opened.append((loaded, lang)) or 0
    )
    path = write_report(catalog, demo_home, tmp_path / "report.json")
    assert cli.main(["open", str(path), "--lang", "fr"]) == 0
    assert cli.main(["--lang", "en", "open", str(path)]) == 0
    assert [(loaded.made_at, lang) for loaded, lang in opened] == [(NOW, "fr"), (NOW, "en")]


# --- snapshots -----------------------------------------------------------------------------


def on_tab(tab: str, cookie: tuple[str, str] | None = None) -> Callable[[Pilot[Any]], Any]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        if cookie is not None:
            highlight(pilot.app, *cookie)  # type: ignore[arg-type]
        await open_tab(pilot, tab)
        await settle(pilot)

    return run_before


def test_snapshot_findings_tab_on_the_demo(
    snap_compare: SnapCompare, make_app: AppFactory, demo_home: Path
) -> None:
    assert snap_compare(make_app(demo_home), terminal_size=SIZE, run_before=on_tab(FINDINGS_TAB))


def test_snapshot_consent_tab_on_the_demo(
    snap_compare: SnapCompare, make_app: AppFactory, demo_home: Path
) -> None:
    assert snap_compare(make_app(demo_home), terminal_size=SIZE, run_before=on_tab(CONSENT_TAB))


def test_snapshot_read_only_report(
    snap_compare: SnapCompare, catalog: Catalog, demo_home: Path, tmp_path: Path
) -> None:
    path = write_report(catalog, demo_home, tmp_path / "report.json", rename_home=True)
    app = report_app(load_report(path), catalog, "en")
    run_before = on_tab("tab-details", cookie=("csrftoken", "Chromium"))
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_snapshot_of_the_findings_fix_dialog(
    snap_compare: SnapCompare, make_app: AppFactory, demo_home: Path
) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        await on_tab(FINDINGS_TAB)(pilot)
        await pilot.press("f")
        await idle(pilot)
        assert isinstance(pilot.app.screen, ConfirmDelete)

    assert snap_compare(make_app(demo_home), terminal_size=SIZE, run_before=run_before)
