"""The app: one main screen over one session (the stores, or a report), in one language."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.notifications import SeverityLevel
from textual.reactive import var
from textual.screen import Screen

from tui.app.deleting import NON_NECESSARY, SELECTED, UNDO
from tui.app.screens.main import TALL_ROWS, MainScreen
from tui.app.session import Clock, ScanAhead, Scanner, Session, StoreScanner, utc_now
from tui.app.themes import THEMES
from tui.catalog import Catalog
from tui.frozen import Frozen
from tui.source import Source
from tui.texts import LANGS, Lang, other, tr

if TYPE_CHECKING:
    from tui.report import LoadedReport

# The notifications kept in `CookiesApp.notified`.
NOTIFIED_KEPT = 200


class Notice(Frozen):
    """One notification the app made (what its toast says)."""

    message: str
    title: str
    severity: SeverityLevel


class CookiesApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "saemes-cookies"
    NOTIFICATION_TIMEOUT = 6

    # The language of every label; switching redraws the screen in it.
    lang: var[Lang] = var("en", init=False)

    def __init__(
        self,
        catalog: Catalog,
        scanner: Scanner,
        *,
        lang: Lang = "en",
        clock: Clock = utc_now,
        home: Path | None = None,
        demo: bool = False,
        screenshot_dir: Path | None = None,
        theme: str = "saemes",
        report: LoadedReport | None = None,
        read_only: bool = False,
        source: Source | None = None,
        ahead: ScanAhead | None = None,
    ) -> None:
        super().__init__()
        self.session = Session(
            catalog,
            scanner,
            clock=clock,
            home=home,
            source=source or Source(),
            demo=demo,
            report=report,
            writable=not read_only,
            # A scanner that knows where the stores are can also watch them (live mode).
            locate=scanner.locate if isinstance(scanner, StoreScanner) else None,
            ahead=ahead,
        )
        self.catalog = catalog
        self.screenshot_dir = screenshot_dir
        # What the app has told the person, oldest first: each toast's text as it was made,
        # whether or not it is still on screen (tests read it; toasts expire).
        self.notified: deque[Notice] = deque(maxlen=NOTIFIED_KEPT)
        for item in THEMES:
            self.register_theme(item)
        self.theme = theme
        self.set_reactive(CookiesApp.lang, lang if lang in LANGS else "en")
        self.main_screen = MainScreen(self.session, self.lang)

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    @property
    def home(self) -> Path | None:
        return self.session.home

    @property
    def state_dir(self) -> Path:
        return self.session.source.state_dir

    def get_default_screen(self) -> MainScreen:
        # The main screen is the first on the stack, not pushed over Textual's default one:
        # that empty screen beneath it was laid out again with it at every resize (a resize
        # goes to every screen of the stack, and each lays out the screens behind it): 11
        # layouts before the demo's first row was drawn, 5 now (counted with cProfile).
        return self.main_screen

    def on_mount(self) -> None:
        self._show_titles()
        # SIGTERM ends the app as `q` does: through the event loop, so that the terminal is
        # restored and nothing is cut in the middle of Textual's own code (a SystemExit raised
        # there ended as a "Task exception was never retrieved" traceback). The command line's
        # handler (tui/cli) is put back once the app is gone, for the demo home's removal.
        self._sigterm_before = signal.getsignal(signal.SIGTERM)
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            # Windows' loops have no signal handlers; nor has a loop outside the main thread.
            asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, self._terminated)

    def on_unmount(self) -> None:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            removed = asyncio.get_running_loop().remove_signal_handler(signal.SIGTERM)
            if removed and self._sigterm_before is not None:
                signal.signal(signal.SIGTERM, self._sigterm_before)

    def _terminated(self) -> None:
        # 128 + the signal's number, as a shell reports a process a signal ended.
        self.exit(return_code=128 + signal.SIGTERM)

    def watch_lang(self, lang: Lang) -> None:
        self._show_titles()
        self.main_screen.lang = lang

    def _show_titles(self) -> None:
        subtitle = tr(self.lang, "subtitle", site=self.catalog.site)
        if self.session.demo:
            subtitle += f" · {tr(self.lang, 'demo')}"
        self.sub_title = subtitle

    def set_lang(self, lang: Lang) -> None:
        self.lang = lang

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        self.notified.append(Notice(message, title, severity))
        if self.size.height < TALL_ROWS:
            # A short terminal (80x24) has no room for a stack of toasts over the table: the
            # newest replaces the others (each stays in `notified`).
            self.clear_notifications()
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def action_toggle_language(self) -> None:
        self.set_lang(other(self.lang))

    def action_help(self) -> None:
        from tui.app.screens.help import HelpScreen  # loaded on the first `?`, not with the app

        if not isinstance(self.screen, HelpScreen):
            keys = self.main_screen.key_help()
            self.push_screen(HelpScreen(self.catalog, keys, self.lang, self.read_only))

    def action_rescan(self) -> None:
        if not self.read_only:
            self.main_screen.rescan()

    def action_export_screenshot(self) -> None:
        # A revealed value is a secret: mask it before anything leaves the app.
        self.main_screen.hide_value()
        self.call_after_refresh(self._save_screenshot)

    def _save_screenshot(self) -> None:
        directory = self.screenshot_dir or Path.cwd()
        try:
            name = self.save_screenshot(path=str(directory))
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            self.notify(
                tr(self.lang, "screenshot.failed", reason=reason), severity="error", markup=False
            )
            return
        # The folder's name is the person's: it may hold "[" and "]".
        self.notify(tr(self.lang, "screenshot.saved", path=name), markup=False)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        lang = self.lang
        if not self.read_only:
            yield SystemCommand(
                tr(lang, "cmd.rescan"), tr(lang, "cmd.rescan.help"), self.action_rescan
            )
        yield SystemCommand(
            tr(lang, "cmd.language"), tr(lang, "cmd.language.help"), self.action_toggle_language
        )
        yield SystemCommand(
            tr(lang, "cmd.screenshot"),
            tr(lang, "cmd.screenshot.help"),
            # After the palette has closed, so that it is not in the picture.
            lambda: self.set_timer(0.1, self.action_export_screenshot),
        )
        yield SystemCommand(tr(lang, "cmd.help"), tr(lang, "cmd.help.help"), self.action_help)
        main = self.main_screen
        yield from main.deleting.commands(
            {
                NON_NECESSARY: main.action_delete_non_necessary,
                SELECTED: main.action_delete_selected,
                UNDO: main.action_undo,
            }
        )
        for command in super().get_system_commands(screen):
            # Textual's own screenshot would export a revealed value as it is.
            if command.title != "Screenshot":
                yield command
