"""The suite passes on any date. A test that runs the tool as a process of its own dates the
stores it reads from the clock that process reads (`live_now()`, tests/helpers), never from the
suite's fixed NOW, which only the test's own process is given: from NOW, a cookie written to
expire at days(14) reads "expired" two weeks later, and findings (a session expired, a consent
grown old, a duplicate no longer sent) come and go with the calendar.

The guard: a handful of such tests, one per helper that writes stores for a process, run again
under Debian's faketime, which moves the clock of the test and of every process it starts,
two years and two months ahead (past month ends, a year end and 29 February 2028). A test that
went back to a fixed date fails there. The offset is relative, so the clock keeps running
(the tool's waits and the tests' guards need it to), and it lies ahead, since files' mtimes
still come from the real kernel clock.

faketime cannot run every test: under libfaketime 0.9.10 (Debian 12) a Python thread waiting
with a timeout (threading.Event.wait, queue.Queue.get) never wakes, since CPython waits with
sem_clockwait on CLOCK_MONOTONIC, a call libfaketime does not intercept, with a deadline taken
from its shifted clock; with FAKETIME_DONT_FAKE_MONOTONIC=1, time.sleep fails instead with
EINVAL (its clock_nanosleep deadline is shifted back anyway). So `watch` and the tests that
read it line by line (tests/helpers/watching.py) are left out here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from tests.helpers import REPO
from tests.helpers.processes import faketime

AHEAD = timedelta(days=800)

# One per way a process test writes its stores: site_specs through a fake home, the shared
# store helpers (chromium_user_data, firefox_profile), a module's own writer read both by the
# test's process and by a pasted command's, and the real clock used directly.
GUARDED = (
    "tests/core/test_scan_cli.py::test_scan_json_lists_exactly_the_sites_cookies_in_every_profile",
    "tests/core/test_site.py::test_a_findings_fix_command_names_the_site_and_does_exactly_the_fix",
    "tests/delete/test_cli.py::test_finding_carries_out_exactly_that_fix",
    "tests/findings/test_fix_command.py::test_a_name_that_would_not_show_as_it_is_gets_the_finding_form[tab\\there]",
    "tests/core/test_scan_output.py::test_scan_into_a_pipe_prints_whole_lines_with_every_column",
)


def _faketime() -> str:
    if "FAKETIME" in os.environ:
        # The whole run is already shifted (a sweep by hand): a second offset would be counted
        # from the real clock again, not from this run's.
        pytest.skip("this run already runs under faketime, which is the check itself")
    return faketime()


def _ahead(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_faketime(), "-f", f"+{AHEAD.days}d", *command],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
    )


def test_faketime_moves_the_clock_of_python_and_its_children() -> None:
    """Else the guard below would pass for nothing."""
    before = datetime.now(UTC)
    code = "import datetime as d; print(d.datetime.now(d.UTC).isoformat())"
    done = _ahead(
        sys.executable,
        "-c",
        f"import subprocess, sys; subprocess.run([sys.executable, '-c', {code!r}])",
    )
    assert done.returncode == 0, done.stderr
    seen = datetime.fromisoformat(done.stdout.strip())
    assert before + AHEAD <= seen <= datetime.now(UTC) + AHEAD


def test_tests_of_processes_pass_two_years_ahead() -> None:
    done = _ahead(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *GUARDED)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert f"{len(GUARDED)} passed" in done.stdout, done.stdout[-2000:]
