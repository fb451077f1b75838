"""argparse's own error sentences are said in the person's language: each row of the table
must read back what this Python's argparse really says (provoked here on a real parser), and
the command line says it in French under --lang fr."""

from __future__ import annotations

import argparse
from typing import NoReturn

import pytest

from tests.helpers import run_cli
from tui.cli.argparse_said import SENTENCES, WRAPPER, said
from tui.texts import tr


class _Said(Exception):
    pass


class _Catching(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _Said(message)


def _parser() -> _Catching:
    parser = _Catching(prog="p")
    parser.add_argument("--one")
    parser.add_argument("--some", nargs="+")
    parser.add_argument("--single", nargs=1)
    parser.add_argument("--pair", nargs=2)
    parser.add_argument("--lang", choices=["en", "fr"])
    parser.add_argument("--count", type=int)
    parser.add_argument("--flag", action="store_true")
    parser.add_argument("--foo")
    parser.add_argument("--fob")
    either = parser.add_mutually_exclusive_group()
    either.add_argument("--left", action="store_true")
    either.add_argument("--right", action="store_true")
    return parser


def _with_needs() -> _Catching:
    parser = _Catching(prog="p")
    parser.add_argument("BACKUP")
    one = parser.add_mutually_exclusive_group(required=True)
    one.add_argument("--a", action="store_true")
    one.add_argument("--b", action="store_true")
    return parser


# What each sentence is provoked by, with the values argparse fills in (and the argument it
# names, when it wraps the sentence in "argument X: ...").
PROVOKED: dict[str, tuple[list[str], dict[str, str], str | None]] = {
    "argparse.said.expected-one": (["--one"], {}, "--one"),
    "argparse.said.expected-at-least-one": (["--some"], {}, "--some"),
    "argparse.said.expected-one-of-n": (["--single"], {"count": "1"}, "--single"),
    "argparse.said.expected-n": (["--pair", "x"], {"count": "2"}, "--pair"),
    "argparse.said.invalid-choice": (
        ["--lang", "de"],
        {"value": "'de'", "choices": "'en', 'fr'"},
        "--lang",
    ),
    "argparse.said.invalid-value": (["--count", "x"], {"type": "int", "value": "'x'"}, "--count"),
    "argparse.said.not-allowed-with": (["--left", "--right"], {"other": "--left"}, "--right"),
    "argparse.said.ignored-explicit": (["--flag=x"], {"value": "'x'"}, "--flag"),
    "argparse.said.unrecognized": (["extra"], {"names": "extra"}, None),
    "argparse.said.ambiguous": (["--fo", "x"], {"option": "--fo", "matches": "--foo, --fob"}, None),
    "argparse.said.required": (["--a"], {"names": "BACKUP"}, None),
    "argparse.said.one-required": (["B"], {"names": "--a --b"}, None),
}


def test_every_sentence_said_again_is_provoked_here() -> None:
    assert set(PROVOKED) == set(SENTENCES)


@pytest.mark.parametrize("key", sorted(PROVOKED))
def test_each_sentence_row_reads_back_what_this_pythons_argparse_says(key: str) -> None:
    given, values, argument = PROVOKED[key]
    parser = _with_needs() if key.endswith("required") else _parser()
    with pytest.raises(_Said) as caught:
        parser.parse_args(given)
    message = str(caught.value)
    french = tr("fr", key, **values)
    if argument is not None:
        french = tr("fr", WRAPPER, argument=argument, message=french)
    assert said("fr", message) == french
    assert said("en", message) == message


def test_a_sentence_argparse_words_otherwise_is_kept_as_it_said_it() -> None:
    assert said("fr", "some other wording: x") == "some other wording: x"


def test_the_command_line_says_argparses_errors_in_french_under_lang_fr() -> None:
    french = run_cli("--lang", "fr", "scan", "--lang", "de")
    assert french.returncode == 2
    last = french.stderr.splitlines()[-1]
    assert last == (
        "saemes-cookies scan: erreur : argument --lang : choix invalide : 'de' "
        "(au choix : 'en', 'fr')"
    )
    english = run_cli("--lang", "en", "restore")
    assert english.stderr.splitlines()[-1] == (
        "saemes-cookies restore: error: the following arguments are required: BACKUP"
    )
