"""`saemes-cookies watch`: one line per change to the site's cookies, as it happens, until
Ctrl+C (then a one-line summary, exit 0). `--json`: one JSON object per change, one per line,
and the summary on stderr, so stdout holds nothing else. `-o FILE`: when the watch ends (Ctrl+C,
SIGTERM, `--for` running out, stdout's reader gone), a recording of it for support is written
(tui/report/recording.py).

The stores are looked at about once a second (SAEMES_COOKIES_WATCH_INTERVAL, in seconds,
changes it: the tests use a short one); only those whose files changed are read again.
"""

from __future__ import annotations

import argparse
import os
import select
import signal
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from tui.catalog import Catalog
from tui.cli.common import Say
from tui.cli.errors import Exit, Refused
from tui.model import Family, Store
from tui.stores.errors import HELD_BY_BROWSER, reason_key
from tui.texts import Said, plural, say
from tui.textsafe import json_text, printable

if TYPE_CHECKING:
    from tui.model import Inspection
    from tui.source import Source
    from tui.watch import Change, Watcher

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

    def wait(self, seconds: float, deadline: float | None = None) -> None:
        """Sleeps `seconds`, or until `deadline` (time.monotonic), which ends the watch."""
        self.waiting = True
        if self.requested:
            raise _Stop
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise _Stop
            seconds = min(seconds, left)
        time.sleep(seconds)
        self.waiting = False


@dataclass
class _Recorder:
    """What `-o FILE` keeps while the watch runs: the stores at its start and every change
    (a Change holds no value); written when the watch ends."""

    started: datetime
    start: Inspection
    changes: list[Change] = field(default_factory=list)

    def write(
        self, args: argparse.Namespace, catalog: Catalog, watcher: Watcher, home: Path | None
    ) -> Exit:
        """`home`: the home the recording's paths are shown from, the demo's; None: this
        account's."""
        from tui.cli.report import write_document
        from tui.report.recording import build_recording
        from tui.report.redact import this_home

        stopped = datetime.now(UTC)
        document = build_recording(
            catalog,
            self.start,
            watcher.inspection(stopped),
            self.changes,
            self.started,
            stopped,
            args.lang,
            home=home or this_home(),
            include_paths=args.include_paths,
        )
        violations = sum(change.violation for change in self.changes)
        return write_document(
            args,
            document,
            lambda file: say(
                "watch.recorded",
                file=file,
                changes=plural(args.lang, len(self.changes), "watch.changes.one", "watch.changes"),
                violations=plural(
                    args.lang, violations, "watch.violations.one", "watch.violations"
                ),
            ),
        )


def run(args: argparse.Namespace, catalog: Catalog, source: Source) -> Exit:
    from tui.watch import Watcher
    from tui.watch.lines import json_line, text_line

    interval = poll_interval(os.environ)
    speak = Say(args.lang)
    refs, failed, searched = source.locate()
    seen = violations = 0
    stopper = _Stopper()
    recorder: _Recorder | None = None
    watcher: Watcher | None = None
    with stopper.installed(), ExitStack() as demo:
        try:
            if not refs:
                for store in failed:
                    if store.error is not None:
                        speak.err(store.error)
                speak.err(say("watch.nothing", searched=printable(", ".join(searched), 2000)))
                return Exit.OK
            watcher = Watcher(catalog, refs, failed, searched)
            if args.output is not None:
                recorder = _Recorder(datetime.now(UTC), watcher.inspection())
            # Set once the stores are read, so a slow first read does not eat the time.
            deadline = time.monotonic() + args.duration if args.duration else None
            _announce(speak, watcher.stores)
            if source.demo_home is not None:
                from tui.cli.watch_demo import STEPS, demo_writer

                speak.err(say("watch.demo", count=len(STEPS)))
                demo.enter_context(demo_writer(source.demo_home, interval, speak.err))
            failing = set(watcher.errors)
            while True:
                stopper.wait(interval, deadline)
                if _reader_gone():
                    raise BrokenPipeError
                for change in watcher.poll():
                    if args.json:
                        line = json_text(json_line(change, args.lang))
                    else:
                        line = text_line(catalog, change, args.lang)
                    seen += 1
                    violations += change.violation
                    if recorder is not None:
                        recorder.changes.append(change)
                    print(line, flush=True)
                failing = _store_states(speak, watcher.errors, failing)
        except _Stop:
            pass
        except BrokenPipeError:
            # The reader went (`watch --json | head -1`): end quietly with 141, as every
            # command does, and let nothing more be written to the closed pipe at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            if recorder is not None and watcher is not None:
                written = recorder.write(args, catalog, watcher, source.demo_home)
                if written != Exit.OK:
                    return written
            return Exit.PIPE
    summary = say(
        "watch.summary",
        changes=plural(args.lang, seen, "watch.changes.one", "watch.changes"),
        violations=plural(args.lang, violations, "watch.violations.one", "watch.violations"),
    )
    if args.json:
        speak.err(summary)
    else:
        speak.out("literal", text=summary)
    if recorder is not None and watcher is not None:
        return recorder.write(args, catalog, watcher, source.demo_home)
    return Exit.OK


def _reader_gone() -> bool:
    """Whether stdout is a pipe whose reader has left (`watch | true`). A watch may print
    nothing for hours, so it cannot wait for a write to fail: Linux reports POLLERR on the
    write end of a pipe with no reader left (fs/pipe.c, pipe_poll: `if (!pipe->readers) mask
    |= EPOLLERR`). A terminal or a file never reports it."""
    try:
        poller = select.poll()
        # No events asked for: POLLERR and POLLHUP are always reported.
        poller.register(sys.stdout.fileno(), 0)
        return any(events & select.POLLERR for _, events in poller.poll(0))
    except (AttributeError, OSError, ValueError):
        # No poll() (Windows) or no stdout: a failed write will tell instead.
        return False


def _announce(speak: Say, stores: tuple[Store, ...]) -> None:
    for store in stores:
        if store.error is not None:
            speak.err(store.error)
    watched = [store for store in stores if store.error is None]
    speak.err(
        say(
            "watch.start",
            stores=plural(speak.lang, len(stores), "watch.stores.one", "watch.stores"),
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
        reason = errors[store]
        # A store the browser holds (Windows) is tried at every poll, not when it changes.
        held = isinstance(reason, Said) and reason_key(reason) in HELD_BY_BROWSER
        key = "watch.store-held" if held else "watch.store-failed"
        speak.err(say(key, store=printable(store, 80), reason=reason))
    for store in sorted(failing - now):
        speak.err(say("watch.store-back", store=printable(store, 80)))
    return now
