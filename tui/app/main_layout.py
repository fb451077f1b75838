"""The main screen's widgets, top to bottom: the header, a report's banner, the sources, then
the filter, the summary and the cookie table with its tabs below it (Details, Findings,
Consent: the last two made as they first open), and the footer. What the first screen of live
stores does not show is not composed: the banner is a report's only, and the notice (above the
table) and the empty state (in the table's place) are mounted when first shown (main_view).
Their ids are the ones the screen and app.tcss use.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import ContentSwitcher, Header, Input, Static, TabPane

from tui.app.session import Session
from tui.app.tabs import CONSENT_TAB, DETAILS_TAB, FINDINGS_TAB, Panels
from tui.app.widgets.cookie_table import CookieTable
from tui.app.widgets.detail import CookieDetail
from tui.app.widgets.footer import CookiesFooter
from tui.app.widgets.sources import SourcesList
from tui.texts import tr


def main_layout(session: Session, may_fix: Callable[[], bool | None]) -> ComposeResult:
    """The widgets, in English until the screen says them in its language (watch_lang); rows
    can be marked unless the session is read-only, a finding fixed when `may_fix` says so."""
    yield Header()
    if session.report is not None:
        # What the report is and when it was made (main_view says it); live stores have none.
        yield Static("", id="banner", markup=False)
    with Vertical(id="body"):
        yield SourcesList(id="sources")
        with Vertical(id="main"):
            yield Input(id="filter", compact=True)
            yield Static("", id="summary", markup=False)
            # The notice goes here, the empty state beside #list: both when first shown.
            with ContentSwitcher(initial="list", id="switcher"), Vertical(id="list"):
                yield CookieTable(id="cookies", markable=not session.read_only)
                with Panels(id="panels", can_fix=may_fix):
                    with TabPane(tr("en", "tab.details"), id=DETAILS_TAB):
                        yield CookieDetail(session, id="detail")
                    # Their content is made as they first open (tui.app.tabs).
                    yield TabPane(tr("en", "tab.findings", count=0), id=FINDINGS_TAB)
                    yield TabPane(tr("en", "tab.consent"), id=CONSENT_TAB)
    yield CookiesFooter()
