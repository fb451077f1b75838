"""The CLI and the app say a deletion's outcome in the same words: both take them from
tui/present/deletion_text.py. Real stores, a real deletion; the app's notices are collected
from its `Deleting` widget in a real (headless) Textual app."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from textual.app import App, ComposeResult

from tests.helpers.processes import read_only_view
from tests.helpers.stores import Place, chromium_user_data, firefox_profile, inspect_stores
from tui.app.deleting import Deleting
from tui.app.messages import Deleted
from tui.app.views.plan import plan_text
from tui.catalog import Catalog
from tui.cli.common import Say
from tui.cli.delete import _print_kept, _print_result
from tui.deletion import delete, plan_deletion
from tui.present import deletion_text as wording
from tui.source import Source
from tui.texts import tr


class _Host(App[None]):
    def __init__(self, deleting: Deleting) -> None:
        super().__init__()
        self.deleting = deleting

    def compose(self) -> ComposeResult:
        yield self.deleting


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_the_cli_and_the_app_say_the_same_outcome_of_one_deletion(
    tmp_path: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    place = Place(tmp_path)
    chromium = chromium_user_data(place.root)
    firefox = firefox_profile(place.root)
    with read_only_view(firefox.parent) as seen:
        found = inspect_stores(catalog, chromium, seen / firefox.name)
        plan = plan_deletion(found, catalog)
        # Chromium's store is cleaned; Firefox's, seen read-only, fails and stays as it was.
        result = delete(plan, place.backups, place.log)
    assert [outcome.error is None for outcome in result.outcomes] == [True, False]
    cleaned, failed = result.outcomes
    assert cleaned.backup is not None and failed.error is not None

    _print_result(Say(lang), result, demo=False)
    cli = capsys.readouterr()

    deleting = Deleting(catalog, read_only=False, source=Source())
    # Each notice as Deleting hands it to Textual's notify (title, text): what the toast shows.
    notices: list[tuple[str, str]] = []
    deleting._notify = lambda message, severity="information", title="": notices.append(  # type: ignore[method-assign]
        (title, message)
    )
    async with _Host(deleting).run_test():
        deleting.lang = lang
        deleting.on_deleted(Deleted(result, []))

    said = dict(notices)
    assert len(said) == len(notices) == 2
    # The failure: one text, the CLI's with the program's name before it.
    failure = wording.store_failed(lang, failed.store, failed.error)
    assert said[tr(lang, "delete.failed")] == failure
    assert f"saemes-cookies: {failure}" in cli.err.splitlines()
    # What went: the same backup id and the same count of cookies, in both.
    cookies = wording.cookies_counted(lang, len(cleaned.deleted))
    backup = cleaned.backup.id
    assert said[""] == wording.deleted(lang, len(cleaned.deleted), 1, [backup])
    line = wording.store_deleted(lang, cleaned.store, len(cleaned.deleted), backup, demo=False)
    assert line in cli.out.splitlines()
    assert cookies in said[""] and cookies in line


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_cli_and_the_dialog_count_the_kept_cookies_alike(
    tmp_path: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    found = inspect_stores(catalog, chromium_user_data(tmp_path))
    plan = plan_deletion(found, catalog)
    assert plan.kept

    _print_kept(Say(lang), plan, catalog, hint=False)
    line = capsys.readouterr().out.strip()
    kept = wording.kept_by_category(catalog, plan.kept, lang)
    assert line == tr(lang, "cli.delete.kept", kept=kept)

    console = Console(width=400, color_system=None)
    with console.capture() as dialog:
        console.print(plan_text(catalog, plan, [], lang, kept_hint=True))
    assert tr(lang, "confirm.kept", kept=kept) in dialog.get()
