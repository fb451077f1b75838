"""What the sources list and the notice under the filter say about each store, as rich Text;
no textual here. Store text (profile names, paths, errors) goes through `printable`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from rich.text import Text

from tui.model import Cookie, Store
from tui.texts import Lang, plural, tr
from tui.textsafe import printable

# The sources list's first entry, every store at once (store ids never are "*").
ALL = "*"
SOURCE_LIMIT = 70


def store_states(store: Store, cookies: Iterable[Cookie]) -> list[str]:
    """The store's states, worst first: error, running, values (unavailable); else ok."""
    states = []
    if store.error:
        states.append("error")
    if store.running:
        states.append("running")
    if any(cookie.raw.unavailable is not None for cookie in cookies):
        states.append("values")
    return states or ["ok"]


STATE_STYLE = {"ok": "green", "running": "yellow", "values": "yellow", "error": "bold red"}
STATE_TEXT = {
    "ok": "state.ok",
    "running": "state.running",
    "values": "state.values",
    "error": "state.error",
}


def display_path(path: str | Path, home: Path | None) -> str:
    """`~/...` for paths under the home, so lists stay short and demo paths stay stable."""
    text = str(path)
    if home is not None:
        root = str(home).rstrip("/")
        if text == root:
            return "~"
        if root and text.startswith(root + "/"):
            return "~" + text[len(root) :]
    return printable(text, 300)


def source_prompt(store: Store, cookies: Sequence[Cookie], lang: Lang, width: int = 0) -> Text:
    """One line of the sources list: `Browser/Profile  count  state · state`."""
    text = Text(printable(store.id, SOURCE_LIMIT).ljust(width), style="bold")
    text.append(f" {len(cookies):>4}  ", style="dim")
    for index, state in enumerate(store_states(store, cookies)):
        if index:
            text.append(" · ", style="dim")
        text.append(tr(lang, STATE_TEXT[state]), style=STATE_STYLE[state])
    return text


def all_prompt(count: int, lang: Lang, width: int = 0) -> Text:
    text = Text(tr(lang, "all").ljust(width), style="bold")
    text.append(f" {count:>4}", style="dim")
    return text


def source_width(stores: Sequence[Store], lang: Lang) -> int:
    """The width that aligns the counts of the sources list."""
    names = [len(printable(store.id, SOURCE_LIMIT)) for store in stores]
    return max([len(tr(lang, "all")), *names])


def store_notice(store: Store, cookies: Sequence[Cookie], lang: Lang, home: Path | None) -> Text:
    """What is worth knowing about one store: its path, then any error, running browser, note."""
    text = Text(tr(lang, "store.path", path=display_path(store.ref.path, home)), style="dim")
    states = store_states(store, cookies)
    if store.error is not None:
        text.append("\n")
        error = printable(store.error.text(lang), 400)
        text.append(tr(lang, "store.error", error=error), style="bold red")
    if "running" in states:
        text.append("\n")
        text.append(tr(lang, "store.running"), style="yellow")
    if "values" in states:
        text.append("\n")
        text.append(tr(lang, "store.values"), style="yellow")
    if store.note is not None:
        text.append("\n")
        text.append(printable(store.note.text(lang), 400), style="dim")
    return text


def problems(stores: Sequence[Store], lang: Lang) -> str:
    """ "1 store could not be read, 2 browsers are running", or "" when all is well."""
    errors = sum(1 for store in stores if store.error)
    running = sum(1 for store in stores if store.running and not store.error)
    parts = []
    if errors:
        parts.append(plural(lang, errors, "problem.error", "problem.errors"))
    if running:
        parts.append(plural(lang, running, "problem.running", "problem.runnings"))
    return ", ".join(parts)


def sources_notice(
    stores: Sequence[Store],
    source: str,
    cookies: Mapping[str, Sequence[Cookie]],
    lang: Lang,
    home: Path | None,
) -> Text:
    """The notice under the filter: the chosen store's path and troubles, or, for all of them,
    how many could not be read or have their browser running (empty when all is well)."""
    store = next((store for store in stores if store.id == source), None)
    if store is not None:
        return store_notice(store, cookies.get(store.id, ()), lang, home)
    trouble = problems(stores, lang)
    return Text(tr(lang, "problems", problems=trouble), style="yellow") if trouble else Text()
