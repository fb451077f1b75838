"""Several writers of one store at once -- `delete` and `restore` run as a person runs them,
and the deletion call the app makes -- take turns on the tool's lock: no write is lost, no
deleted row comes back unasked, and the audit log, replayed in its order, gives exactly what
the store holds."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import REPO, SITE, live_now
from tests.helpers.processes import python_child
from tests.helpers.stores import Place, site_rows, store_in
from tui.demo.stores import Spec

TRACKERS = [f"_pk_id.{i}.ab" for i in range(16)]
ROUNDS = 4

# What the app does when `d` is confirmed on a selection: plan the picked cookies, then the
# domain's `delete` with the state dir's backups and audit log (tui/app/deleting.py).
APP_DELETION = """
    import sys
    from pathlib import Path
    from tui.audit import AuditLog
    from tui.catalog import load
    from tui.deletion import delete, plan_picked
    from tui.inspection import find_stores, inspect
    from tui.stores.backup import Backups

    store, state, name = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    catalog = load()
    inspection = inspect(catalog, *find_stores([store])[:2])
    picked = [c for c in inspection.cookies if c.raw.name == name]
    result = delete(
        plan_picked(picked, catalog, inspection.cookies),
        Backups(state / "backups"),
        AuditLog(state / "audit.jsonl"),
    )
    if result.ok and result.deleted:
        print("ok", flush=True)
    else:
        # Why, in the tool's own words (they never hold a value), so a failure can be read.
        said = [o.error.text("en") for o in result.outcomes if o.error is not None]
        print("failed", len(picked), [o.running for o in result.outcomes], said, flush=True)
"""


def _store(root: Path, family: str) -> Path:
    # Written at the clock of the tool's processes that race over it; sessionid expires then.
    now = live_now()
    specs = [Spec(SITE, name, f"v-{name}") for name in TRACKERS]
    specs += [Spec(SITE, "sessionid", "s", expires=now), Spec(SITE, "csrftoken", "c")]
    # Other sites' rows make each backup and check take long enough for writers to overlap.
    specs += [Spec(f"site{i}.example", "id", "x" * 200) for i in range(3000)]
    return store_in(root, family, specs, now)


def _tool(place: Place, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tui", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**place.env, "PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )


def _finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out + err


def _archive(place: Place, into: Path) -> None:
    """Keeps a copy of every backup so far: pruning may remove one the log later restores."""
    into.mkdir(exist_ok=True)
    for file in place.backups.root.glob("*.sqlite"):
        if not (into / file.name).exists():
            shutil.copyfile(file, into / file.name)


def _replay(
    start: set[tuple[str, str, str]], log: Path, archive: Path
) -> set[tuple[str, str, str]]:
    """The site's rows the audit log says the store must hold, from the state at `start`."""
    rows = set(start)
    for line in log.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["action"] == "delete":
            rows.discard((record["host"], record["name"], record["path"]))
        elif record["action"] == "restore":
            rows = site_rows(archive / f"{record['backup']}.sqlite")
    return rows


@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_concurrent_deletes_restores_and_app_deletions_never_undo_each_other(
    place: Place, family: str
) -> None:
    store = _store(place.root, family)
    start = site_rows(store)
    archive = place.root / "archive"
    state = place.root / "state" / "saemes-cookies"
    names = iter(TRACKERS)
    restorable: list[str] = []
    for round_number in range(ROUNDS):
        writers = [
            _tool(place, "delete", "--yes", "--store", str(store), "--name", next(names))
            for _ in range(3)
        ]
        writers.append(python_child(APP_DELETION, str(store), str(state), next(names)))
        if restorable:
            writers.append(_tool(place, "restore", "--yes", restorable[0]))
        results = [_finish(writer) for writer in writers]
        for code, output in results:
            assert code == 0, f"round {round_number}: {output}"
        # The app's deletion says whether it deleted; a silent "failed" is a lost write too.
        assert results[3][1].startswith("ok"), f"round {round_number}: {results[3][1]}"
        _archive(place, archive)
        restorable = [backup.id for backup in place.backups.all()]
        # Each round after the first also brings an older state back; the log says which.
        # Backup ids are named to the second: the next round's begin in a later second than
        # every backup made so far once the clock has passed the next whole second.
        time.sleep(1.0 - time.time() % 1.0 + 0.01)

    log = state / "audit.jsonl"
    assert _replay(start, log, archive) == site_rows(store)
    deleted = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert sum(record["action"] == "delete" for record in deleted) == 4 * ROUNDS
    assert sum(record["action"] == "restore" for record in deleted) == ROUNDS - 1
