"""The main screen's keys: its bindings, their order in the footer, and those a read-only
session lacks. Data only; the screen decides, per action, which are on (check_action).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from textual.app import App
from textual.binding import ActiveBinding, Binding, BindingType

from tui.app.bindings import binding, fit_footer, in_language, key_help
from tui.app.deleting import ACTIONS as DELETE_ACTIONS
from tui.texts import Lang

# Live mode's actions on `w`: one of them is on at a time (check_action); neither in a report,
# where the screen's `w` says why. Here, not in tui.app.live: the screen loads live mode only
# when it is first used.
LIVE_START = "live_start"
LIVE_STOP = "live_stop"
LIVE_ACTIONS = (LIVE_START, LIVE_STOP)

# What a read-only session cannot do: it has no store to read again or to write to. Hidden
# from the footer, the help and the palette there, and refused if asked for anyway.
WRITING = frozenset({"rescan", "toggle_mark", *DELETE_ACTIONS})

# The footer's bindings by their id, most important first: on a narrow screen the last ones
# leave the footer first (their keys still work, and the help lists them all).
FOOTER_RANKS = (
    "help",
    "language",
    "quit",
    "key.details",
    "key.findings",
    "key.consent",
    "delete-non-necessary",
    "delete-selected",
    "fix",
    "filter",
    "live",
    "live-stop",
    "undo",
    "reveal",
    "select",
    "sort",
    "rescan",
)

MAIN_BINDINGS: list[BindingType] = [
    binding("q", "app.quit", "quit", "quit.tip"),
    # Priority: handled as it arrives, so the keys queued behind it (typed fast, pasted)
    # already find the filter focused (action_focus_filter).
    binding("slash", "focus_filter", "filter", "filter.tip", priority=True),
    binding("s", "sort", "sort", "sort.tip"),
    binding("S", "sort_reverse", "sort-reverse", "sort-reverse.tip", show=False),
    binding("v", "reveal", "reveal", "reveal.tip"),
    binding("space", "toggle_mark", "select", "select.tip"),
    # One key: check_action shows whichever of the two the selection calls for.
    binding("d", "delete_non_necessary", "delete-non-necessary", "delete-non-necessary.tip"),
    binding("d", "delete_selected", "delete-selected", "delete-selected.tip"),
    binding("u", "undo", "undo", "undo.tip"),
    binding("r", "rescan", "rescan", "rescan.tip"),
    # Each tab below the table has its key (one group in the footer).
    binding("1", "show_tab('tab-details')", "key.details", "key.details.tip", group="key.tabs"),
    binding("2", "show_tab('tab-findings')", "key.findings", "key.findings.tip", group="key.tabs"),
    binding("3", "show_tab('tab-consent')", "key.consent", "key.consent.tip", group="key.tabs"),
    binding("l", "app.toggle_language", "language", "language.tip"),
    # One key: check_action shows whichever of the two the session and the mode allow.
    binding("w", LIVE_START, "live", "live.tip"),
    binding("w", LIVE_STOP, "live-stop", "live-stop.tip"),
    binding("question_mark,f1", "app.help", "help", "help.tip"),
    binding("escape", "back", "back", "back.tip", show=False),
]


def live_action_on(action: str, can_watch: bool, watching: bool) -> bool:
    """For the screen's check_action: whether live mode's `action` is on now (off: hidden)."""
    if action == LIVE_START:
        return can_watch and not watching
    return action == LIVE_STOP and watching


def footer_bindings(
    active: dict[str, ActiveBinding],
    lang: Lang,
    holds_values: bool,
    width: int,
    app: App[object],
) -> dict[str, ActiveBinding]:
    """Textual's active bindings, each said in `lang` (the footer reads these), less what a
    footer `width` wide has no room for, and `v` for a report (it holds no value to reveal)."""
    active = in_language(active, lang)
    if not holds_values:
        active = {
            key: ActiveBinding(
                item.node, replace(item.binding, show=False), item.enabled, item.tooltip
            )
            if item.binding.id == "reveal"
            else item
            for key, item in active.items()
        }
    return fit_footer(active, width, FOOTER_RANKS, app.get_key_display, app.COMMAND_PALETTE_BINDING)


def main_key_help(
    declared: Iterable[BindingType],
    lang: Lang,
    key_display: Callable[[Binding], str],
    read_only: bool,
    can_watch: bool,
) -> list[tuple[str, str, str]]:
    """(key, description, tooltip) of each binding, for the help screen; read-only, without
    the keys that cannot work then (nor live mode's where it cannot watch)."""
    return key_help(
        declared,
        lang,
        key_display,
        lambda item: (
            (read_only and item.action in WRITING)
            or (item.action in LIVE_ACTIONS and not can_watch)
        ),
    )
