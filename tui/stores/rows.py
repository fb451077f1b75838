"""A store's rows as a multiset, and the checks the write path makes on them: every row of
every table is read (text as the reader reads it), so a check compares the whole store and
names only counts and tables, never a value."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass

from tui.model import Family
from tui.stores.chromium import KEY_COLUMNS as CHROMIUM_KEY
from tui.stores.firefox import KEY_COLUMNS as FIREFOX_KEY
from tui.stores.sqlite_read import columns
from tui.texts import Problem, say

# RawCookie.key: ((column, value), ...), the row's full unique key.
Key = tuple[tuple[str, object], ...]
# Every row of every table, as a multiset; the cookie table's rows start with their key.
Rows = dict[str, Counter[tuple[object, ...]]]


class Mismatch(Problem):
    """The store is not what the write expects; says how, without any value."""


@dataclass(frozen=True)
class Table:
    """A family's cookie table and the columns of its unique key that this store has."""

    name: str
    key: tuple[str, ...]


def table_of(connection: sqlite3.Connection, family: Family) -> Table:
    name, wanted = (
        ("cookies", CHROMIUM_KEY) if family is Family.CHROMIUM else ("moz_cookies", FIREFOX_KEY)
    )
    present = set(columns(connection, name))
    if not present:
        raise Mismatch(say("write.no-table", table=name, family=family.value))
    key = tuple(column for column in wanted if column in present)
    # Older Chromium versions lack some key columns, and their unique index the same ones.
    if family is Family.FIREFOX and len(key) != len(wanted):
        missing = ", ".join(sorted(set(wanted) - present))
        raise Mismatch(say("write.key-columns", table=name, columns=missing))
    return Table(name, key)


def raw_text(value: object) -> bool:
    """Text that only its bytes can say (not UTF-8 in the store)."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def bytes_of(value: object) -> bytes:
    return str(value).encode("utf-8", "surrogateescape")


def key_values(table: Table, key: Key) -> tuple[object, ...]:
    given = dict(key)
    if set(given) != set(table.key):
        raise Mismatch(say("write.key-mismatch"))
    return tuple(given[column] for column in table.key)


def as_key(table: Table, values: tuple[object, ...]) -> Key:
    return tuple(zip(table.key, values, strict=True))


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def journal_mode(connection: sqlite3.Connection) -> str:
    return str(connection.execute("PRAGMA journal_mode").fetchone()[0]).lower()


def snapshot(connection: sqlite3.Connection, table: Table) -> Rows:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    rows: Rows = {}
    for name in names:
        lead = "".join(f"{quote(column)}, " for column in table.key) if name == table.name else ""
        rows[name] = Counter(connection.execute(f"SELECT {lead}* FROM {quote(name)}"))
    return rows


def by_key(rows: Rows, table: Table) -> dict[tuple[object, ...], tuple[object, ...]]:
    width = len(table.key)
    return {row[:width]: row for row in rows.get(table.name, Counter())}


def without(before: Rows, table: Table, chosen: set[tuple[object, ...]]) -> Rows:
    """What the store must hold after deleting `chosen`: each of them exactly once, gone."""
    width = len(table.key)
    found: Counter[tuple[object, ...]] = Counter()
    kept: Counter[tuple[object, ...]] = Counter()
    for row, count in before.get(table.name, Counter()).items():
        if row[:width] in chosen:
            found[row[:width]] += count
        else:
            kept[row] = count
    wrong = sum(1 for key in chosen if found[key] != 1)
    if wrong:
        raise Mismatch(say("write.not-as-read", wrong=wrong, chosen=len(chosen)))
    return {**before, table.name: kept}


def quick_check(connection: sqlite3.Connection) -> None:
    result = [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
    if result != ["ok"]:
        # Its own words can quote a row's content; the count of problems says enough.
        raise Mismatch(say("write.damaged", count=len(result)))


def verify(connection: sqlite3.Connection, table: Table, expected: Rows) -> None:
    quick_check(connection)
    actual = snapshot(connection, table)
    if actual != expected:
        differing = {
            name: sum(
                (
                    (actual.get(name, Counter()) - rows) + (rows - actual.get(name, Counter()))
                ).values()
            )
            for name, rows in expected.items()
        }
        shown = ", ".join(f"{name}: {count}" for name, count in differing.items() if count)
        raise Mismatch(say("write.unexpected", differing=shown or "tables"))
