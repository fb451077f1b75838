"""Each consent key of cookies_preferences speaks for its trackers' cookies in the catalogue.

Stores are real-schema Chromium and Firefox files written by tui.demo.stores and read back by
`inspect`, as in test_diagnose.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.helpers import NOW, SITE, days
from tui.catalog import TRACKERS, Catalog
from tui.consent import CHOICE_KEYS, FIRST_PARTY_KEYS, TRACKER_KEYS
from tui.demo.stores import Spec, write_chromium, write_firefox
from tui.inspection import find_stores, inspect
from tui.model import Finding, Inspection

PARENT = ".saemes.fr"


def prefs(**choices: object) -> str:
    """A cookies_preferences value in the known reading: URL-encoded JSON, ms timestamp."""
    document: dict[str, object] = {**choices, "timestamp": int(days(-10).timestamp() * 1000)}
    return quote(json.dumps(document), safe="")


def store(
    catalog: Catalog, tmp_path: Path, specs: list[Spec], family: str = "chromium"
) -> Inspection:
    if family == "chromium":
        path = write_chromium(tmp_path / "chrome" / "Default" / "Cookies", specs, now=NOW)
    else:
        path = write_firefox(tmp_path / "ff" / "cookies.sqlite", specs, now=NOW)
    refs, failed, searched = find_stores([path])
    return inspect(catalog, refs, failed, searched, now=NOW)


def consent(value: str) -> Spec:
    return Spec(SITE, "cookies_preferences", value, expires=days(170), created=days(-10))


def refused(inspection: Inspection) -> list[Finding]:
    return [finding for finding in inspection.findings if finding.code == "consent-refused"]


def names(inspection: Inspection, finding: Finding) -> set[str]:
    by_id = {cookie.id: cookie.raw.name for cookie in inspection.cookies}
    return {by_id[i] for i in finding.cookies}


# Cookies as the vendors' tags write them: on the site's top-level domain, with their default
# lifetimes (Piano SDK 395 days, _gcl_au 90 days, Eulerian 13 months).
PIANO = [
    Spec(PARENT, "_pcid", "%7B%22browserId%22%3A%22k3x9p2m7q1w8z4v6%22%7D", expires=days(395)),
    Spec(PARENT, "_pctx", "%7Bu%7DN4IgrgzgpgThIC4B2BbAhg", expires=days(395)),
    Spec(PARENT, "pa_vid", "%22c0ffee00-1234-4abc-9def-0123456789ab%22", expires=days(395)),
]
GCL_AU = Spec(PARENT, "_gcl_au", "1.1.1234567890.1764000000", expires=days(90))
ETUIX = Spec(PARENT, "etuix", "Zr3c9q.0aBcDeFgHiJkLmNoPqRsTuVwXyZ", expires=days(395))


@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_piano_refused_with_pa_vid_present_is_a_consent_mismatch(
    catalog: Catalog, tmp_path: Path, family: str
) -> None:
    inspection = store(
        catalog,
        tmp_path,
        [consent(prefs(piano=False)), Spec(PARENT, "pa_vid", "%22abc%22", expires=days(395))],
        family,
    )
    [finding] = refused(inspection)
    assert finding.severity == "error"
    assert names(inspection, finding) == {"pa_vid"}
    assert "pa_vid" in finding.message["en"] and "'piano'" in finding.message["en"]
    assert "« piano »" in finding.message["fr"]


def test_piano_refused_is_a_mismatch_even_when_xiti_and_at_are_accepted(
    catalog: Catalog, tmp_path: Path
) -> None:
    """The Piano SDK's cookies answer to `piano` alone: XiTi and SmartTag never write them."""
    inspection = store(catalog, tmp_path, [consent(prefs(xiti=True, at=True, piano=False)), *PIANO])
    [finding] = refused(inspection)
    assert names(inspection, finding) == {"_pcid", "_pctx", "pa_vid"}
    assert "'piano'" in finding.message["en"]


def test_piano_accepted_or_not_stated_is_no_mismatch(catalog: Catalog, tmp_path: Path) -> None:
    accepted = store(catalog, tmp_path / "yes", [consent(prefs(piano=True, xiti=False)), *PIANO])
    assert not refused(accepted)
    unstated = store(catalog, tmp_path / "unstated", [consent(prefs(ga=True)), *PIANO])
    assert not refused(unstated)


def test_eulerian_refused_with_etuix_present_is_a_consent_mismatch(
    catalog: Catalog, tmp_path: Path
) -> None:
    inspection = store(
        catalog, tmp_path, [consent(prefs(eulerian=False, piano=True)), ETUIX, *PIANO]
    )
    [finding] = refused(inspection)
    assert names(inspection, finding) == {"etuix"}
    assert "'eulerian'" in finding.message["en"]


def test_eulerian_accepted_is_no_mismatch(catalog: Catalog, tmp_path: Path) -> None:
    assert not refused(store(catalog, tmp_path, [consent(prefs(eulerian=True)), ETUIX]))


def test_ga_refused_with_gcl_au_present_is_a_consent_mismatch(
    catalog: Catalog, tmp_path: Path
) -> None:
    """_gcl_au is written by the Google tag the portal loads for Google Analytics."""
    ga = Spec(PARENT, "_ga", "GA1.1.111.222", expires=days(700))
    inspection = store(catalog, tmp_path, [consent(prefs(ga=False, matomo=True)), GCL_AU, ga])
    [finding] = refused(inspection)
    assert names(inspection, finding) == {"_gcl_au", "_ga"}
    assert "'ga'" in finding.message["en"]


def test_ga_accepted_is_no_mismatch_for_gcl_au(catalog: Catalog, tmp_path: Path) -> None:
    assert not refused(store(catalog, tmp_path, [consent(prefs(ga=True)), GCL_AU]))


def test_every_tracker_consent_key_governs_some_catalogue_entry(catalog: Catalog) -> None:
    """Each key the consent cookie can hold for a tracker names cookies the tool can check."""
    governed = {
        key for entry in catalog.entries if entry.tracker for key in TRACKER_KEYS[entry.tracker]
    }
    assert set(CHOICE_KEYS) - set(FIRST_PARTY_KEYS) <= governed
    assert set(TRACKER_KEYS) == set(TRACKERS)


def test_the_app_names_every_consent_key() -> None:
    from tui.app.views.consent import TRACKER_NAMES

    assert set(TRACKER_NAMES) == set(CHOICE_KEYS) - set(FIRST_PARTY_KEYS)
