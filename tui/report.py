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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from tui import __version__
from tui.catalog import Catalog
from tui.consent import ConsentCookie, consent_from_json
from tui.diagnose import cookie_id
from tui.files import read_text
from tui.model import (
    Cookie,
    Family,
    Finding,
    Inspection,
    Label,
    RawCookie,
    RowNote,
    Store,
    StoreRef,
    key_from_json,
    key_json,
)
from tui.notes import notes_text
from tui.scan_output import scan_json
from tui.stores.times import iso
from tui.textsafe import printable

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
    inspection: Inspection
    consents: tuple[ConsentCookie, ...]
    # cookie id -> the value's salted hash (None when the value could not be read).
    value_hashes: dict[str, str | None]


_T = TypeVar("_T")


class _Reader:
    """Typed access into untrusted JSON; every failure names where it happened."""

    def __init__(self, label: str) -> None:
        self.label = label

    def fail(self, where: str, what: str) -> ReportError:
        return ReportError(f"{self.label}: {where}: {what}")

    def get(self, obj: Any, key: str, kind: type[_T] | tuple[type, ...], where: str) -> _T:
        if not isinstance(obj, dict):
            raise self.fail(where, "expected an object")
        if key not in obj:
            raise self.fail(where, f"missing key '{key}'")
        value = obj[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind in (int, float)):
            raise self.fail(f"{where}.{key}", "wrong type")
        return value  # type: ignore[return-value]

    def opt(self, obj: Any, key: str, kind: type[_T], where: str) -> _T | None:
        if isinstance(obj, dict) and obj.get(key) is None:
            return None
        return self.get(obj, key, kind, where)

    def time(self, obj: Any, key: str, where: str) -> datetime | None:
        text = self.opt(obj, key, str, where)
        if text is None:
            return None
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise self.fail(f"{where}.{key}", "not a date") from None

    def items(self, obj: Any, key: str, where: str, build: Callable[[Any, str], _T]) -> list[_T]:
        values = self.get(obj, key, list, where)
        return [build(item, f"{where}.{key}[{index}]") for index, item in enumerate(values)]


def load_report(path: Path) -> LoadedReport:
    """A JSON report written by `report`; raises ReportError with a one-line message."""
    label = str(path)
    try:
        text = read_text(path)
    except ValueError as exc:
        raise ReportError(str(exc)) from None
    if text.lstrip().startswith("#"):
        raise ReportError(f"{label}: a Markdown report; open the JSON one (report --format json)")
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        raise ReportError(f"{label}: not a JSON report") from None
    reader = _Reader(label)
    try:
        return _load(reader, path, document)
    except ReportError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise ReportError(f"{label}: not a valid report ({exc.__class__.__name__})") from None


def _load(r: _Reader, path: Path, document: Any) -> LoadedReport:
    meta = r.get(document, "report", dict, "(top level)")
    if meta.get("format") != FORMAT:
        raise r.fail("report.format", "not a saemes-cookies report")
    version = r.get(meta, "version", int, "report")
    if version > FORMAT_VERSION:
        raise r.fail("report.version", f"version {version} is newer than this tool reads")
    stores = r.items(document, "stores", "", lambda item, where: _store(r, item, where))
    by_store = {store.id: store for store in stores}
    hashes: dict[str, str | None] = {}

    def cookie(item: Any, where: str) -> Cookie:
        store = by_store.get(r.get(item, "store", str, where))
        if store is None:
            raise r.fail(f"{where}.store", "no such store in the report")
        built = Cookie(
            store,
            _raw(r, item, where),
            r.get(item, "category", str, where),
            r.opt(item, "catalog_id", str, where),
        )
        hashes[cookie_id(built)] = r.opt(item, "value_hash", str, where)
        return built

    cookies = r.items(document, "cookies", "", cookie)
    by_id = {cookie_id(c): c for c in cookies}

    def consent(item: Any, where: str) -> ConsentCookie:
        found = by_id.get(r.get(item, "cookie", str, where))
        if found is None:
            raise r.fail(f"{where}.cookie", "no such cookie in the report")
        return ConsentCookie(found, consent_from_json(item))

    consents = r.items(document, "consent", "", consent)
    findings = r.items(document, "findings", "", lambda item, where: _finding(r, item, where))
    inspection = Inspection(
        tuple(stores),
        tuple(cookies),
        tuple(findings),
        tuple(str(place) for place in r.get(document, "searched", list, "")),
    )
    catalog = r.get(document, "catalog", dict, "")
    return LoadedReport(
        path=path,
        made_at=r.time(meta, "made_at", "report"),
        user=r.opt(meta, "user", str, "report"),
        lang=r.get(document, "lang", str, ""),
        site=r.get(document, "site", str, ""),
        catalog_version=r.get(catalog, "version", str, "catalog"),
        environment=r.get(document, "environment", dict, ""),
        inspection=inspection,
        consents=tuple(consents),
        value_hashes=hashes,
    )


def _store(r: _Reader, item: Any, where: str) -> Store:
    family = r.get(item, "family", str, where)
    try:
        kind = Family(family)
    except ValueError:
        raise r.fail(f"{where}.family", "unknown browser family") from None
    ref = StoreRef(
        r.get(item, "browser", str, where),
        r.get(item, "profile", str, where),
        kind,
        Path(r.get(item, "path", str, where)),
    )
    return Store(
        ref,
        schema_version=r.opt(item, "schema_version", int, where),
        running=r.get(item, "running", bool, where),
        error=r.opt(item, "error", str, where),
        note=r.opt(item, "note", str, where),
        id=r.get(item, "id", str, where),
    )


def _raw(r: _Reader, item: Any, where: str) -> RawCookie:
    key = []
    for index, pair in enumerate(r.get(item, "key", list, where)):
        if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)):
            raise r.fail(f"{where}.key[{index}]", "expected [column, value]")
        try:
            key.append((pair[0], key_from_json(pair[1])))
        except ValueError:
            raise r.fail(f"{where}.key[{index}]", "wrong type") from None
    return RawCookie(
        host=r.get(item, "host", str, where),
        name=r.get(item, "name", str, where),
        path=r.get(item, "path", str, where),
        expires=r.time(item, "expires", where),
        created=r.time(item, "created", where),
        last_access=r.time(item, "last_access", where),
        secure=r.get(item, "secure", bool, where),
        http_only=r.get(item, "http_only", bool, where),
        same_site=r.opt(item, "same_site", str, where),
        partition=r.opt(item, "partition", str, where) or "",
        container=r.opt(item, "container", str, where) or "",
        key=tuple(key),
        value_length=r.opt(item, "value_length", int, where),
        value_status=r.get(item, "value_status", str, where),
        value=None,
        notes=_notes(r, item, where),
        container_name=_label(r.opt(item, "container_name", str, where)),
    )


def _label(name: str | None) -> Label | None:
    # A report holds the name in its own language only.
    return Label(printable(name, 80), printable(name, 80)) if name else None


def _notes(r: _Reader, item: Any, where: str) -> tuple[RowNote, ...]:
    # Reports written before notes existed have none.
    notes = r.opt(item, "notes", list, where) or []
    read = []
    for index, note in enumerate(notes):
        at = f"{where}.notes[{index}]"
        read.append(RowNote(r.get(note, "field", str, at), r.get(note, "problem", str, at)))
    return tuple(read)


def _finding(r: _Reader, item: Any, where: str) -> Finding:
    text = r.get(item, "text", dict, where)
    message = _texts(r, r.get(text, "message", dict, f"{where}.text"), f"{where}.text.message")
    fix_doc = r.opt(text, "fix", dict, f"{where}.text")
    return Finding(
        code=r.get(item, "code", str, where),
        severity=r.get(item, "severity", str, where),
        message=message,
        cookies=tuple(_strings(r, r.get(item, "cookies", list, where), f"{where}.cookies")),
        fix=_texts(r, fix_doc, f"{where}.text.fix") if fix_doc is not None else None,
        fix_cookies=tuple(
            _strings(r, r.get(item, "fix_cookies", list, where), f"{where}.fix_cookies")
        ),
        # Reports written before the field existed have none.
        fix_command=r.opt(item, "fix_command", str, where),
    )


def _texts(r: _Reader, obj: dict[str, Any], where: str) -> dict[str, str]:
    return {lang: r.get(obj, lang, str, where) for lang in ("en", "fr")}


def _strings(r: _Reader, values: list[Any], where: str) -> list[str]:
    if not all(isinstance(value, str) for value in values):
        raise r.fail(where, "expected a list of strings")
    return list(values)
