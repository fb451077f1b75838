"""The command line's grammar: the commands and their options, with their help in the person's
language (from the locale, or `--lang` wherever it is given)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from tui import __version__
from tui.site import DEFAULT_SITE
from tui.stores.discovery import BROWSER_NAMES
from tui.texts import LANGS, tr

# Where each command's words come from: (help in the list of commands, its own description).
COMMANDS = {
    "scan": ("help.scan", "help.scan.about"),
    "report": ("help.report", "help.report.about"),
    "open": ("help.open", "help.open.about"),
    "delete": ("help.delete", "help.delete.about"),
    "backups": ("help.backups", "help.backups.about"),
    "restore": ("help.restore", "help.restore.about"),
    "watch": ("help.watch", "help.watch.about"),
}


def default_lang(env: Mapping[str, str] | None = None) -> str:
    """French when the locale says so (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), else English."""
    env = os.environ if env is None else env
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(variable, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def lang_of(argv: Sequence[str]) -> str:
    """The language asked for on the command line, before it is parsed (for --help)."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGS:
            return argv[index + 1]
        if arg.startswith("--lang=") and arg.removeprefix("--lang=") in LANGS:
            return arg.removeprefix("--lang=")
    return default_lang()


# Options a command shares with the program (given before the command's name or after it)
# land under this prefix when given after it; `merge_options` then adds them up. argparse
# would otherwise let the command's list replace the program's.
AFTER = "after_"
# What the program's own options are when not given, to tell which were given before a command.
SOURCE_DEFAULTS: dict[str, object] = {
    "demo": False,
    "store": [],
    "browser": [],
    "site": None,
    "catalog": None,
}


def add_source_options(parser: argparse.ArgumentParser, lang: str, top: bool) -> None:
    """--demo, --store, --browser, --site, --catalog, --lang: accepted before the command and
    after it.

    A command (`top` false) stores them apart, without defaults, so that `merge_options` can add
    both up: `--browser firefox scan --browser chromium` keeps both.
    """
    add_demo_option(parser, lang, top)
    add_store_options(parser, lang, top)
    add_site_option(parser, lang, top)
    add_catalog_option(parser, lang, top)
    add_lang_option(parser, lang, top)


def _dest(name: str, top: bool) -> str:
    return name if top else AFTER + name


def _default(name: str, top: bool) -> object:
    if not top:
        return argparse.SUPPRESS
    value = SOURCE_DEFAULTS.get(name)
    return list(value) if isinstance(value, list) else value


def add_demo_option(parser: argparse.ArgumentParser, lang: str, top: bool) -> None:
    parser.add_argument(
        "--demo",
        dest=_dest("demo", top),
        action="store_true",
        default=_default("demo", top),
        help=tr(lang, "help.demo"),
    )


def add_store_options(parser: argparse.ArgumentParser, lang: str, top: bool) -> None:
    """--store and --browser: which stores are read."""
    parser.add_argument(
        "--store",
        dest=_dest("store", top),
        metavar="PATH",
        action="append",
        type=Path,
        default=_default("store", top),
        help=tr(lang, "help.store"),
    )
    parser.add_argument(
        "--browser",
        dest=_dest("browser", top),
        metavar="NAME",
        action="append",
        type=str.lower,
        choices=BROWSER_NAMES,
        default=_default("browser", top),
        help=tr(lang, "help.browser", names=", ".join(BROWSER_NAMES)),
    )


def add_site_option(parser: argparse.ArgumentParser, lang: str, top: bool) -> None:
    """--site: which portal's cookies are read; checked (tui/site.py) once the line is parsed,
    so a bad host is one line, not argparse's usage."""
    parser.add_argument(
        "--site",
        dest=_dest("site", top),
        metavar="HOST",
        default=_default("site", top),
        help=tr(lang, "help.site", site=DEFAULT_SITE),
    )


def add_catalog_option(parser: argparse.ArgumentParser, lang: str, top: bool) -> None:
    parser.add_argument(
        "--catalog",
        dest=_dest("catalog", top),
        metavar="PATH",
        type=Path,
        default=_default("catalog", top),
        help=tr(lang, "help.catalog"),
    )


def add_lang_option(parser: argparse.ArgumentParser, lang: str, top: bool) -> None:
    parser.add_argument(
        "--lang",
        dest=_dest("lang", top),
        choices=LANGS,
        default=_default("lang", top),
        help=tr(lang, "help.lang"),
    )


def add_include_paths_option(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("--include-paths", action="store_true", help=tr(lang, "help.include-paths"))


# `--for` units: seconds, minutes, hours; a bare number is seconds.
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600}
# A watch recorded for longer than a day is a mistake more likely than a wish.
_LONGEST_S = 24 * 3600


def duration(text: str, lang: str) -> float:
    """`90`, `90s`, `5m`, `1.5h` as seconds; argparse says the one line when it is not one."""
    cleaned = text.strip().lower()
    unit = cleaned[-1:] if cleaned[-1:] in _UNITS else ""
    try:
        seconds = float(cleaned[: len(cleaned) - len(unit)]) * _UNITS[unit]
    except ValueError:
        seconds = -1.0
    if not 0 < seconds <= _LONGEST_S:
        raise argparse.ArgumentTypeError(tr(lang, "watch.for.bad", longest="24h"))
    return seconds


def merge_options(args: argparse.Namespace) -> argparse.Namespace:
    """Options given after the command's name added to those given before it: lists add up,
    and a single value given after wins."""
    for name, value in list(vars(args).items()):
        if not name.startswith(AFTER):
            continue
        base = name.removeprefix(AFTER)
        before = getattr(args, base, None)
        if isinstance(value, list):
            value = [*(before if isinstance(before, list) else []), *value]
        setattr(args, base, value)
        delattr(args, name)
    return args


def given_before(args: argparse.Namespace) -> list[str]:
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


def _command(
    # What add_subparsers returns: argparse's own type, generic only to type checkers.
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    lang: str,
) -> argparse.ArgumentParser:
    short, about = COMMANDS[name]
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=tr(lang, short), description=tr(lang, about)
    )
    return parser


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="saemes-cookies",
        description=tr(lang, "help.about"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_source_options(parser, lang, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    scan = _command(commands, "scan", lang)
    add_source_options(scan, lang, top=False)
    scan.add_argument("--json", action="store_true", help=tr(lang, "help.scan.json"))

    report = _command(commands, "report", lang)
    add_source_options(report, lang, top=False)
    report.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        required=True,
        help=tr(lang, "help.report.output"),
    )
    report.add_argument(
        "--format", choices=("json", "md"), default=None, help=tr(lang, "help.report.format")
    )
    add_include_paths_option(report, lang)

    opened = _command(commands, "open", lang)
    opened.add_argument("file", metavar="FILE", type=Path, help=tr(lang, "help.open.file"))
    add_catalog_option(opened, lang, top=False)
    add_lang_option(opened, lang, top=False)

    delete = _command(commands, "delete", lang)
    add_source_options(delete, lang, top=False)
    delete.add_argument("--dry-run", action="store_true", help=tr(lang, "help.delete.dry-run"))
    delete.add_argument("-y", "--yes", action="store_true", help=tr(lang, "help.yes"))
    delete.add_argument(
        "--include-unclassified",
        action="store_true",
        help=tr(lang, "help.delete.include-unclassified"),
    )
    delete.add_argument(
        "--name", metavar="NAME", action="append", default=[], help=tr(lang, "help.delete.name")
    )
    delete.add_argument(
        "--host", metavar="HOST", action="append", default=[], help=tr(lang, "help.delete.host")
    )
    delete.add_argument("--finding", metavar="CODE", help=tr(lang, "help.delete.finding"))

    backups = _command(commands, "backups", lang)
    add_lang_option(backups, lang, top=False)
    restore = _command(commands, "restore", lang)
    restore.add_argument("backup", metavar="BACKUP", help=tr(lang, "help.restore.backup"))
    restore.add_argument("-y", "--yes", action="store_true", help=tr(lang, "help.yes"))
    add_site_option(restore, lang, top=False)
    add_catalog_option(restore, lang, top=False)
    add_lang_option(restore, lang, top=False)

    watch = _command(commands, "watch", lang)
    add_source_options(watch, lang, top=False)
    watch.add_argument("--json", action="store_true", help=tr(lang, "help.watch.json"))
    watch.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help=tr(lang, "help.watch.output")
    )
    watch.add_argument(
        "--format", choices=("json", "md"), default=None, help=tr(lang, "help.watch.format")
    )
    add_include_paths_option(watch, lang)
    watch.add_argument(
        "--for",
        dest="duration",
        metavar="DURATION",
        type=lambda text: duration(text, lang),
        help=tr(lang, "help.watch.for"),
    )
    _note_accepted(commands)
    return parser


def _note_accepted(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Each command remembers which of the program's options it takes (`given_before`), so a
    command added later is checked without a list to keep up to date."""
    for command in commands.choices.values():
        taken = frozenset(action.dest.removeprefix(AFTER) for action in command._actions)
        command.set_defaults(accepts=taken)
