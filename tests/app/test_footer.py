"""The footer follows the bindings at the cost of one build per refresh, not one per change.

Textual's Footer builds its keys anew for every `refresh_bindings`, and the main screen changes
a dozen attributes that call it while it starts: 11 footers of a dozen keys were built by the
time the demo's populated table had been refreshed once. tui/app/widgets/footer.py queues one.
"""

from __future__ import annotations

from textual.widgets import Footer

from tests.app.helpers import running, screen
from tui.app.app import CookiesApp


async def test_the_footer_is_built_once_for_bindings_changed_together(
    demo_app: CookiesApp,
) -> None:
    """Textual's Footer builds its keys again for every `refresh_bindings`; the app's builds
    them once for the changes made before its next refresh."""
    async with running(demo_app) as pilot:
        footer = screen(demo_app).query_one(Footer)
        built = 0
        build = footer.recompose

        async def counted() -> None:  # the real recompose, counted
            nonlocal built
            built += 1
            await build()

        footer.recompose = counted  # type: ignore[method-assign]
        for _ in range(5):
            screen(demo_app).refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert built == 1
        assert footer.query("FooterKey")
