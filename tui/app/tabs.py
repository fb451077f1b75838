"""The tabs below the main screen's cookie table, each with its key (1, 2, 3) and what takes
the focus when it opens, and what the Findings and Consent tabs show. The timeline tab, added
by live mode or a recording, is live_tab's.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from textual.widgets import TabbedContent

from tui.app.views.consent import consent_page
from tui.app.widgets.findings import FindingsPanel
from tui.app.widgets.panels import TextPanel
from tui.model import Cookie, Inspection
from tui.texts import Lang, tr

DETAILS_TAB = "tab-details"
FINDINGS_TAB = "tab-findings"
CONSENT_TAB = "tab-consent"
TABS = (DETAILS_TAB, FINDINGS_TAB, CONSENT_TAB)

# What takes the focus as each tab opens: the table beside Details, the findings list, the
# consent text (arrows scroll it).
FOCUS = {DETAILS_TAB: "#cookies", FINDINGS_TAB: "#finding-list", CONSENT_TAB: "#consent"}


def show_diagnosis(
    panels: TabbedContent,
    inspection: Inspection,
    by_key: Mapping[str, Cookie],
    lang: Lang,
    read_only: bool,
    now: datetime,
) -> None:
    """The findings tab (its label counts them) and the consent tab."""
    findings = inspection.findings
    panel = panels.query_one("#findings", FindingsPanel)
    panel.show(findings, by_key, inspection.stores, lang, read_only)
    panels.get_tab(FINDINGS_TAB).label = tr(lang, "tab.findings", count=len(findings))
    panels.get_tab(CONSENT_TAB).label = tr(lang, "tab.consent")
    page = consent_page(inspection.consents, inspection, lang, now)
    panels.query_one("#consent", TextPanel).show(page)
