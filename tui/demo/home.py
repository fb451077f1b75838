"""A generated demo home: one Chromium and one Firefox profile holding the site's cookies.

`saemes-cookies --demo` opens the app on it, so someone on a machine without browsers sees
the whole tool. The snapshot tests build it with a fixed `now`, which makes every expiry and
every timestamp in it deterministic.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from tui.demo.stores import (
    Spec,
    write_chromium,
    write_containers,
    write_firefox,
    write_local_state,
    write_profiles_ini,
)
from tui.inspection import find_stores
from tui.model import Store, StoreRef
from tui.paths import APP_NAME

CHROMIUM_PROFILE = ("Default", "Personal")
FIREFOX_PROFILE = ("k3x9q2vd.default-release", "default-release")
# A cookie name and value written to show that hostile store text is displayed literally:
# Rich markup in both, a markup closer and an ANSI colour escape in the value.
HOSTILE_NAME = "[bold red]x[/]"
HOSTILE_VALUE = "[/]\x1b[31mred?[/link]"

HOST = "opendata.saemes.fr"
DOMAIN = ".saemes.fr"


def preferences_value(now: datetime) -> str:
    """The portal's `cookies_preferences`: URL-encoded JSON with the choice's time in ms."""
    choice = {
        "functional_cookies": True,
        "ga": False,
        "matomo": True,
        "timestamp": int((now - timedelta(days=30)).timestamp() * 1000),
    }
    return quote(json.dumps(choice, separators=(",", ":")), safe="")


def portal_specs(
    now: datetime, seen: datetime, session: str, csrf: str, days: tuple[int, int, int]
) -> list[Spec]:
    """The portal's own necessary cookies as a visit leaves them: session, CSRF, preferences.

    `days` are what remains of the session, the CSRF token and the preferences.
    """
    session_days, csrf_days, preferences_days = (timedelta(days=d) for d in days)
    return [
        Spec(
            HOST,
            "sessionid",
            session,
            expires=now + session_days,
            created=seen,
            secure=True,
            http_only=True,
            same_site="lax",
        ),
        Spec(
            HOST,
            "csrftoken",
            csrf,
            expires=now + csrf_days,
            created=seen,
            secure=True,
            same_site="lax",
        ),
        Spec(
            HOST,
            "cookies_preferences",
            preferences_value(now),
            expires=now + preferences_days,
            created=seen,
            same_site="lax",
        ),
    ]


def chromium_specs(now: datetime) -> list[Spec]:
    day = timedelta(days=1)
    seen = now - 30 * day
    return [
        *portal_specs(
            now, seen, "n7v0c2k9q1r4m8x3b6z5w2", "Jq8uX2cV7bN4mK1pL9sD3fG6hT0yR5eW", (13, 364, 150)
        ),
        # The same name on the parent domain: a twin the table must tell apart.
        Spec(
            DOMAIN,
            "csrftoken",
            "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6",
            expires=now + 200 * day,
            created=now - 165 * day,
            secure=True,
            same_site="lax",
        ),
        Spec(HOST, "django_language", "fr", created=seen),
        Spec(DOMAIN, "_ga", "GA1.2.1284467001.1761300000", expires=now + 395 * day, created=seen),
        Spec(
            DOMAIN,
            "_ga_5ZQ8WJ3K2L",
            "GS1.1.1761300000.4.1.1761300420.0.0.0",
            expires=now + 395 * day,
            created=seen,
        ),
        Spec(
            DOMAIN,
            "_gid",
            "GA1.2.918273645.1763200000",
            expires=now + 20 * timedelta(hours=1),
            created=now - 4 * timedelta(hours=1),
        ),
        Spec(
            HOST,
            "_pk_id.1.abcd",
            "6f1e2d3c4b5a6978.1761300000.",
            expires=now + 393 * day,
            created=seen,
        ),
        # Expired but still on disk: browsers purge such rows lazily.
        Spec(HOST, "_pk_ses.1.abcd", "1", expires=now - 3 * day, created=now - 3 * day),
        Spec(HOST, "ods_tour_seen", "1", expires=now + 90 * day, created=seen),
        # Another site's cookies: present in the store, never shown.
        Spec("fakesaemes.fr", "sessionid", "decoy", expires=now + day),
        Spec(".example.org", "_ga", "GA1.2.1.1", expires=now + day),
    ]


def firefox_specs(now: datetime) -> list[Spec]:
    day = timedelta(days=1)
    seen = now - 12 * day
    return [
        *portal_specs(
            now, seen, "p4l1x8c0v2b7n3m9q6w5e1", "Zx9cV8bN7mQ6wE5rT4yU3iO2pA1sD0fG", (2, 352, 168)
        ),
        # In container 2 (Firefox's built-in "Work" container), and one partitioned cookie.
        Spec(
            DOMAIN,
            "_ga",
            "GA1.2.55512399.1762300000",
            expires=now + 383 * day,
            created=seen,
            container="2",
        ),
        Spec(
            HOST,
            "_pk_id.1.abcd",
            "0a9b8c7d6e5f4a3b.1762300000.",
            expires=now + 381 * day,
            created=seen,
            partition="(https,saemes.fr)",
        ),
        Spec(HOST, HOSTILE_NAME, HOSTILE_VALUE, expires=now + 7 * day, created=seen),
        # 4,000 characters: the detail pane shows a bounded part of it.
        Spec(HOST, "ods_big_state", "x" * 4000, expires=now + 30 * day, created=seen),
    ]


def firefox_store(home: Path) -> Path:
    """The demo's Firefox store (`watch --demo`'s writer changes it)."""
    return home / ".mozilla" / "firefox" / FIREFOX_PROFILE[0] / "cookies.sqlite"


def build_home(root: Path, now: datetime | None = None) -> Path:
    """Writes the demo home under `root` (which should be empty) and returns it."""
    now = now or datetime.now(UTC)
    chromium = root / ".config" / "chromium"
    directory, name = CHROMIUM_PROFILE
    write_local_state(chromium, {directory: name})
    write_chromium(chromium / directory / "Network" / "Cookies", chromium_specs(now), now=now)
    store = firefox_store(root)
    directory, name = FIREFOX_PROFILE
    write_profiles_ini(store.parent.parent, {directory: name})
    write_firefox(store, firefox_specs(now), now=now)
    write_containers(store.parent)
    return root


def state_dir(home: Path) -> Path:
    """Where the demo's backups and audit log go: inside the demo home, gone with it, so a
    demo's deletions never mix with the person's own."""
    return home / ".local" / "state" / APP_NAME


def environment(home: Path) -> dict[str, str]:
    """The environment discovery sees for the demo: only its home, as on Linux."""
    return {"HOME": str(home)}


def demo_stores(
    home: Path, browsers: Iterable[str] = ()
) -> tuple[list[StoreRef], list[Store], list[str]]:
    """`find_stores` on the demo home, as the app's --demo uses it."""
    return find_stores(browsers=browsers, env=environment(home), platform="linux")
