"""The timeline tab of live mode: a header (watching since when, how many events and violations,
how late each browser writes), then one line per event, the violations first.

Enter (or a click) on an event posts EventChosen, and the screen puts the table's cursor on its
cookie. Lines are rich Text built by tui.app.views.timeline: never markup, never a value.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.app.views.timeline import Timeline, event_line, header
from tui.catalog import Catalog
from tui.texts import Lang

# Lines listed at most (the header counts every event): a long session must not make each
# update redraw thousands of lines. Violations come first, so they are the last to go.
LISTED = 500


class TimelinePanel(Vertical):
    @dataclass
    class EventChosen(Message):
        """The person chose the event numbered `number` (Timeline.event)."""

        number: int

    def compose(self) -> ComposeResult:
        yield Static("", id="timeline-header", markup=False)
        yield OptionList(id="timeline-list", markup=False)

    @property
    def options(self) -> OptionList:
        return self.query_one("#timeline-list", OptionList)

    def show(self, timeline: Timeline, catalog: Catalog, lang: Lang) -> None:
        """Draw the timeline in `lang`; the highlight stays on the same event."""
        self.query_one("#timeline-header", Static).update(header(timeline, lang))
        options = self.options
        index = options.highlighted
        current = options.get_option_at_index(index).id if index is not None else None
        events = timeline.ordered()[:LISTED]
        options.set_options(
            Option(event_line(catalog, event, lang), id=str(event.number)) for event in events
        )
        ids = [str(event.number) for event in events]
        if current in ids:
            options.highlighted = ids.index(current)

    @on(OptionList.OptionSelected, "#timeline-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id is not None:
            self.post_message(self.EventChosen(int(event.option_id)))
