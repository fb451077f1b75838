"""The catalogue: the policy's categories and cookies, loaded, validated and matched.

Validation is strict and hand-written (no schema library): every problem is reported as one
line naming the file and the JSON path, so a person editing catalog.json knows where to look.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.files import read_text
from tui.model import CATEGORY_KEYS, UNCLASSIFIED

LANGS = ("en", "fr")
MATCH_TYPES = ("exact", "prefix", "regex")
SCOPES = ("host", "domain")
# An entry's `tracker`: the family of consent keys that governs it (tui/consent.py TRACKER_KEYS).
# Google Ads' _gcl_au is "ga": the portal's Google tag, loaded for Google Analytics, writes it.
TRACKERS = ("ga", "matomo", "xiti", "at", "piano", "eulerian")
# Precedence when several entries match a name: an exact name beats a prefix beats a regex.
_RANK = {"exact": 0, "prefix": 1, "regex": 2}


class CatalogError(Exception):
    """The catalogue cannot be used; str() is the one line to show."""


Text = dict[str, str]


@dataclass(frozen=True)
class Category:
    key: str
    label: Text
    description: Text
    consent_required: bool


@dataclass(frozen=True)
class Entry:
    id: str
    match_type: str
    pattern: str
    category: str
    provider: str
    function: Text
    purpose: Text
    lifetime_seconds: int | None
    lifetime_text: Text
    consent_required: bool
    tracker: str | None
    on_delete: Text
    sources: tuple[str, ...]

    def matches(self, name: str) -> bool:
        if self.match_type == "exact":
            return name == self.pattern
        if self.match_type == "prefix":
            return name.startswith(self.pattern)
        return re.fullmatch(self.pattern, name) is not None


@dataclass(frozen=True)
class Catalog:
    path: str
    version: str
    site: str
    hosts: dict[str, str]
    categories: dict[str, Category]
    entries: tuple[Entry, ...]
    sources: dict[str, dict[str, str]]

    def in_scope(self, host: str) -> bool:
        return host in self.hosts

    def classify(self, host: str, name: str) -> Entry | None:
        """The entry for a cookie, or None when it is out of scope or not in the catalogue."""
        if not self.in_scope(host):
            return None
        best: Entry | None = None
        for entry in self.entries:
            if entry.matches(name) and (
                best is None or _RANK[entry.match_type] < _RANK[best.match_type]
            ):
                best = entry
        return best

    def category_of(self, host: str, name: str) -> str:
        entry = self.classify(host, name)
        return entry.category if entry else UNCLASSIFIED

    def entry(self, entry_id: str | None) -> Entry | None:
        return next((e for e in self.entries if e.id == entry_id), None)


def default_path() -> Path:
    """The packaged catalogue in an installed wheel; the repo root's in a checkout.

    A plain path beside this module rather than importlib.resources, whose import alone costs
    about 12 ms of every `scan`; the wheel is always installed unzipped.
    """
    here = Path(__file__).resolve().parent
    packaged = here / "catalog.json"
    return packaged if packaged.is_file() else here.parent / "catalog.json"


def load(path: Path | None = None) -> Catalog:
    path = path or default_path()
    label = str(path)
    try:
        text = read_text(path)
    except ValueError as exc:
        raise CatalogError(str(exc)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError(
            f"{label}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    try:
        return _build(label, data)
    except _Invalid as exc:
        raise CatalogError(f"{label}: {exc.where}: {exc.what}") from None


class _Invalid(Exception):
    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")
        self.where = where or "(top level)"
        self.what = what


def _show(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    return "'" + shown.strip('"') + "'" if isinstance(value, str) else shown


def _obj(
    value: Any, where: str, keys: tuple[str, ...], optional: tuple[str, ...] = ()
) -> dict[str, Any]:
    obj = _mapping(value, where)
    for key in keys:
        if key not in obj:
            raise _Invalid(where, f"missing key '{key}'")
    for key in obj:
        if key not in keys and key not in optional:
            raise _Invalid(_join(where, key), "unknown key")
    return obj


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Invalid(where, f"expected an object, found {_show(value)}")
    return dict(value)


def _join(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _Invalid(where, f"expected a non-empty string, found {_show(value)}")
    return value


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(where, f"expected true or false, found {_show(value)}")
    return value


def _one_of(value: Any, where: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise _Invalid(where, f"{_show(value)} is not one of {', '.join(allowed)}")
    return str(value)


def _text(value: Any, where: str) -> Text:
    obj = _obj(value, where, LANGS)
    return {lang: _str(obj[lang], _join(where, lang)) for lang in LANGS}


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Invalid(where, f"expected a list, found {_show(value)}")
    return value


def _build(label: str, data: Any) -> Catalog:
    top = _obj(data, "", ("version", "site", "hosts", "sources", "categories", "cookies"))
    version = _str(top["version"], "version")
    site = _str(top["site"], "site")

    hosts: dict[str, str] = {}
    for i, item in enumerate(_list(top["hosts"], "hosts")):
        where = _join("hosts", i)
        obj = _obj(item, where, ("host", "scope"))
        host = _str(obj["host"], _join(where, "host"))
        if host in hosts:
            raise _Invalid(_join(where, "host"), f"{_show(host)} is listed twice")
        hosts[host] = _one_of(obj["scope"], _join(where, "scope"), SCOPES)
    if not hosts:
        raise _Invalid("hosts", "the list is empty")

    sources: dict[str, dict[str, str]] = {}
    for key, item in _mapping(top["sources"], "sources").items():
        where = _join("sources", key)
        obj = _obj(item, where, ("title", "url"), ("note",))
        sources[key] = {k: _str(v, _join(where, k)) for k, v in obj.items()}

    cat_obj = _obj(top["categories"], "categories", CATEGORY_KEYS)
    categories = {}
    for key in CATEGORY_KEYS:
        where = _join("categories", key)
        obj = _obj(cat_obj[key], where, ("label", "description", "consent_required"))
        categories[key] = Category(
            key=key,
            label=_text(obj["label"], _join(where, "label")),
            description=_text(obj["description"], _join(where, "description")),
            consent_required=_bool(obj["consent_required"], _join(where, "consent_required")),
        )

    entries: list[Entry] = []
    for i, item in enumerate(_list(top["cookies"], "cookies")):
        entry = _entry(item, _join("cookies", i), sources)
        if any(e.id == entry.id for e in entries):
            raise _Invalid(_join(_join("cookies", i), "id"), f"{_show(entry.id)} is used twice")
        entries.append(entry)

    return Catalog(
        path=label,
        version=version,
        site=site,
        hosts=hosts,
        categories=categories,
        entries=tuple(entries),
        sources=sources,
    )


_ENTRY_KEYS = (
    "id",
    "match",
    "category",
    "provider",
    "function",
    "purpose",
    "lifetime",
    "consent_required",
    "tracker",
    "on_delete",
    "sources",
)


def _entry(item: Any, where: str, sources: Mapping[str, object]) -> Entry:
    obj = _obj(item, where, _ENTRY_KEYS)

    def at(key: str) -> str:
        return _join(where, key)

    match = _obj(obj["match"], at("match"), ("type", "pattern"))
    match_type = _one_of(match["type"], _join(at("match"), "type"), MATCH_TYPES)
    pattern = _str(match["pattern"], _join(at("match"), "pattern"))
    if match_type == "regex":
        try:
            re.compile(pattern)
        except re.error as exc:
            raise _Invalid(_join(at("match"), "pattern"), f"not a valid regex: {exc}") from None

    lifetime = _obj(obj["lifetime"], at("lifetime"), ("seconds", "text"))
    seconds = lifetime["seconds"]
    if seconds is not None and (
        isinstance(seconds, bool) or not isinstance(seconds, int) or seconds < 0
    ):
        raise _Invalid(
            _join(at("lifetime"), "seconds"),
            f"expected a whole number of seconds or null, found {_show(seconds)}",
        )

    tracker = obj["tracker"]
    if tracker is not None:
        tracker = _one_of(tracker, at("tracker"), TRACKERS)

    source_ids = _list(obj["sources"], at("sources"))
    if not source_ids:
        raise _Invalid(at("sources"), "the list is empty")
    for j, source in enumerate(source_ids):
        if _str(source, _join(at("sources"), j)) not in sources:
            raise _Invalid(_join(at("sources"), j), f"{_show(source)} is not a key of sources")

    return Entry(
        id=_str(obj["id"], at("id")),
        match_type=match_type,
        pattern=pattern,
        category=_one_of(obj["category"], at("category"), CATEGORY_KEYS),
        provider=_str(obj["provider"], at("provider")),
        function=_text(obj["function"], at("function")),
        purpose=_text(obj["purpose"], at("purpose")),
        lifetime_seconds=seconds,
        lifetime_text=_text(lifetime["text"], _join(at("lifetime"), "text")),
        consent_required=_bool(obj["consent_required"], at("consent_required")),
        tracker=tracker,
        on_delete=_text(obj["on_delete"], at("on_delete")),
        sources=tuple(source_ids),
    )
