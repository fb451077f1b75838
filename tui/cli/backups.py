"""`saemes-cookies backups` (what was saved before each write) and `restore` (put one back)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tui.catalog import Catalog
from tui.cli.common import Say, writing
from tui.cli.delete import cookie_text
from tui.cli.errors import Exit, Interrupted, Refused
from tui.texts import plural, say
from tui.textsafe import printable

if TYPE_CHECKING:
    from tui.source import Source
    from tui.stores.backup import Backup
    from tui.stores.compare import Difference
    from tui.stores.rows import Key


def run_backups(args: argparse.Namespace, catalog: Catalog, source: Source) -> Exit:
    speak = Say(args.lang)
    backups = source.backups()
    found = backups.all()
    where = printable(str(backups.root), 300)
    if not found:
        speak.out("cli.backups.none", dir=where)
        return Exit.OK
    speak.out("cli.backups.list", dir=where)
    for backup in found:
        speak.line(
            f"  {backup.id}  {backup.created:%Y-%m-%d %H:%M:%S %Z}  "
            f"{printable(backup.browser)}/{printable(backup.profile)}  "
            f"{_reason(speak, backup)}  {speak.word('cli.backups.rows', rows=backup.rows)}  "
            f"{printable(str(backup.store_path), 300)}"
        )
    return Exit.OK


_REASONS = {
    "before delete": "cli.backup.before-delete",
    "before restore": "cli.backup.before-restore",
}


def _reason(speak: Say, backup: Backup) -> str:
    key = _REASONS.get(backup.reason)
    return speak.word(key) if key else printable(backup.reason, 40)


def run_restore(args: argparse.Namespace, catalog: Catalog, source: Source) -> Exit:
    from tui.restoring import preview_restore, restore
    from tui.stores import guard
    from tui.stores.held_signals import CommittedInterrupt

    speak = Say(args.lang)
    backups = source.backups()
    backup, difference = preview_restore(args.backup, backups)
    speak.out(
        "cli.restore.backup",
        id=backup.id,
        store=f"{printable(backup.browser)}/{printable(backup.profile)}",
        path=printable(str(backup.store_path), 300),
        taken=f"{backup.created:%Y-%m-%d %H:%M:%S %Z}",
        reason=_reason(speak, backup),
    )
    if not _print_difference(speak, difference, catalog):
        # No write, no backup, no pruning: there is nothing to put back.
        speak.out("cli.restore.unchanged")
        return Exit.OK
    if guard.is_running(backup.ref):
        raise guard.BrowserRunning(say("write.unchanged", why=guard.running_message(backup.ref)))
    try:
        speak.confirm(say("cli.restore.ask"), args.yes)
    except Refused:
        speak.out("cli.restore.not-restored")
        raise
    try:
        with writing():
            restored = restore(backup.id, backups, source.audit_log())
    except CommittedInterrupt as exc:
        speak.out("cli.restore.done", id=backup.id, replaced=exc.backup.id)
        raise Interrupted(say("cli.interrupted.restored")) from None
    if restored.replaced is None:
        speak.out("cli.restore.already", id=backup.id)
        return Exit.OK
    speak.out("cli.restore.done", id=backup.id, replaced=restored.replaced.id)
    if restored.audit_error:
        speak.err(restored.audit_error)
    return Exit.OK


def _print_difference(speak: Say, difference: Difference, catalog: Catalog) -> bool:
    """Prints what restoring would change; False when it would change nothing."""
    if not (difference.back or difference.removed or difference.changed):
        speak.out("cli.restore.same")
        return False
    lang = speak.lang
    speak.out(
        "cli.restore.changes",
        back=plural(lang, len(difference.back), "cli.restore.back.one", "cli.restore.back"),
        removed=plural(
            lang, len(difference.removed), "cli.restore.removed.one", "cli.restore.removed"
        ),
        changed=plural(
            lang, len(difference.changed), "cli.restore.changed.one", "cli.restore.changed"
        ),
    )
    for label, keys in (
        ("cli.restore.comes-back", difference.back),
        ("cli.restore.goes", difference.removed),
    ):
        for shown in _site_cookies(keys, catalog):
            speak.line(f"  {speak.word(label)}: {shown}")
    return True


def _site_cookies(keys: Sequence[Key], catalog: Catalog) -> list[str]:
    """The site's cookies among `keys`, as name, host and path (other sites stay unnamed)."""
    shown = []
    for key in keys:
        fields = {column: value for column, value in key}
        host = str(fields.get("host_key", fields.get("host", "")))
        if catalog.in_scope(host):
            shown.append(
                cookie_text(str(fields.get("name", "")), host, str(fields.get("path", "")))
            )
    return sorted(shown)
