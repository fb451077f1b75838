"""App fixtures: the demo home at a fixed moment, and apps built on real stores.

The clock is fixed (NOW) so expiries read the same on every run; the home is passed to the
app so paths show as `~/...` and snapshots do not depend on the temporary directory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from tests.app.helpers import AppFactory
from tests.helpers import NOW
from tui.app.app import CookiesApp
from tui.app.run import scanner_for
from tui.app.session import ScanAhead, Scanner
from tui.catalog import Catalog
from tui.demo.home import build_home
from tui.source import Source


@pytest.fixture
def demo_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return build_home(home, NOW)


@pytest.fixture
def make_app(catalog: Catalog, tmp_path: Path) -> AppFactory:
    """An app as `run_app` builds it: on a demo home, or on --store paths, at NOW.

    `read_only` is what `open FILE` sets for a report; `scanner` wraps the real scanner (to
    slow it down or make it fail); `demo` titles it as `--demo` does; `ahead` starts its first
    scan before the app is built, as `make_app` of tui.app.run does."""

    def make(
        home: Path | None = None,
        stores: Sequence[Path] = (),
        lang: str = "en",
        screenshot_dir: Path | None = None,
        read_only: bool = False,
        scanner: Callable[[Scanner], Scanner] = lambda real: real,
        demo: bool = False,
        ahead: bool = False,
    ) -> CookiesApp:
        source = Source(stores, demo_home=home if not stores else None)
        scan = scanner(scanner_for(catalog, source))
        return CookiesApp(
            catalog,
            scan,
            lang=lang,
            clock=lambda: NOW,
            home=home or tmp_path,
            screenshot_dir=screenshot_dir or tmp_path,
            read_only=read_only,
            demo=demo,
            ahead=ScanAhead(scan, NOW) if ahead else None,
        )

    return make


@pytest.fixture
def demo_app(make_app: AppFactory, demo_home: Path) -> CookiesApp:
    return make_app(demo_home)
