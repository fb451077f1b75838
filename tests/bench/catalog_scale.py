"""Benchmark: classifying an unknown cookie name against catalogues of regex entries.

    .venv/bin/python -m tests.bench.catalog_scale [--repeat 2000]

Builds catalogues of 10 and 50,000 `regex` entries (`t<i>_[0-9]+`, each its own literal
prefix) and prints the median time of one `classify` of a name no entry matches, and of one
that the last entry matches. Measured, never asserted (tests/core/test_catalog_scale.py
proves the work does not grow with the catalogue by counting the patterns tried).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from tests.core.test_catalog_scale import _catalog
from tests.helpers import SITE
from tui.catalog import Catalog


def _median_seconds(catalog: Catalog, name: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        catalog.classify(SITE, name)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=2000)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as tmp:
        for count in (10, 50_000):
            catalog = _catalog(Path(tmp), [f"t{index}_[0-9]+" for index in range(count)])
            last = f"t{count - 1}_42"
            unknown = _median_seconds(catalog, "zz_unknown", repeat) * 1e6
            known = _median_seconds(catalog, last, repeat) * 1e6
            print(f"{count:>6} regex entries: unknown {unknown:.1f} us, last {known:.1f} us")


if __name__ == "__main__":
    main()
