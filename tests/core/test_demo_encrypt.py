"""tui/demo/stores.py encrypts values as Chromium does (its key derived once, its padding
written by hand): pycryptodome's own PBKDF2 and unpadding, as a second reader, get every
value back, whatever its length against AES's 16-byte blocks."""

from __future__ import annotations

import hashlib

import pytest
from Cryptodome.Cipher import AES
from Cryptodome.Protocol.KDF import PBKDF2
from Cryptodome.Util.Padding import unpad

from tui.demo.stores import encrypt_v10, encrypt_v11

HOST = "opendata.saemes.fr"


def _decrypt(blob: bytes, password: str, iterations: int) -> bytes:
    key = PBKDF2(password, b"saltysalt", 16, iterations)
    return unpad(AES.new(key, AES.MODE_CBC, b" " * 16).decrypt(blob[3:]), 16)


@pytest.mark.parametrize("length", [0, 1, 15, 16, 17, 32, 4000])
def test_a_demo_value_of_any_length_decrypts_with_chromiums_key(length: int) -> None:
    value = "v" * length
    digest = hashlib.sha256(HOST.encode()).digest()
    blob = encrypt_v10(HOST, value)
    assert blob[:3] == b"v10"
    assert _decrypt(blob, "peanuts", 1) == digest + value.encode()
    old = encrypt_v10(HOST, value, version=23)
    assert _decrypt(old, "peanuts", 1) == value.encode()


def test_keys_of_other_passwords_and_counts_are_their_own() -> None:
    # The cache of keys must not hand one password's key to another.
    assert (
        _decrypt(encrypt_v11(HOST, "abc", "wallet-password", 24), "wallet-password", 1)[32:]
        == b"abc"
    )
    mac = encrypt_v10(HOST, "abc", password="keychain", iterations=1003)
    assert _decrypt(mac, "keychain", 1003)[32:] == b"abc"
    assert _decrypt(encrypt_v10(HOST, "abc"), "peanuts", 1)[32:] == b"abc"
