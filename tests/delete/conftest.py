"""Fixtures for the deletion tests: stores in a fake home, helper processes holding locks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.stores import (
    Place,
)


@pytest.fixture
def place(tmp_path: Path) -> Place:
    return Place(tmp_path)
