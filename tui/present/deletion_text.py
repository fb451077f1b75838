"""What a deletion did, worded once for the CLI and the app: what went (with its backup and how
to undo it), what was kept and why, which stores were left while their browser runs, and what
failed. Pure functions of plain data (counts, ids, texts of the table); no textual here, and
store text always goes through `printable`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from tui.catalog import Catalog
from tui.model import Cookie, Store
from tui.present.labels import CATEGORY_ORDER, category_label
from tui.texts import Lang, Said, plural, say, tr
from tui.textsafe import printable

# A store's error inside a one-line notice or line of the CLI.
ERROR_WIDTH = 400


def cookies_counted(lang: Lang, count: int) -> str:
    """ "1 cookie", "3 cookies"."""
    return plural(lang, count, "n.cookie", "n.cookies")


def profiles_counted(lang: Lang, count: int) -> str:
    """ "1 profile", "3 profiles"."""
    return plural(lang, count, "n.profile", "n.profiles")


def kept_by_category(catalog: Catalog, kept: Iterable[Cookie], lang: Lang) -> str:
    """What a plan keeps, counted by category in the catalogue's order: "8 necessary,
    3 unclassified"."""
    counts = Counter(cookie.category for cookie in kept)
    return ", ".join(
        f"{counts[category]} {category_label(catalog, category, lang).lower()}"
        for category in CATEGORY_ORDER
        if counts[category]
    )


def skipped(lang: Lang, store: Store, why: object) -> str:
    """A store the plan skips, and why (the dialog, and the app's "nothing can be deleted")."""
    return tr(lang, "confirm.skipped", store=printable(store.id), why=why)


def store_deleted(lang: Lang, store: Store, cookies: int, backup: str, demo: bool) -> str:
    """One store's deletion and its backup; the undo command, unless the backup goes with a
    demo home (nothing to undo then)."""
    key = "cli.delete.done.demo" if demo else "cli.delete.done"
    shown = printable(store.id)
    return tr(lang, key, store=shown, cookies=cookies_counted(lang, cookies), backup=backup)


def deleted(lang: Lang, cookies: int, profiles: int, backups: Iterable[str]) -> str:
    """The whole deletion in one notice, with its backups and the key that undoes it."""
    return _counted(lang, "delete.done", cookies, profiles, backups)


def undone(lang: Lang, cookies: int, profiles: int, replaced: Iterable[str]) -> str:
    """An undo: what came back, and the backup of the state it replaced."""
    return _counted(lang, "undo.done", cookies, profiles, replaced)


def _counted(lang: Lang, key: str, cookies: int, profiles: int, backups: Iterable[str]) -> str:
    return tr(
        lang,
        key,
        cookies=cookies_counted(lang, cookies),
        profiles=profiles_counted(lang, profiles),
        backups=", ".join(backups),
    )


def left_running(lang: Lang, store: Store) -> str:
    """A store left untouched because its browser runs (the app names the browser)."""
    browser = printable(store.ref.browser, 40)
    return tr(lang, "delete.left.store", store=printable(store.id), browser=browser)


def left_because(store: Store, why: Said) -> Said:
    """A store left untouched, with the guard's reason (the CLI, on stderr)."""
    return say("cli.delete.left", store=printable(store.id), why=why)


def store_failed(lang: Lang, store: Store, error: Said | None) -> str:
    """A store whose write failed (its transaction rolled back, as the error says) or whose
    audit line was not written."""
    text = printable(error.text(lang) if error else "", ERROR_WIDTH)
    return tr(lang, "delete.store-failed", store=printable(store.id), error=text)
