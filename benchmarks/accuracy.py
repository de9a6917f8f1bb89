"""Score newscore against gold clippings in the ``../shared/dev`` schema.

Usage::

    nox -s accuracy                          # ../shared/dev
    nox -s accuracy -- path/to/gold --verbose
    python benchmarks/accuracy.py [GOLD_DIR ...] [--verbose] [--json PATH]
                                  [--polnear [DIR]]

For every ``NAME.txt`` with a ``NAME.json`` gold record it parses the text and
compares format, date, title, lead (prefix), section kinds, sources and
statements, as SCHEMA.md describes:

- sources match by name: the last token of one appears in the other;
- a predicted statement matches a gold one when the speakers match by that
  name rule and the predicted content covers at least half of the gold
  content's words (``\\w+`` words, lower-cased, counted as multisets). Each gold
  statement matches at most one prediction and vice versa (maximum bipartite
  matching).

It prints per-field accuracy over all items and per format, then source and
statement precision / recall / F1 overall, per format and per language (of the
gold clipping: ``newscore.language.detect_language``, ``en`` when undecided).
A ratio over nothing counts as 1.0 (no predictions: precision 1.0), and F1 of
two zeros is 0.0.

``--polnear [DIR]`` also converts the PolNeAR brat annotations
(``../shared/corpus/quotes`` by default, see ``polnear.py``) and scores their
statements only, reported separately. ``--json PATH`` writes every figure.
With ``--verbose``, every mismatch: layout fields, missed and extra sources,
missed gold statements and false predictions.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polnear import GoldItem, GoldSource, GoldStatement, load_polnear

import newscore
from newscore.extract.lexicon import ENGLISH
from newscore.language import detect_language

FIELDS = ("format", "date", "title", "lead", "sections")
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = ROOT / "shared" / "dev"
DEFAULT_POLNEAR = ROOT / "shared" / "corpus" / "quotes"
MIN_OVERLAP = 0.5


# -- matching rules -----------------------------------------------------------


def same_name(predicted: str, gold: str) -> bool:
    """The dev schema's name rule, case-insensitive."""
    predicted, gold = predicted.lower().strip(), gold.lower().strip()
    if not predicted or not gold:
        return False
    return gold.split()[-1] in predicted or predicted.split()[-1] in gold


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def overlap(predicted: str, gold: str) -> float:
    """Shared words (as multisets) over the words of the gold content."""
    wanted = Counter(words(gold))
    shared = Counter(words(predicted)) & wanted
    return ratio(sum(shared.values()), sum(wanted.values()))


@dataclass(frozen=True)
class PredictedStatement:
    speaker: str
    cue: str
    content: str


def statement_matches(predicted: PredictedStatement, gold: GoldStatement) -> bool:
    return (
        same_name(predicted.speaker, gold.speaker)
        and overlap(predicted.content, gold.content) >= MIN_OVERLAP
    )


def bipartite_match(
    n_gold: int, n_predicted: int, matches: Callable[[int, int], bool]
) -> dict[int, int]:
    """Maximum one-to-one matching by augmenting paths: ``{gold index: predicted index}``.

    Gold items are taken in order and each first tries the predictions in
    order, so when greedy matching is already maximal the result is greedy's.
    """
    edges = [[p for p in range(n_predicted) if matches(g, p)] for g in range(n_gold)]
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(gold: int, seen: set[int]) -> bool:
        for p in edges[gold]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = gold
                return True
        return False

    for gold in range(n_gold):
        augment(gold, set())
    return {gold: p for p, gold in owner.items()}


def match_statements(
    predicted: Sequence[PredictedStatement], gold: Sequence[GoldStatement]
) -> tuple[int, list[PredictedStatement], list[GoldStatement]]:
    """Matched count, false predictions, missed gold statements."""
    pairs = bipartite_match(
        len(gold), len(predicted), lambda g, p: statement_matches(predicted[p], gold[g])
    )
    used = set(pairs.values())
    extra = [s for i, s in enumerate(predicted) if i not in used]
    missed = [s for i, s in enumerate(gold) if i not in pairs]
    return len(pairs), extra, missed


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


# -- arithmetic ---------------------------------------------------------------


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Tally:
    """Matched / predicted / gold counts of one group."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, matched: int, predicted: int, gold: int) -> None:
        self.matched += matched
        self.predicted += predicted
        self.gold += gold

    @property
    def precision(self) -> float:
        return ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "matched": self.matched,
            "predicted": self.predicted,
            "gold": self.gold,
        }

    def line(self) -> str:
        return (
            f"P {self.precision:.2f}  R {self.recall:.2f}  F1 {self.f1:.2f}"
            f"  ({self.matched} matched, {self.predicted} predicted, {self.gold} gold)"
        )


@dataclass
class Breakdown:
    """Tallies overall, per format and per language."""

    all: Tally = field(default_factory=Tally)
    by_format: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_language: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))

    def add(self, group: str, language: str, matched: int, predicted: int, gold: int) -> None:
        for tally in (self.all, self.by_format[group], self.by_language[language]):
            tally.add(matched, predicted, gold)

    def as_dict(self) -> dict[str, Any]:
        return {
            "all": self.all.as_dict(),
            "by_format": {k: v.as_dict() for k, v in sorted(self.by_format.items())},
            "by_language": {k: v.as_dict() for k, v in sorted(self.by_language.items())},
        }

    def report(self, title: str) -> None:
        print(f"{title}: {self.all.line()}")
        for label, groups in (("format", self.by_format), ("language", self.by_language)):
            for key, tally in sorted(groups.items()):
                print(f"  {label + ' ' + key:<18} {tally.line()}")


# -- gold and predictions ------------------------------------------------------


def load_gold(directory: Path) -> list[GoldItem]:
    """Every ``NAME.txt`` with a ``NAME.json`` gold record in ``directory``."""
    items = []
    for gold_path in sorted(directory.glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        with text_path.open(encoding="utf-8", newline="") as stream:
            text = stream.read()
        items.append(
            GoldItem(
                name=gold_path.stem,
                text=text,
                format=gold["format"],
                date=gold["date"],
                title=gold["title"],
                lead=gold["lead"],
                sections=list(gold["sections"]),
                sources=[
                    GoldSource(s["name"], s.get("kind"), s.get("via")) for s in gold["sources"]
                ],
                statements=[
                    GoldStatement(s["speaker"], s.get("cue", ""), s["content"], s["direct"])
                    for s in gold["statements"]
                ],
            )
        )
    return items


def language_of(text: str) -> str:
    return detect_language(text) or "en"


@dataclass
class Prediction:
    """What newscore read, reduced to the scored fields."""

    format: str | None = None
    date: str | None = None
    title: str | None = None
    lead: str | None = None
    sections: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    statements: list[PredictedStatement] = field(default_factory=list)
    error: str | None = None


def predict(text: str) -> Prediction:
    """Parse ``text``; an exception gives an empty prediction with its message."""
    try:
        article = newscore.parse(text)
    except Exception as error:  # a crash while the extractors change scores as nothing found
        return Prediction(error=f"{type(error).__name__}: {error}")
    return Prediction(
        format=article.format,
        date=article.date.isoformat() if isinstance(article.date, datetime.date) else None,
        title=article.title,
        lead=article.lead,
        sections=[s.kind for s in article.sections],
        sources=[s.name for s in article.sources],
        statements=[
            PredictedStatement(s.speaker.name, s.cue, s.content) for s in article.statements
        ],
    )


def field_values(got: Prediction, gold: GoldItem) -> dict[str, tuple[Any, Any]]:
    lead_ok = got.lead is not None and gold.lead is not None and got.lead.startswith(gold.lead)
    return {
        "format": (got.format, gold.format),
        "date": (got.date, gold.date),
        "title": (got.title, gold.title),
        "lead": (gold.lead if lead_ok else got.lead, gold.lead),
        "sections": (got.sections, gold.sections),
    }


# -- scoring -------------------------------------------------------------------


@dataclass
class Scores:
    """Everything counted over one set of gold items."""

    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    right: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    sources: Breakdown = field(default_factory=Breakdown)
    statements: Breakdown = field(default_factory=Breakdown)
    unattributed: int = 0
    errors: int = 0

    def layout(self) -> dict[str, dict[str, float | int]]:
        return {
            group: {"items": n, **{f: ratio(self.right[group][f], n) for f in FIELDS}}
            for group, n in sorted(self.counts.items())
        }


def _statement_line(speaker: str, cue: str, content: str) -> str:
    return f"{speaker} | {cue} | {content[:80]}"


_SPEECH_WORDS = (
    ENGLISH.cues | ENGLISH.participles | {"according", "say", "tell", "add", "note", "write"}
)


def speech_acts_only(items: Iterable[GoldItem]) -> list[GoldItem]:
    """The items with only the gold statements whose cue is a verb of saying.

    PolNeAR annotates every attribution ("proposed", "regards", "did not say");
    newscore's schema counts speech acts only. Recall on this subset is the fair
    comparison; precision still needs the full gold.
    """
    return [
        dataclasses.replace(
            item,
            statements=[
                gold
                for gold in item.statements
                if _SPEECH_WORDS & set(gold.cue.lower().split())
                and not {"not", "didn't", "declined"} & set(gold.cue.lower().split())
            ],
        )
        for item in items
    ]


def score(items: Iterable[GoldItem], verbose: bool = False) -> Scores:
    """Parse and score every item; layout and sources are skipped for statements-only items."""
    scores = Scores()
    for item in items:
        got = predict(item.text)
        if got.error is not None:
            scores.errors += 1
            print(f"{item.name}: newscore.parse failed: {got.error}", file=sys.stderr)
        group, language = item.format, language_of(item.text)
        if not item.statements_only:
            scores.counts["all"] += 1
            scores.counts[group] += 1
            for name, (value, want) in field_values(got, item).items():
                ok = value == want
                scores.right[group][name] += ok
                scores.right["all"][name] += ok
                if not ok and verbose:
                    print(f"{item.name}: {name}: got {value!r}, gold {want!r}")
            wanted = [source.name for source in item.sources]
            matched, extra_sources, missed_sources = match_sources(got.sources, wanted)
            scores.sources.add(group, language, matched, len(got.sources), len(wanted))
            if verbose and (extra_sources or missed_sources):
                print(f"{item.name}: sources: extra {extra_sources}, missed {missed_sources}")
        scores.unattributed += item.unattributed
        matched, extra, missed = match_statements(got.statements, item.statements)
        scores.statements.add(group, language, matched, len(got.statements), len(item.statements))
        if verbose:
            for gold in missed:
                line = _statement_line(gold.speaker, gold.cue, gold.content)
                print(f"{item.name}: missed statement: {line}")
            for pred in extra:
                line = _statement_line(pred.speaker, pred.cue, pred.content)
                print(f"{item.name}: false statement: {line}")
    return scores


# -- command line ----------------------------------------------------------------


def report(scores: Scores) -> None:
    print(f"{'format':<10} {'items':>5} " + " ".join(f"{name:>9}" for name in FIELDS))
    for group, row in scores.layout().items():
        cells = " ".join(f"{float(row[name]):>9.2f}" for name in FIELDS)
        print(f"{group:<10} {row['items']:>5} {cells}")
    scores.sources.report("sources")
    scores.statements.report("statements")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, default=[DEFAULT_GOLD])
    parser.add_argument("--verbose", action="store_true", help="print every mismatch")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write all figures as JSON")
    parser.add_argument(
        "--polnear",
        nargs="?",
        type=Path,
        const=DEFAULT_POLNEAR,
        metavar="DIR",
        help=f"also score statements of PolNeAR brat files (default {DEFAULT_POLNEAR})",
    )
    args = parser.parse_args(argv)
    items = [item for directory in args.gold for item in load_gold(directory)]
    polnear_items = load_polnear(args.polnear) if args.polnear is not None else []
    if not items and not polnear_items:
        print("no gold items found in", ", ".join(map(str, args.gold)), file=sys.stderr)
        return 2
    dev = score(items, args.verbose)
    if items:
        report(dev)
    figures: dict[str, Any] = {
        "gold": [str(directory) for directory in args.gold],
        "items": len(items),
        "errors": dev.errors,
        "layout": dev.layout(),
        "sources": dev.sources.as_dict(),
        "statements": dev.statements.as_dict(),
        "polnear": None,
    }
    if args.polnear is not None:
        pn = score(polnear_items, args.verbose)
        print(
            f"PolNeAR ({args.polnear}): {len(polnear_items)} articles,"
            f" {pn.statements.all.gold} attributed statements, {pn.unattributed} unattributed"
        )
        print(f"PolNeAR statements: {pn.statements.all.line()}")
        speech = score(speech_acts_only(polnear_items))
        print(
            f"PolNeAR speech-verb attributions ({speech.statements.all.gold} of them):"
            f" recall {speech.statements.all.recall:.2f}"
        )
        figures["polnear"] = {
            "dir": str(args.polnear),
            "items": len(polnear_items),
            "errors": pn.errors,
            "unattributed": pn.unattributed,
            "statements": pn.statements.as_dict(),
            "speech_verb_recall": speech.statements.all.recall,
            "speech_verb_gold": speech.statements.all.gold,
        }
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
