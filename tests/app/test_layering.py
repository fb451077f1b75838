"""Only tui/app imports textual: the domain, the CLI and the demo builder stay free of it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

DOMAIN = [
    "tui.cli",
    "tui.inspection",
    "tui.catalog",
    "tui.model",
    "tui.scan_output",
    "tui.scan_table",
    "tui.humanize",
    "tui.textsafe",
    "tui.demo.stores",
    "tui.demo.home",
    "tui.stores.discovery",
    "tui.stores.read",
    "tui.stores.sqlite_read",
    "tui.stores.chromium",
    "tui.stores.firefox",
    "tui.stores.safari",
    "tui.stores.guard",
    "tui.stores.values",
    "tui.stores.times",
]


def imported_after(modules: list[str], extra: str = "") -> list[str]:
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"{extra}"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual'}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout
    return eval(out.strip().splitlines()[-1])  # a printed list of names


def test_domain_modules_and_the_demo_do_not_import_textual() -> None:
    assert imported_after(DOMAIN) == []


def test_building_the_demo_home_does_not_import_textual(tmp_path: Path) -> None:
    build = (
        "from pathlib import Path\n"
        "from tui.demo.home import build_home, demo_stores\n"
        f"demo_stores(build_home(Path({str(tmp_path)!r})))\n"
    )
    assert imported_after(["tui.demo.home"], build) == []


# What the app shows and the session it asks: plain functions and data over the domain's,
# built as rich renderables, so they can be read and tested without textual.
APP_PLAIN = [
    "tui.app.session",
    "tui.app.views.consent",
    "tui.app.views.details",
    "tui.app.views.findings",
    "tui.app.views.grid",
    "tui.app.views.help",
    "tui.app.views.plan",
    "tui.app.views.report",
    "tui.app.views.rows",
    "tui.app.views.sources",
]


def test_the_apps_views_and_session_do_not_import_textual() -> None:
    assert imported_after(APP_PLAIN) == []


def test_every_view_module_is_checked() -> None:
    views = REPO / "tui" / "app" / "views"
    found = {f"tui.app.views.{path.stem}" for path in views.glob("*.py") if path.stem != "__init__"}
    assert found == {name for name in APP_PLAIN if name.startswith("tui.app.views.")}


def test_the_check_can_fail_the_app_does_import_textual() -> None:
    assert imported_after(["tui.app.app"]) == ["textual"]
