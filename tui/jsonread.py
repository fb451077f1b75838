"""One typed reader of untrusted JSON: the catalogue (`--catalog`) and a report (`open`).

Both files come from outside the tool: anyone can pass a catalogue, and support opens the
reports users send. Reading one ends in typed values or in one JsonError, whose str() is the
rest of a line after the file's name: "<where>: <what>", where `where` is a JSON path such as
`cookies[3].category` (or a line and column when the text itself is at fault).

Parsing is bounded before anything else looks at the data: the file's size, the depth of
nesting (Python's json recurses, and so do the app's renderers) and the digits of a number
(Python refuses to convert integers of more than 4,300 digits, with a ValueError that is not
a JSONDecodeError).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from tui.regular import NotAFile, read_regular
from tui.texts import Problem, Said, say
from tui.textsafe import printable

# typing is not imported at run time: `scan` starts faster without it (annotations only).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MAX_BYTES = 64 * 1024 * 1024
# The deepest legitimate document (a report's consent structure) nests about 10 levels.
MAX_DEPTH = 64
# Enough for any 64-bit integer; no field of either file needs more.
MAX_DIGITS = 20
_MAX_DATE = 64
_SHOWN = 40


class JsonError(Problem):
    """Unreadable or invalid JSON: "<where>: <what>", or "<what>" for the file as a whole."""

    def __init__(self, where: str | Said | None, what: Said) -> None:
        super().__init__(say("json.at", where=where, what=what) if where else what)
        self.where = where
        self.what = what


# --- the file and the text -----------------------------------------------------------------


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """The file's text (UTF-8); JsonError when it is missing, unreadable or too large."""
    try:
        data = read_regular(path, max_bytes)
    except FileNotFoundError:
        raise JsonError(None, say("json.not-found")) from None
    except NotAFile as exc:
        raise JsonError(None, exc.said) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise JsonError(None, say("json.unreadable", reason=reason)) from None
    if len(data) > max_bytes:
        mib, rest = divmod(max_bytes, 1024 * 1024)
        size = f"{mib} MB" if mib and not rest else f"{max_bytes} bytes"
        raise JsonError(None, say("json.too-large", size=size))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise JsonError(None, say("json.not-utf8")) from None


class _NumberRefused(Problem):
    """Raised from inside json's number hooks; located afterwards by _position_of_number."""


def parse(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """The document in `text`, with nesting and numbers bounded; JsonError otherwise."""
    try:
        document = json.loads(
            text, parse_int=_integer, parse_float=_float, parse_constant=_not_a_number
        )
    except json.JSONDecodeError as exc:
        # exc.msg is one of json's fixed phrases; it never quotes the document.
        invalid = say("json.invalid", line=exc.lineno, column=exc.colno, reason=exc.msg)
        raise JsonError(None, invalid) from None
    except _NumberRefused as exc:
        raise JsonError(_position_of_number(text), exc.said) from None
    except RecursionError:
        # json's scanner counts its nesting against Python's recursion limit (about 1,000)
        # and stops there with this error, having built nothing.
        too_deep = True
    else:
        too_deep = _deeper_than(document, max_depth)
    if too_deep:
        where = _position_of_depth(text, max_depth)
        raise JsonError(where, say("json.too-deep", levels=max_depth))
    return document


def _deeper_than(document: Any, limit: int) -> bool:
    """Whether lists and objects nest more than `limit` levels: a walk level by level, so
    that no recursion is involved, and only containers are kept (json.loads makes plain
    dicts and lists, so exact types suffice)."""
    level = [document] if type(document) in _CONTAINERS else []
    for _ in range(limit):
        following: list[Any] = []
        for container in level:
            values = container.values() if type(container) is dict else container
            following += [value for value in values if type(value) in _CONTAINERS]
        if not following:
            return False
        level = following
    return bool(level)


_CONTAINERS = (dict, list)


# Patterns used only on the way to an error are compiled then (re caches them), not at import.
# A JSON string is matched whole, so that the brackets and digits inside it are not counted.
_STRING = r'"(?:[^"\\]++|\\.)*+"'
_BRACKET_OR_STRING = _STRING + r"|([\[\]{}])"
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _position_of_depth(text: str, limit: int) -> Said | None:
    """Where nesting first goes past `limit`, counting the brackets outside strings."""
    depth = 0
    for match in re.finditer(_BRACKET_OR_STRING, text, re.DOTALL):
        bracket = match.group(1)
        if bracket:
            depth += _DEPTH_STEP[bracket]
            if depth > limit:
                return _line_column(text, match.start())
    return None


def _integer(token: str) -> int:
    if len(token) > MAX_DIGITS:  # cheap first test: a sign counts, digits decide
        problem = _number_problem(token)
        if problem:
            raise _NumberRefused(problem)
    return int(token)


def _float(token: str) -> float:
    problem = _number_problem(token)
    if problem:
        raise _NumberRefused(problem)
    return float(token)


def _not_a_number(token: str) -> float:
    raise _NumberRefused(say("json.not-a-number", token=token))


def _number_problem(token: str) -> Said | None:
    """Why a number token is refused, None when it is read."""
    if token in ("NaN", "Infinity", "-Infinity"):
        return say("json.not-a-number", token=token)
    unsigned = token.lstrip("-")
    digits = len(unsigned) - len(unsigned.lstrip("0123456789"))
    if digits > MAX_DIGITS:
        return say("json.too-many-digits", digits=digits, most=MAX_DIGITS)
    if digits < len(unsigned) and abs(float(token)) == float("inf"):
        return say("json.too-large-number")
    return None


_STRING_OR_NUMBER = _STRING + r"|(-?(?:Infinity|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|NaN)"


def _position_of_number(text: str) -> Said | None:
    # Only reached after json stopped at a number, so the text parses up to there.
    for match in re.finditer(_STRING_OR_NUMBER, text, re.DOTALL):
        if match.group(1) and _number_problem(match.group(1)):
            return _line_column(text, match.start())
    return None


def _line_column(text: str, offset: int) -> Said:
    line = text.count("\n", 0, offset) + 1
    return say("json.line-column", line=line, column=offset - text.rfind(chr(10), 0, offset))


# --- typed access --------------------------------------------------------------------------

_PLAIN_KEY = r"[A-Za-z0-9_\-]+"


def join(path: str, key: str | int) -> str:
    """`path.key`, `path[3]`, or `path["odd key"]` for a key that would read ambiguously."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if not re.fullmatch(_PLAIN_KEY, key):
        return f"{path}[{printable(json.dumps(key), _SHOWN)}]"
    return f"{path}.{key}" if path else key


class Node:
    """A value inside a parsed document, and where it is.

    `show` says whether error messages may quote the value found (a catalogue is public
    policy text; a report is whatever a user sent, so its errors name only the kind). The
    path is put together only when an error needs it: reading a large catalogue makes
    hundreds of thousands of nodes.
    """

    __slots__ = ("key", "parent", "show", "value")

    def __init__(
        self,
        value: Any,
        show: bool = True,
        parent: Node | None = None,
        key: str | int | None = None,
    ) -> None:
        self.value = value
        self.show = show
        self.parent = parent
        self.key = key

    @property
    def path(self) -> str:
        """The JSON path, such as `cookies[3].category`; "" for the document itself."""
        keys: list[str | int] = []
        node: Node | None = self
        while node is not None and node.key is not None:
            keys.append(node.key)
            node = node.parent
        path = ""
        for key in reversed(keys):
            path = join(path, key)
        return path

    @property
    def where(self) -> str | Said:
        return self.path or say("json.top-level")

    def fail(self, what: Said) -> JsonError:
        return JsonError(self.where, what)

    def found(self) -> str | Said:
        """The value as an error message shows it: quoted and bounded, or only its kind."""
        value = self.value
        if not self.show:
            return _kind(value)
        shown = json.dumps(value, ensure_ascii=False)
        shown = shown if len(shown) <= _SHOWN else shown[: _SHOWN - 3] + "..."
        if isinstance(value, str):
            shown = "'" + shown.strip('"') + "'"
        return printable(shown, _SHOWN + 2)

    def _child(self, value: Any, key: str | int) -> Node:
        return Node(value, self.show, self, key)

    # --- objects and lists

    def mapping(self) -> dict[str, Any]:
        if not isinstance(self.value, dict):
            raise self.fail(say("json.expected-object", found=self.found()))
        return self.value

    def keys(self, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> Node:
        """This object, after checking that it has every required key and no other."""
        obj = self.mapping()
        for key in required:
            if key not in obj:
                raise self.fail(say("json.missing-key", key=key))
        for key in obj:
            if key not in required and key not in optional:
                raise self._child(obj[key], key).fail(say("json.unknown-key"))
        return self

    def __getitem__(self, key: str) -> Node:
        obj = self.mapping()
        if key not in obj:
            raise self.fail(say("json.missing-key", key=key))
        return self._child(obj[key], key)

    def opt(self, key: str) -> Node | None:
        """The member `key`, None when it is absent or null."""
        value = self.mapping().get(key)
        return None if value is None else self._child(value, key)

    def members(self) -> Iterator[tuple[str, Node]]:
        for key, value in self.mapping().items():
            yield key, self._child(value, key)

    def items(self) -> list[Node]:
        if not isinstance(self.value, list):
            raise self.fail(say("json.expected-list", found=self.found()))
        return [self._child(value, index) for index, value in enumerate(self.value)]

    # --- scalars

    def string(self, nonempty: bool = False) -> str:
        value = self.value
        if not isinstance(value, str) or (nonempty and not value.strip()):
            key = "json.expected-nonempty" if nonempty else "json.expected-string"
            raise self.fail(say(key, found=self.found()))
        return value

    def boolean(self) -> bool:
        if not isinstance(self.value, bool):
            raise self.fail(say("json.expected-boolean", found=self.found()))
        return self.value

    def integer(self) -> int:
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise self.fail(say("json.expected-integer", found=self.found()))
        return self.value

    def one_of(self, allowed: tuple[str, ...]) -> str:
        if not isinstance(self.value, str) or self.value not in allowed:
            raise self.fail(say("json.not-one-of", found=self.found(), allowed=", ".join(allowed)))
        return self.value

    def time(self, earliest: datetime, latest: datetime) -> datetime:
        """An ISO 8601 date and time with its zone, in UTC, between `earliest` and `latest`.

        A time without a zone cannot be compared with the tool's aware times, and one near
        the ends of datetime's range overflows when converted or shifted.
        """
        text = self.string()
        try:
            if len(text) > _MAX_DATE:
                raise ValueError
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise self.fail(say("json.not-a-date")) from None
        if moment.utcoffset() is None:
            raise self.fail(say("json.no-zone"))
        outside = self.fail(
            say("json.date-range", earliest=f"{earliest:%Y-%m-%d}", latest=f"{latest:%Y-%m-%d}")
        )
        try:
            moment = moment.astimezone(UTC)
        except OverflowError:
            raise outside from None
        if not earliest <= moment <= latest:
            raise outside
        return moment

    # --- optional members, for the many fields of a report that may be null

    def opt_string(self, key: str) -> str | None:
        node = self.opt(key)
        return None if node is None else node.string()

    def opt_integer(self, key: str) -> int | None:
        node = self.opt(key)
        return None if node is None else node.integer()

    def opt_time(self, key: str, earliest: datetime, latest: datetime) -> datetime | None:
        node = self.opt(key)
        return None if node is None else node.time(earliest, latest)


def _kind(value: Any) -> str | Said:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return say("json.kind.number")
    if isinstance(value, str):
        return say("json.kind.string")
    return say("json.kind.list" if isinstance(value, list) else "json.kind.object")
