"""What the app tests share: reading the screen as a person would, and driving it until idle.

Only public Textual APIs here (queries, widget contents, `active_bindings`); what the app has
notified is read from its own record, `CookiesApp.notified`.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import OptionList, Static, TabbedContent

from tui.app.app import CookiesApp
from tui.app.screens.confirm_delete import ConfirmDelete
from tui.app.screens.main import MainScreen
from tui.app.tabs import FINDINGS_TAB
from tui.app.widgets.cookie_table import CookieTable
from tui.app.widgets.findings import FindingsPanel
from tui.app.widgets.panels import TextPanel

SIZE = (120, 40)


AppFactory = Callable[..., CookiesApp]


@asynccontextmanager
async def running(app: CookiesApp) -> AsyncIterator[Pilot[int]]:
    """The app under a pilot at SIZE, once its first scan is on screen."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        yield pilot


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until the scan has finished and its result is on screen, columns measured."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    # DataTable measures its columns when its own message queue is idle; a screenshot taken
    # before that shows header-wide columns. No public flag or event says it is done, so the
    # private one is read here, never written (tests only).
    table = pilot.app.main_screen.table
    quiet = 0
    for _ in range(200):
        await pilot.pause()
        quiet = 0 if table._require_update_dimensions else quiet + 1
        if quiet == 2:
            return
    raise AssertionError("the table never finished measuring its columns")


def screen(app: CookiesApp) -> MainScreen:
    assert isinstance(app.screen, MainScreen)
    return app.screen


def table(app: CookiesApp) -> CookieTable:
    return screen(app).query_one("#cookies", CookieTable)


def plain(content: object) -> str:
    """What a person reads: the content rendered without styles (wide, so no wrapping)."""
    console = Console(width=400, file=io.StringIO(), color_system=None, legacy_windows=False)
    with console.capture() as capture:
        console.print(content)
    return "\n".join(line.rstrip() for line in capture.get().splitlines())


def text_of(app: CookiesApp, selector: str) -> str:
    widget = screen(app).query_one(selector)
    if isinstance(widget, TextPanel):
        widget = widget.body
    assert isinstance(widget, Static)
    return plain(widget.content)


def detail(app: CookiesApp) -> str:
    return text_of(app, "#detail")


def column(app: CookiesApp, key: str) -> list[str]:
    cells = table(app).get_column(key)
    return [cell.plain for cell in cells]


def header_x(app: CookiesApp, key: str) -> int:
    """The x offset, inside the table's border, of the middle of a column's header."""
    grid = table(app)
    x = 1
    for column_key, spec in grid.columns.items():
        width = spec.get_render_width(grid)
        if column_key.value == key:
            return x + width // 2
        x += width
    raise AssertionError(key)


def highlight(app: CookiesApp, name: str, store: str = "") -> None:
    """Put the cursor on the first row called `name` (of a store whose id contains `store`)."""
    grid = table(app)
    for index, row_key in enumerate(grid.rows):
        cookie = screen(app).by_key[str(row_key.value)]
        if cookie.raw.name == name and store in cookie.store.id:
            grid.move_cursor(row=index)
            return
    raise AssertionError(f"no row {name!r}")


def select(app: CookiesApp, name: str, store: str = "") -> None:
    highlight(app, name, store)
    key = table(app).current_key
    assert key is not None
    table(app).toggle(key)


def binding_texts(app: CookiesApp) -> set[str]:
    """The descriptions of the screen's active bindings (what the footer is built from)."""
    return {active.binding.description for active in app.screen.active_bindings.values()}


def messages(app: CookiesApp) -> list[str]:
    """Every notification so far, as `title: message`."""
    return [f"{notice.title}: {notice.message}" for notice in app.notified]


def toasts(app: CookiesApp) -> list[str]:
    """The text of each toast on screen (Toast is not exported: found by its type name)."""
    return [toast.render().plain for toast in app.screen.query("Toast")]  # type: ignore[union-attr]


async def idle(pilot: Pilot[Any]) -> None:
    """Until every worker (check, write, the rescan it starts) is done and shown."""
    app = pilot.app
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(worker.is_running for worker in app.workers):
            break
    await settle(pilot)


async def press(pilot: Pilot[Any], *keys: str) -> None:
    await pilot.press(*keys)
    await idle(pilot)


def dialog(app: CookiesApp) -> ConfirmDelete:
    assert isinstance(app.screen, ConfirmDelete), type(app.screen)
    return app.screen


def dialog_text(app: CookiesApp) -> str:
    return plain(dialog(app).query_one("#delete-body", Static).content)


def panel(app: CookiesApp) -> FindingsPanel:
    return screen(app).query_one("#findings", FindingsPanel)


def finding_lines(app: CookiesApp) -> list[str]:
    """Each entry of the findings list as one line (rendered wide, so none wraps)."""
    options = panel(app).query_one("#finding-list", OptionList)
    prompts = [options.get_option_at_index(i).prompt for i in range(options.option_count)]
    return [plain(prompt) for prompt in prompts]


def tab_label(app: CookiesApp, tab: str) -> str:
    return str(screen(app).query_one("#panels", TabbedContent).get_tab(tab).label)


async def open_tab(pilot: Pilot[Any], tab: str) -> None:
    """Click the tab, as a person would; the findings list then takes the focus."""
    await pilot.click(f"#--content-tab-{tab}")
    await pilot.pause()
    if tab == FINDINGS_TAB:
        panel(pilot.app).query_one("#finding-list", OptionList).focus()  # type: ignore[arg-type]
        await pilot.pause()
