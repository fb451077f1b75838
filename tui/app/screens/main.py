"""The main screen: the sources on top, then the filter, the summary, the cookie table and,
below it, tabbed panels: Details, Findings and Consent.

The screen holds only view state, as reactive attributes whose watchers redraw what depends on
them (screens/main_view.py, its base; the footer follows those marked `bindings=True`); here is
what changes that state: the keys, the clicks, the scan, deleting and live mode. The data is
one Inspection from the domain, read by a StoreScan worker; the screen appears at once and
fills in (the first scan, started before the app, is in its first frame if it has ended by
then: tui.app.session.ScanAhead). Deleting is a non-visual child (`deleting`) that the screen
calls with plain data and that answers with messages; the dialog it asks for, and live mode
(tui.app.live, a child made on first use), load when first needed. Whether the stores can be
written to, and what a report shows instead of a value, the screen asks the session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.binding import ActiveBinding
from textual.widgets import DataTable, Input, OptionList

from tui.app.collector import release
from tui.app.deleting import ACTIONS as DELETE_ACTIONS
from tui.app.deleting import Deleting
from tui.app.main_keys import (
    LIVE_ACTIONS,
    MAIN_BINDINGS,
    WRITING,
    footer_bindings,
    live_action_on,
    main_key_help,
)
from tui.app.main_layout import main_layout
from tui.app.messages import (
    ConfirmDeletion,
    DeleteRequested,
    FindingSelected,
    ScanDone,
    ScanFailed,
    ScanProgress,
    StoresChanged,
    StoresWriting,
)
from tui.app.scanning import StoreScan
from tui.app.screens.main_view import MainView
from tui.app.session import ScanAhead, Session
from tui.app.tabs import FOCUS, TABS
from tui.app.views.rows import SORTABLE
from tui.app.views.sources import ALL
from tui.app.widgets.detail import CookieDetail
from tui.frozen import replace
from tui.model import Inspection
from tui.texts import Lang, say, tr
from tui.textsafe import printable

if TYPE_CHECKING:
    # Live mode and its timeline load with its first use (`w`, a recording), not with the app.
    from tui.app.live import LiveMode
    from tui.app.widgets.timeline import TimelinePanel

# From this many rows the layout is the full one; below, a short terminal's (app.tcss), and
# one toast at a time (CookiesApp.notify).
TALL_ROWS = 32


class MainScreen(MainView):
    AUTO_FOCUS = "#cookies"
    # A short terminal (80x24 is the usual one) gets a compact layout (app.tcss): the
    # sources as a strip without a frame; a very short one (60x15) also loses the header.
    # (Textual types it `ClassVar[...] | None`, which mypy takes for an instance variable.)
    VERTICAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-tiny"),
        (20, "-short"),
        (TALL_ROWS, "-tall"),
    ]

    BINDINGS = MAIN_BINDINGS

    def __init__(self, session: Session, lang: Lang = "en") -> None:
        super().__init__(session, lang)
        self.scan = StoreScan(session.scanner)
        self.deleting = Deleting(session.catalog, session.read_only, session.source)

    # Layout

    def compose(self) -> ComposeResult:
        # The height's breakpoint class, on before the widgets are styled: Textual puts it on
        # at the first Resize, which styled the whole screen a second time (it is kept then).
        height = self.app.size.height
        self.add_class(max(point for point in self.VERTICAL_BREAKPOINTS if height >= point[0])[1])
        yield from main_layout(self.session, self.deleting.may_fix)
        yield self.scan.data_bind(MainScreen.lang)
        yield self.deleting.data_bind(
            MainScreen.lang, MainScreen.waiting, MainScreen.shown, MainScreen.selected
        )

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """Textual's, each said in the screen's language (the footer reads these), less what
        the footer has no room for, and `v` for a report (it holds no value to reveal)."""
        app = self.app
        return footer_bindings(
            super().active_bindings, self.lang, self.session.holds_values, app.size.width, app
        )

    def on_resize(self) -> None:
        # The footer keeps what fits the new width.
        self.refresh_bindings()

    def on_mount(self) -> None:
        self.watch(self.table, "marked", self._marks_changed, init=False)
        self.watch_lang()
        # The first scan, when it was started before the app and has ended: its rows are in
        # the first frame drawn.
        ahead = self.session.ahead
        inspection = ahead.ready() if ahead is not None else None
        if inspection is not None:
            self._scanned(inspection)
        else:
            self.rescan(ahead)
        if self.session.report is not None and self.session.report.recording is not None:
            self.call_after_refresh(self._replay)
        # Start-up is over once this first frame is drawn: the collector comes back.
        self.call_after_refresh(release)

    async def _replay(self) -> None:
        """A recording's timeline, as its watch ran, in the timeline tab brought to the front."""
        from tui.app.live_tab import replay

        timeline = (await self.live_mode()).timeline
        await replay(self.panels, timeline, self.session.report, self.catalog, self.lang)

    # Scanning

    def rescan(self, ahead: ScanAhead | None = None) -> None:
        """Read the stores again, or wait for the first scan if it is still under way."""
        self.waiting = True
        self.status = say("scanning")
        self.scan.start(self.session.now(), ahead)

    def on_scan_progress(self, message: ScanProgress) -> None:
        store = printable(message.store, 80)
        self.status = say("reading", index=message.index + 1, total=message.total, store=store)

    def on_scan_done(self, message: ScanDone) -> None:
        self._scanned(message.inspection)

    def _scanned(self, inspection: Inspection) -> None:
        self.status = None
        self.waiting = False
        self.inspection = inspection

    def on_scan_failed(self, message: ScanFailed) -> None:
        self.waiting = False
        self.status = say("scan.failed", reason=message.reason)

    def on_stores_writing(self, message: StoresWriting) -> None:
        self.waiting = True

    def on_stores_changed(self, message: StoresChanged) -> None:
        self.rescan()

    def key_help(self) -> list[tuple[str, str, str]]:
        """(key, description, tooltip) of each binding, for the help screen; read-only,
        without the keys that cannot work then."""
        app, session = self.app, self.session
        return main_key_help(
            self.BINDINGS, self.lang, app.get_key_display, self.read_only, session.can_watch
        )

    # Events

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        # Typing a filter also leaves a finding's cookies.
        self.view = replace(self.view, needle=event.value, spotlight=None)

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.table.focus()

    @on(OptionList.OptionHighlighted, "#sources")
    def _source_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # Re-listing the sources highlights the same one again: nothing to redo then.
        source = event.option_id or ALL
        if source != self.view.source:
            self.view = replace(self.view, source=source, spotlight=None)

    @on(DataTable.RowHighlighted, "#cookies")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        # Where the cursor is now, not the event's row: highlight events trail the cursor, and
        # a stale one must not mask a value revealed after it moved.
        self.current = self.table.current_key

    @on(DataTable.RowSelected, "#cookies")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        # The table refuses marks when read-only (`markable`).
        if event.row_key.value is not None:
            self.table.toggle(event.row_key.value)

    @on(DataTable.HeaderSelected, "#cookies")
    def _header_selected(self, event: DataTable.HeaderSelected) -> None:
        column = event.column_key.value
        if column in SORTABLE:
            self.view = self.view.sorted_by(column)

    def on_finding_selected(self, message: FindingSelected) -> None:
        spotlight = message.finding if message.finding.cookies else None
        self.view = replace(self.view, spotlight=spotlight)

    def on_delete_requested(self, message: DeleteRequested) -> None:
        """A finding's fix: its cookies, after the deletion dialog (`u` undoes it)."""
        every = self.inspection.cookies if self.inspection is not None else ()
        self.deleting.delete_fix(message.cookies, every)

    def on_confirm_deletion(self, message: ConfirmDeletion) -> None:
        """Deleting asks: the dialog, its answer back to it."""
        from tui.app.screens.confirm_delete import ConfirmDelete

        reply = message.reply
        dialog = ConfirmDelete.asked(message, self.lang)
        self.app.push_screen(dialog, lambda yes: reply(bool(yes)))

    # Actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reveal":
            return self.query_one("#detail", CookieDetail).can_reveal(self.current_cookie)
        if self.read_only and action in WRITING:
            return False
        if action == "toggle_mark":
            return True if self.shown else None
        if action in DELETE_ACTIONS:
            return self.deleting.check(action)
        if action in LIVE_ACTIONS:
            watching = self.live is not None and self.live.watching
            return live_action_on(action, self.session.can_watch, watching)
        if action == "show_tab":
            # The tabs are there only beside cookies (not in the empty state).
            return self.inspection is not None and bool(self.inspection.cookies)
        return True

    async def action_show_tab(self, tab: str) -> None:
        """Open a tab below the table, and give the focus to what it lists: the table beside
        Details, the findings list, the consent text (arrows scroll it)."""
        if tab not in TABS:
            return
        if await self.panels.open(tab):
            # Made just now: it can take the focus once laid out, at the next refresh.
            self.call_after_refresh(self._focus_tab, tab)
        else:
            self._focus_tab(tab)

    def _focus_tab(self, tab: str) -> None:
        self.query_one(FOCUS[tab]).focus()

    def action_focus_filter(self) -> None:
        filter_box = self.query_one("#filter", Input)
        if filter_box.has_focus:
            # The binding goes first even in the filter: there `/` is a letter like any other.
            filter_box.insert_text_at_cursor("/")
            return
        # Focused now, not at the next idle as `Widget.focus()` does: the keys typed or pasted
        # right after `/` are already queued, and must reach the filter, not the table.
        self.set_focus(filter_box)

    def action_back(self) -> None:
        filter_box = self.query_one("#filter", Input)
        if self.view.spotlight is not None:
            self.view = replace(self.view, spotlight=None)
        elif filter_box.has_focus:
            self.table.focus()
        elif filter_box.value:
            filter_box.value = ""

    def action_sort(self) -> None:
        # Among the columns shown: a narrow screen leaves some out.
        self.view = self.view.next_sort(self.table.shown_columns)

    def action_sort_reverse(self) -> None:
        self.view = replace(self.view, reverse=not self.view.reverse)

    def action_reveal(self) -> None:
        # The cursor may be ahead of its highlight event: the detail follows it first.
        self.current = self.table.current_key
        self.query_one("#detail", CookieDetail).toggle_value()

    def hide_value(self) -> None:
        self.query_one("#detail", CookieDetail).revealed = None

    def action_toggle_mark(self) -> None:
        key = self.table.current_key
        if key is not None:
            self.table.toggle(key)

    def action_rescan(self) -> None:
        # Also for callers that skip check_action: read-only, there is nothing to read again.
        if not self.read_only:
            self.rescan()

    def action_delete_non_necessary(self) -> None:
        """The non-necessary cookies among those shown (profile and filter)."""
        if self.inspection is not None:
            shown = replace(self.inspection, cookies=tuple(self.visible_cookies()))
            self.deleting.delete_shown(shown)

    def action_delete_selected(self) -> None:
        """The selected cookies, whatever their category, shown or hidden by the filter."""
        if self.inspection is not None:
            self.deleting.delete_selected(self.selected_cookies, self.inspection.cookies)

    def action_undo(self) -> None:
        self.deleting.undo()

    # Live mode (tui.app.live: its worker, its timeline and that tab)

    async def live_mode(self) -> LiveMode:
        """Live mode, made and mounted the first time it is needed (`w`, a recording)."""
        if self.live is None:
            from tui.app.live import LiveMode

            self.live = LiveMode(self.session, self.panels)
            self.live.set_reactive(LiveMode.lang, self.lang)
            await self.mount(self.live)
        return self.live

    async def action_live_start(self) -> None:
        if self.session.can_watch:
            await (await self.live_mode()).start()

    def action_live_stop(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live.show_timeline()

    def on_key(self, event: events.Key) -> None:
        # A report has no live mode (its `w` bindings are off): the key says why instead of
        # doing nothing.
        if event.key == "w" and self.read_only:
            event.stop()
            self.notify(tr(self.lang, "live.refused"), severity="warning", markup=False)

    def on_live_mode_updated(self, message: LiveMode.Updated) -> None:
        """The stores as live mode sees them now: the table, sources and tabs in place."""
        self._live_update = not message.first
        try:
            self.inspection = message.inspection
        finally:
            self._live_update = False
        if self.live is not None:
            self.live.shown(message)

    def on_live_mode_faded(self, message: LiveMode.Faded) -> None:
        self.refresh_rows()

    def on_timeline_panel_event_chosen(self, message: TimelinePanel.EventChosen) -> None:
        """Put the table's cursor on the event's cookie, showing every cookie if the filter,
        the source or a finding hid it."""
        detail = self.query_one("#detail", CookieDetail)
        key = self.live.chosen(message.number, detail, self.by_key) if self.live else None
        if key is None:
            return
        if key not in {cookie.id for cookie in self.shown_cookies}:
            self.query_one("#filter", Input).value = ""
            if self.inspection is not None:
                self.sources.show(self.inspection.stores, self.by_store, self.lang, ALL)
            self.view = replace(self.view, needle="", source=ALL, spotlight=None)
        self.table.move_cursor(row=self.table.get_row_index(key), animate=False)
        self.current = key
