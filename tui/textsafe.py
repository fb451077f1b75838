"""Text from a cookie store is hostile until made safe to show on a terminal."""

from __future__ import annotations

import json
import re
import unicodedata

# typing is not imported at run time: `scan` starts faster without it (annotations only).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

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


# DEL and the C1 controls (U+0080-U+009F; U+009B is the one-character CSI): JSON leaves them
# raw, and `jq -r` would then print them to a terminal. The C0 controls JSON escapes itself.
_RAW_CONTROLS = re.compile("[\x7f-\x9f]")


def json_text(document: object, **options: Any) -> str:
    """`json.dumps(document, ensure_ascii=False, **options)` with every control character
    escaped (\\u007f, \\u009b): still valid JSON that reads back the same, other text kept
    as it is. Such characters can only stand inside strings, where the escape means them."""
    text = json.dumps(document, ensure_ascii=False, **options)
    return _RAW_CONTROLS.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
