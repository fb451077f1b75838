"""The command line's grammar: the commands and their options, with their help in the person's
language (from the locale, or `--lang` wherever it is given)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from tui import __version__
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


def add_source_options(parser: argparse.ArgumentParser, lang: str, top: bool) -> None:
    """--demo, --store, --browser, --catalog, --lang: accepted before the command and after it.

    On a command the defaults are suppressed, so that options given before the command name
    (`saemes-cookies --store X scan`) are not overwritten by the command's defaults.
    """

    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    parser.add_argument(
        "--demo", action="store_true", default=default(False), help=tr(lang, "help.demo")
    )
    parser.add_argument(
        "--store",
        metavar="PATH",
        action="append",
        type=Path,
        default=default([]),
        help=tr(lang, "help.store"),
    )
    parser.add_argument(
        "--browser",
        metavar="NAME",
        action="append",
        type=str.lower,
        choices=BROWSER_NAMES,
        default=default([]),
        help=tr(lang, "help.browser", names=", ".join(BROWSER_NAMES)),
    )
    parser.add_argument(
        "--catalog", metavar="PATH", type=Path, default=default(None), help=tr(lang, "help.catalog")
    )
    add_lang_option(parser, lang, default(None))


def add_lang_option(parser: argparse.ArgumentParser, lang: str, default: object) -> None:
    parser.add_argument("--lang", choices=LANGS, default=default, help=tr(lang, "help.lang"))


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
        "--format", choices=("json", "md"), default="json", help=tr(lang, "help.report.format")
    )

    opened = _command(commands, "open", lang)
    opened.add_argument("file", metavar="FILE", type=Path, help=tr(lang, "help.open.file"))
    add_lang_option(opened, lang, argparse.SUPPRESS)

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
    add_lang_option(backups, lang, argparse.SUPPRESS)
    restore = _command(commands, "restore", lang)
    add_lang_option(restore, lang, argparse.SUPPRESS)
    restore.add_argument("backup", metavar="BACKUP", help=tr(lang, "help.restore.backup"))
    restore.add_argument("-y", "--yes", action="store_true", help=tr(lang, "help.yes"))

    watch = _command(commands, "watch", lang)
    add_source_options(watch, lang, top=False)
    watch.add_argument("--json", action="store_true", help=tr(lang, "help.watch.json"))
    return parser
