"""`saemes-cookies delete`: the site's non-necessary cookies, or exactly those named or of a
finding's fix, store by store, each after its own backup; a store whose browser runs is left
untouched and named. Names, hosts and paths go through `printable`; values never appear."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tui.catalog import Catalog
from tui.cli.common import Say, inspection, writing
from tui.cli.errors import Exit, Interrupted, Refused
from tui.present import deletion_text as wording
from tui.present.labels import category_label
from tui.texts import literal, plural, say
from tui.textsafe import printable

if TYPE_CHECKING:
    # The writing modules load when the command runs, not on every start of the CLI.
    from tui.deletion import Plan, Planned, Result
    from tui.model import Finding, Store
    from tui.source import Source


def cookie_text(name: str, host: str, path: str) -> str:
    return f"{printable(name, 60)}  {printable(host, 80)}  {printable(path, 80)}"


def run(args: argparse.Namespace, catalog: Catalog, source: Source) -> Exit:
    from tui.deletion import (
        DeletionInterrupted,
        PlanError,
        delete,
        plan_deletion,
        running_stores,
        unreadable_stores,
    )

    speak = Say(args.lang)
    if args.store and args.browser:
        raise Refused(say("cli.store-or-browser"))
    if (args.name or args.finding) and args.include_unclassified:
        raise Refused(say("cli.delete.one-by-one"))
    found = inspection(source, catalog)
    try:
        plan = plan_deletion(
            found, catalog, args.include_unclassified, args.name, args.host, args.finding
        )
    except PlanError as exc:
        unreadable = unreadable_stores(found.stores)
        _print_unreadable(speak, unreadable)
        speak.err(exc.said)
        # The finding may be missing because its store could not be read: that comes first.
        return Exit.FAILED if unreadable else Exit.USAGE
    # The kept cookies' hint names the options that would take them; not one already given.
    hint = not (args.name or args.finding or args.include_unclassified)
    # A store whose browser runs is left untouched: what is listed as going is what goes, the
    # dry run included (it ends with 3 as the real run does).
    left = running_stores(plan) if plan.items else []
    writable = plan.leaving(store for store, _ in left)
    _print_plan(speak, writable, plan, catalog, args.dry_run, hint, args.host)
    # 1 when a store could not be read: what it holds stays unknown, and so does what stayed.
    unread = Exit.FAILED if plan.unreadable else Exit.OK
    if not plan.items:
        speak.out("cli.delete.nothing-readable" if unread else "cli.delete.nothing")
        return unread
    if args.dry_run:
        for store, message in left:
            speak.out("cli.delete.would-leave", store=printable(store.id), why=message)
        speak.out("cli.delete.dry-run")
        return unread or (Exit.RUNNING if left else Exit.OK)
    for store, message in left:
        speak.err(wording.left_because(store, message))
    if not writable.items:
        return unread or Exit.RUNNING
    lang = args.lang
    cookies = plural(lang, len(writable.items), "n.cookie", "n.cookies")
    stores = plural(lang, len(writable.by_store()), "n.store", "n.stores")
    if left:
        untouched = plural(lang, len(left), "n.store", "n.stores")
        question = say("cli.delete.ask.left", cookies=cookies, stores=stores, left=untouched)
    else:
        question = say("cli.delete.ask", cookies=cookies, stores=stores)
    try:
        speak.confirm(question, args.yes)
    except Refused:
        speak.out("cli.delete.not-deleted")
        raise
    # The source's: a demo's stay in its home and go with it.
    backups, log = source.backups(), source.audit_log()
    try:
        with writing():
            result = delete(writable, backups, log)
    except DeletionInterrupted as exc:
        # Ctrl+C once a store had committed: what was deleted is said, as after a whole run.
        if not exc.result.deleted:
            raise Interrupted(say("cli.interrupted.write")) from None
        _print_result(speak, exc.result, demo=source.demo)
        raise Interrupted(say("cli.interrupted.deleted")) from None
    code = _print_result(speak, result, demo=source.demo)
    if code == Exit.FAILED or unread:
        return Exit.FAILED
    return Exit.RUNNING if left else code


def _print_unreadable(speak: Say, stores: Sequence[Store]) -> None:
    for store in stores:
        reason = store.error if store.error is not None else ""
        speak.err(say("cli.delete.unreadable", store=printable(store.id), why=reason))


def _print_plan(
    speak: Say,
    plan: Plan,
    whole: Plan,
    catalog: Catalog,
    dry_run: bool,
    hint: bool,
    hosts: Sequence[str],
) -> None:
    """`plan`: what goes (the stores whose browser runs left out of `whole`). With several
    stores, each fix and note names its store: the same finding in two profiles is two
    lines that differ."""
    lang = speak.lang
    several = len(whole.by_store()) > 1
    _print_unreadable(speak, plan.unreadable)
    for name in plan.unmatched:
        shown = printable(name, 60)
        if hosts:
            on = ", ".join(printable(host, 80) for host in hosts)
            speak.out("cli.delete.no-name.on", name=shown, hosts=on)
        else:
            speak.out("cli.delete.no-name", name=shown)
    for host in plan.unmatched_hosts:
        speak.out("cli.delete.no-host", host=printable(host, 80))
    for finding in plan.fixing:
        fix = printable(finding.fix[lang] if finding.fix else "", 300)
        stores = _stores_of(whole, finding) if several else ""
        if stores:
            speak.out("cli.delete.fixing.in", code=finding.code, store=stores, fix=fix)
        else:
            speak.out("cli.delete.fixing", code=finding.code, fix=fix)
    for store, why in plan.skipped:
        speak.out("cli.delete.skipped", store=printable(store.id), why=why)
    if plan.items:
        speak.out("cli.delete.would" if dry_run else "cli.delete.to")
    for store, items in plan.by_store():
        speak.line(f"  {printable(store.id)}  ({printable(str(store.ref.path), 300)})")
        for item in items:
            speak.line(f"    {_planned_text(speak, item, catalog)}")
    _print_warnings(speak, plan, several)
    _print_kept(speak, plan, catalog, hint)


def _stores_of(plan: Plan, finding: Finding) -> str:
    """The stores a finding's fix deletes from, as the plan names them."""
    fixed = set(finding.fix_cookies)
    ids = (item.cookie.store.id for item in plan.items if item.cookie.id in fixed)
    return ", ".join(printable(store) for store in dict.fromkeys(ids))


def _print_warnings(speak: Say, plan: Plan, several: bool) -> None:
    """What deleting each necessary cookie does; unless a copy of it stays (a finding's fix
    of a duplicate), which then keeps doing its work."""
    from tui.deletion import copies_that_stay

    staying = {id(item): twin for item, twin in copies_that_stay(plan)}
    for item in plan.warnings:
        raw = item.cookie.raw
        name, host = printable(raw.name, 60), printable(raw.host)
        twin = staying.get(id(item))
        if twin is not None:
            stays = {"name": name, "host": host, "twin": printable(twin.raw.host)}
            if several:
                store = printable(item.cookie.store.id)
                speak.out("cli.delete.stays.in", store=store, **stays)
            else:
                speak.out("cli.delete.stays", **stays)
            continue
        effect = item.effect[speak.lang] if item.effect else speak.word("cli.delete.unknown")
        speak.out("cli.delete.warning", name=name, host=host, effect=effect)


def _planned_text(speak: Say, item: Planned, catalog: Catalog) -> str:
    raw = item.cookie.raw
    label = category_label(catalog, item.cookie.category, speak.lang)
    unknown = speak.word("cli.delete.not-catalogued")
    effect = item.effect[speak.lang] if item.effect else unknown
    mark = "! " if item.necessary else ""
    return f"{mark}{cookie_text(raw.name, raw.host, raw.path)}  [{label}]  {effect}"


def _print_kept(speak: Say, plan: Plan, catalog: Catalog, hint: bool) -> None:
    if not plan.kept:
        return
    kept = wording.kept_by_category(catalog, plan.kept, speak.lang)
    speak.out("cli.delete.kept.hint" if hint else "cli.delete.kept", kept=kept)


def _print_result(speak: Say, result: Result, demo: bool) -> Exit:
    """What was deleted, store by store, with its backup; a demo's backups go with its home,
    so no undo is offered for them."""
    lang = speak.lang
    for outcome in result.outcomes:
        store = printable(outcome.store.id)
        if outcome.error is not None:
            speak.err(literal(wording.store_failed(lang, outcome.store, outcome.error)))
            continue
        for item in outcome.deleted:
            raw = item.cookie.raw
            speak.line(
                f"{speak.word('cli.deleted')}  {cookie_text(raw.name, raw.host, raw.path)}  {store}"
            )
        backup = outcome.backup.id if outcome.backup else "?"
        speak.line(
            printable(
                wording.store_deleted(lang, outcome.store, len(outcome.deleted), backup, demo), 4000
            )
        )
        if outcome.audit_error:
            speak.err(outcome.audit_error)
    if result.failed:
        return Exit.FAILED
    return Exit.RUNNING if result.running else Exit.OK
