"""The app's delete and undo on profiles a real browser wrote, the browser judging the result:
after `d` and `y` it sends only the kept cookies, and after `u` it has every cookie back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.harness import sent_on_plain, site_cookies, to_delete
from tests.e2e.profiles import RealProfile
from tests.e2e.site import Site
from tui.app.app import CookiesApp
from tui.app.run import scanner_for
from tui.catalog import load
from tui.source import Source

SIZE = (120, 40)
# Pauses for a worker's result (the guard check, the write, the rescan) to reach the screen.
SETTLE_PAUSES = 100


async def test_d_then_y_deletes_what_delete_would_and_u_brings_it_all_back(
    site: Site,
    fresh_real_profile: RealProfile,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    profile = fresh_real_profile
    monkeypatch.setenv("HOME", str(profile.home))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    for key in ("XDG_CONFIG_HOME", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.delenv(key, raising=False)
    original = profile.stored(tmp_path / "scratch-before")
    going = to_delete(site, include_unclassified=False)
    kept = set(site_cookies(site)) - going
    assert going and kept

    catalog = load()
    app = CookiesApp(catalog, scanner_for(catalog, Source()), lang="en", home=profile.home)
    screen = app.main_screen

    async def until(done: Callable[[], object]) -> None:
        for _ in range(SETTLE_PAUSES):
            await app.workers.wait_for_complete()
            await pilot.pause()
            if done():
                return
        raise AssertionError("the app never got there")

    async with app.run_test(size=SIZE) as pilot:
        await until(lambda: screen.inspection is not None and screen.table.row_count)
        await pilot.press("d")
        await until(lambda: app.screen is not screen)
        await pilot.press("y")
        await until(lambda: app.screen is screen and screen.deleting.last is not None)
        await until(lambda: not screen.table.loading)
        assert profile.stored(tmp_path / "scratch-deleted") == original - going
        shown = {cell.plain for cell in screen.table.get_column("name")}
        assert not shown & {name for _, name in going}
        # The browser, run on the profile now, sends the kept cookies and none of the others.
        expected = {name: site.sent[name] for _, name in kept}
        for header in sent_on_plain(site, profile):
            assert header == expected

        await pilot.press("u")
        await until(lambda: screen.deleting.last is None and not screen.table.loading)
        assert profile.stored(tmp_path / "scratch-undone") == original

    # After the undo, the browser sends every cookie of the site again.
    everything = {name: site.sent[name] for _, name in site_cookies(site)}
    for header in sent_on_plain(site, profile):
        assert header == everything
