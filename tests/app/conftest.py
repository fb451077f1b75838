"""App fixtures: the demo home at a fixed moment, and apps built on real stores.

The clock is fixed (NOW) so expiries read the same on every run; the home is passed to the
app so paths show as `~/...` and snapshots do not depend on the temporary directory.
"""

from __future__ import annotations

import argparse
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tui.app.app import CookiesApp
from tui.app.run import scanner_for
from tui.app.session import Scanner
from tui.catalog import Catalog, load
from tui.demo.home import build_home

NOW = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
SIZE = (120, 40)

AppFactory = Callable[..., CookiesApp]


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load()


@pytest.fixture
def demo_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return build_home(home, NOW)


def arguments(stores: Sequence[Path] = (), browsers: Sequence[str] = ()) -> argparse.Namespace:
    return argparse.Namespace(
        store=list(stores), browser=list(browsers), catalog=None, lang="en", demo=False
    )


@pytest.fixture
def make_app(catalog: Catalog, tmp_path: Path) -> AppFactory:
    """An app as `run_app` builds it: on a demo home, or on --store paths, at NOW.

    `read_only` is what `open FILE` sets for a report; `scanner` wraps the real scanner (to
    slow it down or make it fail)."""

    def make(
        home: Path | None = None,
        stores: Sequence[Path] = (),
        lang: str = "en",
        screenshot_dir: Path | None = None,
        read_only: bool = False,
        scanner: Callable[[Scanner], Scanner] = lambda real: real,
    ) -> CookiesApp:
        args = arguments(stores)
        demo_home = home if not stores else None
        return CookiesApp(
            catalog,
            scanner(scanner_for(catalog, args, demo_home)),
            lang=lang,
            clock=lambda: NOW,
            home=home or tmp_path,
            screenshot_dir=screenshot_dir or tmp_path,
            read_only=read_only,
        )

    return make


@pytest.fixture
def demo_app(make_app: AppFactory, demo_home: Path) -> CookiesApp:
    return make_app(demo_home)


@asynccontextmanager
async def running(app: CookiesApp) -> AsyncIterator[Pilot[int]]:
    """The app under a pilot at SIZE, once its first scan is on screen."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        yield pilot


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until the scan has finished and its result is on screen, columns measured."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    # DataTable measures its columns when its own message queue is idle; a screenshot taken
    # before that shows header-wide columns. No public flag or event says it is done, so the
    # private one is read here, never written (tests only).
    table = pilot.app.main_screen.table
    quiet = 0
    for _ in range(200):
        await pilot.pause()
        quiet = 0 if table._require_update_dimensions else quiet + 1
        if quiet == 2:
            return
    raise AssertionError("the table never finished measuring its columns")
