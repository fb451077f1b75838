"""Text from a cookie store is hostile until made safe to show on a terminal."""

from __future__ import annotations

import unicodedata

MAX_SHOWN = 200


def printable(text: str, limit: int = MAX_SHOWN) -> str:
    """Control characters (ANSI escapes included) as visible escapes, and a bounded length.

    Rich markup needs no escaping here: callers hand the result to Text objects or
    `markup=False` widgets, which never parse it.
    """
    out = []
    for char in text[: limit + 1]:
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs"):
            out.append(f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
        else:
            out.append(char)
    shown = "".join(out)
    if len(text) > limit:
        # Language-neutral on purpose: the same text serves English and French screens.
        shown = shown[:limit] + f"…(+{len(text) - limit})"
    return shown
