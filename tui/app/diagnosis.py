"""Findings, consent choices and a report's banner as rich Text; no textual here.

Finding messages come from the domain or from a report (untrusted JSON): each passes through
`printable` into Text objects, which nothing parses as markup. A consent cookie is shown only
through its decoded Consent (the known keys, their yes/no answers, the time of the choice, and
every other item as its length), never through its value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tui.app.view import short_source
from tui.consent import CHOICE_KEYS, CONSENT_MAX_MONTHS, choice_is_old
from tui.findings import ERROR, INFO, SEVERITIES, WARNING
from tui.humanize import span
from tui.model import Consent, ConsentCookie, Cookie, Finding, Inspection, Store, cookie_id
from tui.texts import has_text, tr
from tui.textsafe import printable

if TYPE_CHECKING:
    from tui.report import LoadedReport

SEVERITY_STYLE = {
    ERROR: "bold #FFFFFF on #C62828",
    WARNING: "bold #000000 on #F2C14E",
    INFO: "bold #FFFFFF on #2F7FC1",
}
# The finding whose fix the app offers as an action.
PARENT_COPY_FIX = "duplicate-scope"
MESSAGE_LIMIT = 800
COOKIES_SHOWN = 12
# Proper names of the trackers behind the consent keys; functional_cookies is translated.
TRACKER_NAMES = {
    "ga": "Google Analytics",
    "matomo": "Matomo",
    "xiti": "AT Internet (XiTi)",
    "at": "AT Internet (SmartTag)",
    "piano": "Piano Analytics",
    "eulerian": "Eulerian",
}


def when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _grid() -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    return grid


# --- findings ------------------------------------------------------------------------------


def severity_badge(severity: str, lang: str) -> Text:
    """The severity as a coloured word, padded so that badges line up."""
    width = max(len(tr(lang, f"sev.{key}")) for key in SEVERITIES)
    if severity in SEVERITIES:
        word, style = tr(lang, f"sev.{severity}"), SEVERITY_STYLE[severity]
    else:
        # A report may carry a severity this version does not know.
        word, style = printable(severity, 20), SEVERITY_STYLE[INFO]
    # Appended rather than given as the Text's style, which would colour what follows too.
    return Text().append(f" {word.ljust(width)} ", style=style)


def message(finding: Finding, lang: str) -> str:
    return printable(finding.message.get(lang) or finding.message.get("en") or "", MESSAGE_LIMIT)


def fix_text(finding: Finding, lang: str) -> str | None:
    if not finding.fix:
        return None
    return printable(finding.fix.get(lang) or finding.fix.get("en") or "", MESSAGE_LIMIT)


def finding_line(finding: Finding, lang: str) -> Text:
    """One entry of the findings list: the severity badge and the message (the list's style
    keeps it to one line)."""
    line = severity_badge(finding.severity, lang)
    line.append(" ")
    line.append(message(finding, lang))
    return line


def offers_parent_delete(finding: Finding) -> bool:
    """The finding's fix is "delete the parent-domain copy", which the app can carry out."""
    return finding.code == PARENT_COPY_FIX and bool(finding.fix_cookies)


def finding_detail(
    finding: Finding,
    cookies: Mapping[str, Cookie],
    stores: Sequence[Store],
    lang: str,
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
    finding: Finding, cookies: Mapping[str, Cookie], stores: Sequence[Store], lang: str
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
        deleted = cookie_id(cookie) in going
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


# --- consent -------------------------------------------------------------------------------


def tracker_name(key: str, lang: str) -> str:
    if key == "functional_cookies":
        return tr(lang, "tracker.functional_cookies")
    return TRACKER_NAMES.get(key, key)


def where(cookie: Cookie, lang: str) -> str:
    """Store and host, then container and partition when the cookie has them."""
    raw = cookie.raw
    shown = f"{printable(cookie.store.id, 80)} · {printable(raw.host)}"
    if raw.container:
        shown += " · " + tr(lang, "d.container", value=printable(raw.container_label(lang), 40))
    if raw.partition:
        shown += " · " + tr(lang, "d.partition", value=printable(raw.partition, 80))
    return shown


def consent_page(
    consents: Sequence[ConsentCookie], inspection: Inspection, lang: str, now: datetime
) -> RenderableType:
    """Each consent cookie's choices, when they were made, and what was understood of it."""
    parts: list[RenderableType] = []
    if consents:
        parts += [Text(tr(lang, "c.caveat"), style="italic yellow"), Text("")]
    else:
        parts += [Text(tr(lang, "c.none"), style="bold"), Text("")]
    for record in consents:
        parts += [
            Text(where(record.cookie, lang), style="bold"),
            _consent(record, lang, now),
            Text(""),
        ]
    holding = {record.cookie.store.id for record in consents}
    without = list(
        dict.fromkeys(
            printable(cookie.store.id, 80)
            for cookie in inspection.cookies
            if cookie.store.id not in holding
        )
    )
    if without and consents:
        parts += [Text(tr(lang, "c.without", stores=", ".join(without)), style="yellow"), Text("")]
    parts += [Text(tr(lang, "c.how"), style="bold"), Text(tr(lang, "c.how.text"), style="dim")]
    return Group(*parts)


def _consent(record: ConsentCookie, lang: str, now: datetime) -> RenderableType:
    grid = _grid()

    def row(label: str, value: Text) -> None:
        grid.add_row(Text("  " + tr(lang, label)), value)

    row("c.chosen", _chosen(record, lang, now))
    consent = record.consent
    if consent is None:
        reason = printable(record.cookie.raw.value_status.removeprefix("unavailable: "), 200)
        row("c.choices", Text(tr(lang, "c.unreadable", reason=reason), style="yellow"))
        return grid
    if consent.recognised:
        row("c.choices", _choices(consent.choices, lang))
        unstated = [key for key in CHOICE_KEYS if consent.choice(key) is None]
        if unstated:
            row(
                "c.not-stated",
                Text(tr(lang, "c.not-stated.text", keys=", ".join(unstated)), style="dim"),
            )
    row("c.understood", Text(", ".join(consent.understood) or tr(lang, "c.nothing")))
    row("c.not-understood", other_items(consent, lang))
    row("c.format", Text(shape_name(consent.shape, lang)))
    if consent.recognised:
        return grid
    return Group(grid, Text("  " + tr(lang, "c.unrecognised"), style="yellow"))


def other_items(consent: Consent, lang: str) -> Text:
    """The items not understood: how many, each as its length only (never a key name)."""
    if not consent.other_count:
        return Text(tr(lang, "c.nothing"))
    shown = ", ".join(printable(item, 40) for item in consent.other)
    hidden = consent.other_count - len(consent.other)
    if hidden > 0:
        shown += f", … (+{hidden})"
    return Text(tr(lang, "c.other", count=consent.other_count, items=shown), style="yellow")


def shape_name(shape: str, lang: str) -> str:
    """The decoder's name for the value's shape, in `lang` when it is one the decoder uses."""
    key = f"shape.{shape}"
    return tr(lang, key) if has_text(key) else printable(shape, 60)


def _chosen(record: ConsentCookie, lang: str, now: datetime) -> Text:
    chosen = record.chosen_at
    if chosen is None:
        return Text(tr(lang, "c.unknown-time"), style="dim")
    seconds = (now - chosen).total_seconds()
    ago = tr(lang, "c.ago" if seconds >= 0 else "c.ahead", span=span(seconds))
    text = Text(f"{when(chosen)} · {ago}")
    if choice_is_old(chosen, now):
        text.append(" · ")
        text.append(tr(lang, "c.old", months=CONSENT_MAX_MONTHS), style="bold yellow")
    consent = record.consent
    if consent is None or consent.timestamp is None:
        text.append(f" ({tr(lang, 'c.from-created')})", style="dim")
    return text


def _choices(choices: Sequence[tuple[str, bool]], lang: str) -> Text:
    text = Text()
    width = max(len(tr(lang, "c.accepted")), len(tr(lang, "c.refused")))
    for index, (key, allowed) in enumerate(choices):
        if index:
            text.append("\n")
        if allowed:
            text.append(f"✓ {tr(lang, 'c.accepted').ljust(width)}", style="bold green")
        else:
            text.append(f"✗ {tr(lang, 'c.refused').ljust(width)}", style="bold red")
        text.append(f"  {tracker_name(key, lang)} ")
        text.append(f"({printable(key, 60)})", style="dim")
    return text


# --- a report opened with `open` -----------------------------------------------------------


def banner(report: LoadedReport, catalog_version: str, lang: str) -> Text:
    """Whose report it is and when it was made; it is read-only."""
    made = when(report.made_at) if report.made_at else tr(lang, "report.unknown-date")
    file = printable(report.path.name, 80)
    if report.user:
        line = tr(lang, "report.banner", user=printable(report.user, 60), made=made, file=file)
    else:
        line = tr(lang, "report.banner.anonymous", made=made, file=file)
    if report.catalog_version != catalog_version:
        line += tr(
            lang,
            "report.catalog",
            theirs=printable(report.catalog_version, 40),
            ours=printable(catalog_version, 40),
        )
    return Text(line)


def report_value(cookie: Cookie, value_hash: str | None, lang: str) -> Text:
    """The value line of a cookie from a report: its length and hash, never the value."""
    raw = cookie.raw
    if value_hash is None or raw.value_length is None:
        reason = printable(raw.value_status.removeprefix("unavailable: "), 200)
        return Text(tr(lang, "report.value.unread", reason=reason), style="yellow")
    text = Text(
        tr(lang, "report.value", length=raw.value_length, hash=printable(value_hash, 40)),
        style="dim",
    )
    text.append(f"\n{tr(lang, 'report.value.same')}", style="dim")
    return text
