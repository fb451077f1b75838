"""`saemes-cookies watch`: one line per change to the site's cookies, as it happens, until
Ctrl+C (then a one-line summary, exit 0). `--json`: one JSON object per change, one per line,
and the summary on stderr, so stdout holds nothing else.

The stores are looked at about once a second (SAEMES_COOKIES_WATCH_INTERVAL, in seconds,
changes it: the tests use a short one); only those whose files changed are read again.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from types import FrameType

from tui.catalog import Catalog
from tui.cli.common import Say, count, demo_home
from tui.cli.errors import Exit, Refused
from tui.model import Family, Store, StoreRef
from tui.texts import say, tr
from tui.textsafe import json_text, printable

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


class _Stopper:
    """SIGINT and SIGTERM end the watch, whatever the shell did with them (a background job
    starts with SIGINT ignored). While the watch only waits (reading the baseline, sleeping)
    the signal ends it at once; while it polls and prints, it is noted and the watch ends
    after the changes in hand are printed and counted, so the summary counts every line."""

    def __init__(self) -> None:
        self.requested = False
        self.waiting = True

    def handle(self, signum: int, frame: FrameType | None) -> None:
        self.requested = True
        if self.waiting:
            raise _Stop

    @contextmanager
    def installed(self) -> Iterator[None]:
        sigs = (signal.SIGINT, signal.SIGTERM)
        previous = {sig: signal.signal(sig, self.handle) for sig in sigs}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def wait(self, seconds: float) -> None:
        self.waiting = True
        if self.requested:
            raise _Stop
        time.sleep(seconds)
        self.waiting = False


def run(args: argparse.Namespace, catalog: Catalog) -> Exit:
    from tui.watch import Watcher
    from tui.watch.lines import json_line, text_line

    interval = poll_interval(os.environ)
    speak = Say(args.lang)
    refs, failed, searched = _sources(args)
    seen = violations = 0
    stopper = _Stopper()
    with stopper.installed(), ExitStack() as demo:
        try:
            if not refs:
                for store in failed:
                    if store.error is not None:
                        speak.err(store.error)
                speak.err(say("watch.nothing", searched=printable(", ".join(searched), 2000)))
                return Exit.OK
            watcher = Watcher(catalog, refs, failed, searched)
            _announce(speak, watcher.stores)
            home = demo_home(args)
            if home is not None:
                from tui.cli.watch_demo import STEPS, demo_writer

                speak.err(say("watch.demo", count=len(STEPS)))
                demo.enter_context(demo_writer(home, interval, speak.err))
            failing = set(watcher.errors)
            while True:
                stopper.wait(interval)
                for change in watcher.poll():
                    if args.json:
                        line = json_text(json_line(change, args.lang))
                    else:
                        line = text_line(catalog, change, args.lang)
                    seen += 1
                    violations += change.violation
                    print(line, flush=True)
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
        from tui.watch.files import CHROMIUM_COMMIT_AFTER_CHANGES, CHROMIUM_COMMIT_INTERVAL_S

        speak.err(
            say(
                "watch.late.chromium",
                browsers=printable(", ".join(late), 200),
                seconds=CHROMIUM_COMMIT_INTERVAL_S,
                changes=CHROMIUM_COMMIT_AFTER_CHANGES,
            )
        )


def _store_states(speak: Say, errors: Mapping[str, object], failing: set[str]) -> set[str]:
    """Says once when a store stops being readable, and once when it is read again."""
    now = set(errors)
    for store in sorted(now - failing):
        speak.err(say("watch.store-failed", store=printable(store, 80), reason=errors[store]))
    for store in sorted(failing - now):
        speak.err(say("watch.store-back", store=printable(store, 80)))
    return now
