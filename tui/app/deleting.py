"""Deleting from the app: plan, check, confirm, write, say; and undo the last deletion.

`Deleting` is a non-visual widget of the main screen, which calls it with plain data (the
cookies shown, the selection, a finding's cookies) and hears back through messages; it never
knows the screen. Every decision is the domain's (tui.deletion). Checking for a running browser,
writing and undoing touch the stores, so each is a thread worker posting its result:

    delete_*  -> plan, or say there is nothing to delete
              -> worker: which browsers run    -> DeletePlanned -> ConfirmDeletion (to the
                                                                  screen, which opens the dialog)
    yes       -> StoresWriting (to the screen) -> worker: write -> Deleted -> say the outcome
                                                               -> StoresChanged (to the screen)
    undo      -> StoresWriting                 -> worker: undo  -> Undone  -> say, StoresChanged

Only one check, dialog, write or undo is under way at a time (`busy`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from textual import work
from textual.app import SystemCommand
from textual.notifications import SeverityLevel
from textual.reactive import var

from tui.app.jobs import Jobs
from tui.app.messages import (
    ConfirmDeletion,
    Deleted,
    DeletePlanned,
    StoresChanged,
    StoresWriting,
    Undone,
)
from tui.catalog import Catalog
from tui.model import Cookie, Inspection, Store
from tui.present import deletion_text as wording
from tui.texts import Lang, Said, tr
from tui.textsafe import printable

if TYPE_CHECKING:
    # The writing modules load on the first deletion, not with the app (as for the CLI).
    from tui.audit import AuditLog
    from tui.deletion import Plan, Result
    from tui.source import Source
    from tui.stores.backup import Backups

GROUP = "deleting"
NON_NECESSARY = "delete_non_necessary"
SELECTED = "delete_selected"
UNDO = "undo"
# The screen's own bindings; FIX is the findings tab's `f`, which asks through `available`.
ACTIONS = (NON_NECESSARY, SELECTED, UNDO)
FIX = "fix"


def copies_that_stay(plan: Plan, lang: Lang) -> list[str]:
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


class Deleting(Jobs):
    """What runs now, and what the last deletion undoes."""

    FAILED = "delete.unexpected"
    FAILED_TIMEOUT = 12

    # Bound to the main screen's: whether its table waits (shows as loading), how many rows it
    # shows and how many are selected. With `busy`, they decide what may start now.
    waiting = var(False, init=False)
    shown = var(0, init=False)
    selected = var(0, init=False)
    # A check, a dialog, a write or an undo is under way.
    busy = var(False, init=False, bindings=True)
    # What "undo" restores: the stores the last deletion changed (those not put back yet).
    last: var[Result | None] = var(None, init=False, bindings=True)

    def __init__(self, catalog: Catalog, read_only: bool, source: Source) -> None:
        super().__init__()
        self.catalog = catalog
        self.read_only = read_only
        # Where backups and the audit log go: the run's source (a demo's own state dir, or
        # the user's).
        self.source = source

    def _state(self) -> tuple[Backups, AuditLog]:
        return self.source.backups(), self.source.audit_log()

    # What may be done now (the screen's check_action, the palette, the findings tab)

    def check(self, action: str) -> bool | None:
        """For check_action: True allowed; None shown but not now; False hidden.

        One key, d, stands for both deletions: the selection decides which one it is now.
        """
        if action in (NON_NECESSARY, SELECTED) and (action == SELECTED) != bool(self.selected):
            return False
        return self.available(action)

    def available(self, action: str) -> bool | None:
        if self.read_only:
            return False
        if action == UNDO:
            if self.last is None:
                return False
            return None if self.busy else True
        if action == SELECTED and not self.selected:
            return False
        if self.busy or self.waiting:
            return None
        if action == NON_NECESSARY and not self.shown:
            return None
        return True

    def commands(self, run: Mapping[str, Callable[[], object]]) -> Iterable[SystemCommand]:
        """The palette's commands for the actions `run` maps, as `available` allows them now
        (both deletions included)."""
        lang = self.lang
        titles = {
            NON_NECESSARY: ("cmd.delete-non-necessary", "cmd.delete-non-necessary.help"),
            SELECTED: ("cmd.delete-selected", "cmd.delete-selected.help"),
            UNDO: ("cmd.undo", "cmd.undo.help"),
        }
        for action, (title, help_text) in titles.items():
            if self.available(action):
                yield SystemCommand(tr(lang, title), tr(lang, help_text), run[action])

    def may_fix(self) -> bool | None:
        """Whether a finding's fix may start now (None: not while another one is under way)."""
        return self.available(FIX)

    # Deleting

    def delete_shown(self, shown: Inspection) -> None:
        """The non-necessary cookies among those `shown` (profile and filter); unclassified
        ones stay."""
        from tui.deletion import plan_deletion

        # Also for callers that skip check_action: read-only, busy and loading still hold.
        if self.available(NON_NECESSARY):
            self._ask(plan_deletion(shown, self.catalog), "confirm.title.non-necessary", True)

    def delete_selected(self, selected: Sequence[Cookie], every: Sequence[Cookie]) -> None:
        """The `selected` cookies of `every` one scanned, whatever their category."""
        from tui.deletion import plan_picked

        if self.available(SELECTED):
            plan = plan_picked(selected, self.catalog, every)
            # A copy left unselected keeps doing the cookie's work: said as for a fix.
            self._ask(plan, "confirm.title.selected", False, copies_that_stay(plan, self.lang))

    def delete_fix(self, cookies: Sequence[Cookie], every: Sequence[Cookie]) -> None:
        """A finding's fix: exactly `cookies` (the parent-domain copies of a duplicated cookie),
        through the same dialog, which names the copy that stays."""
        from tui.deletion import plan_picked

        if self.read_only:
            self._notify(tr(self.lang, "read-only"), "warning")
            return
        if not cookies or not self.available(FIX):
            return
        plan = plan_picked(cookies, self.catalog, every)
        self._ask(plan, "confirm.title.fix", False, copies_that_stay(plan, self.lang))

    def _ask(self, plan: Plan, title: str, kept_hint: bool, notes: Sequence[str] = ()) -> None:
        lang = self.lang
        if not plan.items:
            reasons = " ".join(wording.skipped(lang, store, why) for store, why in plan.skipped)
            message = (
                tr(lang, "delete.skipped-only", reasons=reasons)
                if reasons
                else tr(lang, "delete.nothing")
            )
            self._notify(message, "warning")
            return
        self.busy = True
        self._check_running(plan, title, kept_hint, notes)

    @work(thread=True, exclusive=True, exit_on_error=False, group=GROUP)
    def _check_running(self, plan: Plan, title: str, kept_hint: bool, notes: Sequence[str]) -> None:
        from tui.deletion import running_stores

        running = [store for store, _ in running_stores(plan)]
        self.post_message(DeletePlanned(plan, running, title, kept_hint, notes))

    def on_delete_planned(self, message: DeletePlanned) -> None:
        message.stop()
        plan, running = message.plan, message.running
        self.post_message(
            ConfirmDeletion(
                self.catalog,
                plan,
                running,
                tr(self.lang, message.title),
                message.kept_hint,
                message.notes,
                lambda yes: self._answered(plan, running, yes),
            )
        )

    def _answered(self, plan: Plan, running: Sequence[Store], yes: bool) -> None:
        if not yes:
            self.busy = False
            return
        backups, log = self._state()
        # Exactly what the dialog said: the stores it showed as left stay out, even if their
        # browser was closed meanwhile.
        self.post_message(StoresWriting())
        self._write(plan.leaving(running), running, backups, log)

    @work(thread=True, exclusive=True, exit_on_error=False, group=GROUP)
    def _write(
        self,
        plan: Plan,
        left: Sequence[Store],
        backups: Backups | None,
        log: AuditLog | None,
    ) -> None:
        from tui.deletion import delete

        # A store whose browser started after the dialog is left as it is, in its outcome.
        self.post_message(Deleted(delete(plan, backups, log), left))

    def on_deleted(self, message: Deleted) -> None:
        from tui.deletion import Result

        message.stop()
        self.busy = False
        lang, result = self.lang, message.result
        done = tuple(item for item in result.outcomes if item.deleted)
        if done:
            self.last = Result(done)
            backups = (item.backup.id for item in done if item.backup)
            self._notify(wording.deleted(lang, len(result.deleted), len(done), backups))
        # Left at the dialog, or found running when its turn came: both wait for the browser.
        running = [*message.left, *(item.store for item in result.outcomes if item.running)]
        for store in running:
            self._notify(wording.left_running(lang, store), "warning", tr(lang, "delete.left"))
        self._store_errors(
            [
                (item.store, item.error)
                for item in result.outcomes
                if item.error and not item.running
            ],
            tr(lang, "delete.failed"),
        )
        self._store_errors(
            [(item.store, item.audit_error) for item in done if item.audit_error],
            tr(lang, "delete.audit"),
            "warning",
        )
        self.post_message(StoresChanged())

    # Undoing

    def undo(self) -> None:
        last = self.last
        if last is None or not self.available(UNDO):
            return
        self.busy = True
        self.post_message(StoresWriting())
        self._undo(last, *self._state())

    @work(thread=True, exclusive=True, exit_on_error=False, group=GROUP)
    def _undo(self, last: Result, backups: Backups | None, log: AuditLog | None) -> None:
        from tui.deletion import undo

        self.post_message(Undone(undo(last, backups, log)))

    def on_undone(self, message: Undone) -> None:
        from tui.deletion import Result

        message.stop()
        self.busy = False
        lang, done = self.lang, message.done
        failed = tuple(item for item, _, error in done if error is not None)
        # What could not be put back stays undoable: close the browser and press u again.
        self.last = Result(failed) if failed else None
        restored = [(item, back) for item, back, _ in done if back is not None]
        if restored:
            cookies = sum(len(item.deleted) for item, _ in restored)
            replaced = (back.replaced.id for _, back in restored if back.replaced)
            self._notify(wording.undone(lang, cookies, len(restored), replaced))
        self._store_errors(
            [(item.store, error) for item, _, error in done if error is not None],
            tr(lang, "undo.failed"),
        )
        self._store_errors(
            [(o.store, back.audit_error) for o, back in restored if back.audit_error],
            tr(lang, "delete.audit"),
            "warning",
        )
        self.post_message(StoresChanged())

    # Plumbing

    def failed(self, reason: str) -> None:
        """A worker raised what the domain does not (said already): show the stores as they
        are."""
        self.busy = False
        self.post_message(StoresChanged())

    def _store_errors(
        self,
        errors: Sequence[tuple[Store, Said | None]],
        title: str,
        severity: SeverityLevel = "error",
    ) -> None:
        for store, error in errors:
            self._notify(wording.store_failed(self.lang, store, error), severity, title)

    def _notify(
        self, message: str, severity: SeverityLevel = "information", title: str = ""
    ) -> None:
        # Store text (profile names, paths) may hold markup: never parsed.
        self.notify(message, title=title, severity=severity, timeout=12, markup=False)
