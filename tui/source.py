"""One run's stores source: the person's own, or a demo home's. Decided once, from the
options, by `opened`, and handed to the command, the watch or the app; none of them asks
`--demo` again.

A source says where the stores are (every discovered profile or the `--store` paths, or the
demo home's), the state directory, and so the backups and the audit log a deletion or a
restore uses. The demo's state directory lies inside its home: a demo's deletions never mix
with the person's, and go with the home when the run ends.

Kept light: `scan` builds one at every start (no typing, no dataclasses; the readers, the
demo and the writing modules are imported only when used).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from tui.paths import audit_log_in, backups_in, state_dir

# Not typing.TYPE_CHECKING: typing is not imported at run time (start-up of `scan`).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from tui.audit import AuditLog
    from tui.model import Store, StoreRef
    from tui.stores.backup import Backups

# What locating the stores gives: (refs found, failed --store paths, places searched).
Located = tuple[list["StoreRef"], list["Store"], list[str]]


class Source:
    """Where one run's stores are and where its writes keep their backups and audit log.

    `demo_home`: a demo home (its stores, its state directory); None: the person's own
    (the `stores` given, else every profile of the `browsers`, and the user's state dir).
    """

    __slots__ = ("browsers", "demo_home", "stores")

    def __init__(
        self,
        stores: Sequence[Path] = (),
        browsers: Sequence[str] = (),
        demo_home: Path | None = None,
    ) -> None:
        self.stores = tuple(stores)
        self.browsers = tuple(browsers)
        self.demo_home = demo_home

    def __repr__(self) -> str:
        return f"Source(stores={self.stores!r}, browsers={self.browsers!r}, demo={self.demo_home})"

    @property
    def demo(self) -> bool:
        return self.demo_home is not None

    def locate(self) -> Located:
        """The stores as they are found now (a rescan and live mode call it again)."""
        if self.demo_home is not None:
            from tui.demo.home import demo_stores

            return demo_stores(self.demo_home, self.browsers)
        from tui.inspection import find_stores

        return find_stores(self.stores, self.browsers)

    def discovery_env(self) -> tuple[dict[str, str] | None, str | None]:
        """The environment and platform discovery is given: the demo home's (as on Linux),
        or (None) this machine's."""
        if self.demo_home is None:
            return None, None
        from tui.demo.home import environment

        return environment(self.demo_home), "linux"

    @property
    def state_dir(self) -> Path:
        """The demo home's state directory, or the user's (read when asked: the environment
        that names it is the one in force then)."""
        if self.demo_home is None:
            return state_dir()
        from tui.demo.home import state_dir as demo_state_dir

        return demo_state_dir(self.demo_home)

    def backups(self) -> Backups:
        from tui.stores.backup import Backups

        return Backups(backups_in(self.state_dir))

    def audit_log(self) -> AuditLog:
        from tui.audit import AuditLog

        return AuditLog(audit_log_in(self.state_dir))


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Source]:
    """The source the options name, for as long as the run lasts. With `--demo`, a demo home
    is built in a temporary directory and removed, with its backups and audit log, when the
    block is left: also on Ctrl+C and SIGTERM, which unwind it as exceptions (tui/cli)."""
    stores: Sequence[Path] = getattr(args, "store", None) or ()
    browsers: Sequence[str] = getattr(args, "browser", None) or ()
    if not getattr(args, "demo", False):
        yield Source(stores, browsers)
        return
    import tempfile

    from tui.demo.home import build_home

    with tempfile.TemporaryDirectory(prefix="saemes-demo-") as root:
        yield Source(browsers=browsers, demo_home=build_home(Path(root)))
