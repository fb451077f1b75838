"""The tabs below the main screen's cookie table, each with its key (1, 2, 3) and what takes
the focus when it opens. The timeline tab, added by live mode or a recording, is live_tab's.
"""

from __future__ import annotations

DETAILS_TAB = "tab-details"
FINDINGS_TAB = "tab-findings"
CONSENT_TAB = "tab-consent"
TABS = (DETAILS_TAB, FINDINGS_TAB, CONSENT_TAB)
