"""Which of the site's cookies a `delete` command line picks, and the line that picks a fix.

`delete --name/--host/--finding` and the findings' `fix_command` share these rules, so a
finding offers a command only when that command, run on the same stores, picks exactly the
cookies of its fix: no more (another profile, another container, an expired twin), no less.
"""

from __future__ import annotations

import shlex
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path

from tui.model import Cookie, Family, Finding
from tui.site import DEFAULT_SITE
from tui.stores.browsers import BROWSER_NAMES
from tui.textsafe import printable

PROGRAM = "saemes-cookies"
# The families `delete` writes; a fix in any other store cannot be run.
WRITABLE = (Family.CHROMIUM, Family.FIREFOX)

# Longer lines (hundreds of cookies in one fix) are not offered: `--finding` says it shorter.
MAX_LINE = 2000

# A row of a store, whichever store entry it was read through (`--store X --store X` reads
# one file twice, under two store ids).
Row = tuple[str, object]


def row_of(cookie: Cookie) -> Row:
    return (str(cookie.store.ref.path), cookie.raw.key)


def matches(cookie: Cookie, names: Collection[str], hosts: Collection[str]) -> bool:
    """`--name` and `--host` together: an AND of the two, each an OR of its values (exact)."""
    return (not names or cookie.raw.name in names) and (not hosts or cookie.raw.host in hosts)


def fix_ids(findings: Iterable[Finding], code: str) -> set[str]:
    """The cookie ids every finding with this code would delete (`delete --finding CODE`)."""
    return {cookie for f in findings if f.code == code for cookie in f.fix_cookies}


def fix_commands(
    findings: Sequence[Finding],
    cookies: Sequence[Cookie],
    site: str = DEFAULT_SITE,
    demo: bool = False,
) -> list[str | None]:
    """For each finding, the exact `delete` line of its fix, or None (see `fix_command`)."""
    by_id = {cookie.id: cookie for cookie in cookies}
    return [fix_command(finding, findings, cookies, by_id, site, demo) for finding in findings]


def fix_command(
    finding: Finding,
    findings: Sequence[Finding],
    cookies: Sequence[Cookie],
    by_id: Mapping[str, Cookie],
    site: str = DEFAULT_SITE,
    demo: bool = False,
) -> str | None:
    """The shortest exact line among, in this order:

    1. `--store P... --name N... --host H...` (what goes is readable in the line itself);
    2. `--store P... --finding CODE` (the fix, as the finding will say it when run again);
    3. `--store P... --finding CODE --name N... --host H...` (when findings share the code).

    `--store` always names the fix's stores: without it the line would reach every profile
    of the machine, and those a scan with `--store` or `--browser` did not read. A portal other
    than the default is named with `--site` first, or the line would read the default's hosts.
    A line is offered only when every part of it shows as it is (no control or invisible
    character that would make the line on screen differ from the line pasted) and, run on those
    stores, it picks exactly the fix's rows. None when there is no such line.

    On a demo home (`demo`), whose paths are gone once its command ends, `--demo --browser
    NAME...` stands for `--store`: every demo home is built alike, so the line does the same
    fix on the next one (and is offered only when those browsers' stores pick exactly it).
    """
    fix = [by_id[i] for i in finding.fix_cookies if i in by_id]
    if not fix or len(fix) != len(finding.fix_cookies):
        return None
    if any(cookie.store.ref.family not in WRITABLE for cookie in fix):
        return None
    paths = list(dict.fromkeys(str(cookie.store.ref.path) for cookie in fix))
    wanted = {row_of(cookie) for cookie in fix}
    portal: list[tuple[str, str | None]] = [("--site", site)] if site != DEFAULT_SITE else []
    where: list[tuple[str, str | None]]
    if demo:
        browsers = sorted({cookie.store.ref.browser.lower() for cookie in fix})
        if not set(browsers) <= set(BROWSER_NAMES):
            return None
        where = [("--demo", None), *_each("--browser", browsers)]
        inside = [c for c in cookies if c.store.ref.browser.lower() in browsers]
    else:
        where = [*_each("--store", [_absolute(path) for path in paths])]
        inside = [cookie for cookie in cookies if str(cookie.store.ref.path) in paths]
    same_code = {row_of(by_id[i]) for i in fix_ids(findings, finding.code) if i in by_id}
    of_code = [cookie for cookie in inside if row_of(cookie) in same_code]
    names = sorted({cookie.raw.name for cookie in fix})
    hosts = sorted({cookie.raw.host for cookie in fix})
    by_cookie = [*_each("--name", names), *_each("--host", hosts)]
    by_finding = [("--finding", finding.code)]
    for options, pool, narrow in (
        (by_cookie, inside, True),
        (by_finding, of_code, False),
        ([*by_finding, *by_cookie], of_code, True),
    ):
        picked = {row_of(c) for c in pool if not narrow or matches(c, names, hosts)}
        if picked != wanted:
            continue
        line = _line([*portal, *where, *options])
        if line is not None:
            return line
    return None


def _each(option: str, values: Iterable[str]) -> list[tuple[str, str | None]]:
    return [(option, value) for value in values]


def _absolute(path: str) -> str:
    return str(Path(path).absolute())


def _shows_as_is(text: str) -> bool:
    return bool(text) and printable(text, len(text)) == text


def _line(options: Sequence[tuple[str, str | None]]) -> str | None:
    """The line; an option whose value is None is a flag (`--demo`)."""
    parts = [PROGRAM, "delete"]
    for option, value in options:
        if value is None:
            parts.append(option)
            continue
        if not _shows_as_is(value):
            return None
        # `--name=-x`: a value starting with "-" would otherwise be read as an option.
        if value.startswith("-"):
            parts.append(f"{option}={shlex.quote(value)}")
        else:
            parts.extend((option, shlex.quote(value)))
    line = " ".join(parts)
    return line if len(line) <= MAX_LINE else None
