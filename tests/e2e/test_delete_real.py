"""`delete` on profiles a real browser wrote, with the browser itself as the judge: after the
tool has run, what does the browser still send to the portal?"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from tests.e2e.browsers import frozen
from tests.e2e.harness import Tool, deleted_by, sent_on_plain, site_cookies, to_delete
from tests.e2e.profiles import RealProfile
from tests.e2e.site import Site

EXIT_RUNNING = 3


@pytest.mark.parametrize(
    "include_unclassified", [False, True], ids=["default", "include-unclassified"]
)
def test_after_delete_the_browser_sends_the_kept_cookies_and_none_of_the_deleted(
    site: Site,
    fresh_real_profile: RealProfile,
    tool: Tool,
    tmp_path: Path,
    include_unclassified: bool,
) -> None:
    profile = fresh_real_profile
    going = to_delete(site, include_unclassified)
    kept = set(site_cookies(site)) - going
    assert going and kept

    extra = ["--include-unclassified"] if include_unclassified else []
    done = tool(profile.home, "delete", "--yes", "--store", str(profile.store), *extra)
    assert done.returncode == 0, done.stderr
    assert deleted_by(done.stdout) == going
    assert profile.stored(tmp_path / "scratch") == kept

    expected = {name: site.sent[name] for _, name in kept}
    for header in sent_on_plain(site, profile):
        assert header == expected


def _tree(root: Path) -> dict[str, tuple[object, ...]]:
    """Every entry under root: kind, mode and mtime, and a file's size and SHA-256 or a
    link's target. Access times are left out: reading a file may move them."""
    entries: dict[str, tuple[object, ...]] = {}
    for folder, dirs, files in os.walk(root):
        for name in (*dirs, *files):
            path = Path(folder, name)
            info = path.lstat()
            key = str(path.relative_to(root))
            if stat.S_ISLNK(info.st_mode):
                entries[key] = ("link", os.readlink(path))
            elif stat.S_ISREG(info.st_mode):
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                entries[key] = ("file", info.st_mode, info.st_mtime_ns, info.st_size, digest)
            else:
                entries[key] = ("other", info.st_mode, info.st_mtime_ns)
    return entries


def _changes(before: dict[str, tuple[object, ...]], after: dict[str, tuple[object, ...]]) -> str:
    changed = sorted(
        key for key in before.keys() | after.keys() if before.get(key) != after.get(key)
    )
    return ", ".join(changed)


def test_delete_refuses_while_the_browser_runs_and_changes_nothing(
    site: Site, fresh_real_profile: RealProfile, tool: Tool, tmp_path: Path
) -> None:
    profile = fresh_real_profile
    rows_before = profile.rows_but_last_access(tmp_path / "rows-before")
    requests = len(site.received)
    with profile.running(site.url("/plain"), ready=lambda: len(site.received) > requests) as pid:
        # The browser as a person leaves it: running, writing whatever it writes. It may
        # refresh the last-access time of the cookies it just sent (Firefox at once, into the
        # -wal it keeps locked), so here the rows are compared through a private copy, all
        # columns but that one.
        done = tool(profile.home, "delete", "--yes", "--store", str(profile.store))
        assert done.returncode == EXIT_RUNNING, done.stdout + done.stderr
        assert f"{profile.label} is running" in done.stderr
        assert "nothing was changed" in done.stderr
        assert not deleted_by(done.stdout)
        assert profile.rows_but_last_access(tmp_path / "rows-running") == rows_before

        # The browser frozen: still running to any check (pid, SingletonLock, .parentlock and
        # Firefox's lock on the database are all held), but writing nothing itself, so every
        # file of its HOME -- profile, cookie database, -wal, -shm, locks, Local State,
        # profiles.ini -- must come out byte for byte and mtime for mtime the same, with no
        # exception for files the browser churns. Found through discovery this time.
        with frozen(pid):
            before = _tree(profile.home)
            again = tool(profile.home, "delete", "--yes", "--browser", profile.browser)
            after = _tree(profile.home)
        assert again.returncode == EXIT_RUNNING, again.stdout + again.stderr
        assert f"{profile.label} is running" in again.stderr
        db = str(profile.cookies_db.relative_to(profile.home))
        # The database and the file beside it that the browser holds open (Firefox's -wal,
        # Chromium's -journal) are among the compared files.
        assert db in before and any(key.startswith(f"{db}-") for key in before)
        assert after == before, f"changed while the browser was frozen: {_changes(before, after)}"

    assert not list(tool.state.rglob("*.sqlite")), "a backup was taken for a refused delete"
    assert profile.rows_but_last_access(tmp_path / "rows-after") == rows_before


@pytest.mark.parametrize("link", ["file", "folder"])
def test_a_link_to_the_store_of_a_running_browser_cannot_hide_it(
    site: Site, fresh_real_profile: RealProfile, tool: Tool, tmp_path: Path, link: str
) -> None:
    """`--store` through a symbolic link to the live cookie database, or to its profile
    folder, while the real browser runs: refused, exit 3, as for the path itself."""
    profile = fresh_real_profile
    database = profile.cookies_db
    folder = database.parent.parent if database.parent.name == "Network" else database.parent
    links = tmp_path / "links"
    links.mkdir()
    given = links / (database.name if link == "file" else "profile")
    if link == "file":
        given.symlink_to(database)
    else:
        given.symlink_to(folder, target_is_directory=True)
    rows_before = profile.rows_but_last_access(tmp_path / "rows-before")
    requests = len(site.received)
    with profile.running(site.url("/plain"), ready=lambda: len(site.received) > requests):
        done = tool(profile.home, "delete", "--yes", "--store", str(given))
        assert done.returncode == EXIT_RUNNING, done.stdout + done.stderr
        assert f"{profile.label} is running" in done.stderr
        assert not deleted_by(done.stdout)
    assert profile.rows_but_last_access(tmp_path / "rows-after") == rows_before
    assert not list(tool.state.rglob("*.sqlite")), "a backup was taken for a refused delete"


def test_a_hard_link_to_the_store_of_a_running_browser_is_refused(
    site: Site, fresh_real_profile: RealProfile, tool: Tool, tmp_path: Path
) -> None:
    """A hard link (another name for the same file, as a bind mount gives) outside the
    profile: no lock file lies beside it, but the running browser has that very file open
    (same device and inode in /proc/<pid>/fd), so the write is refused, exit 3."""
    profile = fresh_real_profile
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    given = elsewhere / profile.cookies_db.name
    os.link(profile.cookies_db, given)
    rows_before = profile.rows_but_last_access(tmp_path / "rows-before")
    requests = len(site.received)
    with profile.running(site.url("/plain"), ready=lambda: len(site.received) > requests):
        done = tool(profile.home, "delete", "--yes", "--store", str(given))
        assert done.returncode == EXIT_RUNNING, done.stdout + done.stderr
        assert "nothing was changed" in done.stderr
        assert not deleted_by(done.stdout)
    assert not list(tool.state.rglob("*.sqlite")), "a backup was taken for a refused delete"
    assert profile.rows_but_last_access(tmp_path / "rows-after") == rows_before
