"""`saemes-cookies scan`: the site's cookies in every profile, as a table or one JSON document.

Kept light: the table needs rich, the JSON nothing more; the app (textual) is never imported.
"""

from __future__ import annotations

import sys

from tui.catalog import Catalog
from tui.cli.common import Say, inspection
from tui.cli.errors import Exit
from tui.source import Source
from tui.texts import say

# argparse for annotations only: a plain `scan` line is read without it (tui/cli/argv.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse


def run(args: argparse.Namespace, catalog: Catalog, source: Source) -> Exit:
    """Exit 1 when a --store path does not exist (a typo: `delete` fails on it too), after
    everything else is shown; stores that could not be read are listed, exit 0."""
    found = inspection(source, catalog)
    if args.json:
        from tui.present.scan_json import dumps, scan_json

        sys.stdout.write(dumps(scan_json(catalog, found, args.lang)) + "\n")
    else:
        from tui.present.nothing import nothing_found
        from tui.present.scan_table import print_table

        nothing = None
        if not found.cookies:
            env, platform = source.discovery_env()
            given = bool(args.store)
            nothing = nothing_found(
                found, args.browser, given, env, platform, source.demo, args.site
            )
        print_table(catalog, found, args.lang, nothing)
    from tui.present.nothing import missing_paths

    missing = missing_paths(found)
    for error in missing:
        Say(args.lang).err(say("scan.store-failed", error=error))
    return Exit.FAILED if missing else Exit.OK
