"""Counts on the app's screen are said as each language counts: French puts 0 and 1 in the
singular, English only 1 (tui.texts.plural). Checked through the view functions that draw them."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import NOW
from tui.app.views.rows import TableView, summary_line
from tui.app.views.timeline import Timeline, header
from tui.catalog import Catalog
from tui.demo.home import demo_stores
from tui.inspection import inspect
from tui.model import Inspection


def test_the_live_timeline_counts_no_change_and_no_violation_in_the_singular_in_french() -> None:
    timeline = Timeline()
    timeline.start(NOW, ())
    assert "0 changement, 0 violation du consentement" in header(timeline, "fr").plain
    assert "0 changes, 0 consent violations" in header(timeline, "en").plain


def test_the_status_line_counts_one_cookie_in_one_profile_in_the_singular(
    catalog: Catalog, demo_home: Path
) -> None:
    refs, failed, searched = demo_stores(demo_home)
    scanned = inspect(catalog, refs, failed, searched, now=NOW)
    one = Inspection(scanned.stores, scanned.cookies[:1])
    for lang, said in (("en", "1 cookie in 1 profile: "), ("fr", "1 cookie dans 1 profil : ")):
        line = summary_line(catalog, lang, None, one, one.cookies, TableView(), 0).plain
        assert line.startswith(said), line
