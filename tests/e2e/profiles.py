"""Browser profiles laid out under a private HOME exactly where the browsers put them.

The tool finds profiles from HOME, so a profile in the browser's own default place lets an
end-to-end test run discovery as well as reading and deleting.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.browsers import (
    chromium_running,
    chromium_visit,
    firefox_running,
    firefox_visit,
    read_chromium_cookies,
    read_firefox_cookies,
)

FIREFOX_PROFILE_NAME = "e2etest.default-esr"


@dataclass(frozen=True)
class ChromiumProfile:
    home: Path
    user_data_dir: Path

    @property
    def cookies_db(self) -> Path:
        return self.user_data_dir / "Default" / "Cookies"

    @property
    def singleton_lock(self) -> Path:
        return self.user_data_dir / "SingletonLock"


@dataclass(frozen=True)
class FirefoxProfile:
    home: Path
    profile_dir: Path

    @property
    def cookies_db(self) -> Path:
        return self.profile_dir / "cookies.sqlite"

    @property
    def profiles_ini(self) -> Path:
        return self.profile_dir.parent / "profiles.ini"


def chromium_layout(home: Path) -> ChromiumProfile:
    # Debian's chromium keeps its user-data-dir in $XDG_CONFIG_HOME/chromium.
    return ChromiumProfile(home, home / ".config" / "chromium")


def firefox_layout(home: Path) -> FirefoxProfile:
    # Firefox 147+ puts a new install's profiles under ~/.config/mozilla/firefox (XDG) when no
    # ~/.mozilla exists; ESR 153 did exactly that on a fresh HOME here.
    return FirefoxProfile(home, home / ".config" / "mozilla" / "firefox" / FIREFOX_PROFILE_NAME)


def write_profiles_ini(profile: FirefoxProfile) -> None:
    # Firefox started with --profile never writes profiles.ini; this is what it writes itself
    # for a default profile, minus the [Install<hash>] section tied to the install path.
    profile.profiles_ini.parent.mkdir(parents=True, exist_ok=True)
    profile.profiles_ini.write_text(
        "[Profile0]\n"
        "Name=default-esr\n"
        "IsRelative=1\n"
        f"Path={profile.profile_dir.name}\n"
        "Default=1\n"
        "\n"
        "[General]\n"
        "StartWithLastProfile=1\n"
        "Version=2\n",
        "utf-8",
    )


def build_chromium_profile(home: Path, url: str) -> ChromiumProfile:
    profile = chromium_layout(home)
    home.mkdir(parents=True, exist_ok=True)
    chromium_visit(profile.user_data_dir, home, url)
    return profile


def build_firefox_profile(home: Path, url: str) -> FirefoxProfile:
    profile = firefox_layout(home)
    write_profiles_ini(profile)
    firefox_visit(profile.profile_dir, home, url)
    return profile


def _copy_home(src: Path, dest: Path) -> None:
    # symlinks=True keeps Firefox's `lock` link a link, as a real copy of a profile would.
    shutil.copytree(src, dest, symlinks=True)


def copy_chromium_profile(profile: ChromiumProfile, dest_home: Path) -> ChromiumProfile:
    _copy_home(profile.home, dest_home)
    return ChromiumProfile(dest_home, dest_home / profile.user_data_dir.relative_to(profile.home))


def copy_firefox_profile(profile: FirefoxProfile, dest_home: Path) -> FirefoxProfile:
    _copy_home(profile.home, dest_home)
    return FirefoxProfile(dest_home, dest_home / profile.profile_dir.relative_to(profile.home))


@dataclass(frozen=True)
class RealProfile:
    """A Chromium or Firefox profile behind one interface, so one test body runs on both."""

    # The harness's and the tool's name for it ("chromium", "firefox", as in --browser).
    browser: str
    # How the tool names the browser in what it prints.
    label: str
    home: Path
    # Where the browser is pointed: Chromium's user-data-dir, Firefox's profile dir.
    browser_dir: Path
    # The profile directory, as `--store` takes it.
    store: Path
    cookies_db: Path
    # Written by the browser whenever it sends a cookie it has not sent for a minute, so it
    # says nothing about whether the tool touched the row.
    last_access_column: str

    @classmethod
    def of_chromium(cls, profile: ChromiumProfile) -> RealProfile:
        return cls(
            "chromium",
            "Chromium",
            profile.home,
            profile.user_data_dir,
            profile.cookies_db.parent,
            profile.cookies_db,
            "last_access_utc",
        )

    @classmethod
    def of_firefox(cls, profile: FirefoxProfile) -> RealProfile:
        return cls(
            "firefox",
            "Firefox",
            profile.home,
            profile.profile_dir,
            profile.profile_dir,
            profile.cookies_db,
            "lastAccessed",
        )

    def visit(self, url: str) -> None:
        if self.browser == "chromium":
            chromium_visit(self.browser_dir, self.home, url)
        else:
            firefox_visit(self.browser_dir, self.home, url)

    @contextmanager
    def running(self, url: str, ready: Callable[[], bool]) -> Iterator[int]:
        """The browser held open on url; yields the pid that leads its process group.

        `ready` matters for Firefox only, which gives no page-load signal of its own.
        """
        if self.browser == "chromium":
            with chromium_running(self.browser_dir, self.home, url) as chromium:
                yield chromium.pid
        else:
            with firefox_running(self.browser_dir, self.home, url, ready=ready) as firefox:
                yield firefox.pid

    def rows(self, scratch: Path) -> list[sqlite3.Row]:
        """Every row of the cookie table (Firefox's read through a private copy with its -wal)."""
        if self.browser == "chromium":
            return read_chromium_cookies(self.browser_dir)
        return read_firefox_cookies(self.browser_dir, scratch)

    def stored(self, scratch: Path) -> set[tuple[str, str]]:
        """(host, name) of every stored cookie."""
        host = "host_key" if self.browser == "chromium" else "host"
        return {(row[host], row["name"]) for row in self.rows(scratch)}

    def rows_but_last_access(self, scratch: Path) -> list[tuple[object, ...]]:
        """Every row with every column but the last-access time, sorted."""
        kept = []
        for row in self.rows(scratch):
            # A sqlite3.Row iterates over its values; keys() gives the column names.
            pairs = zip(row.keys(), row, strict=True)
            kept.append(
                tuple(value for column, value in pairs if column != self.last_access_column)
            )
        # repr: a column may hold NULL in one row and a number in another.
        return sorted(kept, key=repr)
