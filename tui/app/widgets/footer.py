"""The footer: Textual's, recomposed once for the bindings changes made before it is redrawn.

Textual's Footer answers each `refresh_bindings` by queueing one more recompose (its
`bindings_changed` calls `call_after_refresh(self.recompose)` every time), and the main screen
changes a dozen reactive attributes marked `bindings=True` while it starts (the language, the
inspection, the rows shown, the cursor's row, Deleting's bound copies...): 11 footers of a
dozen keys were built and thrown away by the time the demo's populated table had been
refreshed once, 1,113 DOM nodes made by then against 310 with one build per refresh (most of
them after the first row is on the terminal: the time to it did not measurably change, at
load 1, interleaved). One recompose, queued by the first change
and made after the next refresh, reads the bindings as they are then, the last change's
included; a change made while it runs queues the next one.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class CookiesFooter(Footer):
    """A Footer whose pending recompose stands for every bindings change made until it runs."""

    def __init__(self) -> None:
        super().__init__()
        self._queued = False

    def bindings_changed(self, screen: Screen[object]) -> None:
        if self._queued:
            return
        self._queued = True
        # Runs just before the recompose Footer queues now: any change after this one (even
        # while the recompose awaits its removals) queues a recompose of its own.
        self.call_after_refresh(self._dequeue)
        super().bindings_changed(screen)

    def _dequeue(self) -> None:
        self._queued = False
