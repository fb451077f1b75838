"""The catalogue's pattern subset: the same answers as Python's re, without its backtracking."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.namepattern import PatternError, compile_pattern

# Pieces a pattern of the subset is made of, odd corners included: case-folded ranges that
# span non-letters, negated sets, the classes, escaped punctuation, a non-ASCII letter.
_ATOMS = [
    "a",
    "B",
    "_",
    "é",
    "-",
    " ",
    ".",
    "\\.",
    "\\[",
    "\\d",
    "\\w",
    "\\s",
    "\\D",
    "\\W",
    "\\S",
    "[a-c]",
    "[^a]",
    "[A-Z_]",
    "[\\d.]",
    "[Z-a]",
    "[^\\w\\-]",
    "[\\^\\]]",
]
_NAME_CHARS = "aAbBcC_.-Z[]^`z19 \t\né"

atoms = st.tuples(st.sampled_from(_ATOMS), st.sampled_from(["", "", "?", "*", "+"]))
patterns = st.builds(
    lambda flag, start, parts, end: flag + start + "".join(a + r for a, r in parts) + end,
    st.sampled_from(["", "(?i)"]),
    st.sampled_from(["", "^"]),
    st.lists(atoms, max_size=7),
    st.sampled_from(["", "$"]),
)


@settings(max_examples=400, deadline=None)
@given(pattern=patterns, names=st.lists(st.text(_NAME_CHARS, max_size=8), max_size=12))
def test_every_pattern_of_the_subset_answers_as_re_fullmatch_with_ascii(
    pattern: str, names: list[str]
) -> None:
    compiled = compile_pattern(pattern)
    reference = re.compile(pattern, re.ASCII)
    for name in [*names, "", "aaa", "AbC_1"]:
        assert compiled.fullmatch(name) == (reference.fullmatch(name) is not None), name


@settings(max_examples=400, deadline=None)
@given(pattern=st.text("ab.[]^-\\dws()|{}?*+$(?i)1", max_size=10))
def test_whatever_the_subset_accepts_re_accepts_with_the_same_meaning(pattern: str) -> None:
    try:
        compiled = compile_pattern(pattern)
    except PatternError:
        return
    reference = re.compile(pattern, re.ASCII)
    for name in ("", "a", "b", "ab", "aab", "a.b", "-", "[", "d", "ws", "1", "A", "aB\n"):
        assert compiled.fullmatch(name) == (reference.fullmatch(name) is not None), name


def test_a_name_made_to_backtrack_is_answered_in_one_pass() -> None:
    # re.fullmatch takes minutes on these; asserting the answers is enough, a hang fails.
    nested = compile_pattern("a*" * 12 + "!")
    assert not nested.fullmatch("a" * 4000 + "?")
    assert nested.fullmatch("a" * 4000 + "!")
    assert not compile_pattern("(?i)[a-z]*a*[a-z]*a*[a-z]*!").fullmatch("A" * 5000)


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("(a+)+$", "groups are not supported (at character 1)"),
        ("a|b", "alternation '|' is not supported: write one entry for each (at character 2)"),
        ("a{2}", "counted repeats '{m,n}' are not supported (at character 2)"),
        ("a**", "'*' after a repeat is not supported (at character 3)"),
        ("a*?", "'?' after a repeat is not supported (at character 3)"),
        ("+a", "'+' repeats nothing (at character 1)"),
        ("\\1", "'\\1' is not supported (at character 1)"),
        ("\\b", "'\\b' is not supported (at character 1)"),
        ("a\\", "the pattern ends with a backslash (at character 2)"),
        ("a^", "'^' is only accepted at the start (at character 2)"),
        ("a$b", "'$' is only accepted at the end (at character 2)"),
        ("a]", "a ']' outside a set must be escaped (at character 2)"),
        ("[]", "an empty set '[]' (at character 1)"),
        ("[a-]", "a '-' inside a set must be escaped (at character 3)"),
        ("[z-a]", "a range whose end comes before its start (at character 3)"),
        ("[\\d-z]", "a range needs a single character at each end (at character 4)"),
        ("[\\D]", "'\\D' is not supported (at character 2)"),
        ("[ab", "a '[' is never closed (at character 1)"),
        ("a" * 201, "longer than 200 characters"),
    ],
)
def test_what_the_subset_refuses_it_names_with_the_place(pattern: str, reason: str) -> None:
    with pytest.raises(PatternError) as caught:
        compile_pattern(pattern)
    assert str(caught.value) == reason
