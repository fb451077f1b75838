"""`saemes-cookies delete`, `backups` and `restore`: the CLI of the tool's only writes.

Exit codes: 0 done (or nothing to do, or a dry run); 1 a write failed (the message says what
became of the store), or a store to delete from could not be read; 2 bad arguments, an
unknown backup or finding, or no confirmation; 3 the browser that owns a store is running
(`delete` cleans the other stores, then exits 3). Names, hosts and paths from the stores are
shown through `printable`; values never.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.present.labels import category_label
from tui.textsafe import printable

if TYPE_CHECKING:
    # Only for annotations: the writing modules load when a command of this file runs, not
    # on every start of the CLI.
    from tui.audit import AuditLog
    from tui.catalog import Catalog
    from tui.deletion import Plan, Planned, Result
    from tui.model import Store
    from tui.stores.backup import Backups
    from tui.stores.write import Difference, Key

DELETE_COMMANDS = ("delete", "backups", "restore")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_RUNNING = 3

_EXITS = (
    "Exit 0 when done, 1 when a write failed (the message says what became of the store), "
    "2 on bad arguments or without confirmation, 3 while the browser that owns the store runs."
)
_DELETE_EXITS = (
    "Exit 0 when done, 1 when a write failed (the message says what became of the store) or "
    "a store could not be read (dry run too), 2 on bad arguments, an unknown finding or "
    "without confirmation, 3 when a store was left untouched because its browser runs; 1 "
    "wins over 3."
)


def add_delete_commands(
    commands: Any, add_source_options: Callable[[argparse.ArgumentParser, bool], None]
) -> None:
    """Registers `delete`, `backups` and `restore` on the CLI's subparsers."""
    delete = commands.add_parser(
        "delete",
        help="delete the site's cookies that are not necessary (after a backup)",
        description="Delete the cookies of opendata.saemes.fr whose catalogue category is not "
        "necessary. Unclassified cookies go only with --include-unclassified. With --name, "
        "exactly the cookies with those names go, whatever their category: with --finding, "
        "exactly the cookies of that finding's fix; either is the only way to delete a "
        "necessary cookie, after a warning of what follows. --host keeps only the cookies "
        "stored on those hosts. A store whose browser runs is left untouched (and named) while "
        "the others are cleaned; each store is backed up first (see `backups`, `restore`). "
        "Without --yes, asks on a terminal and refuses without one. " + _DELETE_EXITS,
    )
    add_source_options(delete, False)
    delete.add_argument(
        "--dry-run", action="store_true", help="list what would go and change nothing"
    )
    delete.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")
    delete.add_argument(
        "--include-unclassified",
        action="store_true",
        help="also delete the site's cookies the catalogue does not know",
    )
    delete.add_argument(
        "--name",
        metavar="NAME",
        action="append",
        default=[],
        help="delete exactly the cookies with this name, of any category (repeatable)",
    )
    delete.add_argument(
        "--host",
        metavar="HOST",
        action="append",
        default=[],
        help="only the cookies stored on this host, exactly as stored, e.g. .saemes.fr or "
        "opendata.saemes.fr (repeatable; with --name, the cookies with that name on it)",
    )
    delete.add_argument(
        "--finding",
        metavar="CODE",
        help="carry out the fix of the findings with this code (as `scan --json` lists them, "
        "e.g. duplicate-scope): exactly the cookies that fix deletes",
    )
    commands.add_parser(
        "backups",
        help="list the backups taken before each deletion or restore",
        description="List the backups in the state directory, newest first (the last 20 of "
        "each store are kept). Exit 0.",
    )
    restore = commands.add_parser(
        "restore",
        help="put a backup back over its store",
        description="Replace a store with one of its backups (every site's cookies go back to "
        "that moment). The present state is backed up first, so a restore can be undone too. "
        "Same guard and confirmation as `delete`. " + _EXITS,
    )
    restore.add_argument("backup", metavar="BACKUP", help="a backup id, as `backups` lists it")
    restore.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")


def run_delete_command(args: argparse.Namespace, catalog: Catalog) -> int:
    if args.command == "delete":
        return _delete(args, catalog)
    if args.command == "backups":
        return _backups()
    return _restore(args, catalog)


def _out(line: str = "") -> None:
    print(line, flush=True)


def _err(message: str) -> None:
    print(f"saemes-cookies: {printable(message, 2000)}", file=sys.stderr, flush=True)


def _confirm(question: str, yes: bool) -> bool:
    """--yes, or "y" typed on a terminal; anything else (no terminal included) is a no."""
    if yes:
        return True
    if not sys.stdin.isatty():
        _err("not confirmed: run it on a terminal to be asked, or pass --yes")
        return False
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        answer = ""
    if answer.strip().lower() in ("y", "yes", "o", "oui"):
        return True
    _err("not confirmed")
    return False


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"


def _cookie_text(name: str, host: str, path: str) -> str:
    return f"{printable(name, 60)}  {printable(host, 80)}  {printable(path, 80)}"


# ---- delete


def _delete(args: argparse.Namespace, catalog: Catalog) -> int:
    from tui.cli import run_inspection
    from tui.deletion import PlanError, delete, plan_deletion, running_stores, unreadable_stores

    if args.store and args.browser:
        _err("give --store or --browser, not both")
        return EXIT_USAGE
    if (args.name or args.finding) and args.include_unclassified:
        _err(
            "--name and --finding pick cookies one by one; --include-unclassified only "
            "applies without them"
        )
        return EXIT_USAGE
    inspection = run_inspection(args, catalog)
    try:
        plan = plan_deletion(
            inspection, catalog, args.include_unclassified, args.name, args.host, args.finding
        )
    except PlanError as exc:
        unreadable = unreadable_stores(inspection.stores)
        _print_unreadable(unreadable)
        _err(str(exc))
        # The finding may be missing because its store could not be read: that comes first.
        return EXIT_FAILED if unreadable else EXIT_USAGE
    hint = not (args.name or args.finding)
    _print_plan(plan, catalog, args.lang, args.dry_run, hint, args.host)
    # 1 when a store could not be read: what it holds stays unknown, and so does what stayed.
    unread = EXIT_FAILED if plan.unreadable else EXIT_OK
    if not plan.items:
        _out("Nothing to delete" + (" in the stores that could be read." if unread else "."))
        return unread
    left = running_stores(plan)
    if args.dry_run:
        for store, message in left:
            _out(
                f"Would leave {printable(store.id)} untouched: {printable(message, 300)} "
                "before deleting."
            )
        _out("Dry run: nothing was changed.")
        return unread
    for store, message in left:
        _err(f"{store.id}: left untouched: {message}; nothing was changed in it")
    writable = plan.leaving(store for store, _ in left)
    if not writable.items:
        return unread or EXIT_RUNNING
    cookies = _count(len(writable.items), "cookie")
    stores = _count(len(writable.by_store()), "store")
    untouched = f" ({_count(len(left), 'store')} left untouched)" if left else ""
    question = f"Delete {cookies} from {stores}{untouched}? Each store is backed up first."
    if not _confirm(question, args.yes):
        _out("Nothing was deleted.")
        return EXIT_USAGE
    backups, log = _state(args)
    result = delete(writable, backups, log)
    code = _print_result(result)
    if code == EXIT_FAILED or unread:
        return EXIT_FAILED
    return EXIT_RUNNING if left else code


def _state(args: argparse.Namespace) -> tuple[Backups | None, AuditLog | None]:
    """The demo's own backups and audit log; None for the person's state directory."""
    from tui.audit import AuditLog
    from tui.demo.home import state_dir
    from tui.stores.backup import Backups

    home: Path | None = getattr(args, "demo_home", None)
    if home is None:
        return None, None
    return Backups(state_dir(home) / "backups"), AuditLog(state_dir(home) / "audit.jsonl")


def _print_unreadable(stores: Sequence[Store]) -> None:
    for store in stores:
        _err(f"{store.id}: could not be read, nothing is deleted from it: {store.error}")


def _print_plan(
    plan: Plan, catalog: Catalog, lang: str, dry_run: bool, hint: bool, hosts: Sequence[str] = ()
) -> None:
    _print_unreadable(plan.unreadable)
    for name in plan.unmatched:
        on = " on " + ", ".join(printable(host, 80) for host in hosts) if hosts else ""
        _out(f"No cookie of the site is named {printable(name, 60)}{on}.")
    for host in plan.unmatched_hosts:
        _out(f"No cookie of the site is stored on host {printable(host, 80)}.")
    for finding in plan.fixing:
        fix = finding.fix[lang] if finding.fix else ""
        _out(f"Fix of {finding.code}: {printable(fix, 300)}")
    for store, why in plan.skipped:
        _out(f"{printable(store.id)}: skipped, {why}.")
    if plan.items:
        _out("Would delete:" if dry_run else "To delete:")
    for store, items in plan.by_store():
        _out(f"  {printable(store.id)}  ({printable(str(store.ref.path), 300)})")
        for item in items:
            _out(f"    {_planned_text(item, catalog, lang)}")
    _print_warnings(plan, lang)
    _print_kept(plan, catalog, lang, hint)


def _print_warnings(plan: Plan, lang: str) -> None:
    """What deleting each necessary cookie does; unless a copy of it stays (a finding's fix
    of a duplicate), which then keeps doing its work."""
    from tui.deletion import copies_that_stay

    staying = {id(item): twin for item, twin in copies_that_stay(plan)}
    for item in plan.warnings:
        raw = item.cookie.raw
        twin = staying.get(id(item))
        if twin is not None:
            _out(
                f"Note: {printable(raw.name, 60)} ({printable(raw.host)}) is necessary, but "
                f"its copy on {printable(twin.raw.host)} stays and keeps doing its work."
            )
            continue
        effect = item.effect[lang] if item.effect else "unknown"
        _out(
            f"Warning: {printable(raw.name, 60)} ({printable(raw.host)}) is necessary. "
            f"What follows: {effect}"
        )


def _planned_text(item: Planned, catalog: Catalog, lang: str) -> str:
    raw = item.cookie.raw
    label = category_label(catalog, item.cookie.category, lang)
    effect = item.effect[lang] if item.effect else "not in the catalogue: effect unknown"
    mark = "! " if item.necessary else ""
    return f"{mark}{_cookie_text(raw.name, raw.host, raw.path)}  [{label}]  {effect}"


def _print_kept(plan: Plan, catalog: Catalog, lang: str, hint: bool) -> None:
    if not plan.kept:
        return
    counts: dict[str, int] = {}
    for cookie in plan.kept:
        counts[cookie.category] = counts.get(cookie.category, 0) + 1
    parts = [
        f"{count} {category_label(catalog, category, lang).lower()}"
        for category, count in counts.items()
    ]
    how = " (name a cookie with --name to delete it; see --include-unclassified)" if hint else ""
    _out(f"Kept: {', '.join(parts)}{how}.")


def _print_result(result: Result) -> int:
    for outcome in result.outcomes:
        store = printable(outcome.store.id)
        if outcome.error is not None:
            _err(f"{outcome.store.id}: {outcome.error}")
            continue
        for item in outcome.deleted:
            raw = item.cookie.raw
            _out(f"deleted  {_cookie_text(raw.name, raw.host, raw.path)}  {store}")
        backup = outcome.backup.id if outcome.backup else "?"
        _out(
            f"{store}: {_count(len(outcome.deleted), 'cookie')} deleted; backup {backup} "
            f"(undo: saemes-cookies restore {backup})"
        )
        if outcome.audit_error:
            _err(outcome.audit_error)
    if result.failed:
        return EXIT_FAILED
    return EXIT_RUNNING if result.running else EXIT_OK


# ---- backups


def _backups() -> int:
    from tui.stores.backup import Backups

    backups = Backups()
    found = backups.all()
    if not found:
        _out(f"No backups in {printable(str(backups.root), 300)}.")
        return EXIT_OK
    _out(
        f"Backups in {printable(str(backups.root), 300)}, newest first "
        "(the last 20 of each store are kept):"
    )
    for backup in found:
        _out(
            f"  {backup.id}  {backup.created:%Y-%m-%d %H:%M:%S %Z}  "
            f"{printable(backup.browser)}/{printable(backup.profile)}  {backup.reason}  "
            f"{backup.rows} rows  {printable(str(backup.store_path), 300)}"
        )
    return EXIT_OK


# ---- restore


def _restore(args: argparse.Namespace, catalog: Catalog) -> int:
    from tui.deletion import preview_restore, restore
    from tui.stores import guard
    from tui.stores.backup import BackupError
    from tui.stores.guard import BrowserRunning
    from tui.stores.write import WriteError

    try:
        backup, difference = preview_restore(args.backup)
    except BackupError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except WriteError as exc:
        _err(str(exc))
        return EXIT_FAILED
    _out(
        f"Backup {backup.id} of {printable(backup.browser)}/{printable(backup.profile)} "
        f"({printable(str(backup.store_path), 300)}), taken {backup.created:%Y-%m-%d %H:%M:%S %Z} "
        f"{backup.reason}."
    )
    if not _print_difference(difference, catalog):
        # No write, no backup, no pruning: there is nothing to put back.
        _out("Nothing was changed.")
        return EXIT_OK
    if guard.is_running(backup.ref):
        _err(f"{guard.running_message(backup.ref)}; nothing was changed")
        return EXIT_RUNNING
    question = "Replace the whole store with this backup? Its present state is backed up first."
    if not _confirm(question, args.yes):
        _out("Nothing was restored.")
        return EXIT_USAGE
    try:
        restored = restore(backup.id)
    except BrowserRunning as exc:
        _err(str(exc))
        return EXIT_RUNNING
    except (BackupError, WriteError) as exc:
        _err(str(exc))
        return EXIT_FAILED
    if restored.replaced is None:
        _out(f"The store already holds what backup {backup.id} holds: nothing was changed.")
        return EXIT_OK
    _out(
        f"Restored {backup.id}; the state it replaced is backup {restored.replaced.id} "
        f"(undo: saemes-cookies restore {restored.replaced.id})."
    )
    if restored.audit_error:
        _err(restored.audit_error)
    return EXIT_OK


def _print_difference(difference: Difference, catalog: Catalog) -> bool:
    """Prints what restoring would change; False when it would change nothing."""
    if not (difference.back or difference.removed or difference.changed):
        _out("The store holds exactly what the backup holds: restoring changes nothing.")
        return False
    _out(
        "Restoring replaces the whole store, every site's cookies included: "
        f"{len(difference.back)} come back, {len(difference.removed)} added since go, "
        f"{len(difference.changed)} changed since (if only their last-access time) are reverted."
    )
    for label, keys in (("comes back", difference.back), ("goes", difference.removed)):
        for shown in _site_cookies(keys, catalog):
            _out(f"  {label}: {shown}")
    return True


def _site_cookies(keys: Sequence[Key], catalog: Catalog) -> list[str]:
    """The site's cookies among `keys`, as name, host and path (other sites stay unnamed)."""
    shown = []
    for key in keys:
        fields = {column: value for column, value in key}
        host = str(fields.get("host_key", fields.get("host", "")))
        if catalog.in_scope(host):
            shown.append(
                _cookie_text(str(fields.get("name", "")), host, str(fields.get("path", "")))
            )
    return sorted(shown)
