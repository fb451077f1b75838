"""One row per browser (tui/stores/browsers.py): each row is complete, and the key lookup, the
help's list of browsers and the README's `--browser` row all come from the table."""

from __future__ import annotations

import re

import browser_cookie3
import pytest

from tests.helpers import REPO
from tui.cli.parser import build_parser
from tui.frozen import has_default
from tui.model import Family
from tui.stores import browsers
from tui.stores.bc3_internals import KeyUnavailable, key_names
from tui.stores.browsers import BROWSER_NAMES, BROWSERS, Browser, KeyNames
from tui.texts import keys


def test_a_row_must_say_whether_its_browser_has_os_key_names() -> None:
    """No default: a row without key names says `keys=None`, it cannot forget them."""
    assert not has_default(Browser, "keys")


@pytest.mark.parametrize("row", BROWSERS, ids=[row.name for row in BROWSERS])
def test_every_row_is_complete(row: Browser) -> None:
    assert row.name and row.name == row.name.strip()
    assert row.linux or row.macos or row.windows, "no place on any system"
    if row.family is Family.CHROMIUM:
        # Chromium encrypts values with an OS key: the row names how browser-cookie3 asks.
        assert row.keys is not None
        assert row.keys.os_crypt
        assert issubclass(
            getattr(browser_cookie3, row.keys.bc3_class), browser_cookie3.ChromiumBased
        )
    else:
        # Firefox and Safari keep values in clear: nothing to ask the OS for.
        assert row.keys is None


def test_browser_names_are_unique_and_what_browser_takes() -> None:
    assert tuple(row.name.lower() for row in BROWSERS) == BROWSER_NAMES
    assert len(set(BROWSER_NAMES)) == len(BROWSERS)


@pytest.mark.parametrize("row", BROWSERS, ids=[row.name for row in BROWSERS])
def test_the_key_lookup_uses_each_browsers_own_row(row: Browser) -> None:
    if row.keys is None:
        with pytest.raises(KeyUnavailable):
            key_names(row.name)
    else:
        assert key_names(row.name) == row.keys


def test_a_browser_added_to_the_table_gets_its_own_keyring_entry_not_chromiums(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    added = Browser(
        "Thorium",
        Family.CHROMIUM,
        keys=KeyNames(bc3_class="Chromium", os_crypt="thorium"),
        linux=("{config}/thorium",),
    )
    monkeypatch.setattr(browsers, "BROWSERS", (*BROWSERS, added))
    assert key_names("Thorium").os_crypt == "thorium"


def test_a_store_of_an_unknown_browser_is_asked_for_as_chromium() -> None:
    """`--store` outside the known places names a Chromium store "Chromium" (read.py)."""
    chromium = browsers.named("Chromium")
    assert chromium is not None
    assert key_names("Unknown") == chromium.keys


def test_the_help_text_names_no_browser_itself() -> None:
    """The list is a placeholder filled from the table, in both languages."""
    for text in keys()["help.about"]:
        assert "{browsers}" in text and "{macos_only}" in text
        for row in BROWSERS:
            assert not re.search(rf"\b{row.name}\b", text), row.name


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_help_lists_every_browser_of_the_table(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    added = Browser("Thorium", Family.CHROMIUM, keys=KeyNames("Chromium", "thorium"), linux=("x",))
    monkeypatch.setattr(browsers, "BROWSERS", (*BROWSERS, added))
    about = build_parser(lang).description or ""
    for row in (*BROWSERS, added):
        assert row.name in about, row.name


def test_the_help_says_safari_only_on_macos() -> None:
    """Safari's row has places on macOS alone, so the help names it apart."""
    names = browsers.help_names()
    assert names["macos_only"] == "Safari"
    assert "Safari" not in names["browsers"].split(", ")


def test_the_readme_browser_row_lists_the_table() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    row = re.search(r"^\| `--browser NAME` \| .*: (.*) \|$", readme, re.M)
    assert row is not None
    assert tuple(row.group(1).split(", ")) == BROWSER_NAMES
