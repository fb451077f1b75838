"""A link never hides a running browser: a store reached through a symbolic link (to the file,
or to its profile folder) is guarded, locked and written as its real path, and a Chromium
user-data dir without `Local State` still has its SingletonLock checked."""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tests.helpers.processes import holding_parentlock
from tests.helpers.stores import Place, all_rows, chromium_user_data, firefox_profile
from tui.model import Family, StoreRef
from tui.stores import guard
from tui.stores.read import stores_at

EXIT_RUNNING = 3


@contextmanager
def chromium_running(user_data: Path) -> Iterator[None]:
    """A live process named in `SingletonLock`, as Chromium leaves it while it runs."""
    with subprocess.Popen(["sleep", "600"]) as browser:
        lock = user_data / "SingletonLock"
        try:
            lock.symlink_to(f"{socket.gethostname()}-{browser.pid}")
            yield
        finally:
            lock.unlink(missing_ok=True)
            browser.kill()


def _links(place: Place, store: Path) -> dict[str, Path]:
    """A link to the store file, and a link to its profile folder with the file inside."""
    links = place.root / "links"
    links.mkdir()
    (links / store.name).symlink_to(store)
    (links / "profile").symlink_to(store.parent, target_is_directory=True)
    return {"file": links / store.name, "folder": links / "profile"}


def _refused(place: Place, given: Path) -> subprocess.CompletedProcess[str]:
    return run_cli("delete", "--yes", "--store", str(given), env=place.env, input_text="")


@pytest.mark.parametrize("link", ["file", "folder"])
def test_a_link_to_a_running_chromiums_store_is_refused_and_changes_nothing(
    place: Place, link: str
) -> None:
    store = chromium_user_data(place.root)
    given = _links(place, store)[link]
    before = all_rows(store)
    with chromium_running(store.parent.parent):
        done = _refused(place, given)
    assert done.returncode == EXIT_RUNNING, done.stdout + done.stderr
    assert "Chromium is running" in done.stderr and "nothing was changed" in done.stderr
    assert all_rows(store) == before


@pytest.mark.parametrize("link", ["file", "folder"])
def test_a_link_to_a_running_firefoxs_store_is_refused_by_its_profile_lock(
    place: Place, link: str
) -> None:
    store = firefox_profile(place.root)
    given = _links(place, store)[link]
    before = all_rows(store)
    with holding_parentlock(store.parent):
        done = _refused(place, given)
    assert done.returncode == EXIT_RUNNING, done.stdout + done.stderr
    assert "Firefox is running with profile abc.default" in done.stderr
    assert all_rows(store) == before


def test_a_store_given_through_a_link_is_named_and_kept_by_its_real_path(place: Place) -> None:
    store = chromium_user_data(place.root)
    [ref] = stores_at(_links(place, store)["file"])
    assert ref.path == store.resolve()
    assert ref.profile == "Personal (Default)"
    assert ref.lock_dir == store.parent.parent.resolve()


def test_a_user_data_dir_without_local_state_still_has_its_singleton_lock_checked(
    place: Place,
) -> None:
    store = chromium_user_data(place.root)
    user_data = store.parent.parent
    (user_data / "Local State").unlink()
    before = all_rows(store)
    [ref] = stores_at(store)
    with chromium_running(user_data):
        assert guard.is_running(ref)
        done = _refused(place, store)
    assert done.returncode == EXIT_RUNNING, done.stdout + done.stderr
    assert all_rows(store) == before


def test_the_guard_follows_a_link_when_it_checks_not_when_the_store_was_found(
    place: Place,
) -> None:
    # A ref holding a path through a link and no lock dir: what it guards is decided from
    # where the link leads at the moment of the check.
    store = chromium_user_data(place.root)
    link = place.root / "profile-link"
    link.symlink_to(store.parent, target_is_directory=True)
    ref = StoreRef("Chromium", "Default", Family.CHROMIUM, link / "Cookies")
    assert not guard.is_running(ref)
    with chromium_running(store.parent.parent):
        assert guard.is_running(ref)
