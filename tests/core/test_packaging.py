"""The wheel carries the catalogue, so an installed tool needs no checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.helpers import REPO


def test_the_wheel_packages_catalog_json_and_the_console_script(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("saemes_cookies-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert archive.read("tui/catalog.json") == (REPO / "catalog.json").read_bytes()
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        assert "saemes-cookies = tui.cli:main" in archive.read(entry_points).decode()
    assert "tui/app/app.tcss" in names
    assert not any(name.startswith("tests/") for name in names)
