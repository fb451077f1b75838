"""A Change as one line of text, or one JSON object, in the person's language. Never a value:
only names, hosts, paths, store ids, the category, the consent judgement and times.

Everything taken from a store (names, hosts, paths, partitions, container names, store ids) is
passed through `printable` in the text line; the JSON keeps it exact, as `scan --json` does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tui.catalog import Catalog
from tui.findings.common import where
from tui.present.labels import category_label, flags
from tui.texts import Lang, tr
from tui.textsafe import printable
from tui.times import iso
from tui.watch.judge import ALLOWED, NO_CHOICE, NOT_SUBJECT, REFUSED, UNREADABLE
from tui.watch.rows import ADDED, CHANGED, EXPIRY, FLAGS, REMOVED, VALUE
from tui.watch.watcher import Change

# The words of each change, part of a change and judgement (also the Markdown recording's).
KINDS = {ADDED: "watch.added", REMOVED: "watch.removed", CHANGED: "watch.changed"}
WHAT = {VALUE: "watch.what.value", EXPIRY: "watch.what.expiry", FLAGS: "watch.what.flags"}
JUDGEMENTS = {
    ALLOWED: "watch.allowed",
    REFUSED: "watch.refused",
    NO_CHOICE: "watch.no-choice",
    NOT_SUBJECT: "watch.not-subject",
    UNREADABLE: "watch.unreadable",
}


def change_words(change: Change, lang: Lang) -> str:
    """ "added", "removed", "changed: value, expiry"."""
    if change.kind != CHANGED:
        return tr(lang, KINDS[change.kind])
    what = ", ".join(tr(lang, WHAT[item]) for item in change.what)
    return tr(lang, "watch.changed", what=what)


def judgement_words(change: Change, lang: Lang) -> str:
    keys = "/".join(change.consent_keys)
    return tr(lang, JUDGEMENTS[change.judgement], keys=keys)


def text_line(catalog: Catalog, change: Change, lang: Lang, at: datetime | None = None) -> str:
    """`12:03:04  Firefox/default-esr  added  _ga on .saemes.fr /  Statistical  refused by
    your choice (ga)  CONSENT VIOLATION`; the time in local time (`at` overrides it)."""
    raw = change.cookie.raw
    moment = (at or change.at).astimezone()
    line = tr(
        lang,
        "watch.line",
        time=moment.strftime("%H:%M:%S"),
        where=where(change.cookie),
        change=change_words(change, lang),
        cookie=tr(
            lang,
            "watch.cookie",
            name=printable(raw.name, 60),
            host=printable(raw.host, 80),
            path=printable(raw.path, 60),
        ),
        category=category_label(catalog, change.category, lang),
        judgement=judgement_words(change, lang),
    )
    if change.violation:
        line = tr(lang, "watch.violation", line=line)
    return line


def json_line(change: Change, lang: Lang) -> dict[str, Any]:
    """One change as the JSON object `watch --json` prints on a line of its own."""
    cookie, raw = change.cookie, change.cookie.raw
    before = change.before.raw if change.before is not None else None
    return {
        "time": iso(change.at),
        "store": cookie.store.id,
        "browser": cookie.store.ref.browser,
        "profile": cookie.store.ref.profile,
        "change": change.kind,
        "what": list(change.what),
        "id": cookie.id,
        "host": raw.host,
        "name": raw.name,
        "path": raw.path,
        "partition": raw.partition or None,
        "container": raw.container or None,
        "container_name": raw.container_name.get(lang) if raw.container_name else None,
        "category": change.category,
        "catalog_id": cookie.entry_id,
        "judgement": change.judgement,
        "consent_keys": list(change.consent_keys),
        "violation": change.violation,
        "expires": iso(raw.expires),
        "expires_before": iso(before.expires) if before is not None else None,
        "flags": flags(raw.secure, raw.http_only, raw.same_site, raw.partitioned),
        "flags_before": (
            flags(before.secure, before.http_only, before.same_site, before.partitioned)
            if before
            else None
        ),
        "value_length": raw.value_length,
    }
