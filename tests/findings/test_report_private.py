"""A report names no person: made in a home whose path and account name are distinctive
strings, with the stores under that home, neither string is in the JSON nor in the Markdown
(store paths, places searched, fix commands: `~/...`), and a fix command from it still runs."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO, SITE, days, live_now, run_cli
from tui.demo.stores import Spec, write_chromium, write_firefox, write_local_state

# An account name and a home unlike anything else a report holds; the home's name has a space
# and a quote, so the fix command's quoting is tried too.
ACCOUNT = "qzxaccountvw"
HOME_NAME = "Qzxperson O'Homedir"


def private_home(tmp_path: Path) -> tuple[Path, dict[str, str], list[str]]:
    """A home with a Chromium profile and a Firefox store, given by path;
    the environment naming that home and account; the arguments reading both."""
    home = tmp_path / HOME_NAME
    now = live_now()  # the clock of the tool's processes that read them
    specs = [
        Spec(SITE, "csrftoken", "tok-1", expires=days(300, now)),
        Spec(".saemes.fr", "csrftoken", "tok-2", expires=days(300, now)),
        Spec(".saemes.fr", "_ga", "GA1.1.5", expires=days(3000, now)),
        Spec(SITE, "sessionid", "s-1", expires=days(3000, now), http_only=True),
    ]
    user_data = home / ".config" / "chromium"
    write_local_state(user_data, {"Default": "Personal"})
    chromium = write_chromium(user_data / "Default" / "Cookies", specs, now=now)
    profile = home / "ff profiles" / "ab12.default"
    firefox = write_firefox(profile / "cookies.sqlite", specs, now=now)
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "USER": ACCOUNT,
        "LOGNAME": ACCOUNT,
        "LC_ALL": "C.UTF-8",
    }
    return home, env, ["--store", str(chromium), "--store", str(firefox)]


def assert_private(text: str, home: Path) -> None:
    assert ACCOUNT not in text
    assert str(home) not in text and "Qzxperson" not in text


def test_a_report_names_neither_the_account_nor_the_home(tmp_path: Path) -> None:
    home, env, source = private_home(tmp_path)
    outputs = {}
    for fmt in ("json", "md"):
        out = tmp_path / f"r.{fmt}"
        result = run_cli("report", *source, "-o", str(out), env=env)
        assert result.returncode == 0, result.stderr
        outputs[fmt] = out.read_text(encoding="utf-8")
        assert_private(outputs[fmt], home)
    document = json.loads(outputs["json"])
    assert "user" not in document["report"]
    # What was read is there, under the home as `~`.
    paths = sorted(store["path"] for store in document["stores"])
    assert paths == [
        "~/.config/chromium/Default/Cookies",
        "~/ff profiles/ab12.default/cookies.sqlite",
    ]
    commands = [f["fix_command"] for f in document["findings"] if f["fix_command"]]
    assert any("--store ~/'ff profiles/ab12.default/cookies.sqlite'" in c for c in commands)
    assert "`~/.config/chromium/Default/Cookies`" in outputs["md"]
    assert any(c in outputs["md"] for c in commands)


def test_a_fix_command_from_a_report_still_runs_in_that_home(tmp_path: Path) -> None:
    home, env, source = private_home(tmp_path)
    document = json.loads(run_cli("report", *source, "-o", "-", env=env).stdout)
    command = next(
        f["fix_command"] for f in document["findings"] if "ff profiles" in (f["fix_command"] or "")
    )
    # The shell expands `~/'…'` to the home: the dry run names the store in that home.
    shell = f'saemes-cookies() {{ "$PYTHON" -m tui "$@"; }}; {command} --dry-run'
    result = subprocess.run(
        ["bash", "-c", shell],
        capture_output=True,
        text=True,
        env={**os.environ, **env, "PYTHON": sys.executable, "PYTHONPATH": str(REPO)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Would delete" in result.stdout
    assert str(home / "ff profiles" / "ab12.default" / "cookies.sqlite") in result.stdout


def test_include_paths_keeps_the_absolute_paths_and_still_no_account(tmp_path: Path) -> None:
    home, env, source = private_home(tmp_path)
    result = run_cli("report", *source, "--include-paths", "-o", "-", env=env)
    document = json.loads(result.stdout)
    assert str(home / ".config" / "chromium" / "Default" / "Cookies") in [
        store["path"] for store in document["stores"]
    ]
    assert ACCOUNT not in result.stdout


def test_a_recording_names_neither_the_account_nor_the_home(tmp_path: Path) -> None:
    home, env, source = private_home(tmp_path)
    env = {**env, "SAEMES_COOKIES_WATCH_INTERVAL": "0.1"}
    texts = {}
    for fmt in ("json", "md"):
        out = tmp_path / f"rec.{fmt}"
        result = run_cli("watch", *source, "--for", "0.5", "-o", str(out), env=env)
        assert result.returncode == 0, result.stderr
        texts[fmt] = out.read_text(encoding="utf-8")
        assert_private(texts[fmt], home)
    document = json.loads(texts["json"])
    assert document["report"]["format"] == "saemes-cookies recording"
    assert "user" not in document["report"]
    for part in (document, document["recording"]["start"]):
        assert sorted(store["path"] for store in part["stores"]) == [
            "~/.config/chromium/Default/Cookies",
            "~/ff profiles/ab12.default/cookies.sqlite",
        ]
    assert "`~/.config/chromium/Default/Cookies`" in texts["md"]


def test_the_environment_names_the_system_but_not_the_machine(tmp_path: Path) -> None:
    _, env, source = private_home(tmp_path)
    text = run_cli("report", *source, "-o", "-", env=env).stdout
    environment = json.loads(text)["environment"]
    assert set(environment) == {"os", "python", "tool", "catalog", "browsers"}
    assert set(environment["os"]) == {"system", "release", "machine"}
    # The machine's name: checked where it is long enough not to occur in a report by chance.
    host = socket.gethostname()
    if len(host) >= 6:
        assert host not in text
