"""The scan path stays free of textual, so it starts fast and the core stays testable."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

DOMAIN = [
    "tui.cli",
    "tui.catalog",
    "tui.model",
    "tui.inspection",
    "tui.present.scan_json",
    "tui.present.scan_table",
    "tui.demo.stores",
    "tui.stores.discovery",
    "tui.stores.read",
    "tui.stores.chromium",
    "tui.stores.firefox",
    "tui.stores.safari",
    "tui.stores.guard",
    "tui.stores.values",
    "tui.consent",
    "tui.findings",
    "tui.report",
    "tui.cli_report",
    "tui.demo.home",
    "tui.deletion",
    "tui.audit",
    "tui.cli_delete",
    "tui.stores.backup",
    "tui.stores.write",
]


def test_domain_modules_do_not_import_textual() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {DOMAIN!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout
    assert out.strip() == "[]"


def test_a_scan_run_imports_neither_textual_nor_browser_cookie3_for_firefox(
    tmp_path: object,
) -> None:
    code = (
        "import sys, runpy\n"
        "sys.argv = ['saemes-cookies', 'scan', '--json', '--browser', 'firefox']\n"
        "try:\n    runpy.run_module('tui', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "print('MODULES', sorted({m.split('.')[0] for m in sys.modules} & "
        "{'textual', 'browser_cookie3'}), file=sys.stderr)\n"
    )
    err = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    ).stderr
    assert "MODULES []" in err
