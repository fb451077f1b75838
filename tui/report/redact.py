"""What a report or a recording leaves out about the person and the machine: every path under
the home is written `~/...` (store paths, places searched, the catalogue's path, error texts and
fix commands). The account name is never written (the report holds no "user"); the environment
names the system, its release and the processor type, never the host.

`--include-paths` keeps the absolute paths, for support staff reporting on their own machine.
"""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# The fields that hold a shell command: a path in one is rewritten so that the shell still
# expands it (`~/'My profile/Cookies'`: the tilde outside the quotes).
_COMMANDS = frozenset({"fix_command"})


def this_home() -> Path | None:
    """The home of the account running the tool, as discovery takes it (HOME first)."""
    try:
        return Path.home()
    except (RuntimeError, KeyError):
        # No HOME and no password entry (a container's nameless uid): no home to leave out.
        return None


def home_forms(home: Path | None) -> tuple[str, ...]:
    """The home as given and as resolved (a home reached through a link), longest first."""
    if home is None:
        return ()
    forms = {str(home), os.path.realpath(home)}
    # "/" as a home would turn every path into "~/...": nothing is left out then.
    return tuple(sorted((f.rstrip("/") for f in forms if f.rstrip("/")), key=len, reverse=True))


class Redactor:
    """Rewrites the home in every string of a document."""

    def __init__(self, homes: Iterable[str]) -> None:
        self._homes = tuple(homes)
        # The home, where a path component ends after it (never "/home/ann" in "/home/anna").
        self._pattern = (
            re.compile("|".join(f"{re.escape(home)}(?=/|$|[^\\w.-])" for home in self._homes))
            if self._homes
            else None
        )

    def text(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub("~", text)

    def command(self, line: str) -> str:
        """A shell command with each argument under the home as `~/...`, still runnable."""
        if self._pattern is None:
            return line
        try:
            words = shlex.split(line)
        except ValueError:
            return self.text(line)
        # The home may be quoted in the line (`'/home/o'"'"'brien/…'`): looked for in each word.
        if not any(self._pattern.search(word) for word in words):
            return line
        return " ".join(self._word(word) for word in words)

    def _word(self, word: str) -> str:
        for home in self._homes:
            if word == home:
                return "~"
            if word.startswith(home + "/"):
                return "~/" + shlex.quote(word[len(home) + 1 :])
        return shlex.quote(word)

    def document(self, value: Any, key: str | None = None) -> Any:
        """The document with every string rewritten; a command field as a command."""
        if isinstance(value, str):
            return self.command(value) if key in _COMMANDS else self.text(value)
        if isinstance(value, dict):
            return {k: self.document(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self.document(item, key) for item in value]
        return value
