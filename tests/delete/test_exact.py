"""Exactly the chosen rows go, however many twins share their name, host and path."""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import NOW
from tests.helpers.stores import Place, all_rows, inspect_stores
from tui.audit import AuditLog
from tui.catalog import Catalog, load
from tui.deletion import delete, plan_picked
from tui.demo.stores import Spec, chromium_row, write_chromium, write_firefox
from tui.stores.backup import Backups

CATALOG: Catalog = load()
HOSTS = ("opendata.saemes.fr", ".saemes.fr", ".opendata.saemes.fr")
NAMES = ("_ga", "csrftoken", "sessionid", "_pk_id.1.ab", "odd")
PATHS = ("/", "/api", "/api/")
# Rows of other sites, and a decoy host an inexact matcher would take for the site.
BYSTANDERS = [
    Spec("fakesaemes.fr", "sessionid", "bystander-1", expires=NOW),
    Spec("www.example.com", "_ga", "bystander-2", expires=NOW),
]

# A few (host, name, path) bases, each with several variants of the rest of the key: every
# store is full of twins that an inexact DELETE would take together.
bases = st.tuples(st.sampled_from(HOSTS), st.sampled_from(NAMES), st.sampled_from(PATHS))


def _twins(
    variants: st.SearchStrategy[tuple[object, ...]],
) -> st.SearchStrategy[set[tuple[object, ...]]]:
    family = st.tuples(bases, st.sets(variants, min_size=1, max_size=6))
    return st.lists(family, min_size=1, max_size=5).map(
        lambda groups: {(*base, *variant) for base, variants in groups for variant in variants}
    )


chromium_twins = _twins(
    st.tuples(
        st.sampled_from(("", "https://other.example", "https://saemes.fr")),
        st.booleans(),  # secure: source_scheme 2 / port 443, else 1 / 80
        st.sampled_from((0, 1)),  # has_cross_site_ancestor
    )
)
firefox_twins = _twins(
    st.tuples(
        st.sampled_from(("", "(https,other.example)", "(http,saemes.fr)")),
        st.sampled_from(("", "1", "2")),  # container
    )
)


def _write_chromium(path: Path, twins: set[tuple[str, str, str, str, bool, int]]) -> None:
    write_chromium(path, BYSTANDERS, now=NOW)
    rows = []
    for index, (host, name, cookie_path, partition, secure, ancestor) in enumerate(sorted(twins)):
        spec = Spec(
            host, name, f"value-{index}", cookie_path, NOW, NOW, secure, partition=partition
        )
        rows.append((*chromium_row(spec, NOW)[:-1], ancestor))
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.executemany(f"INSERT INTO cookies VALUES ({', '.join('?' * 20)})", rows)


def _write_firefox(path: Path, twins: set[tuple[str, str, str, str, str]]) -> None:
    specs = [
        Spec(host, name, f"value-{i}", cookie_path, NOW, partition=partition, container=box)
        for i, (host, name, cookie_path, partition, box) in enumerate(sorted(twins))
    ]
    write_firefox(path, [*specs, *BYSTANDERS], now=NOW)


def _check_exactly_the_chosen_go(store: Path, data: st.DataObject, root: Path) -> None:
    cookies = list(inspect_stores(CATALOG, store).cookies)
    picked = data.draw(st.sets(st.sampled_from(range(len(cookies)))), label="picked")
    chosen = [cookies[i] for i in sorted(picked)]
    before = all_rows(store)

    plan = plan_picked(chosen, CATALOG, cookies)
    assert len(plan.items) == len(chosen)
    if chosen:
        result = delete(plan, Backups(root / "backups"), AuditLog(root / "audit.jsonl"))
        assert result.ok, [outcome.error for outcome in result.outcomes]

    # Full rows (every column, values included) by an independent reading: the rows that
    # stay are unchanged and in place, and as many went as were chosen.
    after = all_rows(store)
    assert [row for row in before if row in after] == after
    assert len(before) - len(after) == len(chosen)
    remaining = {cookie.raw.key for cookie in inspect_stores(CATALOG, store).cookies}
    assert remaining == {c.raw.key for c in cookies} - {c.raw.key for c in chosen}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(twins=chromium_twins, data=st.data())
def test_chromium_deletes_exactly_the_chosen_rows_among_twins(
    twins: set[tuple[str, str, str, str, bool, int]], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "Default" / "Cookies"
        _write_chromium(store, twins)
        _check_exactly_the_chosen_go(store, data, Path(tmp))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(twins=firefox_twins, data=st.data())
def test_firefox_deletes_exactly_the_chosen_rows_among_twins(
    twins: set[tuple[str, str, str, str, str]], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "profile" / "cookies.sqlite"
        _write_firefox(store, twins)
        _check_exactly_the_chosen_go(store, data, Path(tmp))


def test_twins_are_all_read_so_the_property_covers_them(place: Place) -> None:
    # The property is only as strong as the reader: every twin must come back as its own row.
    twins = {
        ("opendata.saemes.fr", "csrftoken", "/", partition, secure, ancestor)
        for partition in ("", "https://other.example")
        for secure in (False, True)
        for ancestor in (0, 1)
    }
    store = place.root / "Cookies"
    _write_chromium(store, twins)
    assert len({c.raw.key for c in inspect_stores(CATALOG, store).cookies}) == 8


def test_a_row_whose_name_is_not_utf8_is_deleted_exactly_and_alone(place: Place) -> None:
    """A hostile row: its name's bytes are not UTF-8, and a twin's name is the same text
    with those bytes replaced. The reader keeps the exact bytes in the key, and the delete
    binds them so that only that row matches."""
    store = write_firefox(
        place.root / "firefox" / "p" / "cookies.sqlite",
        [Spec("opendata.saemes.fr", "odd\ufffdname", "twin", expires=NOW), *BYSTANDERS],
        NOW,
    )
    with closing(sqlite3.connect(store)) as connection, connection:
        connection.execute(
            "INSERT INTO moz_cookies (originAttributes, name, value, host, path, expiry, "
            "lastAccessed, creationTime, isSecure, isHttpOnly) VALUES "
            "('', CAST(x'6f6464ff6e616d65' AS TEXT), 'hostile', 'opendata.saemes.fr', '/', "
            "?, 1, 1, 0, 0)",
            [int(NOW.timestamp() * 1000) + 86_400_000],
        )
    before = all_rows(store)
    inspection = inspect_stores(CATALOG, store)
    hostile = [c for c in inspection.cookies if c.raw.notes and c.raw.value == "hostile"]
    assert len(hostile) == 1
    result = delete(
        plan_picked(hostile, CATALOG, inspection.cookies),
        Backups(place.root / "state" / "backups"),
        AuditLog(place.root / "state" / "audit.jsonl"),
    )
    assert result.ok, [outcome.error for outcome in result.outcomes]
    after = all_rows(store)
    assert len(after) == len(before) - 1
    assert all(row[4] != "hostile" for row in after)  # rowid, id, originAttributes, name, value
    assert any(row[4] == "twin" for row in after)
