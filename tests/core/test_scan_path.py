"""`scan` starts fast: it imports only what it uses (the layering itself is import-linter's
job: see [tool.importlinter] in pyproject.toml, run by .ci/run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO


def modules_of_a_scan(home: Path, argv: list[str], watched: set[str]) -> str:
    """Runs `saemes-cookies scan --json ARGV` on `home` as `python -m tui` would, and says
    which of the `watched` modules it imported (as `MODULES [...]`)."""
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['saemes-cookies', 'scan', '--json', *{argv!r}]\n"
        "try:\n    runpy.run_module('tui', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "loaded = set(sys.modules) | {m.split('.')[0] for m in sys.modules}\n"
        f"print('MODULES', sorted(loaded & {watched!r}), file=sys.stderr)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
    ).stderr


def test_a_scan_run_imports_neither_textual_nor_browser_cookie3_for_firefox(
    tmp_path: Path,
) -> None:
    err = modules_of_a_scan(tmp_path, ["--browser", "firefox"], {"textual", "browser_cookie3"})
    assert "MODULES []" in err


def test_a_scan_run_imports_no_other_command_nor_what_only_annotations_or_rare_locks_need(
    tmp_path: Path,
) -> None:
    # The other commands' modules (writing, backups, watching, reports), `typing` (used for
    # annotations only) and `socket` (only to read a lock a running Chromium left).
    others = {"tui.cli.backups", "tui.cli.delete", "tui.cli.report", "tui.cli.watch"}
    err = modules_of_a_scan(tmp_path, [], {*others, "typing", "socket"})
    assert "MODULES []" in err


def test_a_plain_scan_run_builds_no_dataclass_and_no_argparse_parser(tmp_path: Path) -> None:
    # `dataclasses` (which imports inspect, ast, dis and tokenize) and argparse were most of
    # what `scan` spent starting on a real-sized home (README, "Performance"): the records it
    # reads are tui.frozen's, and a plain `scan` line is read by tui/cli/argv.py. uuid (with
    # platform) names the intents only a write makes.
    costly = {"dataclasses", "inspect", "ast", "argparse", "uuid", "platform"}
    for argv in ([], ["--browser", "firefox", "--lang", "fr"]):
        err = modules_of_a_scan(tmp_path, argv, costly)
        assert "MODULES []" in err


def test_a_scan_run_loads_neither_the_apps_texts_nor_the_domains_refusals(
    tmp_path: Path,
) -> None:
    # tui/texts/ loads an area on the first key it holds: a scan that goes well reads the
    # findings' and the report's texts at most (a plain `scan` line is read without the command
    # line's help texts, tui/cli/argv.py); the package itself is the control that it is seen.
    watched = {"tui.texts", "tui.texts.app", "tui.texts.errors"}
    err = modules_of_a_scan(tmp_path, [], watched)
    assert "MODULES ['tui.texts']" in err
