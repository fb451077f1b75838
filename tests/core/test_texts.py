"""The text tables, one per area: every key has every language with the same placeholders, no
key is in two areas, every key the code uses exists, and no key is built at run time (so the
code can be read for its keys)."""

from __future__ import annotations

import ast
import string
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import REPO
from tui.humanize import duration
from tui.texts import AREAS, LANGS, keys, plural, say_plural, tr

TEXTS = REPO / "tui" / "texts"
# Functions whose arguments at these positions are keys of the table.
KEY_ARGUMENT = {
    "tr": (1,),
    "say": (0,),
    "both": (0,),
    "has_text": (0,),
    "out": (0,),
    "word": (0,),
    "plural": (2, 3),
    "say_plural": (1, 2),
}
# Keys whose languages differ in placeholders on purpose.
BILINGUAL = {"literal.both"}


def _sources() -> list[Path]:
    return sorted((REPO / "tui").rglob("*.py"))


def _calls() -> Iterator[tuple[Path, ast.Call, ast.expr]]:
    """Every call of a key function with its key argument."""
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            for position in KEY_ARGUMENT.get(name or "", ()):
                if len(node.args) > position:
                    yield path, node, node.args[position]


def _literals(expression: ast.expr) -> list[str] | None:
    """The keys an argument can be when it is written out (a literal, or a choice of two);
    None when it is a name or an element of a table, checked through that table."""
    if isinstance(expression, ast.Constant) and isinstance(expression.value, str):
        return [expression.value]
    if isinstance(expression, ast.IfExp):
        body, other = _literals(expression.body), _literals(expression.orelse)
        if body is not None and other is not None:
            return body + other
    return None


def test_every_key_has_every_language_with_the_same_placeholders() -> None:
    for key, texts in keys().items():
        assert len(texts) == len(LANGS), key
        assert all(text.strip() or key == "empty" for text in texts), key
        fields = [
            {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
            for text in texts
        ]
        if key not in BILINGUAL:
            assert all(field == fields[0] for field in fields), key
        for lang in LANGS:
            # Every text formats with its own placeholders filled: no stray brace.
            tr(lang, key, **dict.fromkeys(fields[0] | fields[1], "x"))


def _written_keys(path: Path) -> Iterator[str]:
    """The keys of the tables a module writes out (an area's `TEXTS`, the package's own)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Dict):
            for key in node.value.keys:
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    yield key.value


def test_the_lang_type_names_the_languages_of_the_tables_in_their_order() -> None:
    tree = ast.parse((TEXTS / "__init__.py").read_text(encoding="utf-8"))
    [named] = [
        node.value.slice
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and [getattr(target, "id", None) for target in node.targets] == ["Lang"]
        and isinstance(node.value, ast.Subscript)
    ]
    assert ast.literal_eval(named) == LANGS


def test_no_key_is_written_twice_in_one_area_or_in_two() -> None:
    modules = sorted(TEXTS.glob("*.py"))
    assert {path.stem for path in modules} == {"__init__", *AREAS}
    written = Counter(key for path in modules for key in _written_keys(path))
    assert [key for key, count in written.items() if count > 1] == []
    assert sum(written.values()) == len(keys())


def test_every_key_the_code_uses_exists_and_none_is_built_at_run_time() -> None:
    missing, built = [], []
    for path, node, argument in _calls():
        where = f"{path.relative_to(REPO)}:{node.lineno}"
        # A table's `get` is a lookup of a written-out key; anything else computed is built.
        lookup = (
            isinstance(argument, ast.Call)
            and isinstance(argument.func, ast.Attribute)
            and argument.func.attr == "get"
        )
        if isinstance(argument, ast.JoinedStr | ast.BinOp) or (
            isinstance(argument, ast.Call) and not lookup
        ):
            built.append(where)
            continue
        if lookup:
            assert isinstance(argument, ast.Call)
            argument = argument.args[1] if len(argument.args) > 1 else argument
        for key in _literals(argument) or []:
            if key not in keys():
                missing.append(f"{where}: {key}")
    assert built == [], "keys built at run time"
    assert missing == []


def _key_tables() -> Iterator[tuple[Path, str]]:
    """String values of the code's own tables of keys (dicts and tuples of literals assigned
    at module level), which name keys given to the key functions through a variable."""
    prefixes = {key.split(".")[0] for key in keys() if "." in key}
    for path in _sources():
        if path.parent == TEXTS:
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
                continue
            for constant in ast.walk(node.value):
                value = getattr(constant, "value", None)
                if (
                    isinstance(constant, ast.Constant)
                    and isinstance(value, str)
                    and "." in value
                    and value.split(".")[0] in prefixes
                    and " " not in value
                ):
                    yield path, value


def test_keys_named_in_the_codes_tables_exist() -> None:
    missing = [
        f"{path.relative_to(REPO)}: {key}" for path, key in _key_tables() if key not in keys()
    ]
    assert missing == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_table_check_can_fail(lang: str) -> None:
    with pytest.raises(KeyError):
        tr(lang, "no.such.key")


def test_french_counts_zero_and_one_in_the_singular_and_english_zero_in_the_plural() -> None:
    said = {
        (lang, number): plural(lang, number, "n.cookie", "n.cookies")
        for lang in LANGS
        for number in (0, 1, 2)
    }
    assert said == {
        ("en", 0): "0 cookies",
        ("en", 1): "1 cookie",
        ("en", 2): "2 cookies",
        ("fr", 0): "0 cookie",
        ("fr", 1): "1 cookie",
        ("fr", 2): "2 cookies",
    }
    # Said later, in whichever language the reader wants (a finding keeps both).
    assert say_plural(0, "finding.items.one", "finding.items").both() == {
        "en": "0 items not understood",
        "fr": "0 élément non compris",
    }


def test_a_length_of_no_time_is_said_in_the_singular_in_french() -> None:
    assert (duration(0, "en"), duration(0, "fr")) == ("0 seconds", "0 seconde")
    assert (duration(1, "en"), duration(1, "fr")) == ("1 second", "1 seconde")
