"""The catalogue's `regex` patterns: a small subset of regular expressions, matched in time
linear in the name.

Cookie names come from websites. Python's `re` backtracks, so a pattern such as `(a+)+$`
takes more than 30 s on a 41-character name. The subset below has no groups and no
alternation, so a pattern is a plain sequence of steps, each a set of characters that is
taken once, optionally, or any number of times; the matcher follows every possible position
in the pattern at once (Thompson's simulation of the automaton), which costs at most the
name's length times the number of steps. The subset needs no import and no dependency.

Syntax. A valid pattern means what Python's `re.fullmatch(pattern, name, re.ASCII)` means:
- a character stands for itself, except `. [ ] ( ) { } | \\ * + ? ^ $`;
- `\\` before an ASCII punctuation character stands for that character;
- `\\d`, `\\w`, `\\s`: an ASCII digit, word character (letters, digits, `_`), white space;
  `\\D`, `\\W`, `\\S`: any other character;
- `.`: any character but a newline;
- `[...]`, `[^...]`: one character of (or not of) a set of characters, ranges such as `a-z`,
  escapes and `\\d \\w \\s`; inside, `] [ \\ - ^` are written escaped (`^` first negates);
- `?`, `*`, `+` after any of these: zero or one, any number, at least one;
- `(?i)` at the very start: ASCII letters match in either case;
- `^` at the start and `$` at the end are accepted and change nothing: the whole name must
  match anyway.
Groups, alternation, counted repeats `{m,n}`, lazy or possessive repeats, backreferences and
lookaround are refused with the reason; two catalogue entries replace an alternation.
"""

from __future__ import annotations

from functools import cache

from tui.texts import Problem, Said, say

MAX_LENGTH = 200
# Transitions remembered per pattern; beyond this many, the rest are worked out each time.
_SEEN_LIMIT = 4096

_SPECIAL = set(".[](){}|\\*+?^$")
_IN_SET_ESCAPED = set("[]\\-^")
_DIGIT = (("0", "9"),)
_WORD = (("0", "9"), ("A", "Z"), ("_", "_"), ("a", "z"))
_SPACE = (("\t", "\r"), (" ", " "))  # \t \n \v \f \r and the space, as re.ASCII's \s
_CLASSES = {"d": _DIGIT, "w": _WORD, "s": _SPACE}
_NEWLINE = (("\n", "\n"),)
# string.punctuation, without importing `string` on the scan path.
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

Ranges = tuple[tuple[str, str], ...]


class PatternError(Problem):
    """str() says what is wrong and at which character (counted from 1)."""


class _Step:
    """One step of a pattern: a set of characters, taken once, optionally or repeatedly."""

    __slots__ = ("negated", "ranges", "repeat")

    def __init__(self, ranges: Ranges, negated: bool, repeat: str) -> None:
        self.ranges = ranges
        self.negated = negated
        # "" once, "?" zero or one, "*" any number ("+" is compiled as a step and its "*").
        self.repeat = repeat

    def takes(self, variants: tuple[str, ...]) -> bool:
        inside = any(low <= char <= high for char in variants for low, high in self.ranges)
        return inside != self.negated


class NamePattern:
    """A compiled pattern; `fullmatch(name)` runs in O(len(name) x steps)."""

    def __init__(self, steps: tuple[_Step, ...], ignore_case: bool) -> None:
        self._steps = steps
        self._ignore_case = ignore_case
        # The positions reachable from each position without taking a character, i.e. by
        # skipping the steps that may be taken zero times.
        closures: list[frozenset[int]] = [frozenset((len(steps),))]
        for index in range(len(steps) - 1, -1, -1):
            here = frozenset((index,))
            closures.append(here | closures[-1] if steps[index].repeat else here)
        self._closure = tuple(reversed(closures))
        self._seen: dict[tuple[frozenset[int], str], frozenset[int]] = {}

    def literal_prefix(self) -> str:
        """The characters every matching name starts with: the leading steps that take one
        given character exactly once (a letter stops it under `(?i)`). The catalogue indexes
        patterns by it, so a name is tried only against patterns its own start allows."""
        prefix = []
        for step in self._steps:
            if step.repeat or step.negated or len(step.ranges) != 1:
                break
            low, high = step.ranges[0]
            if low != high or (self._ignore_case and low.isalpha()):
                break
            prefix.append(low)
        return "".join(prefix)

    def fullmatch(self, name: str) -> bool:
        positions, end, seen = self._closure[0], len(self._steps), self._seen
        for char in name:
            following = seen.get((positions, char))
            if following is None:
                following = self._after(positions, char)
                # The automaton's transitions met so far: a name seen again (every cookie is
                # classified on each scan) costs a dict lookup per character.
                if len(seen) < _SEEN_LIMIT:
                    seen[positions, char] = following
            if not following:
                return False
            positions = following
        return end in positions

    def _after(self, positions: frozenset[int], char: str) -> frozenset[int]:
        """The positions after taking `char` from any of `positions`."""
        steps, closure, end = self._steps, self._closure, len(self._steps)
        variants = (
            (char, char.swapcase())
            if self._ignore_case and char.isascii() and char.isalpha()
            else (char,)
        )
        following: set[int] = set()
        for position in positions:
            if position < end and steps[position].takes(variants):
                stay = steps[position].repeat == "*"
                following |= closure[position if stay else position + 1]
        return frozenset(following)


@cache
def compile_pattern(pattern: str) -> NamePattern:
    """The pattern compiled, or PatternError saying why it is outside the subset.

    Cached: loading validates each pattern, and the entry then keeps the same compiled one.
    """
    return _Parser(pattern).parse()


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0

    def fail(self, what: Said, at: int | None = None) -> PatternError:
        position = (self.at if at is None else at) + 1
        return PatternError(say("pattern.at", what=what, position=position))

    def parse(self) -> NamePattern:
        text = self.text
        if len(text) > MAX_LENGTH:
            raise PatternError(say("pattern.too-long", most=MAX_LENGTH))
        ignore_case = text.startswith("(?i)")
        self.at = 4 if ignore_case else 0
        if text.startswith("^", self.at):
            self.at += 1
        steps: list[_Step] = []
        repeatable = False
        while self.at < len(text):
            char = text[self.at]
            if char in "?*+":
                if not repeatable:
                    raise self.fail(
                        say(
                            "pattern.repeats-nothing" if not steps else "pattern.repeat-repeat",
                            char=char,
                        )
                    )
                last = steps.pop()
                steps.append(_Step(last.ranges, last.negated, "" if char == "+" else char))
                if char == "+":
                    steps.append(_Step(last.ranges, last.negated, "*"))
                repeatable = False
                self.at += 1
                continue
            if char == "$" and self.at == len(text) - 1:
                break
            ranges, negated = self.one_step(char)
            steps.append(_Step(ranges, negated, ""))
            repeatable = True
        return NamePattern(tuple(steps), ignore_case)

    def one_step(self, char: str) -> tuple[Ranges, bool]:
        """The step starting at self.at, which is moved past it."""
        if char == ".":
            self.at += 1
            return _NEWLINE, True
        if char == "[":
            return self.character_set()
        if char == "\\":
            return self.escape(in_set=False)
        if char in "()":
            raise self.fail(say("pattern.groups"))
        if char == "|":
            raise self.fail(say("pattern.alternation"))
        if char in "{}":
            raise self.fail(say("pattern.counted"))
        if char == "]":
            raise self.fail(say("pattern.stray-bracket"))
        if char in "^$":
            raise self.fail(say("pattern.anchor-start" if char == "^" else "pattern.anchor-end"))
        self.at += 1
        return ((char, char),), False

    def escape(self, in_set: bool) -> tuple[Ranges, bool]:
        start = self.at
        self.at += 1
        if self.at >= len(self.text):
            raise self.fail(say("pattern.trailing-backslash"), start)
        char = self.text[self.at]
        self.at += 1
        if char in _CLASSES:
            return _CLASSES[char], False
        if char.lower() in _CLASSES and not in_set:
            return _CLASSES[char.lower()], True
        if char in _PUNCTUATION:
            return ((char, char),), False
        raise self.fail(say("pattern.escape", char=char), start)

    def character_set(self) -> tuple[Ranges, bool]:
        start = self.at
        self.at += 1
        negated = self.text.startswith("^", self.at)
        if negated:
            self.at += 1
        ranges: list[tuple[str, str]] = []
        while True:
            if self.at >= len(self.text):
                raise self.fail(say("pattern.unclosed"), start)
            char = self.text[self.at]
            if char == "]":
                break
            low, single = self.set_member()
            if self.text.startswith("-", self.at) and not self.text.startswith("-]", self.at):
                dash = self.at
                self.at += 1
                if self.at >= len(self.text):
                    raise self.fail(say("pattern.unclosed"), start)
                high, single_high = self.set_member()
                if not (single and single_high):
                    raise self.fail(say("pattern.range-ends"), dash)
                if low[0][0] > high[0][0]:
                    raise self.fail(say("pattern.range-order"), dash)
                ranges.append((low[0][0], high[0][0]))
            else:
                ranges.extend(low)
        if not ranges:
            raise self.fail(say("pattern.empty-set"), start)
        self.at += 1
        return tuple(ranges), negated

    def set_member(self) -> tuple[Ranges, bool]:
        """One member of a set, and whether it is a single character (a range's end)."""
        char = self.text[self.at]
        if char == "\\":
            ranges, _ = self.escape(in_set=True)
            return ranges, self.text[self.at - 1] not in _CLASSES
        if char in _IN_SET_ESCAPED:
            raise self.fail(say("pattern.set-escape", char=char))
        self.at += 1
        return ((char, char),), True
