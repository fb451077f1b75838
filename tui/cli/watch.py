"""`saemes-cookies watch`: one line per change to the site's cookies, as it happens, until
Ctrl+C (then a one-line summary, exit 0). `--json`: one JSON object per change, one per line,
and the summary on stderr, so stdout holds nothing else.

The stores are looked at about once a second (SAEMES_COOKIES_WATCH_INTERVAL, in seconds,
changes it: the tests use a short one); only those whose files changed are read again.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import FrameType

from tui.catalog import Catalog
from tui.cli.common import Say, count, demo_home
from tui.cli.errors import Exit, Refused
from tui.model import Family, Store, StoreRef
from tui.texts import say, tr
from tui.textsafe import printable

INTERVAL_VARIABLE = "SAEMES_COOKIES_WATCH_INTERVAL"
# Once a second: soon enough for a person watching, and a look costs a few stat calls.
DEFAULT_INTERVAL = 1.0
_LOWEST, _HIGHEST = 0.01, 3600.0


class _Stop(Exception):
    """Ctrl+C (SIGINT) or SIGTERM: end the watch with its summary."""


def poll_interval(env: Mapping[str, str]) -> float:
    text = env.get(INTERVAL_VARIABLE, "").strip()
    if not text:
        return DEFAULT_INTERVAL
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not _LOWEST <= seconds <= _HIGHEST:
        raise Refused(say("watch.interval", variable=INTERVAL_VARIABLE, low=_LOWEST, high=_HIGHEST))
    return seconds


def _sources(args: argparse.Namespace) -> tuple[list[StoreRef], list[Store], list[str]]:
    from tui.inspection import find_stores

    home = demo_home(args)
    if home is not None:
        from tui.demo.home import demo_stores

        return demo_stores(home, args.browser)
    return find_stores(args.store, args.browser)


@contextmanager
def _stoppable() -> Iterator[None]:
    """SIGINT and SIGTERM raise _Stop, whatever the shell did with them (a background job
    starts with SIGINT ignored)."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise _Stop

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run(args: argparse.Namespace, catalog: Catalog) -> Exit:
    from tui.watch import Watcher
    from tui.watch.lines import json_line, text_line

    interval = poll_interval(os.environ)
    speak = Say(args.lang)
    refs, failed, searched = _sources(args)
    seen = violations = 0
    with _stoppable():
        try:
            if not refs:
                for store in failed:
                    if store.error is not None:
                        speak.err(store.error)
                speak.err(say("watch.nothing", searched=printable(", ".join(searched), 2000)))
                return Exit.OK
            watcher = Watcher(catalog, refs, failed, searched)
            _announce(speak, watcher.stores)
            failing = set(watcher.errors)
            while True:
                time.sleep(interval)
                for change in watcher.poll():
                    if args.json:
                        line = json.dumps(json_line(change, args.lang), ensure_ascii=False)
                    else:
                        line = text_line(catalog, change, args.lang)
                    print(line, flush=True)
                    seen += 1
                    violations += change.violation
                failing = _store_states(speak, watcher.errors, failing)
        except _Stop:
            pass
        except BrokenPipeError:
            # The reader went (`watch --json | head -1`): end quietly, and let nothing more be
            # written to the closed pipe at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return Exit.OK
    summary = say(
        "watch.summary",
        changes=_counted(args.lang, seen, "watch.changes.one", "watch.changes"),
        violations=_counted(args.lang, violations, "watch.violations.one", "watch.violations"),
    )
    if args.json:
        speak.err(summary)
    else:
        speak.out("literal", text=summary)
    return Exit.OK


def _counted(lang: str, number: int, one: str, several: str) -> str:
    # French counts nothing in the singular: "0 changement".
    if number == 0 and lang == "fr":
        return tr(lang, one, count=number)
    return count(lang, number, one, several)


def _announce(speak: Say, stores: tuple[Store, ...]) -> None:
    for store in stores:
        if store.error is not None:
            speak.err(store.error)
    watched = [store for store in stores if store.error is None]
    speak.err(
        say(
            "watch.start",
            stores=count(speak.lang, len(stores), "watch.stores.one", "watch.stores"),
        )
    )
    late = sorted({s.ref.browser for s in watched if s.ref.family is Family.CHROMIUM})
    if late:
        speak.err(say("watch.late.chromium", browsers=printable(", ".join(late), 200)))


def _store_states(speak: Say, errors: Mapping[str, object], failing: set[str]) -> set[str]:
    """Says once when a store stops being readable, and once when it is read again."""
    now = set(errors)
    for store in sorted(now - failing):
        speak.err(say("watch.store-failed", store=printable(store, 80), reason=errors[store]))
    for store in sorted(failing - now):
        speak.err(say("watch.store-back", store=printable(store, 80)))
    return now
