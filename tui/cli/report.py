"""`saemes-cookies report` (a redacted report for support, JSON or Markdown), writing it or a
recording (`watch -o`), and `open` (a report or a recording shown in the app, read-only)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.catalog import Catalog
from tui.cli.common import Say, inspection, need_terminal
from tui.cli.errors import Exit
from tui.texts import Said, say
from tui.textsafe import printable

if TYPE_CHECKING:
    from tui.report import LoadedReport
    from tui.source import Source


def run_report(args: argparse.Namespace, catalog: Catalog, source: Source) -> Exit:
    from tui.report import build_report
    from tui.report.redact import this_home

    document = build_report(
        catalog,
        inspection(source, catalog),
        args.lang,
        datetime.now(UTC),
        home=source.demo_home or this_home(),
        include_paths=args.include_paths,
    )
    return write_document(
        args,
        document,
        lambda file: say(
            "cli.report.written",
            file=file,
            cookies=len(document["cookies"]),
            findings=len(document["findings"]),
        ),
    )


def write_document(
    args: argparse.Namespace, document: dict[str, Any], written: Callable[[str], Said]
) -> Exit:
    """A report or a recording to `args.output` (`-`: stdout), as JSON or Markdown (`--format`,
    else the file's extension); then `written(file)` on stderr."""
    from tui.report import dumps, report_markdown, write_report

    shape = args.format or report_format(args.output)
    text = report_markdown(document) if shape == "md" else dumps(document) + "\n"
    speak = Say(args.lang)
    if str(args.output) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return Exit.OK
    file = printable(str(args.output), 300)
    try:
        write_report(args.output, text)
    except OSError as exc:
        speak.err(say("cli.report.failed", file=file, reason=exc.strerror or type(exc).__name__))
        return Exit.FAILED
    print(written(file).text(args.lang), file=sys.stderr)
    return Exit.OK


# The extensions that mean Markdown; anything else (`-` included) is JSON, what `open` reads.
MARKDOWN_SUFFIXES = (".md", ".markdown")


def report_format(output: Path) -> str:
    """The format a file's name asks for, when --format does not say."""
    return "md" if output.suffix.lower() in MARKDOWN_SUFFIXES else "json"


def run_open(args: argparse.Namespace, catalog: Catalog, source: Source) -> Exit:
    """A report, not the stores: `source` is not read (--demo is refused)."""
    from tui.report import load_report

    # A file that is no report is said first: that needs no terminal.
    loaded = load_report(args.file)
    # The report's portal, not the default one: its title and hosts are that portal's.
    catalog = report_catalog(catalog, loaded)
    need_terminal()
    from tui.app.run import run_report_app

    return Exit(run_report_app(loaded, catalog, args.lang))


def report_catalog(catalog: Catalog, loaded: LoadedReport) -> Catalog:
    """The catalogue for the portal a report was made on; a site that is no portal's host is
    said as the report's problem, in one line naming the file."""
    from tui.report.load import ReportError
    from tui.site import SiteError

    try:
        return catalog.at(loaded.site)
    except SiteError as exc:
        where = say("json.at", where="site", what=exc.said)
        label = printable(str(loaded.path), 300)
        raise ReportError(say("file.at", file=label, reason=where)) from None
