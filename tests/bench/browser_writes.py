"""How long a real browser takes to write a cookie the site set to its store on disk.

    .venv/bin/python -m tests.bench.browser_writes [--runs 5] [--out FILE]

For Debian's Chromium and Firefox ESR, each run on a fresh copy of a profile that visited the
local stand-in for the portal (tests/e2e/site.py) once, with `_ga` then removed from it: the
page that sets `_ga` is /journey/analytics (Chromium is started on it with `?alone=1`;
Firefox on the step before it, which leads there after 5 s, so that `_ga` is set by a
browser already started and idle, as when a person browses), and a poller reads the
store (Chromium's read-only in place, Firefox's through a private copy of the database and
its -wal) until the row is there. The figure is the time from the server answering that
request to the first read that holds the row; the poller reads every 10 ms (Firefox) or
100 ms (Chromium, whose store is read in place and must not be held busy while it commits).
Chromium stays open until the row appears (at most 90 s), so what is measured is its commit
interval, not its flush at exit.

Not collected by pytest; needs the browsers (see README, "Start").
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.e2e.browsers import (
    chromium_running,
    firefox_running,
    read_chromium_cookies,
    read_firefox_cookies,
    require_browser,
)
from tests.e2e.profiles import (
    build_chromium_profile,
    build_firefox_profile,
    copy_chromium_profile,
    copy_firefox_profile,
)
from tests.e2e.site import PARENT_DOMAIN, Site, serve_site

REPO = Path(__file__).resolve().parents[2]
TARGET = (f".{PARENT_DOMAIN}", "_ga")
WAIT_S = 90.0
FIREFOX_SETTLE_S = 5


def remove_ga(db: Path, table: str, host_column: str) -> None:
    with sqlite3.connect(db) as connection:
        connection.execute(f"DELETE FROM {table} WHERE {host_column} = ? AND name = ?", TARGET)
    connection.close()


class Poller(threading.Thread):
    """Reads the store until the row is there; `seen` is then the time.time() of that read."""

    def __init__(self, has_row: Callable[[], bool], every: float) -> None:
        super().__init__(daemon=True)
        self.has_row, self.every = has_row, every
        self.seen: float | None = None
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                found = self.has_row()
            except (sqlite3.Error, OSError):
                found = False
            if found:
                self.seen = time.time()
                return
            time.sleep(self.every)


def _wait(poller: Poller) -> None:
    poller.join(WAIT_S)
    poller.stop.set()


def firefox_run(site: Site, built: Any, root: Path) -> float:
    profile = copy_firefox_profile(built, root / "home")
    remove_ga(profile.cookies_db, "moz_cookies", "host")
    scratch = root / "scratch"

    def has_row() -> bool:
        rows = read_firefox_cookies(profile.profile_dir, scratch)
        return any((row["host"], row["name"]) == TARGET for row in rows)

    site.served.pop("analytics", None)
    poller = Poller(has_row, 0.01)
    poller.start()
    # Started on the step before, so that _ga is set by a browser that is up and idle, not
    # one still busy starting (which added half a second here).
    url = site.url(f"/journey/refuse?pause={FIREFOX_SETTLE_S}")
    with firefox_running(profile.profile_dir, profile.home, url, ready=lambda: True):
        _wait(poller)
    return _latency(site, poller)


def chromium_run(site: Site, built: Any, root: Path) -> float:
    profile = copy_chromium_profile(built, root / "home")
    remove_ga(profile.cookies_db, "cookies", "host_key")

    def has_row() -> bool:
        rows = read_chromium_cookies(profile.user_data_dir)
        return any((row["host_key"], row["name"]) == TARGET for row in rows)

    site.served.pop("analytics", None)
    poller = Poller(has_row, 0.1)
    poller.start()
    with chromium_running(
        profile.user_data_dir, profile.home, site.url("/journey/analytics?alone=1")
    ):
        _wait(poller)
    return _latency(site, poller)


def _latency(site: Site, poller: Poller) -> float:
    served = site.served.get("analytics")
    if served is None or poller.seen is None:
        raise SystemExit("the browser did not write _ga within the wait")
    return poller.seen - served


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--out", type=Path, default=REPO / "tests" / "bench" / "browser_writes.json"
    )
    args = parser.parse_args(argv)
    figures: dict[str, Any] = {"runs": args.runs}
    with serve_site() as site, tempfile.TemporaryDirectory(prefix="saemes-writes-") as tmp:
        root = Path(tmp)
        for name, build, once in (
            ("firefox", build_firefox_profile, firefox_run),
            ("chromium", build_chromium_profile, chromium_run),
        ):
            require_browser(name)
            built = build(root / f"{name}-built" / "home", site.url("/"))
            seconds = []
            for index in range(args.runs):
                seconds.append(once(site, built, root / f"{name}-{index}"))
                print(f"{name} run {index + 1}: {seconds[-1] * 1000:,.0f} ms", flush=True)
            figures[name] = {
                "median_s": statistics.median(seconds),
                "min_s": min(seconds),
                "max_s": max(seconds),
                "each_s": seconds,
            }
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
