"""What only a report opened with `open` shows: its banner, and a value's length and hash in
place of the value; no textual here. The report is a person's file: its text is untrusted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from tui.app.views.consent import when
from tui.model import Cookie
from tui.texts import Lang, tr
from tui.textsafe import printable

if TYPE_CHECKING:
    from tui.report import LoadedReport


def banner(report: LoadedReport, catalog_version: str, lang: Lang) -> Text:
    """When the report was made, and its file; it is read-only. Never whose it is: a report
    written before reports left the account name out still holds one, not shown."""
    made = when(report.made_at) if report.made_at else tr(lang, "report.unknown-date")
    file = printable(report.path.name, 80)
    key = "report.banner.recording" if report.recording is not None else "report.banner"
    line = tr(lang, key, made=made, file=file)
    if report.catalog_version != catalog_version:
        line += tr(
            lang,
            "report.catalog",
            theirs=printable(report.catalog_version, 40),
            ours=printable(catalog_version, 40),
        )
    return Text(line)


def value_line(cookie: Cookie, value_hash: str | None, lang: Lang, recorded: bool = False) -> Text:
    """The value line of a cookie from a report: its length and hash, never the value. A
    recording holds no hash (the watch keeps none it could write): only the length."""
    raw = cookie.raw
    if recorded and raw.unavailable is None and raw.value_length is not None:
        return Text(tr(lang, "report.value.recording", length=raw.value_length), style="dim")
    if value_hash is None or raw.value_length is None:
        unread = raw.unavailable.text(lang) if raw.unavailable is not None else ""
        reason = printable(unread, 200)
        return Text(tr(lang, "report.value.unread", reason=reason), style="yellow")
    text = Text(
        tr(lang, "report.value", length=raw.value_length, hash=printable(value_hash, 40)),
        style="dim",
    )
    text.append(f"\n{tr(lang, 'report.value.same')}", style="dim")
    return text
