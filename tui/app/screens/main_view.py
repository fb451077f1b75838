"""The main screen's state and what it shows of it: `MainView`, the base of MainScreen.

The state is a few reactive attributes (the language, the inspection, the scan's status,
whether the table waits, the table's view, the cursor's row, the counts); each watcher redraws
what depends on its attribute, from the view functions (tui.app.views) into the widgets
main_layout composed: the rows, the sources, the summary, the notice, the detail, the tabs'
diagnosis and the empty state. What changes the state (keys, clicks, the scan, deleting, live
mode) is MainScreen's (screens/main.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Input, Static

from tui.app.session import Session
from tui.app.tabs import DETAILS_TAB, Diagnosis, Panels
from tui.app.views.details import empty_state
from tui.app.views.rows import TableView, columns, summary_line, table_rows
from tui.app.views.sources import problems, sources_notice
from tui.app.widgets.cookie_table import CookieTable
from tui.app.widgets.detail import CookieDetail
from tui.app.widgets.panels import TextPanel
from tui.app.widgets.sources import SourcesList
from tui.model import Cookie, Inspection
from tui.texts import Lang, Said, tr

if TYPE_CHECKING:
    # Live mode and its timeline load with its first use (`w`, a recording), not with the app.
    from tui.app.live import LiveMode


class MainView(Screen[None]):
    """The state, its watchers, and the rows and texts they draw."""

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
        self.set_reactive(MainView.lang, lang)
        self.by_key: dict[str, Cookie] = {}
        self.by_store: Mapping[str, Sequence[Cookie]] = {}
        # The cookies the table shows, in its order.
        self.shown_cookies: list[Cookie] = []
        # Made the first time it is needed (live_mode).
        self.live: LiveMode | None = None
        # Set while live mode puts its picture of the stores in place: no toast for store
        # errors already said when it started.
        self._live_update = False
        # The notice and the empty state, once first shown (main_layout composes neither).
        self._notice: Static | None = None
        self._empty: TextPanel | None = None

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    @property
    def table(self) -> CookieTable:
        return self.query_one("#cookies", CookieTable)

    @property
    def panels(self) -> Panels:
        return self.query_one("#panels", Panels)

    @property
    def sources(self) -> SourcesList:
        return self.query_one("#sources", SourcesList)

    # Watchers: what each piece of state redraws

    def watch_inspection(self, inspection: Inspection | None) -> None:
        if inspection is None:
            return
        self.by_key = {cookie.id: cookie for cookie in inspection.cookies}
        self.by_store = inspection.by_store
        view = self.view.fitted(inspection)
        self.table.keep_only(set(self.by_key))
        self.sources.show(inspection.stores, self.by_store, self.lang, view.source)
        # The empty state first: it is mounted the first time there is nothing to list.
        self._show_empty()
        switcher = self.query_one("#switcher", ContentSwitcher)
        switcher.current = "list" if inspection.cookies else "empty"
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
        if self.live is not None:
            self.live.lang = lang  # it says its timeline again

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
        if self.live is not None:
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
        """The line above the table on what the sources shown cannot do (a store not read, a
        browser running), if any: the widget is mounted the first time there is one."""
        text = Text()
        if self.inspection is not None:
            stores, source = self.inspection.stores, self.view.source
            text = sources_notice(stores, source, self.by_store, self.lang, self.session.home)
        said = bool(text.plain)
        if self._notice is None:
            if not said:
                return
            self._notice = Static("", id="notice", markup=False)
            self.query_one("#main").mount(self._notice, before="#switcher")
        self._notice.update(text)
        self._notice.display = said

    def _show_detail(self) -> None:
        self.query_one("#detail", CookieDetail).show_cookie(self.current_cookie, self.lang)

    def _show_diagnosis(self) -> None:
        """The findings tab (its label counts them), the consent tab and a report's banner."""
        lang = self.lang
        banner = self.session.banner(lang)
        if banner is not None:  # a report's: its banner was composed (main_layout)
            self.query_one("#banner", Static).update(banner)
        if self.inspection is not None:
            now = self.session.now()
            diagnosis = Diagnosis(self.inspection, self.by_key, lang, self.read_only, now)
            self.panels.show_diagnosis(diagnosis)

    def _show_empty(self) -> None:
        """The empty state, said when there is nothing to list (else it is hidden, or was never
        made): mounted, hidden until the switcher shows it, the first time."""
        if self.inspection is None or self.inspection.cookies:
            return
        session = self.session
        page = empty_state(
            self.catalog, self.inspection, self.lang, session.home, self.read_only, session.demo
        )
        if self._empty is None:
            self._empty = TextPanel(id="empty")
            self._empty.display = False
            self.query_one("#switcher", ContentSwitcher).mount(self._empty)
        self._empty.show(page)
