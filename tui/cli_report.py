"""`saemes-cookies report`: a redacted report for support, as JSON or Markdown."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tui.catalog import Catalog

EXIT_OK = 0
EXIT_WRITE = 1
EXIT_BAD_REPORT = 2


def add_report_command(
    commands: Any, add_source_options: Callable[[argparse.ArgumentParser, bool], None]
) -> None:
    """Registers `report` on the CLI's subparsers, with the same source options as `scan`."""
    report = commands.add_parser(
        "report",
        help="write a redacted report for support (JSON, or Markdown to paste in a ticket)",
        description="Scan like `scan`, then write everything `scan --json` shows plus the "
        "environment (system, browsers and profiles, versions). Values are never written: "
        "each is replaced by its length and a salted hash, so support can see whether two "
        "cookies hold the same value. Exit 0 when written, 1 when the file cannot be written, "
        "2 on bad arguments or catalogue.",
    )
    add_source_options(report, False)
    report.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        required=True,
        help="where to write the report ('-' for standard output)",
    )
    report.add_argument(
        "--format",
        choices=("json", "md"),
        default="json",
        help="json (default; what `open` reads) or md (readable, for a ticket)",
    )


def run_report(args: argparse.Namespace, catalog: Catalog) -> int:
    from tui.cli import run_inspection
    from tui.report import build_report, dumps, report_markdown, write_report

    inspection = run_inspection(args, catalog)
    document = build_report(catalog, inspection, args.lang, datetime.now(UTC))
    text = report_markdown(document) if args.format == "md" else dumps(document) + "\n"
    if str(args.output) == "-":
        sys.stdout.write(text)
        return EXIT_OK
    try:
        write_report(args.output, text)
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        print(f"saemes-cookies: cannot write {args.output}: {reason}", file=sys.stderr)
        return EXIT_WRITE
    count = len(document["findings"])
    print(
        f"report written to {args.output} ({len(document['cookies'])} cookies, {count} findings)"
        if args.lang == "en"
        else f"rapport écrit dans {args.output} ({len(document['cookies'])} cookies, "
        f"{count} constats)",
        file=sys.stderr,
    )
    return EXIT_OK


def add_open_command(commands: Any) -> None:
    """Registers `open FILE`: a JSON report shown in the app, read-only."""
    opened = commands.add_parser(
        "open",
        help="open a report (from `report`) in the app, read-only",
        description="Open a JSON report written by `report` in the same app, as the user saw "
        "it: the same table, consent and findings, read-only (nothing is read from this "
        "machine's browsers, nothing can be deleted, and values are not in a report). Exit 2 "
        "when the file is not a report this tool can read.",
    )
    opened.add_argument("file", metavar="FILE", type=Path, help="the report (JSON)")
    opened.add_argument(
        "--lang",
        choices=("en", "fr"),
        default=argparse.SUPPRESS,
        help="language of labels and explanations (default: from the locale, else English)",
    )


def run_open(args: argparse.Namespace, catalog: Catalog) -> int:
    from tui.report import ReportError, load_report

    try:
        loaded = load_report(args.file)
    except ReportError as exc:
        print(f"saemes-cookies: {exc}", file=sys.stderr)
        return EXIT_BAD_REPORT
    from tui.app.run import run_report_app

    return run_report_app(loaded, catalog, args.lang)
