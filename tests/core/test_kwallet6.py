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

from pathlib import Path
from typing import Any

import pytest

from tests.helpers import SITE
from tests.helpers.session_bus import read_on_bus, require_session_bus, store_with_token
from tui.demo.stores import encrypt_v11


@pytest.fixture(autouse=True)
def _session_bus_tool() -> None:
    require_session_bus()


WALLET_PASSWORD = "kde6-wallet-secret-Zq9"
TOKEN = "csrf-from-plasma-6-" + "w" * 24

# kwalletd6's answers, from the wallet in `state` (tests/helpers/session_bus.py runs them).
ANSWER = r"""
HANDLE = 7


def answer(fields, member, args):
    if fields.get(HeaderFields.path) != "/modules/kwalletd6":
        return None
    if fields.get(HeaderFields.interface) != "org.kde.KWallet":
        return None
    folders = state["folders"]
    if member == "isEnabled":
        return "b", (state.get("enabled", True),)
    if member == "networkWallet":
        return "s", ("kdewallet",)
    if member == "isOpen":
        return "b", (state["open"],)
    if member == "open":
        return "i", (HANDLE if state["open"] else -1,)
    if member == "hasEntry":
        handle, folder, key, _ = args
        return "b", (handle == HANDLE and key in folders.get(folder, {}),)
    if member == "readPassword":
        handle, folder, key, _ = args
        return "s", (folders.get(folder, {}).get(key, "") if handle == HANDLE else "",)
    if member == "close":
        return "i", (0,)
    return None
"""


def _run(tmp_path: Path, wallet: dict[str, Any] | None) -> tuple[dict[str, list[Any]], list[Any]]:
    encrypted = encrypt_v11(SITE, TOKEN, WALLET_PASSWORD)
    store = store_with_token(tmp_path / "Default" / "Cookies", encrypted)
    return read_on_bus(tmp_path, store, "Chrome", "org.kde.kwalletd6", ANSWER, wallet)


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
