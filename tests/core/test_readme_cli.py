"""The README says what the command line does: each command's options table lists exactly what
its `--help` lists (every command the parser has, so a new command without a table fails), and
the `scan --json` block names exactly the keys the real output has."""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

import pytest

from tests.helpers import REPO, run_cli
from tui.cli.parser import build_parser, default_lang

README = (REPO / "README.md").read_text(encoding="utf-8")
PROGRAM = "saemes-cookies"
# `#### \`saemes-cookies scan\`` (or the program alone, for the app), then its table.
TABLE = re.compile(r"^#### `saemes-cookies( [a-z]+)?`.*?\n\n((?:\|.*\n)+)", re.M)
# argparse's help: an option (or positional) at the start of its line, two spaces in.
HELP_ENTRY = re.compile(r"^  (\S.*?)(?:  |$)", re.M)


def _readme_tables() -> dict[str, set[str]]:
    tables: dict[str, set[str]] = {}
    for match in TABLE.finditer(README):
        command = (match.group(1) or "").strip()
        rows = match.group(2).splitlines()[2:]
        cells = [row.split(" | ")[0].lstrip("| ") for row in rows]
        options = {part for cell in cells for part in re.findall(r"`([^`]+)`", cell)}
        tables[command] = {option.replace("\\|", "|") for option in options}
    return tables


def _help_options(parser: argparse.ArgumentParser) -> set[str]:
    """What `--help` lists, `--lang {en,fr}` written `--lang en|fr`, without -h/--help and
    without the list of commands."""
    text = parser.format_help()
    listed: set[str] = set()
    for section in re.split(r"\n(?=\S)", text):
        if not section.startswith(("options:", "positional arguments:")):
            continue
        for entry in HELP_ENTRY.findall(section):
            for option in entry.split(", "):
                option = re.sub(r"\{([^}]*)\}", lambda m: m.group(1).replace(",", "|"), option)
                if option not in ("-h", "--help", "COMMAND"):
                    listed.add(option)
    return listed


def _parsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser("en")
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return {"": parser, **commands.choices}


@pytest.mark.parametrize("command", sorted(_parsers()))
def test_readme_table_of_each_command_lists_exactly_its_help(command: str) -> None:
    tables = _readme_tables()
    assert command in tables, f"README has no options table for `{PROGRAM} {command}`"
    assert tables[command] == _help_options(_parsers()[command])


def test_every_readme_table_is_a_command_the_parser_has() -> None:
    assert set(_readme_tables()) == set(_parsers())


def _json_block() -> Any:
    """README's `scan --json` block, its `{"a", "b"}` key lists made real JSON objects."""
    block = re.search(r"### `scan --json`\n\n```json\n(.*?)\n```", README, re.S)
    assert block is not None
    as_objects = re.sub(
        r"\{(\s*\"[^\"{}:]*\"(?:\s*,\s*\"[^\"{}:]*\")*\s*)\}",
        lambda m: "{" + ", ".join(f"{key}: null" for key in re.findall(r"\"[^\"]*\"", m[1])) + "}",
        block.group(1),
    )
    return json.loads(as_objects)


def _shape(value: Any) -> Any:
    """The keys of an object, and of the objects in its lists (one level down)."""
    if isinstance(value, dict):
        return {
            key: _shape(item) if isinstance(item, list | dict) else None
            for key, item in value.items()
        }
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        keys: set[str] = set()
        for item in value:
            keys |= set(item)
        return sorted(keys)
    return None


def test_readme_json_block_has_exactly_the_keys_of_the_real_output() -> None:
    done = run_cli("--demo", "scan", "--json")
    assert done.returncode == 0, done.stderr
    real = json.loads(done.stdout)
    documented = _json_block()
    assert set(documented) == set(real)
    for key, value in real.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            assert _shape(documented[key]) == _shape(value), key
        elif isinstance(value, dict):
            assert set(documented[key]) == set(value), key


def test_readme_names_every_locale_variable_the_tool_reads() -> None:
    candidates = ("LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG", "LANGUAGE")
    read = [name for name in candidates if default_lang({name: "fr_FR.UTF-8"}) == "fr"]
    assert "LANGUAGE" in read
    for variable in read:
        assert f"`{variable}`" in README, variable
