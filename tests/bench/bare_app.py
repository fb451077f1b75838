"""The yardstick for the app's start: a bare Textual app with the first screen's kinds of widgets.

    python tests/bench/bare_app.py

A header, a list of sources (OptionList), a filter (Input), a table (DataTable) above three
tabs (TabbedContent) and a footer, in the same places as the app's main screen, the table
filled from memory with the demo's 18 rows in its eight columns. Nothing is read, classified
or explained: what is left is the cost of Textual itself (importing it, composing, the first
frames), which the app cannot go below. The benchmark (tests/bench/app_start.py) times both
from the start of the process to the first table row on a terminal.

Not the app's code: nothing here is imported by tui/, and it imports nothing from tui/.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import (
    DataTable,
    Footer,
    Header,
    Input,
    OptionList,
    Static,
    TabbedContent,
    TabPane,
)

# The demo's cookies as the app's first rows show them (name, scope, category, consent,
# expiry, store, flags): the same count and widths, typed out here, not read.
_NAMES = (
    ("_ga", ".saemes.fr", "statistical"),
    ("_ga_ABC123", ".saemes.fr", "statistical"),
    ("_gid", ".saemes.fr", "statistical"),
    ("csrftoken", ".saemes.fr", "necessary"),
    ("_pk_id.1.abcd", "opendata.saemes.fr", "statistical"),
    ("_pk_ses.1.abcd", "opendata.saemes.fr", "statistical"),
    ("cookies_preferences", "opendata.saemes.fr", "necessary"),
    ("csrftoken", "opendata.saemes.fr", "necessary"),
    ("django_language", "opendata.saemes.fr", "necessary"),
    ("ods_session", "opendata.saemes.fr", "unclassified"),
    ("sessionid", "opendata.saemes.fr", "necessary"),
    ("_ga", ".saemes.fr", "statistical"),
    ("_gid", ".saemes.fr", "statistical"),
    ("csrftoken", "opendata.saemes.fr", "necessary"),
    ("django_language", "opendata.saemes.fr", "necessary"),
    ("mystery", "opendata.saemes.fr", "unclassified"),
    ("sessionid", "opendata.saemes.fr", "necessary"),
    ("tracker", "opendata.saemes.fr", "unclassified"),
)
ROWS = [
    (" ", name, scope, category, "—", "in 13 months", "Chromium/Personal", "Secure HttpOnly")
    for name, scope, category in _NAMES
]
COLUMNS = ("✓", "Name", "Scope", "Category", "Consent", "Expires", "Store", "Flags")


class BareApp(App[None]):
    CSS = """
    #body { layout: horizontal; }
    #sources { width: 40; }
    #cookies { height: 1fr; }
    #panels { height: 1fr; }
    """
    BINDINGS: ClassVar = [("q", "quit", "Quit"), ("slash", "filter", "Filter")]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="body"):
            yield OptionList("All profiles", "Chromium/Personal", "Firefox/default", id="sources")
            with Vertical(id="main"):
                yield Input(placeholder="Filter by name, domain, category", id="filter")
                yield DataTable(id="cookies", cursor_type="row")
                with TabbedContent(id="panels"):
                    with TabPane("Details"):
                        yield Static("The cookie under the cursor.")
                    with TabPane("Findings"):
                        yield Static("What the scan found.")
                    with TabPane("Consent"):
                        yield Static("The consent banner's choice.")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(*COLUMNS)
        table.add_rows(ROWS)

    def action_filter(self) -> None:
        self.query_one(Input).focus()


if __name__ == "__main__":
    BareApp().run()
