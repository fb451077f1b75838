"""The audit log: one JSON line per deleted cookie and per restore, in the user's state dir.

A line holds when, which store (path, browser, profile), which cookie (host, name, path,
category) and which backup. Records are built here from those fields only, so no cookie value
can reach the log. ASCII-only JSON keeps hostile names from reaching a terminal that shows it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path

from tui.model import StoreRef
from tui.paths import open_private, private_dir, state_dir

Record = dict[str, str | None]


def default_path() -> Path:
    return state_dir() / "audit.jsonl"


def _store_fields(when: datetime, action: str, ref: StoreRef) -> Record:
    return {
        "time": when.isoformat(),
        "action": action,
        "store": str(ref.path),
        "browser": ref.browser,
        "profile": ref.profile,
    }


def deletion(
    when: datetime, ref: StoreRef, host: str, name: str, path: str, category: str, backup: str
) -> Record:
    return {
        **_store_fields(when, "delete", ref),
        "host": host,
        "name": name,
        "path": path,
        "category": category,
        "backup": backup,
    }


def restore(when: datetime, ref: StoreRef, backup: str, replaced: str) -> Record:
    """`replaced` is the backup taken of the state the restore overwrote."""
    return {**_store_fields(when, "restore", ref), "backup": backup, "replaced_backup": replaced}


class AuditLog:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_path()

    def write(self, records: Iterable[Mapping[str, str | None]]) -> None:
        """Appends the records in one write.

        Raises OSError when the log cannot be written, StateDirError when its directory is
        not private or the log is a link or not the user's (it is never written through).
        """
        text = "".join(json.dumps(dict(r), ensure_ascii=True) + "\n" for r in records)
        if not text:
            return
        private_dir(self.path.parent)
        fd = open_private(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        data = memoryview(text.encode("ascii"))
        try:
            while data:
                data = data[os.write(fd, data) :]
        finally:
            os.close(fd)

    def read(self) -> list[Record]:
        """Every record, oldest first (lines that are not JSON objects are skipped)."""
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except FileNotFoundError:
            return []
        records = []
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                records.append(record)
        return records
