"""The app opened as `saemes-cookies` opens it with no arguments, on a HOME that holds a profile
a real browser wrote: it finds the profile and shows the cookies the browser stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.profiles import RealProfile
from tui.app.app import CookiesApp
from tui.app.run import scanner_for
from tui.catalog import load
from tui.source import Source

SIZE = (120, 40)
# Pauses to wait for the scan's result to reach the table once the worker is done.
SETTLE_PAUSES = 50


async def test_the_app_on_the_real_profile_shows_the_stored_cookies(
    real_profile: RealProfile, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    profile = real_profile
    # Discovery reads the environment, as the CLI's would; no keyring (see Tool).
    monkeypatch.setenv("HOME", str(profile.home))
    for key in ("XDG_CONFIG_HOME", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.delenv(key, raising=False)
    stored = sorted(profile.stored(tmp_path / "scratch"))
    assert stored

    catalog = load()
    app = CookiesApp(catalog, scanner_for(catalog, Source()), lang="en", home=profile.home)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        screen = app.main_screen
        for _ in range(SETTLE_PAUSES):
            if screen.inspection is not None and screen.table.row_count:
                break
            await pilot.pause()
        assert screen.inspection is not None, "the scan never finished"
        [store] = screen.inspection.stores
        assert store.error is None and store.ref.path == profile.cookies_db

        table = screen.table
        names = [cell.plain for cell in table.get_column("name")]
        scopes = [cell.plain for cell in table.get_column("scope")]
        assert sorted(zip(scopes, names, strict=True)) == stored
