"""Convert PolNeAR brat attribution annotations to newscore's dev gold schema.

PolNeAR (Newell et al., LREC 2018) annotates each article ``NAME.txt`` in a
brat standoff file ``NAME_xxxx.ann`` (``xxxx`` is the annotator ID)::

    T1	Source 0 5	Trump
    T2	Cue 6 10	says
    T3	Content 11 43	praise from Putin helps the U.S.
    T4	Attribution 6 10	says
    E1	Attribution:T4 Content:T3 Cue:T2 Source:T1

:func:`load_polnear` turns every ``.txt`` + ``.ann`` pair of a folder into a
:class:`GoldItem` whose statements are scored like the dev gold
(``../shared/dev/SCHEMA.md``). Layout fields (format, date, title, lead,
sections, sources) are not annotated in PolNeAR, so the items are marked
``statements_only`` and the harness scores only their statements.

Conversion, one statement per attribution event ``E``:

- ``speaker``: the text of the event's Source span. An event without a Source
  (``Attribution-no-source``: passives such as "was asked") gives no
  statement; it is counted in :attr:`GoldItem.unattributed`.
- ``cue``: the Cue span's text ("" when the event has none).
- ``content``: the Content span's text; the parts of a discontinuous span
  (``Content 736 754;812 975``) are joined with one space in the order brat
  lists them, and the quotation marks ``''``, ````, ``"``, ``“``, ``”`` are
  removed (whitespace is then collapsed).
- ``direct``: the Content span contains one of those quotation marks.

Speaker names: two choices, both needed for SCHEMA.md's last-token speaker
rule to mean anything on this corpus.

1. *Pronouns are resolved.* PolNeAR marks the Source mention of the sentence
   itself, often a pronoun ("he said"), whereas the dev schema wants the
   person. A Source that is a personal or possessive pronoun (he, she, they,
   him, her, it, we, I, and also his, its, their, them, our, us, my, me) is
   replaced by the nearest non-pronoun Source of another event that starts
   before it in the text. With none before it, the pronoun stays. Descriptions
   ("the mega donor", "the Democratic front-runner") are *not* resolved: that
   would need coreference that the annotations do not give.
2. *Appositions are trimmed.* "Mitt Romney, the 2012 Republican presidential
   nominee," and "ABC's host, George Stephanopoulos," are cut at commas and the
   first part whose words are all capitalised is kept ("Mitt Romney",
   "George Stephanopoulos"); without such a part the mention is kept, less its
   surrounding punctuation.

This module also holds the gold record types (:class:`GoldItem`,
:class:`GoldStatement`, :class:`GoldSource`) that ``accuracy.py`` uses for the
dev gold, so that ``accuracy.py`` imports this module and not the reverse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "PRONOUNS",
    "QUOTE_MARKS",
    "GoldItem",
    "GoldSource",
    "GoldStatement",
    "clean_speaker",
    "load_polnear",
    "parse_ann",
    "strip_quotes",
]

QUOTE_MARKS = ("''", "``", '"', "“", "”")
PRONOUNS = frozenset(
    {"he", "she", "they", "him", "her", "it", "we", "i"}
    | {"his", "its", "their", "them", "our", "us", "my", "me"}
)
_QUOTES = re.compile("|".join(re.escape(mark) for mark in QUOTE_MARKS))
_EDGE_PUNCTUATION = " \t\n,;:.()[]"


@dataclass(frozen=True)
class GoldSource:
    """A gold ``sources`` entry."""

    name: str
    kind: str | None = None
    via: str | None = None


@dataclass(frozen=True)
class GoldStatement:
    """A gold ``statements`` entry; ``spans`` are the Content parts in PolNeAR."""

    speaker: str
    cue: str
    content: str
    direct: bool
    spans: tuple[tuple[int, int], ...] = ()


@dataclass
class GoldItem:
    """One gold clipping: its text and record (SCHEMA.md)."""

    name: str
    text: str
    format: str
    date: str | None = None
    title: str | None = None
    lead: str | None = None
    sections: list[str] = field(default_factory=list)
    sources: list[GoldSource] = field(default_factory=list)
    statements: list[GoldStatement] = field(default_factory=list)
    statements_only: bool = False
    unattributed: int = 0
    excluded: list[GoldStatement] = field(default_factory=list)


@dataclass(frozen=True)
class _Span:
    """A brat text-bound annotation (T line)."""

    kind: str
    parts: tuple[tuple[int, int], ...]
    text: str


@dataclass(frozen=True)
class _Event:
    """A brat event (E line): its trigger type and role -> T id arguments."""

    kind: str
    args: dict[str, list[str]]


def strip_quotes(text: str) -> str:
    """Remove quotation marks and collapse whitespace."""
    return " ".join(_QUOTES.sub(" ", text).split())


def clean_speaker(mention: str) -> str:
    """Trim an apposition from a Source mention (see the module docstring)."""
    whole = mention.strip(_EDGE_PUNCTUATION)
    for part in whole.split(","):
        words = part.split()
        if words and all(word[0].isupper() for word in words):
            return " ".join(words)
    return " ".join(whole.split())


def is_pronoun(mention: str) -> bool:
    """Whether a Source mention is a bare personal or possessive pronoun."""
    return mention.strip(_EDGE_PUNCTUATION).lower() in PRONOUNS


def parse_ann(ann: str, text: str) -> tuple[dict[str, _Span], list[_Event]]:
    """Read the T and E lines of a brat standoff file, checking spans against ``text``."""
    spans: dict[str, _Span] = {}
    events: list[_Event] = []
    for number, line in enumerate(ann.splitlines(), 1):
        if line.startswith("T"):
            ident, head, covered = line.split("\t", 2)
            kind, _, offsets = head.partition(" ")
            parts = tuple(
                (int(start), int(end))
                for start, end in (piece.split() for piece in offsets.split(";"))
            )
            expected = " ".join(text[start:end] for start, end in parts)
            if expected != covered:
                raise ValueError(f"line {number}: {ident} text {covered!r} != {expected!r}")
            spans[ident] = _Span(kind, parts, covered)
        elif line.startswith("E"):
            _, body = line.split("\t", 1)
            trigger, *arguments = body.split()
            args: dict[str, list[str]] = {}
            for argument in arguments:
                role, _, target = argument.partition(":")
                args.setdefault(role.rstrip("0123456789"), []).append(target)
            events.append(_Event(trigger.partition(":")[0], args))
    return spans, events


def _joined(spans: dict[str, _Span], idents: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    texts = [spans[ident].text for ident in idents]
    parts = tuple(part for ident in idents for part in spans[ident].parts)
    return " ".join(texts), parts


def convert(name: str, text: str, ann: str) -> GoldItem:
    """Convert one brat pair to a statements-only :class:`GoldItem`."""
    spans, events = parse_ann(ann, text)
    attributed: list[tuple[_Event, _Span]] = []
    unattributed = 0
    for event in events:
        sources = event.args.get("Source", [])
        if not sources:
            unattributed += 1
            continue
        attributed.append((event, spans[sources[0]]))
    # Non-pronoun Source mentions by start offset, for pronoun resolution.
    named = sorted(
        (source.parts[0][0], clean_speaker(source.text))
        for _, source in attributed
        if not is_pronoun(source.text)
    )
    statements = []
    for event, source in attributed:
        if is_pronoun(source.text):
            start = source.parts[0][0]
            before = [speaker for offset, speaker in named if offset < start]
            speaker = before[-1] if before else source.text.strip()
        else:
            speaker = clean_speaker(source.text)
        cue, _ = _joined(spans, event.args.get("Cue", []))
        raw, parts = _joined(spans, event.args.get("Content", []))
        statements.append(
            GoldStatement(
                speaker=speaker,
                cue=cue,
                content=strip_quotes(raw),
                direct=_QUOTES.search(raw) is not None,
                spans=parts,
            )
        )
    return GoldItem(
        name=name,
        text=text,
        format="plain",
        statements=statements,
        statements_only=True,
        unattributed=unattributed,
    )


def load_polnear(directory: Path) -> list[GoldItem]:
    """Convert every ``NAME.txt`` with a ``NAME_xxxx.ann`` in ``directory``.

    The number of events without a Source is in each item's ``unattributed``.
    A text with several annotators' files gives one item per ``.ann``.
    """
    items = []
    for ann_path in sorted(directory.glob("*.ann")):
        stem = re.sub(r"_[0-9a-f]{4}$", "", ann_path.stem)
        text_path = ann_path.with_name(stem + ".txt")
        if not text_path.exists():
            continue
        with text_path.open(encoding="utf-8", newline="") as stream:
            text = stream.read()
        ann = ann_path.read_text(encoding="utf-8")
        items.append(convert(ann_path.stem, text, ann))
    return items
