"""The cookies_preferences decoder: the known reading, other shapes, and hostile text."""

from __future__ import annotations

import json
import re
import string
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import SITE, days, live_now, run_cli
from tui.consent import CHOICE_KEYS, TIMESTAMP_KEY, _decode, consent_from_json, decode
from tui.demo.stores import Spec, write_firefox
from tui.model import Consent

SECRET = "Zq8vLw3RxN7pKd2TgY5mHs"


def _url_json(document: object) -> str:
    return quote(json.dumps(document), safe="")


def test_known_reading_gives_choices_timestamp_and_understood_keys() -> None:
    text = _url_json(
        {"functional_cookies": True, "ga": False, "matomo": True, "timestamp": 1700000000000}
    )
    consent = decode(text)
    assert consent.shape == "url-encoded JSON"
    assert consent.choices == (("functional_cookies", True), ("ga", False), ("matomo", True))
    assert consent.timestamp == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    assert consent.understood == ("functional_cookies", "ga", "matomo", "timestamp")
    assert consent.other == () and consent.other_count == 0
    assert consent.recognised


def test_missing_key_or_true_allows_and_false_refuses() -> None:
    consent = decode(_url_json({"ga": False, "matomo": True}))
    assert consent.refuses(["ga"])
    assert not consent.refuses(["matomo"])
    assert not consent.refuses(["xiti"])  # absent: allowed
    # AT Internet answers under several keys: refused only when every present one says no.
    assert not decode(_url_json({"xiti": False, "at": True})).refuses(["xiti", "at", "piano"])
    assert decode(_url_json({"xiti": False, "at": False})).refuses(["xiti", "at", "piano"])


def test_plain_json_and_double_encoding_are_understood() -> None:
    document = {"ga": False, "timestamp": 1700000000}
    plain = decode(json.dumps(document))
    assert plain.shape == "JSON" and plain.choice("ga") is False
    assert plain.timestamp == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)  # seconds
    twice = decode(quote(_url_json(document), safe=""))
    assert twice.shape == "url-encoded JSON" and twice.choice("ga") is False
    in_a_string = decode(json.dumps(json.dumps(document)))
    assert in_a_string.choice("ga") is False


def test_yes_no_spelled_as_numbers_or_words_is_understood() -> None:
    consent = decode(json.dumps({"ga": 0, "matomo": "yes", "xiti": "False"}))
    assert consent.choices == (("ga", False), ("matomo", True), ("xiti", False))


def test_key_value_pairs_are_understood() -> None:
    consent = decode("ga=false&matomo=true")
    assert consent.shape == "key=value pairs"
    assert consent.choices == (("ga", False), ("matomo", True))


def test_other_items_key_names_included_are_shown_as_their_length_only() -> None:
    consent = decode(_url_json({"ga": True, "analytics": {"id": SECRET}, "n": 3, "at": "maybe"}))
    assert consent.understood == ("ga",)
    # Each as the length of `"key":value` in compact JSON: `"analytics":{"id":"..."}` is 21
    # characters around the secret, `"n":3` 5, `"at":"maybe"` 12.
    assert consent.other == (
        f"<text, {21 + len(SECRET)} chars>",
        "<text, 5 chars>",
        "<text, 12 chars>",
    )
    assert consent.other_count == 3


def test_unrecognised_shapes_are_not_taken_as_allowing_everything() -> None:
    for text in ("[1, 2]", json.dumps({"analytics": False}), "true", SECRET, "", "   "):
        consent = decode(text)
        assert not consent.recognised, text
        assert not consent.refuses(["ga"])


def test_text_that_is_not_json_is_shown_as_its_length() -> None:
    consent = decode(SECRET)
    assert consent.shape == "text"
    assert consent.other == (f"<text, {len(SECRET)} chars>",) and consent.other_count == 1


def test_implausible_timestamps_are_not_understood() -> None:
    for stamp in (-5, 10**30, "soon", True, 1e308, "NaN"):
        consent = decode(json.dumps({"ga": True, "timestamp": stamp}))
        assert consent.timestamp is None, stamp
        assert consent.understood == ("ga",) and consent.other_count == 1


def test_iso_timestamp_is_understood() -> None:
    consent = decode(json.dumps({"ga": True, "timestamp": "2025-03-01T10:00:00Z"}))
    assert consent.timestamp == datetime(2025, 3, 1, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("[" * 100_000, "text"),  # deeper than json's recursion limit
        ("1" * 5000, "text"),  # longer than Python's integer digit limit
        ("%" * 4096, "text"),
        ("%ZZ%7B", "text"),
        ("\x00\x1b[31m", "text"),
        ("NaN", "JSON"),
        ("-Infinity", "JSON"),
    ],
)
def test_pathological_inputs_are_decoded_as_opaque_text_by_the_decoder_itself(
    text: str, shape: str
) -> None:
    # The decoder proper, not `decode`, whose safety net would turn a crash into a result.
    consent = _decode(text)
    assert consent.shape == shape
    assert consent.choices == () and consent.understood == () and consent.timestamp is None
    assert consent.other == (f"<text, {len(text)} chars>",) and consent.other_count == 1
    assert decode(text) == consent


def test_json_round_trip_of_a_consent_keeps_choices_and_keys() -> None:
    consent = decode(_url_json({"ga": False, "timestamp": 1700000000000, "x": "y"}))
    document = {
        "readable": True,
        "shape": consent.shape,
        "choices": dict(consent.choices),
        "timestamp": "2023-11-14T22:13:20Z",
        "understood_keys": list(consent.understood),
        "other": list(consent.other),
        "other_count": consent.other_count,
    }
    assert consent_from_json(json.loads(json.dumps(document))) == consent


# --- properties ------------------------------------------------------------------------------

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=30,
)


def _check(consent: Consent) -> None:
    assert isinstance(consent, Consent)
    # Whatever came in, what goes out is the tool's own words, answers and lengths.
    assert set(consent.understood) <= {*CHOICE_KEYS, TIMESTAMP_KEY}
    assert all(isinstance(allowed, bool) for _, allowed in consent.choices)
    assert all(re.fullmatch(r"<text(, \d+ chars)?>", item) for item in consent.other)
    assert consent.other_count >= len(consent.other)


@settings(max_examples=300)
@given(st.text())
def test_any_text_decodes_without_error(text: str) -> None:
    _check(decode(text))


@settings(max_examples=300)
@given(_json_values)
def test_any_json_decodes_without_error_plain_or_url_encoded(value: object) -> None:
    text = json.dumps(value)
    _check(decode(text))
    _check(decode(quote(text, safe="")))


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from([*'%{}[]":,=&;', "%7B", "%22", "%25", "%ZZ", "ga", "true"])
        | st.text(alphabet=string.printable, max_size=4),
        max_size=40,
    )
)
def test_percent_encoded_garbage_decodes_without_error(parts: list[object]) -> None:
    _check(decode("".join(str(part) for part in parts)))


@given(
    st.dictionaries(
        st.sampled_from(["ga", "matomo", "timestamp", "analytics", "id"]),
        st.text(alphabet=string.ascii_letters + string.digits, min_size=8, max_size=40),
        max_size=5,
    )
)
def test_strings_inside_the_value_never_reach_what_is_shown(document: dict[str, str]) -> None:
    consent = decode(_url_json(document))
    shown = json.dumps([consent.other, consent.understood, consent.choices])
    for value in document.values():
        assert value not in shown


# --- what leaves the tool --------------------------------------------------------------------

# Unknown key names, strings and numbers, each distinctive: none may be shown anywhere.
PLANTED = {
    "zqvisitorkeyxw": "ZqSecretWvTk",
    "pqnumberkeyxv": 918273645,
    "nestedkqxw": {"kqinnerkeyzv": [71829364, "HqInnerStrWv"], "fqfloatkey": 2.71828182},
    "piano": "perhapsqz",
}
PLANTED_TEXTS = [
    "zqvisitorkeyxw",
    "ZqSecretWvTk",
    "pqnumberkeyxv",
    "918273645",
    "nestedkqxw",
    "kqinnerkeyzv",
    "71829364",
    "HqInnerStrWv",
    "fqfloatkey",
    "2.71828182",
    "perhapsqz",
]


def test_the_consent_cookie_shows_its_choices_not_its_contents(
    tmp_path: Path, home_env: dict[str, str]
) -> None:
    # Dated from the clock the tool's processes read: a choice made 45 days ago, in a cookie
    # still sent (from NOW, it would expire, and the choice grow old, with the calendar).
    now = live_now()
    chosen = (now - timedelta(days=45)).replace(second=0)
    stamp = int(chosen.timestamp() * 1000)
    value = _url_json({"ga": False, "matomo": True, "timestamp": stamp, **PLANTED})
    store = write_firefox(
        tmp_path / "ff" / "cookies.sqlite",
        [Spec(SITE, "cookies_preferences", value, expires=days(100, now), created=days(-60, now))],
        now=now,
    )
    # Another profile's consent cookie holds nothing this tool understands.
    other = write_firefox(
        tmp_path / "ff2" / "cookies.sqlite",
        [Spec(SITE, "cookies_preferences", _url_json(PLANTED), expires=days(100, now))],
        now=now,
    )
    source = ("--store", str(store), "--store", str(other))
    outputs = []
    for lang in ("en", "fr"):
        for args in (
            ("scan", "--json"),
            ("report", "-o", "-"),
            ("report", "-o", "-", "--format", "md"),
            ("scan",),
        ):
            result = run_cli(*args, "--lang", lang, *source, env=home_env)
            assert result.returncode == 0, result.stderr
            outputs.append(result.stdout + result.stderr)
    everything = "\n".join(outputs)
    for planted in [*PLANTED_TEXTS, str(stamp), value]:
        assert planted not in everything, planted
    document = json.loads(outputs[0])
    [unrecognised] = [f for f in document["findings"] if f["code"] == "consent-unrecognised"]
    assert "4 items not understood" in unrecognised["message"]
    consent, _ = document["consent"]
    assert consent["choices"] == {"ga": False, "matomo": True}
    assert consent["timestamp"] == chosen.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert consent["understood_keys"] == ["ga", "matomo", "timestamp"]
    assert consent["other_count"] == 4
    assert consent["other"] == [
        f"<text, {len(json.dumps({key: item}, separators=(',', ':'))) - 2} chars>"
        for key, item in PLANTED.items()
    ]
    assert "other_keys" not in consent and "structure" not in consent
