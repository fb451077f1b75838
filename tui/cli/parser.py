"""The command line's grammar: the commands and their options, with their help in the person's
language (from the locale, or `--lang` wherever it is given)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from itertools import islice
from pathlib import Path

from tui import __version__
from tui.cli.argv import SOURCE_DEFAULTS, default_lang, given_before
from tui.site import DEFAULT_SITE
from tui.stores.browsers import BROWSER_NAMES, help_names
from tui.texts import LANGS, Lang, Said, as_lang, say, tr

# typing and difflib are not imported at run time: `scan` starts faster without them
# (annotations only; a misspelt option is rare).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

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


def lang_of(argv: Sequence[str]) -> Lang:
    """The language asked for on the command line, before it is parsed (for --help)."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            named = as_lang(argv[index + 1])
        else:
            named = as_lang(arg.removeprefix("--lang=")) if arg.startswith("--lang=") else None
        if named is not None:
            return named
    return default_lang()


class _Usage(argparse.HelpFormatter):
    """argparse's "usage: " in the parser's language (set by `Parser._get_formatter`)."""

    lang: Lang = "en"

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = tr(self.lang, "argparse.usage")
        super().add_usage(usage, actions, groups, prefix)


class _RawUsage(_Usage, argparse.RawDescriptionHelpFormatter):
    """The program's own help: its description keeps its line breaks."""


class Parser(argparse.ArgumentParser):
    """argparse speaking the person's language: its own words ("usage:", "options",
    "positional arguments", "error:", the help of -h) come from the table of texts. Each
    command's parser is one too (argparse builds them with the program's class)."""

    def __init__(self, *, lang: Lang = "en", **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Usage)
        # Its own -h, below, with its help in the person's language.
        kwargs["add_help"] = False
        super().__init__(**kwargs)
        self.lang = lang
        self._positionals.title = tr(lang, "argparse.positionals")
        self._optionals.title = tr(lang, "argparse.options")
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help=tr(lang, "argparse.help")
        )

    def _get_formatter(self) -> argparse.HelpFormatter:
        formatter = super()._get_formatter()
        if isinstance(formatter, _Usage):
            formatter.lang = self.lang
        return formatter

    def error(self, message: str) -> NoReturn:
        from tui.cli.argparse_said import said

        self.print_usage(sys.stderr)
        sentence = said(self.lang, message)
        self.exit(2, f"{self.prog}: {tr(self.lang, 'argparse.error')} {sentence}\n")


__all__ = ["SOURCE_DEFAULTS", "build_parser", "default_lang", "given_before", "lang_of", "parse"]

# Options a command shares with the program (given before the command's name or after it)
# land under this prefix when given after it; `merge_options` then adds them up. argparse
# would otherwise let the command's list replace the program's.
AFTER = "after_"


def add_source_options(parser: argparse.ArgumentParser, lang: Lang, top: bool) -> None:
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


def add_demo_option(parser: argparse.ArgumentParser, lang: Lang, top: bool) -> None:
    parser.add_argument(
        "--demo",
        dest=_dest("demo", top),
        action="store_true",
        default=_default("demo", top),
        help=tr(lang, "help.demo"),
    )


def add_store_options(parser: argparse.ArgumentParser, lang: Lang, top: bool) -> None:
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


def add_site_option(parser: argparse.ArgumentParser, lang: Lang, top: bool) -> None:
    """--site: which portal's cookies are read; checked (tui/site.py) once the line is parsed,
    so a bad host is one line, not argparse's usage."""
    parser.add_argument(
        "--site",
        dest=_dest("site", top),
        metavar="HOST",
        default=_default("site", top),
        help=tr(lang, "help.site", site=DEFAULT_SITE),
    )


def add_catalog_option(parser: argparse.ArgumentParser, lang: Lang, top: bool) -> None:
    parser.add_argument(
        "--catalog",
        dest=_dest("catalog", top),
        metavar="PATH",
        type=Path,
        default=_default("catalog", top),
        help=tr(lang, "help.catalog"),
    )


def add_lang_option(parser: argparse.ArgumentParser, lang: Lang, top: bool) -> None:
    parser.add_argument(
        "--lang",
        dest=_dest("lang", top),
        choices=LANGS,
        default=_default("lang", top),
        help=tr(lang, "help.lang"),
    )


def add_include_paths_option(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument("--include-paths", action="store_true", help=tr(lang, "help.include-paths"))


# `--for` units: seconds, minutes, hours; a bare number is seconds.
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600}
# A watch recorded for longer than a day is a mistake more likely than a wish.
_LONGEST_S = 24 * 3600


def duration(text: str, lang: Lang) -> float:
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


def parse(
    parser: argparse.ArgumentParser, argv: Sequence[str]
) -> tuple[argparse.Namespace, list[str]]:
    """The command line read, and what no parser took. A program's option given after a
    command that does not take it (`backups --store x`) is read as if given before the
    command's name, so both places are refused alike (`given_before`); what is left (an
    unknown option, a stray argument) is for `stray` to say."""
    args, extra = parser.parse_known_args(argv)
    moved, left = _program_options(parser, extra)
    if moved:
        parser.parse_args(moved, namespace=args)
    return merge_options(args), left


def _program_options(
    parser: argparse.ArgumentParser, extra: Sequence[str]
) -> tuple[list[str], list[str]]:
    """`extra` split into the program's own options (with their values) and the rest."""
    moved: list[str] = []
    left: list[str] = []
    tokens = iter(extra)
    for token in tokens:
        name, equals, _ = token.partition("=")
        action = parser._option_string_actions.get(name) if name.startswith("--") else None
        if action is None or action.dest in ("help", "version"):
            left.append(token)
            continue
        moved.append(token)
        if action.nargs != 0 and not equals:
            # Its value; none left, and argparse says the option expects one.
            moved.extend(islice(tokens, 1))
    return moved, left


def stray(args: argparse.Namespace, left: Sequence[str]) -> Said | None:
    """What to say of the first of `left`: an option the command does not have (with the
    nearest it has), or an argument it does not take."""
    if not left:
        return None
    command = args.command or "saemes-cookies"
    first = left[0]
    if not first.startswith("-"):
        return say("cli.option.not-here", command=command, option=first)
    option = first.partition("=")[0]
    import difflib

    near = difflib.get_close_matches(option, getattr(args, "options", ()), n=1)
    if near:
        return say("cli.option.unknown.near", command=command, option=option, near=near[0])
    return say("cli.option.unknown", command=command, option=option)


def _command(
    # What add_subparsers returns: argparse's own type, generic only to type checkers.
    commands: argparse._SubParsersAction[Parser],
    name: str,
    lang: Lang,
) -> argparse.ArgumentParser:
    short, about = COMMANDS[name]
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=tr(lang, short), description=tr(lang, about), lang=lang
    )
    return parser


def build_parser(lang: Lang = "en") -> argparse.ArgumentParser:
    parser = Parser(
        prog="saemes-cookies",
        description=tr(lang, "help.about", **help_names()),
        formatter_class=_RawUsage,
        lang=lang,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=tr(lang, "argparse.version"),
    )
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
    parser.set_defaults(options=_spellings(parser))
    return parser


def _note_accepted(commands: argparse._SubParsersAction[Parser]) -> None:
    """Each command remembers which of the program's options it takes (`given_before`), so a
    command added later is checked without a list to keep up to date."""
    for command in commands.choices.values():
        taken = frozenset(action.dest.removeprefix(AFTER) for action in command._actions)
        command.set_defaults(accepts=taken, options=_spellings(command))


def _spellings(parser: argparse.ArgumentParser) -> tuple[str, ...]:
    """The options a parser has, as written (`stray` suggests the nearest)."""
    return tuple(sorted(parser._option_string_actions))
