"""Catalogue regexes are indexed by their literal prefix: a cookie name is tried only against
the patterns its own start allows, so classifying costs the same in a catalogue of 50,000
patterns as in one of ten, and answers as the rule reads (exact, then prefix, then regex; the
first in file order among those that match)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import REPO, SITE
from tui.catalog import Catalog, Entry, load
from tui.namepattern import compile_pattern

COUNT = 50_000


def _catalog(tmp_path: Path, patterns: list[str]) -> Catalog:
    data = json.loads((REPO / "catalog.json").read_text(encoding="utf-8"))
    short = {"en": "e", "fr": "f"}
    template = {
        **data["cookies"][0],
        **{key: short for key in ("function", "purpose", "on_delete")},
        "lifetime": {"seconds": 60, "text": short},
    }
    data["cookies"] = [
        {**template, "id": f"entry-{index}", "match": {"type": "regex", "pattern": pattern}}
        for index, pattern in enumerate(patterns)
    ]
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load(path)


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        ("_pk_id\\.[0-9]+", "_pk_id."),
        ("ab+c", "ab"),
        ("ab?c", "a"),
        ("(?i)_ga_x", "_"),
        ("[a]bc", "abc"),
        ("[ab]c", ""),
        (".*x", ""),
        ("\\d+", ""),
        ("^abc$", "abc"),
    ],
)
def test_a_patterns_literal_prefix_is_what_every_name_it_matches_starts_with(
    pattern: str, literal: str
) -> None:
    assert compile_pattern(pattern).literal_prefix() == literal


def test_an_unknown_name_is_tried_against_no_pattern_of_a_50000_entry_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns = ["t1.*", "t1_[0-9]+"] + [f"t{index}_[0-9]+" for index in range(2, COUNT)]
    catalog = _catalog(tmp_path, patterns)
    tried: list[str] = []
    matches = Entry.matches

    def counted(entry: Entry, name: str) -> bool:
        tried.append(entry.id)
        return matches(entry, name)

    monkeypatch.setattr(Entry, "matches", counted)

    assert catalog.classify(SITE, "zz_unknown") is None
    assert tried == []
    found = catalog.classify(SITE, "t49999_12")
    assert found is not None and found.id == "entry-49999"
    assert tried == ["entry-49999"]
    # Two patterns allow "t1_5": the first in the file wins, whatever its literal's length.
    found = catalog.classify(SITE, "t1_5")
    assert found is not None and found.id == "entry-0"
    assert catalog.classify(SITE, "t49999_x") is None


def test_the_index_answers_as_trying_every_pattern_in_file_order(tmp_path: Path) -> None:
    patterns = ["_x.*", "(?i)_XY[0-9]", "_xy1", ".*z", "_q[0-9]+", "_q1+", "[_]q2"]
    catalog = _catalog(tmp_path, patterns)
    for name in ("_xy1", "_xY1", "_xa", "az", "_q11", "_q2", "_q", "z", "", "q2"):
        first = next((e for e in catalog.entries if e.matches(name)), None)
        found = catalog.classify(SITE, name)
        assert (found.id if found else None) == (first.id if first else None), name
