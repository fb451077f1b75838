"""Benchmark harness: saemes-cookies against browser-cookie3 on the same 100,000-cookie stores.

    .venv/bin/python -m tests.bench.run [--rows 100000] [--repeat 7] [--out FILE]

Builds a fake home with a Chromium and a Firefox profile of `--rows` cookies each (real
schemas; ten of the site's cookies, the rest other hosts including decoys such as
fakesaemes.fr), then measures side by side, median of `--repeat` runs each:

  a. `saemes-cookies scan --json` as a whole process;
  b. browser_cookie3.chromium(...) and .firefox(...) on the same stores, as a whole process;
  c. the in-process store read of each;
  d. the app: start of the process to a populated table, headless, on the demo and on the
     big home;
  e. peak memory (max RSS) of `scan`.

Prints a table, writes the figures as JSON, and checks the budgets (ratios, not absolute
times, since machines differ). Not collected by pytest: nothing here is a test.
browser-cookie3 cannot open a Chromium store without a D-Bus session bus, so the harness
runs itself under `dbus-run-session` when there is none.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SITE = "opendata.saemes.fr"
BUDGETS = {
    "scan_vs_bc3_process": "scan whole process no slower than browser-cookie3's (ratio <= 1.0)",
    "read_speedup_chromium": "Chromium store read in process at least 20x faster than "
    "browser-cookie3's",
    "read_speedup_firefox": "Firefox store read in process at least 20x faster than "
    "browser-cookie3's",
    "scan_max_rss_mb": "scan peak RSS at most 80 MB",
    "app_populated_s": "app table populated within 0.6 s of start (headless)",
    "scan_imports_textual": "the scan path imports no textual",
}


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


def env_for(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        PYTHONPATH=str(REPO),
        COLUMNS="120",
    )
    return env


def run_process(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time in seconds and peak RSS in MB of one whole process."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        error = child.stderr.read().decode(errors="replace") if child.stderr else ""
        raise SystemExit(f"{' '.join(argv)} failed ({child.returncode}):\n{error[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def median_of(repeat: int, measure: Callable[[], float]) -> float:
    measure()  # one warm-up: page cache and .pyc files, as for a user's second run
    return statistics.median(measure() for _ in range(repeat))


BC3_SCRIPT = """
import sys, browser_cookie3
a = browser_cookie3.chromium(cookie_file=sys.argv[1], domain_name="saemes.fr")
b = browser_cookie3.firefox(cookie_file=sys.argv[2], domain_name="saemes.fr")
print(len(a), len(b))
"""

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="cookies per store")
    parser.add_argument("--repeat", type=int, default=7, help="runs per figure (median)")
    parser.add_argument("--out", type=Path, default=REPO / "tests" / "bench" / "results.json")
    args = parser.parse_args(argv)
    if args.repeat < 5:
        parser.error("--repeat must be at least 5")

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        runner = shutil.which("dbus-run-session")
        if runner is None:
            raise SystemExit(
                "browser-cookie3 needs a D-Bus session bus to open a Chromium store; install "
                "dbus (apt-get install -y dbus) or run inside a desktop session"
            )
        command = [runner, "--", sys.executable, "-m", "tests.bench.run", *(argv or sys.argv[1:])]
        return subprocess.call(command, cwd=REPO, stderr=subprocess.DEVNULL)

    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="saemes-bench-") as tmp:
        home = Path(tmp) / "home"
        print(f"building a fake home with {args.rows:,} cookies per store ...", flush=True)
        stores = build_home(home, args.rows)
        env = env_for(home)
        scan = [python, "-m", "tui", "scan", "--json"]
        bc3 = [python, "-c", BC3_SCRIPT, str(stores["chromium"]), str(stores["firefox"])]

        rss: list[float] = []

        def scan_once() -> float:
            elapsed, peak = run_process(scan, env)
            rss.append(peak)
            return elapsed

        print("timing whole processes ...", flush=True)
        scan_s = median_of(args.repeat, scan_once)
        bc3_s = median_of(args.repeat, lambda: run_process(bc3, env)[0])
        print("timing in-process reads ...", flush=True)
        in_process = json.loads(
            subprocess.run(
                [
                    python,
                    "-c",
                    IN_PROCESS_SCRIPT,
                    str(stores["chromium"]),
                    str(stores["firefox"]),
                    str(args.repeat),
                ],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        print("timing the app ...", flush=True)
        app_demo = measure_app(python, env, ["--demo"], args.repeat)
        app_big = measure_app(python, env, [], args.repeat)
        imports = subprocess.run(
            [
                python,
                "-c",
                "import runpy, sys; sys.argv=['x','scan','--json'];\n"
                "try: runpy.run_module('tui', run_name='__main__')\nexcept SystemExit: pass\n"
                "print('TEXTUAL', any(m.startswith('textual') for m in sys.modules), "
                "file=sys.stderr)",
            ],
            env=env,
            capture_output=True,
            text=True,
        ).stderr

    ours_read = in_process["chromium_ours"]["median_s"] + in_process["firefox_ours"]["median_s"]
    bc3_read = in_process["chromium_bc3"]["median_s"] + in_process["firefox_bc3"]["median_s"]
    figures: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "rows_per_store": args.rows,
        "repeat": args.repeat,
        "scan_process_s": scan_s,
        "bc3_process_s": bc3_s,
        "scan_max_rss_mb": max(rss),
        "in_process": in_process,
        "app_populated_demo_s": app_demo,
        "app_populated_big_s": app_big,
        "scan_imports_textual": "TEXTUAL True" in imports,
    }
    checks = {
        "scan_vs_bc3_process": scan_s <= bc3_s,
        "read_speedup_chromium": in_process["chromium_bc3"]["median_s"]
        / in_process["chromium_ours"]["median_s"]
        >= 20,
        "read_speedup_firefox": in_process["firefox_bc3"]["median_s"]
        / in_process["firefox_ours"]["median_s"]
        >= 20,
        "scan_max_rss_mb": max(rss) <= 80,
        "app_populated_s": app_demo is not None
        and app_big is not None
        and max(app_demo, app_big) <= 0.6,
        "scan_imports_textual": not figures["scan_imports_textual"],
    }
    figures["budgets"] = {
        key: {"budget": BUDGETS[key], "held": held} for key, held in checks.items()
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(render(figures, ours_read, bc3_read))
    print(f"figures written to {args.out}")
    return 0 if all(checks.values()) else 1


def _ms(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds * 1000:,.0f} ms"


def render(figures: dict[str, Any], ours_read: float, bc3_read: float) -> str:
    ip = figures["in_process"]
    rows = [
        (
            "scan --json, whole process",
            _ms(figures["scan_process_s"]),
            _ms(figures["bc3_process_s"]),
            f"{figures['bc3_process_s'] / figures['scan_process_s']:.1f}x",
        ),
        (
            "store read in process, Chromium",
            _ms(ip["chromium_ours"]["median_s"]),
            _ms(ip["chromium_bc3"]["median_s"]),
            f"{ip['chromium_bc3']['median_s'] / ip['chromium_ours']['median_s']:.0f}x",
        ),
        (
            "store read in process, Firefox",
            _ms(ip["firefox_ours"]["median_s"]),
            _ms(ip["firefox_bc3"]["median_s"]),
            f"{ip['firefox_bc3']['median_s'] / ip['firefox_ours']['median_s']:.0f}x",
        ),
        (
            "store read in process, both",
            _ms(ours_read),
            _ms(bc3_read),
            f"{bc3_read / ours_read:.0f}x",
        ),
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
        ("app: start to populated table, 2 x 100k", _ms(figures["app_populated_big_s"]), "", ""),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [
        f"{'measure':<{width}}  {'saemes-cookies':>15}  {'browser-cookie3':>15}  ratio",
        "-" * (width + 42),
    ]
    lines += [f"{a:<{width}}  {b:>15}  {c:>15}  {d}" for a, b, c, d in rows]
    lines.append("")
    for check in figures["budgets"].values():
        lines.append(f"[{'held' if check['held'] else 'MISSED'}] {check['budget']}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
