"""The scan, in a thread: it reads every store and posts what it finds (ScanProgress, then
ScanDone), or ScanFailed after saying why. A new scan cancels the one under way, whose late
results are dropped.

The first scan starts as the app loads (`prefetch`, before its stylesheet is read and its
screen built), in a thread of its own: it reads the stores while Textual starts, so that on a
home read in less time than that (the demo's, most people's) the screen's first frame already
shows the rows, instead of the table loading and the whole screen laid out and painted again
at once. The first `start` takes its result (`ready`, or its worker waits for it, relaying its
progress), and its error goes the same way as any scan's.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, wait
from datetime import datetime

from textual import work
from textual.worker import get_current_worker

from tui.app.jobs import Jobs
from tui.app.messages import ScanDone, ScanFailed, ScanProgress
from tui.app.session import Scanner
from tui.model import Inspection, StoreRef

# How often a worker waiting for the first scan posts its progress.
PROGRESS_TICK = 0.05


class FirstScan:
    """A scan run in a thread started at once, before the app can take messages: its progress
    is kept (the latest store), its result or error held in `future`."""

    def __init__(self, scanner: Scanner, now: datetime) -> None:
        self.future: Future[Inspection] = Future()
        self.progress: tuple[int, int, StoreRef] | None = None
        # A daemon: a scan blocked on a store must not keep the process alive after the app.
        threading.Thread(target=self._run, args=(scanner, now), daemon=True).start()

    def _run(self, scanner: Scanner, now: datetime) -> None:
        try:
            self.future.set_result(scanner(self._progress, now))
        except BaseException as error:  # raised again in the worker that takes the result
            self.future.set_exception(error)

    def _progress(self, index: int, total: int, ref: StoreRef) -> None:
        self.progress = (index, total, ref)


class StoreScan(Jobs):
    FAILED = "scan.failed"

    def __init__(self, scanner: Scanner) -> None:
        super().__init__()
        self.scanner = scanner
        self.first: FirstScan | None = None

    def prefetch(self, now: datetime) -> None:
        """Start the first scan now, judging findings as of `now`."""
        self.first = FirstScan(self.scanner, now)

    def ready(self) -> Inspection | None:
        """The first scan's inspection if it is read already (then taken), else None."""
        first = self.first
        if first is None or not first.future.done() or first.future.exception() is not None:
            return None
        self.first = None
        return first.future.result()

    @work(thread=True, exclusive=True, exit_on_error=False, group="scan")
    def start(self, now: datetime) -> None:
        """Read the stores, judging findings as of `now` (the first scan's, if under way)."""
        worker = get_current_worker()
        first, self.first = self.first, None

        def progress(index: int, total: int, ref: StoreRef) -> None:
            if not worker.is_cancelled:
                self.post_message(ScanProgress(index, total, f"{ref.browser}/{ref.profile}"))

        if first is None:
            inspection = self.scanner(progress, now)
        else:
            shown = None
            while not wait([first.future], timeout=PROGRESS_TICK).done:
                if first.progress is not None and first.progress != shown:
                    shown = first.progress
                    progress(*shown)
            inspection = first.future.result()  # its error, raised here, is said as a scan's
        if not worker.is_cancelled:
            self.post_message(ScanDone(inspection))

    def failed(self, reason: str) -> None:
        self.post_message(ScanFailed(reason))
