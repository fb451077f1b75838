"""`reread`, which brings the app's live picture up to date: only the stores named are read
again (values included, as a scan reads them), and a store that cannot be read now keeps its
cookies as they were and is named to be read again, so a passing error never shows as every
cookie removed."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import NOW, SITE, days
from tests.helpers.watching import firefox_add, writing
from tui.catalog import Catalog
from tui.demo.stores import Spec, write_firefox
from tui.inspection import find_stores, inspect
from tui.model import Inspection
from tui.watch.reread import reread


def two_stores(tmp_path: Path) -> tuple[Path, Path]:
    specs = [Spec(SITE, "csrftoken", "csrf-Wm4nRt", expires=days(300))]
    first = write_firefox(tmp_path / "a" / "x.default" / "cookies.sqlite", specs, now=NOW)
    second = write_firefox(tmp_path / "b" / "y.default" / "cookies.sqlite", specs, now=NOW)
    return first, second


def scanned(catalog: Catalog, *stores: Path) -> Inspection:
    refs, failed, searched = find_stores(list(stores))
    return inspect(catalog, refs, failed, searched, now=NOW)


def names(inspection: Inspection, store: str) -> list[str]:
    return sorted(c.raw.name for c in inspection.cookies if c.store.id == store)


def test_only_the_stores_named_are_read_again_values_included(
    catalog: Catalog, tmp_path: Path
) -> None:
    first, second = two_stores(tmp_path)
    before = scanned(catalog, first, second)
    one, other = (store.id for store in before.stores)
    for store in (first, second):
        with writing(store) as connection:
            firefox_add(connection, Spec(SITE, "django_language", "fr", expires=days(365)))
    after, later = reread(catalog, before, {one: before.stores[0].ref}, NOW)
    assert later == frozenset()
    assert names(after, one) == ["csrftoken", "django_language"]
    # The other store changed too, but was not named: it stays as it was.
    assert names(after, other) == ["csrftoken"]
    added = next(c for c in after.cookies if c.raw.name == "django_language")
    assert added.raw.value == "fr"
    assert [store.id for store in after.stores] == [one, other]


def test_a_store_that_cannot_be_read_keeps_its_cookies_and_is_named(
    catalog: Catalog, tmp_path: Path
) -> None:
    first, second = two_stores(tmp_path)
    before = scanned(catalog, first, second)
    one = before.stores[0].id
    first.write_bytes(b"not a database at all, " * 100)
    after, later = reread(catalog, before, {one: before.stores[0].ref}, NOW)
    assert later == {one}
    assert names(after, one) == ["csrftoken"]
    assert after.stores[0].error is not None
    # Its cookies point at the store as it is now (with its error), as a scan's would.
    assert all(c.store == after.stores[0] for c in after.cookies if c.store.id == one)
