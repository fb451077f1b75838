"""What tui/stores/bc3_internals.py relies on in browser-cookie3, pinned one fact per test.

browser-cookie3 has no public call that returns a browser's key, so the tool builds its browser
classes and reads undocumented attributes. When an upgrade changes any of that, the test named
after the changed fact fails here, instead of users getting a vague `unavailable`.

The macOS keychain and Windows DPAPI cannot run on Linux: their two functions are replaced by
stand-ins returning a password or a key, and `sys.platform` is set for the duration of the
call. The Linux keyring is either a stand-in for browser-cookie3's password manager (to see
which entry it asks for) or a real, empty session bus.
"""

from __future__ import annotations

import importlib.metadata
import inspect
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import browser_cookie3
import pytest

from tests.helpers import REPO
from tests.helpers.session_bus import require_session_bus
from tui.stores import bc3_internals
from tui.stores.bc3_internals import os_keys, pbkdf2_key
from tui.stores.browsers import BROWSERS


def _store(tmp_path: Path) -> Path:
    path = tmp_path / "Cookies"
    path.write_bytes(b"")
    return path


def test_the_pinned_version_is_the_installed_one_and_the_projects_pin() -> None:
    assert importlib.metadata.version("browser-cookie3") == bc3_internals.PINNED_VERSION
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    pin = f"browser-cookie3=={bc3_internals.PINNED_VERSION}"
    assert pin in project["project"]["dependencies"]


@pytest.mark.parametrize("name", sorted({row.keys.bc3_class for row in BROWSERS if row.keys}))
def test_each_browser_class_is_chromium_based_and_takes_cookie_and_key_file(name: str) -> None:
    cls = getattr(browser_cookie3, name)
    assert issubclass(cls, browser_cookie3.ChromiumBased)
    parameters = inspect.signature(cls).parameters
    assert {"cookie_file", "key_file"} <= set(parameters)


def test_the_fallback_password_is_peanuts() -> None:
    """A key derived from it is read as 'no key found' (os_keys)."""
    assert browser_cookie3.CHROMIUM_DEFAULT_PASSWORD == b"peanuts"


def test_linux_keyring_password_becomes_v11_key_for_each_browsers_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The class asks the keyring with its os_crypt_name and keeps PBKDF2(password) as
    `v11_key`; KDE Wallet 6 is asked for the same entry (the row's `os_crypt`)."""
    asked: list[str] = []

    def get_password(self: Any, os_crypt_name: str) -> bytes:
        asked.append(os_crypt_name)
        return f"pw-{os_crypt_name}".encode()

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(browser_cookie3._LinuxPasswordManager, "get_password", get_password)
    for row in BROWSERS:
        if row.keys is None:
            continue
        product = row.keys.os_crypt
        keys = os_keys(row.name, _store(tmp_path), None)
        assert asked[-1] == product, row.name
        assert keys.v11 == pbkdf2_key(f"pw-{product}".encode(), 1)


def test_with_no_keyring_on_the_bus_v11_key_is_the_fallback_so_no_key(tmp_path: Path) -> None:
    """A real session bus with nothing on it: browser-cookie3 asks the Secret Service and
    kwalletd5, gets errors, and silently uses peanuts, which os_keys reports as None."""
    require_session_bus()
    code = (
        "import sys\nfrom pathlib import Path\nfrom tui.stores.bc3_internals import os_keys\n"
        "keys = os_keys('Chrome', Path(sys.argv[1]), None)\n"
        "print(keys.v11 is None)\n"
    )
    out = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", code, str(_store(tmp_path))],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=True,
    ).stdout
    assert out.strip() == "True"


def test_macos_keychain_password_becomes_v10_key_with_1003_iterations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def keychain(osx_key_service: str, osx_key_user: str) -> bytes:
        asked.append((osx_key_service, osx_key_user))
        return b"keychain-pw"

    assert list(inspect.signature(browser_cookie3._get_osx_keychain_password).parameters) == [
        "osx_key_service",
        "osx_key_user",
    ]
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(browser_cookie3, "_get_osx_keychain_password", keychain)
    assert os_keys("Chrome", _store(tmp_path), None).v10 == pbkdf2_key(b"keychain-pw", 1003)
    assert asked == [("Chrome Safe Storage", "Chrome")]
    monkeypatch.setattr(
        browser_cookie3,
        "_get_osx_keychain_password",
        lambda service, user: browser_cookie3.CHROMIUM_DEFAULT_PASSWORD,
    )
    assert os_keys("Chrome", _store(tmp_path), None).v10 is None


def test_windows_local_state_key_is_unwrapped_by_dpapi_into_v10_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import base64
    import json

    key = bytes(range(32))

    def unprotect(cipher_text: bytes, is_key: bool = False, **_: Any) -> tuple[str, bytes]:
        assert (cipher_text, is_key) == (b"wrapped", True)
        return "", key

    local_state = tmp_path / "Local State"
    wrapped = base64.b64encode(b"DPAPI" + b"wrapped").decode()
    local_state.write_text(json.dumps({"os_crypt": {"encrypted_key": wrapped}}))
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(browser_cookie3, "_crypt_unprotect_data", unprotect)
    assert os_keys("Chrome", _store(tmp_path), local_state).v10 == key


def test_dpapi_unprotect_takes_is_key_and_returns_description_and_bytes() -> None:
    """dpapi_unprotect passes is_key=True to get every byte (`.raw`, not `.value`)."""
    parameters = inspect.signature(browser_cookie3._crypt_unprotect_data).parameters
    assert list(parameters) == ["cipher_text", "entropy", "reserved", "prompt_struct", "is_key"]
    source = inspect.getsource(browser_cookie3._crypt_unprotect_data)
    assert "return description, buffer_out.raw" in source


def test_browser_cookie3_still_does_not_ask_kwalletd6() -> None:
    """If this fails, browser-cookie3 asks KDE Wallet 6 itself: tui/stores/kwallet6.py may go."""
    assert "kwalletd6" not in inspect.getsource(browser_cookie3)
    assert "org.kde.kwalletd5" in inspect.getsource(browser_cookie3._LinuxPasswordManager)
