"""Read one store of any family, and recognise a store given by path from its schema."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tui.model import Family, RawCookie, Store, StoreRef
from tui.stores import chromium, firefox, guard, safari
from tui.stores.discovery import (
    browser_at,
    chromium_cookie_file,
    chromium_profiles,
    firefox_profiles,
)
from tui.stores.errors import SharingViolation, StoreError, at
from tui.stores.sqlite_read import open_store, tables
from tui.texts import say


def read_store(ref: StoreRef, hosts: Iterable[str]) -> tuple[Store, list[RawCookie]]:
    """The store's state and its rows for `hosts`; errors become the store's `error`."""
    running = guard.is_running(ref)
    try:
        if ref.family is Family.SAFARI:
            return Store(ref, running=running), safari.read(ref, hosts)
        with open_store(ref.path) as opened:
            found = tables(opened.connection)
            if ref.family is Family.CHROMIUM:
                if not chromium.is_chromium(found):
                    raise at(ref.path, "store.not-chromium")
                version, rows = chromium.read(opened.connection, ref, hosts)
                known = version in chromium.KNOWN_VERSIONS
            else:
                if not firefox.is_firefox(found):
                    raise at(ref.path, "store.not-firefox")
                version, rows = firefox.read(opened.connection, ref, hosts)
                known = version in firefox.KNOWN_VERSIONS
        note = None if known else say("store.untested", version=version)
        return Store(ref, version, running or opened.was_locked, note=note), rows
    except SharingViolation:
        # Windows' exclusive lock: the browser runs, whatever its lock file says.
        held = at(
            ref.path, "store.locked-windows.profile", browser=ref.browser, profile=ref.profile
        )
        return Store(ref, running=True, error=held.said), []
    except StoreError as exc:
        return Store(ref, running=running, error=exc.said), []
    except Exception as exc:
        # Whatever else a hostile store provokes ends this store's read, not the scan; the
        # exception's text could quote the store's data, so only its class is told.
        failed = at(ref.path, "store.failed", name=type(exc).__name__)
        return Store(ref, running=running, error=failed.said), []


def family_of(path: Path) -> Family:
    """Chromium, Firefox or Safari, from the file's content rather than its name."""
    if safari.is_safari(path):
        return Family.SAFARI
    try:
        with open_store(path) as opened:
            found = tables(opened.connection)
    except SharingViolation:
        # Windows keeps the file closed to every other program while the browser runs, so
        # its content cannot be looked at: Chromium's own name for it is all there is, and
        # the store is then named (and said held) as discovery would name it.
        if path.name == "Cookies":
            return Family.CHROMIUM
        raise
    if chromium.is_chromium(found):
        return Family.CHROMIUM
    if firefox.is_firefox(found):
        return Family.FIREFOX
    raise at(path, "store.other-database")


_GENERIC = {Family.CHROMIUM: "Chromium", Family.FIREFOX: "Firefox", Family.SAFARI: "Safari"}


def stores_at(path: Path) -> list[StoreRef]:
    """What `--store PATH` names: a store file, a profile, a user-data dir or a Firefox root.

    Links are resolved first: the profile, user-data dir and lock of a store are those of the
    real file, wherever the path that was given lies.
    """
    path = path.expanduser()
    if path.exists():
        path = path.resolve()
    if path.is_dir():
        return _stores_in_dir(path)
    if not path.exists():
        raise at(path, "store.no-such-path")
    family = family_of(path)
    return [_file_ref(path, family)]


def _file_ref(path: Path, family: Family) -> StoreRef:
    """The store as discovery would name it when it lies in a browser's own folders.

    So a profile reached by `--store` gets the same browser, profile name, backups and audit
    lines as when it is discovered.
    """
    known = _as_discovered(path, family)
    if known is not None:
        return known
    parent = path.parent
    if family is Family.CHROMIUM:
        profile_dir = parent.parent if parent.name == "Network" else parent
        user_data = profile_dir.parent
        # The user-data dir even without `Local State` (a first run, a partial copy): its
        # SingletonLock still says whether the browser runs (the guard also looks in the
        # profile folder, where Opera keeps it).
        key_file = user_data / "Local State"
        return StoreRef(
            _GENERIC[family],
            profile_dir.name,
            family,
            path,
            lock_dir=user_data,
            key_file=key_file if key_file.is_file() else None,
        )
    owner = parent if family is Family.FIREFOX else None
    return StoreRef(_GENERIC[family], parent.name, family, path, lock_dir=owner)


def _as_discovered(path: Path, family: Family) -> StoreRef | None:
    real = path.resolve()
    for root in path.parents[:4]:
        if family is Family.CHROMIUM and (root / "Local State").is_file():
            refs = chromium_profiles(root, browser_at(root, family) or _GENERIC[family])
        elif family is Family.FIREFOX and (root / "profiles.ini").is_file():
            refs = firefox_profiles(root, browser_at(root, family) or _GENERIC[family])
        else:
            continue
        return next((ref for ref in refs if ref.path.resolve() == real), None)
    return None


def _stores_in_dir(path: Path) -> list[StoreRef]:
    if (path / "cookies.sqlite").is_file():
        return [_file_ref(path / "cookies.sqlite", family_of(path / "cookies.sqlite"))]
    own = chromium_cookie_file(path)
    if own is not None:
        return [_file_ref(own, family_of(own))]
    if (path / "Local State").is_file():
        return chromium_profiles(path, browser_at(path, Family.CHROMIUM) or "Chromium")
    if (path / "profiles.ini").is_file():
        return firefox_profiles(path, browser_at(path, Family.FIREFOX) or "Firefox")
    raise at(path, "store.none-here")
