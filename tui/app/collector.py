"""Python's cyclic garbage collector, held off while the app starts and back once its first screen
is drawn.

Starting the app allocates some 80,000 objects that live as long as it does (the modules of
Textual and of this tool, the stylesheet, the widgets), and the collector, set off by
allocations, walked them again and again on the way: about 130 young, 13 middle and one full
collection before the demo's first row, some 40 to 65 ms of the ~400 of CPU it took (timed with
`gc.callbacks`, on this 2-core machine shared at load 1 to 3; the bare Textual app of
tests/bench spent 40 to 60 ms there, 100 young, 10 middle and one full collection). Held off,
those walks are not made. Once the first screen is drawn, what start-up built is moved out of
the collector's reach (`gc.freeze`; disable early, freeze once built, is the pattern the
documentation of `gc.freeze` describes, there for a server before it forks: else the next
collection would walk it all once more, and every full collection of the app's life again) and
collection resumes as usual. The garbage start-up left, cycles no one reaches (about 7,600
objects, 0.85 MB by `sys.getsizeof`, on the demo: Textual's caches and styles of discarded
nodes, rendered segments), is frozen with it: kept, not collected; so is a start-up object that
later falls out of use in a cycle (the first footer's keys, when the footer is rebuilt). Both
are bounded by what start-up built, a once-only cost in memory: what the app makes afterwards is
collected as usual (refcounting frees the rest, frozen or not). Textual holds the collector off
the same way during smooth scrolling (`App.PAUSE_GC_ON_SCROLL`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Whether `held` turned collection off and it has not been released yet: only then does
# `release` act (an app made by a test, in a process whose collector is its own, does nothing).
_held = False


@contextmanager
def held() -> Iterator[None]:
    """Collection off for the block (the app's run) until `release`; back on when the block
    ends, however it ends, if nothing released it before (then nothing is frozen: there was
    no first screen)."""
    global _held
    if not gc.isenabled():  # someone else's choice: left as it is
        yield
        return
    gc.disable()
    _held = True
    try:
        yield
    finally:
        if _held:
            _held = False
            gc.enable()


def release() -> None:
    """The first screen is drawn: what start-up built is kept out of later collections, which
    resume. Nothing to do unless `held` is holding."""
    global _held
    if not _held:
        return
    _held = False
    gc.freeze()
    gc.enable()
