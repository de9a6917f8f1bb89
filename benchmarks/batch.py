# mypy: allow-untyped-calls
# (Dask and distributed ship hints, but leave some functions unannotated.)
"""Batch reading: read_many's speed-up on two cores, streaming memory, and Dask's overhead.

Usage::

    nox -s bench                                  # runs this after speed.py
    python benchmarks/batch.py --clippings 20000 --export-mb 1024
    python benchmarks/batch.py --export-mb 100 --skip-dask --json

- **throughput**: ``newscore.read_many`` with 1 and 2 workers (statements
  extracted) over a folder of ``--clippings`` files, each one of the clippings
  of ``tests/data`` in turn; the speed-up is the ratio of the two rates,
  measured in the same run.
- **memory**: a child process streams a multi-document Nexis text export of
  ``--export-mb`` megabytes (the clippings of ``tests/data`` in Nexis
  wrappers) through ``newscore.read`` into ``newscore.write_parquet``, and
  reports its peak resident set (``VmHWM``). Statements are extracted unless
  ``--no-extract`` is given (then the ``articles`` table is written).
- **dask**: ``newscore.dask.read_bag`` on a ``LocalCluster`` of 2 worker
  processes against ``read_many(workers=2)``, over the first
  ``--dask-clippings`` files of the same folder.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import newscore

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("dev", "heldout", "german", "labelled/valid", "dateline/valid", "plain/valid")


def clippings() -> list[str]:
    """Return the clippings of ``tests/data`` that newscore reads as one article each."""
    return [
        path.read_text(encoding="utf-8")
        for folder in SOURCES
        for path in sorted((ROOT / "tests" / "data" / folder).glob("*.txt"))
    ]


def write_corpus(folder: Path, count: int) -> list[Path]:
    """Write ``count`` clipping files into ``folder``, cycling through the clippings."""
    texts = clippings()
    paths = []
    for number in range(count):
        path = folder / f"{number // 1000:03d}" / f"clipping-{number:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(texts[number % len(texts)], encoding="utf-8")
        paths.append(path)
    return paths


def nexis_documents(texts: list[str]) -> Iterator[str]:
    """Yield Nexis text-export documents wrapping ``texts``, forever."""
    number = 0
    while True:
        for text in texts:
            number += 1
            title, _, body = text.strip().partition("\n")
            yield (
                f"                               {number} of 999999 DOCUMENTS\n\n"
                "                            The Example Herald (London)\n\n"
                "                            January 1, 2014 Wednesday\n\n"
                f"{title.strip()}\n\nLENGTH: 400 words\n\n{body.strip()}\n\n"
                "LOAD-DATE: January 2, 2014\n\nLANGUAGE: ENGLISH\n\n"
            )


def write_export(path: Path, megabytes: int) -> int:
    """Write a Nexis export of about ``megabytes`` MB; return the documents written."""
    limit = megabytes * 1_000_000
    written = 0
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write("Download Request: Selected Items: 1-999999\n\n")
        for document in nexis_documents(clippings()):
            out.write(document)
            written += len(document.encode("utf-8"))
            count += 1
            if written >= limit:
                break
    return count


def bench_throughput(paths: list[Path]) -> dict[str, float]:
    """Time read_many over ``paths`` with 1 and 2 workers."""
    rates: dict[str, float] = {}
    for workers in (1, 2):
        start = time.perf_counter()
        articles = sum(1 for _ in newscore.read_many(paths, workers=workers))
        seconds = time.perf_counter() - start
        rates[f"workers_{workers}_articles"] = articles
        rates[f"workers_{workers}_seconds"] = seconds
        rates[f"workers_{workers}_per_second"] = articles / seconds
    rates["speed_up"] = rates["workers_2_per_second"] / rates["workers_1_per_second"]
    return rates


_STREAM = textwrap.dedent(
    """
    import json, sys, time, newscore
    path, out, extract = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
    table = "statements" if extract else "articles"
    start = time.perf_counter()
    rows = newscore.write_parquet(newscore.read(path, extract=extract), out, table=table)
    seconds = time.perf_counter() - start
    peak = 0
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1]) * 1024
    print(json.dumps({"rows": rows, "seconds": seconds, "peak_rss": peak, "table": table}))
    """
)


def bench_memory(folder: Path, megabytes: int, *, extract: bool) -> dict[str, object]:
    """Stream a Nexis export of ``megabytes`` MB to Parquet in a child; report its peak RSS."""
    export = folder / "export.txt"
    documents = write_export(export, megabytes)
    size = export.stat().st_size
    out = folder / "out.parquet"
    done = subprocess.run(
        [sys.executable, "-c", _STREAM, str(export), str(out), str(int(extract))],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    seconds = float(result["seconds"])  # type: ignore[arg-type]
    result.update(
        documents=documents,
        export_bytes=size,
        megabytes_per_second=size / 1e6 / seconds,
        peak_rss_mb=int(result["peak_rss"]) / 2**20,  # type: ignore[call-overload]
    )
    export.unlink()
    return result


def bench_dask(paths: list[Path]) -> dict[str, float]:
    """Time read_bag on a 2-process LocalCluster against read_many(workers=2)."""
    from distributed import Client, LocalCluster  # noqa: PLC0415 - only this part needs Dask

    import newscore.dask  # noqa: PLC0415

    start = time.perf_counter()
    local = sum(1 for _ in newscore.read_many(paths, workers=2))
    local_seconds = time.perf_counter() - start
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        newscore.dask.read_bag([str(paths[0])]).count().compute()  # workers warmed up
        start = time.perf_counter()
        counted = newscore.dask.read_bag([str(path) for path in paths]).count().compute()
        dask_seconds = time.perf_counter() - start
    return {
        "articles": float(local),
        "dask_articles": float(counted),
        "read_many_seconds": local_seconds,
        "dask_seconds": dask_seconds,
        "dask_over_read_many": dask_seconds / local_seconds,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clippings", type=int, default=20_000)
    parser.add_argument("--export-mb", type=int, default=1024)
    parser.add_argument("--dask-clippings", type=int, default=4_000)
    parser.add_argument("--no-extract", action="store_true", help="memory run: no extraction")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    options = parser.parse_args(argv)
    results: dict[str, object] = {"cores": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="newscore-batch-") as temporary:
        folder = Path(temporary)
        (folder / "corpus").mkdir()
        paths = write_corpus(folder / "corpus", options.clippings)
        if not options.skip_throughput:
            results["throughput"] = bench_throughput(paths)
            report("throughput", results["throughput"], options.json)
        if not options.skip_dask:
            results["dask"] = bench_dask(paths[: options.dask_clippings])
            report("dask", results["dask"], options.json)
        if not options.skip_memory:
            results["memory"] = bench_memory(
                folder, options.export_mb, extract=not options.no_extract
            )
            report("memory", results["memory"], options.json)
    if options.json:
        print(json.dumps(results, indent=2))
    return 0


def report(name: str, figures: object, quiet: bool) -> None:
    if quiet:
        return
    assert isinstance(figures, dict)
    shown = ", ".join(
        f"{key} {value:.3g}" if isinstance(value, float) else f"{key} {value}"
        for key, value in figures.items()
    )
    print(f"{name}: {shown}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
