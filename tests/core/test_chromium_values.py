"""Chromium values are loaded as Chromium loads them: integrity prefix, both columns set.

Real stores (Chromium's schema, values encrypted the Linux "v10" way), read through the tool's
reader. Chromium's rules are in net/extras/sqlite/sqlite_persistent_cookie_store.cc (cited in
tui/stores/values.py).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import NOW, REPO, SITE
from tui.catalog import load
from tui.demo.stores import Spec, encrypt_v10, write_chromium
from tui.model import Family, RawCookie, StoreRef
from tui.stores import bc3_internals
from tui.stores.read import read_store

HOSTS = load().hosts
TOKEN = "csrf-token-value-" + "q" * 40


def _read(path: Path) -> dict[str, RawCookie]:
    ref = StoreRef("Chromium", "Default", Family.CHROMIUM, path, lock_dir=path.parent)
    store, rows = read_store(ref, HOSTS)
    assert store.error is None
    return {r.name: r for r in rows}


def _set(path: Path, name: str, **columns: object) -> None:
    db = sqlite3.connect(path)
    with db:
        for column, content in columns.items():
            db.execute(f"UPDATE cookies SET {column} = ? WHERE name = ?", (content, name))
    db.close()


def _store(tmp_path: Path, version: int = 24) -> Path:
    specs = [Spec(SITE, "csrftoken", TOKEN), Spec(SITE, "sessionid", "sess-1")]
    return write_chromium(tmp_path / "Cookies", specs, now=NOW, version=version)


def _assert_refused(row: RawCookie, reason: str) -> None:
    assert row.value is None and row.value_length is None
    assert row.value_status == f"unavailable: {reason}"
    assert "csrf-token" not in row.value_status and "q" * 8 not in row.value_status


def test_a_value_encrypted_with_another_hosts_prefix_fails_the_integrity_check(
    tmp_path: Path, no_dbus: None
) -> None:
    path = _store(tmp_path)
    _set(path, "csrftoken", encrypted_value=encrypt_v10("evil.example", TOKEN))
    rows = _read(path)
    _assert_refused(rows["csrftoken"], "integrity check failed")
    assert (rows["sessionid"].value, rows["sessionid"].value_status) == ("sess-1", "ok")


def test_a_version_23_store_relabelled_24_fails_the_integrity_check(
    tmp_path: Path, no_dbus: None
) -> None:
    """Values written without the prefix while meta says 24: cutting 32 bytes unchecked
    reported these as `ok` with an empty or cut value."""
    path = _store(tmp_path, version=23)
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE meta SET value = '24' WHERE key = 'version'")
    db.close()
    rows = _read(path)
    _assert_refused(rows["csrftoken"], "integrity check failed")
    _assert_refused(rows["sessionid"], "integrity check failed")


def test_a_version_23_store_has_no_prefix_to_check(tmp_path: Path, no_dbus: None) -> None:
    rows = _read(_store(tmp_path, version=23))
    assert {n: (r.value, r.value_status) for n, r in rows.items()} == {
        "csrftoken": (TOKEN, "ok"),
        "sessionid": ("sess-1", "ok"),
    }


def test_a_value_with_the_right_prefix_is_returned_without_it(
    tmp_path: Path, no_dbus: None
) -> None:
    rows = _read(_store(tmp_path))
    token = rows["csrftoken"]
    assert (token.value, token.value_status, token.value_length) == (TOKEN, "ok", len(TOKEN))


def test_the_prefix_is_the_hash_of_the_host_key_as_stored(tmp_path: Path, no_dbus: None) -> None:
    """ ".saemes.fr" and "saemes.fr" are different host keys with different prefixes."""
    path = write_chromium(tmp_path / "Cookies", [Spec(".saemes.fr", "_ga", "GA1.1.1")], now=NOW)
    _set(path, "_ga", encrypted_value=encrypt_v10("saemes.fr", "GA1.1.1"))
    _assert_refused(_read(path)["_ga"], "integrity check failed")


def test_both_columns_set_in_version_24_is_refused_as_chromium_refuses_it(
    tmp_path: Path, no_dbus: None
) -> None:
    path = _store(tmp_path)
    _set(path, "csrftoken", value="plain-copy")
    _assert_refused(_read(path)["csrftoken"], "both a plain and an encrypted value are stored")


def test_both_columns_set_before_version_24_the_encrypted_value_wins(
    tmp_path: Path, no_dbus: None
) -> None:
    path = _store(tmp_path, version=23)
    _set(path, "csrftoken", value="plain-copy")
    token = _read(path)["csrftoken"]
    assert (token.value, token.value_status) == (TOKEN, "ok")


def test_a_plain_value_alone_is_read_in_any_version(tmp_path: Path, no_dbus: None) -> None:
    """A store written without encryption keeps `value` and an empty `encrypted_value`."""
    path = _store(tmp_path)
    _set(path, "csrftoken", value="plain-only", encrypted_value=b"")
    token = _read(path)["csrftoken"]
    assert (token.value, token.value_status) == ("plain-only", "ok")


@pytest.mark.parametrize(
    ("encrypted", "reason"),
    [
        (b"v10" + b"\x00" * 15, "the encrypted value is damaged (not whole AES blocks)"),
        (b"v10" + b"\x01" * 32, "decryption failed (wrong key?)"),
        (b"x99" + b"\x01" * 32, "unknown encryption format"),
    ],
)
def test_an_undecryptable_value_says_why_and_nothing_of_its_bytes(
    tmp_path: Path, no_dbus: None, encrypted: bytes, reason: str
) -> None:
    path = _store(tmp_path)
    _set(path, "csrftoken", encrypted_value=encrypted)
    _assert_refused(_read(path)["csrftoken"], reason)


def test_linux_v10_values_never_import_browser_cookie3(tmp_path: Path) -> None:
    """Their key is Chromium's fixed, public one: no keyring, so no browser-cookie3."""
    path = _store(tmp_path)
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from tui.catalog import load\nfrom tui.model import Family, StoreRef\n"
        "from tui.stores.read import read_store\n"
        f"ref = StoreRef('Chromium', 'Default', Family.CHROMIUM, Path({str(path)!r}))\n"
        "_, rows = read_store(ref, load().hosts)\n"
        "print(sorted(r.value_status for r in rows), 'browser_cookie3' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout
    assert out.strip() == "['ok', 'ok'] False"


def test_the_fixed_linux_keys_are_chromiums() -> None:
    """kV10Key and kEmptyKey as written out in components/os_crypt/sync/os_crypt_linux.cc."""
    assert bc3_internals.pbkdf2_key(b"peanuts", 1).hex() == "fd621fe5a2b402539dfa147ca9272778"
    assert bc3_internals.pbkdf2_key(b"", 1).hex() == "d0d0ec9c7d77d43ac54187fa4818d17f"


def test_an_unforeseen_failure_is_unavailable_with_its_class_name_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A macOS keychain stand-in hands back a key of the wrong type (an int, on which
    pycryptodomex raises TypeError): the row is listed as unavailable, the store still loads,
    and no library text is passed on."""
    from tui.stores import values

    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(values, "_KEYS", {})
    monkeypatch.setattr(
        bc3_internals,
        "os_keys",
        lambda *_: bc3_internals.OsKeys(v10=12345, v11=None),  # type: ignore[arg-type]
    )
    rows = _read(_store(tmp_path))
    _assert_refused(rows["csrftoken"], "decryption failed (TypeError)")
