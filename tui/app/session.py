"""What one run of the app works on: the person's stores, which it may read again and write to,
or a report opened with `open`, which it only reads. The screens ask the session, never test
for a report themselves. No textual here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text

from tui.catalog import Catalog
from tui.inspection import Progress, inspect
from tui.model import Cookie, Inspection
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


@dataclass(frozen=True)
class StoreScanner:
    """A Scanner that knows where the stores are: each (re)scan reads what `locate` finds
    then, and live mode watches the same stores."""

    catalog: Catalog
    locate: Locator
    # The stores are a demo home's (its fix commands then say --demo).
    demo: bool = False

    def __call__(self, progress: Progress, now: datetime) -> Inspection:
        refs, failed, searched = self.locate()
        return inspect(self.catalog, refs, failed, searched, progress, now, self.demo)


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
