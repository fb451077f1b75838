"""The catalogue: packaged, valid, complete for the policy, strict about mistakes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import REPO, SITE, run_cli
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
    assert catalog.category_of(".saemes.fr", "_ga") == "statistical"


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
