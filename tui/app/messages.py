"""Messages the scan worker and the widgets send; plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from tui.model import Cookie, Finding, Inspection


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
class SelectionChanged(Message):
    """The set of marked rows changed; `count` is how many are marked now."""

    count: int


@dataclass
class FindingSelected(Message):
    """A finding was chosen in the findings list: show its cookies."""

    finding: Finding


@dataclass
class DeleteRequested(Message):
    """Something asks to delete these cookies (the main screen confirms first)."""

    cookies: list[Cookie]
