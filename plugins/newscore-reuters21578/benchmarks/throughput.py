"""Articles per second and peak memory of ``list(newscore.read(path))``, extracting or not.

Usage: python throughput.py [FILE] [--repeats N]

Peak memory is measured with :mod:`tracemalloc` in a separate pass (tracing
slows Python down, so it is not timed). To compare two versions of the
plugin in the same run, run this script twice in a row, once with the other
version first on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

import newscore

DEFAULT_FILE = (
    Path(__file__).resolve().parents[4] / "shared" / "corpus" / "reuters" / "sgml" / "reut2-000.sgm"
)


def _read(path: Path, *, extract: bool) -> list[newscore.Article]:
    return list(newscore.read(path, format="reuters21578", extract=extract))


def main(argv: list[str] | None = None) -> int:
    """Print articles, dated, titled, articles/s and peak memory, with and without extraction."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--repeats", type=int, default=3)
    arguments = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # a broken neighbour plugin must not stop the measurement
    _read(arguments.file, extract=False)  # load the plugins once
    for extract in (False, True):
        best = float("inf")
        articles: list[newscore.Article] = []
        for _ in range(arguments.repeats):
            started = time.perf_counter()
            articles = _read(arguments.file, extract=extract)
            best = min(best, time.perf_counter() - started)
        tracemalloc.start()
        _read(arguments.file, extract=extract)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        dated = sum(article.date is not None for article in articles)
        titled = sum(article.title is not None for article in articles)
        print(
            f"extract={extract!s:5} articles={len(articles)} dated={dated} titled={titled}"
            f" {len(articles) / best:8.0f} articles/s ({best:.3f} s) peak {peak / 2**20:.1f} MiB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
