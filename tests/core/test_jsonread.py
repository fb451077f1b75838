"""The typed reader of untrusted JSON shared by the catalogue and the report loader."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.jsonread import MAX_DEPTH, JsonError, Node, join, parse, read_text

EARLY = datetime(1601, 1, 1, tzinfo=UTC)
LATE = datetime.max.replace(tzinfo=UTC)


def _error(call: Any) -> str:
    with pytest.raises(JsonError) as caught:
        call()
    return str(caught.value)


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_nesting_up_to_the_limit_is_read_and_one_more_level_is_refused_saying_where() -> None:
    assert parse(_nested(MAX_DEPTH)) is not None
    text = '{"a":\n  ' + _nested(MAX_DEPTH)
    assert _error(lambda: parse(text + "}")) == (
        f"line 2, column {3 + MAX_DEPTH - 1}: nested deeper than {MAX_DEPTH} levels"
    )


def test_brackets_and_quotes_inside_strings_do_not_count_as_nesting() -> None:
    inside = '"' + "[{" * 200 + '\\" \\\\' + "[" * 100 + '"'
    assert parse(f'{{"k": [{inside}, "\\\\"]}}')["k"][1] == "\\"


_leaves = st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text('[]{}"\\a,: ')


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


@settings(max_examples=300, deadline=None)
@given(
    document=st.recursive(
        _leaves,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text("[{\"'"), inner),
        max_leaves=40,
    ),
    indent=st.sampled_from([None, 1]),
)
def test_the_depth_check_agrees_with_the_real_depth(document: Any, indent: int | None) -> None:
    text = json.dumps(document, indent=indent)
    depth = _depth(document)
    limit = max(depth - 1, 0)
    assert parse(text, max_depth=depth) == document
    if depth > limit:
        assert "nested deeper than" in _error(lambda: parse(text, max_depth=limit))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            '{"n": 1' + "0" * 20 + "}",
            "line 1, column 7: a number of 21 digits (at most 20 are read)",
        ),
        ('["1' + "0" * 30 + '", -1' + "0" * 30 + "]", "line 1, column 37: a number of 31 digits"),
        ("[1e400]", "line 1, column 2: a number too large for this tool"),
        ("[1, NaN]", "line 1, column 5: NaN is not a JSON number"),
        ("[-Infinity]", "line 1, column 2: -Infinity is not a JSON number"),
        ("{not json", "not valid JSON at line 1, column 2: Expecting property name"),
    ],
)
def test_numbers_past_the_limits_are_refused_saying_where(text: str, said: str) -> None:
    assert _error(lambda: parse(text)).startswith(said)


def test_numbers_within_the_limits_are_read() -> None:
    assert parse("[18446744073709551615, -9223372036854775808, 1.5e300, 0.1]") == [
        2**64 - 1,
        -(2**63),
        1.5e300,
        0.1,
    ]


def test_a_file_too_large_missing_or_not_utf8_is_one_reason(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b"[" + b" " * 2048 + b"]")
    assert read_text(big, max_bytes=2050) == "[" + " " * 2048 + "]"
    assert _error(lambda: read_text(big, max_bytes=2049)) == "larger than 2049 bytes, not read"
    assert _error(lambda: read_text(tmp_path / "none.json")) == "file not found"
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"é": 1}'.encode("latin-1"))
    assert _error(lambda: read_text(latin)) == "cannot be read (not UTF-8 text)"
    assert _error(lambda: read_text(tmp_path)) == "is a directory, not a regular file"


def test_errors_carry_the_json_path_and_quote_only_when_allowed() -> None:
    document = {"cookies": [{}, {}, {}, {"category": 7, "odd key\n": "x" * 100}]}
    shown = Node(document)["cookies"].items()[3]
    assert _error(lambda: shown["category"].string()) == (
        "cookies[3].category: expected a string, found 7"
    )
    assert _error(lambda: shown["odd key\n"].integer()) == (
        'cookies[3]["odd key\\n"]: expected a whole number, found \'' + "x" * 36 + "...'"
    )
    assert _error(lambda: shown.keys(("category",))) == 'cookies[3]["odd key\\n"]: unknown key'
    hidden = Node(document, show=False)["cookies"].items()[3]
    assert _error(lambda: hidden["odd key\n"].boolean()) == (
        'cookies[3]["odd key\\n"]: expected true or false, found a string'
    )
    assert _error(lambda: Node([]).mapping()) == "(top level): expected an object, found []"
    assert _error(lambda: Node({})["x"]) == "(top level): missing key 'x'"
    assert join("a", "b-c_1") == "a.b-c_1" and join("", "b") == "b" and join("a", 2) == "a[2]"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2026-11-29T12:00:00", "a date and time without a time zone"),
        ("2026-11-29", "a date and time without a time zone"),
        ("tomorrow", "not an ISO 8601 date and time"),
        ("2026-11-29T12:00:00Z" + " " * 60, "not an ISO 8601 date and time"),
        ("0001-01-01T00:00:00+05:00", "a date and time outside 1601-01-01 to 9999-12-31 (UTC)"),
        ("9999-12-31T23:59:59-00:01", "a date and time outside 1601-01-01 to 9999-12-31 (UTC)"),
        ("1600-12-31T23:59:59Z", "a date and time outside 1601-01-01 to 9999-12-31 (UTC)"),
    ],
)
def test_a_time_needs_its_zone_and_a_representable_moment(text: str, said: str) -> None:
    assert _error(lambda: Node({"t": text})["t"].time(EARLY, LATE)) == f"t: {said}"


def test_a_time_is_returned_in_utc_and_the_ends_of_the_range_are_accepted() -> None:
    node = Node({"a": "2026-11-29T13:00:00+01:00", "b": "9999-12-31T23:59:59.999999Z"})
    assert node["a"].time(EARLY, LATE) == datetime(2026, 11, 29, 12, tzinfo=UTC)
    assert node["a"].time(EARLY, LATE).tzinfo is UTC
    assert node["b"].time(EARLY, LATE) == LATE
    assert node.opt_time("missing", EARLY, LATE) is None
