"""Live mode: a Watcher (tui.watch) in a thread worker, looking at the stores' files about once a
second, and what the app keeps of it: the timeline of the session's changes and the marks on
fresh rows. The UI never waits on a store.

    start -> worker: the Watcher reads its baseline (as a scan reads the stores, values
             kept for the table)                                -> LiveStarted
          -> every INTERVAL: watcher.poll(), which reads again only the stores whose files
             changed, each once; when what it shows moved       -> LiveSeen
    stop  -> the worker ends at its next look; the timeline stays

`LiveMode` is a non-visual child of the main screen, made and mounted the first time it is
needed (`w`, a recording): neither it nor tui.watch loads with the app. It handles its worker's
messages itself (dropping those of a run that was stopped) and tells the screen with `Updated`
(the stores as they are now, to show in place; then `shown` says the timeline) and `Faded` (a
row's mark dimmed or went: redraw the rows). The timeline tab below the table is its own
(tui.app.live_tab: open, said anew, an event chosen in it).

How late a change shows depends on the browser, not on this: Chromium writes its store about
every 30 s and when it closes, Firefox almost at once (the timeline's header says so).
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from textual import work
from textual.message import Message
from textual.reactive import var
from textual.timer import Timer
from textual.widgets import TabbedContent

from tui.app.jobs import Jobs
from tui.app.live_tab import gone_note, open_timeline, show_recorded, show_timeline
from tui.app.session import Session
from tui.app.views.timeline import Freshness, Timeline, late_note
from tui.app.widgets.detail import CookieDetail
from tui.model import Inspection, Store
from tui.texts import tr
from tui.watch import Change


@dataclass
class LiveStarted(Message):
    """The baseline is read (the worker of run `run`): the stores now, and those watched."""

    run: int
    inspection: Inspection
    stores: Sequence[Store]


@dataclass
class LiveSeen(Message):
    """Changes were seen (run `run`): them, and the stores now."""

    run: int
    changes: list[Change]
    inspection: Inspection


class LiveMode(Jobs):
    FAILED = "live.failed"
    # Seconds between two looks at the stores' files (each look is a few stat calls and
    # 32-byte reads per store; a store is read again only when its files changed).
    INTERVAL = 1.0
    # How often the marks of fresh rows are checked for fading while there are some.
    FADE_TICK = 0.5

    watching = var(False, init=False, bindings=True)

    @dataclass
    class Updated(Message):
        """The stores as they are now; `first`: as live mode starts (not a change)."""

        inspection: Inspection
        changes: list[Change]
        first: bool

    @dataclass
    class Faded(Message):
        """A fresh row's mark dimmed or went."""

    def __init__(self, session: Session, panels: TabbedContent) -> None:
        super().__init__()
        self.session = session
        # The tabs below the table, where the timeline tab goes.
        self.panels = panels
        self.timeline = Timeline()
        self.freshness = Freshness()
        # Each start is a run; a stopped run's late messages are dropped.
        self._run = 0
        self._stop = threading.Event()
        self._fading: Timer | None = None

    async def start(self) -> None:
        """Start watching, in the timeline tab brought to the front."""
        if self.watching or not self.session.can_watch:
            return
        await open_timeline(self.panels, self.lang)
        self._run += 1
        self._stop = threading.Event()
        self.watching = True
        self.timeline.start(self.session.now(), ())
        self._watch(self._run, self._stop)
        self.show_timeline()
        self.notify(tr(self.lang, "live.on"), markup=False)

    def stop(self) -> None:
        """Stop watching: the worker ends at its next look, the timeline stays."""
        self._stop.set()
        if self.watching:
            self.watching = False
            self.timeline.stop(self.session.now())

    def show_timeline(self) -> None:
        show_timeline(self.panels, self.timeline, self.session.catalog, self.lang)

    def watch_lang(self) -> None:
        self.show_timeline()

    def shown(self, message: LiveMode.Updated) -> None:
        """After the screen showed `message`'s stores: the timeline, and as live mode starts,
        what it cannot show yet (a browser's late writes)."""
        self.show_timeline()
        note = late_note(self.timeline, self.lang) if message.first else None
        if note is not None:
            self.notify(note, timeout=12, markup=False)

    def chosen(self, number: int, detail: CookieDetail, present: Collection[str]) -> str | None:
        """The key of the cookie of the timeline's event `number`, for the table's cursor; None
        when there is none to go to: a recording's event is shown in Details as it was then,
        a cookie no longer `present` in the stores is said in a note."""
        event = self.timeline.event(number)
        if event is None:
            return None
        if self.timeline.recorded:
            show_recorded(self.panels, detail, event, self.lang)
            return None
        if event.key not in present:
            self.notify(gone_note(event, self.lang), markup=False)
            return None
        return event.key

    def on_unmount(self) -> None:
        self._stop.set()

    @work(thread=True, exclusive=True, exit_on_error=False, group="live")
    def _watch(self, run: int, stop: threading.Event) -> None:
        from tui.watch import Watcher

        session = self.session
        if session.locate is None:
            return
        refs, failed, searched = session.locate()
        # One Watcher, the only reader: a read that failed or was torn is tried again by its
        # rule, and the picture shown is its own (values kept for the table's details).
        watcher = Watcher(session.catalog, refs, failed, searched, session.clock, values=True)
        if stop.is_set():
            return
        self.post_message(LiveStarted(run, watcher.inspection(), watcher.stores))
        shown = watcher.version
        while not stop.wait(self.INTERVAL):
            changes = watcher.poll()
            if watcher.version == shown:
                continue
            shown = watcher.version
            inspection = watcher.inspection()
            if stop.is_set():
                return
            self.post_message(LiveSeen(run, changes, inspection))

    def on_live_started(self, message: LiveStarted) -> None:
        message.stop()
        if message.run != self._run or not self.watching:
            return
        self.timeline.stores = tuple(message.stores)
        self.post_message(self.Updated(message.inspection, [], first=True))

    def on_live_seen(self, message: LiveSeen) -> None:
        message.stop()
        if message.run != self._run or not self.watching:
            return
        self.timeline.add(message.changes)
        self.freshness.mark(message.changes)
        self.freshness.tick()
        if self.freshness:
            self._fade_soon()
        self.post_message(self.Updated(message.inspection, message.changes, first=False))

    def _fade_soon(self) -> None:
        if self._fading is None:
            self._fading = self.set_interval(self.FADE_TICK, self._fade)
        else:
            self._fading.resume()

    def _fade(self) -> None:
        if self.freshness.tick():
            self.post_message(self.Faded())
        if not self.freshness and self._fading is not None:
            self._fading.pause()

    def failed(self, reason: str) -> None:
        # The notification said why; live mode is off, its timeline kept.
        self.stop()
