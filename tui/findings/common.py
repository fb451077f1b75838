"""What every check shares: the context it reads, the severities, and how cookies are named in
a finding's words (names, hosts and store ids through `printable`, never a value)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime

from tui.catalog import Catalog
from tui.model import ConsentCookie, Cookie, Finding, Inspection, Jar, jar_of
from tui.texts import Label, Said, say
from tui.textsafe import printable

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)
SESSION_COOKIE = "sessionid"
CSRF_COOKIE = "csrftoken"
# Finding texts list at most this many names, then count the rest.
MAX_LISTED = 8


class Context:
    """What every check reads: the catalogue, the inspection, and the time it is judged at."""

    def __init__(self, catalog: Catalog, inspection: Inspection, now: datetime) -> None:
        self.catalog = catalog
        self.inspection = inspection
        self.now = now

    @property
    def consents(self) -> tuple[ConsentCookie, ...]:
        return self.inspection.consents

    def jars(self) -> dict[Jar, list[Cookie]]:
        """The cookies the browser would still send, by jar (expired ones are not sent)."""
        jars: dict[Jar, list[Cookie]] = defaultdict(list)
        for cookie in self.inspection.cookies:
            if self.alive(cookie):
                jars[jar_of(cookie)].append(cookie)
        return jars

    def alive(self, cookie: Cookie) -> bool:
        expires = cookie.raw.expires
        return expires is None or expires > self.now


Check = Callable[[Context], Iterable[Finding]]


def where(cookie: Cookie) -> Said:
    """The cookie's jar in words: its store, then its container (by name where the profile's
    containers.json gives one) and partition."""
    raw = cookie.raw
    said = say("where.store", store=printable(cookie.store.id, 80))
    if raw.container:
        named = Label(
            printable(raw.container_label("en"), 80), printable(raw.container_label("fr"), 80)
        )
        said = say("where.container", where=said, container=named)
    if raw.partition:
        said = say("where.partition", where=said, partition=printable(raw.partition, 80))
    return said


def name(cookie: Cookie) -> str:
    return printable(cookie.raw.name, 60)


def names(cookies: Iterable[Cookie]) -> str:
    listed = list(dict.fromkeys(name(cookie) for cookie in cookies))
    shown = ", ".join(listed[:MAX_LISTED])
    return shown + (f" (+{len(listed) - MAX_LISTED})" if len(listed) > MAX_LISTED else "")


def on(cookie: Cookie) -> Said:
    return say("where.on", name=name(cookie), host=printable(cookie.raw.host))


def ids(cookies: Iterable[Cookie]) -> tuple[str, ...]:
    return tuple(cookie.id for cookie in cookies)
