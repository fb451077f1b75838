"""The main screen: the sources on top, then the filter, the summary, the cookie table and,
below it, tabbed panels: Details, Findings and Consent.

The screen holds only view state (filter, sort, chosen source, revealed row). The data is one
Inspection from the domain, read in a thread worker; the screen appears at once and fills in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import (
    ContentSwitcher,
    DataTable,
    Footer,
    Header,
    Input,
    OptionList,
    Static,
    TabbedContent,
    TabPane,
)
from textual.worker import Worker, WorkerState, get_current_worker

from tui.app import explain
from tui.app.bindings import binding, localize
from tui.app.deleting import ACTIONS as DELETE_ACTIONS
from tui.app.deleting import FIX, Deleting
from tui.app.deleting import GROUP as DELETE_GROUP
from tui.app.diagnosis import banner, consent_page, report_value
from tui.app.messages import (
    DeleteRequested,
    FindingSelected,
    ScanDone,
    ScanProgress,
    SelectionChanged,
)
from tui.app.view import (
    COLUMNS,
    SORTABLE,
    header,
    matches,
    problems,
    row_cells,
    short_source,
    sort_cookies,
    store_notice,
)
from tui.app.widgets.cookie_table import CookieTable
from tui.app.widgets.findings import FindingsPanel
from tui.app.widgets.panels import TextPanel
from tui.app.widgets.sources import ALL, SourcesList
from tui.catalog import Catalog
from tui.inspection import Progress
from tui.model import ConsentCookie, Cookie, Finding, Inspection, StoreRef, cookie_id
from tui.present.labels import summary
from tui.texts import tr
from tui.textsafe import printable

if TYPE_CHECKING:
    from tui.app.app import CookiesApp

# Reads the stores: (progress callback, the moment findings are judged at) -> Inspection.
Scanner = Callable[[Progress, datetime], Inspection]

# What a report opened with `open` cannot do: it has no store to read again or to write to.
# Hidden from the footer, the help and the palette there, and refused if asked for anyway.
WRITING = frozenset({"rescan", "toggle_mark", *DELETE_ACTIONS})

DETAILS_TAB = "tab-details"
FINDINGS_TAB = "tab-findings"
CONSENT_TAB = "tab-consent"


class MainScreen(Screen[None]):
    AUTO_FOCUS = "#cookies"

    BINDINGS: ClassVar[list[BindingType]] = [
        binding("q", "app.quit", "quit"),
        binding("slash", "focus_filter", "filter"),
        binding("s", "sort", "sort"),
        binding("S", "sort_reverse", "sort-reverse", show=False),
        binding("v", "reveal", "reveal"),
        binding("space", "toggle_mark", "select"),
        # One key: check_action shows whichever of the two the selection calls for.
        binding("d", "delete_non_necessary", "delete-non-necessary"),
        binding("d", "delete_selected", "delete-selected"),
        binding("u", "undo", "undo"),
        binding("r", "rescan", "rescan"),
        binding("l", "app.toggle_language", "language"),
        binding("question_mark,f1", "app.help", "help"),
        binding("escape", "back", "back", show=False),
    ]

    def __init__(self, catalog: Catalog, scanner: Scanner, home: Path | None) -> None:
        super().__init__()
        self.catalog = catalog
        self.scanner = scanner
        self.home = home
        self.inspection: Inspection | None = None
        self.by_key: dict[str, Cookie] = {}
        self.by_store: dict[str, list[Cookie]] = {}
        self.needle = ""
        self.sort: str | None = None
        self.reverse = False
        self.revealed: str | None = None
        # The highlighted source: a store id, or ALL.
        self.source = ALL
        # The scan's state as a strings key and its values, so a language switch redoes it.
        self.status: tuple[str, dict[str, object]] | None = None
        self.consents: tuple[ConsentCookie, ...] = ()
        # A finding whose cookies alone the table shows (enter on a finding; escape ends it).
        self.spotlight: Finding | None = None
        self.deleting = Deleting(self)

    @property
    def cookies_app(self) -> CookiesApp:
        from tui.app.app import CookiesApp

        assert isinstance(self.app, CookiesApp)
        return self.app

    @property
    def lang(self) -> str:
        return self.cookies_app.lang

    @property
    def read_only(self) -> bool:
        return self.cookies_app.read_only

    # Layout

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="banner", markup=False)
        with Vertical(id="body"):
            yield SourcesList(id="sources")
            with Vertical(id="main"):
                yield Input(id="filter", compact=True)
                yield Static("", id="summary", markup=False)
                yield Static("", id="notice", markup=False)
                with ContentSwitcher(initial="list", id="switcher"):
                    with Vertical(id="list"):
                        yield CookieTable(id="cookies")
                        with TabbedContent(id="panels"):
                            with TabPane(tr("en", "tab.details"), id=DETAILS_TAB):
                                yield TextPanel(id="detail")
                            with TabPane(tr("en", "tab.findings", count=0), id=FINDINGS_TAB):
                                yield FindingsPanel(
                                    id="findings", can_fix=lambda: self.deleting.available(FIX)
                                )
                            with TabPane(tr("en", "tab.consent"), id=CONSENT_TAB):
                                yield TextPanel(id="consent")
                    yield TextPanel(id="empty")
        yield Footer()

    @property
    def table(self) -> CookieTable:
        return self.query_one("#cookies", CookieTable)

    @property
    def sources(self) -> SourcesList:
        return self.query_one("#sources", SourcesList)

    def on_mount(self) -> None:
        self.table.markable = not self.read_only
        self.apply_lang()
        self.rescan()

    # Scanning

    def rescan(self) -> None:
        self.table.loading = True
        self.status = ("scanning", {})
        self._show_summary()
        self._scan(self.cookies_app.now())

    @work(thread=True, exclusive=True, exit_on_error=False, group="scan")
    def _scan(self, now: datetime) -> None:
        worker = get_current_worker()

        def progress(index: int, total: int, ref: StoreRef) -> None:
            if not worker.is_cancelled:
                self.post_message(ScanProgress(index, total, f"{ref.browser}/{ref.profile}"))

        inspection = self.scanner(progress, now)
        if not worker.is_cancelled:
            self.post_message(ScanDone(inspection))

    def on_scan_progress(self, message: ScanProgress) -> None:
        store = printable(message.store, 80)
        self.status = (
            "reading",
            {"index": message.index + 1, "total": message.total, "store": store},
        )
        self._show_summary()

    def on_scan_done(self, message: ScanDone) -> None:
        self.show_inspection(message.inspection)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR and event.worker.group == DELETE_GROUP:
            self.deleting.failed(event.worker.error)
            return
        if event.worker.group != "scan" or event.state is not WorkerState.ERROR:
            return
        # Never a traceback: the reason in one line, in the app.
        error = event.worker.error
        reason = printable(f"{type(error).__name__}: {error}", 300)
        self.table.loading = False
        self.status = ("scan.failed", {"reason": reason})
        self._show_summary()
        # Exception and store text may hold markup ("[/]"): a toast must never parse it.
        self.notify(
            tr(self.lang, "scan.failed", reason=reason),
            severity="error",
            timeout=10,
            markup=False,
        )

    def show_inspection(self, inspection: Inspection) -> None:
        self.inspection = inspection
        self.status = None
        self.by_key = {cookie_id(cookie): cookie for cookie in inspection.cookies}
        self.consents = inspection.consents
        if self.spotlight not in inspection.findings:
            self.spotlight = None
        grouped: dict[str, list[Cookie]] = defaultdict(list)
        for cookie in inspection.cookies:
            grouped[cookie.store.id].append(cookie)
        self.by_store = dict(grouped)
        self.table.keep_only(set(self.by_key))
        self.table.loading = False
        if self.source not in {store.id for store in inspection.stores}:
            self.source = ALL
        self.sources.show(inspection.stores, self.by_store, self.lang, self.source)
        switcher = self.query_one("#switcher", ContentSwitcher)
        if inspection.cookies:
            switcher.current = "list"
        else:
            switcher.current = "empty"
            self._show_empty()
        self.refresh_rows()
        self._show_diagnosis()
        trouble = problems(inspection.stores, self.lang)
        if any(store.error for store in inspection.stores):
            self.notify(
                tr(self.lang, "scan.store-errors", problems=trouble),
                severity="warning",
                markup=False,
            )

    # Rows

    def visible_cookies(self) -> list[Cookie]:
        if self.inspection is None:
            return []
        source = self.source
        if self.spotlight is not None:
            involved = set(self.spotlight.cookies)
            shown = [c for c in self.inspection.cookies if cookie_id(c) in involved]
        else:
            shown = [
                cookie
                for cookie in self.inspection.cookies
                if (source == ALL or cookie.store.id == source)
                and matches(self.catalog, cookie, self.needle, self.lang)
            ]
        return sort_cookies(self.catalog, shown, self.sort, self.reverse)

    def refresh_rows(self) -> None:
        """Rebuild the table from the inspection, the filter, the source and the sort."""
        if self.inspection is None:
            return
        now = self.cookies_app.now()
        columns = [
            (column.key, header(column, self.lang, self.sort, self.reverse), column.width)
            for column in COLUMNS
        ]
        if self.read_only:
            # Nothing can be selected in a report: no ✓ over the mark column to click.
            key, _, width = columns[0]
            columns[0] = (key, Text(""), width)
        stores = self.inspection.stores
        rows = [
            (
                cookie_id(cookie),
                row_cells(self.catalog, cookie, self.lang, now, short_source(cookie.store, stores)),
            )
            for cookie in self.visible_cookies()
        ]
        table = self.table
        table.populate(columns, rows, cursor=table.current_key)
        # What may be revealed or selected changed: the footer re-asks check_action.
        self.refresh_bindings()
        self._show_summary()
        self._show_notice()
        self._show_detail()

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
        line = Text()
        if self.status is not None or self.inspection is None:
            key, values = self.status or ("scanning", {})
            line.append(tr(self.lang, key, **values), style="italic")
        else:
            every = self.inspection.cookies
            shown = self.table.row_count
            if not every:
                pass  # the empty state says it all
            elif self.spotlight is not None:
                code = printable(self.spotlight.code, 60)
                line.append(tr(self.lang, "spotlight", count=shown, code=code), style="bold")
            elif not shown and self.needle.strip():
                line.append(tr(self.lang, "no-match"), style="yellow")
            elif not shown:
                line.append(tr(self.lang, "no-cookie-here"), style="dim")
            elif shown < len(every):
                visible = self.visible_cookies()
                line.append(
                    tr(
                        self.lang,
                        "counts.filtered",
                        shown=shown,
                        count=len(every),
                        summary=summary(self.catalog, visible, self.lang),
                    )
                )
            else:
                line.append(
                    tr(
                        self.lang,
                        "counts" if len(self.by_store) != 1 else "counts.one-store",
                        count=len(every),
                        stores=len(self.by_store),
                        summary=summary(self.catalog, every, self.lang),
                    )
                )
            if self.table.marked:
                line.append("  ·  ")
                line.append(
                    tr(self.lang, "selected", count=len(self.table.marked)), style="bold cyan"
                )
        self.query_one("#summary", Static).update(line)

    def _show_notice(self) -> None:
        notice = self.query_one("#notice", Static)
        text = Text()
        if self.inspection is not None:
            store = next((s for s in self.inspection.stores if s.id == self.source), None)
            if store is not None:
                text = store_notice(store, self.by_store.get(store.id, ()), self.lang, self.home)
            else:
                trouble = problems(self.inspection.stores, self.lang)
                if trouble:
                    text = Text(tr(self.lang, "problems", problems=trouble), style="yellow")
        notice.update(text)
        notice.display = bool(text.plain)

    def _show_detail(self) -> None:
        panel = self.query_one("#detail", TextPanel)
        cookie = self.current_cookie
        if cookie is None:
            panel.show(Text(tr(self.lang, "detail.none"), style="dim"))
            return
        revealed = self.revealed == cookie_id(cookie)
        report = self.cookies_app.report
        value = None
        if report is not None:
            value = report_value(cookie, report.value_hashes.get(cookie_id(cookie)), self.lang)
        panel.show(
            explain.detail(
                self.catalog, cookie, self.lang, self.cookies_app.now(), revealed, self.home, value
            )
        )

    def _show_diagnosis(self) -> None:
        """The findings tab (its label counts them), the consent tab and a report's banner."""
        lang = self.lang
        report = self.cookies_app.report
        shown = self.query_one("#banner", Static)
        shown.display = report is not None
        if report is not None:
            shown.update(banner(report, self.catalog.version, lang))
        if self.inspection is None:
            return
        findings = self.inspection.findings
        stores = self.inspection.stores
        panel = self.query_one("#findings", FindingsPanel)
        panel.show(findings, self.by_key, stores, lang, self.read_only)
        panels = self.query_one("#panels", TabbedContent)
        panels.get_tab(FINDINGS_TAB).label = tr(lang, "tab.findings", count=len(findings))
        panels.get_tab(CONSENT_TAB).label = tr(lang, "tab.consent")
        page = consent_page(self.consents, self.inspection, lang, self.cookies_app.now())
        self.query_one("#consent", TextPanel).show(page)

    def _show_empty(self) -> None:
        if self.inspection is not None:
            self.query_one("#empty", TextPanel).show(
                explain.empty_state(
                    self.catalog, self.inspection, self.lang, self.home, self.read_only
                )
            )

    def apply_lang(self) -> None:
        """Every label in the current language (called on mount and on each toggle)."""
        lang = self.lang
        localize(self, lang)
        self.query_one("#filter", Input).placeholder = tr(lang, "filter.placeholder")
        self.sources.border_title = tr(lang, "sources")
        panels = self.query_one("#panels", TabbedContent)
        panels.get_tab(DETAILS_TAB).label = tr(lang, "tab.details")
        if self.inspection is not None:
            self.sources.show(self.inspection.stores, self.by_store, lang, self.source)
            self._show_empty()
        self.refresh_rows()
        self._show_summary()
        self._show_diagnosis()

    def key_help(self) -> list[tuple[str, str, str]]:
        """(key, description, tooltip) of each binding, for the help screen; in a report,
        without the keys that cannot work there."""
        seen: set[str] = set()
        keys = []
        for _, item in self._bindings:
            if item.id is None or item.id in seen:
                continue
            if self.read_only and item.action in WRITING:
                continue
            seen.add(item.id)
            shown = [
                self.app.get_key_display(other)
                for _, other in self._bindings
                if other.id == item.id
            ]
            keys.append((" ".join(shown), item.description, item.tooltip))
        return keys

    # Events

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.needle = event.value
        self.spotlight = None
        self.refresh_rows()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.table.focus()

    @on(OptionList.OptionHighlighted, "#sources")
    def _source_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # Re-listing the sources highlights the same one again: nothing to redo then.
        source = event.option_id or ALL
        if source != self.source:
            self.source = source
            self.spotlight = None
            self.refresh_rows()

    @on(DataTable.RowHighlighted, "#cookies")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        # Compared with where the cursor is now, not with the event's row: highlight events
        # trail the cursor, and a stale one must not mask a value revealed after it moved.
        if self.revealed is not None and self.revealed != self.table.current_key:
            self.revealed = None
        self.refresh_bindings()
        self._show_detail()

    @on(DataTable.RowSelected, "#cookies")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        # The table refuses marks in a report (`markable`).
        if event.row_key.value is not None:
            self.table.toggle(event.row_key.value)

    @on(DataTable.HeaderSelected, "#cookies")
    def _header_selected(self, event: DataTable.HeaderSelected) -> None:
        column = event.column_key.value
        if column not in SORTABLE:
            return
        if column == self.sort:
            self.reverse = not self.reverse
        else:
            self.sort, self.reverse = column, False
        self.refresh_rows()

    def on_selection_changed(self, message: SelectionChanged) -> None:
        self._show_summary()
        # d deletes the selection when there is one, the non-necessary cookies otherwise.
        self.refresh_bindings()

    def on_finding_selected(self, message: FindingSelected) -> None:
        self.spotlight = message.finding if message.finding.cookies else None
        self.refresh_rows()

    def on_delete_requested(self, message: DeleteRequested) -> None:
        self.request_delete(message.cookies)

    def request_delete(self, cookies: list[Cookie]) -> None:
        """A finding's fix: delete `cookies` after the deletion dialog (`u` undoes it);
        refused in a read-only report."""
        self.deleting.delete_fix(cookies)

    # Actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reveal":
            # None shows the key dimmed: there is nothing to reveal here.
            cookie = self.current_cookie
            if cookie is not None and self.cookies_app.report is not None:
                return True  # it says that the value is not in the report
            return True if cookie is not None and cookie.raw.value is not None else None
        if self.read_only and action in WRITING:
            return False
        if action == "toggle_mark":
            return True if self.table.row_count else None
        if action in DELETE_ACTIONS:
            return self.deleting.check(action)
        return True

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_back(self) -> None:
        filter_box = self.query_one("#filter", Input)
        if self.spotlight is not None:
            self.spotlight = None
            self.refresh_rows()
        elif filter_box.has_focus:
            self.table.focus()
        elif filter_box.value:
            filter_box.value = ""

    def action_sort(self) -> None:
        position = SORTABLE.index(self.sort) + 1 if self.sort in SORTABLE else 0
        self.sort = SORTABLE[position % len(SORTABLE)]
        self.reverse = False
        self.refresh_rows()

    def action_sort_reverse(self) -> None:
        self.reverse = not self.reverse
        self.refresh_rows()

    def action_reveal(self) -> None:
        cookie = self.current_cookie
        if cookie is None:
            return
        if self.cookies_app.report is not None:
            self.notify(tr(self.lang, "report.no-value"), markup=False)
            return
        key = cookie_id(cookie)
        self.revealed = None if self.revealed == key else key
        self._show_detail()

    def hide_value(self) -> None:
        if self.revealed is not None:
            self.revealed = None
            self._show_detail()

    def action_toggle_mark(self) -> None:
        key = self.table.current_key
        if key is not None:
            self.table.toggle(key)

    def action_rescan(self) -> None:
        # Also for callers that skip check_action: a report has nothing to read again.
        if not self.read_only:
            self.rescan()

    def action_delete_non_necessary(self) -> None:
        self.deleting.delete_non_necessary()

    def action_delete_selected(self) -> None:
        self.deleting.delete_selected()

    def action_undo(self) -> None:
        self.deleting.undo()
