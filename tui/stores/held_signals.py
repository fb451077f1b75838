"""Ctrl+C and SIGTERM held while a write commits, and delivered once it is verified."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

from tui.stores.backup import Backup


class CommittedInterrupt(KeyboardInterrupt):
    """Ctrl+C came while a write committed: it was held until the write was verified and
    its audit written, and is raised now, with the backup taken before the write."""

    def __init__(self, backup: Backup) -> None:
        super().__init__()
        self.backup = backup


@contextlib.contextmanager
def holding_signals() -> Iterator[list[int]]:
    """Ctrl+C and SIGTERM wait from COMMIT until the write is verified and audited, so an
    interrupt can neither cut the audit short nor be taken for a write that did not happen.
    Yields the signals that came. Only the main thread receives signals in Python."""
    caught: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield caught
        return
    wanted = [signal.SIGINT, getattr(signal, "SIGTERM", signal.SIGINT)]
    previous = {number: signal.getsignal(number) for number in wanted}
    for number in previous:
        signal.signal(number, lambda number, frame: caught.append(number))
    try:
        yield caught
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def deliver(caught: list[int], backup: Backup) -> None:
    """The signals held during a write that committed, now it is over."""
    if signal.SIGINT in caught:
        raise CommittedInterrupt(backup)
    for number in set(caught):
        signal.raise_signal(number)
