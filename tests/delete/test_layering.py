"""The deletion modules are domain code: they import no textual (the app calls them)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

DELETION = [
    "tui.deletion",
    "tui.audit",
    "tui.cli_delete",
    "tui.stores.backup",
    "tui.stores.delete",
    "tui.stores.guard",
]


def test_deletion_modules_do_not_import_textual() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {DELETION!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout
    assert out.strip() == "[]"
