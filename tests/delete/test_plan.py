"""What goes and why: the plan, and the deletion across stores as the app will call it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.helpers import SITE, days
from tests.helpers.processes import chromium_running
from tests.helpers.stores import (
    Place,
    all_rows,
    chromium_user_data,
    firefox_profile,
    inspect_stores,
)
from tui.catalog import Catalog
from tui.deletion import (
    FIX,
    INCLUDED_UNCLASSIFIED,
    NAMED,
    NOT_NECESSARY,
    PICKED,
    PlanError,
    delete,
    plan_deletion,
    plan_picked,
    running_stores,
    undo,
)
from tui.demo.stores import Spec
from tui.frozen import replace
from tui.model import Family, Inspection, StoreRef


def _names(items: object) -> list[tuple[str, str]]:
    return sorted((i.cookie.raw.name, i.reason) for i in items)  # type: ignore[attr-defined]


def test_by_default_every_classified_cookie_that_is_not_necessary_goes(
    place: Place, catalog: Catalog
) -> None:
    inspection = inspect_stores(catalog, firefox_profile(place.root))
    plan = plan_deletion(inspection, catalog)
    assert _names(plan.items) == [("_ga", NOT_NECESSARY)]
    [item] = plan.items
    assert item.effect == catalog.entry("ga").on_delete  # type: ignore[union-attr]
    assert plan.warnings == ()
    assert sorted(c.raw.name for c in plan.kept) == [
        "csrftoken",
        "django_language",
        "mystery_pref",
        "sessionid",
    ]


def test_unclassified_cookies_go_only_when_asked(place: Place, catalog: Catalog) -> None:
    inspection = inspect_stores(catalog, firefox_profile(place.root))
    plan = plan_deletion(inspection, catalog, include_unclassified=True)
    assert _names(plan.items) == [("_ga", NOT_NECESSARY), ("mystery_pref", INCLUDED_UNCLASSIFIED)]
    unclassified = next(i for i in plan.items if i.cookie.raw.name == "mystery_pref")
    assert unclassified.effect is None


def test_names_pick_exactly_those_cookies_and_necessary_ones_carry_a_warning(
    place: Place, catalog: Catalog
) -> None:
    inspection = inspect_stores(catalog, firefox_profile(place.root))
    plan = plan_deletion(inspection, catalog, names=["sessionid", "csrftoken", "nosuch"])
    assert _names(plan.items) == [("csrftoken", NAMED), ("sessionid", NAMED)]
    assert plan.unmatched == ("nosuch",)
    effects = {w.cookie.raw.name: w.effect["en"] for w in plan.warnings}  # type: ignore[index]
    assert effects["sessionid"].startswith("You are logged out of the portal")
    assert effects["csrftoken"].startswith("Your next form submission or API write fails")


def test_picked_cookies_go_whatever_their_category(place: Place, catalog: Catalog) -> None:
    inspection = inspect_stores(catalog, firefox_profile(place.root))
    picked = [c for c in inspection.cookies if c.raw.name in ("cookies_preferences", "sessionid")]
    plan = plan_picked(picked, catalog, inspection.cookies)
    assert _names(plan.items) == [("sessionid", PICKED)]
    assert len(plan.kept) == len(inspection.cookies) - 1


def test_a_store_named_twice_has_each_row_planned_once(place: Place, catalog: Catalog) -> None:
    store = firefox_profile(place.root)
    plan = plan_deletion(inspect_stores(catalog, store, store), catalog)
    assert _names(plan.items) == [("_ga", NOT_NECESSARY)]
    assert delete(plan, place.backups, place.log).ok


def test_safari_stores_are_skipped_with_the_reason(place: Place, catalog: Catalog) -> None:
    inspection = inspect_stores(catalog, firefox_profile(place.root))
    ref = StoreRef("Safari", "default", Family.SAFARI, Path("/nowhere/Cookies.binarycookies"))
    safari = replace(inspection.stores[0], ref=ref, id="Safari/default")
    cookies = [replace(c, store=safari) for c in inspection.cookies]
    plan = plan_deletion(Inspection((safari,), tuple(cookies)), catalog)
    assert plan.items == ()
    [(skipped, why)] = plan.skipped
    assert skipped == safari and str(why) == "Safari stores are read-only to this tool"


def test_a_running_browser_leaves_its_store_and_the_other_stores_are_written(
    place: Place, catalog: Catalog
) -> None:
    firefox = firefox_profile(place.root)
    chromium = chromium_user_data(place.root)
    plan = plan_deletion(inspect_stores(catalog, firefox, chromium.parent.parent), catalog)
    before = (all_rows(firefox), all_rows(chromium))
    with chromium_running(chromium.parent.parent):
        [(left, message)] = running_stores(plan)
        result = delete(plan, place.backups, place.log)
    assert left.ref.family is Family.CHROMIUM
    assert "Chromium is running with profile" in str(message)
    by_family = {outcome.store.ref.family: outcome for outcome in result.outcomes}
    assert by_family[Family.FIREFOX].error is None and by_family[Family.FIREFOX].backup
    refused = by_family[Family.CHROMIUM]
    assert refused.running and refused.backup is None and refused.deleted == ()
    assert refused.error and "Chromium is running with profile" in str(refused.error)
    assert result.running and not result.failed
    assert [i.cookie.raw.name for i in result.deleted] == ["_ga"]
    assert all_rows(chromium) == before[1]
    assert len(all_rows(firefox)) == len(before[0]) - 1
    assert [b.browser for b in place.backups.all()] == ["Firefox"]


def test_a_plan_leaving_the_running_stores_writes_only_the_others(
    place: Place, catalog: Catalog
) -> None:
    firefox = firefox_profile(place.root)
    chromium = chromium_user_data(place.root)
    plan = plan_deletion(inspect_stores(catalog, firefox, chromium.parent.parent), catalog)
    chromium_store = next(s for s, _ in plan.by_store() if s.ref.family is Family.CHROMIUM)
    before = all_rows(chromium)
    # Left at confirmation time: stays out even though its browser is closed now.
    result = delete(plan.leaving([chromium_store]), place.backups, place.log)
    assert [o.store.ref.family for o in result.outcomes] == [Family.FIREFOX]
    assert all_rows(chromium) == before


def test_unreadable_stores_are_in_the_plan(place: Place, catalog: Catalog) -> None:
    missing = place.root / "nowhere" / "Cookies"
    junk = place.root / "junk.sqlite"
    junk.write_text("not a database")
    inspection = inspect_stores(catalog, missing, junk, firefox_profile(place.root))
    plan = plan_deletion(inspection, catalog)
    assert [store.ref.path for store in plan.unreadable] == [missing, junk]
    assert all(store.error for store in plan.unreadable)
    # What a store found nowhere is, is not known: no browser family is made up for it.
    assert {store.ref.family for store in plan.unreadable} == {Family.UNKNOWN}
    assert _names(plan.items) == [("_ga", NOT_NECESSARY)]


def test_hosts_narrow_names_and_the_default_rule(place: Place, catalog: Catalog) -> None:
    specs = [
        Spec(SITE, "csrftoken", "own", expires=days(300)),
        Spec(".saemes.fr", "csrftoken", "parent", expires=days(300)),
        Spec(".saemes.fr", "_ga", "ga", expires=days(300)),
        Spec(SITE, "_pk_id.1.abcd", "pk", expires=days(300)),
    ]
    inspection = inspect_stores(catalog, chromium_user_data(place.root, specs))

    def planned(**how: object) -> list[tuple[str, str]]:
        plan = plan_deletion(inspection, catalog, **how)  # type: ignore[arg-type]
        return sorted((i.cookie.raw.name, i.cookie.raw.host) for i in plan.items)

    assert planned(names=["csrftoken"], hosts=[".saemes.fr"]) == [("csrftoken", ".saemes.fr")]
    assert planned(hosts=[".saemes.fr"]) == [("_ga", ".saemes.fr")]
    assert planned(hosts=[SITE]) == [("_pk_id.1.abcd", SITE)]
    assert planned(hosts=["saemes.fr"]) == []
    plan = plan_deletion(inspection, catalog, names=["_ga", "x"], hosts=[SITE, "saemes.fr"])
    assert plan.items == ()
    assert plan.unmatched == ("_ga", "x")
    assert plan.unmatched_hosts == ("saemes.fr",)


def test_a_finding_plans_exactly_its_fix(place: Place, catalog: Catalog) -> None:
    specs = [
        Spec(SITE, "csrftoken", "own", expires=days(300)),
        Spec(".saemes.fr", "csrftoken", "parent", expires=days(300)),
        Spec(".saemes.fr", "_ga", "ga", expires=days(300)),
        Spec(SITE, "mystery", "m", expires=days(3)),
    ]
    inspection = inspect_stores(catalog, chromium_user_data(place.root, specs))
    plan = plan_deletion(inspection, catalog, finding="duplicate-scope")
    assert [(i.cookie.raw.name, i.cookie.raw.host, i.reason) for i in plan.items] == [
        ("csrftoken", ".saemes.fr", FIX)
    ]
    assert [f.code for f in plan.fixing] == ["duplicate-scope"]
    for code, says in (
        ("session-expired", "no finding session-expired"),
        ("unclassified", "has no deletion to carry out"),
        ("bogus", "is not a finding code"),
    ):
        with pytest.raises(PlanError, match=says):
            plan_deletion(inspection, catalog, finding=code)


def test_a_store_that_changed_since_it_was_read_fails_alone_and_undo_restores_the_other(
    place: Place, catalog: Catalog
) -> None:
    firefox = firefox_profile(place.root)
    chromium = chromium_user_data(place.root)
    original = (all_rows(firefox), all_rows(chromium))
    plan = plan_deletion(inspect_stores(catalog, firefox, chromium), catalog)
    # The browser ran meanwhile and replaced the cookie (same name, another path).
    with closing(sqlite3.connect(chromium)) as connection, connection:
        connection.execute("UPDATE cookies SET path = '/moved' WHERE name = '_ga'")
    changed = all_rows(chromium)

    result = delete(plan, place.backups, place.log)

    [ok, failed] = result.outcomes
    assert ok.store.ref.family is Family.FIREFOX and ok.error is None and ok.backup
    error = str(failed.error)
    assert failed.error and "changed since" in error and "nothing was changed" in error
    assert not result.ok and not result.running
    assert [i.cookie.raw.name for i in result.deleted] == ["_ga"]
    assert all_rows(chromium) == changed
    assert len(all_rows(firefox)) == len(original[0]) - 1

    [(outcome, restored, error)] = undo(result, place.backups, place.log)
    assert outcome is ok and error is None and restored is not None
    assert all_rows(firefox) == original[0]
