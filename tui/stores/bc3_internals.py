"""The one place that touches browser-cookie3 beyond its documented loaders: keys from the OS.

browser-cookie3 0.20.1 offers no public call that returns a browser's key: its loaders decrypt
as they read, and they cut Chromium's integrity prefix without checking it. What it does well,
and what this tool must not reimplement, is asking the operating system for the key: the
Secret Service and KDE Wallet 5 on Linux, the keychain on macOS, DPAPI on Windows. It does so
while a browser class is built, and keeps the result in undocumented attributes (`v10_key`,
`v11_key`). This module builds that class and reads those attributes, nothing more; the
decryption itself is in `values.py`.

Every name used here is pinned by tests/core/test_bc3_internals.py, so a new browser-cookie3
fails that test by name instead of failing users with a vague message.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from tui.frozen import Frozen
from tui.stores.browsers import KeyNames, named
from tui.texts import Problem, say

# typing is not imported at run time: `scan` starts faster without it (annotations only).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

PINNED_VERSION = "0.20.1"

# When no keyring answers, browser-cookie3 falls back silently to Chromium's fixed password
# (its CHROMIUM_DEFAULT_PASSWORD), on Linux for v11 and on macOS for the keychain; a key
# derived from it means "no key was found". PBKDF2-HMAC-SHA1 over "saltysalt", 16 bytes, 1
# iteration on Linux and 1003 on macOS: Chromium's components/os_crypt/sync/os_crypt_linux.cc
# (kV10Key) and os_crypt_mac.mm (kEncryptionIterations).
_FALLBACK_PASSWORD = b"peanuts"


class KeyUnavailable(Problem):
    """Why the key cannot be had; never holds a key or a value."""


class OsKeys(Frozen):
    """What browser-cookie3 got from the operating system for one browser.

    `v10`: macOS, the key from the keychain's password; Windows, the AES-256 key unwrapped
    from Local State by DPAPI (None without a Local State). `v11`: Linux, the key from the
    keyring's password, None when no keyring browser-cookie3 asks had it.
    """

    v10: bytes | None
    v11: bytes | None


def pbkdf2_key(password: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha1", password, b"saltysalt", iterations, 16)


def os_keys(browser: str, cookie_file: Path, key_file: Path | None) -> OsKeys:
    """Builds browser-cookie3's class for `browser`, which asks the OS, and reads its keys."""
    bc3 = _import()
    cls = getattr(bc3, key_names(browser).bc3_class)
    try:
        built = cls(cookie_file=str(cookie_file), key_file=str(key_file) if key_file else None)
    except Exception as exc:
        raise KeyUnavailable(say("key.failed", reason=reason(exc))) from None
    v10: bytes | None = getattr(built, "v10_key", None)
    v11: bytes | None = getattr(built, "v11_key", None)
    if sys.platform == "darwin" and v10 == pbkdf2_key(_FALLBACK_PASSWORD, 1003):
        v10 = None
    if v11 == pbkdf2_key(_FALLBACK_PASSWORD, 1):
        v11 = None
    return OsKeys(v10=v10, v11=v11)


def key_names(browser: str) -> KeyNames:
    """How the OS is asked for the key of `browser`'s stores (its row in the table of
    browsers). A Chromium store found outside the known places is named Chromium (read.py),
    so a name the table does not know is read as Chromium; a known browser whose row has no
    key names (Firefox, Safari) keeps no value under an OS key, so there is nothing to ask."""
    row = named(browser) or named("Chromium")
    if row is None or row.keys is None:
        raise KeyUnavailable(say("key.failed", reason=browser))
    return row.keys


def dpapi_unprotect(data: bytes) -> bytes:
    """A value Chromium encrypted with DPAPI alone (Windows, before Chrome 80)."""
    bc3 = _import()
    try:
        # is_key=True only makes browser-cookie3 return every byte: without it the result is
        # cut at the first NUL, and the integrity prefix is binary.
        _, plain = bc3._crypt_unprotect_data(data, is_key=True)
    except Exception as exc:
        raise KeyUnavailable(say("key.dpapi-failed", reason=reason(exc))) from None
    if not isinstance(plain, bytes):
        raise KeyUnavailable(say("key.dpapi-empty"))
    return plain


def _import() -> Any:
    try:
        import browser_cookie3
    except Exception as exc:
        raise KeyUnavailable(say("key.no-bc3", reason=reason(exc))) from None
    return browser_cookie3


def reason(exc: BaseException) -> str:
    """A short account of a library's exception. Key lookups never see a cookie value, so
    their texts cannot hold one; they are still cut to one short line."""
    name = exc.__class__.__name__
    text = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
    return f"{name}: {text}" if text else name
