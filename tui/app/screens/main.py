"""The main screen: the sources on top, then the filter, the summary, the cookie table and,
below it, tabbed panels: Details, Findings and Consent.

The screen holds only view state, as reactive attributes whose watchers redraw what depends on
them (the footer follows those marked `bindings=True`). The data is one Inspection from the
domain, read by a StoreScan worker; the screen appears at once and fills in. Deleting is a
non-visual child (`deleting`) that the screen calls with plain data and that answers with
messages. Whether the stores can be written to, and what a report shows instead of a value,
the screen asks the session.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import ActiveBinding
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import (
    ContentSwitcher,
    DataTable,
    Input,
    OptionList,
    Static,
    TabbedContent,
)

from tui.app.deleting import ACTIONS as DELETE_ACTIONS
from tui.app.deleting import Deleting
from tui.app.live import ACTIONS as LIVE_ACTIONS
from tui.app.live import LiveMode
from tui.app.live_tab import gone_note, open_timeline, replay, show_recorded, show_timeline
from tui.app.main_keys import MAIN_BINDINGS, WRITING, footer_bindings, main_key_help
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
from tui.app.screens.confirm_delete import ConfirmDelete
from tui.app.session import Session
from tui.app.tabs import DETAILS_TAB, FOCUS, TABS, show_diagnosis
from tui.app.views.details import empty_state
from tui.app.views.rows import SORTABLE, TableView, columns, summary_line, table_rows
from tui.app.views.sources import ALL, problems, sources_notice
from tui.app.views.timeline import late_note
from tui.app.widgets.cookie_table import CookieTable
from tui.app.widgets.detail import CookieDetail
from tui.app.widgets.panels import TextPanel
from tui.app.widgets.sources import SourcesList
from tui.app.widgets.timeline import TimelinePanel
from tui.frozen import replace
from tui.model import Cookie, Inspection
from tui.texts import Lang, Said, say, tr
from tui.textsafe import printable

# From this many rows the layout is the full one; below, a short terminal's (app.tcss), and
# one toast at a time (CookiesApp.notify).
TALL_ROWS = 32


class MainScreen(Screen[None]):
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

    # Every label, the footer's included.
    lang: var[Lang] = var("en", init=False, bindings=True)
    # What the last scan found (set again by each rescan, even when nothing changed).
    inspection: var[Inspection | None] = var(None, init=False, always_update=True, bindings=True)
    # The scan's state while there is one (the summary line says it), else None.
    status: var[Said | None] = var(None, init=False)
    # The table waits for a scan, a deletion or an undo (it shows as loading).
    waiting = var(False, init=False, bindings=True)
    # What the table shows of the inspection (filter, sort, source, a finding's cookies);
    # each change is one new view, and the rows are redrawn once for it.
    view = var(TableView(), init=False, always_update=True)
    # The highlighted row's key.
    current: var[str | None] = var(None, init=False, bindings=True)
    # How many rows are shown, and how many are selected.
    shown = var(0, init=False, bindings=True)
    selected = var(0, init=False, bindings=True)

    def __init__(self, session: Session, lang: Lang = "en") -> None:
        super().__init__()
        self.session = session
        self.catalog = session.catalog
        self.set_reactive(MainScreen.lang, lang)
        self.by_key: dict[str, Cookie] = {}
        self.by_store: Mapping[str, Sequence[Cookie]] = {}
        # The cookies the table shows, in its order.
        self.shown_cookies: list[Cookie] = []
        self.scan = StoreScan(session.scanner)
        self.deleting = Deleting(session.catalog, session.read_only, session.source)
        self.live = LiveMode(session)
        # Set while live mode puts its picture of the stores in place: no toast for store
        # errors already said when it started.
        self._live_update = False

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    # Layout

    def compose(self) -> ComposeResult:
        yield from main_layout(self.session, self.deleting.may_fix)
        yield self.scan.data_bind(MainScreen.lang)
        yield self.deleting.data_bind(
            MainScreen.lang, MainScreen.waiting, MainScreen.shown, MainScreen.selected
        )
        yield self.live.data_bind(MainScreen.lang)

    @property
    def table(self) -> CookieTable:
        return self.query_one("#cookies", CookieTable)

    @property
    def panels(self) -> TabbedContent:
        return self.query_one("#panels", TabbedContent)

    @property
    def sources(self) -> SourcesList:
        return self.query_one("#sources", SourcesList)

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
        self.rescan()
        if self.session.report is not None and self.session.report.recording is not None:
            self.call_after_refresh(self._replay)

    async def _replay(self) -> None:
        """A recording's timeline, as its watch ran, in the timeline tab brought to the front."""
        await replay(self.panels, self.live.timeline, self.session.report, self.catalog, self.lang)

    # Scanning

    def rescan(self) -> None:
        self.waiting = True
        self.status = say("scanning")
        self.scan.start(self.session.now())

    def on_scan_progress(self, message: ScanProgress) -> None:
        store = printable(message.store, 80)
        self.status = say("reading", index=message.index + 1, total=message.total, store=store)

    def on_scan_done(self, message: ScanDone) -> None:
        self.status = None
        self.waiting = False
        self.inspection = message.inspection

    def on_scan_failed(self, message: ScanFailed) -> None:
        self.waiting = False
        self.status = say("scan.failed", reason=message.reason)

    def on_stores_writing(self, message: StoresWriting) -> None:
        self.waiting = True

    def on_stores_changed(self, message: StoresChanged) -> None:
        self.rescan()

    # Watchers: what each piece of state redraws

    def watch_inspection(self, inspection: Inspection | None) -> None:
        if inspection is None:
            return
        self.by_key = {cookie.id: cookie for cookie in inspection.cookies}
        self.by_store = inspection.by_store
        view = self.view.fitted(inspection)
        self.table.keep_only(set(self.by_key))
        self.sources.show(inspection.stores, self.by_store, self.lang, view.source)
        switcher = self.query_one("#switcher", ContentSwitcher)
        switcher.current = "list" if inspection.cookies else "empty"
        self._show_empty()
        self.view = view  # the rows
        self._show_diagnosis()
        if any(store.error for store in inspection.stores) and not self._live_update:
            self.notify(
                tr(self.lang, "scan.store-errors", problems=problems(inspection.stores, self.lang)),
                severity="warning",
                markup=False,
            )

    def watch_lang(self) -> None:
        lang = self.lang
        self.query_one("#filter", Input).placeholder = tr(lang, "filter.placeholder")
        self.sources.border_title = tr(lang, "sources")
        self.panels.get_tab(DETAILS_TAB).label = tr(lang, "tab.details")
        if self.inspection is not None:
            self.sources.show(self.inspection.stores, self.by_store, lang, self.view.source)
            self._show_empty()
        self.refresh_rows()
        self._show_summary()
        self._show_diagnosis()
        self._show_timeline()

    def watch_waiting(self, waiting: bool) -> None:
        self.table.loading = waiting

    def watch_status(self) -> None:
        self._show_summary()

    def watch_view(self) -> None:
        self.refresh_rows()

    def watch_current(self) -> None:
        self._show_detail()

    def watch_selected(self) -> None:
        self._show_summary()

    def _marks_changed(self, marked: frozenset[str]) -> None:
        self.selected = len(marked)

    # Rows

    def visible_cookies(self) -> list[Cookie]:
        if self.inspection is None:
            return []
        return self.view.rows(self.catalog, self.inspection.cookies, self.lang)

    def refresh_rows(self) -> None:
        """Rebuild the table from the inspection, the filter, the source and the sort."""
        if self.inspection is None:
            return
        self.shown_cookies = self.visible_cookies()
        now, stores = self.session.now(), self.inspection.stores
        rows = table_rows(self.catalog, self.shown_cookies, self.lang, now, stores)
        rows = self.live.freshness.marked_rows(rows)
        table = self.table
        heads = columns(self.lang, self.view.sort, self.view.reverse, table.markable)
        table.populate(heads, rows, cursor=table.current_key)
        self.shown = len(rows)
        self._show_summary()
        self._show_notice()
        if self.current == table.current_key:
            self._show_detail()  # the same row, perhaps said anew
        else:
            self.current = table.current_key

    @property
    def selected_cookies(self) -> list[Cookie]:
        """The marked cookies, in scan order (for actions on the selection)."""
        marked = self.table.marked
        return [cookie for key, cookie in self.by_key.items() if key in marked]

    @property
    def current_cookie(self) -> Cookie | None:
        key = self.table.current_key
        return self.by_key.get(key) if key is not None else None

    # Texts

    def _show_summary(self) -> None:
        line = summary_line(
            self.catalog,
            self.lang,
            self.status,
            self.inspection,
            self.shown_cookies,
            self.view,
            self.selected,
        )
        self.query_one("#summary", Static).update(line)

    def _show_notice(self) -> None:
        notice = self.query_one("#notice", Static)
        text = Text()
        if self.inspection is not None:
            stores, source = self.inspection.stores, self.view.source
            text = sources_notice(stores, source, self.by_store, self.lang, self.session.home)
        notice.update(text)
        notice.display = bool(text.plain)

    def _show_detail(self) -> None:
        self.query_one("#detail", CookieDetail).show_cookie(self.current_cookie, self.lang)

    def _show_diagnosis(self) -> None:
        """The findings tab (its label counts them), the consent tab and a report's banner."""
        lang = self.lang
        banner = self.session.banner(lang)
        shown = self.query_one("#banner", Static)
        shown.display = banner is not None
        if banner is not None:
            shown.update(banner)
        if self.inspection is not None:
            now = self.session.now()
            show_diagnosis(self.panels, self.inspection, self.by_key, lang, self.read_only, now)

    def _show_empty(self) -> None:
        if self.inspection is not None:
            page = empty_state(
                self.catalog, self.inspection, self.lang, self.session.home, self.read_only
            )
            self.query_one("#empty", TextPanel).show(page)

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
            return self.live.check(action)
        if action == "show_tab":
            # The tabs are there only beside cookies (not in the empty state).
            return self.inspection is not None and bool(self.inspection.cookies)
        return True

    def action_show_tab(self, tab: str) -> None:
        """Open a tab below the table, and give the focus to what it lists: the table beside
        Details, the findings list, the consent text (arrows scroll it)."""
        if tab not in TABS:
            return
        self.panels.active = tab
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

    # Live mode

    async def action_live_start(self) -> None:
        if not self.session.can_watch:
            return
        await open_timeline(self.panels, self.lang)
        self.live.start()
        self._show_timeline()
        self.notify(tr(self.lang, "live.on"), markup=False)

    def action_live_stop(self) -> None:
        self.live.stop()
        self._show_timeline()

    def on_key(self, event: events.Key) -> None:
        # A report has no live mode (its `w` bindings are off): the key says why instead of
        # doing nothing.
        if event.key == "w" and self.read_only:
            event.stop()
            self.notify(tr(self.lang, "live.refused"), severity="warning", markup=False)

    def _show_timeline(self) -> None:
        show_timeline(self.panels, self.live.timeline, self.catalog, self.lang)

    def on_live_mode_updated(self, message: LiveMode.Updated) -> None:
        """The stores as live mode sees them now: the table, sources and tabs in place."""
        self._live_update = not message.first
        try:
            self.inspection = message.inspection
        finally:
            self._live_update = False
        self._show_timeline()
        note = late_note(self.live.timeline, self.lang) if message.first else None
        if note is not None:
            self.notify(note, timeout=12, markup=False)

    def on_live_mode_faded(self, message: LiveMode.Faded) -> None:
        self.refresh_rows()

    def on_timeline_panel_event_chosen(self, message: TimelinePanel.EventChosen) -> None:
        """Put the table's cursor on the event's cookie, showing every cookie if the filter,
        the source or a finding hid it."""
        event = self.live.timeline.event(message.number)
        if event is None:
            return
        if self.live.timeline.recorded:
            show_recorded(self.panels, self.query_one("#detail", CookieDetail), event, self.lang)
            return
        key = event.key
        if key not in self.by_key:
            self.notify(gone_note(event, self.lang), markup=False)
            return
        if key not in {cookie.id for cookie in self.shown_cookies}:
            self.query_one("#filter", Input).value = ""
            if self.inspection is not None:
                self.sources.show(self.inspection.stores, self.by_store, self.lang, ALL)
            self.view = replace(self.view, needle="", source=ALL, spotlight=None)
        self.table.move_cursor(row=self.table.get_row_index(key), animate=False)
        self.current = key
