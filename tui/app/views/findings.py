"""The findings tab's texts: each finding as a line of the list and in full; no textual here.

Finding messages come from the domain or from a report (untrusted JSON): each passes through
`printable` into Text objects, which nothing parses as markup.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tui.app.views.rows import short_source
from tui.findings import ERROR, INFO, SEVERITIES, WARNING
from tui.model import Cookie, Finding, Store
from tui.texts import Lang, tr
from tui.textsafe import printable

SEVERITY_STYLE = {
    ERROR: "bold #FFFFFF on #C62828",
    WARNING: "bold #000000 on #F2C14E",
    INFO: "bold #FFFFFF on #2F7FC1",
}
SEVERITY_TEXT = {ERROR: "sev.error", WARNING: "sev.warning", INFO: "sev.info"}
# The finding whose fix the app offers as an action.
PARENT_COPY_FIX = "duplicate-scope"
MESSAGE_LIMIT = 800
COOKIES_SHOWN = 12


def severity_badge(severity: str, lang: Lang) -> Text:
    """The severity as a coloured word, padded so that badges line up."""
    width = max(len(tr(lang, SEVERITY_TEXT[key])) for key in SEVERITIES)
    if severity in SEVERITIES:
        word, style = tr(lang, SEVERITY_TEXT[severity]), SEVERITY_STYLE[severity]
    else:
        # A report may carry a severity this version does not know.
        word, style = printable(severity, 20), SEVERITY_STYLE[INFO]
    # Appended rather than given as the Text's style, which would colour what follows too.
    return Text().append(f" {word.ljust(width)} ", style=style)


def message(finding: Finding, lang: Lang) -> str:
    return printable(finding.message.get(lang) or finding.message.get("en") or "", MESSAGE_LIMIT)


def fix_text(finding: Finding, lang: Lang) -> str | None:
    if not finding.fix:
        return None
    return printable(finding.fix.get(lang) or finding.fix.get("en") or "", MESSAGE_LIMIT)


# The finding's code as the narrow list shows it, at most this long (codes are short words).
CODE_LIMIT = 40


def finding_line(finding: Finding, lang: Lang, brief: bool = False) -> Table:
    """One entry of the findings list: the severity badge, and beside it the whole message,
    wrapped under itself (never cut: the list is as wide as half the screen). `brief` (a
    narrow screen): the code instead, one line; the detail beside it has the message."""
    line = Table.grid(padding=(0, 1, 0, 0), expand=True)
    badge = severity_badge(finding.severity, lang)
    line.add_column(no_wrap=True, min_width=badge.cell_len)
    if brief:
        line.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        line.add_row(badge, Text(printable(finding.code, CODE_LIMIT)))
        return line
    line.add_column(ratio=1, overflow="fold")
    line.add_row(badge, Text(message(finding, lang)))
    return line


def offers_parent_delete(finding: Finding) -> bool:
    """The finding's fix is "delete the parent-domain copy", which the app can carry out."""
    return finding.code == PARENT_COPY_FIX and bool(finding.fix_cookies)


def finding_detail(
    finding: Finding,
    cookies: Mapping[str, Cookie],
    stores: Sequence[Store],
    lang: Lang,
    read_only: bool,
) -> RenderableType:
    """A finding in full: message, the cookies involved, the fix and what can be done here."""
    title = severity_badge(finding.severity, lang)
    title.append("  ")
    title.append(printable(finding.code, 60), style="dim")
    parts: list[RenderableType] = [title, Text(message(finding, lang)), Text("")]
    parts.append(Text(tr(lang, "f.cookies"), style="bold"))
    parts.append(_involved(finding, cookies, stores, lang))
    fix = fix_text(finding, lang)
    if fix:
        parts += [Text(""), Text(tr(lang, "f.fix"), style="bold"), Text(fix)]
    if offers_parent_delete(finding):
        if read_only:
            parts.append(Text(tr(lang, "read-only"), style="yellow"))
        else:
            parts.append(Text(tr(lang, "f.action.parent"), style="bold cyan"))
    if finding.cookies:
        parts += [Text(""), Text(tr(lang, "f.show"), style="dim")]
    return Group(*parts)


def _involved(
    finding: Finding, cookies: Mapping[str, Cookie], stores: Sequence[Store], lang: Lang
) -> RenderableType:
    found = [cookies[key] for key in finding.cookies if key in cookies]
    if not finding.cookies:
        return Text("  " + tr(lang, "f.no-cookies"), style="dim")
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    going = set(finding.fix_cookies) if offers_parent_delete(finding) else set()
    for cookie in found[:COOKIES_SHOWN]:
        deleted = cookie.id in going
        name = Text().append("✗ " if deleted else "  ", style="bold yellow")
        name.append(printable(cookie.raw.name, 60), style="bold")
        grid.add_row(
            name,
            Text(printable(cookie.raw.host), style="yellow" if deleted else ""),
            # As the table's profile column names it, so the two read alike.
            Text(short_source(cookie.store, stores), style="dim"),
        )
    parts: list[RenderableType] = [grid]
    if going:
        parts.append(Text("✗ " + tr(lang, "f.deleted-by-fix"), style="yellow"))
    hidden = len(finding.cookies) - min(len(found), COOKIES_SHOWN)
    if hidden:
        parts.append(Text("  " + tr(lang, "f.missing", count=hidden), style="dim"))
    return Group(*parts)
