"""A real D-Bus session bus (`dbus-run-session`, Debian's `dbus-daemon`) with a stand-in for a
keyring service on it, and the tool's reader run on that bus.

A test gives the stand-in's `answer(fields, member, args)`: the signature and body of the
reply to one method call, or None for an UnknownMethod error. The stand-in owns its bus name,
answers from a state given as JSON, and records every call (member and signature) in a file,
so a test can also prove what the tool never asked.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.helpers import NOW, REPO, SITE
from tests.helpers.processes import unavailable
from tui.demo.stores import Spec, write_chromium

_HEAD = r"""
import json, sys
from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

state = json.loads(sys.argv[1])
calls = open(sys.argv[2], "a")
bus = open_dbus_connection(bus="SESSION")
bus.send_and_get_reply(message_bus.RequestName(sys.argv[3]))
print("ready", flush=True)
"""

_LOOP = r"""
while True:
    message = bus.receive()
    if message.header.message_type != MessageType.method_call:
        continue
    fields = message.header.fields
    member = fields.get(HeaderFields.member)
    calls.write(json.dumps([member, fields.get(HeaderFields.signature, "")]) + "\n")
    calls.flush()
    reply = answer(fields, member, message.body)
    if reply is None:
        bus.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))
    else:
        bus.send(new_method_return(message, *reply))
"""

_READER = r"""
import json, subprocess, sys
from pathlib import Path
store, browser, state, calls, standin, name = sys.argv[1:7]
if state != "none":
    service = subprocess.Popen(
        [sys.executable, standin, state, calls, name], stdout=subprocess.PIPE
    )
    assert service.stdout.readline().strip() == b"ready"
from tui.catalog import load
from tui.model import Family, StoreRef
from tui.stores.read import read_store
ref = StoreRef(browser, "Default", Family.CHROMIUM, Path(store))
_, rows = read_store(ref, load().hosts)
print(json.dumps({r.name: [r.value, r.value_status] for r in rows}))
"""


def store_with_token(path: Path, encrypted: bytes) -> Path:
    """A Chromium store whose `csrftoken` holds `encrypted` (as the browser sealed it) beside
    a `sessionid` with the usual v10 value."""
    store = write_chromium(
        path,
        [Spec(SITE, "csrftoken", "set-below"), Spec(SITE, "sessionid", "plain-v10")],
        now=NOW,
    )
    connection = sqlite3.connect(store)
    with connection:
        connection.execute(
            "UPDATE cookies SET encrypted_value = ? WHERE name = 'csrftoken'", (encrypted,)
        )
    connection.close()
    return store


def require_session_bus() -> None:
    if shutil.which("dbus-run-session") is None:
        unavailable("needs dbus-run-session (Debian package dbus-daemon); .ci/run installs it")


def read_on_bus(
    work: Path,
    store: Path,
    browser: str,
    service: str,
    answer: str,
    state: Any | None,
    bus: bool = True,
) -> tuple[dict[str, list[Any]], list[Any]]:
    """The values and value states of `store`'s rows as the tool reads them in a process on
    a fresh session bus where the stand-in (`answer`, from `state`; None: no stand-in) owns
    `service`; and the calls the stand-in got. `bus=False`: no session bus at all."""
    standin = work / "standin.py"
    standin.write_text(_HEAD + answer + _LOOP, encoding="utf-8")
    calls = work / "calls.jsonl"
    calls.write_text("")
    reader = [sys.executable, "-c", _READER, str(store), browser]
    reader += [json.dumps(state) if state is not None else "none", str(calls), str(standin)]
    reader.append(service)
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    command = ["dbus-run-session", "--", *reader] if bus else reader
    out = subprocess.run(
        command, capture_output=True, text=True, cwd=REPO, timeout=120, check=True, env=env
    ).stdout
    recorded = [json.loads(line) for line in calls.read_text().splitlines()]
    return json.loads(out.strip().splitlines()[-1]), recorded
