"""Deleting the cookies a finding's fix names: plan, ask, write in a thread, say what
happened, rescan.

A minimal stand-in behind MainScreen.request_delete until the app's own deletion flow (the
delete-ui branch) is merged; that flow can then serve request_delete and this module go.
The writing modules are imported only when a deletion is asked for, so the app starts no
slower. A report opened with `open` is read-only: nothing here runs for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

from tui.app.screens.confirm import ConfirmScreen
from tui.app.strings import tr
from tui.model import Cookie
from tui.textsafe import printable

if TYPE_CHECKING:
    from tui.app.screens.main import MainScreen
    from tui.deletion import Plan, Result


def confirm_body(plan: Plan, lang: str) -> RenderableType:
    """The cookies the plan deletes, what follows for the necessary ones, and the way back."""
    lines: list[RenderableType] = []
    for item in plan.items:
        cookie = item.cookie
        line = Text().append(printable(cookie.raw.name, 60), style="bold")
        line.append(" ")
        line.append(
            tr(
                lang,
                "fd.on",
                host=printable(cookie.raw.host),
                store=printable(cookie.store.id, 80),
            )
        )
        lines.append(line)
        twin = _twin(cookie, plan.kept)
        if twin is not None:
            # The other copy keeps doing the cookie's work: the catalogue's warning is moot.
            stays = tr(lang, "fd.twin", host=printable(twin.raw.host))
            lines.append(Text("  " + stays, style="green"))
        elif item.necessary and item.effect is not None:
            effect = item.effect.get(lang) or item.effect.get("en") or ""
            lines.append(Text("  " + tr(lang, "fd.effect", text=effect), style="yellow"))
    lines += [Text(""), Text(tr(lang, "fd.backup"), style="dim")]
    return Group(*lines)


def _twin(cookie: Cookie, kept: Sequence[Cookie]) -> Cookie | None:
    """A cookie of the same name that stays in the same jar (store, container, partition)."""
    raw = cookie.raw
    return next(
        (
            other
            for other in kept
            if other.store.id == cookie.store.id
            and other.raw.name == raw.name
            and other.raw.container == raw.container
            and other.raw.partition == raw.partition
        ),
        None,
    )


def request_delete(screen: MainScreen, cookies: Sequence[Cookie]) -> None:
    """Ask, then delete `cookies` from their stores (a backup of each first), then rescan."""
    from tui.deletion import plan_picked

    app = screen.cookies_app
    lang = app.lang
    if app.read_only:
        screen.notify(tr(lang, "read-only"), severity="warning")
        return
    if screen.inspection is None or not cookies:
        return
    plan = plan_picked(cookies, app.catalog, screen.inspection.cookies)
    for store, reason in plan.skipped:
        screen.notify(
            tr(lang, "fd.skipped", store=printable(store.id, 80), reason=reason),
            severity="warning",
        )
    if not plan.items:
        return

    def answered(yes: bool | None) -> None:
        if yes:
            screen.run_worker(
                lambda: _delete(screen, plan),
                thread=True,
                group="delete",
                exclusive=True,
                exit_on_error=False,
            )

    count = len(plan.items)
    title = tr(lang, "fd.title.one") if count == 1 else tr(lang, "fd.title", count=count)
    app.push_screen(ConfirmScreen(title, confirm_body(plan, lang), lang), answered)


def _delete(screen: MainScreen, plan: Plan) -> None:
    """The worker: write the plan; any failure becomes a one-line notification."""
    from tui.deletion import delete
    from tui.stores.backup import BackupError
    from tui.stores.delete import WriteError
    from tui.stores.guard import BrowserRunning

    app = screen.cookies_app
    try:
        result = delete(plan)
    except (BrowserRunning, BackupError, WriteError, OSError) as exc:
        reason = printable(str(exc), 300)
        app.call_from_thread(
            screen.notify, tr(app.lang, "fd.failed", reason=reason), severity="error"
        )
        return
    app.call_from_thread(_deleted, screen, result)


def _deleted(screen: MainScreen, result: Result) -> None:
    lang = screen.cookies_app.lang
    if result.deleted:
        count = len(result.deleted)
        done = tr(lang, "fd.done.one") if count == 1 else tr(lang, "fd.done", count=count)
        screen.notify(done)
    for outcome in result.outcomes:
        reason = outcome.error or outcome.audit_error
        if reason:
            store = printable(outcome.store.id, 80)
            screen.notify(
                tr(lang, "fd.store-failed", store=store, reason=printable(reason, 300)),
                severity="error" if outcome.error else "warning",
                timeout=10,
            )
    screen.rescan()
