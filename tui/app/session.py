"""What one run of the app works on: the person's stores, which it may read again and write to,
or a report opened with `open`, which it only reads. The screens ask the session, never test
for a report themselves. No textual here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text

from tui.catalog import Catalog
from tui.frozen import Frozen
from tui.inspection import Progress, inspect
from tui.model import Cookie, Inspection, StoreRef
from tui.source import Located, Source
from tui.texts import Lang

if TYPE_CHECKING:
    from tui.report import LoadedReport

# Reads the stores: (progress callback, the moment findings are judged at) -> Inspection.
Scanner = Callable[[Progress, datetime], Inspection]
Clock = Callable[[], datetime]
# Where the stores are now, as a (re)scan finds them: (refs, failed --store paths, places
# searched). Live mode watches these.
Locator = Callable[[], Located]


def utc_now() -> datetime:
    return datetime.now(UTC)


class StoreScanner(Frozen):
    """A Scanner that knows where the stores are: each (re)scan reads what `locate` finds
    then, and live mode watches the same stores."""

    catalog: Catalog
    locate: Locator
    # The stores are a demo home's (its fix commands then say --demo).
    demo: bool = False

    def __call__(self, progress: Progress, now: datetime) -> Inspection:
        refs, failed, searched = self.locate()
        return inspect(self.catalog, refs, failed, searched, progress, now, self.demo)


class ScanAhead:
    """The app's first scan, started in a thread of its own before the app is built.

    It reads the stores while Textual's modules load (about 150 ms, which the scan does not
    have to wait for), so that when the main screen mounts the result is usually there and
    its first frame shows the rows: drawn once, instead of an empty table drawn, then the
    rows drawn again when a worker started only then has read the stores. A scan still under
    way then (a large home) is taken over by the screen's scan worker (`wait`), which shows
    its progress and says its failure as for any scan.
    """

    def __init__(self, scanner: Scanner, now: datetime) -> None:
        self.now = now
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._inspection: Inspection | None = None
        self._error: BaseException | None = None
        # The store being read (what a late `wait` shows first), and who is told of the next.
        self._last: tuple[int, int, StoreRef] | None = None
        self._progress: Progress | None = None
        # Not a daemon: a read under way ends (its private copy removed) before the process.
        self._thread = threading.Thread(
            target=self._run, args=(scanner,), name="scan-ahead", daemon=False
        )
        self._thread.start()

    def _run(self, scanner: Scanner) -> None:
        try:
            self._inspection = scanner(self._read, self.now)
        except BaseException as error:  # said by the worker that takes it (`wait`)
            self._error = error
        finally:
            self._done.set()

    def _read(self, index: int, total: int, ref: StoreRef) -> None:
        with self._lock:
            self._last = (index, total, ref)
            progress = self._progress
        if progress is not None:
            progress(index, total, ref)

    def ready(self) -> Inspection | None:
        """The stores as read, if the scan has ended without an error; else None."""
        return self._inspection if self._done.is_set() else None

    def wait(self, progress: Progress) -> Inspection:
        """The scan's result once it ends (its error raised here), `progress` told of each
        store it reads from now on, the one being read first."""
        with self._lock:
            self._progress = progress
            last = self._last
        if last is not None and not self._done.is_set():
            progress(*last)
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._inspection is not None
        return self._inspection

    def join(self, timeout: float | None = None) -> None:
        """Until the scan has ended (before its stores may be removed: a demo home), or
        `timeout` seconds have passed."""
        self._thread.join(timeout)


@dataclass(frozen=True)
class Session:
    catalog: Catalog
    # A (re)scan: the stores, or the report's inspection as it was written.
    scanner: Scanner
    clock: Clock = utc_now
    # Paths under it are shown as ~/...; None for a report (its paths are another machine's).
    home: Path | None = None
    # Where deletions and undos keep backups and the audit log: the run's source (a demo's
    # own state dir, or the user's).
    source: Source = field(default_factory=Source)
    demo: bool = False
    report: LoadedReport | None = None
    # False: live stores are only read (a report never is written to, whatever this says).
    writable: bool = True
    # Where the stores are, for live mode; None: no live mode (nothing to watch).
    locate: Locator | None = None
    # The first scan, started before the app (`run_app`); None: the screen starts it.
    ahead: ScanAhead | None = None

    @property
    def read_only(self) -> bool:
        """Nothing can be selected, deleted, undone or read again: hidden and refused."""
        return not self.writable or self.report is not None

    @property
    def can_watch(self) -> bool:
        """Whether live mode can watch the stores: not for a report (it shows them as they
        were), nor where nothing says where the stores are."""
        return self.locate is not None and not self.read_only

    def now(self) -> datetime:
        return self.clock()

    @property
    def holds_values(self) -> bool:
        """Whether cookie values can be shown on request: a report holds none (only their
        length and a salted hash)."""
        return self.report is None

    def banner(self, lang: Lang) -> Text | None:
        """The line above everything: a report or recording, when it was made; None for
        live stores."""
        if self.report is None:
            return None
        from tui.app.views.report import banner  # a report's only: not loaded for the stores

        return banner(self.report, self.catalog.version, lang)

    def value_line(self, cookie: Cookie, lang: Lang) -> Text | None:
        """What the detail pane shows in place of the value (a report's length and hash);
        None: the value as the store holds it, masked until revealed."""
        if self.report is None:
            return None
        from tui.app.views.report import value_line

        value_hash = self.report.value_hashes.get(cookie.id)
        return value_line(cookie, value_hash, lang, self.report.recording is not None)
