"""The catalogue: packaged, valid, complete for the policy, strict about mistakes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.helpers import REPO, SITE, run_cli
from tui.catalog import TRACKERS, CatalogError, load

# The portal's English cookie-policy page as the project stored it (see tests/data/README.md).
POLICY = REPO / "tests" / "data" / "cookie-policy.txt"

# A realistic cookie name for each kind of entry, written from the trackers' documentation.
EXAMPLES = {
    "sessionid": "sessionid",
    "csrftoken": "csrftoken",
    "django_language": "django_language",
    "cookies_preferences": "cookies_preferences",
    "_ga": "_ga",
    "_ga_ABC123XYZ": "_ga_ABC123XYZ",
    "_gid": "_gid",
    "_gat": "_gat",
    "_gat_UA123": "_gat_UA123",
    "_dc_gtm_UA-1": "_dc_gtm_UA-1",
    "_gac_UA-1": "_gac_UA-1",
    "AMP_TOKEN": "AMP_TOKEN",
    "_pk_id.1.abcd": "_pk_id.1.abcd",
    "_pk_ref.1.abcd": "_pk_ref.1.abcd",
    "_pk_ses.1.abcd": "_pk_ses.1.abcd",
    "_pk_cvar.1.abcd": "_pk_cvar.1.abcd",
    "_pk_hsr.1.abcd": "_pk_hsr.1.abcd",
    "_pk_testcookie": "_pk_testcookie",
    "mtm_consent": "mtm_consent",
    "mtm_consent_removed": "mtm_consent_removed",
    "mtm_cookie_consent": "mtm_cookie_consent",
    "matomo_ignore": "matomo_ignore",
    "MATOMO_SESSID": "MATOMO_SESSID",
    "atuserid": "atuserid",
    "atidvisitor": "atidvisitor",
    "_pcid": "_pcid",
    "_pctx": "_pctx",
    "_pprv": "_pprv",
    "pa_vid": "pa_vid",
    "pa_user": "pa_user",
    "pa_uid": "pa_uid",
    "pa_privacy": "pa_privacy",
    "_gcl_au": "_gcl_au",
    "etuix": "etuix",
}


def test_every_catalogue_entry_classifies_a_realistic_name() -> None:
    catalog = load()
    matched = {catalog.classify(SITE, name).id for name in EXAMPLES.values()}  # type: ignore[union-attr]
    assert matched == {entry.id for entry in catalog.entries}


def test_the_policys_necessary_cookies_are_necessary_and_need_no_consent() -> None:
    catalog = load()
    for name in ("sessionid", "csrftoken", "django_language", "cookies_preferences"):
        entry = catalog.classify(SITE, name)
        assert entry is not None and entry.category == "necessary", name
        assert entry.consent_required is False
        assert entry.provider == "Opendatasoft"


def test_every_name_the_policy_text_lists_is_in_the_catalogue() -> None:
    text = POLICY.read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.count("\t") == 3]
    listed = {row[2].strip() for row in rows[1:]}
    assert listed == {"sessionid", "django_language", "csrftoken", "cookies_preferences"}
    catalog = load()
    assert all(catalog.classify(SITE, name) is not None for name in listed)


def test_statistical_trackers_require_consent_and_name_their_tracker() -> None:
    catalog = load()
    for name in ("_ga", "_gid", "_pk_id.1.abcd", "atuserid", "_pcid", "pa_vid", "etuix"):
        entry = catalog.classify(SITE, name)
        assert entry is not None
        assert entry.category == "statistical" and entry.consent_required
        assert entry.tracker in TRACKERS


# Cookie names as Piano Analytics, Google's tag and Eulerian write them, with the entry, the
# category, the provider and the consent-key family each belongs to.
VENDOR_COOKIES = {
    # Piano Analytics JS SDK 6.7+/6.8+ (developers.piano.io cookie-storage page).
    "_pcid": ("piano-pcid", "statistical", "Piano Analytics", "piano"),
    "_pctx": ("piano-pctx", "statistical", "Piano Analytics", "piano"),
    "_pprv": ("piano-pprv", "statistical", "Piano Analytics", "piano"),
    # Older SDKs.
    "pa_vid": ("piano-pa-vid", "statistical", "Piano Analytics", "piano"),
    "pa_user": ("piano-pa-user", "statistical", "Piano Analytics", "piano"),
    "pa_uid": ("piano-pa-uid", "statistical", "Piano Analytics", "piano"),
    "pa_privacy": ("piano-pa-privacy", "statistical", "Piano Analytics", "piano"),
    # Google tag linked to Google Ads: an advertiser's cookie, governed by the ga key.
    "_gcl_au": ("gcl-au", "third_party", "Google Ads", "ga"),
    # Eulerian's visitor ID.
    "etuix": ("eulerian-etuix", "statistical", "Eulerian", "eulerian"),
}


@pytest.mark.parametrize("host", [SITE, ".saemes.fr"])
@pytest.mark.parametrize("name", sorted(VENDOR_COOKIES))
def test_piano_eulerian_and_google_ads_cookies_are_classified(name: str, host: str) -> None:
    """Each is found on the portal's host and on the top-level domain their tags write to."""
    entry_id, category, provider, tracker = VENDOR_COOKIES[name]
    entry = load().classify(host, name)
    assert entry is not None, name
    assert (entry.id, entry.category, entry.provider, entry.tracker) == (
        entry_id,
        category,
        provider,
        tracker,
    )
    assert entry.consent_required
    assert entry.lifetime_seconds is not None


@pytest.mark.parametrize("name", ["_pcid_x", "pa_vid2", "_gcl_au2", "etuix_", "PA_VID", "xpa_user"])
def test_look_alikes_of_the_vendor_cookies_stay_unclassified(name: str) -> None:
    assert load().classify(SITE, name) is None


def test_piano_cookies_declare_the_sdks_395_day_default() -> None:
    """piano-analytics-js keeps its cookies 395 days by default (src/config.js, data-layer.js);
    declaring less would raise a false lifetime-over-catalogue warning on every Piano cookie."""
    catalog = load()
    for name in ("_pcid", "_pctx", "_pprv", "pa_vid", "pa_user", "pa_privacy"):
        entry = catalog.classify(SITE, name)
        assert entry is not None and entry.lifetime_seconds == 395 * 86400, name


def test_an_exact_name_beats_a_prefix_beats_a_regex(tmp_path: Path) -> None:
    data = json.loads((REPO / "catalog.json").read_text(encoding="utf-8"))
    template = data["cookies"][0]
    data["cookies"] = [
        {**template, "id": "by-regex", "match": {"type": "regex", "pattern": "_x.*"}},
        {**template, "id": "by-prefix", "match": {"type": "prefix", "pattern": "_x"}},
        {**template, "id": "by-exact", "match": {"type": "exact", "pattern": "_xyz"}},
    ]
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    catalog = load(path)
    assert catalog.classify(SITE, "_xyz").id == "by-exact"  # type: ignore[union-attr]
    assert catalog.classify(SITE, "_xy").id == "by-prefix"  # type: ignore[union-attr]


def test_only_hosts_the_browser_sends_to_the_portal_are_in_scope() -> None:
    catalog = load()
    assert set(catalog.hosts) == {SITE, ".opendata.saemes.fr", ".saemes.fr"}
    assert catalog.classify("saemes.fr", "sessionid") is None
    assert catalog.classify("fakesaemes.fr", "sessionid") is None
    assert catalog.classify(".saemes.fr", "_ga").category == "statistical"  # type: ignore[union-attr]


def test_every_entry_has_both_languages_and_an_existing_source() -> None:
    catalog = load()
    for entry in catalog.entries:
        for text in (entry.function, entry.purpose, entry.on_delete, entry.lifetime_text):
            assert text["en"].strip() and text["fr"].strip()
            assert text["en"] != text["fr"] or len(text["en"]) < 12, entry.id
        assert all(source in catalog.sources for source in entry.sources)


def _broken(tmp_path: Path, change: object) -> Path:
    data = json.loads((REPO / "catalog.json").read_text(encoding="utf-8"))
    if callable(change):
        change(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data) if not isinstance(change, str) else change, encoding="utf-8")
    return path


def _set_category(data: dict) -> None:  # type: ignore[type-arg]
    data["cookies"][3]["category"] = "stats"


def test_an_unknown_category_is_reported_with_its_json_path(tmp_path: Path) -> None:
    path = _broken(tmp_path, _set_category)
    with pytest.raises(CatalogError) as caught:
        load(path)
    assert str(caught.value) == (
        f"{path}: cookies[3].category: 'stats' is not one of "
        "necessary, statistical, first_party, third_party"
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["categories"].pop("third_party"), r"categories: missing key 'third_party'"),
        (
            lambda d: d["cookies"][0]["purpose"].pop("fr"),
            r"cookies\[0\]\.purpose: missing key 'fr'",
        ),
        (lambda d: d["cookies"][1].update(extra=1), r"cookies\[1\]\.extra: unknown key"),
        (
            lambda d: d["cookies"][2]["match"].update(type="regex", pattern="(["),
            r"cookies\[2\]\.match\.pattern: not a valid regex",
        ),
        (
            lambda d: d["cookies"][0]["lifetime"].update(seconds="2 weeks"),
            r"cookies\[0\]\.lifetime\.seconds: expected a whole number",
        ),
        (
            lambda d: d["cookies"][0].update(sources=["nowhere"]),
            r"cookies\[0\]\.sources\[0\]: 'nowhere' is not a key of sources",
        ),
        (
            lambda d: d["cookies"].append(d["cookies"][0]),
            r"cookies\[\d+\]\.id: 'sessionid' is used twice",
        ),
        ("{not json", r"not valid JSON at line 1, column 2"),
        ("[]", r"\(top level\): expected an object"),
    ],
)
def test_a_malformed_catalogue_gets_one_line_and_exit_2(
    tmp_path: Path, change: object, expected: str
) -> None:
    path = _broken(tmp_path, change)
    result = run_cli("scan", "--json", "--catalog", str(path), "--store", str(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert re.search(re.escape(str(path)) + ": " + expected, lines[0]), lines[0]
    assert result.stdout == ""


def test_a_missing_catalogue_file_is_named(tmp_path: Path) -> None:
    result = run_cli("scan", "--catalog", str(tmp_path / "nope.json"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"saemes-cookies: {tmp_path / 'nope.json'}: file not found"


# --- a catalogue is untrusted input --------------------------------------------------------


def _one_line_exit_2(path: Path, tmp_path: Path) -> str:
    """What `--catalog PATH scan` says on stderr, after checking it is one line and exit 2."""
    result = run_cli("--catalog", str(path), "scan", "--json", "--store", str(tmp_path))
    assert (result.returncode, result.stdout) == (2, ""), result.stderr[-2000:]
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    prefix = f"saemes-cookies: {path}: "
    assert result.stderr.startswith(prefix)
    return result.stderr[len(prefix) :].rstrip("\n")


def _set_pattern(index: int, kind: str, pattern: str) -> object:
    def change(data: dict) -> None:  # type: ignore[type-arg]
        data["cookies"][index]["match"] = {"type": kind, "pattern": pattern}

    return change


def test_a_catalogue_nested_100000_deep_gets_one_line_saying_where(tmp_path: Path) -> None:
    path = _broken(tmp_path, '{"version": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert _one_line_exit_2(path, tmp_path) == "line 1, column 76: nested deeper than 64 levels"


def test_a_catalogue_number_of_5000_digits_gets_one_line_saying_where(tmp_path: Path) -> None:
    def huge(data: dict) -> None:  # type: ignore[type-arg]
        data["cookies"][2]["lifetime"]["seconds"] = 123456789

    path = _broken(tmp_path, huge)
    text = path.read_text(encoding="utf-8").replace("123456789", "9" * 5000)
    path.write_text(text, encoding="utf-8")
    column = text.index("9" * 5000) + 1
    assert _one_line_exit_2(path, tmp_path) == (
        f"line 1, column {column}: a number of 5000 digits (at most 20 are read)"
    )


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("(a+)+$", "groups are not supported (at character 1)"),
        ("(?=_ga)_ga.*", "groups are not supported (at character 1)"),
        ("_pk_id|_pk_ses", "alternation '|' is not supported: write one entry for each"),
        ("_ga_[A-Z]{8}", "counted repeats '{m,n}' are not supported (at character 10)"),
        ("(_ga)\\1", "groups are not supported (at character 1)"),
        ("_ga_[", "a '[' is never closed (at character 5)"),
    ],
)
def test_a_pattern_outside_the_linear_subset_is_one_line_naming_its_path(
    tmp_path: Path, pattern: str, reason: str
) -> None:
    path = _broken(tmp_path, _set_pattern(4, "regex", pattern))
    said = _one_line_exit_2(path, tmp_path)
    assert said.startswith(f"cookies[4].match.pattern: not a valid regex: {reason}"), said


def test_a_backtracking_pattern_classifies_a_hostile_name_correctly(tmp_path: Path) -> None:
    # Python's re takes minutes here (every split of the a's is tried); the subset's matcher
    # takes one pass. Correctness is asserted, not time: a hang fails the run anyway.
    path = _broken(tmp_path, _set_pattern(4, "regex", "a*" * 15 + "!$"))
    catalog = load(path)
    hostile = "a" * 41 + "?"
    assert catalog.classify(SITE, hostile) is None
    assert catalog.classify(SITE, "a" * 41 + "!").id == catalog.entries[4].id  # type: ignore[union-attr]
    assert catalog.classify(SITE, "!").id == catalog.entries[4].id  # type: ignore[union-attr]


def test_the_packaged_regex_patterns_still_match_what_they_did() -> None:
    catalog = load()
    ga4 = catalog.classify(SITE, "_ga_5ZQ8WJ3K2L")
    assert ga4 is not None and ga4.match_type == "regex"
    assert catalog.classify(SITE, "_ga_") is None or catalog.classify(SITE, "_ga_") != ga4
    assert catalog.classify(SITE, "_ga_5ZQ8-WJ3") != ga4
    matomo = catalog.classify(SITE, "MATOMO_SESSID")
    assert matomo is not None and matomo.match_type == "regex"
    assert catalog.classify(SITE, "Matomo_SessId") == matomo
    assert catalog.classify(SITE, "matomo_sessid_x") != matomo


def test_precedence_is_exact_then_prefix_then_regex_and_the_first_in_file_order(
    tmp_path: Path,
) -> None:
    data = json.loads((REPO / "catalog.json").read_text(encoding="utf-8"))
    template = data["cookies"][0]
    kinds = [
        ("regex-1", "regex", "_x.*"),
        ("prefix-long", "prefix", "_xy"),
        ("prefix-short", "prefix", "_x"),
        ("regex-2", "regex", "_xyz"),
        ("exact-1", "exact", "_xyz"),
        ("exact-2", "exact", "_xyz"),
        ("prefix-short-again", "prefix", "_x"),
        ("regex-3", "regex", "_q[0-9]+"),
        ("regex-4", "regex", "_q1+"),
    ]
    data["cookies"] = [
        {**template, "id": name, "match": {"type": kind, "pattern": pattern}}
        for name, kind, pattern in kinds
    ]
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    catalog = load(path)

    def winner(name: str) -> str | None:
        entry = catalog.classify(SITE, name)
        return entry.id if entry else None

    assert winner("_xyz") == "exact-1"
    # Both prefixes match: the one earlier in the file wins, not the longer one.
    assert winner("_xya") == "prefix-long"
    assert winner("_xa") == "prefix-short"
    assert winner("_q11") == "regex-3"
    assert winner("_y") is None
    assert catalog.entry("exact-2") is not None and catalog.entry("nope") is None
    # The same answers as trying every entry in file order, as the rule reads.
    rank = {"exact": 0, "prefix": 1, "regex": 2}
    for name in ("_xyz", "_xya", "_xa", "_x", "_q11", "_q1", "_y", ""):
        matching = [e for e in catalog.entries if e.matches(name)]
        best = min(matching, key=lambda e: rank[e.match_type], default=None)
        assert winner(name) == (best.id if best else None), name


def test_a_catalogue_of_50000_entries_loads_and_classifies(tmp_path: Path) -> None:
    data = json.loads((REPO / "catalog.json").read_text(encoding="utf-8"))
    short = {"en": "e", "fr": "f"}
    template = {
        **data["cookies"][0],
        **{key: short for key in ("function", "purpose", "on_delete")},
        "lifetime": {"seconds": 60, "text": short},
    }
    kinds = ("exact", "prefix", "regex")
    data["cookies"] = [
        {
            **template,
            "id": f"entry-{index}",
            "match": {
                "type": kinds[index % 3],
                "pattern": f"c{index}_" + "[0-9]+" * (index % 3 == 2),
            },
        }
        for index in range(50_000)
    ]
    path = tmp_path / "big.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    catalog = load(path)
    assert len(catalog.entries) == 50_000
    assert catalog.entry("entry-49999").pattern == "c49999_"  # type: ignore[union-attr]
    assert catalog.classify(SITE, "c49998_").id == "entry-49998"  # type: ignore[union-attr]
    assert catalog.classify(SITE, "c49999_tail").id == "entry-49999"  # type: ignore[union-attr]
    assert catalog.classify(SITE, "c49997_42").id == "entry-49997"  # type: ignore[union-attr]
    assert catalog.classify(SITE, "c49997_x") is None
    assert catalog.classify(SITE, "c49998_tail") is None  # an exact name, not a prefix
