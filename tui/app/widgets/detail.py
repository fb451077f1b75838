"""The details tab: the highlighted cookie in full, the catalogue's explanation beside what the
store holds. Its value is masked until revealed (v), and stays revealed only while that cookie
is the one shown; a report holds no value, and says so instead.
"""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.reactive import var

from tui.app.session import Session
from tui.app.views.details import detail
from tui.app.widgets.panels import TextPanel
from tui.model import Cookie
from tui.texts import Lang, tr


class CookieDetail(TextPanel):
    # The id of the cookie whose value is shown, or None: every value is masked.
    revealed: var[str | None] = var(None, init=False)

    def __init__(self, session: Session, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.session = session
        self.cookie: Cookie | None = None
        self.lang: Lang = "en"
        # Above the cookie when it is shown as it was at a recorded event, not as it is now.
        self.heading: Text | None = None

    def show_cookie(self, cookie: Cookie | None, lang: Lang, heading: Text | None = None) -> None:
        """Show `cookie` (None: no row is highlighted) in `lang`, under `heading` if given; a
        value revealed is masked again unless it is the same cookie's (as read again by a
        rescan, say)."""
        if self.revealed is not None and (cookie is None or cookie.id != self.revealed):
            self.set_reactive(CookieDetail.revealed, None)
        self.cookie, self.lang, self.heading = cookie, lang, heading
        self._draw()

    def can_reveal(self, cookie: Cookie | None) -> bool | None:
        """For `v` on `cookie`: True when there is a value to show, or a report to say it
        lacks one; None (shown dimmed) when there is nothing to reveal."""
        if cookie is None:
            return None
        return True if cookie.raw.value is not None or not self.session.holds_values else None

    def toggle_value(self) -> None:
        cookie = self.cookie
        if cookie is None:
            return
        if not self.session.holds_values:
            self.notify(tr(self.lang, "report.no-value"), markup=False)
            return
        key = cookie.id
        self.revealed = None if self.revealed == key else key

    def watch_revealed(self, revealed: str | None) -> None:
        self._draw()
        if revealed is not None:
            # The value is drawn first (views.details.detail): scrolled there, it is on screen.
            self.scroll_home(animate=False)

    def _draw(self) -> None:
        cookie = self.cookie
        if cookie is None:
            self.show(Text(tr(self.lang, "detail.none"), style="dim"))
            return
        session, lang = self.session, self.lang
        revealed = self.revealed == cookie.id
        value = session.value_line(cookie, lang)
        shown = detail(session.catalog, cookie, lang, session.now(), revealed, session.home, value)
        self.show(Group(self.heading, Text(""), shown) if self.heading is not None else shown)
