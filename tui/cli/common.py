"""What every command shares: printing (through `printable`, in the person's language),
asking for confirmation, and reading the stores of the run's source (tui/source.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from tui.cli.errors import Interrupted, Refused
from tui.texts import Lang, Said, say, tr
from tui.textsafe import printable

# Not typing.TYPE_CHECKING: typing is not imported at run time (start-up of `scan`).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from tui.catalog import Catalog
    from tui.model import Inspection
    from tui.source import Source

PROGRAM = "saemes-cookies"


class Say:
    """Prints texts of the table in one language: `out` to stdout, `err` to stderr with the
    program's name first. Everything goes through `printable`: names, hosts and paths come
    from stores and file systems."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def word(self, key: str, /, **values: object) -> str:
        return tr(self.lang, key, **values)

    def out(self, key: str, /, **values: object) -> None:
        print(printable(self.word(key, **values), 4000), flush=True)

    def line(self, text: str) -> None:
        """A line built by the caller from texts of the table and printable values."""
        print(text, flush=True)

    def err(self, said: Said) -> None:
        message = printable(said.text(self.lang), 2000)
        print(f"{PROGRAM}: {message}", file=sys.stderr, flush=True)

    def confirm(self, question: Said, yes: bool) -> None:
        """--yes, or "y" typed on a terminal; anything else (no terminal included) refuses,
        and Ctrl+C at the question ends the command with nothing changed."""
        if yes:
            return
        if not sys.stdin.isatty():
            raise Refused(say("cli.not-confirmed.no-terminal"))
        try:
            answer = input(f"{question.text(self.lang)} {self.word('cli.yes-no')} ")
        except EOFError:
            answer = ""
        except KeyboardInterrupt:
            # The question's line is still open: the message goes on a line of its own.
            print(file=sys.stderr)
            raise Interrupted(say("cli.interrupted.unchanged")) from None
        if answer.strip().lower() not in ("y", "yes", "o", "oui"):
            raise Refused(say("cli.not-confirmed"))


def need_terminal() -> None:
    """The app draws on a terminal and reads keys from it: on a pipe it would write escape
    codes and wait for keys forever. Called before textual is imported."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise Refused(say("cli.no-terminal"))


@contextmanager
def writing() -> Iterator[None]:
    """Ctrl+C while stores are written: the store being written rolls its transaction back
    (tui/stores/write.py), stores finished before stay written, and the line says so."""
    from tui.deletion import DeletionInterrupted
    from tui.stores.held_signals import CommittedInterrupt

    try:
        yield
    except (DeletionInterrupted, CommittedInterrupt):
        raise  # the write was made: the command says what it made
    except KeyboardInterrupt:
        raise Interrupted(say("cli.interrupted.write")) from None


def inspection(source: Source, catalog: Catalog) -> Inspection:
    """The stores of the run's source (`--store`, `--browser`, or the demo home's), read."""
    from tui.inspection import inspect

    refs, failed, searched = source.locate()
    return inspect(catalog, refs, failed, searched, demo=source.demo)
