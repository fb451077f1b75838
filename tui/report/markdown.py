"""A report document as Markdown, to paste into a ticket: rendered from the JSON document only,
so it can never hold more than the JSON does, in the document's language. Untrusted text is
made inert (control characters escaped, markup characters escaped or in code spans)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tui.model import RowNote
from tui.present.labels import flags, notes_text
from tui.texts import LANGS, Lang, as_lang, tr
from tui.textsafe import printable
from tui.watch import CHANGED
from tui.watch.lines import JUDGEMENTS, KINDS, WHAT

_MD_SPECIAL = str.maketrans({char: "\\" + char for char in "\\`*_[]<>|#~"})


def md_text(text: object) -> str:
    """Untrusted text as inert Markdown: control characters escaped, markup characters too."""
    return printable(str(text), 300).translate(_MD_SPECIAL)


def md_code(text: object) -> str:
    """Untrusted text as a code span that no backtick or pipe inside can break."""
    return _code_span(printable(str(text), 120).replace("|", "\\|"))


def _code_span(shown: str) -> str:
    run = longest = 0
    for char in shown:
        run = run + 1 if char == "`" else 0
        longest = max(longest, run)
    fence = "`" * (longest + 1)
    pad = " " if shown.startswith("`") or shown.endswith("`") or not shown else ""
    return f"{fence}{pad}{shown}{pad}{fence}"


def md_command(text: object) -> str:
    """A command line as a code span, whole (a shortened command would be another command)
    and with nothing escaped inside, so what is copied from the rendered page is the line.

    Control characters still become visible escapes: a fix command never holds one (it is
    not offered then), so only a hand-edited document could, and it must stay inert.
    """
    return _code_span(printable(str(text), 4000))


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(head: Sequence[str], rows: list[list[str]]) -> list[str]:
    return [_row(head), _row(["---"] * len(head)), *(_row(row) for row in rows)]


_STORE_HEADS = ("md.store", "md.path", "md.schema", "md.running", "md.error-or-note")
_COOKIE_HEADS = (
    "md.name",
    "md.host",
    "md.path",
    "md.category",
    "md.expires",
    "md.flags",
    "md.length",
    "md.hash",
)


def report_markdown(document: dict[str, Any]) -> str:
    """A readable version of a report document, in the document's language."""
    lang = as_lang(document.get("lang")) or LANGS[0]

    def word(key: str, **values: object) -> str:
        return tr(lang, key, **values)

    meta, env = document["report"], document["environment"]
    os_info = env["os"]
    made = word("md.made", made=md_text(meta["made_at"]))
    recording = document.get("recording")
    title = word("md.title.recording" if recording is not None else "md.title")
    lines = [
        f"# {title}: {md_text(document['site'])}",
        "",
        f"- {made}",
        f"- {word('md.tool')}: saemes-cookies {md_text(env['tool']['version'])}",
        f"- {word('md.catalog')}: {md_text(document['catalog']['version'])}",
        f"- {word('md.os')}: {md_text(os_info['system'])} {md_text(os_info['release'])} "
        f"({md_text(os_info['machine'])}), Python {md_text(env['python'])}",
        "",
    ]
    if recording is not None:
        lines += _md_recording(recording, lang)
    lines += [f"## {word('md.findings')} ({len(document['findings'])})", ""]
    for finding in document["findings"]:
        lines.append(
            f"- **{md_text(finding['severity']).upper()}** {md_code(finding['code'])}: "
            f"{md_text(finding['message'])}"
        )
        if finding.get("fix"):
            lines.append(f"  {word('md.fix')}: {md_text(finding['fix'])}")
        if finding.get("fix_command"):
            lines.append(f"  {word('md.command')}: {md_command(finding['fix_command'])}")
    if not document["findings"]:
        lines.append(word("md.none"))
    lines += ["", f"## {word('md.consent')}", ""]
    lines += _md_consent(document["consent"], lang) or [word("md.no-consent")]
    lines += ["", f"## {word('md.stores')}", ""]
    lines += _table(
        [word(key) for key in _STORE_HEADS],
        [
            [
                md_code(store["id"]),
                md_code(store["path"]),
                md_text(store["schema_version"] if store["schema_version"] is not None else "-"),
                word("yes") if store["running"] else word("no"),
                md_text(store["error"] or store["note"] or ""),
            ]
            for store in document["stores"]
        ],
    )
    heading = "md.cookies.end" if recording is not None else "md.cookies"
    lines += ["", f"## {word(heading)} ({len(document['cookies'])})"]
    lines += _md_cookies(document, lang)
    if recording is not None:
        start = recording["start"]
        lines += ["", f"## {word('md.cookies.start')} ({len(start['cookies'])})"]
        lines += _md_cookies(start, lang)
    lines += ["", f"## {word('md.searched')}", ""]
    lines += [f"- {md_code(place)}" for place in document["searched"]]
    lines += ["", "---", "", word("md.values"), ""]
    return "\n".join(lines)


def _md_cookies(document: dict[str, Any], lang: Lang) -> list[str]:
    """The cookies of one look at the stores, a table per store."""
    lines = []
    for store in document["stores"]:
        cookies = [c for c in document["cookies"] if c["store"] == store["id"]]
        if not cookies:
            continue
        lines += ["", f"### {md_text(store['id'])}", ""]
        lines += _table(
            [tr(lang, key) for key in _COOKIE_HEADS], [_md_cookie(c, lang) for c in cookies]
        )
        lines += _md_notes(cookies, lang)
    return lines


def _md_recording(recording: dict[str, Any], lang: Lang) -> list[str]:
    """When the watch ran, then each change as `watch` printed it: time (UTC), store, what
    changed, the cookie, its category and the consent judgement of that moment."""
    events = recording["events"]
    violations = sum(1 for event in events if event["violation"])
    lines = [
        f"## {tr(lang, 'md.recording')}",
        "",
        tr(
            lang,
            "md.recording.span",
            started=md_text(recording["started"]),
            stopped=md_text(recording["stopped"]),
            changes=len(events),
            violations=violations,
        ),
        "",
    ]
    for event in events:
        cookie = event["cookie"]
        kind = event["change"]
        # A hand-edited file may name what this version does not know: shown as written.
        if kind != CHANGED:
            change = tr(lang, KINDS[kind]) if kind in KINDS else md_text(kind)
        else:
            what = ", ".join(tr(lang, WHAT[w]) if w in WHAT else md_text(w) for w in event["what"])
            change = tr(lang, "watch.changed", what=what)
        judgement = event["judgement"]
        keys = md_text("/".join(event["consent_keys"]))
        said = (
            tr(lang, JUDGEMENTS[judgement], keys=keys)
            if judgement in JUDGEMENTS
            else md_text(judgement)
        )
        line = (
            f"{event['number']}. {md_text(event['time'])} · {md_code(cookie['store'])} · "
            f"{change} · {md_code(cookie['name'])} ({md_code(cookie['host'])} "
            f"{md_code(cookie['path'])}) · {md_text(cookie['category'])} · {said}"
        )
        if event["violation"]:
            line += f" · **{tr(lang, 'md.violation')}**"
        lines.append(line)
    if not events:
        lines.append(tr(lang, "md.recording.none"))
    return [*lines, ""]


def _md_cookie(cookie: dict[str, Any], lang: Lang) -> list[str]:
    same_site = cookie["same_site"]
    partitioned = cookie.get("partitioned") is True
    shown = [md_text(flags(cookie["secure"], cookie["http_only"], same_site, partitioned))]
    if cookie.get("partition"):
        shown.append(f"partition={md_code(cookie['partition'])}")
    if cookie.get("container"):
        name = cookie.get("container_name")
        named = f" ({md_code(name)})" if name else ""
        shown.append(f"container={md_code(cookie['container'])}{named}")
    length = cookie["value_length"]
    return [
        md_code(cookie["name"]),
        md_code(cookie["host"]),
        md_code(cookie["path"]),
        md_text(cookie["category"]),
        md_text(cookie["expires"] or _no_expiry(cookie, lang)),
        " ".join(part for part in shown if part),
        md_text(length if length is not None else "-"),
        md_code(cookie["value_hash"])
        if cookie.get("value_hash")
        else md_text(tr(lang, "md.unreadable")),
    ]


def _row_notes(cookie: dict[str, Any]) -> list[RowNote]:
    return [RowNote(note["field"], note["problem"]) for note in cookie.get("notes") or ()]


def _no_expiry(cookie: dict[str, Any], lang: Lang) -> str:
    unreadable = RowNote("expires", "unreadable") in _row_notes(cookie)
    return tr(lang, "expiry.unreadable" if unreadable else "time.session")


def _md_notes(cookies: list[dict[str, Any]], lang: Lang) -> list[str]:
    """What could not be read of some rows, below their store's table."""
    noted = [(cookie, _row_notes(cookie)) for cookie in cookies]
    lines = [
        f"- {md_code(cookie['name'])} ({md_code(cookie['host'])}): "
        + md_text(notes_text(notes, lang))
        for cookie, notes in noted
        if notes
    ]
    return ["", f"{tr(lang, 'md.notes')}:", "", *lines] if lines else []


def _md_consent(records: list[dict[str, Any]], lang: Lang) -> list[str]:
    lines = []
    for record in records:
        head = f"- {md_code(record['store'])} ({md_code(record['host'])})"
        if not record["readable"]:
            lines.append(f"{head}: {tr(lang, 'md.unreadable')}")
            continue
        choices = ", ".join(
            f"{md_code(key)} {tr(lang, 'c.accepted' if allowed else 'c.refused')}"
            for key, allowed in record["choices"].items()
        )
        chosen = tr(lang, "md.chosen", at=md_text(record["chosen_at"] or "-"))
        lines.append(f"{head}: {choices or '-'}; {chosen}")
        # Items not understood are already lengths ("<text, N chars>"), never key names.
        other = ", ".join(md_text(item) for item in record.get("other") or ())
        understood = ", ".join(md_code(k) for k in record["understood_keys"]) or "-"
        lines.append(
            "  "
            + tr(
                lang,
                "md.consent-read",
                shape=md_text(record["shape"]),
                understood=understood,
                other=md_text(record.get("other_count") or 0),
            )
            + (f" ({other})" if other else "")
        )
    return lines
