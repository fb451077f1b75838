"""SIGTERM ends the app as `q` does, through its event loop (the terminal restored, nothing cut
in the middle of Textual's code), with 143; the command line's own handler is back afterwards,
for what runs after the app (the demo home's removal). A real SIGTERM sent to this process."""

from __future__ import annotations

import os
import signal
from types import FrameType

from tests.app.helpers import running
from tui.app.app import CookiesApp


async def test_sigterm_ends_the_app_with_143_and_gives_back_the_previous_handler(
    demo_app: CookiesApp,
) -> None:
    caught: list[int] = []

    # Stands for tui/cli's handler; also what keeps this test's process alive if the app
    # did not take the signal itself.
    def before(number: int, frame: FrameType | None) -> None:
        caught.append(number)

    previous = signal.signal(signal.SIGTERM, before)
    try:
        async with running(demo_app) as pilot:
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(100):
                if demo_app.return_code is not None:
                    break
                await pilot.pause(0.05)
        assert demo_app.return_code == 128 + signal.SIGTERM
        assert caught == []
        assert signal.getsignal(signal.SIGTERM) is before
    finally:
        signal.signal(signal.SIGTERM, previous)
