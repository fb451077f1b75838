"""`saemes-cookies` with no command: the app on the run's stores source (tui/source.py)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tui.app.session import Clock, ScanAhead, Scanner, StoreScanner, utc_now
from tui.catalog import Catalog
from tui.inspection import Progress
from tui.model import Inspection
from tui.source import Source
from tui.texts import Lang

# argparse for annotations only: the app's plain line is read without it (tui/cli/argv.py).
if TYPE_CHECKING:
    import argparse

    from tui.app.app import CookiesApp
    from tui.report import LoadedReport


# How long the first scan runs alone before textual is imported beside it: a scan that ends
# within it (the demo's takes about 15 ms here) never competes with that import for the
# interpreter. Beside it, each thread's file and SQLite calls hand the interpreter lock to the
# other: about 2,900 futex calls before the demo's first row against 290 with the scan alone
# (strace -c), and more CPU to that row (the demo, 31 interleaved rounds: 1.14 times the bare
# app's against 1.06 with a head start). A longer scan (a large home) goes on beside the
# import after it, and the screen shows its progress as before.
HEAD_START_S = 0.05


def scanner_for(catalog: Catalog, source: Source) -> Scanner:
    """What a (re)scan reads: the source's stores, found again each time (a StoreScanner:
    live mode watches the same stores)."""
    return StoreScanner(catalog, source.locate, source.demo)


def make_app(args: argparse.Namespace, catalog: Catalog, source: Source) -> CookiesApp:
    """The app for these arguments on the run's source (its stores, its state dir), its
    first scan started before textual is imported (tui.app.session.ScanAhead)."""
    scanner = scanner_for(catalog, source)
    ahead = ScanAhead(scanner, utc_now())
    ahead.join(HEAD_START_S)
    from tui.app.app import CookiesApp

    # A demo's paths show as ~/... of its home; its deletions keep their backups and audit
    # lines there (the source's state dir), and go with it.
    return CookiesApp(
        catalog,
        scanner,
        lang=args.lang or "en",
        home=source.demo_home or Path.home(),
        demo=source.demo,
        source=source,
        ahead=ahead,
    )


def run_app(args: argparse.Namespace, catalog: Catalog, source: Source) -> int:
    app = make_app(args, catalog, source)
    try:
        app.run()
    finally:
        # A first scan still reading when the app is left ends before its stores may go.
        if app.session.ahead is not None:
            app.session.ahead.join()
    return app.return_code or 0


def report_app(
    loaded: LoadedReport, catalog: Catalog, lang: Lang, clock: Clock | None = None
) -> CookiesApp:
    """The app on a report's inspection, read-only; times read as of when it was made."""
    from tui.app.app import CookiesApp
    from tui.app.session import utc_now

    def scan(progress: Progress, now: datetime) -> Inspection:
        return loaded.inspection

    made_at = loaded.made_at
    if clock is None:
        clock = (lambda: made_at) if made_at is not None else utc_now
    return CookiesApp(catalog, scan, lang=lang, clock=clock, home=None, report=loaded)


def run_report_app(loaded: LoadedReport, catalog: Catalog, lang: Lang) -> int:
    app = report_app(loaded, catalog, lang)
    app.run()
    return app.return_code or 0
