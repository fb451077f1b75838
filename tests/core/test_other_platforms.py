"""macOS and Safari paths, exercised here with what can be real and mocking only the rest.

The macOS keychain cannot exist on this Linux machine, so the keychain lookup (a call to
`/usr/bin/security`) is replaced by a stand-in returning a password, and `sys.platform` is
set to "darwin" inside a subprocess. Everything else is real: the store, browser-cookie3's
key derivation and decryption, and the tool's reader. The Safari file is written byte by
byte in Apple's binarycookies layout (tests/helpers/safari.py).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import NOW, REPO, SITE, days, site_specs
from tests.helpers.safari import binarycookies
from tui.catalog import load
from tui.demo.stores import Spec, encrypt_v10, write_chromium
from tui.model import Family, StoreRef
from tui.stores.backup import Backups
from tui.stores.read import read_store, stores_at
from tui.stores.write import WriteError, delete_rows

KEYCHAIN_PASSWORD = "k3ych41n-pass"

MACOS_SCRIPT = """
import json, sys
from pathlib import Path
import browser_cookie3
from tui.catalog import load
from tui.model import Family, StoreRef
from tui.stores.read import read_store
# Only now, imports done (urllib would look for macOS's proxy module): decide as on macOS.
sys.platform = "darwin"
browser_cookie3._get_osx_keychain_password = lambda service, user: {answer}
ref = StoreRef("Chrome", "Default", Family.CHROMIUM, Path(sys.argv[1]))
store, rows = read_store(ref, load().hosts)
print(json.dumps({{r.name: [r.value, r.value_status] for r in rows}}))
"""


def _macos_store(tmp_path: Path) -> Path:
    path = write_chromium(tmp_path / "Default" / "Cookies", site_specs(), now=NOW)
    db = sqlite3.connect(path)
    with db:
        db.execute(
            "UPDATE cookies SET encrypted_value = ? WHERE name = 'csrftoken'",
            (encrypt_v10(SITE, "mac-token-value", password=KEYCHAIN_PASSWORD, iterations=1003),),
        )
        db.execute("DELETE FROM cookies WHERE name != 'csrftoken'")
    db.close()
    return path


def _run_as_macos(path: Path, answer: str) -> dict[str, list[str | None]]:
    script = MACOS_SCRIPT.format(answer=answer)
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    ).stdout
    result: dict[str, list[str | None]] = json.loads(out)
    return result


def test_macos_values_are_decrypted_with_the_keychain_password(tmp_path: Path) -> None:
    path = _macos_store(tmp_path)
    result = _run_as_macos(path, repr(KEYCHAIN_PASSWORD.encode()))
    assert result == {"csrftoken": ["mac-token-value", "ok"]}


def test_a_refused_keychain_leaves_the_cookie_listed_with_a_reason(tmp_path: Path) -> None:
    path = _macos_store(tmp_path)
    # browser-cookie3 falls back to its default password when `security` refuses.
    result = _run_as_macos(path, "browser_cookie3.CHROMIUM_DEFAULT_PASSWORD")
    assert result == {
        "csrftoken": [None, "unavailable: the macOS keychain did not give the browser's key"]
    }


def _safari(host: str, name: str, value: str, **flags: bool) -> Spec:
    return Spec(host, name, value, expires=days(30), created=days(-1), **flags)


def test_safari_cookies_of_the_site_only_are_read(tmp_path: Path) -> None:
    expires = days(30).timestamp()
    path = tmp_path / "Cookies.binarycookies"
    path.write_bytes(
        binarycookies(
            [
                _safari(SITE, "sessionid", "safari-session-1", secure=True, http_only=True),
                _safari(".saemes.fr", "_ga", "GA1.1.5"),
                _safari("fakesaemes.fr", "sessionid", "decoy"),
                _safari("saemes.fr.evil.example", "_ga", "decoy"),
            ]
        )
    )
    [ref] = stores_at(path)
    assert ref.family is Family.SAFARI
    store, rows = read_store(ref, load().hosts)
    assert store.error is None
    found = {(r.host, r.name): r for r in rows}
    assert set(found) == {(SITE, "sessionid"), (".saemes.fr", "_ga")}
    session = found[(SITE, "sessionid")]
    assert (session.secure, session.http_only, session.value_length) == (True, True, 16)
    assert session.expires is not None and abs(session.expires.timestamp() - expires) < 1


def test_a_damaged_safari_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "Cookies.binarycookies"
    path.write_bytes(b"cook" + b"\xff" * 40)
    ref = StoreRef("Safari", "default", Family.SAFARI, path)
    store, rows = read_store(ref, load().hosts)
    assert rows == [] and store.error is not None
    assert str(store.error).startswith(f"{path}: cannot be parsed as a Safari cookie file")


def test_a_safari_store_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "Cookies.binarycookies"
    content = binarycookies([_safari(SITE, "_ga", "GA1.1.5")])
    path.write_bytes(content)
    [ref] = stores_at(path)
    _, rows = read_store(ref, load().hosts)
    with pytest.raises(WriteError, match="Safari stores cannot be changed"):
        delete_rows(ref, [rows[0].key], Backups(tmp_path / "backups"))
    assert path.read_bytes() == content


WINDOWS_SCRIPT = """
import json, sys
from pathlib import Path
import browser_cookie3
from tui.catalog import load
from tui.model import Family, StoreRef
from tui.stores.read import read_store
AES_KEY = bytes(range(32))

def unprotect(data, is_key=False, **kwargs):
    # Stands in for Windows DPAPI: the key in Local State unwraps to AES_KEY; a value DPAPI
    # protected alone (Chrome before 80) is "dpapi:" + its plaintext; anything else is refused.
    if data == b"wrapped-key":
        return "", AES_KEY
    if data.startswith(b"dpapi:"):
        return "", data[len(b"dpapi:"):]
    raise RuntimeError("not a DPAPI blob")

sys.platform = "win32"
browser_cookie3._crypt_unprotect_data = unprotect
cookie_file, local_state = Path(sys.argv[1]), Path(sys.argv[2])
ref = StoreRef("Chrome", "Default", Family.CHROMIUM, cookie_file, key_file=local_state)
store, rows = read_store(ref, load().hosts)
print(json.dumps({r.name: [r.value, r.value_status] for r in rows}))
"""


def _gcm_v10(host: str, value: str) -> bytes:
    import hashlib

    from Cryptodome.Cipher import AES

    nonce = b"\x01" * 12
    cipher = AES.new(bytes(range(32)), AES.MODE_GCM, nonce=nonce)
    body, tag = cipher.encrypt_and_digest(hashlib.sha256(host.encode()).digest() + value.encode())
    return b"v10" + nonce + body + tag


def test_windows_values_are_decrypted_with_the_local_state_key(tmp_path: Path) -> None:
    """DPAPI cannot run here: it is replaced by a stand-in; AES-GCM and the store are real."""
    import base64
    import hashlib

    user_data = tmp_path / "User Data"
    path = write_chromium(user_data / "Default" / "Network" / "Cookies", site_specs(), now=NOW)
    local_state = user_data / "Local State"
    wrapped = base64.b64encode(b"DPAPI" + b"wrapped-key").decode()
    local_state.write_text(json.dumps({"os_crypt": {"encrypted_key": wrapped}}), encoding="utf-8")
    db = sqlite3.connect(path)
    with db:
        db.execute(
            "UPDATE cookies SET encrypted_value = ? WHERE name = 'sessionid'",
            (_gcm_v10(SITE, "windows-session-value"),),
        )
        db.execute("UPDATE cookies SET encrypted_value = X'763230AABB' WHERE name = 'csrftoken'")
        db.execute(
            "UPDATE cookies SET encrypted_value = ? WHERE name = 'django_language'",
            (b"dpapi:" + hashlib.sha256(SITE.encode()).digest() + b"fr-legacy",),
        )
        db.execute(
            "DELETE FROM cookies WHERE name NOT IN ('sessionid', 'csrftoken', 'django_language')"
        )
    db.close()
    out = subprocess.run(
        [sys.executable, "-c", WINDOWS_SCRIPT, str(path), str(local_state)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    ).stdout
    result = json.loads(out)
    assert result["sessionid"] == ["windows-session-value", "ok"]
    # Its integrity prefix is binary: all of DPAPI's bytes are checked, then cut.
    assert result["django_language"] == ["fr-legacy", "ok"]
    assert result["csrftoken"][0] is None
    assert result["csrftoken"][1].startswith("unavailable: app-bound (v20): the browser sealed")
