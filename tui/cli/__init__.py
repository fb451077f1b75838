"""The command line: `saemes-cookies [scan|report|open|delete|backups|restore|watch]`; with no
command, the app.

Kept free of textual: `scan` must start fast, so the app is imported only when it is opened.
Every command says what it says in the person's language (`--lang`, else the locale), and an
error of the domain ends it with one line and the exit code tui.cli.errors gives it. So do
the ordinary ends a person causes: Ctrl+C (one line, 130), a closed pipe (`| head`: nothing
more, 141) and SIGTERM (143, after the demo home is removed).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from importlib import import_module

from tui.catalog import Catalog, load
from tui.cli.argv import default_lang, given_before, plain_line
from tui.cli.common import Say, need_terminal
from tui.cli.errors import Exit, Refused, exit_code
from tui.source import Source, opened
from tui.stores.sqlite_read import remove_leftover_copies
from tui.texts import Problem, say
from tui.textsafe import printable

# argparse only when the line is not a plain `scan` or app line (tui/cli/argv.py), and typing never.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    Command = Callable[[argparse.Namespace, Catalog, Source], Exit]

__all__ = ["main"]

# Command -> (module of tui.cli, function): only the module of the command given is imported,
# since the others' imports (sqlite writes, backups, watching) would be start-up time spent
# by `scan` for nothing.
COMMANDS: dict[str, tuple[str, str]] = {
    "scan": ("scan", "run"),
    "report": ("report", "run_report"),
    "open": ("report", "run_open"),
    "delete": ("delete", "run"),
    "backups": ("backups", "run_backups"),
    "restore": ("backups", "run_restore"),
    "watch": ("watch", "run"),
}

# `--demo` per command: the app, scan, report and delete work on a demo home built for the
# command; these refuse, since what they would show or change does not exist.
DEMO_REFUSED = {
    "backups": "cli.demo.backups",
    "restore": "cli.demo.restore",
    "open": "cli.demo.open",
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args, left = _read_line(argv)
    args.lang = args.lang or default_lang()
    speak = Say(args.lang)
    # A SystemExit unwinds like any exception: the demo home is removed, a transaction not
    # yet committed is rolled back.
    signal.signal(signal.SIGTERM, _terminated)
    try:
        _refuse(args, left)
        # Copies of stores a killed read left (they hold every value) go first, whatever runs.
        remove_leftover_copies()
        catalog = load(args.catalog)
        if args.site is not None:
            # Only here is the Public Suffix List loaded: the default site pays nothing.
            catalog = catalog.at(args.site)
        # The one place `--demo` is decided: a demo home lives as long as this block (the
        # command's backups and audit log too), and every command reads what `source` says.
        with opened(args) as source:
            if source.demo_home is None:
                _settle_interrupted(speak, source)
            elif args.command is not None:
                home = printable(str(source.demo_home), 300)
                print(say("cli.demo.home", home=home).text(args.lang), file=sys.stderr)
            # A demo run, the app's as the commands', settles nothing: its state directory
            # is inside the home just built, so nothing can be pending there, and what a run
            # of the person's own left pending is settled by their next own run, against
            # their own stores (a demo never touches them).
            return _dispatch(args, catalog, source)
    except Problem as problem:
        speak.err(problem.said)
        return exit_code(problem)
    except KeyboardInterrupt:
        speak.err(say("cli.interrupted"))
        return Exit.INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return Exit.PIPE


def _read_line(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """The command line read: by hand when it is a plain `scan` or the app's plain line, else
    by argparse (which says the help, the version and every error); and what no parser took."""
    args = plain_line(argv)
    if args is not None:
        return args, []
    from tui.cli.parser import build_parser, lang_of, parse

    return parse(build_parser(lang_of(argv)), argv)


def _settle_interrupted(speak: Say, source: Source) -> None:
    """Whatever the command: a write whose run was killed before its audit lines were written
    is settled against its store first (the writing modules load only when one is pending),
    in the source's own audit log and backups."""
    log = source.audit_log()
    if log.has_pending():
        from tui.intents import settle_interrupted

        for said in settle_interrupted(source.backups(), log):
            speak.err(said)


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(Exit.TERMINATED)


def _quiet_stdout() -> None:
    """Whoever read stdout is gone: what is still buffered, and the flush at exit, go nowhere
    instead of ending in a second BrokenPipeError."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _refuse(args: argparse.Namespace, left: list[str]) -> None:
    """What the command line asks and this tool will not do, before anything is read; `left`
    is what no parser took (an unknown option, a stray argument)."""
    if left:
        from tui.cli.parser import stray

        unknown = stray(args, left)
        if unknown is not None:
            raise Refused(unknown)
    if args.demo:
        if args.command in DEMO_REFUSED:
            raise Refused(say(DEMO_REFUSED[args.command]))
        if args.store:
            raise Refused(say("cli.demo.store"))
    unused = given_before(args)
    if unused:
        raise Refused(say("cli.option.not-here", option=", ".join(unused), command=args.command))
    if args.command is None:
        need_terminal()


def _dispatch(args: argparse.Namespace, catalog: Catalog, source: Source) -> int:
    if args.command in COMMANDS:
        module, name = COMMANDS[args.command]
        command: Command = getattr(import_module(f"tui.cli.{module}"), name)
        return int(command(args, catalog, source))
    # The app's start-up runs with the garbage collector held off until its first screen is
    # drawn (tui.app.collector): textual is imported from here on.
    from tui.app.collector import held

    with held():
        from tui.app.run import run_app

        return run_app(args, catalog, source)
