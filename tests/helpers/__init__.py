"""Helpers every test folder uses: the fixed moment, the site, the CLI as a person runs it,
the site's usual cookies. Fixtures stay in the conftest files; test modules import helpers
from here, never from one another."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tui.demo.stores import Spec

REPO = Path(__file__).resolve().parent.parent.parent


# The one fixed moment of the suite, for what the test's own process judges: stores read
# there, reports made and the app's clock are given it. The app's snapshots show dates
# computed from it (the demo home is built relative to it), so changing it rewrites them.
NOW = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)


SITE = "opendata.saemes.fr"


def live_now() -> datetime:
    """The moment a process the test starts judges expiries at: the clock it reads (the real
    one, or faketime's, which the child inherits), to the second. A store such a process reads
    is dated from this, never from NOW, or its verdicts ("expired", a consent's age, a
    lifetime) change with the calendar (tests/core/test_any_date.py runs some a year ahead)."""
    return datetime.now(UTC).replace(microsecond=0)


def days(count: float, now: datetime = NOW) -> datetime:
    """`count` days after `now`: NOW in the test's own process, live_now() for another."""
    return now + timedelta(days=count)


def run_cli(
    *args: str, env: dict[str, str] | None = None, input_text: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The tool as a user runs it: a separate process, `python -m tui`."""
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input_text,
        timeout=120,
        cwd=REPO,
    )


def site_specs(tag: str = "", now: datetime = NOW) -> list[Spec]:
    """The site's usual cookies plus decoys that an inexact reader would pick up, their
    expiries dated from `now`."""
    return [
        Spec(
            SITE,
            "sessionid",
            f"sess{tag}-9f8e7d6c5b4a",
            expires=days(14, now),
            http_only=True,
            same_site="lax",
            secure=True,
        ),
        Spec(SITE, "csrftoken", f"csrf{tag}-" + "k" * 32, expires=days(364, now), same_site="lax"),
        Spec(SITE, "django_language", "fr", expires=days(365, now)),
        Spec(".saemes.fr", "_ga", f"GA1.1.{tag}1234567.1700000000", expires=days(730, now)),
        Spec(SITE, "mystery_pref", f"m{tag}", expires=days(1, now)),
        # Decoys: none of these hosts is sent to the portal.
        Spec("fakesaemes.fr", "sessionid", "decoy-1", expires=days(3, now)),
        Spec("saemes.fr.evil.example", "csrftoken", "decoy-2", expires=days(3, now)),
        Spec(".notsaemes.fr", "_ga", "decoy-3", expires=days(3, now)),
        Spec("saemes.fr", "host_only_parent", "decoy-4", expires=days(3, now)),
        Spec("www.example.com", "sessionid", "decoy-5", expires=days(3, now)),
    ]


SITE_NAMES = {"sessionid", "csrftoken", "django_language", "_ga", "mystery_pref"}


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under root with its content, to prove a read changed nothing."""
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def names(cookies: Sequence[object]) -> set[str]:
    return {c.raw.name for c in cookies}  # type: ignore[attr-defined]
