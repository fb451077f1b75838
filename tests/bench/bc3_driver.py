"""browser-cookie3's side of the whole-process comparison: one run, as a script of its own.

    python tests/bench/bc3_driver.py ask|skip CHROMIUM_COOKIES FIREFOX_COOKIES

Reads the site's cookies from the two stores with browser-cookie3's documented loaders
(`chromium(cookie_file=..., domain_name=...)` and `firefox(...)`) and prints how many each
returned, so the harness can check that the work was done. Nothing else is imported: argv
is read by hand, since argparse alone would cost this side a few milliseconds.

`ask`: browser-cookie3 as shipped. On Linux, building its Chromium class asks the Secret
Service, then KDE Wallet 5, for the browser's password over the D-Bus session bus, and falls
back to Chromium's fixed password ("peanuts") when neither answers. Without a session bus it
cannot even ask: jeepney raises KeyError('DBUS_SESSION_BUS_ADDRESS') out of the loader.

`skip`: the same run with that keyring lookup replaced by the answer browser-cookie3 itself
gives when no keyring answers: `_LinuxPasswordManager.get_password` returns its
`CHROMIUM_DEFAULT_PASSWORD`. Nothing else changes: the class is built as usual, derives its
keys with PBKDF2, copies or opens the store, runs its query and decrypts every matching value
(the harness's stores hold v10 values, whose key is Chromium's fixed one on both sides), and
the Firefox read is untouched. This is what browser-cookie3 can do without D-Bus, so it is the
fair partner for `scan --json` without D-Bus, which also asks no keyring for v10 values.
Patching a private name is acceptable here, in a benchmark, not in `tui/`: it is pinned to
browser-cookie3 0.20.1 like the rest of the project, and the patch fails loudly if the name
goes away.
"""

import os
import sys

import browser_cookie3


def main() -> int:
    mode, chromium_file, firefox_file = sys.argv[1:4]
    if mode == "skip":
        if "DBUS_SESSION_BUS_ADDRESS" in os.environ:
            raise SystemExit("skip is for runs without a D-Bus session bus")
        manager = browser_cookie3._LinuxPasswordManager
        if not callable(getattr(manager, "get_password", None)):
            raise SystemExit("browser-cookie3 has no _LinuxPasswordManager.get_password")

        def no_keyring(self: object, os_crypt_name: str) -> bytes:
            return browser_cookie3.CHROMIUM_DEFAULT_PASSWORD

        manager.get_password = no_keyring
    elif mode != "ask":
        raise SystemExit(f"mode must be ask or skip, not {mode!r}")
    chromium = browser_cookie3.chromium(cookie_file=chromium_file, domain_name="saemes.fr")
    firefox = browser_cookie3.firefox(cookie_file=firefox_file, domain_name="saemes.fr")
    print(len(chromium), len(firefox))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
