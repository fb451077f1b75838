"""Bindings whose description and tooltip follow the app's language.

Each binding's id names its text in strings.py (id, and id + ".tip"); switching language
rewrites descriptions in place, so keys changed through a keymap stay as they are.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from tui.texts import tr


def binding(key: str, action: str, id: str, show: bool = True) -> Binding:
    return Binding(key, action, tr("en", id), show=show, tooltip=tr("en", f"{id}.tip"), id=id)


def localize(node: DOMNode, lang: str) -> None:
    """Rewrite the node's binding descriptions and tooltips in `lang`."""

    def translated(item: Binding) -> Binding:
        if item.id is None:
            return item
        return replace(item, description=tr(lang, item.id), tooltip=tr(lang, f"{item.id}.tip"))

    node._bindings.key_to_bindings = {
        key: [translated(item) for item in items]
        for key, items in node._bindings.key_to_bindings.items()
    }
    node.refresh_bindings()
