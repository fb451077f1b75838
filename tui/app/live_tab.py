"""Live mode's side of the main screen: the timeline tab below the cookie table, with live
mode's changes (tui.app.live) or a recording's as its watch ran. Added the first time live mode
starts (or a recording opens), kept after it stops; its label counts the events.

Plain functions on the screen's widgets, which the main screen calls: nothing here knows the
screen (the parts under the screens never import one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import TabbedContent, TabPane

from tui.app.tabs import DETAILS_TAB
from tui.app.views.timeline import Event, Timeline, event_heading
from tui.app.widgets.detail import CookieDetail
from tui.app.widgets.timeline import TimelinePanel
from tui.catalog import Catalog
from tui.texts import Lang, tr
from tui.textsafe import printable
from tui.watch import REMOVED

if TYPE_CHECKING:
    from tui.report import LoadedReport

TIMELINE_TAB = "tab-timeline"


async def open_timeline(panels: TabbedContent, lang: Lang) -> None:
    """The timeline tab, added the first time, brought to the front."""
    if not panels.query(TimelinePanel):
        pane = TabPane(tr(lang, "tab.live", count=0), TimelinePanel(id="timeline"), id=TIMELINE_TAB)
        await panels.add_pane(pane)
    panels.active = TIMELINE_TAB


def show_timeline(panels: TabbedContent, timeline: Timeline, catalog: Catalog, lang: Lang) -> None:
    """The timeline said anew, and its tab's count (nothing before the tab is added)."""
    found = panels.query(TimelinePanel)
    if not found:
        return
    found.first().show(timeline, catalog, lang)
    panels.get_tab(TIMELINE_TAB).label = tr(lang, "tab.live", count=len(timeline.events))


async def replay(
    panels: TabbedContent,
    timeline: Timeline,
    report: LoadedReport | None,
    catalog: Catalog,
    lang: Lang,
) -> None:
    """A recording's timeline, as its watch ran, in the timeline tab brought to the front."""
    recording = report.recording if report is not None else None
    if report is None or recording is None:
        return
    stores = report.inspection.stores
    timeline.replay(recording.started, recording.stopped, stores, recording.events)
    await open_timeline(panels, lang)
    show_timeline(panels, timeline, catalog, lang)


def show_recorded(panels: TabbedContent, detail: CookieDetail, event: Event, lang: Lang) -> None:
    """A recording's event: the cookie as it was then, in Details (the table is the end)."""
    panels.active = DETAILS_TAB
    detail.show_cookie(event.change.cookie, lang, event_heading(event, lang))


def gone_note(event: Event, lang: Lang) -> str:
    """Why the table cannot show an event's cookie: it is no longer in the stores."""
    name = printable(event.change.cookie.raw.name, 60)
    which = "live.gone.removed" if event.change.kind == REMOVED else "live.gone"
    return tr(lang, which, name=name)
