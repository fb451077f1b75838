"""A report's times, however a user's file states them, never break the read-only app.

What the loader accepts (see tests/findings/test_report.py for what it refuses) is shown on
every screen that uses a time: the table's expiries, each cookie's details, the consent tab
(its age adds months to the choice time) and the banner.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.app.helpers import plain, running, text_of
from tests.helpers import NOW
from tui.app.run import report_app
from tui.app.tabs import CONSENT_TAB, DETAILS_TAB
from tui.app.views.consent import consent_page
from tui.app.views.details import detail
from tui.app.views.rows import table_rows
from tui.app.widgets.cookie_table import CookieTable
from tui.catalog import Catalog
from tui.demo.home import demo_stores
from tui.inspection import inspect
from tui.report import LoadedReport, build_report, dumps, load_report

FROM_CREATED = "the value holds no time: this is when the cookie was set"


def _report(catalog: Catalog, home: Path) -> dict[str, Any]:
    refs, failed, searched = demo_stores(home)
    inspection = inspect(catalog, refs, failed, searched, now=NOW)
    document: dict[str, Any] = json.loads(dumps(build_report(catalog, inspection, "en", NOW)))
    assert document["consent"], "the demo has consent cookies"
    return document


def _consent_time(value: str | None) -> Any:
    def change(document: dict[str, Any]) -> None:
        for record in document["consent"]:
            record["timestamp"] = value

    return change


def _ends_of_the_range(document: dict[str, Any]) -> None:
    """Every time at the end of what the loader accepts, consents dated by their cookie."""
    document["report"]["made_at"] = "9997-12-31T23:59:59Z"
    for cookie in document["cookies"]:
        cookie["expires"] = "9999-12-31T23:59:59.999999Z"
        cookie["created"] = cookie["last_access"] = "1601-01-01T00:00:00Z"
        if cookie["name"] == "cookies_preferences":
            cookie["created"] = "9997-12-31T23:59:59+00:00"
    _consent_time(None)(document)


CHANGES = pytest.mark.parametrize(
    ("change", "consent_says"),
    [
        (_consent_time("2026-10-16T10:00:00"), FROM_CREATED),
        (_consent_time("9999-12-31T00:00:00Z"), FROM_CREATED),
        (_consent_time("0001-01-01T00:00:00+05:00"), FROM_CREATED),
        (_consent_time("2026-10-16T12:00:00+02:00"), "2026-10-16 10:00 UTC"),
        (_ends_of_the_range, "9997-12-31 23:59 UTC"),
    ],
    ids=["naive-choice", "choice-in-9999", "choice-in-year-1", "choice-with-offset", "ends"],
)


def _loaded(catalog: Catalog, home: Path, work: Path, change: Any) -> LoadedReport:
    """The demo's report, changed by `change`, written to a file and opened as `open` does."""
    document = _report(catalog, home)
    change(document)
    path = work / "report.json"
    path.write_text(json.dumps(document))
    return load_report(path)


@CHANGES
def test_a_loaded_reports_times_are_drawn_in_every_row_and_the_consent_tab(
    catalog: Catalog, demo_home: Path, tmp_path: Path, change: Any, consent_says: str
) -> None:
    """What the read-only app draws for each row (its cells, its details) and on the consent
    tab, through the view functions it draws them with, at the report's time."""
    loaded = _loaded(catalog, demo_home, tmp_path, change)
    session = report_app(loaded, catalog, "en").session
    inspection, now = loaded.inspection, session.now()
    banner = session.banner("en")
    assert banner is not None and "read-only" in plain(banner)
    rows = table_rows(catalog, inspection.cookies, "en", now, inspection.stores)
    assert len(rows) == len(inspection.cookies) > 0
    for _, cells in rows:
        for cell in cells:
            plain(cell)  # drawn as the table draws it, without error
    for cookie in inspection.cookies:
        value = session.value_line(cookie, "en")
        shown = plain(detail(catalog, cookie, "en", now, False, session.home, value))
        assert "Created" in shown
        if change is _ends_of_the_range:
            assert "(9999-12-31T23:59:59Z)" in shown
    consents = consent_page(inspection.consents, inspection, "en", now)
    assert consent_says in plain(consents)


async def test_a_loaded_report_at_the_ends_of_time_shows_on_every_screen_without_error(
    catalog: Catalog, demo_home: Path, tmp_path: Path
) -> None:
    """The wiring: the app on such a report draws its banner, the details of the row under
    the cursor and the consent tab (each row and time is checked by the test above)."""
    loaded = _loaded(catalog, demo_home, tmp_path, _ends_of_the_range)
    app = report_app(loaded, catalog, "en")
    async with running(app) as pilot:
        assert "read-only" in text_of(app, "#banner")
        await pilot.click(f"#--content-tab-{DETAILS_TAB}")
        grid = app.screen.query_one("#cookies", CookieTable)
        assert grid.row_count == len(loaded.inspection.cookies)
        grid.move_cursor(row=grid.row_count - 1)
        await pilot.pause()
        shown = text_of(app, "#detail")
        assert "Created" in shown
        assert "(9999-12-31T23:59:59Z)" in shown
        await pilot.click(f"#--content-tab-{CONSENT_TAB}")
        await pilot.pause()
        assert "9997-12-31 23:59 UTC" in text_of(app, "#consent")
    # run_test re-raises what the app raised while drawing; reaching here means none did.
