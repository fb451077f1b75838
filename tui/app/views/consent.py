"""The consent tab's texts: each consent cookie's choices, when they were made, and what was
understood of it; no textual here.

A consent cookie is shown only through its decoded Consent (the known keys, their yes/no
answers, the time of the choice, and every other item as its length), never through its value.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from rich.console import Group, RenderableType
from rich.text import Text

from tui.app.views.grid import label_grid
from tui.consent import CHOICE_KEYS, CONSENT_MAX_MONTHS, choice_is_old
from tui.humanize import span
from tui.model import Consent, ConsentCookie, Cookie, Inspection, RawCookie
from tui.texts import Lang, tr
from tui.textsafe import printable

# Proper names of the trackers behind the consent keys; functional_cookies is translated.
TRACKER_NAMES = {
    "ga": "Google Analytics",
    "matomo": "Matomo",
    "xiti": "AT Internet (XiTi)",
    "at": "AT Internet (SmartTag)",
    "piano": "Piano Analytics",
    "eulerian": "Eulerian",
}
# The shapes the consent decoder names (tui/consent.py); a report may name others.
SHAPE_TEXT = {
    "url-encoded JSON": "shape.url-encoded JSON",
    "JSON": "shape.JSON",
    "key=value pairs": "shape.key=value pairs",
    "text": "shape.text",
    "empty": "shape.empty",
}


def when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def tracker_name(key: str, lang: Lang) -> str:
    if key == "functional_cookies":
        return tr(lang, "tracker.functional_cookies")
    return TRACKER_NAMES.get(key, key)


def where(cookie: Cookie, lang: Lang) -> str:
    """Store and host, then container and partition when the cookie has them."""
    raw = cookie.raw
    shown = f"{printable(cookie.store.id, 80)} · {printable(raw.host)}"
    if raw.container:
        shown += " · " + tr(lang, "d.container", value=printable(raw.container_label(lang), 40))
    if raw.partition:
        shown += " · " + tr(lang, "d.partition", value=printable(raw.partition, 80))
    return shown


def consent_page(
    consents: Sequence[ConsentCookie], inspection: Inspection, lang: Lang, now: datetime
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


def _consent(record: ConsentCookie, lang: Lang, now: datetime) -> RenderableType:
    grid = label_grid()

    def row(label: str, value: Text) -> None:
        grid.add_row(Text("  " + tr(lang, label)), value)

    row("c.chosen", _chosen(record, lang, now))
    consent = record.consent
    if consent is None:
        reason = printable(_unavailable(record.cookie.raw, lang), 200)
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


def other_items(consent: Consent, lang: Lang) -> Text:
    """The items not understood: how many, each as its length only (never a key name)."""
    if not consent.other_count:
        return Text(tr(lang, "c.nothing"))
    shown = ", ".join(printable(item, 40) for item in consent.other)
    hidden = consent.other_count - len(consent.other)
    if hidden > 0:
        shown += f", … (+{hidden})"
    return Text(tr(lang, "c.other", count=consent.other_count, items=shown), style="yellow")


def shape_name(shape: str, lang: Lang) -> str:
    """The decoder's name for the value's shape, in `lang` when it is one the decoder uses."""
    key = SHAPE_TEXT.get(shape)
    return tr(lang, key) if key is not None else printable(shape, 60)


def _chosen(record: ConsentCookie, lang: Lang, now: datetime) -> Text:
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


def _choices(choices: Sequence[tuple[str, bool]], lang: Lang) -> Text:
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


def _unavailable(raw: RawCookie, lang: Lang) -> str:
    return raw.unavailable.text(lang) if raw.unavailable is not None else ""
