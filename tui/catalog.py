"""The catalogue: the policy's categories and cookies, loaded, validated and matched.

Validation is strict and hand-written (no schema library): every problem is reported as one
line naming the file and the JSON path, so a person editing catalog.json knows where to look.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from tui.frozen import Frozen, field, replace
from tui.jsonread import JsonError, Node, parse, read_text
from tui.model import CATEGORY_KEYS
from tui.namepattern import NamePattern, PatternError, compile_pattern
from tui.texts import Problem, say
from tui.textsafe import printable

LANGS = ("en", "fr")
MATCH_TYPES = ("exact", "prefix", "regex")
SCOPES = ("host", "domain")
# An entry's `tracker`: the family of consent keys that governs it (tui/consent.py TRACKER_KEYS).
# Google Ads' _gcl_au is "ga": the portal's Google tag, loaded for Google Analytics, writes it.
TRACKERS = ("ga", "matomo", "xiti", "at", "piano", "eulerian")


class CatalogError(Problem):
    """The catalogue cannot be used; the one line to show."""


Text = dict[str, str]


class Category(Frozen):
    key: str
    label: Text
    description: Text
    consent_required: bool


class Entry(Frozen):
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
    # The compiled `regex` pattern; None for the other match types.
    matcher: NamePattern | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        matcher = compile_pattern(self.pattern) if self.match_type == "regex" else None
        object.__setattr__(self, "matcher", matcher)

    def matches(self, name: str) -> bool:
        if self.match_type == "exact":
            return name == self.pattern
        if self.match_type == "prefix":
            return name.startswith(self.pattern)
        return self.matcher is not None and self.matcher.fullmatch(name)


class Catalog(Frozen):
    path: str
    version: str
    site: str
    hosts: dict[str, str]
    categories: dict[str, Category]
    entries: tuple[Entry, ...]
    sources: dict[str, dict[str, str]]
    _index: _Index = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", _Index(self.entries))

    def in_scope(self, host: str) -> bool:
        return host in self.hosts

    def classify(self, host: str, name: str) -> Entry | None:
        """The entry for a cookie, or None when it is out of scope or not in the catalogue."""
        if not self.in_scope(host):
            return None
        return self._index.classify(name)

    def entry(self, entry_id: str | None) -> Entry | None:
        return self._index.by_id.get(entry_id) if entry_id is not None else None

    def at(self, site: str) -> Catalog:
        """This catalogue for another portal of the same template (`--site`, a report's site):
        its hosts from the Public Suffix List (tui/site.py), the same entries, and no source
        that is this site's own page. The policy of an Opendatasoft portal is the template's
        (opendata.saemes.fr's is it word for word), so what stays cited is the template; an
        entry only the site's own page names is that site's addition and goes with it. The
        same site keeps the catalogue as written, whose hosts its author chose."""
        if site == self.site:
            return self
        from tui.site import parse_site, site_hosts

        host = parse_site(site)
        if host == self.site:
            return self
        own = {key for key, source in self.sources.items() if _url_host(source["url"]) == self.site}
        entries = []
        for entry in self.entries:
            sources = tuple(key for key in entry.sources if key not in own)
            if sources:
                entries.append(replace(entry, sources=sources))
        return replace(
            self,
            site=host,
            hosts=site_hosts(host),
            entries=tuple(entries),
            sources={key: source for key, source in self.sources.items() if key not in own},
        )


def _url_host(url: str) -> str:
    """`https://opendata.saemes.fr/pages/x` -> `opendata.saemes.fr` (enough for the
    catalogue's own source addresses; lowercased, port and credentials are not expected)."""
    return url.partition("://")[2].partition("/")[0].lower()


class _Index:
    """The entries arranged for lookups that do not grow with the catalogue.

    Precedence is the catalogue's rule: an exact name beats a prefix beats a regex, and among
    entries of the same kind that match, the first in file order wins.
    """

    def __init__(self, entries: tuple[Entry, ...]) -> None:
        self.by_id: dict[str, Entry] = {}
        self.exact: dict[str, Entry] = {}
        # prefix -> (position in the file, entry), the first entry of each prefix.
        self.prefixes: dict[str, tuple[int, Entry]] = {}
        # A regex's literal prefix (what every name it matches starts with) -> its entries, in
        # file order: a name is tried only against the regexes its own start allows, so the
        # work grows with those, not with the catalogue.
        self.regexes: dict[str, list[tuple[int, Entry]]] = {}
        for order, entry in enumerate(entries):
            self.by_id.setdefault(entry.id, entry)
            if entry.match_type == "exact":
                self.exact.setdefault(entry.pattern, entry)
            elif entry.match_type == "prefix":
                self.prefixes.setdefault(entry.pattern, (order, entry))
            else:
                literal = compile_pattern(entry.pattern).literal_prefix()
                self.regexes.setdefault(literal, []).append((order, entry))
        # A name is looked up by its own prefixes of these lengths only.
        self.prefix_lengths = sorted({len(prefix) for prefix in self.prefixes})
        self.regex_lengths = sorted({len(literal) for literal in self.regexes})

    def classify(self, name: str) -> Entry | None:
        exact = self.exact.get(name)
        if exact is not None:
            return exact
        best: tuple[int, Entry] | None = None
        for length in self.prefix_lengths:
            if length > len(name):
                break
            found = self.prefixes.get(name[:length])
            if found is not None and (best is None or found[0] < best[0]):
                best = found
        if best is not None:
            return best[1]
        candidates: list[tuple[int, Entry]] = []
        for length in self.regex_lengths:
            if length > len(name):
                break
            candidates += self.regexes.get(name[:length], ())
        candidates.sort(key=lambda found: found[0])
        return next((entry for _, entry in candidates if entry.matches(name)), None)


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
    label = printable(str(path), _LABEL_LIMIT)
    try:
        return _build(label, Node(parse(read_text(path))))
    except (JsonError, PatternError) as exc:
        raise CatalogError(say("file.at", file=label, reason=exc.said)) from None


_LABEL_LIMIT = 1000


def _text(node: Node) -> Text:
    # Four per entry: the usual case is checked directly, and only a text with something
    # wrong goes through the reader, which says what and where.
    value = node.value
    if isinstance(value, dict) and len(value) == len(LANGS):
        texts: Text = {}
        for lang in LANGS:
            text = value.get(lang)
            if not (isinstance(text, str) and text.strip()):
                break
            texts[lang] = text
        else:
            return texts
    node.keys(LANGS)
    return {lang: node[lang].string(nonempty=True) for lang in LANGS}


def _build(label: str, root: Node) -> Catalog:
    top = root.keys(("version", "site", "hosts", "sources", "categories", "cookies"))
    version = top["version"].string(nonempty=True)
    site = top["site"].string(nonempty=True)

    hosts: dict[str, str] = {}
    for item in top["hosts"].items():
        item.keys(("host", "scope"))
        host = item["host"].string(nonempty=True)
        if host in hosts:
            raise item["host"].fail(say("catalog.listed-twice", found=item["host"].found()))
        hosts[host] = item["scope"].one_of(SCOPES)
    if not hosts:
        raise top["hosts"].fail(say("catalog.empty-list"))

    sources: dict[str, dict[str, str]] = {}
    for key, item in top["sources"].members():
        item.keys(("title", "url"), ("note",))
        sources[key] = {k: value.string(nonempty=True) for k, value in item.members()}

    cat_node = top["categories"].keys(CATEGORY_KEYS)
    categories = {}
    for key in CATEGORY_KEYS:
        node = cat_node[key].keys(("label", "description", "consent_required"))
        categories[key] = Category(
            key=key,
            label=_text(node["label"]),
            description=_text(node["description"]),
            consent_required=node["consent_required"].boolean(),
        )

    entries: list[Entry] = []
    seen: set[str] = set()
    for item in top["cookies"].items():
        entry = _entry(item, sources)
        if entry.id in seen:
            raise item["id"].fail(say("catalog.used-twice", found=item["id"].found()))
        seen.add(entry.id)
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


def _entry(item: Node, sources: Mapping[str, object]) -> Entry:
    item.keys(_ENTRY_KEYS)

    match = item["match"].keys(("type", "pattern"))
    match_type = match["type"].one_of(MATCH_TYPES)
    pattern = match["pattern"].string(nonempty=True)
    if match_type == "regex":
        try:
            compile_pattern(pattern)
        except PatternError as exc:
            raise match["pattern"].fail(say("catalog.bad-regex", reason=exc.said)) from None

    lifetime = item["lifetime"].keys(("seconds", "text"))
    seconds = lifetime["seconds"].value
    if seconds is not None and (
        isinstance(seconds, bool) or not isinstance(seconds, int) or seconds < 0
    ):
        raise lifetime["seconds"].fail(say("catalog.seconds", found=lifetime["seconds"].found()))

    tracker_node = item.opt("tracker")
    tracker = tracker_node.one_of(TRACKERS) if tracker_node is not None else None

    source_nodes = item["sources"].items()
    if not source_nodes:
        raise item["sources"].fail(say("catalog.empty-list"))
    for node in source_nodes:
        if node.string(nonempty=True) not in sources:
            raise node.fail(say("catalog.not-a-source", found=node.found()))

    return Entry(
        id=item["id"].string(nonempty=True),
        match_type=match_type,
        pattern=pattern,
        category=item["category"].one_of(CATEGORY_KEYS),
        provider=item["provider"].string(nonempty=True),
        function=_text(item["function"]),
        purpose=_text(item["purpose"]),
        lifetime_seconds=seconds,
        lifetime_text=_text(lifetime["text"]),
        consent_required=item["consent_required"].boolean(),
        tracker=tracker,
        on_delete=_text(item["on_delete"]),
        sources=tuple(node.value for node in source_nodes),
    )
