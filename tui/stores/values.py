"""Chromium cookie values: decrypted and checked as Chromium does, only when one is needed.

The readers use `ChromiumValues` and nothing else. Decryption (AES, with pycryptodomex) and
Chromium's rules are here; the key comes from the operating system through browser-cookie3
(`bc3_internals`), or from KDE Wallet 6 (`kwallet6`), which browser-cookie3 does not ask; a
Flatpak browser's v12 key from the Secret portal's secret (`secret_portal`). Each
are imported only when a key must come from the OS: a Linux v10 value uses Chromium's fixed,
public key and needs neither, so a scan of such stores never imports browser-cookie3.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from tui.stores import bc3_internals
from tui.stores.bc3_internals import KeyUnavailable
from tui.texts import Problem, say

# typing is not imported at run time: `scan` starts faster without it (annotations only).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# Chromium's load rules: net/extras/sqlite/sqlite_persistent_cookie_store.cc, read in the copy
# of Chromium's source at github.com/cinagroup/CinaBrowser (MakeCookiesFromSQLStatement and the
# 23 -> 24 step of DoMigrateDatabaseSchema). "Version 24 adds a SHA256 hash of the domain value
# to front of the encrypted_value": from then on a decrypted value must start with
# SHA-256(host_key), else the row is refused (kHashFailed). A row with both `value` and
# `encrypted_value` set is refused too (kValuesExistInBothEncryptedAndPlaintext); before
# version 24 the encrypted value won ("the encrypted value always takes precedence"). A
# refused row makes Chromium delete every cookie of the row's site group on that load.
INTEGRITY_VERSION = 24
_HASH_SIZE = 32

# Linux: components/os_crypt/sync/os_crypt_linux.cc. "v10" uses a key derived from the fixed
# password "peanuts" (kV10Key), "v11" one derived from the password a keyring holds; when
# that key fails, Chromium retries with the key derived from "" (kEmptyKey, crbug 40055416).
# PBKDF2-HMAC-SHA1, salt "saltysalt", 1 iteration, 16 bytes; AES-128-CBC, IV of 16 spaces.
# macOS (os_crypt_mac.mm): "v10" only, same cipher, keychain password, 1003 iterations.
_LINUX_V10_KEY = bc3_internals.pbkdf2_key(b"peanuts", 1)
_EMPTY_KEY = bc3_internals.pbkdf2_key(b"", 1)
_IV = b" " * 16
# Windows (components/os_crypt/sync/os_crypt_win.cc): "v10" is AES-256-GCM with the key in
# Local State, a 12-byte nonce first and the 16-byte tag last; anything else is DPAPI alone.
_GCM_NONCE = 12
_GCM_TAG = 16

# Keys, or why there is none, per (kind, browser, key file) for the life of the process:
# asking a keyring or the keychain is slow and may prompt the user.
_KEYS: dict[tuple[str, str, Path | None], bytes | KeyUnavailable] = {}


class ValueUnavailable(Problem):
    """Why a value cannot be read, shown as `unavailable: <reason>`; never holds the value."""


class ChromiumValues:
    """Decrypts the values of one Chromium store. Build one per store; it is cheap to keep."""

    def __init__(self, browser: str, cookie_file: Path, key_file: Path | None, version: int):
        self._browser = browser
        self._cookie_file = cookie_file
        self._key_file = key_file
        self._integrity = version >= INTEGRITY_VERSION

    def value(self, host: str | bytes, plain: str, encrypted: bytes) -> str:
        """The value of the row whose `host_key` is `host`, as Chromium would load it."""
        if not encrypted:
            return plain
        if plain and self._integrity:
            raise ValueUnavailable(say("value.both-columns"))
        try:
            return self._checked(host, encrypted)
        except ValueUnavailable:
            raise
        except Exception as exc:
            # Unforeseen (a key of the wrong type from an OS lookup, say): the class name says
            # enough, and a library's text is never passed on.
            raise ValueUnavailable(say("value.failed", name=exc.__class__.__name__)) from None

    def _checked(self, host: str | bytes, encrypted: bytes) -> str:
        data = self._decrypt(encrypted)
        if self._integrity:
            if data[:_HASH_SIZE] != hashlib.sha256(_host_bytes(host)).digest():
                raise ValueUnavailable(say("value.integrity"))
            data = data[_HASH_SIZE:]
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise ValueUnavailable(say("value.not-utf8")) from None

    def _decrypt(self, encrypted: bytes) -> bytes:
        tag, body = encrypted[:3], encrypted[3:]
        if tag == b"v20":
            raise ValueUnavailable(say("value.v20"))
        if sys.platform == "win32":
            if tag == b"v10":
                return _gcm(self._key("windows"), body)
            try:
                return bc3_internals.dpapi_unprotect(encrypted)
            except KeyUnavailable as exc:
                raise ValueUnavailable(exc.said) from None
        if sys.platform == "darwin":
            if tag != b"v10":
                raise ValueUnavailable(say("value.unknown-format"))
            return _cbc((self._key("macos"),), body)
        if tag == b"v10":
            return _cbc((_LINUX_V10_KEY, _EMPTY_KEY), body)
        if tag == b"v11":
            return _cbc((self._key("keyring"), _EMPTY_KEY), body)
        if tag == b"v12":
            # Same sealing as Windows' v10: AES-256-GCM, nonce first, tag last.
            return _gcm(self._key("portal"), body)
        raise ValueUnavailable(say("value.unknown-format"))

    def _key(self, kind: str) -> bytes:
        cache = (kind, self._browser, self._key_file)
        if cache not in _KEYS:
            try:
                _KEYS[cache] = self._find_key(kind)
            except KeyUnavailable as exc:
                _KEYS[cache] = exc
        found = _KEYS[cache]
        if isinstance(found, KeyUnavailable):
            raise ValueUnavailable(found.said)
        return found

    def _find_key(self, kind: str) -> bytes:
        if kind == "portal":
            return _portal_key(self._cookie_file)
        if kind == "keyring" and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            raise KeyUnavailable(say("key.no-dbus", browser=self._browser))
        keys = bc3_internals.os_keys(self._browser, self._cookie_file, self._key_file)
        if kind == "windows":
            if keys.v10 is None:
                raise KeyUnavailable(say("key.no-local-state"))
            return keys.v10
        if kind == "macos":
            if keys.v10 is None:
                raise KeyUnavailable(say("key.keychain"))
            return keys.v10
        if keys.v11 is not None:
            return keys.v11
        return _kwallet6_key(self._browser)


def _kwallet6_key(browser: str) -> bytes:
    from tui.stores import kwallet6

    product = bc3_internals.key_names(browser).os_crypt
    try:
        return bc3_internals.pbkdf2_key(kwallet6.password(product), 1)
    except kwallet6.WalletUnavailable as exc:
        raise KeyUnavailable(say("key.no-keyring", wallet=exc.said)) from None


def _portal_key(cookie_file: Path) -> bytes:
    from tui.stores import secret_portal

    app_id = secret_portal.flatpak_app_id(cookie_file)
    if app_id is None:
        raise KeyUnavailable(say("key.portal-no-app"))
    try:
        return secret_portal.key(app_id)
    except secret_portal.PortalUnavailable as exc:
        raise KeyUnavailable(exc.said) from None


def _cbc(keys: tuple[bytes, ...], body: bytes) -> bytes:
    cipher, unpad = _aes()
    if not body or len(body) % 16:
        raise ValueUnavailable(say("value.damaged-blocks"))
    for key in keys:
        try:
            result: bytes = unpad(cipher.new(key, cipher.MODE_CBC, _IV).decrypt(body), 16)
            return result
        except ValueError:
            continue
    raise ValueUnavailable(say("value.wrong-key"))


def _gcm(key: bytes, body: bytes) -> bytes:
    cipher, _ = _aes()
    nonce, sealed, tag = body[:_GCM_NONCE], body[_GCM_NONCE:-_GCM_TAG], body[-_GCM_TAG:]
    if len(body) < _GCM_NONCE + _GCM_TAG:
        raise ValueUnavailable(say("value.damaged-short"))
    try:
        result: bytes = cipher.new(key, cipher.MODE_GCM, nonce=nonce).decrypt_and_verify(
            sealed, tag
        )
    except ValueError:
        raise ValueUnavailable(say("value.wrong-key-or-damaged")) from None
    return result


def _aes() -> tuple[Any, Any]:
    try:
        from Cryptodome.Cipher import AES
        from Cryptodome.Util.Padding import unpad
    except Exception as exc:
        raise ValueUnavailable(say("value.no-crypto", reason=bc3_internals.reason(exc))) from None
    return AES, unpad


def _host_bytes(host: object) -> bytes:
    """host_key's bytes as stored: undoes a reader's surrogateescape, never raises (a hostile
    row's BLOB host is taken as is; anything else cannot match and fails the check)."""
    if isinstance(host, bytes):
        return host
    text = host if isinstance(host, str) else repr(host)
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")
