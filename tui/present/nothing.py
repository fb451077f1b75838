"""When no cookie of the site is found: what was read, where the scan looked (browser by
browser), and what to try. The app's empty state and `scan` say the same; only how to scan
again differs (a key in the app, the command again on the command line)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from tui.frozen import Frozen
from tui.model import Family, Inspection, Store
from tui.stores.browsers import BROWSERS
from tui.stores.discovery import locations, os_kind
from tui.texts import Said, say

# How the systems are named, in the order the discovery table lists them.
SYSTEMS = {"linux": "Linux", "macos": "macOS", "windows": "Windows"}


class Looked(Frozen):
    """One browser: each place tried with whether it is there; none when the browser keeps no
    profile on this system (`systems` then says where it does)."""

    browser: str
    places: tuple[tuple[str, bool], ...]
    systems: tuple[str, ...] = ()


class NothingFound(Frozen):
    stores: tuple[Store, ...]  # the profiles read, none holding the site's cookies
    looked: tuple[Looked, ...]  # browser by browser, when the stores were discovered
    given: tuple[str, ...]  # the --store paths, when they were given instead
    steps: tuple[str, ...]  # keys of the texts saying what to try, with {site} and {rerun}
    rerun: str  # the command that scans the same portal again


def next_steps(
    read_only: bool, again: str, browsers: Sequence[str] = (), demo: bool = False
) -> tuple[str, ...]:
    """What to try: `again` is the key saying how to scan again after visiting the site."""
    if read_only:
        return ("empty.report",)
    if demo:
        # The demo's profiles hold what tui/demo writes, whatever the person visits: only
        # leaving out what narrowed the read (--site another portal, --browser) shows cookies.
        return ("empty.demo-narrowed",)
    wider = ("nothing.all-browsers",) if browsers else ()
    return (again, *wider, "empty.store", "empty.demo")


def rerun_command(site: str | None) -> str:
    """`scan` again on the portal read: another portal's host must be said again with --site
    (hosts are checked by tui.site before, so they need no quoting)."""
    return "saemes-cookies scan" + (f" --site {site}" if site else "")


def looked_per_browser(
    searched: Iterable[str],
    browsers: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> tuple[Looked, ...]:
    """The places discovery tried, grouped by browser (`env` and `platform` as it was given
    them: the demo home's, or this machine's)."""
    env = os.environ if env is None else env
    kind = os_kind(platform)
    tried = set(searched)
    wanted = {name.lower() for name in browsers}
    result = []
    for browser in BROWSERS:
        if wanted and browser.name.lower() not in wanted:
            continue
        places = [str(place) for place in locations(browser, env, kind)]
        elsewhere = tuple(name for key, name in SYSTEMS.items() if getattr(browser, key))
        shown = tuple((place, Path(place).is_dir()) for place in places if place in tried)
        result.append(Looked(browser.name, shown, () if places else elsewhere))
    return tuple(result)


def nothing_found(
    inspection: Inspection,
    browsers: Sequence[str] = (),
    given: bool = False,
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    demo: bool = False,
    site: str | None = None,
) -> NothingFound:
    """For `scan`: the stores `--store` named (`given`), or the places discovery tried;
    `site` is the --site given, if any."""
    looked = () if given else looked_per_browser(inspection.searched, browsers, env, platform)
    steps = next_steps(False, "nothing.again", browsers, demo)
    if any(_not_a_store(store) for store in inspection.stores):
        # A typo in a --store path: visiting the site would not help.
        steps = ("nothing.check-store", "empty.demo")
    return NothingFound(
        stores=inspection.stores,
        looked=looked,
        given=tuple(inspection.searched) if given else (),
        steps=steps,
        rerun=rerun_command(site),
    )


# The reason tui.stores.read.stores_at gives a --store path that does not exist.
_NO_SUCH_PATH = say("store.no-such-path")


def missing_paths(inspection: Inspection) -> tuple[Said, ...]:
    """The errors of the --store paths that do not exist (a typo, most likely): discovery
    refused them before any read (tui.inspection.find_stores), so no browser is named."""
    return tuple(
        store.error
        for store in inspection.stores
        if _not_a_store(store)
        and store.error is not None
        and dict(store.error.values).get("reason") == _NO_SUCH_PATH
    )


def _not_a_store(store: Store) -> bool:
    """A --store path that is no store (missing, or not a cookie database)."""
    return store.ref.family is Family.UNKNOWN and store.error is not None
