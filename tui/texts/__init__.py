"""Every string a person reads, in English and French: the app, the CLI, the findings, the
reports, and the errors the domain raises.

The texts are kept in tables by who reads them, one module per area (`AREAS`): `cli`,
`findings`, `report`, `errors`, `app`. Every table has one shape, a `Row` per key: the key's
text in each language of `LANGS`, in that order; adding a language is a text more in every row
and a name more in `LANGS`. An area's table is loaded the first time a key is not found in the
areas before it, so the command line (whose areas come first) never loads the app's texts.

A text is named by a key written out in the code (never built at run time), so a test can prove
that every key used exists, that no key is in two areas, and that each has every language with
the same placeholders. Explanations of cookies come from the catalogue, not from here.

`tr(lang, key, ...)` gives one language now. `Said` keeps a text to say later, in whichever
language the reader wants: domain errors and store states carry one, and a finding keeps every
language (a report made in French can be read in English). Values filled into a text are never
parsed (no markup, no format specs taken from them); a value that is itself a `Said` or a
`Label` is said in the same language.
"""

from __future__ import annotations

from collections.abc import Mapping

from tui.frozen import Frozen, field

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    # A language's name, one of LANGS (tests/core/test_texts.py checks that they agree).
    Lang = Literal["en", "fr"]
else:
    # Annotations are not evaluated at run time: the name only has to exist (without typing).
    Lang = str

# The languages, in the order of every row's texts (the first is the one a text falls back to),
# each with the whole numbers it says in the singular: CLDR's plural rules, category "one"
# (unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html): English 1 only
# ("0 cookies"), French 0 and 1 ("0 cookie").
_LANGUAGES: tuple[tuple[Lang, frozenset[int]], ...] = (
    ("en", frozenset({1})),
    ("fr", frozenset({0, 1})),
)
LANGS = tuple(lang for lang, _ in _LANGUAGES)
# Keyed by any text: a name that is not a language's falls back to the first language.
_POSITION: dict[str, int] = {lang: position for position, lang in enumerate(LANGS)}
_SINGULAR: dict[str, frozenset[int]] = dict(_LANGUAGES)

# One key's text in each language of LANGS, in that order.
Row = tuple[str, str]
Table = dict[str, Row]

# The areas' tables (tui/texts/<area>.py), searched in this order: the command line's areas
# first, so that `scan` loads neither the domain's refusals nor the app's texts.
AREAS = ("cli", "findings", "report", "errors", "app")

# Not texts but the way to say text from elsewhere (`literal`, `bilingual`).
_OWN: Table = {
    "literal": ("{text}", "{text}"),
    "literal.both": ("{en}", "{fr}"),
}
_LOADED: dict[str, Table] = {}


def _table(area: str) -> Table:
    # The import holds the import lock: two threads asking at once load the area once. (The
    # builtin, not importlib.import_module, so that `python -X importtime` reports it.)
    table = _LOADED.get(area)
    if table is None:
        module = __import__(f"tui.texts.{area}", fromlist=["TEXTS"])
        table = _LOADED.setdefault(area, module.TEXTS)
    return table


def _row(key: str) -> Row:
    row = _OWN.get(key)
    for area in AREAS:
        if row is not None:
            return row
        row = _table(area).get(key)
    if row is None:
        raise KeyError(key)
    return row


def _position(lang: Lang) -> int:
    return _POSITION.get(lang, 0)


def _singular(lang: Lang, number: int) -> bool:
    return abs(number) in _SINGULAR.get(lang, _LANGUAGES[0][1])


class Label(Frozen):
    """A name in each language of LANGS, in that order: `Label("Work", "Professionnel")`."""

    texts: Row

    def __init__(self, *texts: str) -> None:
        object.__setattr__(self, "texts", texts)

    @classmethod
    def same(cls, text: str) -> Label:
        """A name a person chose, the same in every language."""
        return cls(*(text for _ in LANGS))

    def get(self, lang: Lang) -> str:
        return self.texts[_position(lang)]


class Said(Frozen):
    """A text of the table with its values, to be said in either language."""

    key: str
    values: tuple[tuple[str, object], ...] = field(default=())
    # A text that counts (`say_plural`): its number, and the key said where the language puts
    # that number in the plural (`key` is said where it is singular).
    counted: tuple[int, str] | None = None

    def text(self, lang: Lang) -> str:
        key = self.key
        if self.counted is not None and not _singular(lang, self.counted[0]):
            key = self.counted[1]
        return tr(lang, key, **dict(self.values))

    def both(self) -> dict[str, str]:
        return {lang: self.text(lang) for lang in LANGS}

    def __str__(self) -> str:
        return self.text("en")


class Joined(Frozen):
    """Several texts said in one language and joined: "a; b", each cut at `limit` characters
    by the caller's rule (`shown`), so store errors and reasons stay one line."""

    parts: tuple[Said, ...]
    separator: str = "; "

    def text(self, lang: Lang) -> str:
        return self.separator.join(dict.fromkeys(part.text(lang) for part in self.parts))


def say(key: str, /, **values: object) -> Said:
    """A text to say later: `say("store.not-found", path=...)`."""
    return Said(key, tuple(values.items()))


def say_plural(number: int, one: str, several: str, /, **values: object) -> Said:
    """A counted text to say later, in the singular or the plural as the reader's language says
    `number` (see `plural`)."""
    return Said(one, (("count", number), *values.items()), (number, several))


def literal(text: str) -> Said:
    """Text from elsewhere (a report's own words), said as it is in either language."""
    return say("literal", text=text)


def bilingual(en: str, fr: str) -> Said:
    """Text from elsewhere that came in both languages (a report keeps both)."""
    return say("literal.both", en=en, fr=fr)


class Problem(Exception):
    """An error a person reads: `said` in their language; str() is the English text."""

    def __init__(self, said: Said) -> None:
        super().__init__(said.text("en"))
        self.said = said

    def text(self, lang: Lang) -> str:
        return self.said.text(lang)


def _in(lang: Lang, value: object) -> object:
    if isinstance(value, Said | Joined):
        return value.text(lang)
    if isinstance(value, Label):
        return value.get(lang)
    return value


def tr(lang: Lang, key: str, /, **values: object) -> str:
    """The text for `key` in `lang`, with `values` filled in (they are never parsed as markup)."""
    text = _row(key)[_position(lang)]
    # Always formatted, so "{{" in the table is one brace whatever the call passes.
    return text.format_map({name: _in(lang, value) for name, value in values.items()})


def plural(lang: Lang, number: int, one: str, several: str, /, **values: object) -> str:
    """`number` counted in `lang`: the text of key `one` where the language says that number in
    the singular (English 1; French 0 and 1), of `several` otherwise; `{count}` is the number."""
    return tr(lang, one if _singular(lang, number) else several, count=number, **values)


def both(key: str, /, **values: object) -> dict[str, str]:
    """The text in every language, as findings and reports keep it."""
    return {lang: tr(lang, key, **values) for lang in LANGS}


def has_text(key: str) -> bool:
    try:
        _row(key)
    except KeyError:
        return False
    return True


def as_lang(name: object) -> Lang | None:
    """`name` if it is a language's (`--lang`, a report's), else None."""
    return next((lang for lang in LANGS if lang == name), None)


def other(lang: Lang) -> Lang:
    """The next language of LANGS, as the app's language key switches to."""
    return LANGS[(_position(lang) + 1) % len(LANGS)]


def keys() -> Mapping[str, Row]:
    """Every area's table in one, for the tests that check them."""
    every = dict(_OWN)
    for area in AREAS:
        every.update(_table(area))
    return every
