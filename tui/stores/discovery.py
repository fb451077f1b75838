"""Where the cookie stores are: every profile of every known browser, on Linux, macOS, Windows.

Paths come from the environment (HOME, XDG_CONFIG_HOME, APPDATA, LOCALAPPDATA), never from a
cached home, so tests and support staff can point the tool at any home directory.
"""

from __future__ import annotations

import configparser
import contextlib
import json
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from tui.model import Family, StoreRef
from tui.regular import read_regular
from tui.stores.browsers import BROWSERS, Browser

# `Local State` and `profiles.ini` are read whole; no real one comes near this size.
MAX_SETTINGS_BYTES = 16 * 1024 * 1024


def os_kind(platform: str | None = None) -> str:
    platform = platform or sys.platform
    if platform == "darwin":
        return "macos"
    if platform.startswith("win"):
        return "windows"
    return "linux"


def _roots(env: Mapping[str, str], kind: str) -> dict[str, str]:
    home = env.get("HOME") or env.get("USERPROFILE") or str(Path.home())
    return {
        "home": home,
        "config": env.get("XDG_CONFIG_HOME") or f"{home}/.config",
        "support": f"{home}/Library/Application Support",
        "local": env.get("LOCALAPPDATA") or f"{home}/AppData/Local",
        "roaming": env.get("APPDATA") or f"{home}/AppData/Roaming",
    }


def locations(browser: Browser, env: Mapping[str, str], kind: str) -> list[Path]:
    roots = _roots(env, kind)
    templates: tuple[str, ...] = getattr(browser, kind)
    return [Path(template.format(**roots)) for template in templates]


def discover(
    only: Iterable[str] = (),
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> tuple[list[StoreRef], list[Path]]:
    """Every store of the chosen browsers (all when `only` is empty), and every place looked."""
    env = os.environ if env is None else env
    kind = os_kind(platform)
    wanted = {name.lower() for name in only}
    refs: list[StoreRef] = []
    searched: list[Path] = []
    for browser in BROWSERS:
        if wanted and browser.name.lower() not in wanted:
            continue
        for location in locations(browser, env, kind):
            searched.append(location)
            if not _present(location, browser.family):
                continue
            if browser.family is Family.CHROMIUM:
                refs.extend(chromium_profiles(location, browser.name))
            elif browser.family is Family.FIREFOX:
                refs.extend(firefox_profiles(location, browser.name))
            else:
                refs.extend(_safari_store(location))
    return _unique(refs), searched


def browser_at(root: Path, family: Family, env: Mapping[str, str] | None = None) -> str | None:
    """Which browser keeps its profiles in `root`, when it is one of the known places."""
    env = os.environ if env is None else env
    real = root.resolve()
    for browser in BROWSERS:
        if browser.family is not family:
            continue
        for kind in ("linux", "macos", "windows"):
            if any(place.resolve() == real for place in locations(browser, env, kind)):
                return browser.name
    return None


def _unique(refs: list[StoreRef]) -> list[StoreRef]:
    """Snap or flatpak paths can be links to the same place; list each store once."""
    seen: set[Path] = set()
    result = []
    for ref in refs:
        real = ref.path.resolve()
        if real not in seen:
            seen.add(real)
            result.append(ref)
    return result


def chromium_cookie_file(profile_dir: Path) -> Path | None:
    # Chromium moved the store into Network/ (version 96); the old file may linger beside it.
    for candidate in (profile_dir / "Network" / "Cookies", profile_dir / "Cookies"):
        if candidate.is_file():
            return candidate
    return None


def chromium_profiles(user_data_dir: Path, browser: str) -> list[StoreRef]:
    """Every profile of a Chromium user-data dir: `Local State`'s list, then any others."""
    local_state = user_data_dir / "Local State"
    names: dict[str, str] = {}
    try:
        info = json.loads(read_regular(local_state, MAX_SETTINGS_BYTES).decode("utf-8"))
        cache = info.get("profile", {}).get("info_cache", {})
        if isinstance(cache, dict):
            for directory, details in cache.items():
                shown = details.get("name") if isinstance(details, dict) else None
                names[str(directory)] = str(shown or directory)
    except (OSError, ValueError, AttributeError):
        pass
    candidates = list(names)
    try:
        for child in sorted(user_data_dir.iterdir()):
            if child.name not in names and chromium_cookie_file(child) is not None:
                candidates.append(child.name)
    except OSError:
        pass
    refs = []
    # Opera keeps its only profile in the user-data dir itself.
    own = chromium_cookie_file(user_data_dir)
    if own is not None:
        refs.append(_chromium_ref(browser, user_data_dir.name, own, user_data_dir))
    for directory in candidates:
        cookie_file = chromium_cookie_file(user_data_dir / directory)
        if cookie_file is None:
            continue
        label = names.get(directory, directory)
        profile = directory if label == directory else f"{label} ({directory})"
        refs.append(_chromium_ref(browser, profile, cookie_file, user_data_dir))
    return refs


def _chromium_ref(browser: str, profile: str, cookie_file: Path, user_data_dir: Path) -> StoreRef:
    local_state = user_data_dir / "Local State"
    return StoreRef(
        browser=browser,
        profile=profile,
        family=Family.CHROMIUM,
        path=cookie_file,
        lock_dir=user_data_dir,
        key_file=local_state if local_state.is_file() else None,
    )


def firefox_profiles(root: Path, browser: str) -> list[StoreRef]:
    """Every profile listed in `profiles.ini`, then any other folder holding cookies.sqlite."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    with contextlib.suppress(configparser.Error, UnicodeDecodeError, OSError):
        text = read_regular(root / "profiles.ini", MAX_SETTINGS_BYTES).decode("utf-8")
        parser.read_string(text)
    found: dict[Path, str] = {}
    for section in parser.sections():
        if not section.startswith("Profile") or "Path" not in parser[section]:
            continue
        entry = parser[section]
        raw = entry["Path"]
        relative = entry.get("IsRelative", "1").strip() != "0"
        directory = (root / raw) if relative else Path(raw)
        found[directory] = entry.get("Name", directory.name)
    for container in (root, root / "Profiles"):
        try:
            for child in sorted(container.iterdir()):
                if child not in found and (child / "cookies.sqlite").is_file():
                    found[child] = child.name
        except OSError:
            continue
    refs = []
    for directory, name in found.items():
        cookie_file = directory / "cookies.sqlite"
        if cookie_file.is_file():
            profile = name if name == directory.name else f"{name} ({directory.name})"
            refs.append(
                StoreRef(
                    browser=browser,
                    profile=profile,
                    family=Family.FIREFOX,
                    path=cookie_file,
                    lock_dir=directory,
                )
            )
    return refs


def _present(location: Path, family: Family) -> bool:
    try:
        return location.is_dir()
    except PermissionError:
        # macOS refuses even a look into Safari's container (EPERM) until the terminal has
        # Full Disk Access: the store is listed, and reading it says what to do.
        return family is Family.SAFARI


def _safari_store(directory: Path) -> list[StoreRef]:
    path = directory / "Cookies.binarycookies"
    try:
        if not path.is_file():
            return []
    except PermissionError:
        pass
    # The sandboxed Safari keeps its store in its container, older ones in ~/Library/Cookies.
    profile = "container" if "com.apple.Safari" in path.parts else "default"
    return [StoreRef("Safari", profile, Family.SAFARI, path)]
