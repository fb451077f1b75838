"""`watch --json` on a real profile while the real browser walks the local site's consent
journey (tests/e2e/site.py): the person refuses statistics, the Google tag sets _ga anyway,
the person logs in, then withdraws the choice (the page's script deletes the consent cookie).
Each step is its own line, judged by the
consent cookie on disk at that moment; _ga's line says refused and flags the violation.

Firefox writes each change at once, so its lines come while it runs; Chromium commits its
store every 30 s and when it closes, so each of its steps ends by closing it (Browser.close)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.e2e.profiles import RealProfile
from tests.e2e.site import PARENT_DOMAIN, Site
from tests.helpers import run_cli
from tests.helpers.watching import Watching, watch, writing

# Failure guard only (a browser start, and Chromium's flush at close).
STAGE_GUARD_S = 90.0


def _env(profile: RealProfile, tmp_path: Path) -> dict[str, str]:
    return {
        "HOME": str(profile.home),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
    }


def _forget(profile: RealProfile, *names: str) -> None:
    """The rows the journey is to add, removed while the browser is closed."""
    host = "host_key" if profile.browser == "chromium" else "host"
    table = "cookies" if profile.browser == "chromium" else "moz_cookies"
    with writing(profile.cookies_db) as connection:
        for name in names:
            connection.execute(f"DELETE FROM {table} WHERE name = ? AND {host} != ''", (name,))


def _served(site: Site, step: str) -> Callable[[], bool]:
    return lambda: step in site.served


def _stage(
    site: Site, profile: RealProfile, running: Watching, url: str, wanted: int
) -> list[dict[str, Any]]:
    """Walks the journey from `url` to its "done" page, then reads `wanted` lines: while the
    browser runs for Firefox, after closing it for Chromium."""
    site.served.pop("done", None)
    lines: list[dict[str, Any]] = []
    with profile.running(site.url(url), ready=_served(site, "done")):
        deadline = time.monotonic() + STAGE_GUARD_S
        while "done" not in site.served:
            assert time.monotonic() < deadline, "the browser did not walk the journey"
            time.sleep(0.05)
        if profile.browser == "firefox":
            lines += [json.loads(running.next_line()) for _ in range(wanted)]
    lines += [json.loads(running.next_line()) for _ in range(wanted - len(lines))]
    return lines


def test_watch_reports_each_step_of_a_consent_journey_judged_at_that_moment(
    site: Site, fresh_real_profile: RealProfile, tmp_path: Path
) -> None:
    profile = fresh_real_profile
    _forget(profile, "_ga", "sessionid")
    with watch("--json", "--store", str(profile.store), env=_env(profile, tmp_path)) as running:
        refused = _stage(site, profile, running, "/journey/refuse?until=analytics", 2)
        login = _stage(site, profile, running, "/journey/login?until=login", 1)
        forget = _stage(site, profile, running, "/journey/forget?until=forget", 1)
        code, rest = running.stop()
    assert code == 0 and rest == [], running.err

    by_name = {line["name"]: line for line in refused}
    assert set(by_name) == {"cookies_preferences", "_ga"}
    consent, ga = by_name["cookies_preferences"], by_name["_ga"]
    assert (consent["change"], "value" in consent["what"]) == ("changed", True)
    assert (ga["change"], ga["host"], ga["category"]) == (
        "added",
        f".{PARENT_DOMAIN}",
        "statistical",
    )
    assert (ga["judgement"], ga["consent_keys"], ga["violation"]) == ("refused", ["ga"], True)

    [session] = login
    assert (session["change"], session["name"], session["category"]) == (
        "added",
        "sessionid",
        "necessary",
    )
    assert (session["judgement"], session["violation"]) == ("not-subject", False)
    [gone] = forget
    assert (gone["change"], gone["name"]) == ("removed", "cookies_preferences")

    # Named as `scan` names the same store.
    scanned = run_cli("scan", "--json", "--store", str(profile.store), env=_env(profile, tmp_path))
    [store] = json.loads(scanned.stdout)["stores"]
    assert {line["store"] for line in [*refused, *login, *forget]} == {store["id"]}
    output = "\n".join([json.dumps(line) for line in [*refused, *login, *forget]] + running.err)
    for value in [*site.sent.values(), *site.journey_values]:
        if len(value) >= 6:
            assert value not in output, "a cookie value is in watch's output"
    assert running.err[-1] == "saemes-cookies: watch ended: 4 changes, 1 consent violation."
