"""Messages between the app's parts; plain dataclasses. Each bubbles from its sender up to the
main screen unless a widget on the way handles and stops it.

    StoreScan (worker)   -> ScanProgress, ScanDone, ScanFailed          -> MainScreen
    FindingsPanel        -> FindingSelected, DeleteRequested            -> MainScreen
    Deleting (workers)   -> DeletePlanned, Deleted, Undone              -> Deleting itself
    Deleting             -> ConfirmDeletion, StoresWriting, StoresChanged -> MainScreen
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from tui.catalog import Catalog
from tui.model import Cookie, Finding, Inspection, Store
from tui.texts import Said

if TYPE_CHECKING:
    # The writing modules load on the first deletion, not with the app (as for the CLI).
    from tui.deletion import Plan, Restored, Result, StoreOutcome


# The scan


@dataclass
class ScanProgress(Message):
    """The worker is about to read store `index` (0-based) of `total`."""

    index: int
    total: int
    store: str


@dataclass
class ScanDone(Message):
    inspection: Inspection


@dataclass
class ScanFailed(Message):
    """The scan raised (the notification is made): `reason` in one printable line."""

    reason: str


# The findings tab


@dataclass
class FindingSelected(Message):
    """A finding was chosen in the findings list: show its cookies."""

    finding: Finding


@dataclass
class DeleteRequested(Message):
    """Something asks to delete these cookies (the main screen confirms first)."""

    cookies: list[Cookie]


# Deleting


@dataclass
class DeletePlanned(Message):
    """The plan, checked for running browsers: ask the person, with the dialog's `title` (a
    text key), the kept cookies counted when `kept_hint`, and the caller's `notes`."""

    plan: Plan
    running: Sequence[Store]
    title: str
    kept_hint: bool
    notes: Sequence[str]


@dataclass
class ConfirmDeletion(Message):
    """Open the confirmation dialog for `plan` (the screen owns the screens stack: app/'s
    flow never imports a screen); `reply` takes the answer, True to delete. `title` is
    said already."""

    catalog: Catalog
    plan: Plan
    running: Sequence[Store]
    title: str
    kept_hint: bool
    notes: Sequence[str]
    reply: Callable[[bool], None]


@dataclass
class Deleted(Message):
    """The write is done; `left` are the stores the dialog said were left untouched."""

    result: Result
    left: Sequence[Store]


@dataclass
class Undone(Message):
    """The undo is done: each store, what was put back (or None) and why not."""

    done: list[tuple[StoreOutcome, Restored | None, Said | None]]


@dataclass
class StoresWriting(Message):
    """Stores are being written to: what the table shows may be out of date."""


@dataclass
class StoresChanged(Message):
    """Stores were (or may have been) written to: read them again."""
