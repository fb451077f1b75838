"""Deleting from the app: plan, check, confirm, write, report, rescan; and undo the last one.

The main screen's actions, the palette and a finding's fix (`f`) call into `Deleting`; every
decision is the domain's (tui.deletion). Checking for a running browser and writing touch the
stores, so both run in thread workers and come back to the UI through `call_from_thread`: the
UI never waits on a store. Only one check, dialog, write or undo is under way at a time
(`busy`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias, TypeVar

from textual.app import SystemCommand
from textual.notifications import SeverityLevel

from tui.app.screens.confirm_delete import ConfirmDelete, counted
from tui.model import Cookie, Store
from tui.texts import Said, tr
from tui.textsafe import printable

if TYPE_CHECKING:
    # The writing modules load on the first deletion, not with the app (as for the CLI).
    from tui.app.screens.main import MainScreen
    from tui.audit import AuditLog
    from tui.deletion import Plan, Restored, Result, StoreOutcome
    from tui.stores.backup import Backups

GROUP = "deleting"
NON_NECESSARY = "delete_non_necessary"
SELECTED = "delete_selected"
UNDO = "undo"
# The screen's own bindings; FIX is the findings tab's `f`, which asks through `available`.
ACTIONS = (NON_NECESSARY, SELECTED, UNDO)
FIX = "fix"

# What undo() returns: each store, what was put back (or None) and why not.
Undone: TypeAlias = "list[tuple[StoreOutcome, Restored | None, Said | None]]"
T = TypeVar("T")


def _ids(backups: Iterable[str]) -> str:
    return ", ".join(backups)


def copies_that_stay(plan: Plan, lang: str) -> list[str]:
    """For each cookie the plan deletes while a same-name copy stays in the same jar: a line
    naming that copy. It keeps doing the cookie's work, so the catalogue's "if deleted"
    warning does not apply; the dialog says so."""
    from tui.deletion import copies_that_stay as pairs

    lines = []
    for item, twin in pairs(plan):
        key = "confirm.stays.necessary" if item.necessary else "confirm.stays"
        name, host = printable(item.cookie.raw.name, 60), printable(twin.raw.host, 80)
        lines.append(tr(lang, key, name=name, host=host))
    return lines


class Deleting:
    """The deletion state of the main screen: what runs now, and what the last deletion undoes."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self.busy = False
        # What "undo" restores: the stores the last deletion changed (those not put back yet).
        self.last: Result | None = None

    @property
    def lang(self) -> str:
        return self.screen.lang

    def _state(self) -> tuple[Backups | None, AuditLog | None]:
        """Where backups and the audit log go: the app's state dir (the demo's own), or the
        user's state dir when None."""
        from tui.audit import AuditLog
        from tui.stores.backup import Backups

        state: Path | None = self.screen.cookies_app.state_dir
        if state is None:
            return None, None
        return Backups(state / "backups"), AuditLog(state / "audit.jsonl")

    # What may be done now (the screen's check_action, the palette)

    def check(self, action: str) -> bool | None:
        """For check_action: True allowed; None shown but not now; False hidden.

        One key, d, stands for both deletions: the selection decides which one it is now.
        """
        if action in (NON_NECESSARY, SELECTED) and (action == SELECTED) != self._selection:
            return False
        return self.available(action)

    @property
    def _selection(self) -> bool:
        return bool(self.screen.table.marked)

    def available(self, action: str) -> bool | None:
        screen = self.screen
        if screen.read_only:
            return False
        if action == UNDO:
            if self.last is None:
                return False
            return None if self.busy else True
        if action == SELECTED and not self._selection:
            return False
        if self.busy or screen.table.loading:
            return None
        if action == NON_NECESSARY and not screen.table.row_count:
            return None
        return True

    def commands(self) -> Iterable[SystemCommand]:
        """The palette's commands, as `available` allows them now (both deletions included)."""
        lang = self.lang
        run = {
            NON_NECESSARY: self.delete_non_necessary,
            SELECTED: self.delete_selected,
            UNDO: self.undo,
        }
        for action, key in (
            (NON_NECESSARY, "delete-non-necessary"),
            (SELECTED, "delete-selected"),
            (UNDO, "undo"),
        ):
            if self.available(action):
                title, help_text = tr(lang, f"cmd.{key}"), tr(lang, f"cmd.{key}.help")
                yield SystemCommand(title, help_text, run[action])

    # Deleting

    def delete_non_necessary(self) -> None:
        """Non-necessary cookies among those shown (profile and filter); unclassified stay."""
        from tui.deletion import plan_deletion

        screen = self.screen
        # Also for callers that skip check_action: read-only, busy and loading still hold.
        if screen.inspection is None or not self.available(NON_NECESSARY):
            return
        shown = replace(screen.inspection, cookies=tuple(screen.visible_cookies()))
        self._ask(plan_deletion(shown, screen.catalog), "confirm.title.non-necessary", True)

    def delete_selected(self) -> None:
        """The selected cookies, whatever their category, shown or hidden by the filter."""
        from tui.deletion import plan_picked

        screen = self.screen
        if screen.inspection is None or not self.available(SELECTED):
            return
        plan = plan_picked(screen.selected_cookies, screen.catalog, screen.inspection.cookies)
        self._ask(plan, "confirm.title.selected", False)

    def delete_fix(self, cookies: Sequence[Cookie]) -> None:
        """A finding's fix: exactly `cookies` (the parent-domain copies of a duplicated cookie),
        through the same dialog, which names the copy that stays."""
        from tui.deletion import plan_picked

        screen = self.screen
        if screen.read_only:
            self._notify(tr(self.lang, "read-only"), "warning")
            return
        if screen.inspection is None or not cookies or not self.available(FIX):
            return
        plan = plan_picked(cookies, screen.catalog, screen.inspection.cookies)
        self._ask(plan, "confirm.title.fix", False, copies_that_stay(plan, self.lang))

    def _ask(self, plan: Plan, title: str, kept_hint: bool, notes: Sequence[str] = ()) -> None:
        from tui.deletion import running_stores

        lang = self.lang
        if not plan.items:
            reasons = " ".join(
                tr(lang, "confirm.skipped", store=printable(store.id), why=why)
                for store, why in plan.skipped
            )
            message = (
                tr(lang, "delete.skipped-only", reasons=reasons)
                if reasons
                else tr(lang, "delete.nothing")
            )
            self._notify(message, "warning")
            return

        def confirm(running: list[Store]) -> None:
            dialog = ConfirmDelete(
                self.screen.catalog, plan, running, lang, tr(lang, title), kept_hint, notes
            )
            self.busy = True
            self.screen.app.push_screen(
                dialog, lambda yes: self._answered(plan, running, bool(yes))
            )

        self._in_thread(lambda: [store for store, _ in running_stores(plan)], confirm)

    def _answered(self, plan: Plan, running: Sequence[Store], yes: bool) -> None:
        self.busy = False
        self.screen.refresh_bindings()
        if yes:
            backups, log = self._state()
            # Exactly what the dialog said: the stores it showed as left stay out, even if
            # their browser was closed meanwhile.
            writable = plan.leaving(running)
            self.screen.table.loading = True
            self._in_thread(
                lambda: self._write(writable, backups, log),
                lambda result: self._deleted(result, running),
            )

    @staticmethod
    def _write(plan: Plan, backups: Backups | None, log: AuditLog | None) -> Result:
        from tui.deletion import delete

        # A store whose browser started after the dialog is left as it is, in its outcome.
        return delete(plan, backups, log)

    def _deleted(self, outcome: Result, left: Sequence[Store]) -> None:
        from tui.deletion import Result

        lang = self.lang
        done = tuple(item for item in outcome.outcomes if item.deleted)
        if done:
            self.last = Result(done)
            self._notify(
                tr(
                    lang,
                    "delete.done",
                    cookies=counted(lang, "cookie", len(outcome.deleted)),
                    profiles=counted(lang, "profile", len(done)),
                    backups=_ids(item.backup.id for item in done if item.backup),
                )
            )
        # Left at the dialog, or found running when its turn came: both wait for the browser.
        running = [*left, *(item.store for item in outcome.outcomes if item.running)]
        for store in running:
            message = tr(
                lang,
                "delete.left.store",
                store=printable(store.id),
                browser=printable(store.ref.browser, 40),
            )
            self._notify(message, "warning", tr(lang, "delete.left"))
        self._store_errors(
            [
                (item.store, item.error)
                for item in outcome.outcomes
                if item.error and not item.running
            ],
            tr(lang, "delete.failed"),
        )
        self._store_errors(
            [(item.store, item.audit_error) for item in done if item.audit_error],
            tr(lang, "delete.audit"),
            "warning",
        )
        self.screen.rescan()

    # Undoing

    def undo(self) -> None:
        from tui.deletion import undo

        last = self.last
        if last is None or not self.available(UNDO):
            return
        backups, log = self._state()
        self.screen.table.loading = True
        self._in_thread(lambda: undo(last, backups, log), self._undone)

    def _undone(self, done: Undone) -> None:
        from tui.deletion import Result

        lang = self.lang
        failed = tuple(outcome for outcome, _, error in done if error is not None)
        # What could not be put back stays undoable: close the browser and press u again.
        self.last = Result(failed) if failed else None
        restored = [(outcome, back) for outcome, back, _ in done if back is not None]
        if restored:
            self._notify(
                tr(
                    lang,
                    "undo.done",
                    cookies=counted(
                        lang, "cookie", sum(len(outcome.deleted) for outcome, _ in restored)
                    ),
                    profiles=counted(lang, "profile", len(restored)),
                    backups=_ids(back.replaced.id for _, back in restored if back.replaced),
                )
            )
        self._store_errors(
            [(outcome.store, error) for outcome, _, error in done if error is not None],
            tr(lang, "undo.failed"),
        )
        self._store_errors(
            [(o.store, back.audit_error) for o, back in restored if back.audit_error],
            tr(lang, "delete.audit"),
            "warning",
        )
        self.screen.rescan()

    # Plumbing

    def failed(self, error: BaseException | None) -> None:
        """A worker raised what the domain does not: say so, and show the stores as they are."""
        self.busy = False
        reason = printable(f"{type(error).__name__}: {error}", 300)
        self._notify(tr(self.lang, "delete.unexpected", reason=reason), "error")
        self.screen.rescan()

    def _in_thread(self, work: Callable[[], T], then: Callable[[T], None]) -> None:
        """Runs `work` in a thread worker, then `then(result)` back on the UI."""
        self.busy = True
        self.screen.refresh_bindings()
        app = self.screen.app

        def run() -> None:
            result = work()
            app.call_from_thread(self._finish, then, result)

        self.screen.run_worker(run, thread=True, group=GROUP, exit_on_error=False)

    def _finish(self, then: Callable[[T], None], result: T) -> None:
        self.busy = False
        self.screen.refresh_bindings()
        then(result)

    def _store_errors(
        self,
        errors: Sequence[tuple[Store, Said | None]],
        title: str,
        severity: SeverityLevel = "error",
    ) -> None:
        for store, error in errors:
            message = tr(
                self.lang,
                "delete.store-failed",
                store=printable(store.id),
                error=printable(error.text(self.lang) if error else "", 400),
            )
            self._notify(message, severity, title)

    def _notify(
        self, message: str, severity: SeverityLevel = "information", title: str = ""
    ) -> None:
        # Store text (profile names, paths) may hold markup: never parsed.
        self.screen.notify(message, title=title, severity=severity, timeout=12, markup=False)
