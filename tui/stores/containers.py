"""Firefox containers by name, from the profile's `containers.json`.

The format, from Firefox's ContextualIdentityService
(toolkit/components/contextualidentity/ContextualIdentityService.sys.mjs, in mozilla/gecko-dev;
LAST_CONTAINERS_JSON_VERSION 5):

    {"version": 5, "lastUserContextId": 6,
     "identities": [{"userContextId": 1, "public": true, "icon": "fingerprint",
                     "color": "blue", "l10nId": "user-context-personal"},
                    {"userContextId": 6, "public": true, "icon": "tree",
                     "color": "green", "name": "Travel"}, ...]}

Firefox names a container (getUserContextLabel) from the first *public* identity with its id:
its `name` when it has one (containers the user made or renamed), else the translation of its
`l10nId` (the four built-in ones). Files before version 5 carry `l10nID` with the older
StringBundle ids, which Firefox's 4->5 migration maps to the same four.

The file is untrusted: one that is missing, too big, not JSON, nested too deep or of another
shape gives no names (cookies then show the container's id), and never ends the read. Names
pass through `printable` and are bounded.
"""

from __future__ import annotations

import json
from pathlib import Path

from tui.regular import read_regular
from tui.texts import Label
from tui.textsafe import printable

# typing is not imported at run time: `scan` starts faster without it (annotations only).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FILE = "containers.json"
# A real file holds a few hundred bytes per container.
MAX_BYTES = 1 << 20
NAME_LIMIT = 80

# The built-in containers' labels: en-US from toolkit/locales/en-US/toolkit/global/
# contextual-identity.ftl, French from mozilla-l10n/firefox-l10n fr/toolkit/toolkit/global/
# contextual-identity.ftl.
_PERSONAL = Label("Personal", "Personnel")
_WORK = Label("Work", "Professionnel")
_BANKING = Label("Banking", "Bancaire")
_SHOPPING = Label("Shopping", "Achats en ligne")
BUILT_IN: dict[str, Label] = {
    "user-context-personal": _PERSONAL,
    "user-context-work": _WORK,
    "user-context-banking": _BANKING,
    "user-context-shopping": _SHOPPING,
    # Before containers.json version 5.
    "userContextPersonal.label": _PERSONAL,
    "userContextWork.label": _WORK,
    "userContextBanking.label": _BANKING,
    "userContextShopping.label": _SHOPPING,
}


def container_names(profile_dir: Path | None) -> dict[str, Label]:
    """userContextId (as text, as originAttributes writes it) -> the container's name."""
    if profile_dir is None:
        return {}
    path = profile_dir / FILE
    try:
        data = read_regular(path, MAX_BYTES)
    except OSError:
        return {}
    if len(data) > MAX_BYTES:
        return {}
    # Firefox decodes it with TextDecoder, which replaces bytes that are not UTF-8.
    document = _json(data.decode("utf-8", "replace"))
    identities = document.get("identities") if isinstance(document, dict) else None
    if not isinstance(identities, list):
        return {}
    names: dict[str, Label] = {}
    for identity in identities:
        found = _identity(identity)
        if found is not None:
            # Firefox takes the first public identity with the id.
            names.setdefault(*found)
    return names


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        # ValueError covers bad JSON and integers longer than Python's digit limit.
        return None


def _identity(identity: Any) -> tuple[str, Label] | None:
    if not isinstance(identity, dict) or identity.get("public") is not True:
        return None
    context = identity.get("userContextId")
    if isinstance(context, bool) or not isinstance(context, int) or context < 0:
        return None
    name = identity.get("name")
    if isinstance(name, str) and name:
        shown = printable(name, NAME_LIMIT)
        return str(context), Label.same(shown)
    for key in ("l10nId", "l10nID"):
        label = identity.get(key)
        if isinstance(label, str) and label in BUILT_IN:
            return str(context), BUILT_IN[label]
    return None
