"""Log-in and CSRF findings: one cookie name on both the portal's host and its parent domain
(the browser sends both; with csrftoken, Django may answer "CSRF verification failed"), a
session expired or about to, a logged-in visitor without a CSRF token."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import timedelta

from tui.findings.common import (
    CSRF_COOKIE,
    ERROR,
    INFO,
    SESSION_COOKIE,
    WARNING,
    Context,
    ids,
    on,
    where,
)
from tui.humanize import length
from tui.model import Cookie, Finding, Jar
from tui.texts import Label, both, say
from tui.textsafe import printable

SESSION_WARNING = timedelta(days=1)


def check_duplicates(context: Context) -> Iterable[Finding]:
    groups: dict[tuple[Jar, str], list[Cookie]] = defaultdict(list)
    for jar, cookies in context.jars().items():
        for cookie in cookies:
            groups[(jar, cookie.raw.name)].append(cookie)
    for (_, name), cookies in groups.items():
        hosts = {cookie.raw.host for cookie in cookies}
        if len(hosts) < 2:
            continue
        # Keep the copy the site itself sets on its host; failing that, the narrowest domain.
        own = [h for h in hosts if context.catalog.hosts.get(h) == "host"]
        keep = own[0] if own else max(hosts, key=lambda h: (len(h), h))
        kept = [cookie for cookie in cookies if cookie.raw.host == keep]
        extra = [cookie for cookie in cookies if cookie.raw.host != keep]
        yield _duplicate(name, kept, extra)


_EFFECTS = {CSRF_COOKIE: "finding.duplicate.csrf", SESSION_COOKIE: "finding.duplicate.session"}


def _duplicate(name: str, kept: list[Cookie], extra: list[Cookie]) -> Finding:
    hosts = sorted({printable(cookie.raw.host) for cookie in kept + extra})
    return Finding(
        "duplicate-scope",
        ERROR if name in (CSRF_COOKIE, SESSION_COOKIE) else WARNING,
        both(
            "finding.duplicate-scope",
            name=printable(name, 60),
            # "a and b", "a et b": the conjunction is the only word in it.
            hosts=Label(" and ".join(hosts), " et ".join(hosts)),
            where=where(kept[0]),
            effect=say(_EFFECTS.get(name, "finding.duplicate.other")),
        ),
        ids(kept + extra),
        both(
            "fix.duplicate-scope",
            parent=", ".join(sorted({printable(cookie.raw.host) for cookie in extra})),
            keep=printable(kept[0].raw.host),
        ),
        ids(extra),
    )


def check_session(context: Context) -> Iterable[Finding]:
    for cookie in context.inspection.cookies:
        expires = cookie.raw.expires
        if cookie.raw.name != SESSION_COOKIE or expires is None:
            continue
        left = (expires - context.now).total_seconds()
        if left <= 0:
            yield Finding(
                "session-expired",
                WARNING,
                both(
                    "finding.session-expired", on=on(cookie), where=where(cookie), left=length(left)
                ),
                ids([cookie]),
                both("fix.session-expired"),
            )
        elif expires - context.now <= SESSION_WARNING:
            yield Finding(
                "session-expiring",
                INFO,
                both(
                    "finding.session-expiring",
                    on=on(cookie),
                    where=where(cookie),
                    left=length(left),
                ),
                ids([cookie]),
                both("fix.session-expiring"),
            )


def check_csrf(context: Context) -> Iterable[Finding]:
    # Only a logged-in visitor is hurt: an anonymous one gets a new token with the next form.
    for cookies in context.jars().values():
        sessions = [c for c in cookies if c.raw.name == SESSION_COOKIE]
        tokens = [c for c in cookies if c.raw.name == CSRF_COOKIE]
        if not sessions or tokens:
            continue
        yield Finding(
            "csrf-missing",
            WARNING,
            both("finding.csrf-missing", where=where(sessions[0])),
            ids(sessions),
            both("fix.csrf-missing"),
        )
