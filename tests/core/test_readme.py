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


def _readme() -> str:
    return (REPO / "README.md").read_text(encoding="utf-8")


def _outside_code(text: str) -> list[str]:
    """The README's lines outside fenced code blocks."""
    lines, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced:
            lines.append(line)
    return lines


def test_every_table_has_its_header_and_separator() -> None:
    """Rows without a header are shown as raw pipes: each run of `|` lines starts with a
    header row and a `|---|` row."""
    lines = _outside_code(_readme())
    for index, line in enumerate(lines):
        starts = line.startswith("|") and (index == 0 or not lines[index - 1].startswith("|"))
        if starts:
            separator = lines[index + 1] if index + 1 < len(lines) else ""
            assert re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", separator), f"no header above: {line}"


def test_every_inner_link_leads_to_a_heading_and_a_command_s_options_to_its_own() -> None:
    text = _readme()
    anchors = set()
    for line in _outside_code(text):
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            anchors.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    for anchor in re.findall(r"\]\(#([^)]+)\)", text):
        assert anchor in anchors, anchor
    # "its options are `scan`'s ([above](#...))": the link goes to scan's table.
    for command, anchor in re.findall(r"`(\w+)`'s \(\[[^\]]*\]\(#([^)]+)\)", text):
        assert anchor == f"saemes-cookies-{command}", (command, anchor)
