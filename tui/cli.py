"""The command line: `saemes-cookies [scan|...]`; with no command, the app.

Kept free of textual: `scan` must start fast, so the app is imported only when it is opened.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tui import __version__
from tui.catalog import Catalog, CatalogError, load
from tui.cli_delete import DELETE_COMMANDS, add_delete_commands, run_delete_command
from tui.cli_report import add_open_command, add_report_command, run_open, run_report
from tui.model import Inspection
from tui.stores.discovery import BROWSER_NAMES

EXIT_OK = 0
EXIT_USAGE = 2

DESCRIPTION = """\
Shows which cookies the open-data portal opendata.saemes.fr left in your browsers, explains
each one from the portal's cookie policy, and deletes the ones that are not necessary.

With no command, opens the interactive app. Every browser profile found on this machine is
read (Chrome, Chromium, Brave, Edge, Vivaldi, Opera, Firefox, LibreWolf; Safari on macOS);
reading never changes a store. Cookie values are never printed.
"""


def default_lang(env: dict[str, str] | None = None) -> str:
    env = dict(os.environ) if env is None else env
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(variable, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def _add_source_options(parser: argparse.ArgumentParser, top: bool) -> None:
    # On a subcommand the defaults are suppressed, so that options given before the command
    # name (`saemes-cookies --store X scan`) are not overwritten by the subparser's defaults.
    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    parser.add_argument(
        "--demo",
        action="store_true",
        default=default(False),
        help="work on a generated demo home instead of this machine's browsers (no browser "
        "needed): the app, scan, report and delete; it is built for the command and removed "
        "after it, backups and audit log included",
    )
    parser.add_argument(
        "--store",
        metavar="PATH",
        action="append",
        type=Path,
        default=default([]),
        help="read this store instead of discovering browsers: a Chromium 'Cookies' file, a "
        "Firefox 'cookies.sqlite', or a profile or user-data directory (repeatable)",
    )
    parser.add_argument(
        "--browser",
        metavar="NAME",
        action="append",
        type=str.lower,
        choices=BROWSER_NAMES,
        default=default([]),
        help=f"only this browser (repeatable): {', '.join(BROWSER_NAMES)}",
    )
    parser.add_argument(
        "--catalog",
        metavar="PATH",
        type=Path,
        default=default(None),
        help="use this catalogue instead of the packaged catalog.json",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "fr"),
        default=default(None),
        help="language of labels and explanations (default: from the locale, else English)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="saemes-cookies",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_source_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    scan = commands.add_parser(
        "scan",
        help="list the site's cookies in every browser profile (table, or --json)",
        description="List the cookies of opendata.saemes.fr in every browser profile, with "
        "their category from the catalogue. Values are never shown; with --json each "
        "cookie carries its value length only. Exit 0 when the scan ran (store errors are "
        "listed), 2 on bad arguments or catalogue.",
    )
    _add_source_options(scan, top=False)
    scan.add_argument("--json", action="store_true", help="print one JSON document")
    add_report_command(commands, _add_source_options)
    add_open_command(commands)
    add_delete_commands(commands, _add_source_options)
    return parser


def run_inspection(args: argparse.Namespace, catalog: Catalog) -> Inspection:
    from tui.inspection import find_stores, inspect

    demo_home: Path | None = getattr(args, "demo_home", None)
    if demo_home is not None:
        from tui.demo.home import demo_stores

        refs, failed, searched = demo_stores(demo_home, args.browser)
    else:
        refs, failed, searched = find_stores(args.store, args.browser)
    return inspect(catalog, refs, failed, searched)


# `--demo` per command: the app, scan, report and delete work on a demo home built for the
# command; these refuse, since what they would show or change does not exist.
DEMO_REFUSED = {
    "backups": "--demo keeps no backups: each demo home, its backups included, is removed "
    "when its command ends",
    "restore": "--demo keeps no backups to restore: each demo home, its backups included, is "
    "removed when its command ends",
    "open": "--demo does not apply to open: a report is shown as it was written",
}


def _demo_refusal(args: argparse.Namespace) -> str | None:
    if args.command in DEMO_REFUSED:
        return DEMO_REFUSED[args.command]
    if args.store:
        return "give --demo or --store, not both"
    return None


def _run_demo(args: argparse.Namespace, catalog: Catalog) -> int:
    """A command on a demo home of its own, which goes (backups and audit log too) after it."""
    from tui.demo.home import build_home

    with tempfile.TemporaryDirectory(prefix="saemes-demo-") as root:
        args.demo_home = build_home(Path(root))
        print(
            f"saemes-cookies: demo home {args.demo_home} (generated; removed after this "
            "command; this machine's browsers are not read)",
            file=sys.stderr,
        )
        return _dispatch(args, catalog)


def _scan(args: argparse.Namespace, catalog: Catalog) -> int:
    inspection = run_inspection(args, catalog)
    if args.json:
        from tui.present.scan_json import dumps, scan_json

        sys.stdout.write(dumps(scan_json(catalog, inspection, args.lang)) + "\n")
    else:
        from tui.present.scan_table import print_table

        print_table(catalog, inspection, args.lang)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.lang = args.lang or default_lang()
    try:
        catalog = load(args.catalog)
    except CatalogError as exc:
        print(f"saemes-cookies: {exc}", file=sys.stderr)
        return EXIT_USAGE
    args.demo_home = None
    if args.demo:
        refusal = _demo_refusal(args)
        if refusal is not None:
            print(f"saemes-cookies: {refusal}", file=sys.stderr)
            return EXIT_USAGE
        if args.command is not None:
            return _run_demo(args, catalog)
    return _dispatch(args, catalog)


def _dispatch(args: argparse.Namespace, catalog: Catalog) -> int:
    if args.command == "scan":
        return _scan(args, catalog)
    if args.command == "report":
        return run_report(args, catalog)
    if args.command == "open":
        return run_open(args, catalog)
    if args.command in DELETE_COMMANDS:
        return run_delete_command(args, catalog)
    from tui.app.run import run_app

    return run_app(args, catalog)
