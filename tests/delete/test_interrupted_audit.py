"""Interrupted at any moment -- SIGKILL or Ctrl+C, before COMMIT or after it -- a deletion or
a restore leaves the audit log agreeing with the store row for row, at the latest once the
next run of any command has settled what the killed one left; and Ctrl+C after COMMIT says the
write was made."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.helpers import NOW, SITE, run_cli
from tests.helpers.processes import python_child
from tests.helpers.stores import Place, integrity, site_rows, store_in
from tui.demo.stores import Spec

# `python -m tui` as a person runs it, with two pauses that widen the moments around the
# commit so that kills spread over the run fall on both sides of it: one just before COMMIT
# (after the audit's intent is on disk), one just after it (before the check, the audit's
# lines and the pruning). Each marks, on the machine's monotonic clock, when it is reached.
CHILD = """
    import sys, time
    from pathlib import Path
    import tui.stores.write as writes
    from tui.cli import main

    marker = Path(sys.argv[1])

    def mark(name):
        Path(f"{marker}.{name}.tmp").write_text(f"{time.monotonic()}")
        Path(f"{marker}.{name}.tmp").replace(f"{marker}.{name}")

    def before_commit(ref, connection):
        mark("commit")
        time.sleep(0.25)

    check = writes._verify_again

    def after_commit(*args, **kwargs):
        mark("committed")
        time.sleep(0.25)
        return check(*args, **kwargs)

    writes._before_commit = before_commit
    writes._verify_again = after_commit
    code = main(sys.argv[2:])
    mark("end")
    sys.exit(code)
"""

TRACKERS = 30
ROUNDS = 6


def _store(root: Path, family: str) -> Path:
    specs = [Spec(SITE, f"_pk_id.{i}.ab", f"v{i}", path=f"/p{i % 3}") for i in range(TRACKERS)]
    specs += [Spec(SITE, "sessionid", "s", expires=NOW), Spec(SITE, "csrftoken", "c")]
    specs += [Spec(f"site{i}.example", "id", "x" * 40) for i in range(300)]
    return store_in(root, family, specs)


def _log(place: Place) -> list[dict[str, str]]:
    if not place.log.path.exists():
        return []
    return [json.loads(line) for line in place.log.path.read_text("ascii").splitlines()]


def _run(place: Place, marker: Path, *argv: str) -> subprocess.Popen[str]:
    for leftover in marker.parent.glob(f"{marker.name}.*"):
        leftover.unlink()
    return python_child(CHILD, str(marker), *argv, env=place.env)


def _moment(marker: Path, name: str) -> float | None:
    path = Path(f"{marker}.{name}")
    return float(path.read_text()) if path.exists() else None


def _interrupt(
    child: subprocess.Popen[str], signum: int, when: tuple[str, float], start: float, marker: Path
) -> tuple[str, str, bool]:
    """Sends the signal `when` says: so long after the start, or after COMMIT has returned
    (the child marks it: the same monotonic clock for every process of the machine, so
    kills land after COMMIT however loaded the machine is). Also says whether it came while
    the command still ran."""
    anchor, delay = when
    if anchor == "committed":
        while _moment(marker, "committed") is None and child.poll() is None:
            time.sleep(0.002)
        start = _moment(marker, "committed") or time.monotonic()
    time.sleep(max(0.0, start + delay - time.monotonic()))
    sent = None
    if child.poll() is None:
        child.send_signal(signum)
        sent = time.monotonic()
    out, err = child.communicate(timeout=60)
    end = _moment(marker, "end")
    return out, err, sent is not None and (end is None or end > sent)


def _spread(place: Place, argv: list[str], rounds: int) -> list[tuple[str, float]]:
    """When to interrupt each round, from one whole run of the same command (not
    interrupted): half from well before COMMIT to it, half from COMMIT to the end."""
    marker = place.root / "timing"
    start = time.monotonic()
    child = _run(place, marker, *argv)
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, out + err
    commit, committed, end = (_moment(marker, name) for name in ("commit", "committed", "end"))
    assert commit is not None and committed is not None and end is not None
    before = [max(0.0, commit - start - 0.3), committed - start]
    after = [0.0, end - committed]
    half = max(rounds // 2, 1)
    spread = []
    for i in range(rounds):
        low, high = after if i % 2 else before
        spread.append(
            ("committed" if i % 2 else "start", low + (high - low) * (i // 2 + 0.5) / half)
        )
    return spread


def _next_run(place: Place) -> str:
    """Any command: `backups` touches no store; it settles what a killed run left."""
    done = run_cli("backups", env=place.env)
    assert done.returncode == 0, done.stderr
    return done.stderr


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_an_interrupted_delete_is_in_the_audit_log_exactly_when_it_is_in_the_store(
    tmp_path: Path, signum: int
) -> None:
    delays = _spread(
        Place(tmp_path / "timing"),
        ["delete", "--yes", "--store", str(_store(tmp_path / "timing", "firefox"))],
        ROUNDS,
    )
    sides = {"before": 0, "after": 0}
    for number, delay in enumerate(delays):
        place = Place(tmp_path / f"round-{number}")
        store = _store(place.root, "chromium" if number % 2 else "firefox")
        before = site_rows(store)
        marker = place.root / "marker"
        start = time.monotonic()
        child = _run(place, marker, "delete", "--yes", "--store", str(store))
        out, err, landed = _interrupt(child, signum, delay, start, marker)
        where = f"round {number}, {signal.Signals(signum).name} at {delay}: {out}{err}"
        assert integrity(store) == ["ok"], where
        gone = before - site_rows(store)
        assert gone in (set(), {r for r in before if r[1].startswith("_pk_id.")}), where
        if landed:
            sides["after" if gone else "before"] += 1
        if signum == signal.SIGINT and gone:
            # Ctrl+C after COMMIT: what was deleted is said, never "left as it was".
            assert "left as it was" not in err, where
            assert out.count("deleted  _pk_id.") == TRACKERS, where
        _next_run(place)
        logged = {(r["host"], r["name"], r["path"]) for r in _log(place) if r["action"] == "delete"}
        assert logged == gone, where
        assert not list((place.log.path.parent / "pending").glob("*")), where
    # The interrupts really fell on both sides of COMMIT.
    assert sides["before"] and sides["after"], sides


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_an_interrupted_restore_is_in_the_audit_log_exactly_when_it_is_in_the_store(
    tmp_path: Path, signum: int
) -> None:
    def prepared(place: Place, family: str) -> tuple[Path, str]:
        """A store whose trackers a first (whole) run deleted, and that run's backup."""
        store = _store(place.root, family)
        done = run_cli("delete", "--yes", "--store", str(store), env=place.env)
        assert done.returncode == 0, done.stderr
        [backup] = [b.id for b in place.backups.all()]
        place.log.path.unlink()
        return store, backup

    timing = Place(tmp_path / "timing")
    delays = _spread(timing, ["restore", "--yes", prepared(timing, "firefox")[1]], ROUNDS)
    sides = {"before": 0, "after": 0}
    for number, delay in enumerate(delays):
        place = Place(tmp_path / f"round-{number}")
        store, backup = prepared(place, "chromium" if number % 2 else "firefox")
        deleted = site_rows(store)
        marker = place.root / "marker"
        start = time.monotonic()
        child = _run(place, marker, "restore", "--yes", backup)
        out, err, landed = _interrupt(child, signum, delay, start, marker)
        where = f"round {number}, {signal.Signals(signum).name} at {delay}: {out}{err}"
        assert integrity(store) == ["ok"], where
        restored = site_rows(store) != deleted
        if landed:
            sides["after" if restored else "before"] += 1
        if signum == signal.SIGINT and restored:
            assert "left as it was" not in err, where
            assert f"Restored {backup}" in out, where
        _next_run(place)
        logged = [r for r in _log(place) if r["action"] == "restore"]
        assert len(logged) == (1 if restored else 0), where
        assert all(r["backup"] == backup for r in logged), where
        assert not list((place.log.path.parent / "pending").glob("*")), where
    assert sides["before"] and sides["after"], sides


# Killed in the narrowest window there is: the audit lines are on disk, the intent not yet
# removed (tui/audit.py, Intent.done).
KILLED_AFTER_THE_LINES = """
    import os, sys
    import tui.audit as audit
    from tui.cli import main

    def done(self, appender, records):
        appender.append(records)
        os._exit(137)

    audit.Intent.done = done
    sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("command", ["delete", "restore"])
def test_a_run_killed_after_its_audit_lines_and_before_its_intent_went_is_logged_once(
    tmp_path: Path, command: str
) -> None:
    place = Place(tmp_path)
    store = _store(place.root, "firefox")
    argv = ["delete", "--yes", "--store", str(store)]
    if command == "restore":
        done = run_cli(*argv, env=place.env)
        assert done.returncode == 0, done.stderr
        [backup] = [b.id for b in place.backups.all()]
        argv = ["restore", "--yes", backup]
    before = _log(place)
    child = python_child(KILLED_AFTER_THE_LINES, *argv, env=place.env)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 137, out + err
    written = _log(place)[len(before) :]
    assert written and all(r["action"] == command for r in written), written
    assert list((place.log.path.parent / "pending").glob("*.json"))
    said = _next_run(place)
    # The next run finds the lines already there: the log is as an uninterrupted run leaves it.
    assert _log(place) == before + written
    assert "audit log now says so" not in said, said
    assert not list((place.log.path.parent / "pending").glob("*"))
