"""Discovery finds every profile of every browser, on each OS's layout, from the environment."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import SITE
from tui.demo.stores import (
    Spec,
    write_chromium,
    write_firefox,
    write_local_state,
    write_profiles_ini,
)
from tui.model import Family
from tui.stores.discovery import discover

ONE = [Spec(SITE, "csrftoken", "x")]


def _chromium(user_data: Path, profiles: dict[str, str], network: bool = True) -> None:
    write_local_state(user_data, profiles)
    for directory in profiles:
        store = user_data / directory / ("Network/Cookies" if network else "Cookies")
        write_chromium(store, ONE)


def _firefox(root: Path, profiles: dict[str, str]) -> None:
    write_profiles_ini(root, profiles)
    for directory in profiles:
        write_firefox(root / directory / "cookies.sqlite", ONE)


def _found(refs: list) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    return {(ref.browser, ref.profile) for ref in refs}


def test_linux_finds_every_profile_of_every_browser_including_snap_and_flatpak(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    config = fake_home / ".config"
    _chromium(config / "google-chrome", {"Default": "Person 1", "Profile 3": "Work"})
    _chromium(fake_home / "snap/chromium/common/chromium", {"Default": "Default"}, network=False)
    _chromium(config / "BraveSoftware/Brave-Browser", {"Default": "Default"})
    _chromium(fake_home / ".var/app/com.microsoft.Edge/config/microsoft-edge", {"Default": "Me"})
    _chromium(config / "vivaldi", {"Profile 1": "Profile 1"})
    write_chromium(config / "opera" / "Cookies", ONE)  # Opera: the user-data dir is the profile
    _firefox(
        fake_home / ".mozilla/firefox", {"abc.default-release": "default-release", "x.dev": "dev"}
    )
    _firefox(config / "mozilla/firefox", {"new.default": "xdg"})
    _firefox(fake_home / ".librewolf", {"lw.default": "default"})

    refs, searched = discover(env=home_env, platform="linux")

    assert _found(refs) == {
        ("Chrome", "Person 1 (Default)"),
        ("Chrome", "Work (Profile 3)"),
        ("Chromium", "Default"),
        ("Brave", "Default"),
        ("Edge", "Me (Default)"),
        ("Vivaldi", "Profile 1"),
        ("Opera", "opera"),
        ("Firefox", "default-release (abc.default-release)"),
        ("Firefox", "dev (x.dev)"),
        ("Firefox", "xdg (new.default)"),
        ("LibreWolf", "default (lw.default)"),
    }
    chrome_work = next(r for r in refs if r.profile == "Work (Profile 3)")
    assert chrome_work.path == config / "google-chrome/Profile 3/Network/Cookies"
    assert chrome_work.lock_dir == config / "google-chrome"
    assert chrome_work.key_file == config / "google-chrome/Local State"
    assert str(config / "google-chrome") in map(str, searched)


def test_a_profile_missing_from_local_state_is_still_found(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    user_data = fake_home / ".config/chromium"
    _chromium(user_data, {"Default": "Default"})
    write_chromium(user_data / "Profile 7" / "Cookies", ONE)
    refs, _ = discover(["chromium"], env=home_env, platform="linux")
    assert _found(refs) == {("Chromium", "Default"), ("Chromium", "Profile 7")}


def test_browser_filter_limits_discovery(fake_home: Path, home_env: dict[str, str]) -> None:
    _chromium(fake_home / ".config/chromium", {"Default": "Default"})
    _firefox(fake_home / ".mozilla/firefox", {"p.default": "default"})
    refs, _ = discover(["firefox"], env=home_env, platform="linux")
    assert {ref.family for ref in refs} == {Family.FIREFOX}


def test_xdg_config_home_is_honoured(tmp_path: Path, fake_home: Path) -> None:
    elsewhere = tmp_path / "cfg"
    _chromium(elsewhere / "google-chrome", {"Default": "Default"})
    refs, _ = discover(
        env={"HOME": str(fake_home), "XDG_CONFIG_HOME": str(elsewhere)}, platform="linux"
    )
    assert _found(refs) == {("Chrome", "Default")}


def test_windows_layout_uses_localappdata_and_appdata(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    local = Path(home_env["LOCALAPPDATA"])
    roaming = Path(home_env["APPDATA"])
    _chromium(local / "Google/Chrome/User Data", {"Default": "Default", "Profile 1": "Kid"})
    _chromium(local / "Microsoft/Edge/User Data", {"Default": "Default"})
    write_chromium(roaming / "Opera Software/Opera Stable/Network/Cookies", ONE)
    _firefox(roaming / "Mozilla/Firefox", {"Profiles/a.default": "default"})
    refs, _ = discover(env=home_env, platform="win32")
    assert _found(refs) == {
        ("Chrome", "Default"),
        ("Chrome", "Kid (Profile 1)"),
        ("Edge", "Default"),
        ("Opera", "Opera Stable"),
        ("Firefox", "default (a.default)"),
    }


def test_macos_layout_uses_application_support(fake_home: Path, home_env: dict[str, str]) -> None:
    support = fake_home / "Library/Application Support"
    _chromium(support / "Google/Chrome", {"Default": "Default"})
    _chromium(support / "BraveSoftware/Brave-Browser", {"Profile 2": "Two"})
    _firefox(support / "Firefox", {"Profiles/m.default": "default"})
    refs, _ = discover(env=home_env, platform="darwin")
    assert _found(refs) == {
        ("Chrome", "Default"),
        ("Brave", "Two (Profile 2)"),
        ("Firefox", "default (m.default)"),
    }


def test_an_absolute_firefox_profile_path_is_followed(
    tmp_path: Path, fake_home: Path, home_env: dict[str, str]
) -> None:
    outside = tmp_path / "elsewhere" / "profile"
    write_firefox(outside / "cookies.sqlite", ONE)
    root = fake_home / ".mozilla/firefox"
    root.mkdir(parents=True)
    (root / "profiles.ini").write_text(
        f"[Profile0]\nName=moved\nIsRelative=0\nPath={outside}\n", encoding="utf-8"
    )
    refs, _ = discover(["firefox"], env=home_env, platform="linux")
    assert [(r.profile, r.path) for r in refs] == [("moved (profile)", outside / "cookies.sqlite")]


def test_broken_local_state_and_profiles_ini_do_not_stop_discovery(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    user_data = fake_home / ".config/chromium"
    write_chromium(user_data / "Default" / "Cookies", ONE)
    (user_data / "Local State").write_text("{broken", encoding="utf-8")
    root = fake_home / ".mozilla/firefox"
    write_firefox(root / "z.default" / "cookies.sqlite", ONE)
    (root / "profiles.ini").write_bytes(b"\xff\xfe[[[ not ini")
    refs, _ = discover(env=home_env, platform="linux")
    assert _found(refs) == {("Chromium", "Default"), ("Firefox", "z.default")}
