"""The README's commands are the ones CI runs."""

from __future__ import annotations

import re

from tests.helpers import REPO


def _shell_blocks() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.*?)\n```", text, flags=re.S)


def test_ci_runs_exactly_the_readme_test_command() -> None:
    test_command = next(block for block in _shell_blocks() if "pytest" in block)
    ci_lines = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines


def test_readme_start_command_installs_and_opens_the_tool() -> None:
    start = _shell_blocks()[0]
    assert "pip install ." in start and start.endswith("saemes-cookies")
