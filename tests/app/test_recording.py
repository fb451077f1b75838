"""A recording for support, end to end: `watch --demo -o rec.json` stopped with Ctrl+C after the
demo's five changes writes a file that `open` shows read-only, with the Timeline tab listing
those five events, the table as the stores were at the end, and an event chosen showing its
cookie as it was at that moment."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from textual.widgets import OptionList, TabbedContent

from tests.app.helpers import plain, running, screen, text_of
from tests.helpers import REPO
from tui.app.live_tab import TIMELINE_TAB
from tui.app.run import report_app
from tui.app.tabs import DETAILS_TAB
from tui.catalog import Catalog
from tui.report import ReportError, load_report

GUARD_S = 60.0
DONE = "the 5 changes are made"


def watch_demo(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`watch --demo ARGS` run to its end, looking every 0.1 s, with HOME at `home`."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "SAEMES_COOKIES_WATCH_INTERVAL": "0.1"}
    return subprocess.run(
        [sys.executable, "-m", "tui", "watch", "--demo", *args],
        capture_output=True,
        text=True,
        env={**env, "HOME": str(home)},
        timeout=GUARD_S,
        cwd=home,
    )


def record(tmp_path: Path, name: str, *more: str, stop: int = signal.SIGINT) -> tuple[Path, str]:
    """`watch --demo -o NAME` in its own process, Ctrl+C (SIGINT, or `stop`) once the demo's
    writer says its five changes are made; the file and what the watch said on stderr."""
    out = tmp_path / name
    env = {**os.environ, "PYTHONPATH": str(REPO), "SAEMES_COOKIES_WATCH_INTERVAL": "0.1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "watch", "--demo", "-o", str(out), *more],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**env, "HOME": str(tmp_path)},
        cwd=tmp_path,
    )
    assert process.stderr is not None
    said = []
    deadline = time.monotonic() + GUARD_S
    try:
        for line in process.stderr:
            said.append(line)
            if DONE in line:
                break
            assert time.monotonic() < deadline, said
        process.send_signal(stop)
        said += process.stderr.readlines()
        assert process.wait(GUARD_S) == 0, said
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return out, "".join(said)


async def test_a_demo_recording_stopped_with_ctrl_c_opens_with_its_five_events(
    catalog: Catalog, tmp_path: Path
) -> None:
    path, said = record(tmp_path, "rec.json")
    assert "recording written to" in said and "(5 changes, 2 consent violations)" in said
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["report"]["format"] == "saemes-cookies recording"
    events = document["recording"]["events"]
    assert [(e["change"], e["cookie"]["name"], e["violation"]) for e in events] == [
        ("added", "_ga", True),
        ("changed", "sessionid", False),
        ("changed", "_ga", True),
        ("removed", "cookies_preferences", False),
        ("added", "_gid", False),
    ]
    firefox = "Firefox/default-release (k3x9q2vd.default-release)"
    start = {(c["store"], c["name"]) for c in document["recording"]["start"]["cookies"]}
    end = {(c["store"], c["name"]) for c in document["cookies"]}
    assert (firefox, "cookies_preferences") in start - end and (firefox, "_gid") in end - start

    app = report_app(load_report(path), catalog, "en")
    async with running(app) as pilot:
        main = screen(app)
        for _ in range(100):
            if main.query("#timeline-list"):
                break
            await pilot.pause(0.02)
        panels = main.query_one("#panels", TabbedContent)
        assert panels.active == TIMELINE_TAB
        options = main.query_one("#timeline-list", OptionList)
        lines = [plain(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        # The violations first, then the others, the newest first in each (as live mode).
        assert len(lines) == 5 and all("CONSENT VIOLATION" in line for line in lines[:2])
        assert "removed  cookies_preferences" in lines[3] and "added  _gid" in lines[2]
        assert "Recording: 2 stores watched from" in text_of(app, "#timeline-header")
        assert text_of(app, "#banner").startswith("Recording made")
        # The table is the stores at the end: the removed consent cookie is not in Firefox's.
        shown = {(c.store.id, c.raw.name) for c in main.by_key.values()}
        assert shown == end
        # The choice is gone from the table; its event shows it as it was when it went.
        options.focus()
        options.highlighted = 3
        await pilot.press("enter")
        await pilot.pause()
        assert panels.active == DETAILS_TAB
        detail = text_of(app, "#detail")
        assert "Event 4" in detail and "removed. The cookie as it was then:" in detail
        assert "cookies_preferences" in detail
        assert "not in the recording" in detail


def test_sigterm_ends_the_watch_and_writes_the_recording_too(tmp_path: Path) -> None:
    path, said = record(tmp_path, "rec.json", stop=signal.SIGTERM)
    assert "(5 changes, 2 consent violations)" in said
    assert len(json.loads(path.read_text(encoding="utf-8"))["recording"]["events"]) == 5


def test_a_recording_as_markdown_lists_each_change_for_a_ticket(tmp_path: Path) -> None:
    path, _ = record(tmp_path, "rec.md")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# saemes-cookies recording: opendata.saemes.fr")
    assert ": 5 changes, 2 consent violations." in text
    assert "4. " in text and "· removed · `cookies_preferences`" in text
    assert text.count("**CONSENT VIOLATION**") == 2
    assert "## Cookies at the start (18)" in text and "## Cookies at the end (19)" in text


def test_watch_for_a_duration_ends_by_itself_and_writes_the_recording(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    result = watch_demo(tmp_path, "--for", "1", "-o", str(out))
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    recording = document["recording"]
    assert recording["started"] <= recording["stopped"]
    assert len(recording["start"]["cookies"]) == 18


def test_a_recording_that_cannot_be_written_says_so_in_one_line_and_exits_1(
    tmp_path: Path,
) -> None:
    out = tmp_path / "missing" / "r.json"
    result = watch_demo(tmp_path, "--for", "0.3", "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].startswith(f"saemes-cookies: cannot write {out}: ")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("given", ["0", "-5", "1x", "25h", "soon"])
def test_a_duration_that_is_not_one_is_refused_in_one_line(given: str, tmp_path: Path) -> None:
    result = watch_demo(tmp_path, "--for", given)
    assert result.returncode == 2
    assert "a duration is a number of seconds" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_recording_with_a_change_this_version_does_not_know_is_refused_in_one_line(
    tmp_path: Path,
) -> None:
    path, _ = record(tmp_path, "rec.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["recording"]["events"][1]["judgement"] = "[bold]maybe"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ReportError) as refused:
        load_report(path)
    said = str(refused.value)
    assert "\n" not in said and "recording.events[1]" in said
    assert "not a change this version records" in said
