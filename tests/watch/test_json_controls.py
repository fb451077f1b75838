"""JSON outputs escape every control character of a hostile cookie name -- C0, DEL and C1
(U+009B is a one-character CSI) -- so `jq -r` cannot print one to a terminal; the JSON stays
valid and reads back the exact name."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import SITE, days, live_now, run_cli
from tests.helpers.watching import firefox_add, watch, writing
from tui.demo.stores import Spec, write_firefox

HOSTILE = "_pk_ses\u009b2J\x7fx\x1b[0m"
ENV = {"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


def _no_raw_controls(text: str) -> None:
    assert not any(ord(char) < 0x20 and char != "\n" for char in text)
    assert not any(0x7F <= ord(char) <= 0x9F for char in text)


def _store(tmp_path: Path, names: list[str]) -> Path:
    """Dated from the clock of the process that reads it."""
    now = live_now()
    specs = [Spec(SITE, name, "v", expires=days(3, now)) for name in names]
    return write_firefox(tmp_path / "ff" / "p.default" / "cookies.sqlite", specs, now=now)


def test_scan_json_escapes_del_and_c1_controls_in_names(tmp_path: Path) -> None:
    store = _store(tmp_path, ["sessionid", HOSTILE])
    done = run_cli("scan", "--json", "--store", str(store), env=ENV)
    assert done.returncode == 0, done.stderr
    _no_raw_controls(done.stdout)
    assert "\\u009b" in done.stdout and "\\u007f" in done.stdout
    names = {cookie["name"] for cookie in json.loads(done.stdout)["cookies"]}
    assert HOSTILE in names


def test_watch_json_escapes_del_and_c1_controls_in_names(tmp_path: Path) -> None:
    store = _store(tmp_path, ["sessionid"])
    with watch("--json", "--store", str(store), env=ENV) as running:
        with writing(store) as connection:
            now = live_now()
            firefox_add(connection, Spec(SITE, HOSTILE, "v", expires=days(3, now)), now)
        line = running.next_line()
        code, _ = running.stop()
    assert code == 0
    _no_raw_controls(line)
    assert json.loads(line)["name"] == HOSTILE
