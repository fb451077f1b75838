"""Nothing is written while the browser that owns a store runs, and the refusal says who."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.helpers import SITE
from tests.helpers.processes import (
    holding_database,
    holding_parentlock,
    readable_package,
    reading_for_a_moment,
)
from tests.helpers.stores import Place, all_rows, chromium_user_data, firefox_profile
from tui.model import Family, StoreRef
from tui.stores import guard
from tui.stores.guard import BrowserRunning
from tui.stores.read import read_store, stores_at
from tui.stores.write import delete_rows


def _singleton_lock(user_data: Path, pid: int, host: str | None = None) -> None:
    (user_data / "SingletonLock").symlink_to(f"{host or socket.gethostname()}-{pid}")


# Any key will do: the write must be refused before it looks at the rows.
ANY_KEY = (("name", "x"),)


def test_chromium_with_a_singleton_lock_of_a_live_process_is_running(place: Place) -> None:
    store = chromium_user_data(place.root)
    user_data = store.parent.parent
    with subprocess.Popen(["sleep", "600"]) as browser:
        try:
            _singleton_lock(user_data, browser.pid)
            assert guard.chromium_running(user_data)
            [ref] = stores_at(store)
            assert ref.lock_dir == user_data and guard.is_running(ref)
        finally:
            browser.kill()


def test_chromium_with_a_singleton_lock_of_a_dead_process_is_not_running(place: Place) -> None:
    user_data = chromium_user_data(place.root).parent.parent
    dead = subprocess.Popen(["true"])
    dead.wait()
    _singleton_lock(user_data, dead.pid)
    assert not guard.chromium_running(user_data)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="zombies are read from /proc")
def test_chromium_whose_process_died_but_was_not_reaped_is_not_running(place: Place) -> None:
    user_data = chromium_user_data(place.root).parent.parent
    browser = subprocess.Popen(["sleep", "600"])
    try:
        os.kill(browser.pid, 9)
        # Not waited for: the process is a zombie, which still answers kill(pid, 0).
        while Path(f"/proc/{browser.pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z":
            os.sched_yield()
        _singleton_lock(user_data, browser.pid)
        assert not guard.chromium_running(user_data)
    finally:
        browser.wait()


def test_chromium_lock_naming_another_host_counts_as_running(place: Place) -> None:
    user_data = chromium_user_data(place.root).parent.parent
    _singleton_lock(user_data, os.getpid(), host="some-other-machine.example")
    assert guard.chromium_running(user_data)


def test_firefox_profile_whose_parentlock_another_process_holds_is_running(place: Place) -> None:
    store = firefox_profile(place.root)
    profile = store.parent
    (profile / "lock").symlink_to("127.0.0.1:+1")  # stays after a clean exit: proves nothing
    assert not guard.firefox_running(profile)
    with holding_parentlock(profile):
        assert guard.firefox_running(profile)
        [ref] = stores_at(store)
        assert guard.is_running(ref)
    assert not guard.firefox_running(profile)


def test_a_held_parentlock_is_seen_by_a_user_who_may_only_read_it(tmp_path: Path) -> None:
    # The checker cannot open .parentlock for writing, so it tests with a read lock, which
    # Firefox's write lock blocks just the same. Root opens any file for writing, so as root
    # the check runs in a child process as the user nobody.
    profile = Path(tempfile.mkdtemp(prefix="saemes-guard-", dir="/tmp"))
    try:
        profile.chmod(0o755)
        lock = profile / ".parentlock"
        lock.touch()
        with holding_parentlock(profile):
            lock.chmod(0o444)
            if os.geteuid() != 0:
                assert guard.firefox_running(profile)
            else:
                check = (
                    "import sys; from pathlib import Path; from tui.stores.guard import "
                    "firefox_running; print(firefox_running(Path(sys.argv[1])))"
                )
                # The venv's interpreter may live where nobody cannot reach; the guard needs
                # only the standard library. Nor may nobody reach the checkout (a clone in
                # root's 0700 home): the child reads a copy of the package anyone can read.
                python = shutil.which("python3", path="/usr/bin:/bin") or sys.executable
                with readable_package() as package:
                    seen = subprocess.run(
                        [python, "-c", check, str(profile)],
                        capture_output=True,
                        text=True,
                        cwd=package,
                        env={"PYTHONPATH": str(package), "PATH": os.environ.get("PATH", "")},
                        user=65534,
                        group=65534,
                        extra_groups=[],
                        check=True,
                    )
                assert seen.stdout.strip() == "True"
    finally:
        shutil.rmtree(profile)


def test_delete_refuses_while_chromium_runs_naming_browser_and_profile(place: Place) -> None:
    store = chromium_user_data(place.root)
    before = all_rows(store)
    with subprocess.Popen(["sleep", "600"]) as browser:
        try:
            _singleton_lock(store.parent.parent, browser.pid)
            [ref] = stores_at(store)
            with pytest.raises(BrowserRunning) as refused:
                delete_rows(ref, [ANY_KEY], place.backups)
        finally:
            browser.kill()
    message = str(refused.value)
    assert "Chromium is running with profile Personal (Default)" in message
    assert "close Chromium and retry" in message and "nothing was changed" in message
    assert all_rows(store) == before
    assert place.backups.all() == []


def test_delete_refuses_while_firefox_holds_its_parentlock(place: Place) -> None:
    store = firefox_profile(place.root)
    before = all_rows(store)
    with holding_parentlock(store.parent):
        [ref] = stores_at(store)
        with pytest.raises(BrowserRunning) as refused:
            delete_rows(ref, [ANY_KEY], place.backups)
    assert "Firefox is running with profile abc.default" in str(refused.value)
    assert all_rows(store) == before


@pytest.mark.parametrize("family", [Family.FIREFOX, Family.CHROMIUM])
def test_a_database_locked_longer_than_a_read_is_reported_as_the_browser_running(
    place: Place, family: Family
) -> None:
    # No lock file says "running" (a Firefox whose .parentlock is gone, Chrome on Windows),
    # but the database itself is locked, longer than a reader would hold it: refused.
    if family is Family.FIREFOX:
        store = firefox_profile(place.root)
    else:
        store = chromium_user_data(place.root)
    ref = StoreRef("Browser", "P", family, store, lock_dir=store.parent)
    with holding_database(store), pytest.raises(BrowserRunning) as refused:
        delete_rows(ref, [ANY_KEY], place.backups)
    assert "locked by another program (is Browser running?)" in str(refused.value)
    assert "nothing was changed" in str(refused.value)
    assert place.backups.all() == []


@pytest.mark.parametrize("family", [Family.FIREFOX, Family.CHROMIUM])
def test_a_reader_holding_the_store_for_a_moment_is_waited_for_not_taken_for_the_browser(
    place: Place, family: Family
) -> None:
    store = (
        firefox_profile(place.root) if family is Family.FIREFOX else chromium_user_data(place.root)
    )
    [ref] = stores_at(store)
    _, rows = read_store(ref, {SITE: "host"})
    before = len(all_rows(store))
    with reading_for_a_moment(store):
        delete_rows(ref, [rows[0].key], place.backups)
    assert len(all_rows(store)) == before - 1
