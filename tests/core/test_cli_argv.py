"""tui/cli/argv.py: a plain `scan` line and the app's plain line read by hand give what
argparse gives, and every other line is left to argparse (its help, errors and suggestions)."""

from __future__ import annotations

import pytest

from tui.cli.argv import plain_line
from tui.cli.parser import build_parser, parse

PLAIN = [
    ["scan"],
    ["scan", "--json"],
    ["scan", "--lang", "fr", "--json"],
    ["--demo", "scan"],
    ["scan", "--demo", "--json"],
    ["--browser", "firefox", "scan", "--browser=Chromium", "--json"],
    ["--browser=FIREFOX", "scan"],
    ["--store", "/tmp/a", "scan", "--store=b/Cookies", "--store", "c d"],
    ["--lang", "fr", "scan", "--lang=en"],
    ["--lang=fr", "scan", "--json"],
    ["--site", "data.example.org", "scan", "--site", "other.example.org"],
    ["scan", "--site=a=b", "--catalog", "my catalog.json"],
    ["--catalog=x.json", "scan", "--catalog", "y.json"],
    ["--site", "scan", "scan"],
    ["scan", "--json", "--json", "--demo", "--demo"],
]

# The app's own line: no command.
PLAIN_APP = [
    [],
    ["--demo"],
    ["--demo", "--lang", "fr"],
    ["--lang=en", "--demo", "--lang", "fr"],
    ["--browser", "Firefox", "--browser=chromium"],
    ["--store", "/tmp/a", "--store=b/Cookies", "--store", "c d"],
    ["--site", "data.example.org", "--catalog", "my catalog.json"],
    ["--site=a=b", "--catalog=x.json", "--demo", "--demo"],
    ["--site", "scan"],
    ["--demo", "--store", "x"],
]

ARGPARSE = [
    ["-h"],
    ["--help"],
    ["--demo", "--help"],
    ["--dem"],
    ["--demo", "--json"],
    ["--lang", "de"],
    ["--lang"],
    ["--browser", "netscape"],
    ["--store"],
    ["--store", "-x"],
    ["--site", ""],
    ["--demo", "extra"],
    ["--demo", "--", "--lang", "fr"],
    ["scan", "-h"],
    ["scan", "--help"],
    ["--help", "scan"],
    ["--version"],
    ["scan", "--jso"],
    ["scan", "--brow", "firefox"],
    ["scan", "--browser", "netscape"],
    ["scan", "--browser"],
    ["scan", "--browser="],
    ["scan", "--store", "-x"],
    ["scan", "--store", "-1"],
    ["scan", "--lang", "de"],
    ["scan", "--lang"],
    ["scan", "extra"],
    ["scan", "scan"],
    ["--json", "scan"],
    ["scan", "--", "--json"],
    ["scan", "--output", "x"],
    ["report", "-o", "x"],
    ["delete", "--dry-run"],
    ["watch", "--json"],
    ["backups"],
    ["open", "scan"],
]


@pytest.mark.parametrize("argv", PLAIN + PLAIN_APP, ids=lambda argv: " ".join(argv) or "(none)")
def test_a_plain_scan_or_app_line_is_read_as_argparse_reads_it(argv: list[str]) -> None:
    read = plain_line(argv)
    assert read is not None, "a plain scan or app line must not need argparse"
    args, left = parse(build_parser("en"), argv)
    assert left == []
    assert vars(read) == vars(args)


@pytest.mark.parametrize("argv", ARGPARSE, ids=lambda argv: " ".join(argv) or "(none)")
def test_any_other_line_is_left_to_argparse(argv: list[str]) -> None:
    assert plain_line(argv) is None
