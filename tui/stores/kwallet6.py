"""The Chromium key from KDE Wallet 6, the one keyring browser-cookie3 0.20.1 does not ask.

browser-cookie3 asks the Secret Service, then KDE Wallet 5 (`org.kde.kwalletd5`) only. On a
Plasma 6 desktop where nothing answers under the KF5 name, Chromium's key sits in KDE Wallet 6
and browser-cookie3 silently falls back to a password that cannot work. This module asks
kwalletd6 over the session bus, with jeepney, the D-Bus library browser-cookie3 itself uses.

It never asks kwalletd6 to open a locked wallet: that would show a password prompt and block
the scan until someone answers. A locked wallet is reported as such; unlock it and scan again.
"""

from __future__ import annotations

import os
from typing import Any

from tui.texts import Problem, say

# kwalletd6's bus name, object and interface: KDE/kwallet src/runtime/kwalletd/kwalletd.cpp
# (registerService "org.kde.kwalletd6", registerObject "/modules/kwalletd6") and
# src/api/KWallet/org.kde.KWallet.xml (the methods and their signatures used below).
# Chromium asks the same names: components/os_crypt/sync/kwallet_dbus.cc (kKWallet6*).
SERVICE = "org.kde.kwalletd6"
OBJECT = "/modules/kwalletd6"
INTERFACE = "org.kde.KWallet"
APP_ID = "saemes-cookies"
# How long one call may take. kwalletd6 may first ask the user whether this program may read
# the wallet; past this, the scan goes on without the key and says so.
TIMEOUT_S = 20.0


class WalletUnavailable(Problem):
    """Exactly why KDE Wallet 6 gave no key; it never holds a secret."""


def folder_and_entry(product: str) -> tuple[str, str]:
    """Where Chromium keeps its key in KDE Wallet: "<Product> Keys" / "<Product> Safe Storage"
    (components/os_crypt/sync/key_storage_linux.cc, kFolderName and kKey: "Chrome" for Google
    Chrome builds, "Chromium" otherwise; Brave overrides them with "Brave")."""
    name = product.capitalize()
    return f"{name} Keys", f"{name} Safe Storage"


def password(product: str) -> bytes:
    """The password Chromium stored for `product` ("chrome", "chromium", "brave")."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        raise WalletUnavailable(say("wallet.no-dbus"))
    try:
        from jeepney.io.blocking import open_dbus_connection
    except Exception:
        raise WalletUnavailable(say("wallet.no-jeepney")) from None
    try:
        connection = open_dbus_connection(bus="SESSION")
    except Exception:
        raise WalletUnavailable(say("wallet.no-bus")) from None
    try:
        return _ask(connection, *folder_and_entry(product))
    finally:
        connection.close()


def _ask(connection: Any, folder: str, entry: str) -> bytes:
    if not _call(connection, "isEnabled", "", ()):
        raise WalletUnavailable(say("wallet.disabled"))
    wallet = _call(connection, "networkWallet", "", ())
    if not isinstance(wallet, str) or not _call(connection, "isOpen", "s", (wallet,)):
        raise WalletUnavailable(say("wallet.locked"))
    handle = _call(connection, "open", "sxs", (wallet, 0, APP_ID))
    if not isinstance(handle, int) or handle < 0:
        raise WalletUnavailable(say("wallet.refused"))
    try:
        if not _call(connection, "hasEntry", "isss", (handle, folder, entry, APP_ID)):
            raise WalletUnavailable(say("wallet.no-entry", entry=repr(entry), folder=repr(folder)))
        secret = _call(connection, "readPassword", "isss", (handle, folder, entry, APP_ID))
    finally:
        # Not forced: other programs may be using the same wallet.
        _call(connection, "close", "ibs", (handle, False, APP_ID), quiet=True)
    if not isinstance(secret, str) or not secret:
        raise WalletUnavailable(say("wallet.empty", entry=repr(entry)))
    return secret.encode("utf-8")


def _call(
    connection: Any, method: str, signature: str, body: tuple[Any, ...], quiet: bool = False
) -> Any:
    from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call

    message = new_method_call(
        DBusAddress(OBJECT, bus_name=SERVICE, interface=INTERFACE),
        method,
        signature or None,
        body,
    )
    try:
        reply = connection.send_and_get_reply(message, timeout=TIMEOUT_S)
    except TimeoutError:
        if quiet:
            return None
        raise WalletUnavailable(say("wallet.timeout", seconds=f"{TIMEOUT_S:.0f}")) from None
    except Exception:
        if quiet:
            return None
        raise WalletUnavailable(say("wallet.bus-failed")) from None
    if reply.header.message_type == MessageType.error:
        if quiet:
            return None
        error = str(reply.header.fields.get(HeaderFields.error_name, ""))
        if error in _NOT_THERE:
            raise WalletUnavailable(say("wallet.none"))
        # The error's name says what went wrong; its text is the service's and is not shown.
        if not error:
            raise WalletUnavailable(say("wallet.answered-error", method=method))
        raise WalletUnavailable(say("wallet.answered", method=method, error=error))
    return reply.body[0] if reply.body else None


# What the bus answers when nobody owns the name and no service file can start it.
_NOT_THERE = {
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
}
