"""The plain `scan` says what `scan --json` finds: after the table, every finding, most severe
first, with its message and its exact fix command on a line of its own (whole, so a person can
copy it, on a terminal too); one line when there is nothing to say."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.helpers import SITE, days, live_now, run_cli
from tests.helpers.terminal import TOOL, on_terminal
from tui.demo.stores import Spec, write_firefox

ENV = {"COLUMNS": "80", "LC_ALL": "C.UTF-8"}
# Each demo run makes its own home: the commands are compared with it left out.
_DEMO_HOME = re.compile(r"/tmp/saemes-demo-[^/\s]+")


def _same_home(text: str) -> str:
    return _DEMO_HOME.sub("<demo>", text)


def test_plain_demo_scan_shows_all_findings_with_their_commands_most_severe_first() -> None:
    findings = json.loads(run_cli("scan", "--demo", "--json").stdout)["findings"]
    shown = run_cli("scan", "--demo", env=ENV)
    assert shown.returncode == 0
    lines = [_same_home(line.strip()) for line in shown.stdout.splitlines()]
    assert len(findings) == 14
    assert f"Findings ({len(findings)}), most severe first:" in lines
    places = []
    for finding in findings:
        heads = [i for i, line in enumerate(lines) if line.endswith(finding["message"])]
        assert heads, finding["message"]
        places.append(heads[0])
        if finding["fix_command"]:
            # A line of its own, whole (not wrapped at 80 columns), exactly the JSON's command.
            assert _same_home(finding["fix_command"]) in lines
    assert places == sorted(places)
    severities = [lines[place].split()[0] for place in places]
    assert severities == sorted(severities, key=["ERROR", "WARNING", "INFO"].index)
    assert severities[0] == "ERROR" and severities[-1] == "INFO"


def test_plain_scan_in_french_says_the_findings_in_french() -> None:
    shown = run_cli("scan", "--demo", "--lang", "fr", env=ENV).stdout
    assert "Constats (14), les plus graves d'abord :" in shown
    assert "ERREUR  duplicate-scope" in shown


def test_a_finding_repeated_in_two_profiles_is_said_once_naming_both(tmp_path: Path) -> None:
    stores = []
    now = live_now()
    for profile in ("aa.one", "bb.two"):
        specs = [
            Spec(".saemes.fr", "_ga", "GA1.1.5", expires=days(3000, now)),
            # Expired three days ago, at the clock `scan` reads.
            Spec(SITE, "sessionid", "s1", expires=days(-3, now), http_only=True),
        ]
        stores.append(write_firefox(tmp_path / profile / "cookies.sqlite", specs, now=now))
    args = [arg for store in stores for arg in ("--store", str(store))]
    found = json.loads(run_cli("scan", "--json", *args).stdout)["findings"]
    shown = run_cli("scan", *args, env=ENV).stdout
    lines = [line.strip() for line in shown.splitlines()]
    for code in ("consent-missing", "session-expired"):
        repeated = [f for f in found if f["code"] == code]
        # Two findings, one per profile, each message naming its own profile.
        assert [("aa.one" in f["message"], "bb.two" in f["message"]) for f in repeated] == [
            (True, False),
            (False, True),
        ]
        assert repeated[0]["message"] in shown and repeated[1]["message"] not in shown
        # Each profile's own command, each on its line.
        assert all(f["fix_command"] in lines for f in repeated if f["fix_command"])
        head = next(i for i, line in enumerate(lines) if line.endswith(repeated[0]["message"]))
        assert lines[head + 1] == "In: Firefox/aa.one, Firefox/bb.two"


def test_a_scan_with_nothing_wrong_says_so_in_one_line(tmp_path: Path) -> None:
    now = live_now()
    store = write_firefox(
        tmp_path / "p" / "cookies.sqlite",
        [Spec(SITE, "django_language", "fr", expires=days(30, now))],
        now=now,
    )
    assert json.loads(run_cli("scan", "--json", "--store", str(store)).stdout)["findings"] == []
    shown = run_cli("scan", "--store", str(store), env=ENV).stdout
    assert shown.rstrip().splitlines()[-1] == "No problem found."


def test_on_a_narrow_terminal_a_fix_command_is_left_whole_for_copying() -> None:
    with on_terminal([*TOOL, "scan", "--demo"], columns=60, env={"NO_COLOR": "1"}) as terminal:
        terminal.read_until(b"spread-over-stores")
        terminal.process.wait(timeout=60)
        screen = terminal.read_until(b"demo home").decode()
    # The terminal wraps the long line itself: the tool writes it with no line break inside.
    commands = [line for line in screen.splitlines() if "saemes-cookies delete --demo" in line]
    assert commands and all(
        re.search(r"--host \S+\s*$", line.replace("\x1b[0m", "")) for line in commands
    ), commands
