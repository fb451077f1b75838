"""v11 values on KDE Plasma 6: the key comes from KDE Wallet 6, or the reason says why not.

What is real: a D-Bus session bus (`dbus-run-session`, Debian's `dbus-daemon`), the Chromium
store and its v11 values, browser-cookie3's own keyring lookups (the Secret Service and KDE
Wallet 5, which find nothing on this bus, as on a Plasma 6 desktop where nothing answers under
the KF5 name), the tool's reader and decryption.

What is stood in for: kwalletd6 itself, since KDE is not installed here. A small service owns
`org.kde.kwalletd6` at `/modules/kwalletd6` on that bus and answers the `org.kde.KWallet`
methods the tool calls, with the signatures of KDE/kwallet's src/api/KWallet/org.kde.KWallet.xml,
from a wallet given as JSON (open or locked, its folders and entries). It records every call,
so the tests can also prove the tool never asks it to open a locked wallet.
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

import pytest

from tests.helpers import NOW, REPO, SITE
from tui.demo.stores import Spec, encrypt_v11, write_chromium


@pytest.fixture(autouse=True)
def _session_bus_tool() -> None:
    if shutil.which("dbus-run-session") is None:
        reason = "needs dbus-run-session (Debian package dbus-daemon); .ci/run installs it"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run this test: {reason}")
        pytest.skip(reason)


WALLET_PASSWORD = "kde6-wallet-secret-Zq9"
TOKEN = "csrf-from-plasma-6-" + "w" * 24

STANDIN = r"""
import json, sys
from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

wallet = json.loads(sys.argv[1])
calls = open(sys.argv[2], "a")
bus = open_dbus_connection(bus="SESSION")
bus.send_and_get_reply(message_bus.RequestName("org.kde.kwalletd6"))
print("ready", flush=True)
HANDLE = 7


def answer(member, args):
    folders = wallet["folders"]
    if member == "isEnabled":
        return "b", (wallet.get("enabled", True),)
    if member == "networkWallet":
        return "s", ("kdewallet",)
    if member == "isOpen":
        return "b", (wallet["open"],)
    if member == "open":
        return "i", (HANDLE if wallet["open"] else -1,)
    if member == "hasEntry":
        handle, folder, key, _ = args
        return "b", (handle == HANDLE and key in folders.get(folder, {}),)
    if member == "readPassword":
        handle, folder, key, _ = args
        return "s", (folders.get(folder, {}).get(key, "") if handle == HANDLE else "",)
    if member == "close":
        return "i", (0,)
    return None


while True:
    message = bus.receive()
    if message.header.message_type != MessageType.method_call:
        continue
    fields = message.header.fields
    member = fields.get(HeaderFields.member)
    right_place = (
        fields.get(HeaderFields.path) == "/modules/kwalletd6"
        and fields.get(HeaderFields.interface) == "org.kde.KWallet"
    )
    calls.write(json.dumps([member, fields.get(HeaderFields.signature, "")]) + "\n")
    calls.flush()
    reply = answer(member, message.body) if right_place else None
    if reply is None:
        bus.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))
    else:
        bus.send(new_method_return(message, *reply))
"""

READER = r"""
import json, subprocess, sys
from pathlib import Path
store, wallet, calls, standin = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
if wallet != "none":
    service = subprocess.Popen([sys.executable, standin, wallet, calls], stdout=subprocess.PIPE)
    assert service.stdout.readline().strip() == b"ready"
from tui.catalog import load
from tui.model import Family, StoreRef
from tui.stores.read import read_store
ref = StoreRef("Chrome", "Default", Family.CHROMIUM, store)
_, rows = read_store(ref, load().hosts)
print(json.dumps({r.name: [r.value, r.value_status] for r in rows}))
"""


def _run(tmp_path: Path, wallet: dict[str, Any] | None) -> tuple[dict[str, list[Any]], list[Any]]:
    store = write_chromium(
        tmp_path / "Default" / "Cookies",
        [Spec(SITE, "csrftoken", "v10-set-later"), Spec(SITE, "sessionid", "plain-v10")],
        now=NOW,
    )
    db = sqlite3.connect(store)
    with db:
        db.execute(
            "UPDATE cookies SET encrypted_value = ? WHERE name = 'csrftoken'",
            (encrypt_v11(SITE, TOKEN, WALLET_PASSWORD),),
        )
    db.close()
    standin = tmp_path / "kwalletd6_standin.py"
    standin.write_text(STANDIN, encoding="utf-8")
    calls = tmp_path / "calls.jsonl"
    calls.touch()
    out = subprocess.run(
        [
            "dbus-run-session",
            "--",
            sys.executable,
            "-c",
            READER,
            str(store),
            json.dumps(wallet) if wallet is not None else "none",
            str(calls),
            str(standin),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=True,
    ).stdout
    recorded = [json.loads(line) for line in calls.read_text().splitlines()]
    return json.loads(out.strip().splitlines()[-1]), recorded


def _wallet(open_: bool = True, password: str = WALLET_PASSWORD) -> dict[str, Any]:
    return {"open": open_, "folders": {"Chrome Keys": {"Chrome Safe Storage": password}}}


def test_v11_values_are_decrypted_with_the_key_from_kde_wallet_6(tmp_path: Path) -> None:
    result, calls = _run(tmp_path, _wallet())
    assert result["csrftoken"] == [TOKEN, "ok"]
    assert result["sessionid"] == ["plain-v10", "ok"]
    asked = [member for member, _ in calls]
    assert asked[-2:] == ["readPassword", "close"]
    assert ["open", "sxs"] in calls and ["readPassword", "isss"] in calls


def test_a_locked_kde_wallet_6_is_named_and_never_asked_to_open(tmp_path: Path) -> None:
    result, calls = _run(tmp_path, _wallet(open_=False))
    assert result["csrftoken"] == [
        None,
        "unavailable: no keyring gave the key: neither the Secret Service nor KDE Wallet 5 "
        "had it, and KDE Wallet 6 is locked",
    ]
    assert "open" not in [member for member, _ in calls]
    assert result["sessionid"] == ["plain-v10", "ok"]


def test_no_kde_wallet_6_on_the_bus_is_named(tmp_path: Path) -> None:
    result, _ = _run(tmp_path, None)
    assert result["csrftoken"] == [
        None,
        "unavailable: no keyring gave the key: neither the Secret Service nor KDE Wallet 5 "
        "had it, and no KDE Wallet 6 answered on D-Bus",
    ]


def test_a_wallet_without_the_browsers_entry_is_named(tmp_path: Path) -> None:
    result, _ = _run(tmp_path, {"open": True, "folders": {"Chromium Keys": {"x": "y"}}})
    value, status = result["csrftoken"]
    assert value is None
    assert status.endswith("KDE Wallet 6 has no 'Chrome Safe Storage' entry in 'Chrome Keys'")


def test_a_wrong_wallet_password_is_a_failed_decryption_not_a_value(tmp_path: Path) -> None:
    result, _ = _run(tmp_path, _wallet(password="not-the-one"))
    value, status = result["csrftoken"]
    assert value is None
    assert status in {
        "unavailable: decryption failed (wrong key?)",
        "unavailable: integrity check failed",
    }
    assert WALLET_PASSWORD not in status and "not-the-one" not in status
