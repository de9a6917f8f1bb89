"""Speed and memory of newscore, as ratios against baselines measured in the same run.

Usage::

    nox -s bench
    nox -s bench -- --repeat 20

- **parse**: time to ``newscore.parse`` each ``labelled`` and ``plain``
  clipping of ``tests/data/dev``, against a baseline that only splits the same
  text into paragraphs with one regular expression (the least any reader does).
- **read**: throughput of ``newscore.read`` over a synthetic file of many
  clippings, and the peak memory (tracemalloc) of reading it whole vs. a file
  ten times larger: a streaming reader keeps the ratio near 1.
- **extraction**: parse time with the extractors (statements, speakers,
  cited sources) against parse time without them, over the dev and held-out
  clippings, and over real articles (the first 150 of the development part of
  ``../shared/corpus/polnear-train``, when it is there); the target is a ratio
  of at most 2.
- **linear time**: parse time of hostile text of growing size; the ratio
  between sizes should follow the size ratio.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import re
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import newscore

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
DEV = DATA / "dev"
_PARAGRAPHS = re.compile(r"\n\s*\n")


def best_of(repeat: int, action: Callable[[], object]) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings)


def dev_texts() -> list[str]:
    texts: list[str] = []
    for gold in sorted(DEV.glob("*.json")):
        if json.loads(gold.read_text(encoding="utf-8"))["format"] in {"labelled", "plain"}:
            with gold.with_suffix(".txt").open(encoding="utf-8", newline="") as stream:
                texts.append(stream.read())
    return texts


POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "polnear-train"
SPLIT = Path(__file__).resolve().parents[1] / "evaluation" / "polnear-split.json"
REAL_ARTICLES = 150


def clipping_texts() -> list[str]:
    texts = []
    for folder in (DEV, DATA / "heldout"):
        for path in sorted(folder.glob("*.txt")):
            with path.open(encoding="utf-8", newline="") as stream:
                texts.append(stream.read())
    return texts


def real_texts() -> list[str]:
    """The first real articles of polnear-train's development part (none without it)."""
    if not POLNEAR.is_dir():
        return []
    names = json.loads(SPLIT.read_text(encoding="utf-8"))["dev"][:REAL_ARTICLES]
    return [(POLNEAR / f"{name}.txt").read_text(encoding="utf-8") for name in names]


def bench_extraction(repeat: int, texts: list[str]) -> dict[str, float]:
    for text in texts:  # load plugins and compile patterns outside the timing
        newscore.parse(text)
    without = best_of(repeat, lambda: [newscore.parse(text, extract=False) for text in texts])
    with_extraction = best_of(repeat, lambda: [newscore.parse(text) for text in texts])
    return {
        "texts": len(texts),
        "parse_ms_per_text": 1000 * without / len(texts),
        "parse_and_extract_ms_per_text": 1000 * with_extraction / len(texts),
        "extraction_ratio": with_extraction / without,
    }


def bench_parse(repeat: int) -> dict[str, float]:
    texts = dev_texts()
    newscore.parse(texts[0])  # load plugins outside the timing
    parse_time = best_of(repeat, lambda: [newscore.parse(text) for text in texts])
    baseline = best_of(repeat, lambda: [_PARAGRAPHS.split(text) for text in texts])
    characters = sum(len(text) for text in texts)
    return {
        "clippings": len(texts),
        "parse_ms_per_clipping": 1000 * parse_time / len(texts),
        "baseline_ms_per_clipping": 1000 * baseline / len(texts),
        "parse_vs_baseline": parse_time / baseline,
        "parse_chars_per_s": characters / parse_time,
    }


def peak_read_memory(path: Path) -> tuple[int, int, float]:
    gc.collect()
    tracemalloc.start()
    start = time.perf_counter()
    count = sum(1 for _ in newscore.read(path))
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return count, peak, elapsed


def bench_read(copies: int) -> dict[str, float]:
    texts = dev_texts()
    labelled = [text for text in texts if newscore.detect(text)[0].format == "labelled"]
    clipping = "\n---\n".join(text.replace("\r\n", "\n") for text in labelled) + "\n---\n"
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "small.txt"
        large = Path(folder) / "large.txt"
        small.write_text(clipping * copies, encoding="utf-8")
        large.write_text(clipping * copies * 10, encoding="utf-8")
        small_count, small_peak, _ = peak_read_memory(small)
        large_count, large_peak, _ = peak_read_memory(large)
        start = time.perf_counter()
        count = sum(1 for _ in newscore.read(large))
        elapsed = time.perf_counter() - start
        size = large.stat().st_size
    return {
        "articles_small": small_count,
        "articles_large": large_count,
        "large_file_mb": size / 1e6,
        "read_articles_per_s": count / elapsed,
        "read_mb_per_s": size / 1e6 / elapsed,
        "peak_memory_small_mb": small_peak / 1e6,
        "peak_memory_large_mb": large_peak / 1e6,
        "peak_memory_ratio_10x_input": large_peak / small_peak,
    }


def bench_linear(repeat: int) -> dict[str, float]:
    unit = "Source: Kallas, citing **Details:** date 2025-08-30 «x» — "
    sizes = (200, 2000)
    timings = [best_of(repeat, functools.partial(newscore.parse, unit * size)) for size in sizes]
    return {
        "hostile_chars_small": len(unit) * sizes[0],
        "hostile_chars_large": len(unit) * sizes[1],
        "time_ratio_for_10x_input": timings[1] / timings[0],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--copies", type=int, default=50, help="clippings per small file / 9")
    args = parser.parse_args(argv)
    results = {
        "parse": bench_parse(args.repeat),
        "extraction (clippings)": bench_extraction(args.repeat, clipping_texts()),
        "read": bench_read(args.copies),
        "linear": bench_linear(max(3, args.repeat // 3)),
    }
    real = real_texts()
    if real:
        results["extraction (real articles)"] = bench_extraction(max(3, args.repeat // 3), real)
    for group, values in results.items():
        print(group)
        for key, value in values.items():
            shown = f"{value:,.3f}" if isinstance(value, float) else f"{value:,}"
            print(f"  {key:<32} {shown:>14}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
