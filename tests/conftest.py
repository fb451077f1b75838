"""Shared fixtures: fake homes holding real-schema browser stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.catalog import Catalog, load
from tui.paths import release_held


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
