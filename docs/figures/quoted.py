"""The tutorial's figures: who is quoted most in the bundled corpus, and when.

The docs build runs this file with ``docs/figures`` as the working directory
and calls :func:`quoted_most` and :func:`quoted_over_time` (matplotlib's
``plot`` directive); ``tests/test_tutorial.py`` calls them too. Each reads
the clippings of the checkout through newscore unless it is handed a
statements table.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib.dates
import matplotlib.pyplot as plt

import newscore

if TYPE_CHECKING:
    import pandas
    from matplotlib.figure import Figure

TOP_SPEAKERS = 10
"""How many speakers the figures show."""


def checkout(start: Path | None = None) -> Path:
    """Return the nearest folder at or above ``start`` that holds the bundled corpus.

    :param start: where to look from; the working directory by default.
    :raises FileNotFoundError: if no folder up to the root has ``examples/``
        and ``tests/data/``.
    """
    here = Path.cwd() if start is None else start
    for folder in (here, *here.parents):
        if (folder / "examples").is_dir() and (folder / "tests" / "data").is_dir():
            return folder
    raise FileNotFoundError(f"no newscore checkout at or above {here}")


def corpus_statements(root: Path | None = None) -> pandas.DataFrame:
    """Return the statements table of the bundled corpus, each clipping counted once.

    The corpus is ``examples/`` and the ``.txt`` clippings under ``tests/data/``
    of the checkout at ``root`` (found with :func:`checkout` by default). A
    clipping kept in two folders under one file name has one id: the first
    copy is kept.
    """
    base = checkout() if root is None else root
    paths: list[str | Path] = [base / "examples", str(base / "tests" / "data" / "**" / "*.txt")]
    unique = {article.id: article for article in newscore.read_many(paths)}
    return newscore.to_pandas(unique.values(), table="statements")


def most_quoted(statements: pandas.DataFrame, count: int = TOP_SPEAKERS) -> list[tuple[str, int]]:
    """Return the ``count`` speakers with the most statements, with their counts.

    The most quoted come first; speakers with as many statements come in the
    order of their names, so the figures are the same in every build.
    """
    counts = statements["speaker"].dropna().value_counts()
    ranked = sorted(((str(name), int(n)) for name, n in counts.items()), key=_rank)
    return ranked[:count]


def _rank(item: tuple[str, int]) -> tuple[int, str]:
    name, count = item
    return (-count, name)


def quoted_most(statements: pandas.DataFrame | None = None) -> Figure:
    """Draw a horizontal bar per speaker quoted most, longest on top."""
    table = corpus_statements() if statements is None else statements
    ranked = most_quoted(table)
    figure, axes = plt.subplots(figsize=(7, 0.35 * len(ranked) + 1.2), layout="constrained")
    names = [name for name, _ in ranked]
    bars = axes.barh(range(len(ranked)), [n for _, n in ranked], color="#3a6ea5")
    axes.bar_label(bars, padding=3)
    axes.set_yticks(range(len(ranked)), labels=names)
    axes.invert_yaxis()
    axes.set_xlabel("statements")
    axes.set_title(f"Who is quoted most: the top {len(ranked)} speakers of the bundled corpus")
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def quoted_over_time(statements: pandas.DataFrame | None = None) -> Figure:
    """Draw, for each speaker quoted most in dated articles, a dot per day they were quoted.

    A dot's area grows with the statements of that day, and its label gives
    their number.
    """
    table = corpus_statements() if statements is None else statements
    dated = table.dropna(subset=["date", "speaker"])
    ranked = most_quoted(dated)
    figure, axes = plt.subplots(figsize=(7, 0.4 * len(ranked) + 1.4), layout="constrained")
    for row, (name, _) in enumerate(ranked):
        per_day = dated[dated["speaker"] == name].groupby("date").size()
        days = _date_numbers(per_day.index.to_pydatetime())
        counts = [int(n) for n in per_day]
        axes.scatter(days, [row] * len(days), s=[40 * n for n in counts], alpha=0.6)
        for day, n in zip(days, counts, strict=True):
            axes.annotate(str(n), (day, row), ha="center", va="center", fontsize=8)
    axes.set_yticks(range(len(ranked)), labels=[name for name, _ in ranked])
    axes.set_ylim(len(ranked) - 0.5, -0.5)
    locator = matplotlib.dates.AutoDateLocator()  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(
        matplotlib.dates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
    )
    axes.margins(x=0.08)
    axes.grid(axis="x", alpha=0.3)
    axes.set_title("Statements per speaker over time (articles with a date)")
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def _date_numbers(days: Iterable[datetime.datetime]) -> list[float]:
    """Return matplotlib's numbers for ``days``, the x positions of the dots and their labels."""
    numbers = matplotlib.dates.date2num(list(days))  # type: ignore[no-untyped-call]
    return [float(number) for number in numbers]
