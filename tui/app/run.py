"""`saemes-cookies` with no command: build the scanner from the arguments and open the app."""

from __future__ import annotations

import argparse
import tempfile
from contextlib import ExitStack
from pathlib import Path

from tui.app.screens.main import Scanner
from tui.catalog import Catalog
from tui.inspect import Progress, find_stores, inspect
from tui.model import Inspection, Store, StoreRef

Located = tuple[list[StoreRef], list[Store], list[str]]


def scanner_for(
    catalog: Catalog, args: argparse.Namespace, demo_home: Path | None = None
) -> Scanner:
    """What a (re)scan reads: the demo home, the --store paths, or every discovered profile."""

    def locate() -> Located:
        if demo_home is not None:
            from tui.demo import demo_stores

            return demo_stores(demo_home, args.browser)
        return find_stores(args.store, args.browser)

    def scan(progress: Progress) -> Inspection:
        refs, failed, searched = locate()
        return inspect(catalog, refs, failed, searched, progress)

    return scan


def run_app(args: argparse.Namespace, catalog: Catalog) -> int:
    from tui.app.app import CookiesApp

    with ExitStack() as stack:
        home: Path | None = Path.home()
        demo_home = None
        if args.demo:
            from tui.demo import build_home

            root = stack.enter_context(tempfile.TemporaryDirectory(prefix="saemes-demo-"))
            demo_home = home = build_home(Path(root))
        app = CookiesApp(
            catalog,
            scanner_for(catalog, args, demo_home),
            lang=args.lang or "en",
            home=home,
            demo=demo_home is not None,
        )
        app.run()
    return app.return_code or 0
