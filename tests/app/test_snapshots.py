"""SVG snapshots of the app on the demo home at a fixed moment (pytest-textual-snapshot).

`pytest tests/app/test_snapshots.py --snapshot-update` rewrites them; look at the SVGs before
committing. Textual is pinned exactly in pyproject.toml because its rendering changes.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from tests.app.helpers import SIZE, AppFactory, highlight, settle
from tui.demo.home import HOSTILE_NAME

SnapCompare = Callable[..., bool]


def after_scan(*keys: str, cookie: tuple[str, str] | None = None) -> Callable[[Pilot[Any]], Any]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        if cookie is not None:
            highlight(pilot.app, *cookie)  # type: ignore[arg-type]
            await pilot.pause()
        await pilot.press(*keys)
        await settle(pilot)

    return run_before


def test_main_screen_in_english(
    snap_compare: SnapCompare, make_app: AppFactory, demo_home: Path
) -> None:
    assert snap_compare(make_app(demo_home), terminal_size=SIZE, run_before=after_scan())


def test_main_screen_in_french(
    snap_compare: SnapCompare, make_app: AppFactory, demo_home: Path
) -> None:
    app = make_app(demo_home)
    assert snap_compare(app, terminal_size=SIZE, run_before=after_scan("l"))


def test_detail_pane_of_a_catalogued_cookie(
    snap_compare: SnapCompare, make_app: AppFactory, demo_home: Path
) -> None:
    app = make_app(demo_home)
    run_before = after_scan(cookie=("cookies_preferences", "Firefox"))
    assert snap_compare(app, terminal_size=(120, 48), run_before=run_before)


def test_detail_pane_of_a_hostile_cookie_with_its_value_revealed(
    snap_compare: SnapCompare, make_app: AppFactory, demo_home: Path
) -> None:
    app = make_app(demo_home)
    run_before = after_scan("v", cookie=(HOSTILE_NAME, ""))
    assert snap_compare(app, terminal_size=(120, 48), run_before=run_before)


def test_empty_state(snap_compare: SnapCompare, make_app: AppFactory, tmp_path: Path) -> None:
    home = tmp_path / "empty"
    home.mkdir()
    assert snap_compare(make_app(home), terminal_size=SIZE, run_before=after_scan())


def test_help_screen(snap_compare: SnapCompare, make_app: AppFactory, demo_home: Path) -> None:
    app = make_app(demo_home)
    assert snap_compare(app, terminal_size=SIZE, run_before=after_scan("question_mark"))


def test_main_screen_at_80x24(
    snap_compare: SnapCompare, make_app: AppFactory, demo_home: Path
) -> None:
    """The usual small terminal: sources as a strip, the columns that fit, several rows, and
    the footer's most important keys (l and ? among them)."""
    assert snap_compare(make_app(demo_home), terminal_size=(80, 24), run_before=after_scan())


def test_findings_tab_at_80x24_in_french(
    snap_compare: SnapCompare, make_app: AppFactory, demo_home: Path
) -> None:
    """80 columns: the title whole in French, one line per finding beside its detail."""
    app = make_app(demo_home, demo=True)
    assert snap_compare(app, terminal_size=(80, 24), run_before=after_scan("l", "2"))


def test_revealed_value_at_80x24(
    snap_compare: SnapCompare, make_app: AppFactory, demo_home: Path
) -> None:
    """The value `v` reveals is the first line of the details, on screen at 80x24."""
    app = make_app(demo_home)
    assert snap_compare(app, terminal_size=(80, 24), run_before=after_scan("v"))


def test_every_snapshot_belongs_to_a_snapshot_test() -> None:
    """An SVG left by a renamed or removed test. syrupy fails a run on one only in a single
    process: under the suite's workers (`-n 3`, pyproject.toml) it skips that check."""
    snapshots = Path(__file__).parent / "__snapshots__"
    orphans = []
    for folder in snapshots.iterdir():
        module = folder.parent.parent / f"{folder.name}.py"
        tree = ast.parse(module.read_text(encoding="utf-8")) if module.exists() else ast.Module()
        tests = {
            node.name
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef)
            and "snap_compare" in [argument.arg for argument in node.args.args]
        }
        orphans += [svg for svg in folder.iterdir() if svg.stem.split("[")[0] not in tests]
    assert not orphans
