"""The redacted report a user sends to support, and loading it back for `open`.

The JSON report is the `scan --json` document plus the environment, with each cookie value
replaced by its length and a short salted hash. The salt is drawn anew for every report and
thrown away: support can tell whether two cookies of one report hold the same value, but
nobody can test a guess against a hash (a `django_language` of "fr" would fall to the first
try if the salt were written down), and hashes cannot be matched across reports. Findings
carry both languages, so a report made in French can be read in English. The Markdown form
is rendered from the JSON document, so it can never hold more than the JSON does.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
import platform
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tui import __version__
from tui.catalog import Catalog
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
    cookie_id,
    key_from_json,
    key_json,
)
from tui.present.labels import notes_text
from tui.present.scan_json import scan_json
from tui.texts import Label, Said, bilingual, literal
from tui.textsafe import printable
from tui.times import iso

FORMAT = "saemes-cookies report"
FORMAT_VERSION = 1
HASH_CHARS = 12
HASH_METHOD = (
    f"HMAC-SHA256 keyed with a random salt that is not kept, first {HASH_CHARS} hex digits"
)


class ReportError(Exception):
    """The file cannot be opened as a report; str() is the one line to show."""


def new_salt() -> str:
    return secrets.token_hex(16)


def value_hash(salt: str, value: str) -> str:
    digest = hmac.new(
        bytes.fromhex(salt), value.encode("utf-8", "surrogatepass"), hashlib.sha256
    ).hexdigest()
    return digest[:HASH_CHARS]


def environment(catalog: Catalog, inspection: Inspection) -> dict[str, Any]:
    """What support needs to know about the machine: OS, browsers and profiles, versions."""
    browsers: dict[str, list[str]] = {}
    for store in inspection.stores:
        browsers.setdefault(store.ref.browser, []).append(store.ref.profile)
    return {
        "os": {
            "system": platform.system(),
            "release": platform.release(),
            "machine": platform.machine(),
        },
        "python": platform.python_version(),
        "tool": {"name": "saemes-cookies", "version": __version__},
        "catalog": {"version": catalog.version, "site": catalog.site},
        "browsers": [
            {"browser": browser, "profiles": profiles} for browser, profiles in browsers.items()
        ],
    }


def _user() -> str | None:
    try:
        return getpass.getuser()
    except Exception:
        return None


def build_report(
    catalog: Catalog,
    inspection: Inspection,
    lang: str,
    now: datetime,
    salt: str | None = None,
    user: str | None = None,
) -> dict[str, Any]:
    """The report document. `user` defaults to the login name (store paths show it anyway)."""
    salt = salt or new_salt()
    document = scan_json(catalog, inspection, lang)
    for cookie, shown in zip(inspection.cookies, document["cookies"], strict=True):
        value = cookie.raw.value
        shown["value_hash"] = value_hash(salt, value) if value is not None else None
        shown["key"] = [[column, key_json(key_value)] for column, key_value in cookie.raw.key]
        # Said in both languages, as findings are, so the report reads the same in either.
        unavailable = cookie.raw.unavailable
        shown["unavailable"] = unavailable.both() if unavailable is not None else None
    for store, shown in zip(inspection.stores, document["stores"], strict=True):
        shown["texts"] = {
            "error": store.error.both() if store.error is not None else None,
            "note": store.note.both() if store.note is not None else None,
        }
    for finding, shown in zip(inspection.findings, document["findings"], strict=True):
        shown["text"] = {"message": finding.message, "fix": finding.fix}
    return {
        "report": {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "made_at": iso(now),
            "user": user if user is not None else _user(),
            "value_hash": HASH_METHOD,
        },
        "environment": environment(catalog, inspection),
        **document,
    }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False)


# --- Markdown ------------------------------------------------------------------------------

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


_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "title": "saemes-cookies report",
        "made": "Made",
        "by": "by",
        "tool": "Tool",
        "catalog": "Catalogue",
        "os": "System",
        "findings": "Findings",
        "none": "None.",
        "fix": "Fix",
        "command": "Command",
        "consent": "Consent choices",
        "no_consent": "No consent cookie.",
        "unreadable": "value unavailable",
        "chosen": "chosen",
        "shape": "format",
        "understood": "keys understood",
        "other": "not understood",
        "accepted": "accepted",
        "refused": "refused",
        "stores": "Browsers and profiles",
        "cookies": "Cookies",
        "searched": "Places searched",
        "head_stores": ("Store", "Path", "Schema", "Running", "Error or note"),
        "head_cookies": ("Name", "Host", "Path", "Category", "Expires", "Flags", "Length", "Hash"),
        "yes": "yes",
        "no": "no",
        "session": "session",
        "expiry_unreadable": "expiry unreadable",
        "notes": "Read only in part",
        "values": "Cookie values are never included: each is replaced by its length and a salted "
        "hash. Equal hashes within this report mean equal values; the salt is new for every "
        "report and not kept, so a hash cannot be used to check a guessed value.",
    },
    "fr": {
        "title": "Rapport saemes-cookies",
        "made": "Établi le",
        "by": "par",
        "tool": "Outil",
        "catalog": "Catalogue",
        "os": "Système",
        "findings": "Constats",
        "none": "Aucun.",
        "fix": "Solution",
        "command": "Commande",
        "consent": "Choix de consentement",
        "no_consent": "Aucun cookie de consentement.",
        "unreadable": "valeur illisible",
        "chosen": "choisi le",
        "shape": "format",
        "understood": "clés comprises",
        "other": "non compris",
        "accepted": "accepté",
        "refused": "refusé",
        "stores": "Navigateurs et profils",
        "cookies": "Cookies",
        "searched": "Emplacements examinés",
        "head_stores": ("Magasin", "Chemin", "Schéma", "Ouvert", "Erreur ou note"),
        "head_cookies": (
            "Nom",
            "Hôte",
            "Chemin",
            "Catégorie",
            "Expiration",
            "Attributs",
            "Longueur",
            "Empreinte",
        ),
        "yes": "oui",
        "no": "non",
        "session": "session",
        "expiry_unreadable": "expiration illisible",
        "notes": "Lus en partie seulement",
        "values": "Les valeurs des cookies ne figurent jamais ici : chacune est remplacée par sa "
        "longueur et une empreinte salée. Deux empreintes égales dans ce rapport signifient deux "
        "valeurs égales ; le sel, nouveau pour chaque rapport, n'est pas conservé : une empreinte "
        "ne permet pas de vérifier une valeur devinée.",
    },
}


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(head: Sequence[str], rows: list[list[str]]) -> list[str]:
    return [_row(head), _row(["---"] * len(head)), *(_row(row) for row in rows)]


def report_markdown(document: dict[str, Any]) -> str:
    """A readable version of a report document, in the document's language."""
    lang = "fr" if document.get("lang") == "fr" else "en"
    words = _WORDS[lang]
    meta, env = document["report"], document["environment"]
    os_info = env["os"]
    lines = [
        f"# {words['title']}: {md_text(document['site'])}",
        "",
        f"- {words['made']}: {md_text(meta['made_at'])}"
        + (f" {words['by']} {md_code(meta['user'])}" if meta.get("user") else ""),
        f"- {words['tool']}: saemes-cookies {md_text(env['tool']['version'])}",
        f"- {words['catalog']}: {md_text(document['catalog']['version'])}",
        f"- {words['os']}: {md_text(os_info['system'])} {md_text(os_info['release'])} "
        f"({md_text(os_info['machine'])}), Python {md_text(env['python'])}",
        "",
        f"## {words['findings']} ({len(document['findings'])})",
        "",
    ]
    for finding in document["findings"]:
        lines.append(
            f"- **{md_text(finding['severity']).upper()}** {md_code(finding['code'])}: "
            f"{md_text(finding['message'])}"
        )
        if finding.get("fix"):
            lines.append(f"  {words['fix']}: {md_text(finding['fix'])}")
        if finding.get("fix_command"):
            lines.append(f"  {words['command']}: {md_command(finding['fix_command'])}")
    if not document["findings"]:
        lines.append(words["none"])
    lines += ["", f"## {words['consent']}", ""]
    lines += _md_consent(document["consent"], words) or [words["no_consent"]]
    lines += ["", f"## {words['stores']}", ""]
    lines += _table(
        words["head_stores"],
        [
            [
                md_code(store["id"]),
                md_code(store["path"]),
                md_text(store["schema_version"] if store["schema_version"] is not None else "-"),
                words["yes"] if store["running"] else words["no"],
                md_text(store["error"] or store["note"] or ""),
            ]
            for store in document["stores"]
        ],
    )
    lines += ["", f"## {words['cookies']} ({len(document['cookies'])})"]
    for store in document["stores"]:
        cookies = [c for c in document["cookies"] if c["store"] == store["id"]]
        if not cookies:
            continue
        lines += ["", f"### {md_text(store['id'])}", ""]
        lines += _table(words["head_cookies"], [_md_cookie(c, words) for c in cookies])
        lines += _md_notes(cookies, words, lang)
    lines += ["", f"## {words['searched']}", ""]
    lines += [f"- {md_code(place)}" for place in document["searched"]]
    lines += ["", "---", "", str(words["values"]), ""]
    return "\n".join(lines)


def _md_cookie(cookie: dict[str, Any], words: dict[str, Any]) -> list[str]:
    flags = [
        flag for flag, on in (("Secure", cookie["secure"]), ("HttpOnly", cookie["http_only"])) if on
    ]
    if cookie["same_site"]:
        flags.append(f"SameSite={md_text(cookie['same_site'])}")
    if cookie.get("partition"):
        flags.append(f"partition={md_code(cookie['partition'])}")
    if cookie.get("container"):
        name = cookie.get("container_name")
        named = f" ({md_code(name)})" if name else ""
        flags.append(f"container={md_code(cookie['container'])}{named}")
    length = cookie["value_length"]
    return [
        md_code(cookie["name"]),
        md_code(cookie["host"]),
        md_code(cookie["path"]),
        md_text(cookie["category"]),
        md_text(cookie["expires"] or words[_no_expiry(cookie)]),
        " ".join(flags),
        md_text(length if length is not None else "-"),
        md_code(cookie["value_hash"]) if cookie.get("value_hash") else md_text(words["unreadable"]),
    ]


def _row_notes(cookie: dict[str, Any]) -> list[RowNote]:
    return [RowNote(note["field"], note["problem"]) for note in cookie.get("notes") or ()]


def _no_expiry(cookie: dict[str, Any]) -> str:
    unreadable = RowNote("expires", "unreadable") in _row_notes(cookie)
    return "expiry_unreadable" if unreadable else "session"


def _md_notes(cookies: list[dict[str, Any]], words: dict[str, Any], lang: str) -> list[str]:
    """What could not be read of some rows, below their store's table."""
    noted = [(cookie, _row_notes(cookie)) for cookie in cookies]
    lines = [
        f"- {md_code(cookie['name'])} ({md_code(cookie['host'])}): "
        + md_text(notes_text(notes, lang))
        for cookie, notes in noted
        if notes
    ]
    return ["", f"{words['notes']}:", "", *lines] if lines else []


def _md_consent(records: list[dict[str, Any]], words: dict[str, Any]) -> list[str]:
    lines = []
    for record in records:
        head = f"- {md_code(record['store'])} ({md_code(record['host'])})"
        if not record["readable"]:
            lines.append(f"{head}: {words['unreadable']}")
            continue
        choices = ", ".join(
            f"{md_code(key)} {words['accepted'] if allowed else words['refused']}"
            for key, allowed in record["choices"].items()
        )
        lines.append(
            f"{head}: {choices or '-'}; {words['chosen']} {md_text(record['chosen_at'] or '-')}"
        )
        # Items not understood are already lengths ("<text, N chars>"), never key names.
        other = ", ".join(md_text(item) for item in record.get("other") or ())
        lines.append(
            f"  {words['shape']}: {md_text(record['shape'])}; {words['understood']}: "
            f"{', '.join(md_code(k) for k in record['understood_keys']) or '-'}; "
            f"{words['other']}: {md_text(record.get('other_count') or 0)}"
            + (f" ({other})" if other else "")
        )
    return lines


def write_report(path: Path, text: str) -> None:
    """Writes a new or regular file through a renamed temporary, so a failed write leaves no
    half report; anything else (a link, /dev/stdout, a pipe) is written in place, since a
    rename would replace the link or device itself."""
    # Names from a store cannot hold lone surrogates, but a report must be written anyway.
    encoded = text.encode("utf-8", "backslashreplace")
    if path.is_symlink() or (path.exists() and not path.is_file()):
        with path.open("wb") as handle:
            handle.write(encoded)
        return
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        temporary.write_bytes(encoded)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


# --- loading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedReport:
    """A report read back: an Inspection without values, plus what only a report has."""

    path: Path
    made_at: datetime | None
    user: str | None
    lang: str
    site: str
    catalog_version: str
    environment: dict[str, Any]
    # Its consents are those the report recorded (the values are not in a report).
    inspection: Inspection
    # cookie id -> the value's salted hash (None when the value could not be read).
    value_hashes: dict[str, str | None]


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
    """A JSON report written by `report`; raises ReportError with a one-line message."""
    label = printable(str(path), _LABEL_LIMIT)
    try:
        text = read_text(path)
        if text.lstrip().startswith("#"):
            raise JsonError(None, "a Markdown report; open the JSON one (report --format json)")
        # A report is whatever a user sent: errors name the kind of value found, not the value.
        return _load(path, Node(parse(text), show=False))
    except JsonError as exc:
        raise ReportError(f"{label}: {exc}") from None


def _load(path: Path, root: Node) -> LoadedReport:
    meta = root["report"]
    if meta.mapping().get("format") != FORMAT:
        raise JsonError("report.format", "not a saemes-cookies report")
    version = meta["version"].integer()
    if version > FORMAT_VERSION:
        raise meta["version"].fail(f"version {version} is newer than this tool reads")
    stores = [_store(item) for item in root["stores"].items()]
    by_store = {store.id: store for store in stores}
    hashes: dict[str, str | None] = {}

    def cookie(item: Node) -> Cookie:
        store = by_store.get(item["store"].string())
        if store is None:
            raise item["store"].fail("no such store in the report")
        built = Cookie(store, _raw(item), item["category"].string(), item.opt_string("catalog_id"))
        hashes[cookie_id(built)] = item.opt_string("value_hash")
        return built

    cookies = [cookie(item) for item in root["cookies"].items()]
    by_id = {cookie_id(c): c for c in cookies}

    def consent(item: Node) -> ConsentCookie:
        found = by_id.get(item["cookie"].string())
        if found is None:
            raise item["cookie"].fail("no such cookie in the report")
        try:
            decoded = consent_from_json(item.mapping())
        except (TypeError, ValueError, AttributeError):
            # consent_from_json reads its record loosely; a shape it trips on is refused.
            raise item.fail("not a consent record this tool reads") from None
        return ConsentCookie(found, decoded)

    consents = [consent(item) for item in root["consent"].items()]
    findings = [_finding(item) for item in root["findings"].items()]
    inspection = Inspection(
        tuple(stores),
        tuple(cookies),
        tuple(findings),
        tuple(_strings(root["searched"])),
        tuple(consents),
    )
    return LoadedReport(
        path=path,
        made_at=meta.opt_time("made_at", EARLIEST, LATEST_EVENT),
        user=meta.opt_string("user"),
        lang=root["lang"].string(),
        site=root["site"].string(),
        catalog_version=root["catalog"]["version"].string(),
        environment=root["environment"].mapping(),
        inspection=inspection,
        value_hashes=hashes,
    )


def _store(item: Node) -> Store:
    try:
        kind = Family(item["family"].string())
    except ValueError:
        raise item["family"].fail("unknown browser family") from None
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
    )


def _pair(node: Node) -> tuple[str, object]:
    """One column of a row's key: [column, value], the value as `key_json` wrote it (a string,
    a whole number, or a tagged BLOB, non-UTF-8 text or infinity)."""
    pair = node.value
    if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)):
        raise node.fail("expected [column, value]")
    try:
        return pair[0], key_from_json(pair[1])
    except ValueError:
        raise node.fail("expected [column, value] with a key value as `report` writes it") from None


def _label(name: str | None) -> Label | None:
    # A report holds the name in its own language only.
    return Label(printable(name, 80), printable(name, 80)) if name else None


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
