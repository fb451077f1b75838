"""A process killed (SIGKILL) in the middle of a deletion leaves a sound store with all of the
chosen rows or none of them: the transaction is SQLite's, and nothing is written outside it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.helpers import NOW, SITE
from tests.helpers.processes import python_child
from tests.helpers.stores import all_rows, integrity, journal_mode
from tui.demo.stores import Spec, write_chromium, write_firefox

# The child plans "delete non-necessary" on one store and deletes it. `where` says where it
# stops to be killed: just before COMMIT, just after it, or (for kills at random moments)
# nowhere: it only marks the moment the write starts.
CHILD = """
    import os, sys, time
    from pathlib import Path
    import tui.deletion
    import tui.stores.write as writes
    from tui.audit import AuditLog
    from tui.catalog import load
    from tui.deletion import delete, plan_deletion
    from tui.inspection import find_stores, inspect
    from tui.stores.backup import Backups

    store, state, marker = (Path(arg) for arg in sys.argv[1:4])
    where = sys.argv[4]

    def mark(path, text):
        # Whole or not at all: the parent may read it the moment it appears.
        Path(f"{path}.tmp").write_text(text)
        os.replace(f"{path}.tmp", path)

    def stop(*args, **kwargs):
        mark(marker, where)
        time.sleep(600)

    if where == "before_commit":
        writes._before_commit = stop
    elif where == "after_commit":
        writes._verify_again = stop
    else:
        # Kills at chosen moments: mark when the write starts and when COMMIT has returned
        # (monotonic clock, the same for every process of the machine), stopping nowhere.
        start, check = tui.deletion.delete_rows, writes._verify_again
        def marked(*args, **kwargs):
            mark(marker, f"{time.monotonic()}")
            return start(*args, **kwargs)
        def committed(*args, **kwargs):
            mark(f"{marker}.committed", f"{time.monotonic()}")
            return check(*args, **kwargs)
        tui.deletion.delete_rows = marked
        writes._verify_again = committed

    catalog = load()
    plan = plan_deletion(inspect(catalog, *find_stores([store])[:2]), catalog)
    result = delete(plan, Backups(state / "backups"), AuditLog(state / "audit.jsonl"))
    print("finished", result.ok, flush=True)
"""


def _stores(root: Path, site_rows: int, others: int) -> dict[str, Path]:
    site = [Spec(SITE, f"_pk_id.{i}.ab", f"v{i}", path=f"/p{i % 5}") for i in range(site_rows)]
    # Necessary cookies and other sites' cookies: these must stay whatever happens.
    keep = [Spec(SITE, "sessionid", "s", expires=NOW), Spec(SITE, "csrftoken", "c", expires=NOW)]
    keep += [Spec(f"site{i}.example", "id", "x" * 64) for i in range(others)]
    return {
        "chromium": write_chromium(root / "chromium" / "Default" / "Cookies", site + keep, NOW),
        "firefox": write_firefox(root / "firefox" / "p" / "cookies.sqlite", site + keep, NOW),
    }


def _start(store: Path, root: Path, where: str) -> tuple[subprocess.Popen[str], Path]:
    marker = root / f"marker-{where}"
    marker.unlink(missing_ok=True)
    return python_child(CHILD, str(store), str(root / "state"), str(marker), where), marker


def _wait_for(marker: Path, child: subprocess.Popen[str]) -> None:
    while not marker.exists():
        if child.poll() is not None:
            _, err = child.communicate()
            pytest.fail(f"the child ended before reaching the point to kill it at: {err}")
        time.sleep(0.005)


def _kill(child: subprocess.Popen[str]) -> bool:
    """SIGKILL; False when the child had ended on its own just before the signal."""
    os.kill(child.pid, signal.SIGKILL)
    child.communicate()
    return child.returncode == -signal.SIGKILL


def _without_site_rows(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """The rows a "delete non-necessary" must leave: all but the site's _pk_id ones."""
    return [row for row in rows if not any(str(v).startswith("_pk_id.") for v in row)]


@pytest.mark.parametrize("where", ["before_commit", "after_commit"])
@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_killed_next_to_commit_the_store_is_sound_with_none_or_all_of_the_rows_gone(
    tmp_path: Path, family: str, where: str
) -> None:
    store = _stores(tmp_path, site_rows=40, others=40)[family]
    before = all_rows(store)
    mode = journal_mode(store)
    child, marker = _start(store, tmp_path, where)
    _wait_for(marker, child)
    assert _kill(child)  # it sleeps where it stopped: the kill lands there

    assert integrity(store) == ["ok"]
    expected = before if where == "before_commit" else _without_site_rows(before)
    assert all_rows(store) == expected
    assert journal_mode(store) == mode


def _copy(template: Path, base: Path, root: Path) -> Path:
    store = root / template.relative_to(base)
    store.parent.mkdir(parents=True)
    store.write_bytes(template.read_bytes())
    return store


def _timings(template: Path, base: Path, root: Path) -> tuple[float, float]:
    """One whole run, not killed: seconds from the write's start to COMMIT, and to the end."""
    store = _copy(template, base, root)
    child, marker = _start(store, root, "anywhere")
    out, err = child.communicate()
    assert "finished True" in out, err
    end = time.monotonic()
    started = float(marker.read_text())
    committed = float(Path(f"{marker}.committed").read_text())
    return committed - started, end - started


@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_a_large_deletion_killed_at_random_moments_leaves_all_or_none(
    tmp_path: Path, family: str
) -> None:
    base = tmp_path / "template"
    template = _stores(base, site_rows=6000, others=6000)[family]
    original = all_rows(template)
    kept = _without_site_rows(original)
    assert len(original) - len(kept) == 6000
    to_commit, to_end = _timings(template, base, tmp_path / "timing")
    # Random moments over the whole write: half from its start to COMMIT, half from COMMIT's
    # return to the end. The latter count from the child's mark of that return (the same
    # monotonic clock for every process of the machine), so they land after COMMIT however
    # much slower than the timing run a loaded machine makes this one.
    rng = random.Random(4)
    outcomes = {"before": 0, "after": 0}
    for attempt in range(16):
        if attempt >= 8 and all(outcomes.values()):
            break
        lands_after = attempt % 2 == 1
        delay = rng.uniform(0, to_end - to_commit) if lands_after else rng.uniform(0, to_commit)
        root = tmp_path / f"attempt-{attempt}"
        store = _copy(template, base, root)
        child, marker = _start(store, root, "anywhere")
        anchor = Path(f"{marker}.committed") if lands_after else marker
        _wait_for(anchor, child)
        time.sleep(max(0.0, float(anchor.read_text()) + delay - time.monotonic()))
        killed = child.poll() is None and _kill(child)
        if not killed:
            child.communicate()
        since = "COMMIT returned" if lands_after else "the write started"
        where = f"killed {delay:.3f}s after {since}, in a write that commits at {to_commit:.3f}s"
        assert integrity(store) == ["ok"], where
        after = all_rows(store)
        if Path(f"{marker}.committed").exists():
            assert after == kept, where
        assert after in (original, kept), where
        if killed:  # a run that ended before its kill says nothing about where kills land
            outcomes["before" if after == original else "after"] += 1
    # The kills really fell on both sides of COMMIT.
    assert outcomes["before"] and outcomes["after"], outcomes
