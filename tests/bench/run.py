"""Benchmark harness: saemes-cookies against browser-cookie3 on the same 100,000-cookie stores.

    .venv/bin/python -m tests.bench.run [--rows 100000] [--small-rows 3000] [--repeat 7]
                                        [--out FILE] [--watch-idle SECONDS] [--scan-only]

Builds a fake home with a Chromium and a Firefox profile of `--rows` cookies each (real
schemas; ten of the site's cookies, the rest other hosts including decoys such as
fakesaemes.fr; Chromium values encrypted as "v10", Chromium's Linux format without a
keyring), then measures, median of `--repeat` runs each:

  a. whole processes, in two comparisons on the same stores:
     - with a D-Bus session bus (DBUS_SESSION_BUS_ADDRESS set, from `dbus-run-session`):
       `saemes-cookies scan --json`, run as `python -m tui` (discovers every profile in the
       home, reads both stores, decrypts the site's Chromium values with Chromium's fixed v10
       key, classifies, diagnoses, prints JSON; it asks no keyring, since a v10 value needs
       none) against `tests/bench/bc3_driver.py ask`: browser_cookie3.chromium(...) and
       .firefox(...) as shipped, which ask the Secret Service and KDE Wallet 5 over the bus
       for the Chromium password (neither runs on a bare bus) and fall back to the fixed one;
     - without one (DBUS_SESSION_BUS_ADDRESS removed on both sides), the keyring lookup
       skipped on both sides: the same `scan --json`, against `bc3_driver.py skip`, the same
       loaders with only the keyring lookup replaced by the answer browser-cookie3 gives when
       no keyring answers (its fixed password), since as shipped it raises without a bus;
     and the second again on a real-sized home of `--small-rows` cookies a store (what a real
     profile holds; Chromium caps a store at 3,300), where both sides are mostly start-up;
     each side's output is checked once before timing (scan: both stores read, every
     Chromium value decrypted; browser-cookie3: the cookies of both stores), and the runs
     are interleaved round by round, so a busy spell of a shared machine falls on all four;
  b. the in-process store read of each (with the bus);
  c. the app: start of the process to a populated table, headless, on the demo and on the
     big home; and on a real terminal (a pty), start to the first row drawn, against a bare
     Textual app with the same kinds of widgets (tests/bench/app_start.py), interleaved;
  d. peak memory (max RSS) of `scan`, and whether the scan path imports textual or
     browser-cookie3.
  e. watching (tests/bench/watch.py): the idle CPU of `watch` per minute with no change,
     over `--watch-idle` seconds, and the delay from a write into the Firefox store's -wal
     to its printed line, 3 x `--repeat` writes.

`--scan-only` measures a. alone (both homes, every comparison interleaved) and checks its two
budgets, for a quicker run when only `scan` changed.

Prints a table, writes the figures as JSON, and checks the budgets (ratios, since machines
differ, except the app's time; CPU times are given beside wall times, a shared machine's
waits being in the latter only). Python writes bytecode as usual here (PYTHONDONTWRITEBYTECODE
is dropped for the measured processes): an installed package's modules are compiled once, so
compiling tui's sources at every run would measure something no user runs.
Not collected by pytest: nothing here is a test, and no file here is named test_*.
browser-cookie3 as shipped cannot open a Chromium store without a D-Bus session bus, so the
harness runs itself under `dbus-run-session` when there is none. Every path it uses is inside
the repository or a temporary directory, so it runs from a fresh clone.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.bench import app_start
from tests.bench import watch as watch_bench

REPO = Path(__file__).resolve().parents[2]
BC3_DRIVER = REPO / "tests" / "bench" / "bc3_driver.py"
SITE = "opendata.saemes.fr"
SITE_COOKIES = 10
BUDGETS = {
    "scan_vs_bc3_process": "scan --json whole process no slower than browser-cookie3's in "
    "either comparison, with and without D-Bus (ratio <= 1.0)",
    "scan_vs_bc3_small": "scan --json whole process no slower than browser-cookie3's on the "
    "real-sized home, without D-Bus (ratio <= 1.0)",
    "read_speedup_chromium": "Chromium store read in process at least 20x faster than "
    "browser-cookie3's",
    "read_speedup_firefox": "Firefox store read in process at least 20x faster than "
    "browser-cookie3's",
    "scan_max_rss_mb": "scan peak RSS at most 80 MB",
    "app_populated_s": "app table populated within 0.6 s of start (headless)",
    "app_start_vs_bare": "app's first row on a terminal within 1.3 times a bare Textual app's",
    "scan_imports_textual": "the scan path imports no textual",
    "scan_imports_bc3": "scan of a Linux v10 home imports no browser-cookie3",
}
# The two whole-process comparisons: (label, keyring mode of bc3_driver.py, with a bus).
COMPARISONS = (("with_dbus", "ask", True), ("without_dbus", "skip", False))
_DBUS_VARIABLES = ("DBUS_SESSION_BUS_ADDRESS", "DBUS_SESSION_BUS_PID", "DBUS_SESSION_BUS_WINDOWID")


def build_home(home: Path, rows: int) -> dict[str, Path]:
    """A fake home: ~/.config/chromium/Default and a Firefox profile, `rows` cookies each."""
    sys.path.insert(0, str(REPO))
    from tui.demo.stores import (
        Spec,
        write_chromium,
        write_firefox,
        write_local_state,
        write_profiles_ini,
    )

    now = datetime.now(UTC)
    later = now + timedelta(days=30)
    site = [
        Spec(SITE, "sessionid", "s" * 32, expires=later, http_only=True, same_site="lax"),
        Spec(SITE, "csrftoken", "c" * 64, expires=later, same_site="lax"),
        Spec(SITE, "django_language", "fr", expires=later),
        Spec(SITE, "cookies_preferences", "%7B%22ga%22%3Afalse%7D", expires=later),
        Spec(".saemes.fr", "_ga", "GA1.1.1.1", expires=later),
        Spec(".saemes.fr", "_gid", "GA1.1.2.2", expires=later),
        Spec(".saemes.fr", "_ga_ABC123", "GS1.1.1", expires=later),
        Spec(SITE, "_pk_id.1.abcd", "abcdef.1700000000", expires=later),
        Spec(".saemes.fr", "csrftoken", "d" * 64, expires=later),
        Spec(SITE, "mystery", "m", expires=later),
    ]
    assert len(site) == SITE_COOKIES
    decoy_hosts = ["fakesaemes.fr", "saemes.fr.evil.example", ".notsaemes.fr", "saemes.fr"]
    others = []
    for index in range(rows - len(site)):
        host = (
            decoy_hosts[index % 4]
            if index % 50 == 0
            else f"site{index % 5000}.example{index % 7}.com"
        )
        others.append(Spec(host, f"c{index}", f"value-{index:08d}", expires=later))
    specs = site + others
    user_data = home / ".config" / "chromium"
    write_local_state(user_data, {"Default": "Default"})
    chromium = write_chromium(user_data / "Default" / "Cookies", specs, now=now)
    root = home / ".mozilla" / "firefox"
    write_profiles_ini(root, {"bench.default": "default"})
    firefox = write_firefox(root / "bench.default" / "cookies.sqlite", specs, now=now)
    return {"chromium": chromium, "firefox": firefox}


BUILD_SCRIPT = """
import json, sys
from pathlib import Path
from tests.bench.run import build_home
paths = build_home(Path(sys.argv[1]), int(sys.argv[2]))
print(json.dumps({kind: str(path) for kind, path in paths.items()}))
"""


def build_home_in_child(python: str, home: Path, rows: int) -> dict[str, Path]:
    """`build_home` in a process of its own, so that this one stays small: a child's peak
    RSS as wait4 reports it starts from its parent's at the fork (Linux carries the
    high-water mark across exec), and 2 x 100,000 rows built here would be counted as scan's.
    """
    out = subprocess.run(
        [python, "-c", BUILD_SCRIPT, str(home), str(rows)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        raise SystemExit(f"building the fake home failed:\n{out.stderr[-2000:]}")
    return {kind: Path(path) for kind, path in json.loads(out.stdout).items()}


def env_for(home: Path, dbus: bool = True) -> dict[str, str]:
    """The measured processes' environment; without `dbus`, no session bus can be found."""
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        PYTHONPATH=str(REPO),
        COLUMNS="120",
    )
    # Bytecode is written and reused, as for an installed package (see the docstring).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not dbus:
        for name in _DBUS_VARIABLES:
            env.pop(name, None)
    return env


@dataclass(frozen=True)
class Run:
    """One whole process: wall time and CPU time (user + system) in s, peak RSS in MB."""

    wall: float
    cpu: float
    rss_mb: float


def run_process(argv: list[str], env: dict[str, str]) -> Run:
    start = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        error = child.stderr.read().decode(errors="replace") if child.stderr else ""
        raise SystemExit(f"{' '.join(argv)} failed ({child.returncode}):\n{error[-2000:]}")
    if child.stderr:
        child.stderr.close()
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def median_of(repeat: int, measure: Callable[[], float]) -> float:
    measure()  # one warm-up: page cache and .pyc files, as for a user's second run
    return statistics.median(measure() for _ in range(repeat))


def interleaved(
    commands: dict[str, tuple[list[str], dict[str, str]]], repeat: int
) -> dict[str, list[Run]]:
    """`repeat` runs of each command after one warm-up each, one run of every command per
    round with the order rotated each round, so that a busy spell of a shared machine falls
    on every command alike instead of on whichever was being timed then."""
    names = list(commands)
    for name in names:
        run_process(*commands[name])
    runs: dict[str, list[Run]] = {name: [] for name in names}
    for round_ in range(repeat):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            runs[name].append(run_process(*commands[name]))
    return runs


def summary(runs: list[Run]) -> dict[str, float]:
    walls = [run.wall for run in runs]
    return {
        "median_s": statistics.median(walls),
        "min_s": min(walls),
        "max_s": max(walls),
        "cpu_median_s": statistics.median(run.cpu for run in runs),
    }


def check_outputs(scan: list[str], bc3: list[str], env: dict[str, str], label: str) -> None:
    """Both sides did the whole job once: otherwise a fast time would mean nothing."""
    out = subprocess.run(scan, env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"scan --json failed {label} ({out.returncode}):\n{out.stderr[-2000:]}")
    report = json.loads(out.stdout)
    cookies = report["cookies"]
    families = sorted(store["family"] for store in report["stores"] if not store["error"])
    chromium = [c for c in cookies if c["store"].startswith("Chromium/")]
    if (
        families != ["chromium", "firefox"]
        or len(cookies) != 2 * SITE_COOKIES
        or len(chromium) != SITE_COOKIES
        or any(c["value_status"] != "ok" for c in chromium)
    ):
        raise SystemExit(f"scan --json {label} did not read both stores and decrypt every value")
    out = subprocess.run(bc3, env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"browser-cookie3 failed {label} ({out.returncode}):\n{out.stderr}")
    counts = [int(word) for word in out.stdout.split()]
    if len(counts) != 2 or min(counts) < SITE_COOKIES:
        raise SystemExit(f"browser-cookie3 {label} returned {out.stdout.strip()!r}")


IN_PROCESS_SCRIPT = """
import json, statistics, sys, time
from pathlib import Path
import browser_cookie3
from tui.catalog import load
from tui.model import Family, StoreRef
from tui.stores.read import read_store

chromium, firefox, repeat = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
hosts = load().hosts
refs = [StoreRef("Chromium", "Default", Family.CHROMIUM, chromium, chromium.parent.parent),
        StoreRef("Firefox", "default", Family.FIREFOX, firefox, firefox.parent)]

def ours(ref):
    return len(read_store(ref, hosts)[1])

def theirs(ref):
    is_chromium = ref.family is Family.CHROMIUM
    load_jar = browser_cookie3.chromium if is_chromium else browser_cookie3.firefox
    return len(load_jar(cookie_file=str(ref.path), domain_name="saemes.fr"))

result = {}
for ref in refs:
    for label, read in (("ours", ours), ("bc3", theirs)):
        count = read(ref)
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            read(ref)
            times.append(time.perf_counter() - start)
        result[f"{ref.family.value}_{label}"] = {"median_s": statistics.median(times),
                                                  "cookies": count}

# Where the Firefox read goes: moz_cookies has no index led by host, so an exact read is a
# copy of the store (WAL-safe, nothing created beside it) plus one pass over the table.
import shutil, sqlite3, tempfile
from tui.stores.firefox import read as read_firefox
copies, scans = [], []
for _ in range(repeat):
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        shutil.copyfile(firefox, Path(tmp) / "c.sqlite")
        copies.append(time.perf_counter() - start)
        db = sqlite3.connect(Path(tmp) / "c.sqlite")
        db.execute("PRAGMA mmap_size = 268435456")
        start = time.perf_counter()
        read_firefox(db, refs[1], hosts)
        scans.append(time.perf_counter() - start)
        db.close()
result["firefox_ours_parts"] = {"copy_s": statistics.median(copies),
                                "scan_s": statistics.median(scans)}
print(json.dumps(result))
"""

APP_SCRIPT = """
import sys, time
START = time.perf_counter()
from tests.app.probe import time_to_populated
print(time_to_populated(sys.argv[1:], START))
"""

IMPORTS_SCRIPT = """
import runpy, sys
sys.argv = ['saemes-cookies', 'scan', '--json']
try:
    runpy.run_module('tui', run_name='__main__')
except SystemExit:
    pass
loaded = [name.split('.')[0] for name in sys.modules]
print('IMPORTS', 'textual' in loaded, 'browser_cookie3' in loaded, file=sys.stderr)
"""


def measure_app(python: str, env: dict[str, str], args: list[str], repeat: int) -> float | None:
    """Seconds from process start to a populated table, or None if the app has no probe."""
    probe = REPO / "tests" / "app" / "probe.py"
    if not probe.is_file():
        return None

    def once() -> float:
        out = subprocess.run(
            [python, "-c", APP_SCRIPT, *args], env=env, capture_output=True, text=True, check=True
        ).stdout
        return float(out.strip().splitlines()[-1])

    return median_of(repeat, once)


def under_a_bus(argv: list[str]) -> int:
    """Runs this harness again inside `dbus-run-session`, passing on its own output; only the
    bus daemon's start-up chatter on stderr is left out."""
    runner = shutil.which("dbus-run-session")
    if runner is None:
        raise SystemExit(
            "browser-cookie3 needs a D-Bus session bus to open a Chromium store; install "
            "dbus (apt-get install -y dbus-daemon) or run inside a desktop session"
        )
    command = [runner, "--", sys.executable, "-m", "tests.bench.run", *argv]
    child = subprocess.run(command, cwd=REPO, stderr=subprocess.PIPE, text=True)
    for line in child.stderr.splitlines():
        if not line.startswith("dbus-daemon["):
            print(line, file=sys.stderr)
    return child.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="cookies per store")
    parser.add_argument(
        "--small-rows", type=int, default=3_000, help="cookies per store of the real-sized home"
    )
    parser.add_argument("--repeat", type=int, default=7, help="runs per figure (median)")
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="where the figures go (tests/bench/results.json; scan_results.json with --scan-only)",
    )
    parser.add_argument(
        "--watch-idle", type=float, default=60.0, help="seconds of idle watching measured"
    )
    parser.add_argument(
        "--scan-only",
        action="store_true",
        help="only the whole-process scan comparisons (a.), both homes",
    )
    args = parser.parse_args(argv)
    if args.out is None:
        name = "scan_results.json" if args.scan_only else "results.json"
        args.out = REPO / "tests" / "bench" / name
    if args.repeat < 5:
        parser.error("--repeat must be at least 5")
    if min(args.rows, args.small_rows) < 2 * SITE_COOKIES:
        parser.error(f"--rows and --small-rows must be at least {2 * SITE_COOKIES}")

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return under_a_bus(sys.argv[1:] if argv is None else argv)

    python = sys.executable
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="saemes-bench-") as tmp:
        home = Path(tmp) / "home"
        print(f"building a fake home with {args.rows:,} cookies per store ...", flush=True)
        stores = build_home_in_child(python, home, args.rows)
        small_home = Path(tmp) / "small-home"
        small = build_home_in_child(python, small_home, args.small_rows)
        env = env_for(home)
        scan = [python, "-m", "tui", "scan", "--json"]
        files = [str(stores["chromium"]), str(stores["firefox"])]
        commands: dict[str, tuple[list[str], dict[str, str]]] = {}
        for label, mode, dbus in COMPARISONS:
            side_env = env_for(home, dbus=dbus)
            bc3 = [python, str(BC3_DRIVER), mode, *files]
            check_outputs(scan, bc3, side_env, label.replace("_", " "))
            commands[f"scan_{label}"] = (scan, side_env)
            commands[f"bc3_{label}"] = (bc3, side_env)
        # The real-sized home, in the fair comparison only (no bus, no keyring on either side).
        small_env = env_for(small_home, dbus=False)
        small_bc3 = [python, str(BC3_DRIVER), "skip", str(small["chromium"]), str(small["firefox"])]
        check_outputs(scan, small_bc3, small_env, "without D-Bus, real-sized home")
        commands["scan_small"] = (scan, small_env)
        commands["bc3_small"] = (small_bc3, small_env)

        print("timing whole processes, both comparisons interleaved ...", flush=True)
        runs = interleaved(commands, args.repeat)
        process: dict[str, Any] = {}
        for label, _, _ in COMPARISONS:
            ours, theirs = summary(runs[f"scan_{label}"]), summary(runs[f"bc3_{label}"])
            process[label] = {
                "scan": ours,
                "bc3": theirs,
                "ratio": ours["median_s"] / theirs["median_s"],
                "cpu_ratio": ours["cpu_median_s"] / theirs["cpu_median_s"],
            }
        ours, theirs = summary(runs["scan_small"]), summary(runs["bc3_small"])
        process["without_dbus_small"] = {
            "rows_per_store": args.small_rows,
            "scan": ours,
            "bc3": theirs,
            "ratio": ours["median_s"] / theirs["median_s"],
            "cpu_ratio": ours["cpu_median_s"] / theirs["cpu_median_s"],
        }
        scan_rss = max(run.rss_mb for label, _, _ in COMPARISONS for run in runs[f"scan_{label}"])

        if args.scan_only:
            return _report_scan_only(args, process, scan_rss, load_before)
        print("timing in-process reads ...", flush=True)
        in_process = json.loads(
            subprocess.run(
                [python, "-c", IN_PROCESS_SCRIPT, *files, str(args.repeat)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        print("timing the app ...", flush=True)
        app_demo = measure_app(python, env, ["--demo"], args.repeat)
        app_big = measure_app(python, env, [], args.repeat)
        print("timing the app's first row on a terminal, against a bare Textual app ...")
        app_terminal = app_start.compare(python, app_start.terminal_env(env), args.repeat)
        imports = subprocess.run(
            [python, "-c", IMPORTS_SCRIPT], env=env, capture_output=True, text=True
        ).stderr.split()
        watch = watch_bench.measure(python, env, stores, args.watch_idle, 3 * args.repeat)
    if "IMPORTS" not in imports:
        raise SystemExit("could not tell what the scan path imports")
    imports_textual, imports_bc3 = imports[imports.index("IMPORTS") + 1 :][:2]

    ours_read = in_process["chromium_ours"]["median_s"] + in_process["firefox_ours"]["median_s"]
    bc3_read = in_process["chromium_bc3"]["median_s"] + in_process["firefox_bc3"]["median_s"]
    figures: dict[str, Any] = {
        **_scan_figures(args, process, scan_rss, load_before),
        # The floor of every child's peak RSS above (see build_home_in_child).
        "harness_max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "in_process": in_process,
        "app_populated_demo_s": app_demo,
        "app_populated_big_s": app_big,
        "app_terminal": app_terminal,
        "scan_imports_textual": imports_textual == "True",
        "scan_imports_bc3": imports_bc3 == "True",
        "watch": watch,
    }
    checks = {
        **_scan_checks(process),
        "read_speedup_chromium": in_process["chromium_bc3"]["median_s"]
        / in_process["chromium_ours"]["median_s"]
        >= 20,
        "read_speedup_firefox": in_process["firefox_bc3"]["median_s"]
        / in_process["firefox_ours"]["median_s"]
        >= 20,
        "scan_max_rss_mb": scan_rss <= 80,
        "app_populated_s": app_demo is not None
        and app_big is not None
        and max(app_demo, app_big) <= 0.6,
        "app_start_vs_bare": app_terminal["ratio"] <= 1.3,
        "scan_imports_textual": not figures["scan_imports_textual"],
        "scan_imports_bc3": not figures["scan_imports_bc3"],
    }
    figures["budgets"] = {
        key: {"budget": BUDGETS[key], "held": held} for key, held in checks.items()
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(render(figures, ours_read, bc3_read))
    print(f"figures written to {args.out}")
    return 0 if all(checks.values()) else 1


def _scan_checks(process: dict[str, Any]) -> dict[str, bool]:
    return {
        "scan_vs_bc3_process": all(process[label]["ratio"] <= 1.0 for label, _, _ in COMPARISONS),
        "scan_vs_bc3_small": process["without_dbus_small"]["ratio"] <= 1.0,
    }


def _report_scan_only(
    args: argparse.Namespace,
    process: dict[str, Any],
    scan_rss: float,
    load_before: tuple[float, float, float],
) -> int:
    """--scan-only: the whole-process table and the two `scan` budgets, printed and written."""
    checks = _scan_checks(process)
    figures = _scan_figures(args, process, scan_rss, load_before)
    figures["budgets"] = {
        key: {"budget": BUDGETS[key], "held": held} for key, held in checks.items()
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(_table(_process_rows(figures), figures))
    print(_budget_lines(figures))
    print(f"figures written to {args.out}")
    return 0 if all(checks.values()) else 1


def _scan_figures(
    args: argparse.Namespace,
    process: dict[str, Any],
    scan_rss: float,
    load_before: tuple[float, float, float],
) -> dict[str, Any]:
    """The run, the machine and the whole-process comparisons: what every run writes."""
    return {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "load_average_1min_before_after": [load_before[0], os.getloadavg()[0]],
        },
        "rows_per_store": args.rows,
        "repeat": args.repeat,
        "process": process,
        "scan_max_rss_mb": scan_rss,
    }


def _table(rows: list[tuple[str, str, str, str]], figures: dict[str, Any]) -> str:
    width = max(len(r[0]) for r in rows)
    lines = [
        f"{'measure (medians)':<{width}}  {'saemes-cookies':>15}  {'browser-cookie3':>15}  ratio",
        "-" * (width + 58),
    ]
    lines += [f"{a:<{width}}  {b:>15}  {c:>15}  {d}" for a, b, c, d in rows]
    load = figures["machine"]["load_average_1min_before_after"]
    lines.append(f"(load average before / after: {load[0]:.2f} / {load[1]:.2f})")
    return "\n".join(lines)


def _budget_lines(figures: dict[str, Any]) -> str:
    return "\n".join(
        f"[{'held' if check['held'] else 'MISSED'}] {check['budget']}"
        for check in figures["budgets"].values()
    )


def _ms(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds * 1000:,.0f} ms"


def _process_rows(figures: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    small = figures["process"]["without_dbus_small"]["rows_per_store"]
    titles = {
        "with_dbus": "with D-Bus (bc3 asks the keyring)",
        "without_dbus": "without D-Bus (no keyring asked)",
        "without_dbus_small": f"without D-Bus, 2 x {small:,}",
    }
    rows = []
    for label, title in titles.items():
        compared = figures["process"][label]
        ours, theirs = compared["scan"], compared["bc3"]
        rows.append(
            (
                f"scan --json, whole process, {title}",
                _ms(ours["median_s"]),
                _ms(theirs["median_s"]),
                f"{compared['ratio']:.2f} (scan/bc3)",
            )
        )
        rows.append(
            (
                "  the same, CPU time (user + system)",
                _ms(ours["cpu_median_s"]),
                _ms(theirs["cpu_median_s"]),
                f"{compared['cpu_ratio']:.2f} (scan/bc3)",
            )
        )
    return rows


def render(figures: dict[str, Any], ours_read: float, bc3_read: float) -> str:
    ip = figures["in_process"]

    def faster(theirs: float, ours: float) -> str:
        return (
            f"{theirs / ours:.0f}x faster"
            if theirs / ours >= 10
            else f"{theirs / ours:.1f}x faster"
        )

    rows = [
        *_process_rows(figures),
        (
            "store read in process, Chromium",
            _ms(ip["chromium_ours"]["median_s"]),
            _ms(ip["chromium_bc3"]["median_s"]),
            faster(ip["chromium_bc3"]["median_s"], ip["chromium_ours"]["median_s"]),
        ),
        (
            "store read in process, Firefox",
            _ms(ip["firefox_ours"]["median_s"]),
            _ms(ip["firefox_bc3"]["median_s"]),
            faster(ip["firefox_bc3"]["median_s"], ip["firefox_ours"]["median_s"]),
        ),
        ("store read in process, both", _ms(ours_read), _ms(bc3_read), faster(bc3_read, ours_read)),
        (
            "  of which: copy of the Firefox store",
            _ms(ip["firefox_ours_parts"]["copy_s"]),
            "",
            "",
        ),
        ("  of which: one pass over moz_cookies", _ms(ip["firefox_ours_parts"]["scan_s"]), "", ""),
        (
            "cookies returned (Chromium / Firefox)",
            f"{ip['chromium_ours']['cookies']} / {ip['firefox_ours']['cookies']}",
            f"{ip['chromium_bc3']['cookies']} / {ip['firefox_bc3']['cookies']}",
            "",
        ),
        ("scan peak RSS", f"{figures['scan_max_rss_mb']:.0f} MB", "", ""),
        ("app: start to populated table, demo", _ms(figures["app_populated_demo_s"]), "", ""),
        (
            f"app: start to populated table, 2 x {figures['rows_per_store']:,}",
            _ms(figures["app_populated_big_s"]),
            "",
            "",
        ),
        (
            "app: start to first row on a terminal, demo",
            _ms(figures["app_terminal"]["app_median_s"]),
            "",
            f"{figures['app_terminal']['ratio']:.2f} (app/bare)",
        ),
        (
            "  a bare Textual app, same kinds of widgets",
            _ms(figures["app_terminal"]["bare_median_s"]),
            "",
            "",
        ),
    ]
    lines = [
        _table(rows, figures),
        watch_bench.render(figures["watch"], figures["rows_per_store"]),
        "",
        _budget_lines(figures),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
