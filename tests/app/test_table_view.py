"""What the table shows of a scan (TableView), without the app: filter, source, sort, and a
finding's cookies, on the demo home's real stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import NOW
from tui.app.views.rows import SORTABLE, TableView
from tui.app.views.sources import ALL
from tui.catalog import Catalog
from tui.demo.home import demo_stores
from tui.frozen import replace
from tui.inspection import inspect
from tui.model import Inspection


@pytest.fixture
def scanned(catalog: Catalog, demo_home: Path) -> Inspection:
    refs, failed, searched = demo_stores(demo_home)
    return inspect(catalog, refs, failed, searched, now=NOW)


def names(view: TableView, catalog: Catalog, inspection: Inspection) -> list[str]:
    return [cookie.raw.name for cookie in view.rows(catalog, inspection.cookies, "en")]


def test_a_source_and_a_filter_narrow_the_rows_and_a_spotlight_overrides_both(
    catalog: Catalog, scanned: Inspection
) -> None:
    firefox = next(store.id for store in scanned.stores if store.id.startswith("Firefox"))
    view = TableView(source=firefox, needle="csrf")
    shown = view.rows(catalog, scanned.cookies, "en")
    assert [(c.raw.name, c.store.id) for c in shown] == [("csrftoken", firefox)]
    [duplicate] = [f for f in scanned.findings if f.code == "duplicate-scope"]
    spotlit = replace(view, spotlight=duplicate)
    assert names(spotlit, catalog, scanned) == ["csrftoken", "csrftoken"]
    assert {c.store.id for c in spotlit.rows(catalog, scanned.cookies, "en")} != {firefox}


def test_sorting_cycles_through_the_columns_and_a_second_click_reverses(
    catalog: Catalog, scanned: Inspection
) -> None:
    view = TableView().next_sort()
    assert (view.sort, view.reverse) == (SORTABLE[0], False)
    ordered = names(view, catalog, scanned)
    assert ordered == sorted(ordered, key=str.casefold)
    clicked = view.sorted_by(SORTABLE[0])
    assert clicked.reverse and names(clicked, catalog, scanned) == ordered[::-1]
    # Another column starts ascending; s after the last column comes back to the first.
    assert clicked.sorted_by("expires") == replace(clicked, sort="expires", reverse=False)
    assert TableView(sort=SORTABLE[-1]).next_sort().sort == SORTABLE[0]


def test_a_new_scan_keeps_the_view_less_what_it_no_longer_holds(
    catalog: Catalog, scanned: Inspection
) -> None:
    chromium = next(store.id for store in scanned.stores if store.id.startswith("Chromium"))
    finding = scanned.findings[0]
    view = TableView(needle="ga", sort="name", source=chromium, spotlight=finding)
    assert view.fitted(scanned) == view
    gone = replace(scanned, stores=(), findings=())
    assert view.fitted(gone) == replace(view, source=ALL, spotlight=None)
