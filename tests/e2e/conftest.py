"""Fixtures for the real-browser tests: one fake portal and one visited profile per browser.

Building a profile costs a browser start, so each is built once per session; tests that change
a profile take a fresh copy instead. `real_profile` / `fresh_real_profile` run one test body on
each browser in turn; `tool` runs saemes-cookies in a subprocess as a person would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.browsers import require_browser
from tests.e2e.harness import (
    Tool,
)
from tests.e2e.profiles import (
    ChromiumProfile,
    FirefoxProfile,
    RealProfile,
    build_chromium_profile,
    build_firefox_profile,
    copy_chromium_profile,
    copy_firefox_profile,
)
from tests.e2e.site import Site, serve_site

_HERE = Path(__file__).resolve().parent


BROWSERS = ("chromium", "firefox")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A hook in this conftest sees every collected item, not only this folder's.
    for item in items:
        if _HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.browser)
            # One worker runs them all (`--dist loadgroup`, pyproject.toml): each session
            # profile is built once, and two browsers never start at once.
            item.add_marker(pytest.mark.xdist_group("browsers"))


@pytest.fixture(scope="session")
def site() -> Iterator[Site]:
    with serve_site() as running:
        yield running


@pytest.fixture(scope="session")
def chromium_profile(site: Site, tmp_path_factory: pytest.TempPathFactory) -> ChromiumProfile:
    """A Chromium user-data-dir under its own HOME, after one visit to "/". Do not modify."""
    require_browser("chromium")
    home = tmp_path_factory.mktemp("chromium-session") / "home"
    return build_chromium_profile(home, site.url("/"))


@pytest.fixture(scope="session")
def firefox_profile(site: Site, tmp_path_factory: pytest.TempPathFactory) -> FirefoxProfile:
    """A Firefox profile under its own HOME, after one visit to "/". Do not modify."""
    require_browser("firefox")
    home = tmp_path_factory.mktemp("firefox-session") / "home"
    return build_firefox_profile(home, site.url("/"))


@pytest.fixture
def fresh_chromium_profile(chromium_profile: ChromiumProfile, tmp_path: Path) -> ChromiumProfile:
    return copy_chromium_profile(chromium_profile, tmp_path / "home")


@pytest.fixture
def fresh_firefox_profile(firefox_profile: FirefoxProfile, tmp_path: Path) -> FirefoxProfile:
    return copy_firefox_profile(firefox_profile, tmp_path / "home")


@pytest.fixture(scope="session", params=BROWSERS)
def browser_name(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture(scope="session")
def real_profile(browser_name: str, request: pytest.FixtureRequest) -> RealProfile:
    """The session's visited profile of each browser in turn. Do not modify."""
    if browser_name == "chromium":
        return RealProfile.of_chromium(request.getfixturevalue("chromium_profile"))
    return RealProfile.of_firefox(request.getfixturevalue("firefox_profile"))


@pytest.fixture
def fresh_real_profile(browser_name: str, request: pytest.FixtureRequest) -> RealProfile:
    """A private copy of the session's profile of each browser in turn, free to change."""
    if browser_name == "chromium":
        return RealProfile.of_chromium(request.getfixturevalue("fresh_chromium_profile"))
    return RealProfile.of_firefox(request.getfixturevalue("fresh_firefox_profile"))


@pytest.fixture
def tool(tmp_path: Path) -> Tool:
    return Tool(tmp_path / "state")
