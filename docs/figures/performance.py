"""The performance page's table and plot, from the figures ``benchmarks/speed.py`` measured.

``speed.py --docs`` writes ``performance.json`` (every figure of its run) and
``performance-table.inc`` (:func:`table` of them, the Markdown the page
includes) next to this file; ``tests/test_benchmarks.py`` checks that the two
agree. The docs build runs this file with ``docs/figures`` as the working
directory and calls :func:`time_against_size` (matplotlib's ``plot``
directive), which draws ``performance.json``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FIGURES_NAME = "performance.json"
"""The committed figures of one run of ``benchmarks/speed.py``, in ``docs/figures``."""
TABLE_NAME = "performance-table.inc"
"""The Markdown table the performance page includes, in ``docs/figures``."""

KINDS = {
    "json_loads": "`json.loads` of the record",
    "naive": "naive extractor",
    "structure": "`parse(extract=False)`",
    "full": "`parse()`",
}
"""The timed actions of each text set, as the table names them."""


def load(path: Path | None = None) -> dict[str, Any]:
    """Return the figures of ``path`` (``performance.json`` of the working directory by default)."""
    path = Path.cwd() / FIGURES_NAME if path is None else path
    figures: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return figures


def _set_rows(figures: dict[str, Any]) -> Iterator[str]:
    sets = figures["sets"]
    yield "| " + " | ".join(["what", *(sets[name]["label"] for name in sets)]) + " |"
    yield "| --- |" + " ---: |" * len(sets)
    yield (
        "| texts, characters each (mean) | "
        + " | ".join(f"{data['texts']}, {data['mean_chars']:,.0f}" for data in sets.values())
        + " |"
    )
    for kind, label in KINDS.items():
        cells = [
            f"{data['us_per_text'][kind]:,.0f} µs, {data['mb_per_s'][kind]:,.2f} MB/s, "
            f"**{data['ratio_to_json_loads'][kind]:,.1f}×**"
            for data in sets.values()
        ]
        yield f"| {label} | " + " | ".join(cells) + " |"
    yield (
        "| `parse()` p50 / p99 per character | "
        + " | ".join(
            f"{data['full_p50_ns_per_char']:,.0f} / {data['full_p99_ns_per_char']:,.0f} ns, "
            f"p99/p50 **{data['full_p99_p50']:.2f}**"
            for data in sets.values()
        )
        + " |"
    )
    yield (
        "| peak memory of one `parse()` | "
        + " | ".join(f"{data['peak_memory_kb']:,.0f} kB" for data in sets.values())
        + " |"
    )


def _stage_rows(figures: dict[str, Any]) -> Iterator[str]:
    stages = figures["stages"]
    yield "| stage | " + " | ".join(figures["sets"][name]["label"] for name in stages) + " |"
    yield "| --- |" + " ---: |" * len(stages)
    names = [row["stage"] for row in next(iter(stages.values()))]
    names += [row["stage"] for rows in stages.values() for row in rows if row["stage"] not in names]
    for name in names:
        cells = []
        for rows in stages.values():
            row = next((row for row in rows if row["stage"] == name), None)
            if row is None or row["us_per_text"] is None:
                cells.append("n/a")
            else:
                cells.append(
                    f"{row['us_per_text']:,.0f} µs, {row['ratio_to_json_loads']:.2f}×, "
                    f"{row['share_of_full_parse']:.0%}"
                )
        yield f"| {name} | " + " | ".join(cells) + " |"


def _other_rows(figures: dict[str, Any]) -> Iterator[str]:
    read, memory = figures.get("read"), figures.get("memory")
    yield "| what | figure |"
    yield "| --- | ---: |"
    if read:
        for kind, label in (("full", "with extraction"), ("structure", "without extraction")):
            yield (
                f"| `read` of `{read['file']}` ({read['articles']:,} articles), {label} | "
                f"{read['articles_per_s'][kind]:,.0f} articles/s, {read['mb_per_s'][kind]:,.2f}"
                f" MB/s, **{read['ratio_to_json_loads'][kind]:,.1f}×** `json.loads` |"
            )
    streaming = figures.get("streaming")
    if streaming:
        small, large = streaming["articles"]
        yield (
            f"| peak memory of `read`, {small:,} and {large:,} articles | "
            + " and ".join(f"{kb:,.0f} kB" for kb in streaming["peak_memory_kb"])
            + f", ratio **{streaming['peak_ratio_for_10x_input']:.2f}** |"
        )
    if memory:
        samples = ", ".join(
            f"{count:,}: {live:,}"
            for count, live in zip(memory["parses"], memory["allocated_blocks"], strict=True)
        )
        yield f"| live memory blocks after n parses | {samples} |"
        yield (
            f"| memory growth per 10⁴ parses | **{memory['growth_kb_per_10k_parses']:+,.1f} kB** |"
        )
    for target in figures["targets"]:
        verdict = {True: "pass", False: "**fail**", None: "n/a"}[target["pass"]]
        figure = "n/a" if target["figure"] is None else f"{target['figure']:,.2f}"
        bound = "≥" if target["at_least"] else "≤"
        yield f"| target: {target['target']} {bound} {target['limit']:g} | {figure}, {verdict} |"


def table(figures: dict[str, Any]) -> str:
    """Return the performance page's tables (Markdown) for ``figures``."""
    meta = figures["meta"]
    blocks = [
        "Each cell: time per text, throughput, and the ratio to `json.loads` of the same"
        " records, timed in the same run.",
        "\n".join(_set_rows(figures)),
        "Per stage (time per text over the whole set, ratio to `json.loads`, share of `parse()`):",
        "\n".join(_stage_rows(figures)),
        "\n".join(_other_rows(figures)),
        f"Python {meta['python']}, best of {meta['rounds']} rounds.",
    ]
    return "\n\n".join(blocks) + "\n"


def time_against_size(figures: dict[str, Any] | None = None) -> Figure:
    """Plot each text's parse time against its length, with ``json.loads`` of its record.

    :param figures: the figures to draw; ``performance.json`` when ``None``.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415 - speed.py --docs runs without matplotlib

    figures = load() if figures is None else figures
    figure, axes = plt.subplots(figsize=(7.5, 4.5), layout="constrained")
    styles = {
        "full": ("parse()", "tab:red"),
        "structure": ("parse(extract=False)", "tab:blue"),
        "json_loads": ("json.loads of the record", "tab:gray"),
    }
    markers = {"clippings": "o", "real": "^"}
    for name, data in figures["sets"].items():
        points = data["points"]
        for kind, (action, colour) in styles.items():
            axes.scatter(
                points["chars"],
                points[f"{kind}_us"],
                s=10,
                color=colour,
                marker=markers.get(name, "s"),
                alpha=0.6,
                label=f"{action}, {name}",
            )
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("text length (characters)")
    axes.set_ylabel("time per text (µs, best of rounds)")
    axes.legend(fontsize="small", loc="lower right")
    axes.grid(True, which="major", alpha=0.3)
    return figure
