"""Each finding, from a situation built in real-schema stores and read back by `inspect`."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.helpers import NOW, SITE, days
from tui.catalog import Catalog
from tui.demo.stores import Spec, chromium_micros, write_chromium, write_firefox, write_local_state
from tui.findings import SEVERITIES, diagnose
from tui.frozen import replace
from tui.inspection import find_stores, inspect
from tui.model import Cookie, Finding, Inspection
from tui.times import add_months

PARENT = ".saemes.fr"


def prefs(timestamp_days: float | None = -10, **choices: object) -> str:
    document: dict[str, object] = dict(choices)
    if timestamp_days is not None:
        document["timestamp"] = int(days(timestamp_days).timestamp() * 1000)
    return quote(json.dumps(document), safe="")


def consent_spec(value: str, host: str = SITE, created: float = -10) -> Spec:
    return Spec(host, "cookies_preferences", value, expires=days(170), created=days(created))


def chromium(tmp_path: Path, specs: list[Spec], name: str = "chrome") -> Path:
    return write_chromium(tmp_path / name / "Default" / "Cookies", specs, now=NOW)


def firefox(tmp_path: Path, specs: list[Spec], name: str = "ff") -> Path:
    return write_firefox(tmp_path / name / "cookies.sqlite", specs, now=NOW)


def scan(catalog: Catalog, *paths: Path) -> Inspection:
    refs, failed, searched = find_stores(list(paths))
    return inspect(catalog, refs, failed, searched, now=NOW)


def of(inspection: Inspection, code: str) -> list[Finding]:
    return [finding for finding in inspection.findings if finding.code == code]


def ids(inspection: Inspection, name: str, host: str | None = None) -> set[str]:
    return {
        cookie.id
        for cookie in inspection.cookies
        if cookie.raw.name == name and (host is None or cookie.raw.host == host)
    }


def named(inspection: Inspection, finding_ids: tuple[str, ...]) -> set[str]:
    by_id: dict[str, Cookie] = {cookie.id: cookie for cookie in inspection.cookies}
    return {by_id[i].raw.name for i in finding_ids}


# --- consent -------------------------------------------------------------------------------


def test_statistical_cookie_refused_by_the_consent_cookie_is_an_error_with_delete_fix(
    catalog: Catalog, tmp_path: Path
) -> None:
    store = chromium(
        tmp_path,
        [
            consent_spec(prefs(ga=False, matomo=True)),
            Spec(PARENT, "_ga", "GA1.1.111.222", expires=days(700)),
            Spec(SITE, "_gid", "GA1.2.333.444", expires=days(1)),
            Spec(SITE, "_pk_id.1.abcd", "0123456789abcdef.1700000000.", expires=days(300)),
        ],
    )
    inspection = scan(catalog, store)
    [finding] = of(inspection, "consent-refused")
    assert finding.severity == "error"
    assert named(inspection, finding.cookies) == {"_ga", "_gid"}
    assert finding.fix_cookies == finding.cookies
    assert "'ga'" in finding.message["en"] and "« ga »" in finding.message["fr"]
    assert not of(inspection, "consent-missing")


def test_cookies_the_consent_cookie_allows_or_does_not_mention_are_not_findings(
    catalog: Catalog, tmp_path: Path
) -> None:
    store = chromium(
        tmp_path,
        [
            consent_spec(prefs(ga=True)),
            Spec(PARENT, "_ga", "GA1.1.111.222", expires=days(300)),
            # No matomo key: a missing key means allowed.
            Spec(SITE, "_pk_id.1.abcd", "0123456789abcdef.1700000000.", expires=days(300)),
        ],
    )
    inspection = scan(catalog, store)
    assert not of(inspection, "consent-refused")
    assert not of(inspection, "consent-missing")


def test_first_party_cookie_refused_through_functional_cookies(
    catalog: Catalog, tmp_path: Path
) -> None:
    # The packaged catalogue has no first-party entry yet; add one without a tracker.
    base = catalog.entry("sessionid")
    assert base is not None
    entry = replace(
        base, id="ods-pref", pattern="ods_pref", category="first_party", consent_required=True
    )
    with_first_party = replace(catalog, entries=(*catalog.entries, entry))
    store = chromium(
        tmp_path,
        [consent_spec(prefs(functional_cookies=False)), Spec(SITE, "ods_pref", "dark-mode-on")],
    )
    inspection = scan(with_first_party, store)
    [finding] = of(inspection, "consent-refused")
    assert named(inspection, finding.cookies) == {"ods_pref"}


def test_cookie_requiring_consent_without_any_consent_cookie_is_a_warning(
    catalog: Catalog, tmp_path: Path
) -> None:
    store = firefox(
        tmp_path,
        [
            Spec(PARENT, "_ga", "GA1.1.111.222", expires=days(300)),
            Spec(SITE, "sessionid", "s" * 24, expires=days(10)),
            Spec(SITE, "csrftoken", "c" * 32, expires=days(300)),
        ],
    )
    inspection = scan(catalog, store)
    [finding] = of(inspection, "consent-missing")
    assert finding.severity == "warning"
    assert named(inspection, finding.cookies) == {"_ga"}
    assert finding.fix_cookies == finding.cookies


def test_consent_in_one_firefox_container_does_not_cover_another(
    catalog: Catalog, tmp_path: Path
) -> None:
    store = firefox(
        tmp_path,
        [
            consent_spec(prefs(ga=True)),
            Spec(PARENT, "_ga", "GA1.1.111.222", expires=days(300)),
            Spec(PARENT, "_ga", "GA1.1.555.666", expires=days(300), container="2"),
        ],
    )
    inspection = scan(catalog, store)
    [finding] = of(inspection, "consent-missing")
    assert "container 2" in finding.message["en"]
    [only] = finding.cookies
    assert json.loads(only)[-1] == "^userContextId=2"


def test_consent_cookie_of_unknown_shape_is_reported_and_not_read_as_consent(
    catalog: Catalog, tmp_path: Path
) -> None:
    store = chromium(
        tmp_path,
        [
            consent_spec(quote(json.dumps({"analytics": False, "ads": False}))),
            Spec(PARENT, "_ga", "GA1.1.111.222", expires=days(300)),
        ],
    )
    inspection = scan(catalog, store)
    [finding] = of(inspection, "consent-unrecognised")
    assert finding.severity == "info"
    # The unknown keys' names are the cookie's content: only their number is told.
    assert "2 items not understood" in finding.message["en"]
    assert "2 éléments non compris" in finding.message["fr"]
    assert "analytics" not in finding.message["en"] + finding.message["fr"]
    assert not of(inspection, "consent-refused")
    assert not of(inspection, "consent-missing")


def test_consent_choice_older_than_six_months_is_reported(catalog: Catalog, tmp_path: Path) -> None:
    old = chromium(tmp_path, [consent_spec(prefs(timestamp_days=-200, ga=True))], "old")
    recent = chromium(tmp_path, [consent_spec(prefs(timestamp_days=-150, ga=True))], "recent")
    # Without a timestamp, the cookie's creation date is when the choice was stored.
    undated = chromium(tmp_path, [consent_spec(prefs(None, ga=True), created=-190)], "undated")
    inspection = scan(catalog, old, recent, undated)
    found = of(inspection, "consent-old")
    assert [f.severity for f in found] == ["warning", "warning"]
    stores = {json.loads(f.cookies[0])[0] for f in found}
    assert stores == {"Chromium/Default", "Chromium/Default #3"}
    assert all(f.fix_cookies == f.cookies for f in found)
    assert "200 days" in found[0].message["en"]


def test_six_months_are_calendar_months() -> None:
    assert add_months(NOW, 6) == NOW.replace(year=2027, month=5)
    assert add_months(NOW.replace(month=8, day=31), 6).day == 28  # February
    assert add_months(NOW, -13) == NOW.replace(year=2025, month=10)


# --- log-in and CSRF -----------------------------------------------------------------------


def test_csrftoken_on_host_and_parent_domain_is_an_error_whose_fix_deletes_the_parent_copy(
    catalog: Catalog, tmp_path: Path
) -> None:
    store = chromium(
        tmp_path,
        [
            Spec(SITE, "csrftoken", "a" * 32, expires=days(300)),
            Spec(PARENT, "csrftoken", "b" * 32, expires=days(300)),
            Spec(SITE, "sessionid", "s" * 32, expires=days(10)),
        ],
    )
    inspection = scan(catalog, store)
    [finding] = of(inspection, "duplicate-scope")
    assert finding.severity == "error"
    assert set(finding.cookies) == ids(inspection, "csrftoken")
    assert set(finding.fix_cookies) == ids(inspection, "csrftoken", PARENT)
    assert "CSRF verification failed" in finding.message["en"]
    assert finding.fix is not None and ".saemes.fr" in finding.fix["en"]


def test_duplicate_without_host_copy_keeps_the_narrowest_domain(
    catalog: Catalog, tmp_path: Path
) -> None:
    store = chromium(
        tmp_path,
        [
            Spec(".opendata.saemes.fr", "django_language", "fr", expires=days(300)),
            Spec(PARENT, "django_language", "en", expires=days(300)),
        ],
    )
    inspection = scan(catalog, store)
    [finding] = of(inspection, "duplicate-scope")
    assert finding.severity == "warning"
    assert set(finding.fix_cookies) == ids(inspection, "django_language", PARENT)


def test_same_name_in_two_profiles_or_twice_expired_is_not_a_duplicate(
    catalog: Catalog, tmp_path: Path
) -> None:
    one = chromium(tmp_path, [Spec(SITE, "csrftoken", "a" * 32, expires=days(300))], "one")
    two = chromium(tmp_path, [Spec(PARENT, "csrftoken", "b" * 32, expires=days(300))], "two")
    three = chromium(
        tmp_path,
        [
            Spec(SITE, "csrftoken", "a" * 32, expires=days(300)),
            Spec(PARENT, "csrftoken", "b" * 32, expires=days(-1)),
        ],
        "three",
    )
    assert not of(scan(catalog, one, two, three), "duplicate-scope")


def test_sessionid_expired_or_expiring_within_a_day(catalog: Catalog, tmp_path: Path) -> None:
    expired = chromium(tmp_path, [Spec(SITE, "sessionid", "s" * 20, expires=days(-2))], "e")
    soon = chromium(
        tmp_path, [Spec(SITE, "sessionid", "s" * 20, expires=NOW + timedelta(hours=5))], "s"
    )
    later = chromium(tmp_path, [Spec(SITE, "sessionid", "s" * 20, expires=days(3))], "l")
    browser_session = chromium(tmp_path, [Spec(SITE, "sessionid", "s" * 20)], "b")
    inspection = scan(catalog, expired, soon, later, browser_session)
    [gone] = of(inspection, "session-expired")
    assert gone.severity == "warning" and "2 days ago" in gone.message["en"]
    assert json.loads(gone.cookies[0])[0] == "Chromium/Default"
    [expiring] = of(inspection, "session-expiring")
    assert expiring.severity == "info" and "5 hours" in expiring.message["en"]
    assert json.loads(expiring.cookies[0])[0] == "Chromium/Default #2"


def test_logged_in_without_valid_csrftoken_is_a_warning(catalog: Catalog, tmp_path: Path) -> None:
    missing = chromium(tmp_path, [Spec(SITE, "sessionid", "s" * 20, expires=days(5))], "m")
    expired = chromium(
        tmp_path,
        [
            Spec(SITE, "sessionid", "s" * 20, expires=days(5)),
            Spec(SITE, "csrftoken", "c" * 32, expires=days(-1)),
        ],
        "x",
    )
    fine = chromium(
        tmp_path,
        [
            Spec(SITE, "sessionid", "s" * 20, expires=days(5)),
            Spec(SITE, "csrftoken", "c" * 32, expires=days(300)),
        ],
        "f",
    )
    anonymous = chromium(tmp_path, [Spec(SITE, "django_language", "fr", expires=days(5))], "a")
    found = of(scan(catalog, missing, expired, fine, anonymous), "csrf-missing")
    assert [json.loads(f.cookies[0])[0] for f in found] == [
        "Chromium/Default",
        "Chromium/Default #2",
    ]
    assert all(f.severity == "warning" and f.fix for f in found)


# --- lifetimes -----------------------------------------------------------------------------


def test_lifetime_longer_than_the_catalogue_declares(catalog: Catalog, tmp_path: Path) -> None:
    store = chromium(
        tmp_path,
        [
            Spec(SITE, "_gid", "GA1.2.1.2", expires=days(3), created=NOW),  # declared 24 h
            Spec(SITE, "csrftoken", "c" * 32, expires=days(364), created=NOW),  # as declared
        ],
    )
    inspection = scan(catalog, store)
    [finding] = of(inspection, "lifetime-over-catalogue")
    assert named(inspection, finding.cookies) == {"_gid"}
    assert "3 days" in finding.message["en"] and "24 hours" in finding.message["en"]


def test_cookie_renewed_at_each_visit_is_not_taken_as_living_too_long(
    catalog: Catalog, tmp_path: Path
) -> None:
    # Browsers keep the first creation date when a cookie is set again: _gid created 30 days
    # ago, last set (and accessed) an hour ago for 24 hours.
    store = chromium(
        tmp_path,
        [Spec(SITE, "_gid", "GA1.2.1.2", expires=NOW + timedelta(hours=23), created=days(-30))],
    )
    with sqlite3.connect(store) as connection:
        connection.execute(
            "UPDATE cookies SET last_access_utc = ?",
            (chromium_micros(NOW - timedelta(hours=1)),),
        )
    connection.close()
    assert not of(scan(catalog, store), "lifetime-over-catalogue")


def test_statistical_cookie_living_beyond_thirteen_months(catalog: Catalog, tmp_path: Path) -> None:
    store = firefox(
        tmp_path,
        [
            Spec(PARENT, "_ga", "GA1.1.111.222", expires=days(730), created=NOW),
            # Matomo's default 393 days is within 13 calendar months.
            Spec(SITE, "_pk_id.1.abcd", "0123456789abcdef.1.", expires=days(393), created=NOW),
            # Renewed at each visit: 200 days left, but first set 300 days ago.
            Spec(SITE, "_pk_ref.1.abcd", "ref", expires=days(200), created=days(-300)),
            Spec(SITE, "csrftoken", "c" * 32, expires=days(500), created=NOW),
        ],
    )
    inspection = scan(catalog, store)
    found = of(inspection, "statistical-over-13-months")
    assert {name for f in found for name in named(inspection, f.cookies)} == {
        "_ga",
        "_pk_ref.1.abcd",
    }
    assert all(f.severity == "warning" and "CNIL" in f.message["en"] for f in found)


@pytest.mark.parametrize("version", range(12, 18))
def test_no_lifetime_finding_comes_from_reading_firefox_expiry_in_the_wrong_unit(
    catalog: Catalog, tmp_path: Path, version: int
) -> None:
    """Within their declared lifetimes and the CNIL's 13 months, in every schema version."""
    store = write_firefox(
        tmp_path / "ff" / "cookies.sqlite",
        [
            Spec(SITE, "_pk_id.1.abcd", "0123456789abcdef.1.", expires=days(390), created=NOW),
            Spec(SITE, "csrftoken", "c" * 32, expires=days(300), created=NOW),
            Spec(SITE, "_gid", "GA1.2.1.2", expires=days(0.5), created=NOW),
        ],
        now=NOW,
        version=version,
    )
    inspection = scan(catalog, store)
    assert inspection.stores[0].schema_version == version
    assert not of(inspection, "lifetime-over-catalogue")
    assert not of(inspection, "statistical-over-13-months")
    assert {c.raw.name: c.raw.expires for c in inspection.cookies} == {
        "_pk_id.1.abcd": days(390),
        "csrftoken": days(300),
        "_gid": days(0.5),
    }


# --- catalogue and stores ------------------------------------------------------------------


def test_unclassified_cookie_is_reported_once_per_name(catalog: Catalog, tmp_path: Path) -> None:
    one = chromium(tmp_path, [Spec(SITE, "mystery", "m1", expires=days(3))], "one")
    two = firefox(tmp_path, [Spec(PARENT, "mystery", "m2", expires=days(3))])
    inspection = scan(catalog, one, two)
    [finding] = of(inspection, "unclassified")
    assert finding.severity == "info" and finding.fix is None
    assert set(finding.cookies) == ids(inspection, "mystery")


def test_cookies_spread_over_several_profiles(catalog: Catalog, tmp_path: Path) -> None:
    one = chromium(tmp_path, [Spec(SITE, "django_language", "fr", expires=days(3))], "one")
    two = firefox(tmp_path, [Spec(SITE, "django_language", "fr", expires=days(3))])
    empty = chromium(tmp_path, [], "empty")
    [finding] = of(scan(catalog, one, two, empty), "spread-over-stores")
    assert "2 browsers or profiles" in finding.message["en"]
    assert not of(scan(catalog, one, empty), "spread-over-stores")


def test_unreadable_store_is_an_error(catalog: Catalog, tmp_path: Path) -> None:
    bad = tmp_path / "Cookies"
    bad.write_bytes(b"not a database at all")
    [finding] = of(scan(catalog, bad), "store-unreadable")
    assert finding.severity == "error"
    assert "not an SQLite database" in finding.message["en"]


def test_running_browser_is_a_warning(catalog: Catalog, tmp_path: Path) -> None:
    user_data = tmp_path / "chromium"
    write_local_state(user_data, {"Default": "Me"})
    store = chromium(tmp_path, [Spec(SITE, "django_language", "fr", expires=days(3))], "chromium")
    # Chromium's own sign that it runs: SingletonLock -> "host-pid" of a live process.
    os.symlink(f"{socket.gethostname()}-{os.getpid()}", user_data / "SingletonLock")
    [finding] = of(scan(catalog, store), "browser-running")
    assert finding.severity == "warning"
    assert finding.fix == {
        "en": "Close Chromium before deleting cookies.",
        "fr": "Fermez Chromium avant de supprimer des cookies.",
    }


def test_unavailable_values_are_reported_and_block_the_consent_checks(
    catalog: Catalog, tmp_path: Path
) -> None:
    store = chromium(
        tmp_path,
        [
            consent_spec(prefs(ga=False)),
            Spec(PARENT, "_ga", "GA1.1.111.222", expires=days(300)),
        ],
    )
    # Chrome 127+ on Windows: app-bound v20 values that no outside program can decrypt.
    with sqlite3.connect(store) as connection:
        connection.execute("UPDATE cookies SET encrypted_value = ? ", (b"v20" + b"\0" * 40,))
    connection.close()
    inspection = scan(catalog, store)
    [finding] = of(inspection, "values-unavailable")
    assert finding.severity == "warning"
    assert "app-bound (v20)" in finding.message["en"]
    assert "consent choice could not be checked" in finding.message["en"]
    assert not of(inspection, "consent-refused") and not of(inspection, "consent-missing")


# --- all findings --------------------------------------------------------------------------


def test_findings_come_most_severe_first_with_both_languages(
    catalog: Catalog, tmp_path: Path
) -> None:
    store = chromium(
        tmp_path,
        [
            Spec(SITE, "mystery\x1b[31m[/]", "m", expires=days(3)),
            Spec(SITE, "csrftoken", "a" * 32, expires=days(300)),
            Spec(PARENT, "csrftoken", "b" * 32, expires=days(300)),
            Spec(PARENT, "_ga", "GA1.1.111.222", expires=days(730)),
        ],
    )
    inspection = scan(catalog, store)
    ranks = [SEVERITIES.index(f.severity) for f in inspection.findings]
    assert ranks == sorted(ranks) and len(set(ranks)) == 3
    for finding in inspection.findings:
        assert finding.message["en"] and finding.message["fr"]
        assert finding.message["en"] != finding.message["fr"]
        assert "\x1b" not in finding.message["en"] + finding.message["fr"]
    [unclassified] = of(inspection, "unclassified")
    assert "mystery\\x1b[31m[/]" in unclassified.message["en"]


def test_diagnose_is_a_pure_function_of_its_inputs(catalog: Catalog, tmp_path: Path) -> None:
    store = chromium(tmp_path, [Spec(SITE, "sessionid", "s" * 20, expires=days(1))])
    inspection = scan(catalog, store)
    assert diagnose(catalog, inspection, NOW) == inspection.findings
    later = diagnose(catalog, inspection, days(2))
    assert [f.code for f in later] == ["session-expired"]
