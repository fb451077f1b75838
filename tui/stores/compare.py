"""How a store differs from a backup of it or holds given rows, read without writing."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from tui.model import StoreRef
from tui.stores.backup import Backup
from tui.stores.errors import sqlite_reason
from tui.stores.rows import Key, Mismatch, as_key, by_key, key_values, snapshot, table_of
from tui.stores.write import WriteError, reading, store_at
from tui.texts import Problem, say


@dataclass(frozen=True)
class Difference:
    """How a backup differs from the store now, by row key (keys only, never values)."""

    back: tuple[Key, ...]
    removed: tuple[Key, ...]
    changed: tuple[Key, ...]


def keys_present(ref: StoreRef, keys: Sequence[Key]) -> list[bool]:
    """For each key, whether the store holds a row with it now (read without writing)."""
    from tui.stores.errors import StoreError
    from tui.stores.sqlite_read import open_store

    try:
        with open_store(ref.path) as opened:
            table = table_of(opened.connection, ref.family)
            now = by_key(snapshot(opened.connection, table), table)
    except (StoreError, sqlite3.Error, Mismatch) as exc:
        reason = exc.said if isinstance(exc, Problem) else sqlite_reason(exc)
        raise WriteError(store_at(ref.path, reason)) from None
    return [key_values(table, key) in now for key in keys]


def difference(backup: Backup) -> Difference:
    """What restoring `backup` would change in its store, read without writing anything."""
    from tui.stores.errors import StoreError
    from tui.stores.sqlite_read import open_store

    try:
        with open_store(backup.store_path) as opened:
            table = table_of(opened.connection, backup.family)
            now = by_key(snapshot(opened.connection, table), table)
        with reading(backup.file) as source:
            then = by_key(snapshot(source, table), table)
    except (StoreError, sqlite3.Error, Mismatch) as exc:
        reason = exc.said if isinstance(exc, Problem) else sqlite_reason(exc)
        raise WriteError(say("write.compare", backup=backup.id, reason=reason)) from None
    return Difference(
        back=tuple(as_key(table, k) for k in then if k not in now),
        removed=tuple(as_key(table, k) for k in now if k not in then),
        changed=tuple(as_key(table, k) for k in then if k in now and then[k] != now[k]),
    )
