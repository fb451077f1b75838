"""What live mode shows, without textual: the session's timeline of changes (violations first),
its header, and the marks on the table's new or changed rows, which fade after a few seconds.

Nothing here holds or shows a value: a Change carries none (tui.watch), and each line says only
the time, the store, what changed, the cookie's name, host and path, its category and the
consent judgement of that moment (the `watch` command's own line).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from rich.text import Text

from tui.app.views.rows import COLUMNS
from tui.catalog import Catalog
from tui.model import Family, Store
from tui.texts import Lang, plural, tr
from tui.textsafe import printable
from tui.watch import ADDED, CHANGED, REMOVED, Change
from tui.watch.lines import change_words, text_line

# A row stays marked brightly this long after its change was seen, then dimly as long again,
# then not at all (seconds).
BRIGHT_S = 3.0
DIM_S = 3.0
BRIGHT, DIM = 1, 2

# The marker put before the name of a row that was added or changed.
MARKERS = {ADDED: "+ ", CHANGED: "~ "}
_STYLES = {
    (ADDED, BRIGHT): "bold black on green",
    (CHANGED, BRIGHT): "bold black on yellow",
    (ADDED, DIM): "green",
    (CHANGED, DIM): "yellow",
}
# Where the name is among a row's cells (the first column of COLUMNS is the selection mark,
# which `table_rows` leaves to the table).
NAME_CELL = [column.key for column in COLUMNS[1:]].index("name")


@dataclass(frozen=True)
class Event:
    """One change seen in live mode; `number` counts from 1 in the order they came."""

    number: int
    change: Change

    @property
    def key(self) -> str:
        """The cookie's row key in the table (its `Cookie.id`)."""
        return self.change.cookie.id

    @property
    def violation(self) -> bool:
        return self.change.violation


class Timeline:
    """The session's events, kept after live mode ends (until the app closes)."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.started: datetime | None = None
        self.stopped: datetime | None = None
        self.stores: tuple[Store, ...] = ()
        # A recording opened with `open`: the watch of another time, not this app's.
        self.recorded = False

    def replay(
        self,
        started: datetime,
        stopped: datetime,
        stores: Sequence[Store],
        changes: Iterable[Change],
    ) -> None:
        """A recording's watch (`watch -o`), as it ran: from `started` to `stopped`."""
        self.events = []
        self.start(started, stores)
        self.add(changes)
        self.stop(stopped)
        self.recorded = True

    def start(self, at: datetime, stores: Sequence[Store]) -> None:
        self.started, self.stopped, self.stores = at, None, tuple(stores)

    def stop(self, at: datetime) -> None:
        if self.started is not None and self.stopped is None:
            self.stopped = at

    @property
    def watching(self) -> bool:
        return self.started is not None and self.stopped is None

    def add(self, changes: Iterable[Change]) -> list[Event]:
        added = [Event(len(self.events) + index, change) for index, change in enumerate(changes, 1)]
        self.events.extend(added)
        return added

    def ordered(self) -> list[Event]:
        """The violations first, then the other events; the newest first in each."""
        newest = sorted(self.events, key=lambda event: event.number, reverse=True)
        return [e for e in newest if e.violation] + [e for e in newest if not e.violation]

    @property
    def violations(self) -> int:
        return sum(event.violation for event in self.events)

    def event(self, number: int) -> Event | None:
        return self.events[number - 1] if 0 < number <= len(self.events) else None


def event_line(catalog: Catalog, event: Event, lang: Lang) -> Text:
    """The event as the `watch` command prints it; a violation in red, a removal dimmed."""
    change = event.change
    line = Text(text_line(catalog, change, lang))
    if change.violation:
        line.stylize("bold red")
    elif change.kind == REMOVED:
        line.stylize("dim")
    return line


def header(timeline: Timeline, lang: Lang) -> Text:
    """What the timeline is: watching since when (or stopped when), how many events and
    violations, and, whenever a Chromium-family store is watched, that its changes show late."""
    text = Text()
    if timeline.started is None:
        return text
    counts = tr(
        lang,
        "live.counts",
        events=plural(lang, len(timeline.events), "live.events.one", "live.events"),
        violations=plural(lang, timeline.violations, "live.violations.one", "live.violations"),
    )
    stores = plural(lang, len(timeline.stores), "live.stores.one", "live.stores")
    if timeline.stopped is None:
        since = _clock(timeline.started)
        text.append(tr(lang, "live.header", stores=stores, since=since), style="bold")
    elif timeline.recorded:
        text.append(
            tr(
                lang,
                "live.header.recorded",
                stores=stores,
                since=_moment(timeline.started),
                at=_moment(timeline.stopped),
            ),
            style="bold",
        )
    else:
        text.append(tr(lang, "live.header.stopped", at=_clock(timeline.stopped)), style="bold")
    text.append(f"  ·  {counts}")
    # Short: at 80 x 24 the events need the room. The whole sentence is said as live mode
    # starts (`late_note`).
    late = _late_browsers(timeline)
    text.append("\n")
    if late:
        text.append(tr(lang, "live.late.short", browsers=late), style="italic")
    else:
        text.append(tr(lang, "live.late.none"), style="italic dim")
    return text


def late_note(timeline: Timeline, lang: Lang) -> str | None:
    """When a Chromium-family store is watched: that its changes show up to about 30 s late."""
    late = _late_browsers(timeline)
    return tr(lang, "live.late", browsers=late) if late else None


def _late_browsers(timeline: Timeline) -> str:
    # Chromium commits its cookie store every 30 s, or at once after 512 pending changes, and
    # when it closes (kCommitInterval = base::Seconds(30), kCommitAfterBatchSize = 512 in
    # chromium/src net/extras/sqlite/sqlite_persistent_cookie_store.cc). Firefox writes each
    # change through its storage thread almost at once.
    found = {s.ref.browser for s in timeline.stores if s.ref.family is Family.CHROMIUM}
    return printable(", ".join(sorted(found)), 200)


def _clock(at: datetime) -> str:
    return at.astimezone().strftime("%H:%M:%S")


def _moment(at: datetime) -> str:
    # A recording may be days old and from another time zone: its date, in UTC.
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def event_heading(event: Event, lang: Lang) -> Text:
    """Above a recorded event's cookie in the details tab: which event, and that the cookie is
    shown as it was then."""
    change = event.change
    return Text(
        tr(
            lang,
            "live.event-cookie",
            number=event.number,
            at=_moment(change.at),
            change=change_words(change, lang),
        ),
        style="bold reverse",
    )


class Freshness:
    """Which rows were added or changed a moment ago, and how brightly each is marked now.

    `tick()` says which rows' marks changed since it was last asked, so the table redraws
    only when a mark brightens, dims or goes."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        # Row key -> (ADDED or CHANGED, when it was seen), and the stage last drawn.
        self._since: dict[str, tuple[str, float]] = {}
        self._drawn: dict[str, int] = {}

    def __bool__(self) -> bool:
        return bool(self._since)

    def mark(self, changes: Iterable[Change]) -> None:
        now = self._clock()
        for change in changes:
            key = change.cookie.id
            if change.kind == REMOVED:
                self._since.pop(key, None)
            else:
                self._since[key] = (change.kind, now)

    def stage(self, key: str) -> tuple[str, int] | None:
        """(ADDED or CHANGED, BRIGHT or DIM) for a row marked now; None for the others."""
        found = self._since.get(key)
        if found is None:
            return None
        kind, since = found
        age = self._clock() - since
        if age < BRIGHT_S:
            return kind, BRIGHT
        if age < BRIGHT_S + DIM_S:
            return kind, DIM
        return None

    def tick(self) -> bool:
        """Whether any mark brightened, dimmed or went since the last tick; the faded ones are
        forgotten."""
        stages = {key: self.stage(key) for key in self._since}
        for key, stage in stages.items():
            if stage is None:
                del self._since[key]
        now = {key: stage[1] for key, stage in stages.items() if stage is not None}
        changed = now != self._drawn
        self._drawn = now
        return changed

    def marked_rows(self, rows: Sequence[tuple[str, list[Text]]]) -> list[tuple[str, list[Text]]]:
        """The table's rows (key, cells) with the name of each marked row marked."""
        marked = []
        for key, cells in rows:
            stage = self.stage(key)
            if stage is not None:
                cells = list(cells)
                cells[NAME_CELL] = marked_name(cells[NAME_CELL], *stage)
            marked.append((key, cells))
        return marked


def marked_name(name: Text, kind: str, stage: int) -> Text:
    """The name cell with its marker (`+ ` added, `~ ` changed): bright, then dim."""
    style = _STYLES[(kind, stage)]
    marked = Text(MARKERS[kind], style=style)
    marked.append_text(name)
    if stage == BRIGHT:
        marked.stylize(style)
    return marked
