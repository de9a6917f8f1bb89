"""Score newscore against gold clippings in the ``../shared/dev`` schema.

Usage::

    nox -s accuracy                          # ../shared/dev
    nox -s accuracy -- path/to/gold --verbose

For every ``NAME.txt`` with a ``NAME.json`` gold record it parses the text and
compares format, date, title, lead (prefix), section kinds, and sources
(matched by name as SCHEMA.md describes: the last token of one appears in the
other). It prints per-field accuracy over all items and per format, and
source precision / recall / F1. With ``--verbose``, every mismatch.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import newscore

FIELDS = ("format", "date", "title", "lead", "sections")
DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "dev"


def same_name(predicted: str, gold: str) -> bool:
    """The dev schema's name rule, case-insensitive."""
    predicted, gold = predicted.lower().strip(), gold.lower().strip()
    if not predicted or not gold:
        return False
    return gold.split()[-1] in predicted or predicted.split()[-1] in gold


def field_values(article: newscore.Article, gold: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    date = article.date.isoformat() if isinstance(article.date, datetime.date) else None
    lead_ok = article.lead is not None and article.lead.startswith(gold["lead"])
    return {
        "format": (article.format, gold["format"]),
        "date": (date, gold["date"]),
        "title": (article.title, gold["title"]),
        "lead": (article.lead if not lead_ok else gold["lead"], gold["lead"]),
        "sections": ([s.kind for s in article.sections], gold["sections"]),
    }


def match_sources(predicted: list[str], gold: list[str]) -> tuple[int, list[str], list[str]]:
    unmatched_gold = list(gold)
    false_positives = []
    for name in predicted:
        hit = next((g for g in unmatched_gold if same_name(name, g)), None)
        if hit is None:
            false_positives.append(name)
        else:
            unmatched_gold.remove(hit)
    return len(gold) - len(unmatched_gold), false_positives, unmatched_gold


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, default=[DEFAULT_GOLD])
    parser.add_argument("--verbose", action="store_true", help="print every mismatch")
    args = parser.parse_args(argv)
    right: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    counts: dict[str, int] = defaultdict(int)
    sources: dict[str, int] = defaultdict(int)
    for directory in args.gold:
        for gold_path in sorted(directory.glob("*.json")):
            text_path = gold_path.with_suffix(".txt")
            if not text_path.exists():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            with text_path.open(encoding="utf-8", newline="") as stream:
                article = newscore.parse(stream.read())
            group = gold["format"]
            counts[group] += 1
            counts["all"] += 1
            for field, (got, want) in field_values(article, gold).items():
                ok = got == want
                right[group][field] += ok
                right["all"][field] += ok
                if not ok and args.verbose:
                    print(f"{gold_path.stem}: {field}: got {got!r}, gold {want!r}")
            predicted = [source.name for source in article.sources]
            wanted = [source["name"] for source in gold["sources"]]
            matched, extra, missed = match_sources(predicted, wanted)
            sources["matched"] += matched
            sources["predicted"] += len(predicted)
            sources["gold"] += len(wanted)
            if args.verbose and (extra or missed):
                print(f"{gold_path.stem}: sources: extra {extra}, missed {missed}")
    if not counts:
        print("no gold items found in", ", ".join(map(str, args.gold)), file=sys.stderr)
        return 2
    print(f"{'format':<10} {'items':>5} " + " ".join(f"{field:>9}" for field in FIELDS))
    for group in sorted(counts):
        cells = " ".join(f"{ratio(right[group][f], counts[group]):>9.2f}" for f in FIELDS)
        print(f"{group:<10} {counts[group]:>5} {cells}")
    precision = ratio(sources["matched"], sources["predicted"])
    recall = ratio(sources["matched"], sources["gold"])
    print(
        f"sources: precision {precision:.2f}  recall {recall:.2f}  F1 {f1(precision, recall):.2f}"
        f"  ({sources['matched']} matched, {sources['predicted']} predicted,"
        f" {sources['gold']} gold)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
