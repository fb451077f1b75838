"""`saemes-cookies` with no command: build the scanner from the arguments and open the app."""

from __future__ import annotations

import argparse
import tempfile
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tui.app.session import Clock, Locator, Scanner, StoreScanner
from tui.catalog import Catalog
from tui.inspection import Progress, find_stores
from tui.model import Inspection, Store, StoreRef

if TYPE_CHECKING:
    from tui.app.app import CookiesApp
    from tui.report import LoadedReport

Located = tuple[list[StoreRef], list[Store], list[str]]


def locator_for(args: argparse.Namespace, demo_home: Path | None = None) -> Locator:
    """Where the stores are: the demo home, the --store paths, or every discovered profile."""

    def locate() -> Located:
        if demo_home is not None:
            from tui.demo.home import demo_stores

            return demo_stores(demo_home, args.browser)
        return find_stores(args.store, args.browser)

    return locate


def scanner_for(
    catalog: Catalog, args: argparse.Namespace, demo_home: Path | None = None
) -> Scanner:
    """What a (re)scan reads: the demo home, the --store paths, or every discovered profile
    (a StoreScanner: live mode watches the same stores)."""
    return StoreScanner(catalog, locator_for(args, demo_home), demo_home is not None)


def make_app(args: argparse.Namespace, catalog: Catalog, stack: ExitStack) -> CookiesApp:
    """The app for these arguments; a --demo home lives as long as `stack`."""
    from tui.app.app import CookiesApp

    home: Path | None = Path.home()
    demo_home = None
    state_dir = None
    if args.demo:
        from tui.demo.home import build_home
        from tui.demo.home import state_dir as demo_state_dir

        root = stack.enter_context(tempfile.TemporaryDirectory(prefix="saemes-demo-"))
        demo_home = home = build_home(Path(root))
        # The demo's deletions are not the person's: their backups and audit lines stay in
        # the demo home and go with it.
        state_dir = demo_state_dir(demo_home)
    return CookiesApp(
        catalog,
        scanner_for(catalog, args, demo_home),
        lang=args.lang or "en",
        home=home,
        demo=demo_home is not None,
        state_dir=state_dir,
    )


def run_app(args: argparse.Namespace, catalog: Catalog) -> int:
    with ExitStack() as stack:
        app = make_app(args, catalog, stack)
        app.run()
    return app.return_code or 0


def report_app(
    loaded: LoadedReport, catalog: Catalog, lang: str, clock: Clock | None = None
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


def run_report_app(loaded: LoadedReport, catalog: Catalog, lang: str) -> int:
    app = report_app(loaded, catalog, lang)
    app.run()
    return app.return_code or 0
