"""Browser profiles laid out under a private HOME exactly where the browsers put them.

The tool finds profiles from HOME, so a profile in the browser's own default place lets an
end-to-end test run discovery as well as reading and deleting.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.browsers import chromium_visit, firefox_visit

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
