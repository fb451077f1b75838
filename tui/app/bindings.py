"""Bindings whose texts follow the app's language.

A binding is declared with the keys of its description and its tooltip in tui/texts.py; its id
is the description's key. Textual keeps what was declared (English); each screen shows its
bindings in its own language by overriding the public `Screen.active_bindings`, which is what
the footer, Textual's key panel and its quit hint read, with `in_language`. Nothing of Textual's
binding maps is rewritten, and a key changed through a keymap stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from textual.binding import ActiveBinding, Binding, BindingType

from tui.texts import tr

# The key of each binding's tooltip text, by the binding's id (filled as bindings are declared).
TIPS: dict[str, str] = {}


def binding(key: str, action: str, text: str, tip: str, show: bool = True) -> Binding:
    """A binding whose description is `text` and whose tooltip is `tip` (both text keys)."""
    TIPS[text] = tip
    return Binding(key, action, tr("en", text), show=show, tooltip=tr("en", tip), id=text)


def said(item: Binding, lang: str) -> Binding:
    """The binding with its description and tooltip in `lang` (Textual's own as they are)."""
    if item.id is None or item.id not in TIPS:
        return item
    return replace(item, description=tr(lang, item.id), tooltip=tr(lang, TIPS[item.id]))


def in_language(active: Mapping[str, ActiveBinding], lang: str) -> dict[str, ActiveBinding]:
    """A screen's active bindings (key -> binding), each said in `lang`."""
    shown = {}
    for key, (node, item, enabled, _) in active.items():
        told = said(item, lang)
        shown[key] = ActiveBinding(node, told, enabled, told.tooltip)
    return shown


def key_help(
    declared: Iterable[BindingType],
    lang: str,
    key_display: Callable[[Binding], str],
    left_out: Callable[[Binding], bool] = lambda item: False,
) -> list[tuple[str, str, str]]:
    """(keys, description, tooltip) of each declared binding in `lang`, once per id, with every
    key that has that id (`? f1`), for the help screen; `left_out` ones are not listed."""
    bindings = [said(item, lang) for item in Binding.make_bindings(declared)]
    seen: set[str] = set()
    keys = []
    for item in bindings:
        if item.id is None or item.id in seen or left_out(item):
            continue
        seen.add(item.id)
        shown = [key_display(other) for other in bindings if other.id == item.id]
        keys.append((" ".join(shown), item.description, item.tooltip))
    return keys
