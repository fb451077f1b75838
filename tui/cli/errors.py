"""Exit codes, and the one place where an error of the domain becomes one.

A command either returns its code (when it has printed a mixed outcome itself) or lets a
`Problem` go; `main` says the problem in the person's language, in one line, and exits with
the code this table gives its class. 0 done; 1 a write or a read failed; 2 bad arguments (a
--site that is no portal's host included), an unknown backup, report, catalogue or finding, or
no confirmation; 3 a browser that owns a store is running; 130 interrupted (Ctrl+C), 141
stdout closed (a pipe whose reader left), 143 terminated (SIGTERM): 128 and the signal's
number, as a shell reports a process the signal ended.
"""

from __future__ import annotations

from enum import IntEnum

from tui.texts import Problem


class Exit(IntEnum):
    OK = 0
    FAILED = 1
    USAGE = 2
    RUNNING = 3
    INTERRUPTED = 130
    PIPE = 141
    TERMINATED = 143


class Refused(Problem):
    """The command line asks for something this tool will not do (bad arguments, --demo with
    a command it does not apply to, no confirmation)."""


class Interrupted(Problem):
    """Ctrl+C, with what became of the command's work said (nothing deleted, a store rolled
    back)."""


def exit_code(problem: Problem) -> Exit:
    """The code for a problem: the first class in this table it is an instance of."""
    # Imported here, when something went wrong: `scan` must not load the writing modules.
    from tui.catalog import CatalogError
    from tui.deletion import PlanError
    from tui.report.load import ReportError
    from tui.site import SiteError
    from tui.stores.backup import BackupMissing
    from tui.stores.guard import BrowserRunning

    codes: tuple[tuple[type[Problem], Exit], ...] = (
        (Interrupted, Exit.INTERRUPTED),
        (BrowserRunning, Exit.RUNNING),
        (Refused, Exit.USAGE),
        (PlanError, Exit.USAGE),
        (BackupMissing, Exit.USAGE),
        (CatalogError, Exit.USAGE),
        (ReportError, Exit.USAGE),
        (SiteError, Exit.USAGE),
        (Problem, Exit.FAILED),
    )
    return next(code for kind, code in codes if isinstance(problem, kind))
