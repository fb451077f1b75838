"""The browsers this tool knows, one row each: everything else is derived from this table.

A row says how the browser is shown (its name; lower-cased, what `--browser` takes), its
family (which reader reads its stores), where its profiles are on each system (Flatpak and
Snap places included), and, for the Chromium family, how the operating system's key is asked
for (browser-cookie3's class and the product name the Linux keyrings know). Discovery, the
key lookup, `--browser`'s choices and the help's list of browsers all read it, so a new
browser is one new row; tests/core/test_browsers.py checks that each row is complete.
"""

from __future__ import annotations

from tui.frozen import Frozen
from tui.model import Family


class KeyNames(Frozen):
    """How browser-cookie3 asks the OS for a Chromium-family browser's key.

    `bc3_class`: its class for the browser (which also knows the macOS keychain service and,
    on Windows, where Local State is). `os_crypt`: the product name it asks the Secret Service
    and KDE Wallet 5 for (its `os_crypt_name`, browser_cookie3/__init__.py 0.20.1, in each
    class's `__init__`); KDE Wallet 6 is asked for the same entry (kwallet6.py). Edge and
    Opera ask for Chromium's entry and Vivaldi for Chrome's, as browser-cookie3 does.
    """

    bc3_class: str
    os_crypt: str


class Browser(Frozen):
    name: str
    family: Family
    # None only for a browser whose values are not encrypted with an OS key (Firefox and
    # Safari store them in clear): a row must say so, there is no default.
    keys: KeyNames | None
    # Each location is a user-data dir (Chromium) or a profiles.ini dir (Firefox), written
    # with a root placeholder: {config} XDG config, {home}, {support} macOS Application
    # Support, {local} LOCALAPPDATA, {roaming} APPDATA.
    linux: tuple[str, ...] = ()
    macos: tuple[str, ...] = ()
    windows: tuple[str, ...] = ()


def _flatpak(app: str, inner: str) -> str:
    return f"{{home}}/.var/app/{app}/config/{inner}"


BROWSERS: tuple[Browser, ...] = (
    Browser(
        "Chrome",
        Family.CHROMIUM,
        keys=KeyNames(bc3_class="Chrome", os_crypt="chrome"),
        linux=(
            "{config}/google-chrome",
            "{config}/google-chrome-beta",
            "{config}/google-chrome-unstable",
            _flatpak("com.google.Chrome", "google-chrome"),
        ),
        macos=("{support}/Google/Chrome", "{support}/Google/Chrome Beta"),
        windows=("{local}/Google/Chrome/User Data", "{local}/Google/Chrome Beta/User Data"),
    ),
    Browser(
        "Chromium",
        Family.CHROMIUM,
        keys=KeyNames(bc3_class="Chromium", os_crypt="chromium"),
        linux=(
            "{config}/chromium",
            "{home}/snap/chromium/common/chromium",
            _flatpak("org.chromium.Chromium", "chromium"),
        ),
        macos=("{support}/Chromium",),
        windows=("{local}/Chromium/User Data",),
    ),
    Browser(
        "Brave",
        Family.CHROMIUM,
        keys=KeyNames(bc3_class="Brave", os_crypt="brave"),
        linux=(
            "{config}/BraveSoftware/Brave-Browser",
            "{home}/snap/brave/current/.config/BraveSoftware/Brave-Browser",
            _flatpak("com.brave.Browser", "BraveSoftware/Brave-Browser"),
        ),
        macos=("{support}/BraveSoftware/Brave-Browser",),
        windows=("{local}/BraveSoftware/Brave-Browser/User Data",),
    ),
    Browser(
        "Edge",
        Family.CHROMIUM,
        keys=KeyNames(bc3_class="Edge", os_crypt="chromium"),
        linux=(
            "{config}/microsoft-edge",
            "{config}/microsoft-edge-beta",
            "{config}/microsoft-edge-dev",
            _flatpak("com.microsoft.Edge", "microsoft-edge"),
        ),
        macos=("{support}/Microsoft Edge",),
        windows=("{local}/Microsoft/Edge/User Data",),
    ),
    Browser(
        "Vivaldi",
        Family.CHROMIUM,
        keys=KeyNames(bc3_class="Vivaldi", os_crypt="chrome"),
        linux=(
            "{config}/vivaldi",
            "{home}/snap/vivaldi/current/.config/vivaldi",
            _flatpak("com.vivaldi.Vivaldi", "vivaldi"),
        ),
        macos=("{support}/Vivaldi",),
        windows=("{local}/Vivaldi/User Data",),
    ),
    Browser(
        "Opera",
        Family.CHROMIUM,
        keys=KeyNames(bc3_class="Opera", os_crypt="chromium"),
        linux=(
            "{config}/opera",
            "{home}/snap/opera/current/.config/opera",
            _flatpak("com.opera.Opera", "opera"),
        ),
        macos=("{support}/com.operasoftware.Opera",),
        windows=("{roaming}/Opera Software/Opera Stable",),
    ),
    Browser(
        "Firefox",
        Family.FIREFOX,
        keys=None,
        linux=(
            "{home}/.mozilla/firefox",
            "{config}/mozilla/firefox",
            "{home}/snap/firefox/common/.mozilla/firefox",
            "{home}/.var/app/org.mozilla.firefox/.mozilla/firefox",
            "{home}/.var/app/org.mozilla.firefox/config/mozilla/firefox",
        ),
        macos=("{support}/Firefox",),
        windows=("{roaming}/Mozilla/Firefox",),
    ),
    Browser(
        "LibreWolf",
        Family.FIREFOX,
        keys=None,
        linux=(
            "{home}/.librewolf",
            "{config}/librewolf/librewolf",
            "{home}/.var/app/io.gitlab.librewolf-community/.librewolf",
        ),
        macos=("{support}/librewolf",),
        windows=("{roaming}/librewolf",),
    ),
    Browser(
        "Safari",
        Family.SAFARI,
        keys=None,
        macos=(
            "{home}/Library/Containers/com.apple.Safari/Data/Library/Cookies",
            "{home}/Library/Cookies",
        ),
    ),
)

BROWSER_NAMES = tuple(browser.name.lower() for browser in BROWSERS)


def named(name: str) -> Browser | None:
    """The row of the browser called `name` (as shown or as `--browser` takes it)."""
    wanted = name.lower()
    return next((browser for browser in BROWSERS if browser.name.lower() == wanted), None)


def help_names() -> dict[str, str]:
    """The browsers the help lists: `browsers` those with profiles on Linux or Windows,
    `macos_only` those found on macOS alone (Safari)."""
    elsewhere = [browser.name for browser in BROWSERS if browser.linux or browser.windows]
    mac_only = [browser.name for browser in BROWSERS if not (browser.linux or browser.windows)]
    return {"browsers": ", ".join(elsewhere), "macos_only": ", ".join(mac_only)}
