"""`--demo` is decided once per run (tui/source.py): whatever runs on it -- the app, `delete`,
`watch` -- reads the stores of one demo home, keeps its backups and audit log in that same
home, and the home is gone when the run ends. Each test runs `main` in-process on the real
demo home and looks at what the command was handed when it reads or writes."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tui import cli, deletion
from tui.cli import watch_demo
from tui.model import StoreRef
from tui.stores.sqlite_read import setup_lock_path


@pytest.fixture
def temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the run's demo home is made; the person's home and state dir are elsewhere."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    (tmp_path / "home").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    for key in ("XDG_CONFIG_HOME", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.delenv(key, raising=False)
    return folder


def left_in(temp: Path) -> list[Path]:
    """What the run left in the temporary directory, but for the lock that store copies are
    set up under (a lock file is kept: removing one is how two holders come about)."""
    return [path for path in temp.iterdir() if path != setup_lock_path(str(temp))]


def the_home(temp: Path, paths: list[Path]) -> Path:
    """The one demo home under `temp` that every path lies in (fails on none or several)."""
    assert paths
    homes = {temp / path.relative_to(temp).parts[0] for path in paths}
    assert len(homes) == 1, homes
    [home] = homes
    assert home.name.startswith("saemes-demo-")
    return home


def test_the_demo_app_reads_and_writes_in_the_one_demo_home_and_removes_it(
    temp: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.app.app import CookiesApp

    seen: dict[str, Any] = {}

    def instead_of_drawing(app: CookiesApp) -> None:
        # The app as `main` handed it: what a scan would read, where a deletion or an undo
        # would keep its backup and audit line, and the home its paths are shown from.
        assert app.session.locate is not None
        refs, _, _ = app.session.locate()
        backups, log = app.main_screen.deleting._state()
        seen.update(home=app.home, stores=[ref.path for ref in refs])
        seen.update(backups=backups.root, log=log.path, existed=app.home is not None)

    monkeypatch.setattr(cli, "need_terminal", lambda: None)
    monkeypatch.setattr(CookiesApp, "run", instead_of_drawing)
    assert cli.main(["--demo", "--lang", "en"]) == 0

    home = the_home(temp, [seen["home"], *seen["stores"], seen["backups"], seen["log"]])
    assert seen["home"] == home and len(seen["stores"]) == 2
    assert not (tmp_path / "state" / "saemes-cookies" / "backups").exists()
    assert left_in(temp) == []


def test_a_demo_delete_backs_up_and_audits_in_the_home_it_read_which_then_goes(
    temp: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}
    real = deletion.delete

    def spied(plan: deletion.Plan, backups: Any, log: Any, now: Any = None) -> deletion.Result:
        result = real(plan, backups, log, now)
        # Read while the demo home still exists: the backups taken, the lines written.
        seen.update(stores=[store.ref.path for store, _ in plan.by_store()])
        seen.update(backups=backups.root, log=log.path, taken=backups.all())
        seen.update(lines=log.path.read_text().splitlines())
        return result

    monkeypatch.setattr(deletion, "delete", spied)
    assert cli.main(["delete", "--demo", "--yes", "--lang", "en"]) == 0

    home = the_home(temp, [*seen["stores"], seen["backups"], seen["log"]])
    assert len(seen["stores"]) == 2
    assert {backup.store_path for backup in seen["taken"]} == set(seen["stores"])
    assert seen["lines"] and all(str(home) in line for line in seen["lines"])
    assert not (tmp_path / "state" / "saemes-cookies").exists()
    assert left_in(temp) == []


def test_a_demo_watch_watches_the_home_its_demo_writer_writes_to(
    temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui import watch

    watched: list[StoreRef] = []
    written: list[Path] = []

    class Spied(watch.Watcher):
        def __init__(self, catalog: Any, refs: list[StoreRef], *rest: Any) -> None:
            watched.extend(refs)
            super().__init__(catalog, refs, *rest)

    real_writer = watch_demo.demo_writer

    @contextmanager
    def spied_writer(home: Path, *rest: Any) -> Iterator[None]:
        written.append(home)
        with real_writer(home, *rest):
            yield

    monkeypatch.setattr(watch, "Watcher", Spied)
    monkeypatch.setattr(watch_demo, "demo_writer", spied_writer)
    monkeypatch.setenv("SAEMES_COOKIES_WATCH_INTERVAL", "0.01")
    assert cli.main(["watch", "--demo", "--for", "0.2s", "--lang", "en"]) == 0

    home = the_home(temp, [*(ref.path for ref in watched), *written])
    assert written == [home] and len(watched) == 2
    assert left_in(temp) == []


def test_a_sources_backups_and_audit_log_are_in_its_state_dir(temp: Path, tmp_path: Path) -> None:
    from tui.audit import AuditLog
    from tui.demo.home import build_home
    from tui.source import Source
    from tui.stores.backup import Backups

    # The person's: the user's state dir, where the commands' defaults are too.
    mine = Source()
    assert mine.state_dir == tmp_path / "state" / "saemes-cookies"
    assert mine.backups().root == Backups().root == mine.state_dir / "backups"
    assert mine.audit_log().path == AuditLog().path == mine.state_dir / "audit.jsonl"
    # A demo's: inside its home, as discovery sees it there.
    home = build_home(temp)
    demo = Source(demo_home=home)
    assert demo.state_dir == home / ".local" / "state" / "saemes-cookies"
    assert demo.backups().root == demo.state_dir / "backups"
    assert demo.audit_log().path == demo.state_dir / "audit.jsonl"
    assert demo.discovery_env() == ({"HOME": str(home)}, "linux")
    assert all(ref.path.is_relative_to(home) for ref in demo.locate()[0])
