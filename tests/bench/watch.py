"""What watching costs: idle CPU, and the delay from a write to the printed line.

    .venv/bin/python -m tests.bench.watch [--rows 100000] [--idle 60] [--repeat 15]

(`tests.bench.run` measures the same on its home and adds the figures to its own.)

On a home with a Chromium and a Firefox store of `--rows` cookies each (tests.bench.run's
`build_home`), `saemes-cookies watch --store C --store F` runs as a person runs it, at its
default pace (a look every second):

  a. idle (`watch --json`): once the baseline is read (the line that says how to end it),
     the process's CPU time (user + system, from /proc/PID/stat) over `--idle` seconds with
     no write, given per minute of watching; no change may be printed meanwhile;
  b. delay: `watch --json`, and a writer standing in for Firefox commits one change of a
     site cookie into the Firefox store's -wal (as Firefox does, its connection held open);
     the time from the COMMIT returning to the change's line arriving on the watch's stdout,
     `--repeat` times, the writes spread over the poll's phase (a write lands anywhere in the
     second between two looks, so the delay is the rest of that second plus the re-read).

Linux only (/proc). Not collected by pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
GUARD_S = 120.0
# The writes are spaced by a whole number of seconds plus this step, so that over the runs
# they fall at every phase of the one-second poll.
PHASE_STEP_S = 0.37


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a process (fields 14 and 15 of /proc/PID/stat), in seconds."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    ticks = int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


class _Watch:
    """A running `watch`: stdout lines with the monotonic time each arrived."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: queue.Queue[tuple[float, str] | None] = queue.Queue()
        self.started = threading.Event()
        self.err: list[str] = []

    def pump_out(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put((time.monotonic(), line))
        self.lines.put(None)

    def pump_err(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.err.append(line.rstrip("\n"))
            if "Ctrl+C" in line:
                self.started.set()
        self.started.set()

    def next_line(self) -> tuple[float, str]:
        item = self.lines.get(timeout=GUARD_S)
        if item is None:
            raise SystemExit(f"watch ended early: {self.err[-3:]}")
        return item


@contextmanager
def _watching(python: str, env: dict[str, str], args: list[str]) -> Iterator[_Watch]:
    # The default pace, as a person gets it.
    env = {key: value for key, value in env.items() if key != "SAEMES_COOKIES_WATCH_INTERVAL"}
    process = subprocess.Popen(
        [python, "-m", "tui", "watch", *args],
        env=env,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watch = _Watch(process)
    for pump in (watch.pump_out, watch.pump_err):
        threading.Thread(target=pump, daemon=True).start()
    try:
        if not watch.started.wait(GUARD_S) or process.poll() is not None:
            raise SystemExit(f"watch did not start: {watch.err[-3:]}")
        yield watch
        process.send_signal(signal.SIGINT)
        if process.wait(GUARD_S) != 0:
            raise SystemExit(f"watch ended with {process.returncode}: {watch.err[-3:]}")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def measure_idle(
    python: str, env: dict[str, str], files: list[str], seconds: float
) -> dict[str, Any]:
    # --json: stdout then holds the changes only (the summary goes to stderr).
    args = ["--json", *[arg for path in files for arg in ("--store", path)]]
    with _watching(python, env, args) as watch:
        baseline_cpu = _cpu_seconds(watch.process.pid)
        # A moment for the first looks after the baseline; then the window.
        time.sleep(2.0)
        before = _cpu_seconds(watch.process.pid)
        time.sleep(seconds)
        after = _cpu_seconds(watch.process.pid)
    printed = []
    while not watch.lines.empty():
        item = watch.lines.get()
        if item is not None:
            printed.append(item[1])
    if printed:
        raise SystemExit(f"watch printed {len(printed)} changes while nothing changed")
    return {
        "window_s": seconds,
        "cpu_s": after - before,
        "cpu_s_per_minute": (after - before) / seconds * 60,
        "cpu_share": (after - before) / seconds,
        "baseline_cpu_s": baseline_cpu,
        "clock_tick_s": 1 / os.sysconf("SC_CLK_TCK"),
    }


def measure_delay(
    python: str, env: dict[str, str], files: list[str], firefox: Path, repeat: int
) -> dict[str, Any]:
    args = ["--json", *[arg for path in files for arg in ("--store", path)]]
    delays = []
    with (
        _watching(python, env, args) as watch,
        closing(sqlite3.connect(firefox, isolation_level=None)) as browser,
    ):
        browser.execute("PRAGMA journal_mode = WAL")
        for index in range(repeat):
            time.sleep(1.0 + (index * PHASE_STEP_S) % 1.0)
            browser.execute("BEGIN")
            browser.execute(
                "UPDATE moz_cookies SET value = ? WHERE name = '_ga' AND host = '.saemes.fr'",
                (f"GA1.1.{index}.{time.time_ns()}",),
            )
            browser.execute("COMMIT")
            written = time.monotonic()
            arrived, line = watch.next_line()
            change = json.loads(line)
            if (change["name"], change["change"], change["what"]) != ("_ga", "changed", ["value"]):
                raise SystemExit(f"unexpected change: {change['name']} {change['change']}")
            delays.append(arrived - written)
    return {
        "repeat": repeat,
        "median_s": statistics.median(delays),
        "min_s": min(delays),
        "max_s": max(delays),
        "each_s": delays,
    }


def measure(
    python: str, env: dict[str, str], stores: dict[str, Path], idle_s: float, repeat: int
) -> dict[str, Any]:
    files = [str(stores["chromium"]), str(stores["firefox"])]
    print(f"watch: idle CPU over {idle_s:.0f} s ...", flush=True)
    idle = measure_idle(python, env, files, idle_s)
    print(f"watch: write-to-line delay, {repeat} writes ...", flush=True)
    delay = measure_delay(python, env, files, stores["firefox"], repeat)
    return {"idle": idle, "delay_firefox": delay}


def render(figures: dict[str, Any], rows: int) -> str:
    idle, delay = figures["idle"], figures["delay_firefox"]
    return "\n".join(
        [
            f"watch, 2 x {rows:,} cookies, a look every second:",
            f"  idle CPU: {idle['cpu_s_per_minute'] * 1000:,.0f} ms per minute "
            f"({idle['cpu_share'] * 100:.2f} % of one core; {idle['cpu_s']:.2f} s over "
            f"{idle['window_s']:.0f} s; baseline read {idle['baseline_cpu_s']:.2f} s CPU)",
            f"  write to printed line, Firefox store: median {delay['median_s'] * 1000:,.0f} ms, "
            f"min {delay['min_s'] * 1000:,.0f} ms, max {delay['max_s'] * 1000:,.0f} ms "
            f"({delay['repeat']} writes)",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="cookies per store")
    parser.add_argument("--idle", type=float, default=60.0, help="idle window, seconds")
    parser.add_argument("--repeat", type=int, default=15, help="writes timed")
    parser.add_argument("--out", type=Path, default=REPO / "tests" / "bench" / "watch.json")
    args = parser.parse_args(argv)
    from tests.bench.run import build_home_in_child, env_for

    with tempfile.TemporaryDirectory(prefix="saemes-bench-watch-") as tmp:
        home = Path(tmp) / "home"
        print(f"building a fake home with {args.rows:,} cookies per store ...", flush=True)
        stores = build_home_in_child(sys.executable, home, args.rows)
        figures = measure(sys.executable, env_for(home), stores, args.idle, args.repeat)
    figures = {"rows_per_store": args.rows, "load_average_1min": os.getloadavg()[0], **figures}
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(render(figures, args.rows))
    print(f"figures written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
