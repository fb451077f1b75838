"""The command line's options behave as written: before and after the command they add up,
`--lang` works on every command, a report's format follows its file name, and the app refuses
to start without a terminal. Real processes (`python -m tui`) on a fake home."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tests.helpers.processes import python_child
from tui.cli.parser import build_parser


def _searched(stdout: str) -> list[str]:
    document = json.loads(stdout)
    return list(document["searched"])


def test_browser_before_and_after_the_command_add_up(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    done = run_cli("--browser", "firefox", "scan", "--browser", "chromium", "--json", env=home_env)
    assert done.returncode == 0, done.stderr
    searched = _searched(done.stdout)
    assert f"{fake_home}/.config/chromium" in searched
    assert f"{fake_home}/.mozilla/firefox" in searched
    assert not any("google-chrome" in place or "BraveSoftware" in place for place in searched)


def test_store_before_and_after_the_command_add_up(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    first, second = fake_home / "one", fake_home / "two"
    # Folders that exist (a --store path that does not is exit 1), holding no store.
    first.mkdir()
    second.mkdir()
    done = run_cli("--store", str(first), "scan", "--store", str(second), "--json", env=home_env)
    assert done.returncode == 0, done.stderr
    assert _searched(done.stdout) == [str(first), str(second)]


def test_a_single_value_given_after_the_command_wins(home_env: dict[str, str]) -> None:
    done = run_cli("--lang", "fr", "scan", "--lang", "en", "--json", env=home_env)
    assert json.loads(done.stdout)["lang"] == "en"
    done = run_cli("--lang", "en", "scan", "--lang", "fr", "--json", env=home_env)
    assert json.loads(done.stdout)["lang"] == "fr"


def test_an_option_the_command_does_not_take_is_refused_in_one_line(
    home_env: dict[str, str],
) -> None:
    done = run_cli("--store", "/nowhere", "backups", env=home_env)
    assert done.returncode == 2
    assert done.stderr == "saemes-cookies: backups does not take --store\n"


@pytest.mark.parametrize(
    ("after", "before"),
    [
        (("backups", "--store", "x"), ("--store", "x", "backups")),
        (("backups", "--store=x"), ("--store", "x", "backups")),
        (("backups", "--demo"), ("--demo", "backups")),
        (("restore", "X", "--store", "x"), ("--store", "x", "restore", "X")),
        (("open", "x", "--demo"), ("--demo", "open", "x")),
        (("open", "x", "--browser", "firefox"), ("--browser", "firefox", "open", "x")),
    ],
    ids=[
        "backups-store",
        "backups-store-equals",
        "backups-demo",
        "restore-store",
        "open-demo",
        "open-browser",
    ],
)
def test_an_option_the_command_does_not_take_given_after_its_name_is_the_same_one_line(
    home_env: dict[str, str], after: tuple[str, ...], before: tuple[str, ...]
) -> None:
    given_after = run_cli(*after, env=home_env)
    given_before = run_cli(*before, env=home_env)
    assert given_after.returncode == given_before.returncode == 2
    assert given_after.stderr == given_before.stderr
    assert given_after.stderr.count("\n") == 1, given_after.stderr
    assert "usage" not in given_after.stderr


def test_a_misspelt_option_is_one_line_naming_it_and_the_nearest(
    home_env: dict[str, str],
) -> None:
    done = run_cli("scan", "--jsn", env=home_env)
    assert done.returncode == 2
    assert done.stderr == "saemes-cookies: scan has no option --jsn; did you mean --json?\n"
    done = run_cli("--lang", "fr", "delete", "--dryrun", env=home_env)
    assert done.returncode == 2
    assert done.stderr == (
        "saemes-cookies: delete n'a pas d'option --dryrun ; vouliez-vous dire --dry-run ?\n"
    )


def test_a_stray_argument_is_one_line(home_env: dict[str, str]) -> None:
    done = run_cli("scan", "extra", env=home_env)
    assert done.returncode == 2
    assert done.stderr == "saemes-cookies: scan does not take extra\n"


def test_argparse_own_words_are_french_with_lang_fr(home_env: dict[str, str]) -> None:
    helped = run_cli("--lang", "fr", "--help", env=home_env)
    assert helped.returncode == 0
    for english in ("usage:", "options:", "positional arguments", "show this help", "show program"):
        assert english not in helped.stdout
    for french in (
        "utilisation : ",
        "options :",
        "arguments positionnels :",
        "afficher cette aide",
    ):
        assert french in helped.stdout
    wrong = run_cli("restore", "--lang", "fr", env=home_env)
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("utilisation : saemes-cookies restore")
    assert "saemes-cookies restore: erreur : " in wrong.stderr
    assert "error:" not in wrong.stderr


def _commands() -> list[str]:
    parser = build_parser()
    [commands] = [a for a in parser._actions if a.dest == "command"]
    return sorted(commands.choices or {})


# What each command needs besides --lang to say something; backups and restore run in the fake
# home's empty state directory, open on a file that is not there.
_FRENCH = {
    "scan": ((), "Aucun cookie de"),
    "report": (("-o", "-"), '"lang": "fr"'),
    "open": (("missing.json",), "missing.json"),
    "delete": (("--dry-run",), "Rien à supprimer"),
    "backups": ((), "Aucune sauvegarde"),
    "restore": (("20200101T000000Z-nothing",), "20200101T000000Z-nothing"),
}


@pytest.mark.parametrize("where", ["before", "after"])
def test_lang_works_on_every_command_before_or_after_its_name(
    home_env: dict[str, str], where: str
) -> None:
    assert set(_commands()) >= set(_FRENCH)
    for command, (args, french) in _FRENCH.items():
        line = (
            ("--lang", "fr", command, *args)
            if where == "before"
            else (command, *args, "--lang", "fr")
        )
        done = run_cli(*line, env={**home_env, "LANG": "C", "LC_ALL": "C"})
        said = done.stdout + done.stderr
        assert "usage:" not in said and french in said, (line, said)


def test_report_takes_its_format_from_the_file_name_unless_format_says(
    tmp_path: Path, home_env: dict[str, str]
) -> None:
    markdown, as_json, forced = tmp_path / "r.md", tmp_path / "r.json", tmp_path / "forced.md"
    assert run_cli("report", "-o", str(markdown), env=home_env).returncode == 0
    assert run_cli("report", "-o", str(as_json), env=home_env).returncode == 0
    assert run_cli("report", "-o", str(forced), "--format", "json", env=home_env).returncode == 0
    assert markdown.read_text(encoding="utf-8").startswith("#")
    assert json.loads(as_json.read_text(encoding="utf-8"))["cookies"] == []
    assert json.loads(forced.read_text(encoding="utf-8"))["cookies"] == []
    to_stdout = run_cli("report", "-o", "-", env=home_env)
    assert json.loads(to_stdout.stdout)["cookies"] == []


# The app started from the CLI's main with stdin and stdout pipes: it must refuse before
# textual is even imported (and before a demo home is built).
APP_WITHOUT_TERMINAL = """
    import sys
    from tui.cli import main
    code = main(sys.argv[1:])
    print("textual imported:", "textual" in sys.modules, "exit:", code)
"""


@pytest.mark.parametrize("args", [(), ("--demo",), ("open", "REPORT")])
def test_the_app_without_a_terminal_refuses_in_one_line_with_exit_2(
    tmp_path: Path, home_env: dict[str, str], args: tuple[str, ...]
) -> None:
    report = tmp_path / "report.json"
    assert run_cli("report", "-o", str(report), env=home_env).returncode == 0
    args = tuple(str(report) if arg == "REPORT" else arg for arg in args)
    child = python_child(
        APP_WITHOUT_TERMINAL, *args, env={**home_env, "TMPDIR": str(tmp_path), "LANG": "C"}
    )
    out, err = child.communicate(input="", timeout=60)
    assert out == "textual imported: False exit: 2\n", err
    assert err == (
        "saemes-cookies: the app needs a terminal (its input and output); in a pipe, a file "
        "or a script use scan, scan --json or report\n"
    )
    assert list(tmp_path.glob("saemes-demo-*")) == []
