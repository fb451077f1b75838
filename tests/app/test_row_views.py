"""Every row the app draws, checked through the view functions it draws them with
(tui/app/views): the table's cells, each cookie's details, each finding's line and detail,
without driving the app row by row. That the app shows these views for the row under the
cursor, and `v` reveals, is proved once by a Pilot test (test_pilot.py); that the findings
list and its detail show them, once per layout (test_reachable.py)."""

from __future__ import annotations

from pathlib import Path

from tests.app.helpers import plain
from tests.helpers import NOW
from tests.helpers.hostile import CASES, NOT_UTF8, every_case_in_one_store
from tui.app.views.details import detail
from tui.app.views.findings import finding_detail, finding_line, message, severity_badge
from tui.app.views.rows import COLUMNS, table_rows
from tui.catalog import Catalog
from tui.demo.home import demo_stores
from tui.inspection import find_stores, inspect
from tui.model import Family

# The keys of the cells table_rows gives (the first column, the mark, is not a cell of it).
CELL_KEYS = [column.key for column in COLUMNS[1:]]


def test_every_hostile_row_is_drawn_noted_and_its_value_shown_only_when_revealed(
    catalog: Catalog, tmp_path: Path
) -> None:
    """Every bad cell of tests/helpers/hostile.py at once, in a Firefox and a Chromium store,
    as the app reads them for `--store`."""
    home = tmp_path / "h"
    stores = [every_case_in_one_store(home, family) for family in (Family.FIREFOX, Family.CHROMIUM)]
    refs, failed, searched = find_stores(stores)
    inspection = inspect(catalog, refs, failed, searched, now=NOW)
    assert all(store.error is None for store in inspection.stores)
    rows = table_rows(catalog, inspection.cookies, "en", NOW, inspection.stores)
    assert len(rows) == 2 * 4 + len(CASES)
    # Each cell drawn as the table draws it, none raising.
    cells = [dict(zip(CELL_KEYS, (plain(cell) for cell in row), strict=True)) for _, row in rows]
    assert "expiry unreadable" in [row["expires"] for row in cells]
    secret = NOT_UTF8.decode("utf-8", "replace").strip("\ufffd")
    revealed_secrets = 0
    for cookie in inspection.cookies:
        masked = plain(detail(catalog, cookie, "en", NOW, False, home))
        revealed = plain(detail(catalog, cookie, "en", NOW, True, home))
        if cookie.raw.notes:
            assert "Read in part" in masked and "Read in part" in revealed, cookie.raw.name
        assert secret not in masked
        if cookie.raw.value and secret in cookie.raw.value:
            # Revealed on request only, the bytes that are not UTF-8 replaced.
            assert secret in revealed and "\ufffd" in revealed
            revealed_secrets += 1
    assert revealed_secrets, "a case holds a value that is not UTF-8"


def test_every_demo_findings_message_is_whole_in_its_list_line_and_in_its_detail(
    catalog: Catalog, demo_home: Path
) -> None:
    """What the findings list (wide: the whole message; narrow: the code) and the detail beside
    it draw for each finding of the demo, as the demo app scans it."""
    refs, failed, searched = demo_stores(demo_home)
    inspection = inspect(catalog, refs, failed, searched, now=NOW, demo=True)
    cookies = {cookie.id: cookie for cookie in inspection.cookies}
    assert len(inspection.findings) > 1
    for finding in inspection.findings:
        whole = _flat(message(finding, "en"))
        assert whole in _flat(plain(finding_line(finding, "en"))), finding.code
        assert _flat(plain(finding_line(finding, "en", brief=True))) == _flat(
            plain(severity_badge(finding.severity, "en"))
        ) + _flat(finding.code)
        shown = finding_detail(finding, cookies, inspection.stores, "en", read_only=False)
        assert whole in _flat(plain(shown)), finding.code


def _flat(text: str) -> str:
    return "".join(text.split())
