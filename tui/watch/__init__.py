"""Watching stores live: which cookie of the site appeared, went or changed, and what the
consent cookie then present in its jar says of it. No textual, no printing.

    files.py     a store's files' signature: has it changed on disk since the last look?
    rows.py      one store's rows by full unique key, values kept only as keyed hashes; the diff
    judge.py     the consent judgement of one cookie at one moment
    watcher.py   Watcher: the stores read once, then `poll()` -> list[Change]
    lines.py     a Change as one line of text or one JSON object (for `watch` and the app)
"""

from tui.watch.judge import ALLOWED, NO_CHOICE, NOT_SUBJECT, REFUSED, UNREADABLE
from tui.watch.rows import ADDED, CHANGED, EXPIRY, FLAGS, REMOVED, VALUE
from tui.watch.watcher import Change, Watcher

__all__ = [
    "ADDED",
    "ALLOWED",
    "CHANGED",
    "EXPIRY",
    "FLAGS",
    "NOT_SUBJECT",
    "NO_CHOICE",
    "REFUSED",
    "REMOVED",
    "UNREADABLE",
    "VALUE",
    "Change",
    "Watcher",
]
