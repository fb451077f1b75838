"""What goes and why: the plan, and the deletion across stores as the app will call it."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from tests.delete.conftest import (
    Place,
    all_rows,
    chromium_user_data,
    firefox_profile,
    inspect_stores,
)
from tui.catalog import Catalog
from tui.deletion import (
    INCLUDED_UNCLASSIFIED,
    NAMED,
    NOT_NECESSARY,
    PICKED,
    delete,
    plan_deletion,
    plan_picked,
    undo,
)
from tui.model import Family, Inspection, StoreRef
from tui.stores.guard import BrowserRunning


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
    assert plan.skipped == ((safari, "Safari stores are read-only to this tool"),)


def test_nothing_is_written_when_the_browser_of_any_store_in_the_plan_runs(
    place: Place, catalog: Catalog
) -> None:
    firefox = firefox_profile(place.root)
    chromium = chromium_user_data(place.root)
    plan = plan_deletion(inspect_stores(catalog, firefox, chromium.parent.parent), catalog)
    before = (all_rows(firefox), all_rows(chromium))
    with subprocess.Popen(["sleep", "600"]) as browser:
        try:
            lock = chromium.parent.parent / "SingletonLock"
            lock.symlink_to(f"{socket.gethostname()}-{browser.pid}")
            with pytest.raises(BrowserRunning, match="Chromium is running with profile"):
                delete(plan, place.backups, place.log)
        finally:
            browser.kill()
    assert (all_rows(firefox), all_rows(chromium)) == before
    assert place.backups.all() == []


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
    assert (
        failed.error and "changed since" in failed.error and "nothing was changed" in failed.error
    )
    assert not result.ok and not result.running
    assert [i.cookie.raw.name for i in result.deleted] == ["_ga"]
    assert all_rows(chromium) == changed
    assert len(all_rows(firefox)) == len(original[0]) - 1

    [(outcome, restored, error)] = undo(result, place.backups, place.log)
    assert outcome is ok and error is None and restored is not None
    assert all_rows(firefox) == original[0]
