"""The sources list: "All profiles", then each store with its cookie count and state.

Highlighting a source shows only its cookies; the option ids are store ids (ALL for all).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.app.views.sources import ALL, all_prompt, source_prompt, source_width
from tui.model import Cookie, Store
from tui.texts import Lang


class SourcesList(OptionList):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)

    def show(
        self,
        stores: Sequence[Store],
        cookies: Mapping[str, Sequence[Cookie]],
        lang: Lang,
        current: str = ALL,
    ) -> None:
        """List the stores; the highlight stays on `current` when it still exists."""
        total = sum(len(found) for found in cookies.values())
        width = source_width(stores, lang)
        options = [Option(all_prompt(total, lang, width), id=ALL)]
        options += [
            Option(source_prompt(store, cookies.get(store.id, ()), lang, width), id=store.id)
            for store in stores
        ]
        self.set_options(options)
        ids = [option.id for option in options]
        self.highlighted = ids.index(current) if current in ids else 0
