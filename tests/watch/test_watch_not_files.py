"""`watch` keeps ending on Ctrl+C and on SIGTERM whatever its store turns into: a link to a
FIFO where the store was, or a FIFO as its `-wal`, is never waited on."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.helpers import SITE, days, live_now
from tests.helpers.watching import GUARD_S, TEST_INTERVAL, watch
from tui.demo.stores import Spec, write_firefox

ENV = {"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


def _turn_into_fifo(store: Path, which: str) -> None:
    if which == "store":
        fifo = store.with_name("elsewhere")
        os.mkfifo(fifo)
        store.unlink()
        store.symlink_to(fifo)
    else:
        os.mkfifo(f"{store}-wal")


@pytest.mark.parametrize("which", ["store", "wal"])
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_watch_ends_on_a_signal_while_its_store_is_a_fifo(
    tmp_path: Path, which: str, signum: int
) -> None:
    now = live_now()
    store = write_firefox(
        tmp_path / "ff" / "p.default" / "cookies.sqlite",
        [Spec(SITE, "sessionid", "sess-Kq7vPz", expires=days(14, now))],
        now=now,
    )
    with watch("--store", str(store), env=ENV) as watching:
        _turn_into_fifo(store, which)
        # Several polls see the FIFO (a poll that waited on it would stay there).
        time.sleep(10 * float(TEST_INTERVAL))
        watching.process.send_signal(signum)
        # Either ends the watch with its summary, and exit code 0 (tui/cli/watch.py).
        assert watching.process.wait(GUARD_S) == 0, watching.err
