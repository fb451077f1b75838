"""Shared fixtures: fake homes holding real-schema browser stores."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.catalog import Catalog, load
from tui.paths import release_held


def pytest_configure(config: pytest.Config) -> None:
    """Started in the background by a script (`pytest &`, nohup), pytest inherits SIGINT
    ignored, and so would every process it starts (an ignored signal stays ignored across
    exec), the tool too: then the tests that type Ctrl+C or send SIGINT wait in vain. They
    stand for a person at a shell, where the tool starts with SIGINT's default action; so
    SIGINT is given its usual handler here, before the workers and children start."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def _state_dirs_let_go() -> Iterator[None]:
    """The tool holds each private directory it checked open for the rest of its process;
    a test's process lets go of them after each test (tmp dirs, tmpfs to unmount)."""
    yield
    release_held()


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The packaged catalogue, loaded once."""
    return load()


@pytest.fixture
def fake_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return home


@pytest.fixture
def home_env(fake_home: Path) -> dict[str, str]:
    """An environment whose every browser root lies in the fake home."""
    return {
        "HOME": str(fake_home),
        "XDG_CONFIG_HOME": str(fake_home / ".config"),
        "APPDATA": str(fake_home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(fake_home / "AppData" / "Local"),
        "XDG_STATE_HOME": str(fake_home / ".local" / "state"),
    }


@pytest.fixture
def no_dbus(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    yield
