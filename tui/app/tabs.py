"""The tabs below the main screen's cookie table (`Panels`), each with its key (1, 2, 3) and
what takes the focus when it opens, and what the Findings and Consent tabs show. The timeline
tab, added by live mode or a recording, is live_tab's.

Only Details is built with the screen: it is the tab the first screen shows. Findings and
Consent are empty panes, with their labels (the findings counted), until they first open, by
key, by a click on their label or by code setting `active`: their widget and modules are then
made, mounted and filled with the screen's last diagnosis, kept meanwhile. Until then what they
would show is not worked out at all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from textual.widget import AwaitMount, Widget
from textual.widgets import TabbedContent

from tui.app.widgets.panels import TextPanel
from tui.frozen import Frozen
from tui.model import Cookie, Inspection
from tui.texts import Lang, tr

if TYPE_CHECKING:
    from tui.app.widgets.findings import FindingsPanel

DETAILS_TAB = "tab-details"
FINDINGS_TAB = "tab-findings"
CONSENT_TAB = "tab-consent"
TABS = (DETAILS_TAB, FINDINGS_TAB, CONSENT_TAB)

# What takes the focus as each tab opens: the table beside Details, the findings list, the
# consent text (arrows scroll it).
FOCUS = {DETAILS_TAB: "#cookies", FINDINGS_TAB: "#finding-list", CONSENT_TAB: "#consent"}

# The tabs whose content is made the first time they open.
LAZY = (FINDINGS_TAB, CONSENT_TAB)


class Diagnosis(Frozen):
    """What the Findings and Consent tabs show: the screen's inspection, as said now."""

    inspection: Inspection
    by_key: Mapping[str, Cookie]
    lang: Lang
    read_only: bool
    now: datetime


class Panels(TabbedContent):
    """The tabs below the table; Findings and Consent made on first opening."""

    def __init__(self, *, id: str, can_fix: Callable[[], bool | None]) -> None:
        super().__init__(id=id)
        # For the findings tab's `f`: whether a deletion may start now.
        self.can_fix = can_fix
        self.diagnosis: Diagnosis | None = None
        # The content of Findings and Consent, once made, and its mounting (`open` awaits it).
        self.findings: FindingsPanel | None = None
        self.consent: TextPanel | None = None
        self._mounting: dict[str, AwaitMount] = {}

    def show_diagnosis(self, diagnosis: Diagnosis) -> None:
        """The tabs' labels (Findings counts them), and their content where it is made."""
        self.diagnosis = diagnosis
        lang = diagnosis.lang
        count = len(diagnosis.inspection.findings)
        self.get_tab(FINDINGS_TAB).label = tr(lang, "tab.findings", count=count)
        self.get_tab(CONSENT_TAB).label = tr(lang, "tab.consent")
        self._fill()

    def watch_active(self, active: str) -> None:
        # Every way a tab opens sets `active`: a key (`open`), a click on its label, code.
        if active in LAZY and active not in self._mounting:
            self._make(active)

    async def open(self, tab: str) -> bool:
        """Bring `tab` to the front, its content made and mounted when this returns; True if
        it was made now (it is laid out at the next refresh)."""
        made = tab in LAZY and tab not in self._mounting
        self.active = tab
        if made:
            await self._mounting[tab]
        return made

    def _make(self, tab: str) -> None:
        content: Widget
        if tab == FINDINGS_TAB:
            from tui.app.widgets.findings import FindingsPanel

            content = self.findings = FindingsPanel(id="findings", can_fix=self.can_fix)
        else:
            content = self.consent = TextPanel(id="consent")
        # Filled before it is mounted: it draws what it was given as it mounts.
        self._fill((tab,))
        self._mounting[tab] = self.get_pane(tab).mount(content)

    def _fill(self, tabs: tuple[str, ...] = LAZY) -> None:
        """What `tabs` show, those of them made (the others wait for their opening)."""
        diagnosis = self.diagnosis
        if diagnosis is None:
            return
        inspection, lang = diagnosis.inspection, diagnosis.lang
        if self.findings is not None and FINDINGS_TAB in tabs:
            findings, stores = inspection.findings, inspection.stores
            self.findings.show(findings, diagnosis.by_key, stores, lang, diagnosis.read_only)
        if self.consent is not None and CONSENT_TAB in tabs:
            from tui.app.views.consent import consent_page

            self.consent.show(consent_page(inspection.consents, inspection, lang, diagnosis.now))
