"""Where the app's background work runs: non-visual widgets whose `@work(thread=True, ...)`
methods read or write the stores, so the UI never waits on one, and post messages back.

A job that raises what the domain does not is said in one notification, never a traceback:
`Jobs` has the app's one Worker.StateChanged handler, and each kind of job says what failed
(`FAILED`) and recovers (`failed`).
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.reactive import var
from textual.widget import Widget
from textual.worker import Worker, WorkerState

from tui.texts import Lang, tr
from tui.textsafe import printable


class Jobs(Widget):
    # The text key of the notification, with a {reason} placeholder.
    FAILED: ClassVar[str]
    FAILED_TIMEOUT: ClassVar[float] = 10

    # The language notifications are made in (bound to the screen's).
    lang: var[Lang] = var("en", init=False)

    def __init__(self) -> None:
        super().__init__()
        self.display = False

    @on(Worker.StateChanged)
    def _job_state(self, event: Worker.StateChanged) -> None:
        if event.state is not WorkerState.ERROR:
            return
        error = event.worker.error
        reason = printable(f"{type(error).__name__}: {error}", 300)
        # Exception and store text may hold markup ("[/]"): a toast must never parse it.
        self.notify(
            tr(self.lang, self.FAILED, reason=reason),
            severity="error",
            timeout=self.FAILED_TIMEOUT,
            markup=False,
        )
        self.failed(reason)

    def failed(self, reason: str) -> None:
        """After the notification: put the widget's state right."""
