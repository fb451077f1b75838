"""The audit log: a JSON line per deleted cookie and per restore, and never a value."""

from __future__ import annotations

import json
import re

from tests.helpers import live_now, run_cli
from tests.helpers.stores import SECRET, Place, chromium_user_data, firefox_profile

DELETE_FIELDS = {
    "time",
    "action",
    "store",
    "browser",
    "profile",
    "host",
    "name",
    "path",
    "category",
    "backup",
}


def test_each_deletion_and_restore_is_logged_and_no_value_reaches_log_or_backup_list(
    place: Place,
) -> None:
    now = live_now()
    firefox = firefox_profile(place.root, now=now)
    chromium = chromium_user_data(place.root, now=now)
    deleted = run_cli(
        "delete",
        "--store",
        str(firefox),
        "--store",
        str(chromium),
        "--include-unclassified",
        "--yes",
        env=place.env,
    )
    assert deleted.returncode == 0, deleted.stderr
    backup_ids = re.findall(r"backup (\S+) \(undo", deleted.stdout)
    restored = run_cli("restore", backup_ids[0], "--yes", env=place.env)
    assert restored.returncode == 0, restored.stderr
    listed = run_cli("backups", env=place.env)

    text = place.log.path.read_text(encoding="ascii")
    records = [json.loads(line) for line in text.splitlines()]
    deletions = [r for r in records if r["action"] == "delete"]
    shown = re.findall(r"^deleted  (\S+)  (\S+)  (\S+)  (.+)$", deleted.stdout, re.M)
    assert len(deletions) == len(shown) == 4
    assert all(set(r) == DELETE_FIELDS for r in deletions)
    assert {(r["name"], r["host"], r["path"]) for r in deletions} == {s[:3] for s in shown}
    assert {r["category"] for r in deletions} == {"statistical", "unclassified"}
    assert {r["backup"] for r in deletions} == set(backup_ids)
    assert {r["browser"] for r in deletions} == {"Firefox", "Chromium"}
    [restore] = [r for r in records if r["action"] == "restore"]
    assert restore["backup"] == backup_ids[0] and restore["replaced_backup"] not in backup_ids

    metadata = "".join(p.read_text() for p in place.backups.root.glob("*.json"))
    for output in (text, metadata, listed.stdout, deleted.stdout, deleted.stderr):
        assert SECRET not in output


def test_hostile_names_are_logged_as_ascii_json(place: Place) -> None:
    from tests.helpers.stores import inspect_stores
    from tui.catalog import load
    from tui.deletion import delete, plan_deletion
    from tui.demo.stores import Spec

    name = "_ga\x1b[2J\u202e[/]"
    store = firefox_profile(place.root, [Spec(".saemes.fr", name, SECRET)])
    catalog = load()
    result = delete(
        plan_deletion(inspect_stores(catalog, store), catalog, names=[name]),
        place.backups,
        place.log,
    )
    assert result.ok
    raw = place.log.path.read_bytes()
    assert raw.isascii() and b"\x1b" not in raw
    assert [r["name"] for r in place.log.read()] == [name]
