"""Speed and memory of newscore against baselines timed in the same run; issue 11's targets.

Usage::

    nox -s bench                                   # this, then benchmarks/batch.py
    python benchmarks/speed.py --docs    # docs/figures/performance.json and its table
    python benchmarks/speed.py --baseline-tree /work/before   # before/after, side by side
    python benchmarks/speed.py --quick             # a short run (the tests use it)

Text sets: the *clippings* (``tests/data/dev``, ``tests/data/heldout``,
``evaluation/blind-2``, ``evaluation/blind-3``) and the *real articles* (the
development part of ``../shared/corpus/polnear-train``, as listed in
``evaluation/polnear-split.json``). Every figure is a ratio against a
baseline timed in the same run, on the same texts:

- **json.loads** of the article's own record, ``newscore.to_json(article,
  indent=None)`` of its full parse: the floor;
- the **naive extractor** of ``benchmarks/naive.py``, a frozen one-regex-per-sentence
  baseline that imports nothing of newscore.

Each text is timed alone, best of ``--rounds``; a set's figure is the sum over
its texts. **p99/p50** is taken over the per-character cost of each text
(best time / length), so that a long text is not a tail. **Stages** time
newscore's public steps one by one on the same texts (a stage missing from the
code under test is shown as n/a). **read** times ``newscore.read`` of the
Reuters SGML file (``../shared/corpus/reuters*/**/*.sgm``), read whole.
**memory** parses new texts (the clippings, each with its number appended) in a
loop (10^5 parses, 10^4 with ``--quick``), counts the live memory blocks after
10^3, 10^4 and 10^5 parses, and traces the last tenth to give the growth in kB.

The script imports only public entry points, so it also measures an older
checkout: ``--baseline-tree PATH`` runs it again in a subprocess with
``PYTHONPATH=PATH/src:PATH/plugins/*/src`` and prints both side by side.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs
import naive

import newscore

ROOT = Path(__file__).resolve().parents[1]
DOCS_FIGURES = ROOT / "docs" / "figures"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
POLNEAR = SHARED_CORPUS / "polnear-train"
POLNEAR_SPLIT = ROOT / "evaluation" / "polnear-split.json"
CLIPPING_FOLDERS = (
    "tests/data/dev",
    "tests/data/heldout",
    "evaluation/blind-2",
    "evaluation/blind-3",
)

MEMORY_CHECKPOINTS = (1_000, 10_000, 100_000)
"""After how many parses the memory loop samples the allocated memory."""

MEMORY_GROWTH_LIMIT_KB = 64.0
"""The most the allocated memory may grow per 10^4 parses and still count as flat."""

Action = Callable[[], object]


@dataclass(frozen=True)
class TextSet:
    """A named list of texts timed together."""

    name: str
    label: str
    texts: list[str]


@dataclass(frozen=True)
class Target:
    """One target of issue 11: a figure of the run and the most (or least) it may be."""

    name: str
    figure: float | None
    limit: float
    at_least: bool = False

    @property
    def holds(self) -> bool | None:
        """Whether the figure meets the limit; ``None`` when it was not measured."""
        if self.figure is None:
            return None
        return self.figure >= self.limit if self.at_least else self.figure <= self.limit


# -- inputs ------------------------------------------------------------------------


def read_exactly(path: Path) -> str:
    """Return a text file's characters, line ends as written."""
    with path.open(encoding="utf-8", newline="") as stream:
        return stream.read()


def clipping_set() -> TextSet:
    """The dev, held-out and blind clippings of the repository."""
    texts = [
        read_exactly(path)
        for folder in CLIPPING_FOLDERS
        for path in sorted((ROOT / folder).glob("*.txt"))
    ]
    return TextSet("clippings", "dev and blind clippings", texts)


def real_set(limit: int | None) -> TextSet | None:
    """The development part of polnear-train (its first ``limit`` texts), or ``None`` without it."""
    if not POLNEAR.is_dir():
        print(f"note: {POLNEAR} is absent: the real articles are skipped")
        return None
    names = json.loads(POLNEAR_SPLIT.read_text(encoding="utf-8"))["dev"][:limit]
    texts = [read_exactly(POLNEAR / f"{name}.txt") for name in names]
    return TextSet("real", "real articles (polnear-train dev part)", texts)


def reuters_file() -> Path | None:
    """The Reuters-21578 SGML file of the shared corpus, or ``None`` without it."""
    found = sorted(SHARED_CORPUS.glob("reuters*/**/*.sgm"))
    if not found:
        print(f"note: no Reuters SGML file under {SHARED_CORPUS}: read throughput is skipped")
        return None
    return found[0]


# -- timing ------------------------------------------------------------------------


def elapsed(action: Action) -> float:
    """Return how long one call of ``action`` takes, in seconds."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def best_times(actions: Sequence[dict[str, Action]], rounds: int) -> dict[str, list[float]]:
    """Time every action of every item alone, best of ``rounds``; rounds interleave the items.

    :param actions: per item (a text), the actions to time by name; an item
        may lack a name, which then counts 0 for it.
    :returns: per name, the best time of each item.
    """
    names = sorted({name for item in actions for name in item})
    best = {name: [float("inf") if name in item else 0.0 for item in actions] for name in names}
    for _ in range(rounds):
        for index, item in enumerate(actions):
            for name, action in item.items():
                best[name][index] = min(best[name][index], elapsed(action))
    return best


def utf8_megabytes(texts: Sequence[str]) -> float:
    """The size of ``texts`` in UTF-8, in megabytes (10^6 bytes)."""
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6


def tail_ratio(times: Sequence[float], texts: Sequence[str]) -> tuple[float, float, float]:
    """Return p50 and p99 of the per-character cost (ns per character), and p99/p50."""
    costs = [1e9 * spent / max(1, len(text)) for spent, text in zip(times, texts, strict=True)]
    cuts = statistics.quantiles(costs, n=100, method="inclusive")
    return cuts[49], cuts[98], cuts[98] / cuts[49]


def peak_parse_memory_kb(texts: Sequence[str]) -> float:
    """The largest tracemalloc peak of one full parse of any of ``texts``, in kB."""
    gc.collect()
    tracemalloc.start()
    peak = 0
    try:
        for text in texts:
            tracemalloc.reset_peak()
            base = tracemalloc.get_traced_memory()[0]
            newscore.parse(text)
            peak = max(peak, tracemalloc.get_traced_memory()[1] - base)
    finally:
        tracemalloc.stop()
    return peak / 1e3


# -- the measurements --------------------------------------------------------------


def bench_set(text_set: TextSet, rounds: int) -> dict[str, Any]:
    """Time json.loads, the naive extractor, parse(extract=False) and parse() on each text."""
    texts = text_set.texts
    records = [newscore.to_json(newscore.parse(text), indent=None) for text in texts]
    actions: list[dict[str, Action]] = [
        {
            "json_loads": functools.partial(json.loads, record),
            "naive": functools.partial(naive.extract, text),
            "structure": functools.partial(newscore.parse, text, extract=False),
            "full": functools.partial(newscore.parse, text),
        }
        for text, record in zip(texts, records, strict=True)
    ]
    best = best_times(actions, rounds)
    total = {name: sum(times) for name, times in best.items()}
    megabytes = utf8_megabytes(texts)
    per_text = {name: 1e6 * spent / len(texts) for name, spent in total.items()}
    p50, p99, tail = tail_ratio(best["full"], texts)
    _, _, structure_tail = tail_ratio(best["structure"], texts)
    return {
        "label": text_set.label,
        "texts": len(texts),
        "mean_chars": sum(map(len, texts)) / len(texts),
        "megabytes": megabytes,
        "us_per_text": per_text,
        "ratio_to_json_loads": {name: spent / total["json_loads"] for name, spent in total.items()},
        "mb_per_s": {name: megabytes / spent for name, spent in total.items()},
        "full_p50_ns_per_char": p50,
        "full_p99_ns_per_char": p99,
        "extraction_ratio": total["full"] / total["structure"],
        "full_p99_p50": tail,
        "structure_p99_p50": structure_tail,
        "peak_memory_kb": peak_parse_memory_kb(texts),
        "points": {
            "chars": [len(text) for text in texts],
            **{f"{name}_us": [1e6 * spent for spent in best[name]] for name in best},
        },
    }


def entry_point(module: str, name: str) -> Any:
    """``module.name`` of the code under test, or ``None`` where it has no such name."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


text_lines = entry_point("newscore._input", "text_lines")
analyse = entry_point("newscore.extract.analysis", "analyse")
pack_for = entry_point("newscore.extract.packs", "pack_for")
identify = entry_point("newscore.identity", "identify")
detect_language = entry_point("newscore.language", "detect_language")
ReadOptions = entry_point("newscore.registry", "ReadOptions")


def stage_actions(host: newscore.PluginHost, text: str) -> dict[str, Action]:
    """The public steps of one full parse of ``text``, each as an action to time alone.

    The steps are called as ``PluginHost.parse`` and ``PluginHost.extract``
    call them. A step whose entry point the code under test lacks is left
    out (shown as n/a); without ``text_lines``, ``ReadOptions`` or (for a
    format that does not give the language) ``detect_language``, the steps
    after detection cannot be set up and are all left out.
    """
    actions: dict[str, Action] = {"detect": lambda: host.detect(text)}
    if text_lines is None or ReadOptions is None:
        return actions
    detections = host.detect(text)
    fmt = host.format(detections[0].format if detections else "plain")
    parse = fmt.parse
    if parse is None:
        return actions
    actions["split"] = lambda: list(fmt.split(text_lines(text)))
    chunk = next(iter(fmt.split(text_lines(text))))
    options = ReadOptions(host=host, context=dict(chunk.context))
    actions["format parse"] = functools.partial(parse, chunk.text, options)
    parsed = parse(chunk.text, options)
    if identify is not None:
        actions["identify"] = functools.partial(identify, parsed)
    language = parsed.meta.get("language")
    if not isinstance(language, str):
        if detect_language is None:
            return actions
        actions["language"] = functools.partial(detect_language, parsed.raw)
        language = detect_language(parsed.raw)
    article = attrs.evolve(parsed, meta={**parsed.meta, "language": language})
    if analyse is not None and pack_for is not None:
        actions["analysis (in attribution)"] = functools.partial(
            analyse, article, pack_for(language)
        )
    for entry in host.extractors:
        if entry.extractor.reads(language):
            actions[f"extract: {entry.extractor.name}"] = functools.partial(
                entry.extractor.extract, article
            )
    actions["to_dict"] = functools.partial(newscore.to_dict, newscore.parse(text))
    return actions


STAGE_ORDER = (
    "detect",
    "split",
    "format parse",
    "identify",
    "language",
    "analysis (in attribution)",
    "extract: *",
    "to_dict",
)
"""The order the stages are shown in (``extract: *`` stands for every extractor pass)."""


def ordered_stages(names: Sequence[str]) -> list[str]:
    """Return every stage name of the order above, the extractor passes where ``extract: *`` is."""
    shown: list[str] = []
    for name in STAGE_ORDER:
        if name == "extract: *":
            shown += sorted(found for found in names if found.startswith("extract: "))
        else:
            shown.append(name)
    return shown


def bench_stages(text_set: TextSet, rounds: int, timed: dict[str, Any]) -> list[dict[str, Any]]:
    """Time each stage of a full parse on every text of ``text_set``; µs per text and ratios."""
    host = newscore.default_host()
    actions = [stage_actions(host, text) for text in text_set.texts]
    best = best_times(actions, rounds)
    json_us = timed["us_per_text"]["json_loads"]
    full_us = timed["us_per_text"]["full"]
    rows: list[dict[str, Any]] = []
    for name in ordered_stages(list(best)):
        if name not in best:
            rows.append({"stage": name, "us_per_text": None, "ratio_to_json_loads": None})
            continue
        spent = 1e6 * sum(best[name]) / len(text_set.texts)
        rows.append(
            {
                "stage": name,
                "us_per_text": spent,
                "ratio_to_json_loads": spent / json_us,
                "share_of_full_parse": spent / full_us,
            }
        )
    return rows


def bench_read(path: Path, rounds: int) -> dict[str, Any]:
    """Throughput of ``newscore.read`` on ``path``, with and without extraction, vs json.loads."""
    records = [newscore.to_json(article, indent=None) for article in newscore.read(path)]
    count = len(records)
    megabytes = path.stat().st_size / 1e6
    with_extraction = min(elapsed(lambda: list(newscore.read(path))) for _ in range(rounds))
    structure = min(
        elapsed(lambda: list(newscore.read(path, extract=False))) for _ in range(rounds)
    )
    floor = min(elapsed(lambda: [json.loads(record) for record in records]) for _ in range(rounds))
    return {
        "file": str(path.relative_to(ROOT.parent)),
        "articles": count,
        "megabytes": megabytes,
        "articles_per_s": {"full": count / with_extraction, "structure": count / structure},
        "mb_per_s": {"full": megabytes / with_extraction, "structure": megabytes / structure},
        "json_loads_articles_per_s": count / floor,
        "ratio_to_json_loads": {"full": with_extraction / floor, "structure": structure / floor},
    }


def peak_read_memory_kb(path: Path) -> tuple[int, float]:
    """Read ``path`` whole with ``newscore.read``; its articles and tracemalloc's peak, in kB."""
    gc.collect()
    tracemalloc.start()
    try:
        count = sum(1 for _ in newscore.read(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return count, peak / 1e3


def bench_streaming(texts: Sequence[str], copies: int) -> dict[str, Any]:
    """Peak memory of reading a file of labelled clippings and one ten times larger.

    A streaming reader keeps the ratio of the two peaks near 1.
    """
    labelled = [text for text in texts if newscore.detect(text)[0].format == "labelled"]
    export = "\n---\n".join(text.replace("\r\n", "\n") for text in labelled) + "\n---\n"
    with tempfile.TemporaryDirectory() as folder:
        small, large = Path(folder) / "small.txt", Path(folder) / "large.txt"
        small.write_text(export * copies, encoding="utf-8")
        large.write_text(export * copies * 10, encoding="utf-8")
        small_count, small_peak = peak_read_memory_kb(small)
        large_count, large_peak = peak_read_memory_kb(large)
    return {
        "articles": [small_count, large_count],
        "peak_memory_kb": [small_peak, large_peak],
        "peak_ratio_for_10x_input": large_peak / small_peak,
    }


def varied(texts: Sequence[str], number: int) -> str:
    """The ``number``-th text of the memory loop: each one new, so a cache keyed by input shows."""
    return f"{texts[number % len(texts)]}\n\nRef. {number}."


def bench_memory(texts: Sequence[str], parses: int) -> dict[str, Any]:
    """Parse ``parses`` different texts in a loop; how much memory stays behind.

    The live memory blocks (``sys.getallocatedblocks``, free to read) are
    sampled at each checkpoint. The growth in bytes is measured by tracing
    (tracemalloc) only the last tenth of the loop: what it allocated and still
    holds at the end is what the parses left behind. Tracing it all would make
    each parse five times slower.
    """
    for text in texts:  # plugins, patterns and first-use caches load before sampling
        newscore.parse(text)
    checkpoints = [count for count in MEMORY_CHECKPOINTS if count < parses] + [parses]
    if len(checkpoints) == 1:  # a short loop (the tests): sample after a tenth too
        checkpoints.insert(0, max(1, parses // 10))
    traced_from = parses - max(1, parses // 10)
    blocks: list[int] = []
    left_behind = 0
    gc.collect()
    start = time.perf_counter()
    done = 0
    try:
        for checkpoint in checkpoints:
            for number in range(done, checkpoint):
                if number == traced_from:
                    gc.collect()
                    tracemalloc.start()
                newscore.parse(varied(texts, number))
            done = checkpoint
            gc.collect()
            blocks.append(sys.getallocatedblocks())
        left_behind = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return {
        "parses": checkpoints,
        "allocated_blocks": blocks,
        "traced_parses": parses - traced_from,
        "growth_kb_per_10k_parses": left_behind / 1e3 / (parses - traced_from) * 1e4,
        "seconds": time.perf_counter() - start,
    }


def targets(figures: dict[str, Any]) -> list[Target]:
    """The targets of issue 11, with this run's figures."""
    sets = figures["sets"]

    def ratio(name: str, kind: str) -> float | None:
        return sets[name]["ratio_to_json_loads"][kind] if name in sets else None

    found = [
        Target("structure-only parse / json.loads, clippings", ratio("clippings", "structure"), 4),
        Target("structure-only parse / json.loads, real articles", ratio("real", "structure"), 4),
        Target("full parse / json.loads, clippings", ratio("clippings", "full"), 12),
        Target("full parse / json.loads, real articles", ratio("real", "full"), 15),
    ]
    found += [
        Target(f"full parse p99/p50, {SET_NAMES.get(name, name)}", sets[name]["full_p99_p50"], 3)
        for name in sets
    ]
    found.append(
        Target(
            "memory growth per 10^4 parses (kB)",
            figures["memory"]["growth_kb_per_10k_parses"] if figures["memory"] else None,
            MEMORY_GROWTH_LIMIT_KB,
        )
    )
    baseline = figures.get("baseline")
    if baseline and baseline.get("read") and figures.get("read"):
        old = baseline["read"]["articles_per_s"]["full"]
        new = figures["read"]["articles_per_s"]["full"]
        found.append(Target("read articles/s with extraction / old code's", new / old, 3, True))
    return found


# -- the report --------------------------------------------------------------------


def shown(value: float | None, digits: int = 1) -> str:
    """A figure for the report, or n/a."""
    return "n/a" if value is None else f"{value:,.{digits}f}"


def report_lines(figures: dict[str, Any]) -> Iterator[str]:
    """The printed report of one run."""
    meta = figures["meta"]
    yield f"newscore from {meta['newscore']} (python {meta['python']}, {meta['rounds']} rounds)"
    for name, data in figures["sets"].items():
        yield ""
        yield f"{data['label']}: {data['texts']} texts, {data['mean_chars']:,.0f} characters each"
        yield f"  {'':<22}{'us/text':>10}{'MB/s':>9}{'x json.loads':>14}"
        for kind in ("json_loads", "naive", "structure", "full"):
            yield (
                f"  {KIND_LABELS[kind]:<22}{data['us_per_text'][kind]:>10,.1f}"
                f"{data['mb_per_s'][kind]:>9,.2f}{data['ratio_to_json_loads'][kind]:>14,.1f}"
            )
        yield (
            f"  full parse per character: p50 {data['full_p50_ns_per_char']:,.0f} ns,"
            f" p99 {data['full_p99_ns_per_char']:,.0f} ns, p99/p50 {data['full_p99_p50']:.2f}"
            f" (structure only {data['structure_p99_p50']:.2f})"
        )
        yield f"  parse() / parse(extract=False): {data['extraction_ratio']:.2f}"
        yield f"  peak memory of one full parse: {data['peak_memory_kb']:,.0f} kB (tracemalloc)"
        yield f"  stages ({name}):{'us/text':>14}{'x json.loads':>14}{'of parse()':>12}"
        for row in figures["stages"][name]:
            share = row.get("share_of_full_parse")
            yield (
                f"    {row['stage']:<26}{shown(row['us_per_text']):>10}"
                f"{shown(row['ratio_to_json_loads'], 2):>14}"
                f"{'n/a' if share is None else f'{share:.0%}':>12}"
            )
    read = figures["read"]
    if read:
        yield ""
        yield f"read {read['file']} whole: {read['articles']} articles, {read['megabytes']:.2f} MB"
        for kind, label in (("full", "with extraction"), ("structure", "without extraction")):
            yield (
                f"  {label:<20} {read['articles_per_s'][kind]:>9,.0f} articles/s"
                f" {read['mb_per_s'][kind]:>7,.2f} MB/s"
                f" {read['ratio_to_json_loads'][kind]:>7,.1f}x json.loads"
            )
    streaming = figures.get("streaming")
    if streaming:
        yield ""
        small, large = streaming["articles"]
        small_peak, large_peak = streaming["peak_memory_kb"]
        ratio = streaming["peak_ratio_for_10x_input"]
        yield (
            f"streaming read: peak memory {small_peak:,.0f} kB for {small:,} articles,"
            f" {large_peak:,.0f} kB for {large:,} (ratio {ratio:.2f})"
        )
    memory = figures["memory"]
    if memory:
        yield ""
        samples = ", ".join(
            f"{count:,}: {live:,}"
            for count, live in zip(memory["parses"], memory["allocated_blocks"], strict=True)
        )
        yield f"memory (live blocks after n full parses of new texts) {samples}"
        yield (
            f"  growth per 10^4 parses: {memory['growth_kb_per_10k_parses']:+,.1f} kB"
            f" (traced over the last {memory['traced_parses']:,})"
        )


KIND_LABELS = {
    "json_loads": "json.loads of record",
    "naive": "naive extractor",
    "structure": "parse(extract=False)",
    "full": "parse()",
}


def target_lines(found: Sequence[Target]) -> Iterator[str]:
    """The targets block."""
    yield ""
    yield "targets"
    for target in found:
        verdict = {True: "PASS", False: "FAIL", None: "n/a"}[target.holds]
        bound = ">=" if target.at_least else "<="
        figure = shown(target.figure, 2)
        yield f"  {target.name:<52}{figure:>10}  {bound} {target.limit:<5g} {verdict}"


COMPARED = (
    ("us/text, parse(extract=False)", ("us_per_text", "structure"), "time"),
    ("us/text, parse()", ("us_per_text", "full"), "time"),
    ("x json.loads, parse(extract=False)", ("ratio_to_json_loads", "structure"), "time"),
    ("x json.loads, parse()", ("ratio_to_json_loads", "full"), "time"),
    ("full parse p99/p50", ("full_p99_p50",), None),
)
"""The figures of each text set compared: label, keys, and whether a speed-up applies."""

SET_NAMES = {"clippings": "clippings", "real": "real articles"}
"""How the report names each text set."""


def dig(data: dict[str, Any] | None, keys: Sequence[str]) -> float | None:
    """``data[keys[0]][keys[1]]...``, or ``None`` where a key is missing."""
    value: Any = data
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return float(value)


def speed_up(old: float | None, new: float | None, kind: str | None) -> str:
    """How many times faster ``new`` is: old/new for a time, new/old for a rate."""
    if kind is None or not old or not new:
        return ""
    return f"{(old / new if kind == 'time' else new / old):.2f}x"


def comparison_lines(before: dict[str, Any], after: dict[str, Any]) -> Iterator[str]:
    """Before and after side by side, with the speed-up."""
    yield ""
    yield f"before: {before['meta']['newscore']}"
    yield f"after:  {after['meta']['newscore']}"
    yield f"  {'':<48}{'before':>10}{'after':>10}{'speed-up':>10}"
    rows: list[tuple[str, tuple[str, ...], str | None]] = [
        (f"{SET_NAMES.get(name, name)}: {label}", ("sets", name, *keys), kind)
        for name in after["sets"]
        for label, keys, kind in COMPARED
    ]
    rows += [
        (f"read articles/s, {label}", ("read", "articles_per_s", kind), "rate")
        for kind, label in (("full", "with extraction"), ("structure", "without extraction"))
    ]
    rows.append(
        ("memory growth per 10^4 parses (kB)", ("memory", "growth_kb_per_10k_parses"), None)
    )
    for label, keys, kind in rows:
        old, new = dig(before, keys), dig(after, keys)
        yield f"  {label:<48}{shown(old):>10}{shown(new):>10}{speed_up(old, new, kind):>10}"


# -- the run -----------------------------------------------------------------------


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """Run every measurement and return the figures."""
    sets = [clipping_set()]
    real = real_set(args.real)
    if real is not None:
        sets.append(real)
    for text_set in sets:  # plugins and patterns load outside the timing
        for text in text_set.texts:
            newscore.parse(text)
    figures: dict[str, Any] = {
        "meta": {
            "newscore": str(Path(newscore.__file__).resolve().parents[1]),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "rounds": args.rounds,
            "quick": args.quick,
        },
        "sets": {},
        "stages": {},
    }
    for text_set in sets:
        timed = bench_set(text_set, args.rounds)
        figures["sets"][text_set.name] = timed
        figures["stages"][text_set.name] = bench_stages(text_set, args.rounds, timed)
    reuters = reuters_file()
    figures["read"] = bench_read(reuters, max(1, args.rounds // 2)) if reuters else None
    parses = args.memory_parses
    if parses is None:
        parses = 10_000 if args.quick else 100_000
    figures["streaming"] = bench_streaming(sets[0].texts, args.copies) if args.copies else None
    figures["memory"] = bench_memory(sets[0].texts, parses) if parses > 1 else None
    return figures


def rounded(data: Any) -> Any:
    """``data`` with every float to five significant digits (what the figures can tell)."""
    if isinstance(data, float):
        return float(f"{data:.5g}")
    if isinstance(data, dict):
        return {key: rounded(value) for key, value in data.items()}
    if isinstance(data, list):
        return [rounded(value) for value in data]
    return data


def write_figures(path: Path, figures: dict[str, Any]) -> None:
    """Write ``figures`` to ``path`` as JSON."""
    path.write_text(json.dumps(rounded(figures), indent=1) + "\n", encoding="utf-8")


def write_docs_figures(figures: dict[str, Any]) -> None:
    """Write ``docs/figures/performance.json`` and the table the performance page includes."""
    spec = importlib.util.spec_from_file_location("performance", DOCS_FIGURES / "performance.py")
    assert spec is not None
    assert spec.loader is not None
    page = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(page)
    write_figures(DOCS_FIGURES / page.FIGURES_NAME, figures)
    written = page.load(DOCS_FIGURES / page.FIGURES_NAME)
    (DOCS_FIGURES / page.TABLE_NAME).write_text(page.table(written), encoding="utf-8")


def baseline_figures(tree: Path, argv: Sequence[str]) -> dict[str, Any]:
    """Run this script with ``tree``'s code in a subprocess; return its figures."""
    plugins = sorted(str(path) for path in tree.glob("plugins/*/src"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tree / "src"), *plugins])}
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "baseline.json"
        command = [sys.executable, __file__, *argv, "--quiet", "--json", str(output)]
        subprocess.run(command, env=env, check=True)
        figures: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
    if not figures["meta"]["newscore"].startswith(str(tree.resolve())):
        raise SystemExit(f"the baseline run used {figures['meta']['newscore']}, not {tree}")
    return figures


def forwarded(argv: Sequence[str]) -> list[str]:
    """``argv`` without ``--baseline-tree`` and ``--json`` (and their values)."""
    kept: list[str] = []
    skip = False
    for argument in argv:
        if skip:
            skip = False
            continue
        if argument == "--docs":
            continue
        if argument in {"--baseline-tree", "--json"}:
            skip = True
            continue
        if argument.startswith(("--baseline-tree=", "--json=")):
            continue
        kept.append(argument)
    return kept


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print the report and the targets, and write ``--json``."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rounds", type=int, default=None, help="best of how many (default 5, quick 2)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="2 rounds, 60 real articles, 10^4 parses"
    )
    parser.add_argument(
        "--real", type=int, default=None, help="how many real articles (default all)"
    )
    parser.add_argument(
        "--memory-parses", type=int, default=None, help="parses of the memory loop (0: none)"
    )
    parser.add_argument(
        "--copies", type=int, default=None, help="streaming: copies per small file (default 20)"
    )
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument(
        "--docs", action="store_true", help="write the figures and table of the docs' page"
    )
    parser.add_argument("--baseline-tree", type=Path, help="also measure this checkout's code")
    parser.add_argument("--quiet", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(arguments)
    if args.rounds is None:
        args.rounds = 2 if args.quick else 5
    if args.copies is None:
        args.copies = 2 if args.quick else 20
    if args.real is None and args.quick:
        args.real = 60
    figures = measure(args)
    if args.baseline_tree is not None:
        figures["baseline"] = baseline_figures(args.baseline_tree, forwarded(arguments))
    found = targets(figures)
    figures["targets"] = [
        {
            "target": target.name,
            "figure": target.figure,
            "limit": target.limit,
            "at_least": target.at_least,
            "pass": target.holds,
        }
        for target in found
    ]
    if args.json is not None:
        write_figures(args.json, figures)
    if args.docs:
        write_docs_figures(figures)
    if not args.quiet:
        lines = list(report_lines(figures))
        if "baseline" in figures:
            lines += comparison_lines(figures["baseline"], figures)
        print("\n".join([*lines, *target_lines(found)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
