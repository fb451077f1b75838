"""v12 values of a Flatpak Chromium: decrypted with the key derived from the secret the Secret
portal keeps for the browser's app id, or `unavailable:` saying which key, kept by whom, why.

What is real: a D-Bus session bus (`dbus-run-session`, Debian's `dbus-daemon`), the Chromium
store in a Flatpak's data folder, the tool's reader, its D-Bus calls and its decryption.

What is stood in for: the portal's backend, GNOME Keyring, not installed here. A small service
owns `org.freedesktop.secrets` on that bus and answers the Secret Service calls the tool makes
(SearchItems, OpenSession "plain", GetSecrets, Session.Close) with the signatures of the
freedesktop Secret Service API, from a keyring given as JSON. It holds the item as
gnome-keyring's portal backend makes it (daemon/dbus/gkd-secret-portal.c: attributes app_id
and xdg:schema org.freedesktop.portal.Secret, 64 random bytes) and records every call, so the
tests also prove the tool never asks it to unlock anything.

The value is encrypted here as Chromium does, from the constants of
components/os_crypt/async/browser/secret_portal_key_provider.cc (HKDF-SHA256, salt
"fdo_portal_secret_salt", info "HKDF-SHA-256 AES-256-GCM", 32 bytes) and its encryptor
("v12", 12-byte nonce, AES-256-GCM, 16-byte tag), with pycryptodomex's own HKDF: not the
tool's.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import SITE
from tests.helpers.session_bus import read_on_bus, require_session_bus, store_with_token

APP = "org.chromium.Chromium"
PORTAL_SECRET = bytes(range(64))
TOKEN = "csrf-from-a-flatpak-" + "p" * 20


@pytest.fixture(autouse=True)
def _session_bus_tool() -> None:
    require_session_bus()


def encrypt_v12(host: str, value: str, secret: bytes, version: int = 24) -> bytes:
    from Cryptodome.Cipher import AES
    from Cryptodome.Hash import SHA256
    from Cryptodome.Protocol.KDF import HKDF

    key = HKDF(secret, 32, b"fdo_portal_secret_salt", SHA256, context=b"HKDF-SHA-256 AES-256-GCM")
    plain = value.encode()
    if version >= 24:
        plain = hashlib.sha256(host.encode()).digest() + plain
    nonce = b"n" * 12
    sealed, tag = AES.new(key, AES.MODE_GCM, nonce=nonce).encrypt_and_digest(plain)
    return b"v12" + nonce + sealed + tag


# The Secret Service's answers, from the keyring in `state` (tests/helpers/session_bus.py).
ANSWER = r"""
SESSION = "/org/freedesktop/secrets/session/s1"


def answer(fields, member, args):
    items = state["items"]
    if member == "SearchItems":
        wanted = args[0]
        found = [
            path for path, item in items.items()
            if all(item["attributes"].get(k) == v for k, v in wanted.items())
        ]
        unlocked = [] if state["locked"] else found
        locked = found if state["locked"] else []
        return "aoao", (unlocked, locked)
    if member == "OpenSession":
        return "vo", (("s", ""), SESSION)
    if member == "GetSecrets":
        paths, session = args
        return "a{o(oayays)}", (
            {p: (session, b"", bytes.fromhex(items[p]["secret"]), "text/plain") for p in paths},
        )
    if member == "Close":
        return "", ()
    return None
"""


def _store(root: Path, secret: bytes = PORTAL_SECRET, app: str = APP) -> Path:
    folder = root / "home" / ".var" / "app" / app / "config" / "chromium" / "Default"
    return store_with_token(folder / "Cookies", encrypt_v12(SITE, TOKEN, secret))


def _keyring(locked: bool = False, app: str = APP, secret: bytes = PORTAL_SECRET) -> Any:
    return {
        "locked": locked,
        "items": {
            "/org/freedesktop/secrets/collection/login/7": {
                "attributes": {"app_id": app, "xdg:schema": "org.freedesktop.portal.Secret"},
                "secret": secret.hex(),
            },
            "/org/freedesktop/secrets/collection/login/8": {
                "attributes": {"application": "chromium"},
                "secret": b"other".hex(),
            },
        },
    }


def _run(
    tmp_path: Path, store: Path, keyring: Any | None, bus: bool = True
) -> tuple[dict[str, list[Any]], list[Any]]:
    return read_on_bus(
        tmp_path, store, "Chromium", "org.freedesktop.secrets", ANSWER, keyring, bus=bus
    )


def test_v12_values_are_decrypted_with_the_secret_the_portal_keeps(tmp_path: Path) -> None:
    result, calls = _run(tmp_path, _store(tmp_path), _keyring())
    assert result["csrftoken"] == [TOKEN, "ok"]
    assert result["sessionid"] == ["plain-v10", "ok"]
    assert [member for member, _ in calls] == ["SearchItems", "OpenSession", "GetSecrets", "Close"]
    assert ["SearchItems", "a{ss}"] in calls and ["GetSecrets", "aoo"] in calls


def test_a_locked_keyring_is_named_and_never_unlocked(tmp_path: Path) -> None:
    result, calls = _run(tmp_path, _store(tmp_path), _keyring(locked=True))
    assert result["csrftoken"] == [
        None,
        f'unavailable: v12: "Application key for {APP}", the secret the Secret portal keeps '
        "for that Flatpak app, is in a locked keyring: unlock it (log in to the desktop) and "
        "scan again; this tool never unlocks it, which would prompt",
    ]
    assert [member for member, _ in calls] == ["SearchItems"]


def test_no_item_for_the_app_is_named(tmp_path: Path) -> None:
    result, _ = _run(tmp_path, _store(tmp_path), _keyring(app="com.google.Chrome"))
    assert result["csrftoken"][1].startswith(
        f'unavailable: v12: the keyring holds no "Application key for {APP}"'
    )


def test_no_secret_service_on_the_bus_is_named(tmp_path: Path) -> None:
    result, _ = _run(tmp_path, _store(tmp_path), None)
    assert result["csrftoken"][1].startswith(
        "unavailable: v12: no Secret Service (org.freedesktop.secrets, such as GNOME Keyring) "
        "answers on the session bus"
    )


def test_no_session_bus_names_the_key_and_its_keeper(tmp_path: Path) -> None:
    result, _ = _run(tmp_path, _store(tmp_path), None, bus=False)
    assert result["csrftoken"] == [
        None,
        "unavailable: v12: the key is derived from the secret the desktop's Secret portal "
        f'keeps for the Flatpak app {APP} (the keyring item "Application key for {APP}"), and '
        "a keyring is asked only over the D-Bus session bus, which this session lacks "
        "(DBUS_SESSION_BUS_ADDRESS is not set): run the tool inside the desktop session",
    ]


def test_a_wrong_secret_fails_the_check_and_shows_no_value(tmp_path: Path) -> None:
    result, _ = _run(tmp_path, _store(tmp_path), _keyring(secret=b"\x01" * 64))
    assert result["csrftoken"] == [
        None,
        "unavailable: decryption failed (wrong key or damaged value)",
    ]


def test_a_v12_value_outside_a_flatpak_says_there_is_no_app_id(tmp_path: Path) -> None:
    store = _store(tmp_path)
    moved = tmp_path / "elsewhere" / "Cookies"
    moved.parent.mkdir()
    store.rename(moved)
    result, _ = _run(tmp_path, moved, _keyring())
    assert result["csrftoken"][1].startswith(
        "unavailable: v12: the key of this value is derived from the secret the desktop's "
        "Secret portal keeps for each Flatpak app"
    )
