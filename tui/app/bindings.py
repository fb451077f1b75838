"""Bindings whose texts follow the app's language.

A binding is declared with the keys of its description and its tooltip in tui/texts/app.py; its id
is the description's key. Textual keeps what was declared (English); each screen shows its
bindings in its own language by overriding the public `Screen.active_bindings`, which is what
the footer, Textual's key panel and its quit hint read, with `in_language`. Nothing of Textual's
binding maps is rewritten, and a key changed through a keymap stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from rich.cells import cell_len
from textual.binding import ActiveBinding, Binding, BindingType

from tui.texts import Lang, tr

# The key of each binding's tooltip text, by the binding's id (filled as bindings are declared).
TIPS: dict[str, str] = {}
# The key of the footer group's description, by the binding's id (bindings shown as one group).
GROUPS: dict[str, str] = {}


def binding(
    key: str,
    action: str,
    text: str,
    tip: str,
    show: bool = True,
    group: str | None = None,
    priority: bool = False,
) -> Binding:
    """A binding whose description is `text` and whose tooltip is `tip` (both text keys); the
    footer shows the bindings of one `group` (a text key) as their keys and one description.
    `priority`: run before the key reaches the focused widget (Textual's priority bindings)."""
    TIPS[text] = tip
    together = None
    if group is not None:
        GROUPS[text] = group
        together = Binding.Group(tr("en", group), compact=False)
    return Binding(
        key,
        action,
        tr("en", text),
        show=show,
        tooltip=tr("en", tip),
        id=text,
        group=together,
        priority=priority,
    )


def said(item: Binding, lang: Lang) -> Binding:
    """The binding with its description and tooltip in `lang` (Textual's own as they are)."""
    if item.id is None or item.id not in TIPS:
        return item
    told = replace(item, description=tr(lang, item.id), tooltip=tr(lang, TIPS[item.id]))
    if item.group is not None and item.id in GROUPS:
        told = replace(told, group=Binding.Group(tr(lang, GROUPS[item.id]), compact=False))
    return told


def in_language(active: Mapping[str, ActiveBinding], lang: Lang) -> dict[str, ActiveBinding]:
    """A screen's active bindings (key -> binding), each said in `lang`."""
    shown = {}
    for key, (node, item, enabled, _) in active.items():
        told = said(item, lang)
        shown[key] = ActiveBinding(node, told, enabled, told.tooltip)
    return shown


def _footer_width(items: Iterable[Binding], key_display: Callable[[Binding], str]) -> int:
    """Cells the footer takes for `items`, laid out as Textual's Footer (not compact) lays
    them out: a key padded by one cell each side, then its description and one cell; a group
    is its keys one cell apart and one cell around, then its description and one cell."""
    width = 0
    grouped: set[str] = set()
    for item in items:
        key = cell_len(key_display(item))
        if item.group is None:
            width += key + 2 + cell_len(item.description) + 1
        elif item.group.description in grouped:
            width += key + 1
        else:
            grouped.add(item.group.description)
            width += 1 + key + 1 + cell_len(item.group.description) + 1
    return width


def fit_footer(
    active: Mapping[str, ActiveBinding],
    width: int,
    ranks: Sequence[str],
    key_display: Callable[[Binding], str],
    palette: str = "",
) -> dict[str, ActiveBinding]:
    """The bindings with the least important ones hidden from the footer (`show` False; the
    keys still work) until what is shown fits in `width` cells beside the palette's key.

    `ranks` lists binding ids, most important first; an id that is not there goes first, and
    bindings of one footer group go together, as the footer shows them as one.
    """
    # The footer shows an action once, by its first key (`?` for `?` and `f1`).
    first: dict[str, str] = {}
    for key, value in active.items():
        if value.binding.show:
            first.setdefault(value.binding.action, key)
    shown = {key: active[key] for key in first.values()}

    def rank(value: ActiveBinding) -> int:
        item = value.binding
        name = item.id or ""
        if item.group is not None:
            # A group ranks as its best-ranked binding.
            mates = [v.binding.id for v in shown.values() if v.binding.group == item.group]
            name = min(mates, key=lambda m: ranks.index(m) if m in ranks else -1) or ""
        return ranks.index(name) if name in ranks else -1

    budget = width
    if palette in active:
        # The palette key is docked right, after a one-cell border, padded right by one.
        budget -= _footer_width([active[palette].binding], key_display) + 2
    kept = {key: value for key, value in shown.items() if key != palette}
    while kept and _footer_width((v.binding for v in kept.values()), key_display) > budget:
        worst = max(rank(value) for value in kept.values())
        kept = {key: value for key, value in kept.items() if rank(value) != worst}
    hidden = {value.binding.action for key, value in shown.items() if key not in kept}
    hidden.discard(active[palette].binding.action if palette in active else "")
    fitted = dict(active)
    for key, value in active.items():
        if value.binding.show and value.binding.action in hidden:
            item = replace(value.binding, show=False)
            fitted[key] = ActiveBinding(value.node, item, value.enabled, value.tooltip)
    return fitted


def key_help(
    declared: Iterable[BindingType],
    lang: Lang,
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
