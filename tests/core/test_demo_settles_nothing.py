"""A demo run settles nothing, the app's as the commands': its state directory is inside the
demo home just built, and what a run of the person's own left pending waits for their next
own run (tui/cli/__init__.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import tui.app.run
import tui.cli
from tui.cli import main


def _pending(state_home: Path) -> Path:
    """An unreadable intent in the person's own pending folder: settling removes it (an
    intent whose write never reached COMMIT, tui/audit.py `orphans`)."""
    pending = state_home / "saemes-cookies" / "pending"
    pending.mkdir(parents=True, mode=0o700)
    (state_home / "saemes-cookies").chmod(0o700)
    intent = pending / "1.json"
    intent.write_text("{half")
    intent.chmod(0o600)
    return intent


def _app_without_terminal(monkeypatch: pytest.MonkeyPatch, opened: list[bool]) -> None:
    # Stand-ins for what pytest has no terminal for: the terminal check and the app's run;
    # the command line, the source and the settling before them are the real ones.
    monkeypatch.setattr(tui.cli, "need_terminal", lambda: None)

    def run_app(*args: object) -> int:
        opened.append(True)
        return 0

    monkeypatch.setattr(tui.app.run, "run_app", run_app)


def test_the_demo_app_leaves_the_persons_pending_writes_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    intent = _pending(tmp_path)
    opened: list[bool] = []
    _app_without_terminal(monkeypatch, opened)
    assert main(["--demo"]) == 0
    assert opened == [True]
    assert intent.exists()


def test_the_persons_own_app_settles_their_pending_writes_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    intent = _pending(tmp_path)
    opened: list[bool] = []
    _app_without_terminal(monkeypatch, opened)
    assert main([]) == 0
    assert opened == [True]
    assert not intent.exists()
