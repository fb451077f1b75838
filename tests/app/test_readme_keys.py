"""The README's key table lists every key the main screen and the app bind, so a key added to
the app without a line in the README fails here."""

from __future__ import annotations

import re

from tests.helpers import REPO
from tui.app.app import CookiesApp
from tui.app.screens.main import MainScreen

# Textual's key names where the README writes the character a person presses.
PRESSED = {"slash": "/", "question_mark": "?", "space": "space"}
# Keys the app binds without offering them: escape steps back, ctrl+c explains how to quit.
UNLISTED = {"escape", "ctrl+c"}


def _readme_keys() -> set[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("| key | action |", 1)[1].split("\n\n", 1)[0]
    cells = [row.split(" | ")[0] for row in table.splitlines()[2:]]
    return {key for cell in cells for key in re.findall(r"`([^`]+)`", cell)}


def _bound_keys() -> set[str]:
    keys: set[str] = set()
    for screen_binding in [*MainScreen.BINDINGS, *CookiesApp.BINDINGS]:
        key = screen_binding.key if hasattr(screen_binding, "key") else screen_binding[0]
        for one in str(key).split(","):
            keys.add(PRESSED.get(one, one))
    return keys - UNLISTED


def test_every_key_the_app_binds_is_in_the_readme_key_table() -> None:
    missing = _bound_keys() - _readme_keys()
    assert not missing, f"keys bound but not in README's key table: {sorted(missing)}"
