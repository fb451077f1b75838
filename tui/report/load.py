"""A JSON report read back for `open`: untrusted input (whatever a user sent), read through
tui.jsonread so that every problem is one line naming where, and every time has a zone and a
representable range."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tui.consent import consent_from_json
from tui.jsonread import JsonError, Node, parse, read_text
from tui.model import (
    ConsentCookie,
    Cookie,
    Family,
    Finding,
    Inspection,
    RawCookie,
    RowNote,
    Store,
    StoreRef,
    key_from_json,
)
from tui.report.build import FORMAT, FORMAT_VERSION, RECORDING_FORMAT
from tui.texts import LANGS, Label, Lang, Problem, Said, as_lang, bilingual, literal, say
from tui.textsafe import printable
from tui.watch import ADDED, CHANGED, EXPIRY, FLAGS, REMOVED, VALUE, Change
from tui.watch.judge import JUDGEMENTS


class ReportError(Problem):
    """The file cannot be opened as a report; str() is the one line to show."""


@dataclass(frozen=True)
class Recording:
    """What only a recording holds: when it ran, the stores at its start, every change."""

    started: datetime
    stopped: datetime
    start: Inspection
    events: tuple[Change, ...]


@dataclass(frozen=True)
class LoadedReport:
    """A report read back: an Inspection without values, plus what only a report has."""

    path: Path
    made_at: datetime | None
    lang: Lang
    site: str
    catalog_version: str
    environment: dict[str, Any]
    # Its consents are those the report recorded (the values are not in a report).
    inspection: Inspection
    # cookie id -> the value's salted hash (None when the value could not be read).
    value_hashes: dict[str, str | None]
    # A recording (`watch -o`): its start and events; None for a report.
    recording: Recording | None = None


# The bounds of a time in a report. Nothing a browser stores is earlier than Chromium's epoch
# (1601-01-01, tui/stores/times.py). An expiry may be as late as datetime allows (stores say
# 9999-12-31 for "never"); a moment that has happened (made, created, last used) leaves a
# year of room below that end, since the app adds months to a creation time (the consent's
# age) and the addition must not overflow.
EARLIEST = datetime(1601, 1, 1, tzinfo=UTC)
LATEST_EXPIRY = datetime.max.replace(tzinfo=UTC)
LATEST_EVENT = datetime(9998, 1, 1, tzinfo=UTC)
_LABEL_LIMIT = 1000


def load_report(path: Path) -> LoadedReport:
    """A JSON report written by `report`, or a recording written by `watch -o`; raises
    ReportError with a one-line message."""
    label = printable(str(path), _LABEL_LIMIT)
    try:
        text = read_text(path)
        if text.lstrip().startswith("#"):
            raise JsonError(None, say("load.markdown"))
        # A report is whatever a user sent: errors name the kind of value found, not the value.
        return _load(path, Node(parse(text), show=False))
    except JsonError as exc:
        raise ReportError(say("file.at", file=label, reason=exc.said)) from None


def _load(path: Path, root: Node) -> LoadedReport:
    meta = root["report"]
    if meta.mapping().get("format") not in (FORMAT, RECORDING_FORMAT):
        raise JsonError("report.format", say("load.not-ours"))
    version = meta["version"].integer()
    if version > FORMAT_VERSION:
        raise meta["version"].fail(say("load.newer", version=version))
    hashes: dict[str, str | None] = {}
    inspection = _inspection(root, hashes)
    recorded = root.opt("recording")
    return LoadedReport(
        path=path,
        made_at=meta.opt_time("made_at", EARLIEST, LATEST_EVENT),
        lang=as_lang(root["lang"].string()) or LANGS[0],
        site=root["site"].string(),
        catalog_version=root["catalog"]["version"].string(),
        environment=root["environment"].mapping(),
        inspection=inspection,
        value_hashes=hashes,
        recording=_recording(recorded, inspection) if recorded is not None else None,
    )


def _inspection(root: Node, hashes: dict[str, str | None]) -> Inspection:
    """One look at the stores (a report's, or a recording's start): stores, cookies (their
    value hashes into `hashes`), consents, findings."""
    stores = [_store(item) for item in root["stores"].items()]
    by_store = {store.id: store for store in stores}
    cookies = []
    for item in root["cookies"].items():
        built = _cookie(item, by_store)
        hashes[built.id] = item.opt_string("value_hash")
        cookies.append(built)
    by_id = {c.id: c for c in cookies}

    def consent(item: Node) -> ConsentCookie:
        found = by_id.get(item["cookie"].string())
        if found is None:
            raise item["cookie"].fail(say("load.no-cookie"))
        try:
            decoded = consent_from_json(item.mapping())
        except (TypeError, ValueError, AttributeError):
            # consent_from_json reads its record loosely; a shape it trips on is refused.
            raise item.fail(say("load.bad-consent")) from None
        return ConsentCookie(found, decoded)

    consents = [consent(item) for item in root["consent"].items()]
    findings = [_finding(item) for item in root["findings"].items()]
    return Inspection(
        tuple(stores),
        tuple(cookies),
        tuple(findings),
        tuple(_strings(root["searched"])),
        tuple(consents),
    )


def _cookie(item: Node, by_store: dict[str, Store]) -> Cookie:
    store = by_store.get(item["store"].string())
    if store is None:
        raise item["store"].fail(say("load.no-store"))
    return Cookie(store, _raw(item), item["category"].string(), item.opt_string("catalog_id"))


def _recording(node: Node, end: Inspection) -> Recording:
    """A recording's start and its events; an event's cookie is in a store of the end."""
    start = _inspection(node["start"], {})
    # The end's stores win: an event is shown against the stores as they ended.
    by_store = {store.id: store for store in (*start.stores, *end.stores)}

    def event(item: Node) -> Change:
        kind = item["change"].string()
        if kind not in (ADDED, REMOVED, CHANGED):
            raise item["change"].fail(say("load.bad-event"))
        what = tuple(_strings(item["what"]))
        judgement = item["judgement"].string()
        if any(w not in (VALUE, EXPIRY, FLAGS) for w in what) or judgement not in JUDGEMENTS:
            raise item.fail(say("load.bad-event"))
        before = item.opt("before")
        return Change(
            at=item["time"].time(EARLIEST, LATEST_EVENT),
            kind=kind,
            what=what,
            cookie=_cookie(item["cookie"], by_store),
            before=_cookie(before, by_store) if before is not None else None,
            judgement=judgement,
            consent_keys=tuple(_strings(item["consent_keys"])),
            violation=item["violation"].boolean(),
        )

    return Recording(
        started=node["started"].time(EARLIEST, LATEST_EVENT),
        stopped=node["stopped"].time(EARLIEST, LATEST_EVENT),
        start=start,
        events=tuple(event(item) for item in node["events"].items()),
    )


def _store(item: Node) -> Store:
    try:
        kind = Family(item["family"].string())
    except ValueError:
        raise item["family"].fail(say("load.bad-family")) from None
    ref = StoreRef(
        item["browser"].string(),
        item["profile"].string(),
        kind,
        Path(item["path"].string()),
    )
    return Store(
        ref,
        schema_version=item.opt_integer("schema_version"),
        running=item["running"].boolean(),
        error=_said(item, "error"),
        note=_said(item, "note"),
        id=item["id"].string(),
    )


def _both(node: Node | None) -> Said | None:
    """A text the report keeps in both languages, said in either again."""
    if node is None:
        return None
    texts = _texts(node)
    return bilingual(texts["en"], texts["fr"])


def _said(item: Node, field: str) -> Said | None:
    # In both languages when the report has them; else its own words, in its language.
    texts = item.opt("texts")
    if texts is not None and texts.opt(field) is not None:
        return _both(texts.opt(field))
    text = item.opt_string(field)
    return literal(text) if text is not None else None


def _unavailable(item: Node) -> Said | None:
    """Why the value could not be read: None when "value_status" is "ok"."""
    if item["value_status"].string() == "ok":
        return None
    said = _both(item.opt("unavailable"))
    if said is not None:
        return said
    return literal(item["value_status"].string().removeprefix("unavailable: "))


def _raw(item: Node) -> RawCookie:
    key = []
    for pair in item["key"].items():
        key.append(_pair(pair))
    return RawCookie(
        host=item["host"].string(),
        name=item["name"].string(),
        path=item["path"].string(),
        expires=item.opt_time("expires", EARLIEST, LATEST_EXPIRY),
        created=item.opt_time("created", EARLIEST, LATEST_EVENT),
        last_access=item.opt_time("last_access", EARLIEST, LATEST_EVENT),
        secure=item["secure"].boolean(),
        http_only=item["http_only"].boolean(),
        same_site=item.opt_string("same_site"),
        partition=item.opt_string("partition") or "",
        container=item.opt_string("container") or "",
        key=tuple(key),
        value_length=item.opt_integer("value_length"),
        unavailable=_unavailable(item),
        value=None,
        notes=_notes(item),
        container_name=_label(item.opt_string("container_name")),
        # Reports made before the flag existed have no "partitioned": not set.
        partitioned=_partitioned(item),
    )


def _partitioned(item: Node) -> bool:
    # Reports made before the flag existed have no "partitioned": not set.
    node = item.opt("partitioned")
    return False if node is None else node.boolean()


def _pair(node: Node) -> tuple[str, object]:
    """One column of a row's key: [column, value], the value as `key_json` wrote it (a string,
    a whole number, or a tagged BLOB, non-UTF-8 text or infinity)."""
    pair = node.value
    if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)):
        raise node.fail(say("load.bad-key"))
    try:
        return pair[0], key_from_json(pair[1])
    except ValueError:
        raise node.fail(say("load.bad-key-value")) from None


def _label(name: str | None) -> Label | None:
    # A report holds the name in its own language only.
    return Label.same(printable(name, 80)) if name else None


def _notes(item: Node) -> tuple[RowNote, ...]:
    # Reports written before notes existed have none.
    notes = item.opt("notes")
    if notes is None:
        return ()
    return tuple(
        RowNote(note["field"].string(), note["problem"].string()) for note in notes.items()
    )


def _finding(item: Node) -> Finding:
    text = item["text"]
    fix = text.opt("fix")
    return Finding(
        code=item["code"].string(),
        severity=item["severity"].string(),
        message=_texts(text["message"]),
        cookies=tuple(_strings(item["cookies"])),
        fix=_texts(fix) if fix is not None else None,
        fix_cookies=tuple(_strings(item["fix_cookies"])),
        # Reports written before the field existed have none.
        fix_command=item.opt_string("fix_command"),
    )


def _texts(node: Node) -> dict[str, str]:
    return {lang: node[lang].string() for lang in ("en", "fr")}


def _strings(node: Node) -> list[str]:
    return [item.string() for item in node.items()]
