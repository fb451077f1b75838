"""Firefox containers by name, from the profile's containers.json, wherever a container shows.

The file is written as Firefox's ContextualIdentityService writes it (tui.demo.stores): the
four built-in containers by Fluent id, its two private identities, the user's own by name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import NOW, SITE, days, run_cli
from tui.catalog import Catalog, load
from tui.demo.stores import Spec, write_containers, write_firefox
from tui.inspection import find_stores, inspect
from tui.model import Family, Inspection, StoreRef
from tui.report import build_report, dumps, load_report, report_markdown
from tui.stores.containers import container_names
from tui.stores.read import read_store
from tui.texts import Label

HOSTS = load().hosts


def profile(tmp_path: Path, containers: list[str] | None = None) -> Path:
    """A Firefox profile whose _ga cookies live in containers 2 (Work, built in), 6 (the
    user's "Travel"), 5 (a private identity), 9 (named nowhere) and none."""
    directory = tmp_path / "p.default"
    specs = [
        Spec(SITE, "_ga", "a", expires=days(300), container=box)
        for box in (containers if containers is not None else ["", "2", "5", "6", "9"])
    ]
    write_firefox(directory / "cookies.sqlite", specs, now=NOW)
    return directory


def ref(directory: Path) -> StoreRef:
    return StoreRef("Firefox", "p", Family.FIREFOX, directory / "cookies.sqlite", directory)


def names_by_id(directory: Path) -> dict[str, Label | None]:
    store, rows = read_store(ref(directory), HOSTS)
    assert store.error is None
    return {row.container: row.container_name for row in rows}


def test_a_container_is_named_from_containers_json_in_english_and_french(
    tmp_path: Path,
) -> None:
    directory = profile(tmp_path)
    write_containers(directory, named=[(6, "Travel")])
    found = names_by_id(directory)
    assert found == {
        "": None,
        "2": Label("Work", "Professionnel"),
        "5": None,  # Firefox labels public identities only
        "6": Label("Travel", "Travel"),
        "9": None,
    }


def test_the_names_before_containers_json_version_5_are_understood(tmp_path: Path) -> None:
    directory = profile(tmp_path, ["1", "4"])
    (directory / "containers.json").write_text(
        json.dumps(
            {
                "version": 4,
                "identities": [
                    {"userContextId": 1, "public": True, "l10nID": "userContextPersonal.label"},
                    {"userContextId": 4, "public": True, "l10nID": "userContextShopping.label"},
                ],
            }
        ),
        encoding="utf-8",
    )
    assert names_by_id(directory) == {
        "1": Label("Personal", "Personnel"),
        "4": Label("Shopping", "Achats en ligne"),
    }


@pytest.mark.parametrize(
    "content",
    [
        None,  # no file: Firefox has not written one yet
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[" * 100_000,
        b'{"identities": {"2": "Work"}}',
        b'{"identities": [2, "x", null, {"userContextId": "2", "public": true, "name": "W"}]}',
        b'{"identities": [{"userContextId": 2, "public": true, "name": 7}]}',
        b'{"identities": [{"userContextId": true, "public": true, "name": "W"}]}',
        b'{"identities": [{"userContextId": 2, "public": true, "l10nId": "made-up"}]}',
        b'{"identities": [{"userContextId": 2, "name": "no public flag"}]}',
        b'{"identities": [{"userContextId": 2, "public": true, "name": "x"}]}' + b" " * (1 << 20),
        b'{"identities": [{"userContextId": 1' + b"0" * 5000 + b', "public": true}]}',
    ],
)
def test_a_missing_corrupt_or_hostile_containers_json_leaves_the_id(
    tmp_path: Path, content: bytes | None
) -> None:
    directory = profile(tmp_path, ["2"])
    if content is not None:
        (directory / "containers.json").write_bytes(content)
    assert names_by_id(directory) == {"2": None}


def test_a_containers_json_that_is_a_directory_leaves_the_id(tmp_path: Path) -> None:
    directory = profile(tmp_path, ["2"])
    (directory / "containers.json").mkdir()
    assert names_by_id(directory) == {"2": None}


def test_a_container_name_is_made_printable_and_bounded(tmp_path: Path) -> None:
    directory = tmp_path / "p"
    write_containers(directory, named=[(7, "[/]\x1b[31mred" + "x" * 500)])
    label = container_names(directory)["7"]
    assert "\x1b" not in label.get("en") and "\\x1b" in label.get("en")
    assert len(label.get("en")) < 100


def _inspection(catalog: Catalog, directory: Path) -> Inspection:
    refs, failed, searched = find_stores([directory / "cookies.sqlite"])
    return inspect(catalog, refs, failed, searched, now=NOW)


def test_scan_json_and_the_report_carry_the_id_and_the_name(
    tmp_path: Path, home_env: dict[str, str]
) -> None:
    directory = profile(tmp_path)
    write_containers(directory, named=[(6, "Travel")])
    result = run_cli("scan", "--json", "--store", str(directory), env=home_env)
    assert result.returncode == 0, result.stderr
    cookies = json.loads(result.stdout)["cookies"]
    assert sorted((c["container"], c["container_name"]) for c in cookies if c["container"]) == [
        ("2", "Work"),
        ("5", None),
        ("6", "Travel"),
        ("9", None),
    ]
    french = json.loads(run_cli("scan", "--json", "--lang", "fr", "--store", str(directory)).stdout)
    assert {c["container_name"] for c in french["cookies"]} >= {"Professionnel", "Travel"}

    catalog = load()
    document = build_report(catalog, _inspection(catalog, directory), "en", NOW)
    markdown = report_markdown(document)
    assert "container=`2` (`Work`)" in markdown and "container=`9`" in markdown
    path = tmp_path / "report.json"
    path.write_text(dumps(document), encoding="utf-8")
    loaded = load_report(path)
    back = {c.raw.container: c.raw.container_name for c in loaded.inspection.cookies}
    assert back["2"] == Label("Work", "Work") and back["9"] is None


def test_finding_messages_name_the_container(tmp_path: Path) -> None:
    directory = profile(tmp_path, ["2", "9"])
    write_containers(directory)
    inspection = _inspection(load(), directory)
    messages = [f.message for f in inspection.findings if f.code == "consent-missing"]
    english = " ".join(m["en"] for m in messages)
    french = " ".join(m["fr"] for m in messages)
    assert "(container Work)" in english and "(container 9)" in english
    assert "(conteneur Professionnel)" in french
