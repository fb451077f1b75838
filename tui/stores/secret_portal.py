"""The `v12` key of a Chromium running as a Flatpak: derived from the secret that the desktop's
Secret portal keeps for the browser's app id, read from where the portal's backend keeps it.

How Chromium gets and uses it (components/os_crypt/async/browser/secret_portal_key_provider.cc):
it calls org.freedesktop.portal.Secret.RetrieveSecret with a pipe, reads the secret the
portal writes there, and derives its key with HKDF-SHA256 (salt "fdo_portal_secret_salt",
info "HKDF-SHA-256 AES-256-GCM", 32 bytes: kSaltForHkdf, kInfoForHkdf); values tagged "v12"
are then AES-256-GCM (12-byte nonce first, 16-byte tag last).

Where the secret is (gnome-keyring's portal backend, daemon/dbus/gkd-secret-portal.c): an
item of the login collection with the attributes app_id = the Flatpak app id and xdg:schema =
org.freedesktop.portal.Secret, labelled "Application key for <app id>", holding 64 random
bytes that RetrieveSecret writes to the pipe as they are. The portal itself cannot be asked by
this tool: it answers with the secret of the app that calls, and this tool is not the browser.
So the item is read through the Secret Service API (org.freedesktop.secrets), the way any
program reads a keyring item. A locked keyring is reported, never unlocked (that would prompt).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path
from typing import Any

from tui.texts import Problem, say

SERVICE = "org.freedesktop.secrets"
OBJECT = "/org/freedesktop/secrets"
INTERFACE = "org.freedesktop.Secret.Service"
SCHEMA = "org.freedesktop.portal.Secret"
SALT = b"fdo_portal_secret_salt"
INFO = b"HKDF-SHA-256 AES-256-GCM"
KEY_SIZE = 32
TIMEOUT_S = 20.0


class PortalUnavailable(Problem):
    """Exactly why the portal's secret could not be had; it never holds a secret."""


def flatpak_app_id(store: Path) -> str | None:
    """The app id of the Flatpak whose data holds `store` (~/.var/app/<app id>/...)."""
    parts = store.parts
    for index in range(len(parts) - 2):
        if parts[index] == ".var" and parts[index + 1] == "app":
            return parts[index + 2]
    return None


def hkdf_sha256(secret: bytes, salt: bytes = SALT, info: bytes = INFO) -> bytes:
    """RFC 5869 with SHA-256, KEY_SIZE bytes (one block): Chromium's crypto::HkdfSha256."""
    prk = hmac.new(salt, secret, hashlib.sha256).digest()
    return hmac.new(prk, info + b"\x01", hashlib.sha256).digest()[:KEY_SIZE]


def key(app_id: str) -> bytes:
    return hkdf_sha256(secret(app_id))


def secret(app_id: str) -> bytes:
    """The secret the Secret portal keeps for `app_id`, from the Secret Service."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        raise PortalUnavailable(say("portal.no-dbus", app=app_id))
    try:
        from jeepney.io.blocking import open_dbus_connection
    except Exception:
        raise PortalUnavailable(say("portal.no-jeepney", app=app_id)) from None
    try:
        connection = open_dbus_connection(bus="SESSION")
    except Exception:
        raise PortalUnavailable(say("portal.no-bus", app=app_id)) from None
    try:
        return _ask(connection, app_id)
    finally:
        connection.close()


def _ask(connection: Any, app_id: str) -> bytes:
    attributes = {"app_id": app_id, "xdg:schema": SCHEMA}
    found = _call(connection, app_id, OBJECT, INTERFACE, "SearchItems", "a{ss}", (attributes,))
    unlocked, locked = found if isinstance(found, tuple) and len(found) == 2 else ([], [])
    if not unlocked:
        raise PortalUnavailable(say("portal.locked" if locked else "portal.no-item", app=app_id))
    opened = _call(connection, app_id, OBJECT, INTERFACE, "OpenSession", "sv", ("plain", ("s", "")))
    session = opened[1] if isinstance(opened, tuple) and len(opened) == 2 else None
    if not isinstance(session, str):
        raise PortalUnavailable(say("portal.bad-answer", app=app_id, method="OpenSession"))
    try:
        secrets = _call(
            connection, app_id, OBJECT, INTERFACE, "GetSecrets", "aoo", ([unlocked[0]], session)
        )
    finally:
        _call(
            connection, app_id, session, "org.freedesktop.Secret.Session", "Close", "", (),
            quiet=True,
        )  # fmt: skip
    value = secrets.get(unlocked[0]) if isinstance(secrets, dict) else None
    # (session, parameters, value, content type); a "plain" session sends the bytes as they are.
    data = value[2] if isinstance(value, tuple) and len(value) == 4 else None
    if not isinstance(data, bytes) or not data:
        raise PortalUnavailable(say("portal.empty", app=app_id))
    return data


def _call(
    connection: Any,
    app_id: str,
    path: str,
    interface: str,
    method: str,
    signature: str,
    body: tuple[Any, ...],
    quiet: bool = False,
) -> Any:
    from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call

    message = new_method_call(
        DBusAddress(path, bus_name=SERVICE, interface=interface), method, signature or None, body
    )
    try:
        reply = connection.send_and_get_reply(message, timeout=TIMEOUT_S)
    except TimeoutError:
        if quiet:
            return None
        raise PortalUnavailable(
            say("portal.timeout", app=app_id, seconds=f"{TIMEOUT_S:.0f}")
        ) from None
    except Exception:
        if quiet:
            return None
        raise PortalUnavailable(say("portal.bus-failed", app=app_id)) from None
    if reply.header.message_type == MessageType.error:
        if quiet:
            return None
        error = str(reply.header.fields.get(HeaderFields.error_name, ""))
        if error in _NOT_THERE:
            raise PortalUnavailable(say("portal.no-service", app=app_id))
        # The error's name says what went wrong; its text is the service's and is not shown.
        raise PortalUnavailable(say("portal.answered", app=app_id, method=method, error=error))
    if not reply.body:
        return None
    return reply.body if len(reply.body) > 1 else reply.body[0]


_NOT_THERE = {
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
}
