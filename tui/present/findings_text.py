"""The findings after the plain `scan` table: most severe first, each with its message, its fix
and its exact fix command (the `fix_command` of `scan --json`), on a line of its own so that a
person can copy it. A finding that says the same thing in several profiles is said once, naming
the profiles, with each profile's command.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rich.text import Text

from tui.findings.common import ERROR, INFO, WARNING
from tui.model import Finding, Inspection
from tui.texts import Lang, tr
from tui.textsafe import printable

_STYLE = {ERROR: "bold red", WARNING: "bold yellow", INFO: "bold blue"}
_WORD = {ERROR: "sev.error", WARNING: "sev.warning", INFO: "sev.info"}
# A message or fix is never cut (the table's own limit for a name is 4096).
_LIMIT = 8000


@dataclass
class _Group:
    """Findings saying the same (code, severity, message and fix in the person's language)."""

    first: Finding
    profiles: list[str] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)


def _said(words: Mapping[str, str] | None, lang: Lang) -> str:
    if not words:
        return ""
    return printable(words.get(lang) or words.get("en") or "", _LIMIT)


def _profiles(finding: Finding, stores: Mapping[str, str]) -> list[str]:
    """The stores (browser and profile) of the finding's cookies, in their order."""
    found: list[str] = []
    for cookie in finding.cookies:
        store = stores.get(cookie)
        if store is not None and store not in found:
            found.append(store)
    return found


def _groups(inspection: Inspection, lang: Lang) -> list[_Group]:
    stores = {cookie.id: cookie.store.id for cookie in inspection.cookies}
    groups: dict[tuple[str, str, str, str], _Group] = {}
    for finding in inspection.findings:
        profiles = _profiles(finding, stores)
        # The same finding in another profile differs only by the profile its message names.
        message = _said(finding.message, lang)
        for profile in profiles:
            message = message.replace(printable(profile, _LIMIT), "\x00")
        key = (finding.code, finding.severity, message, _said(finding.fix, lang))
        group = groups.setdefault(key, _Group(finding))
        for profile in profiles:
            if profile not in group.profiles:
                group.profiles.append(profile)
        command = finding.fix_command
        if command and command not in group.commands:
            group.commands.append(command)
    return list(groups.values())


def findings_lines(inspection: Inspection, lang: Lang) -> list[tuple[Text, bool]]:
    """The findings as lines, each with whether it must be printed whole (a command: never
    wrapped by the tool, so what is copied is the command); the findings keep their order,
    most severe first (tui.findings.diagnose sorts them)."""
    if not inspection.findings:
        return [(Text(tr(lang, "scan.findings.none"), style="bold green"), False)]
    count = len(inspection.findings)
    lines: list[tuple[Text, bool]] = [
        (Text(tr(lang, "scan.findings", count=count), style="bold"), False)
    ]
    for group in _groups(inspection, lang):
        finding = group.first
        head = Text()
        word = _WORD.get(finding.severity)
        shown = tr(lang, word) if word else printable(finding.severity, 20)
        head.append(shown, style=_STYLE.get(finding.severity, "bold"))
        head.append(f"  {printable(finding.code, 60)}", style="dim")
        message = _said(finding.message, lang)
        head.append(f"  {message}")
        lines += [(Text(""), False), (head, False)]
        # Said when the message does not name them all (a repeated finding, or one whose
        # message names only the cookie).
        if any(printable(profile, _LIMIT) not in message for profile in group.profiles):
            profiles = printable(", ".join(group.profiles), _LIMIT)
            lines.append((Text(f"  {tr(lang, 'scan.findings.in', profiles=profiles)}"), False))
        fix = _said(finding.fix, lang)
        if fix:
            lines.append((Text(f"  {tr(lang, 'scan.findings.fix', fix=fix)}"), False))
        for command in group.commands:
            # Whole and unescaped but for control characters (a fix command holds none).
            lines.append((Text(f"    {printable(command, _LIMIT)}", style="cyan"), True))
    return lines
