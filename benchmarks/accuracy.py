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
gold clipping: the suffix of its name, ``-uk``, ``-ru``, ``-de``, as the gold sets
name them, else ``newscore.language.detect_language``, ``en`` when undecided).
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
from newscore.extract.packs import ENGLISH
from newscore.language import detect_language

FIELDS = ("format", "date", "title", "lead", "sections")
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = ROOT / "shared" / "dev"
DEFAULT_POLNEAR = ROOT / "shared" / "corpus" / "quotes"
DEFAULT_POLNEAR_TRAIN = ROOT / "shared" / "corpus" / "polnear-train"
SPLIT_FILE = Path(__file__).resolve().parents[1] / "evaluation" / "polnear-split.json"
UNRESOLVED = "unresolved-pronoun"
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
    direct: bool = False
    frame: str = "?"
    resolution: str = "?"


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


def content_matches(predicted: PredictedStatement, gold: GoldStatement) -> bool:
    """The content half of the statement rule, whoever the speaker."""
    return overlap(predicted.content, gold.content) >= MIN_OVERLAP


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
    """Every ``NAME.txt`` with a ``NAME.json`` gold record in ``directory``.

    A record without ``sources`` (polnear-train) is scored on statements only.
    Gold statements whose speaker is an unresolved pronoun go to
    :attr:`GoldItem.excluded`: they are not scored, and predictions that
    match their content are left out too.
    """
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
                    GoldSource(s["name"], s.get("kind"), s.get("via"))
                    for s in gold.get("sources", ())
                ],
                statements=[
                    GoldStatement(s["speaker"], s.get("cue", ""), s["content"], s["direct"])
                    for s in gold["statements"]
                    if s.get("speaker_from") != UNRESOLVED
                ],
                excluded=[
                    GoldStatement(s["speaker"], s.get("cue", ""), s["content"], s["direct"])
                    for s in gold["statements"]
                    if s.get("speaker_from") == UNRESOLVED
                ],
                statements_only="sources" not in gold,
            )
        )
    return items


def load_split(part: str, directory: Path = DEFAULT_POLNEAR_TRAIN) -> list[GoldItem]:
    """One part (``dev`` or ``heldout``) of polnear-train, as fixed in ``SPLIT_FILE``."""
    names = set(json.loads(SPLIT_FILE.read_text(encoding="utf-8"))[part])
    return [item for item in load_gold(directory) if item.name in names]


_NAMED_LANGUAGE = re.compile(r"-(uk|ru|de|fr|en)$")


def item_language(item: GoldItem) -> str:
    """The gold clipping's language: its name's suffix (``-uk``, ``-de``), else detected.

    Only the clipping sets name files by language; a corpus article's name is its slug.
    """
    named = None if item.statements_only else _NAMED_LANGUAGE.search(item.name)
    return named.group(1) if named else language_of(item.text)


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
            PredictedStatement(
                s.speaker.name,
                s.cue,
                s.content,
                s.direct,
                getattr(s, "frame", None) or "?",
                getattr(s, "resolution", None) or "?",
            )
            for s in article.statements
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
    speech: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    frames: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    speakers: Tally = field(default_factory=Tally)
    confusion: Counter[str] = field(default_factory=Counter)
    unattributed: int = 0
    excluded: int = 0
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


def without_excluded(
    predicted: Sequence[PredictedStatement],
    gold: Sequence[GoldStatement],
    excluded: Sequence[GoldStatement],
) -> list[PredictedStatement]:
    """The predictions less those that only match an excluded gold statement's content."""
    if not excluded:
        return list(predicted)
    pairs = bipartite_match(
        len(gold), len(predicted), lambda g, p: statement_matches(predicted[p], gold[g])
    )
    used = set(pairs.values())
    return [
        statement
        for index, statement in enumerate(predicted)
        if index in used or not any(content_matches(statement, x) for x in excluded)
    ]


def cue_word(cue: str) -> str:
    """The cue's last word, lower-cased: what the confusion list groups by."""
    parts = words(cue)
    return parts[-1] if parts else "(none)"


def tally_details(
    scores: Scores,
    predicted: Sequence[PredictedStatement],
    gold: Sequence[GoldStatement],
    extra: Sequence[PredictedStatement],
    missed: Sequence[GoldStatement],
) -> None:
    """Direct and indirect speech, frames, speaker accuracy and the confusion counts."""
    extra_ids, missed_ids = {id(s) for s in extra}, {id(s) for s in missed}
    for kind in ("direct", "indirect"):
        want = kind == "direct"
        scores.speech[kind].predicted += sum(s.direct == want for s in predicted)
        scores.speech[kind].gold += sum(s.direct == want for s in gold)
        scores.speech[kind].matched += sum(
            s.direct == want and id(s) not in missed_ids for s in gold
        )
    for statement in predicted:
        frame = scores.frames[statement.frame]
        frame.predicted += 1
        frame.matched += id(statement) not in extra_ids
    found = bipartite_match(
        len(gold), len(predicted), lambda g, p: content_matches(predicted[p], gold[g])
    )
    scores.speakers.gold += len(found)
    for g, p in found.items():
        if same_name(predicted[p].speaker, gold[g].speaker):
            scores.speakers.matched += 1
        else:
            scores.confusion[
                f"wrong speaker ({predicted[p].resolution}): {predicted[p].speaker!r}"
                f" for {gold[g].speaker!r}"
            ] += 1
    found_gold, found_predicted = set(found), set(found.values())
    for index, wanted in enumerate(gold):
        if id(wanted) in missed_ids and index not in found_gold:
            scores.confusion[f"missed, cue {cue_word(wanted.cue)!r}"] += 1
    for index, statement in enumerate(predicted):
        if id(statement) in extra_ids and index not in found_predicted:
            scores.confusion[f"false, {statement.frame} cue {cue_word(statement.cue)!r}"] += 1


def score(items: Iterable[GoldItem], verbose: bool = False) -> Scores:
    """Parse and score every item; layout and sources are skipped for statements-only items."""
    scores = Scores()
    for item in items:
        got = predict(item.text)
        if got.error is not None:
            scores.errors += 1
            print(f"{item.name}: newscore.parse failed: {got.error}", file=sys.stderr)
        group, language = item.format, item_language(item)
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
        predicted = without_excluded(got.statements, item.statements, item.excluded)
        scores.excluded += len(got.statements) - len(predicted)
        matched, extra, missed = match_statements(predicted, item.statements)
        scores.statements.add(group, language, matched, len(predicted), len(item.statements))
        tally_details(scores, predicted, item.statements, extra, missed)
        if verbose:
            for gold in missed:
                line = _statement_line(gold.speaker, gold.cue, gold.content)
                print(f"{item.name}: missed statement: {line}")
            for pred in extra:
                line = _statement_line(pred.speaker, pred.cue, pred.content)
                print(f"{item.name}: false statement: {line}")
    return scores


# -- command line ----------------------------------------------------------------


CONFUSIONS_SHOWN = 12


def report(scores: Scores, title: str = "") -> None:
    """Print every figure of ``scores``; ``title`` heads the block."""
    if title:
        print(f"\n== {title}")
    if scores.counts:
        print(f"{'format':<10} {'items':>5} " + " ".join(f"{name:>9}" for name in FIELDS))
        for group, row in scores.layout().items():
            cells = " ".join(f"{float(row[name]):>9.2f}" for name in FIELDS)
            print(f"{group:<10} {row['items']:>5} {cells}")
        scores.sources.report("sources")
    scores.statements.report("statements")
    for kind, tally in sorted(scores.speech.items()):
        print(f"  {'speech ' + kind:<18} {tally.line()}")
    for frame, tally in sorted(scores.frames.items()):
        right = f"({tally.matched} of {tally.predicted} right)"
        print(f"  {'frame ' + frame:<18} P {tally.precision:.2f}  {right}")
    print(
        f"  speaker accuracy   {scores.speakers.recall:.2f}"
        f"  ({scores.speakers.matched} of {scores.speakers.gold} found statements)"
    )
    if scores.excluded:
        print(f"  left out: {scores.excluded} predictions of unresolved-pronoun gold statements")
    if scores.confusion:
        print("  commonest errors:")
        for what, count in scores.confusion.most_common(CONFUSIONS_SHOWN):
            print(f"    {count:>4}  {what}")


def figures_of(scores: Scores) -> dict[str, Any]:
    """``scores`` as JSON-ready figures."""
    return {
        "items": scores.counts.get("all", 0),
        "errors": scores.errors,
        "layout": scores.layout(),
        "sources": scores.sources.as_dict(),
        "statements": scores.statements.as_dict(),
        "speech": {k: v.as_dict() for k, v in sorted(scores.speech.items())},
        "frames": {k: v.as_dict() for k, v in sorted(scores.frames.items())},
        "speaker_accuracy": scores.speakers.recall,
        "confusion": scores.confusion.most_common(CONFUSIONS_SHOWN),
    }


REPO = Path(__file__).resolve().parents[1]
SUITE = (
    ("dev clippings", DEFAULT_GOLD),
    ("held-out clippings", REPO / "tests" / "data" / "heldout"),
    ("blind-2 clippings", REPO / "evaluation" / "blind-2"),
    ("German development clippings", REPO / "tests" / "data" / "german"),
    ("blind-3 clippings", REPO / "evaluation" / "blind-3"),
)


UNSEEN = frozenset({"blind-3 clippings"})


def suite(*, tuning: bool = False) -> list[tuple[str, list[GoldItem]]]:
    """Every scored set: the clipping sets, then polnear-train's two parts.

    With ``tuning``, only the sets one may tune on: not the newest blind set,
    nor polnear-train's held-out part.
    """
    sets = [
        (title, load_gold(directory))
        for title, directory in SUITE
        if directory.is_dir() and not (tuning and title in UNSEEN)
    ]
    if DEFAULT_POLNEAR_TRAIN.is_dir():
        sets.append(("polnear-train dev part (600)", load_split("dev")))
        if not tuning:
            held_out = load_split("heldout")
            sets.append(("polnear-train held-out part (207, never tuned on)", held_out))
    return sets


def _cells(tally: dict[str, Any]) -> str:
    return (
        f"{tally['precision']:.2f} | {tally['recall']:.2f} | {tally['f1']:.2f}"
        f" | {tally['matched']} / {tally['predicted']} / {tally['gold']}"
    )


def markdown(figures: dict[str, dict[str, Any]]) -> str:
    """The statement figures of every scored set as Markdown tables (for the docs)."""
    lines = [
        "| set | P | R | F1 | matched / predicted / gold | speaker accuracy |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for title, block in figures.items():
        tally = block["statements"]["all"]
        lines.append(f"| {title} | {_cells(tally)} | {block['speaker_accuracy']:.2f} |")
    for heading, key in (("language", "by_language"), ("format", "by_format")):
        lines += ["", f"| set | {heading} | P | R | F1 | matched / predicted / gold |"]
        lines.append("| --- | --- | --- | --- | --- | --- |")
        for title, block in figures.items():
            for group, tally in block["statements"][key].items():
                lines.append(f"| {title} | {group} | {_cells(tally)} |")
    lines += ["", "| set | speech | P | R | F1 | matched / predicted / gold |"]
    lines.append("| --- | --- | --- | --- | --- | --- |")
    for title, block in figures.items():
        for kind, tally in block["speech"].items():
            lines.append(f"| {title} | {kind} | {_cells(tally)} |")
    lines += ["", "| set | frame | precision | right / predicted |", "| --- | --- | --- | --- |"]
    for title, block in figures.items():
        for frame, tally in block["frames"].items():
            lines.append(
                f"| {title} | {frame} | {tally['precision']:.2f}"
                f" | {tally['matched']} / {tally['predicted']} |"
            )
    lines += ["", "| set | commonest errors |", "| --- | --- |"]
    for title, block in figures.items():
        errors = "; ".join(f"{count} × {what}" for what, count in block["confusion"][:8])
        lines.append(f"| {title} | {errors.replace('|', '/')} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--verbose", action="store_true", help="print every mismatch")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write all figures as JSON")
    parser.add_argument(
        "--markdown", type=Path, metavar="PATH", help="write the statement figures as Markdown"
    )
    parser.add_argument(
        "--split",
        choices=("dev", "heldout"),
        help="score that part of polnear-train (evaluation/polnear-split.json)",
    )
    parser.add_argument(
        "--suite", action="store_true", help="score every set (what nox -s accuracy runs)"
    )
    parser.add_argument(
        "--tuning",
        action="store_true",
        help="score the sets one may tune on (the suite less blind-3 and polnear held-out)",
    )
    parser.add_argument(
        "--polnear",
        nargs="?",
        type=Path,
        const=DEFAULT_POLNEAR,
        metavar="DIR",
        help=f"also score statements of PolNeAR brat files (default {DEFAULT_POLNEAR})",
    )
    args = parser.parse_args(argv)
    sets: list[tuple[str, list[GoldItem]]] = []
    if args.suite or args.tuning:
        sets.extend(suite(tuning=args.tuning and not args.suite))
    sets.extend((str(directory), load_gold(directory)) for directory in args.gold)
    if args.split:
        sets.append((f"polnear-train {args.split} part", load_split(args.split)))
    if args.polnear is not None:
        sets.append((f"PolNeAR brat ({args.polnear})", load_polnear(args.polnear)))
    if not sets:
        sets.append((str(DEFAULT_GOLD), load_gold(DEFAULT_GOLD)))
    if not any(items for _, items in sets):
        print("no gold items found", file=sys.stderr)
        return 2
    figures: dict[str, Any] = {}
    for title, items in sets:
        scores = score(items, args.verbose)
        report(scores, f"{title}: {len(items)} items")
        figures[title] = figures_of(scores)
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    if args.markdown is not None:
        args.markdown.write_text(markdown(figures), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
