"""The plain `scan` line and the app's plain line read by hand, so both start without argparse.

Building argparse's parser (the program, its eight commands, each option's help in the
person's language) and importing argparse cost a `scan` of a real-sized home about 8 ms of
its start (README, "Performance"). A line that is only `scan` with its known options, each
spelt out whole with a plain value (`saemes-cookies scan --json`, `--browser firefox scan`),
is read here into the same values argparse would give; anything else (help, a version, an
abbreviation, an unknown option, a value that looks like an option, another command) is left
to tui/cli/parser.py, so every message, help and suggestion stays argparse's.
The app's own line (no command: `saemes-cookies --demo`, `--lang fr --browser firefox`) is
read the same way: building the parser with its eight commands cost the app's start ~20 ms.
tests/core/test_cli_argv.py holds the two readings equal.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from tui.stores.browsers import BROWSER_NAMES
from tui.texts import LANGS, Lang

TYPE_CHECKING = False
if TYPE_CHECKING:
    from argparse import Namespace
else:
    # The attribute holder argparse returns, without argparse: the commands only read, set
    # and list its attributes, which both do alike.
    from types import SimpleNamespace as Namespace

# What the program's own options are when not given, to tell which were given before a command.
SOURCE_DEFAULTS: dict[str, object] = {
    "demo": False,
    "store": [],
    "browser": [],
    "site": None,
    "catalog": None,
}

# What argparse's `scan` parser records beside the options (tui/cli/parser.py
# `_note_accepted`): the options it has, as written, and the program's options it takes.
SCAN_OPTIONS = (
    "--browser",
    "--catalog",
    "--demo",
    "--help",
    "--json",
    "--lang",
    "--site",
    "--store",
    "-h",
)
SCAN_ACCEPTS = frozenset(("browser", "catalog", "demo", "help", "json", "lang", "site", "store"))
# What argparse records for the program's own line (no command): its options as written
# (tui/cli/parser.py `build_parser`, `_spellings`), and no `accepts`.
PROGRAM_OPTIONS = (
    "--browser",
    "--catalog",
    "--demo",
    "--help",
    "--lang",
    "--site",
    "--store",
    "--version",
    "-h",
)
# Options that take a value, each with the check argparse makes of it (None: any text).
_VALUED = {
    "--store": None,
    "--browser": BROWSER_NAMES,
    "--site": None,
    "--catalog": None,
    "--lang": LANGS,
}


def default_lang(env: Mapping[str, str] | None = None) -> Lang:
    """French when the locale says so (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), else English."""
    env = os.environ if env is None else env
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(variable, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def plain_line(argv: Sequence[str]) -> Namespace | None:
    """What argparse would read from a plain `scan` line or the app's plain line (no command),
    or None for any other line."""
    values: dict[str, object] = {**SOURCE_DEFAULTS, "store": [], "browser": [], "lang": None}
    values.update(command=None, json=False)
    tokens = iter(argv)
    for token in tokens:
        if token == "scan" and values["command"] is None:
            values["command"] = "scan"
            continue
        if token == "--demo":
            values["demo"] = True
            continue
        if token == "--json" and values["command"] == "scan":
            values["json"] = True
            continue
        name, equals, value = token.partition("=")
        if name not in _VALUED:
            return None
        if not equals:
            value = next(tokens, "")
        if name == "--browser":
            value = value.lower()
        allowed = _VALUED[name]
        # A value argparse might read otherwise (empty, an option, a negative number) or
        # refuse: argparse says what it says.
        if not value or value.startswith("-") or (allowed is not None and value not in allowed):
            return None
        key = name.removeprefix("--")
        if key == "store":
            _append(values, key, Path(value))
        elif key == "browser":
            _append(values, key, value)
        else:
            values[key] = Path(value) if key == "catalog" else value
    if values["command"] is None:
        del values["json"]
        return Namespace(**values, options=PROGRAM_OPTIONS)
    return Namespace(**values, options=SCAN_OPTIONS, accepts=SCAN_ACCEPTS)


def _append(values: dict[str, object], key: str, value: object) -> None:
    listed = values[key]
    assert isinstance(listed, list)
    listed.append(value)


def given_before(args: Namespace) -> list[str]:
    """The program's options given (before the command, or after it: they are merged) that the
    command does not take; `accepts` is set on each command by `build_parser`."""
    accepts: frozenset[str] | None = getattr(args, "accepts", None)
    if accepts is None:
        return []
    return [
        f"--{name}"
        for name, default in SOURCE_DEFAULTS.items()
        if name not in accepts and getattr(args, name, default) != default
    ]
