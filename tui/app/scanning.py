"""The scan, in a thread: it reads every store and posts what it finds (ScanProgress, then
ScanDone), or ScanFailed after saying why. A new scan cancels the one under way, whose late
results are dropped.
"""

from __future__ import annotations

from datetime import datetime

from textual import work
from textual.worker import get_current_worker

from tui.app.jobs import Jobs
from tui.app.messages import ScanDone, ScanFailed, ScanProgress
from tui.app.session import ScanAhead, Scanner
from tui.model import StoreRef


class StoreScan(Jobs):
    FAILED = "scan.failed"

    def __init__(self, scanner: Scanner) -> None:
        super().__init__()
        self.scanner = scanner

    @work(thread=True, exclusive=True, exit_on_error=False, group="scan")
    def start(self, now: datetime, ahead: ScanAhead | None = None) -> None:
        """Read the stores, judging findings as of `now`; or take over the first scan, which
        was started before the app (`ahead`), as of its own `now`."""
        worker = get_current_worker()

        def progress(index: int, total: int, ref: StoreRef) -> None:
            if not worker.is_cancelled:
                self.post_message(ScanProgress(index, total, f"{ref.browser}/{ref.profile}"))

        inspection = self.scanner(progress, now) if ahead is None else ahead.wait(progress)
        if not worker.is_cancelled:
            self.post_message(ScanDone(inspection))

    def failed(self, reason: str) -> None:
        self.post_message(ScanFailed(reason))
