"""argparse's own error sentences in the person's language.

argparse formats its errors in English before `Parser.error` sees them ("argument --lang:
invalid choice: 'de' (choose from 'en', 'fr')"). Each sentence it can say is a row of the
text table whose English is argparse's own template with its `%(name)s` written `{name}`
(CPython Lib/argparse.py, 3.11); the English row is read back as a pattern, and what it
matched is said again in the person's language. A sentence matching no row (another Python's
wording) is kept as argparse said it: English is better than nothing.
"""

from __future__ import annotations

import re
from functools import cache

from tui.texts import Lang, keys, tr

# The keys of argparse's sentences, the wrapper first: its message is said again in turn.
WRAPPER = "argparse.said.argument"
SENTENCES = (
    "argparse.said.expected-one",
    "argparse.said.expected-at-least-one",
    "argparse.said.expected-one-of-n",
    "argparse.said.expected-n",
    "argparse.said.invalid-choice",
    "argparse.said.invalid-value",
    "argparse.said.required",
    "argparse.said.one-required",
    "argparse.said.not-allowed-with",
    "argparse.said.ignored-explicit",
    "argparse.said.unrecognized",
    "argparse.said.ambiguous",
)


@cache
def _pattern(key: str) -> re.Pattern[str]:
    english = keys()[key][0]
    parts = re.split(r"\{(\w+)\}", english)
    # Even places are the sentence's own words, odd ones the names of what argparse filled in.
    pattern = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)"
        for index, part in enumerate(parts)
    )
    return re.compile(pattern + r"\Z", re.DOTALL)


def said(lang: Lang, message: str) -> str:
    """`message`, one of argparse's error sentences, in `lang`."""
    if lang == "en":
        return message
    wrapped = _pattern(WRAPPER).match(message)
    if wrapped is not None:
        inner = said(lang, wrapped["message"])
        return tr(lang, WRAPPER, argument=wrapped["argument"], message=inner)
    for key in SENTENCES:
        found = _pattern(key).match(message)
        if found is not None:
            return tr(lang, key, **found.groupdict())
    return message
