"""`scan` starts fast: it imports only what it uses (the layering itself is import-linter's
job: see [tool.importlinter] in pyproject.toml, run by .ci/run)."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import REPO


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
