"""Chromium cookie values, decrypted through browser-cookie3 and only when one is needed.

browser-cookie3 is imported here and nowhere else, lazily: listing and classifying cookies
never needs it, and it costs a noticeable import time.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# browser-cookie3 classes by our browser names: each knows its keyring entry and keychain name.
_CLASSES = {
    "Chrome": "Chrome",
    "Chromium": "Chromium",
    "Brave": "Brave",
    "Edge": "Edge",
    "Vivaldi": "Vivaldi",
    "Opera": "Opera",
}


# One browser-cookie3 decryptor per browser and key file for the life of the process: building
# one asks the keyring (D-Bus) or the keychain, which is slow and may prompt the user.
_DECRYPTORS: dict[tuple[str, Path | None], tuple[Any, str | None]] = {}


class ValueUnavailable(Exception):
    """str() is the reason, shown as `unavailable: <reason>`; it never holds the value."""


class ChromiumValues:
    """Decrypts the values of one Chromium store. Build one per store; it is cheap to keep."""

    def __init__(self, browser: str, cookie_file: Path, key_file: Path | None, version: int):
        self._browser = browser
        self._cookie_file = cookie_file
        self._key_file = key_file
        self._integrity_prefix = version >= 24
        self._decryptor: Any = None
        self._keyring_problem: str | None = None

    def value(self, plain: str, encrypted: bytes) -> str:
        if plain:
            return plain
        if not encrypted:
            return ""
        if encrypted[:3] == b"v20":
            raise ValueUnavailable(
                "app-bound encryption (v20) can only be decrypted by the browser itself"
            )
        if encrypted[:3] not in (b"v10", b"v11") and sys.platform != "win32":
            raise ValueUnavailable("unknown encryption format")
        decryptor = self._get_decryptor()
        if encrypted[:3] == b"v11" and self._keyring_problem:
            raise ValueUnavailable(self._keyring_problem)
        try:
            result = decryptor._decrypt(plain, encrypted, self._integrity_prefix)
        except UnicodeDecodeError:
            raise ValueUnavailable("decrypted bytes are not text (wrong key?)") from None
        except Exception as exc:
            raise ValueUnavailable(_reason(exc)) from None
        if not isinstance(result, str):
            raise ValueUnavailable("decryption returned no text")
        return result

    def _get_decryptor(self) -> Any:
        if self._decryptor is not None:
            return self._decryptor
        cached = _DECRYPTORS.get((self._browser, self._key_file))
        if cached is not None:
            self._decryptor, self._keyring_problem = cached
            return self._decryptor
        self._decryptor = self._build_decryptor()
        _DECRYPTORS[(self._browser, self._key_file)] = (self._decryptor, self._keyring_problem)
        return self._decryptor

    def _build_decryptor(self) -> Any:
        try:
            import browser_cookie3 as bc3
        except Exception as exc:
            raise ValueUnavailable(f"browser-cookie3 cannot be imported ({_reason(exc)})") from None
        cls = getattr(bc3, _CLASSES.get(self._browser, "Chromium"))
        try:
            return cls(
                cookie_file=str(self._cookie_file),
                key_file=str(self._key_file) if self._key_file else None,
            )
        except Exception as exc:
            problem = _keyring_reason(exc)
            if not sys.platform.startswith("linux"):
                raise ValueUnavailable(problem) from None
            # On Linux, v10 values use a fixed, public key; only v11 needs the keyring.
            self._keyring_problem = problem
            return _v10_only(cls, bc3)


def _v10_only(cls: Any, bc3: Any) -> Any:
    """A browser-cookie3 decryptor that skips the keyring lookup, for v10 values only."""
    decryptor = cls.__new__(cls)
    decryptor.salt = b"saltysalt"
    decryptor.iv = b" " * 16
    decryptor.length = 16
    decryptor.v10_key = bc3.PBKDF2(bc3.CHROMIUM_DEFAULT_PASSWORD, decryptor.salt, 16, 1)
    return decryptor


def _keyring_reason(exc: BaseException) -> str:
    if isinstance(exc, KeyError) and "DBUS" in str(exc):
        return "no D-Bus session bus, so the keyring cannot be asked for the key"
    return f"the key could not be obtained ({_reason(exc)})"


def _reason(exc: BaseException) -> str:
    name = exc.__class__.__name__
    # Exception texts from decryption libraries never contain the value, but keep them short.
    text = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
    return f"{name}: {text}" if text else name
