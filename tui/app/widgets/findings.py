"""The findings tab: the list of findings on the left, the highlighted one in full on the right.

Enter (or a click) on a finding posts FindingSelected, so the screen shows its cookies; `f`
asks to delete the parent-domain copy of a duplicated cookie (DeleteRequested), which the
screen's deletion flow confirms before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.reactive import var
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.app.bindings import binding
from tui.app.messages import DeleteRequested, FindingSelected
from tui.app.views.findings import finding_detail, finding_line, offers_parent_delete
from tui.app.widgets.panels import TextPanel
from tui.model import Cookie, Finding, Store
from tui.texts import Lang, tr

# Narrower than this (an 80-column terminal), the list shows each finding's code on one line
# and the detail beside it gets the room, rather than two columns of wrapped messages.
NARROW_COLUMNS = 100


class FindingsPanel(Horizontal):
    BINDINGS: ClassVar[list[BindingType]] = [binding("f", "fix", "fix", "fix.tip")]

    # The highlighted finding: shown in full on the right, and `f` is offered for it. Set again
    # by each `show` (always_update), since the same finding may now be said in another language.
    finding: var[Finding | None] = var(None, init=False, always_update=True, bindings=True)

    def __init__(
        self, *, id: str | None = None, can_fix: Callable[[], bool | None] = lambda: True
    ) -> None:
        super().__init__(id=id)
        # Whether a deletion may start now (None: not while another one is under way).
        self.can_fix = can_fix
        self.findings: tuple[Finding, ...] = ()
        self.cookies: Mapping[str, Cookie] = {}
        self.stores: tuple[Store, ...] = ()
        self.lang: Lang = "en"
        self.read_only = False
        self.narrow = False

    def compose(self) -> ComposeResult:
        yield OptionList(id="finding-list", markup=False)
        yield TextPanel(id="finding-detail")

    @property
    def options(self) -> OptionList:
        return self.query_one("#finding-list", OptionList)

    @property
    def current(self) -> Finding | None:
        index = self.options.highlighted
        if index is None or not 0 <= index < len(self.findings):
            return None
        return self.findings[index]

    def show(
        self,
        findings: Sequence[Finding],
        cookies: Mapping[str, Cookie],
        stores: Sequence[Store],
        lang: Lang,
        read_only: bool,
    ) -> None:
        """List `findings` (ids in `cookies`); the highlight stays on the same finding. Before
        the panel is mounted (a tab made as it first opens), kept and listed as it mounts."""
        before = self.current if self.is_mounted else None
        self.findings = tuple(findings)
        self.cookies = cookies
        self.stores = tuple(stores)
        self.lang = lang
        self.read_only = read_only
        if self.is_mounted:
            self._list(before)

    def on_mount(self) -> None:
        self._list(None)

    def _list(self, before: Finding | None) -> None:
        self.options.set_options(
            Option(finding_line(finding, self.lang, self.narrow), id=str(index))
            for index, finding in enumerate(self.findings)
        )
        if self.findings:
            same = [i for i, finding in enumerate(self.findings) if finding == before]
            self.options.highlighted = same[0] if same else 0
        self.finding = self.current

    def on_resize(self, event: events.Resize) -> None:
        narrow = event.size.width < NARROW_COLUMNS
        if narrow != self.narrow:
            self.narrow = narrow
            self.set_class(narrow, "-narrow")
            self.show(self.findings, self.cookies, self.stores, self.lang, self.read_only)

    def watch_finding(self, finding: Finding | None) -> None:
        panel = self.query_one("#finding-detail", TextPanel)
        if not self.findings:
            panel.show(Text(tr(self.lang, "f.none"), style="green"))
        elif finding is None:
            panel.show(Text(tr(self.lang, "f.pick"), style="dim"))
        else:
            panel.show(
                finding_detail(finding, self.cookies, self.stores, self.lang, self.read_only)
            )

    @on(OptionList.OptionHighlighted, "#finding-list")
    def _highlighted(self) -> None:
        self.finding = self.current

    @on(OptionList.OptionSelected, "#finding-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        finding = self.current
        if finding is not None:
            self.post_message(FindingSelected(finding))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "fix":
            finding = self.current
            if finding is None or not offers_parent_delete(finding):
                return False
            # Shown dimmed in a report: the action exists, but not here.
            return None if self.read_only else self.can_fix()
        return True

    def action_fix(self) -> None:
        finding = self.current
        if finding is None or self.read_only:
            return
        going = [self.cookies[key] for key in finding.fix_cookies if key in self.cookies]
        if going:
            self.post_message(DeleteRequested(going))
