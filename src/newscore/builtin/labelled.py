"""The ``labelled`` format: clippings with labelled sections.

The layout of Ukrainska Pravda-style items and many monitoring digests::

    date 2025-08-30 Russian leader Vladimir Putin has announced ...

    Source: Putin's interview with the Chinese state news agency Xinhua

    Details: Putin said ...

    Background: On 29 August, the Financial Times ...

An optional headline line and a date line open the clipping; the lead
follows; then sections introduced by labels in English, Ukrainian, Russian or German
(``Source``/``Джерело``/``Источник``, ``Details``/``Деталі``/``Детали``...),
in any case, in Markdown bold, alone on their line, or run together inside
one paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

import attrs
import regex

import newscore
from newscore.toolkit import (
    Line,
    format_date,
    is_blank,
    lines,
    paragraphs,
    read_head,
    read_sources,
    split_clippings,
    trimmed,
)

from ._labels import LABELS, LABELS_BY_LANGUAGE, SPEAKER_LINKS, WRITTEN_LABELS

__all__ = [
    "LABELLED",
    "LABELS",
    "LABELS_BY_LANGUAGE",
    "WRITTEN_LABELS",
    "newscore_register_formats",
    "parse",
    "sniff",
    "split",
    "write",
]

LANGUAGES = ("en", "uk", "ru")
DATE_STYLES = {"longdate": "long", "dotdate": "dotted", "weekday": "weekday"}
VARIANTS = (*LANGUAGES, "upper", "bold", "ownline", "runin", "crlf", "sameline", *DATE_STYLES)
SOURCE_LINE_LIMIT = 1000
"""Longer source lines are not read into :class:`~newscore.Source` records."""

_SPACE = r"[ \t\u00a0\u202f]"


def _alternatives(labels: Iterable[str]) -> str:
    """Join the labels into one alternation, longest first, any space between words."""
    return "|".join(
        (_SPACE + "++").join(regex.escape(word).replace("'", "['’]") for word in label.split())
        for label in sorted(labels, key=len, reverse=True)
    )


_QUOTE_WORDS = _alternatives(label for label, kind in LABELS.items() if kind == "quote")
_OTHER_WORDS = _alternatives(label for label, kind in LABELS.items() if kind != "quote")
# Case matters in a speaker's name, whatever the case of the label: (?-i:...).
_NAME_WORD = r"(?-i:\p{Lu})[\p{L}\p{M}\p{N}'’.\-]{0,40}+"
_LOWER_WORD = r"(?-i:\p{Ll})[\p{L}\p{M}\-]{0,40}+"
# A quote label may name its speaker: "Quote from Mahuchikh", "Пряма мова Ігната",
# "Дослівно ФСБ РФ", "Пряма мова окупанта" (one lower-case word: a description).
_SPEAKER = (
    rf"{_SPACE}++(?:(?:{'|'.join(sorted(SPEAKER_LINKS))}){_SPACE}++)?+"
    rf"(?P<speaker>{_NAME_WORD}(?:{_SPACE}++{_NAME_WORD}){{0,3}}+|{_LOWER_WORD})"
)
_LABEL = rf"(?:(?P<label>{_QUOTE_WORDS})(?:{_SPEAKER})?+|(?P<label>{_OTHER_WORDS}))"
_BOLD = r"\*\*|__"
# A label at the start of a line: optional bold markers around the word and the colon.
_LINE_LABEL = regex.compile(
    rf"(?i)(?P<open>{_BOLD})?+{_LABEL}(?P<inner>{_BOLD})?+{_SPACE}*+[:：](?P<close>{_BOLD})?+"
)
# A label alone on its line, with or without its colon ("Details", "**Деталі**").
_OWN_LINE_LABEL = regex.compile(
    rf"(?i)(?P<open>{_BOLD})?+{_LABEL}(?P<inner>{_BOLD})?+"
    rf"(?:{_SPACE}*+[:：](?P<close>{_BOLD})?+)?+{_SPACE}*+"
)
# A label run into a paragraph: after white space, capitalised (checked on the match),
# then a colon and a letter, a digit or an opening quote ("the details: ..." is left alone);
# a quotation mark may follow the colon at once ('Пряма мова окупанта:"...').
_RUNIN_LABEL = regex.compile(
    rf"(?i)(?<=[\s\u00a0])(?P<open>\*\*)?+{_LABEL}(?P<inner>\*\*)?+[:：]"
    rf"(?P<close>\*\*)?+(?={_SPACE}++[\p{{L}}\p{{N}}\"'«“„‘\*]|[\"«“„])"
)
_TEXT_FOLLOWS = regex.compile(r"\s*+\S")
_DATE_MARKER_START = regex.compile(r"(?i)[ \t\u00a0\ufeff]*+date[ \t\u00a0]++\d")


@attrs.frozen
class _Label:
    start: int
    end: int
    label: str
    kind: str


# A label can only be found on a line that opens with a label's first word (after
# white space and bold markers) or that holds a colon right after a label's last word,
# or after a quote label's speaker. These are looked for in the case-folded text,
# where every character that matches a label letter case-insensitively is that letter.
# Words are cut at an apostrophe, which may be written ' or ’.
_FIRST_WORDS = tuple(sorted({label.split()[0].split("'")[0] for label in LABELS}))
_LAST_WORDS = tuple(sorted({label.split()[-1].split("'")[-1] for label in LABELS}))
_QUOTE_LAST_WORDS = tuple(
    sorted({label.split()[-1].split("'")[-1] for label, kind in LABELS.items() if kind == "quote"})
)
_OPENING = r"[ \t\u00a0\u2007\u202f\ufeff]*(?:\*\*|__)?"
_TEXT_OPENING = re.compile(_OPENING)
_OPENERS = (" ", "\t", "\u00a0", "\u2007", "\u202f", "\ufeff", "**", "__")
_LINE_END = re.compile(r"\r\n|\r|\n")
_LINE_BREAK = re.compile(r"[\r\n]")


_FOLDED_LABELS = {label.casefold(): label for label in LABELS}


def _find_labels(text: str, start: int) -> list[_Label]:
    """Find every label from ``start`` on, line by line: at line starts and run in.

    ``sniff`` reads the head of a text and ``parse`` the whole: a memo shared by
    the two would save the second scan only for texts no longer than the head,
    and make the cost of a text jump where it outgrows it.
    """
    return [
        label
        for line, run_in in _candidate_lines(text, start)
        for label in _labels_in(text, line, run_in=run_in)
    ]


def _candidate_lines(text: str, start: int) -> list[tuple[Line, bool]]:
    """Return the lines of ``text[start:]`` that may hold a label, in order.

    Each comes with whether it may hold a run-in label (it has a colon after a label word).
    """
    folded = text.casefold()
    if len(folded) != len(text):
        return [(line, True) for line in lines(text, start)]
    candidates: dict[int, bool] = {}
    starts = list(_line_starts(folded, start))
    for line_start in starts:
        opened = line_start
        if folded.startswith(_OPENERS, line_start):
            opened = _TEXT_OPENING.match(folded, line_start).end()  # type: ignore[union-attr]
        if folded.startswith(_FIRST_WORDS, opened):
            candidates[line_start] = False
    # Where each quote word first ends on a line: found once per line, not per colon,
    # so that a long line of colons costs linear time.
    quote_word_ends: dict[int, list[int]] = {}
    for colon in _colons(folded, start):
        line_start = starts[bisect.bisect_right(starts, colon) - 1]
        label_end = colon - 2 if folded.startswith("**", colon - 2) else colon
        if line_start not in quote_word_ends:
            line_end = _line_from(folded, line_start).end
            quote_word_ends[line_start] = [
                at + len(word)
                for word in _QUOTE_LAST_WORDS
                if (at := folded.find(word, line_start, line_end)) >= 0
            ]
        if folded.endswith(_LAST_WORDS, line_start, label_end) or any(
            end <= colon for end in quote_word_ends[line_start]
        ):
            candidates[line_start] = True
    return [(_line_from(text, position), candidates[position]) for position in sorted(candidates)]


def _line_starts(text: str, start: int) -> Iterator[int]:
    yield start
    if "\r" in text:
        for brk in _LINE_END.finditer(text, start):
            yield brk.end()
        return
    position = text.find("\n", start)
    while position >= 0:
        yield position + 1
        position = text.find("\n", position + 1)


def _colons(text: str, start: int) -> Iterator[int]:
    for colon in ":：":
        position = text.find(colon, start)
        while position >= 0:
            yield position
            position = text.find(colon, position + 1)


def _line_from(text: str, position: int) -> Line:
    brk = _LINE_BREAK.search(text, position)
    if brk is None:
        return Line(start=position, end=len(text), next=len(text))
    after = brk.end() + 1 if text.startswith("\r\n", brk.start()) else brk.end()
    return Line(start=position, end=brk.start(), next=after)


def _labels_in(text: str, line: Line, *, run_in: bool) -> list[_Label]:
    found: list[_Label] = []
    if is_blank(text, line):
        return found
    first, last = trimmed(text, line.start, line.end)
    at_start = _line_label(text, first, last, line.next)
    search_from = first
    if at_start is not None:
        found.append(_label_of(at_start))
        search_from = at_start.end()
    if not run_in:
        return found
    for runin in _RUNIN_LABEL.finditer(text, search_from, line.end):
        word = runin.group("label")
        if word[0].isupper() and not _before_is_label_text(text, runin.start()):
            found.append(_label_of(runin))
    return found


def _line_label(text: str, first: int, last: int, after: int) -> regex.Match[str] | None:
    """Read the label opening the line ``text[first:last]``, if it has one.

    A label followed by its colon may have text after it on the line; a label
    without its colon must stand alone on its line with text on the lines below.
    """
    with_colon = _LINE_LABEL.match(text, first, last)
    if with_colon is not None:
        return with_colon
    alone = _OWN_LINE_LABEL.fullmatch(text, first, last)
    if alone is None or _TEXT_FOLLOWS.match(text, after) is None:
        return None
    return alone


def _before_is_label_text(text: str, position: int) -> bool:
    """Tell whether a run-in label is glued to a lower-case article ("the Source:")."""
    before = text[max(0, position - 5) : position].rstrip()
    return before.endswith((" the", " a", " an", " this", " our", " his", " her"))


def _label_of(found: regex.Match[str]) -> _Label:
    named = found.group("speaker") is not None
    label = found.string[found.start("label") : found.end("speaker" if named else "label")]
    kind = LABELS[_label_key(found.group("label"))]
    return _Label(start=found.start(), end=found.end(), label=label, kind=kind)


def _label_key(label: str) -> str:
    """Return the :data:`LABELS` key of a label as written: lower case, single spaces.

    The label patterns ignore case as Unicode folds it ("ſource" is "source"),
    which ``lower()`` alone does not undo.
    """
    key = " ".join(label.lower().replace("’", "'").split())
    return key if key in LABELS else _FOLDED_LABELS.get(key.casefold(), key)


def _kind_of_label(label: str) -> str | None:
    """Return the section kind a whole label names ("Quote from Mahuchikh": quote)."""
    found = _OWN_LINE_LABEL.fullmatch(label)
    return LABELS[_label_key(found.group("label"))] if found is not None else None


def _source_line(text: str, section: newscore.Section) -> newscore.Span | None:
    first = paragraphs(text, section.text_span.start, section.text_span.end)
    if not first:
        return None
    span = first[0].span
    line_end = text.find("\n", span.start, span.end)
    if line_end >= 0:
        span = newscore.Span(start=span.start, end=trimmed(text, span.start, line_end)[1])
    return span


def _lead_paragraph(text: str, start: int, end: int) -> newscore.Span | None:
    found = paragraphs(text, start, end)
    return found[0].span if found else None


def parse(text: str, options: newscore.ReadOptions) -> newscore.Article:
    """Read one labelled clipping."""
    body_start = 0
    labels_everywhere = _find_labels(text, body_start)
    head_end = labels_everywhere[0].start if labels_everywhere else len(text)
    head = read_head(text, head_end, code_prefix="labelled")
    labels = [label for label in labels_everywhere if label.start >= head.lead_start]
    problems = list(head.problems)
    sections: list[newscore.Section] = []
    lead_end = labels[0].start if labels else len(text)
    lead_start, lead_stop = trimmed(text, head.lead_start, lead_end)
    lead_span: newscore.Span | None = None
    if lead_start < lead_stop:
        whole = newscore.Span(start=lead_start, end=lead_stop)
        sections.append(newscore.Section.unlabelled(kind="lead", raw=text, span=whole))
        lead_span = _lead_paragraph(text, lead_start, lead_stop)
    for index, label in enumerate(labels):
        end = labels[index + 1].start if index + 1 < len(labels) else len(text)
        _, section_end = trimmed(text, label.start, end)
        section_end = max(section_end, label.end)
        text_start, text_end = trimmed(text, label.end, section_end)
        text_span = newscore.Span(start=text_start, end=max(text_start, text_end))
        section = newscore.Section(
            kind=label.kind,
            label=label.label,
            text=text_span.of(text),
            span=newscore.Span(start=label.start, end=section_end),
            text_span=text_span,
        )
        if not section.text:
            problems.append(
                newscore.Problem(
                    code="labelled.empty-section",
                    message=f"the {label.label!r} label has no text",
                    severity="info",
                    span=section.span,
                )
            )
        sections.append(section)
    sources: list[newscore.Source] = []
    for section in sections:
        if section.kind != "source":
            continue
        line = _source_line(text, section)
        if line is None:
            continue
        if len(line) > SOURCE_LINE_LIMIT:
            problems.append(
                newscore.Problem(
                    code="labelled.long-source",
                    message=f"source line of {len(line)} characters not read into sources",
                    severity="info",
                    span=line,
                )
            )
            continue
        sources.extend(read_sources(text, line))
    date = head.date.date if head.date is not None else None
    meta: dict[str, newscore.MetaValue] = {}
    if head.date is not None and head.date.time is not None:
        meta["time"] = head.date.time.isoformat()
    return newscore.Article.from_spans(
        raw=text,
        format="labelled",
        date=date,
        sections=sections,
        sources=sources,
        meta=meta,
        problems=problems,
        title_span=head.title,
        date_span=head.date_span,
        lead_span=lead_span,
    )


def sniff(text: str) -> float:
    """Score by the labels found at line starts, run in, and a ``date`` marker."""
    labels = _find_labels(text, 0)
    kinds = {label.kind for label in labels}
    score = 0.0
    if kinds:
        score = 0.55 + 0.1 * min(len(kinds), 4)
        if "source" in kinds or "details" in kinds:
            score += 0.05
    if _DATE_MARKER_START.match(text):
        score = max(score + 0.2, 0.6)
    return min(score, 0.97)


def split(stream: Iterable[str]) -> Iterator[newscore.Chunk]:
    """Cut an input into clippings.

    A new clipping starts after a separator line (``---``, ``***``, ``===``,
    ``___`` or a form feed) and at a ``date YYYY-MM-DD`` marker line that
    follows a clipping with at least one label; a headline line just before
    such a marker goes with the new clipping.
    """
    return split_clippings(
        stream,
        starts=lambda line: _DATE_MARKER_START.match(line) is not None,
        ready=lambda line: _LINE_LABEL.match(line.strip()) is not None,
    )


_REWRITES = 3
"""How many times a text that would read back otherwise is read and written again."""


def write(article: newscore.Article, options: newscore.WriteOptions) -> str:
    """Write ``article`` in the labelled layout, in the variant asked for.

    A section text that itself opens with a label ("Source: Source: X") cannot
    be written so that it reads back the same: the text is then read back and
    written again, so that what is written reads back to itself.
    """
    written = _write_once(article, options)
    if not any(_LINE_LABEL.match(_normalise(s.text)) for s in article.sections):
        return written
    for _ in range(_REWRITES):
        again = _write_once(parse(written, newscore.ReadOptions()), options)
        if again == written:
            break
        written = again
    return written


def _write_once(article: newscore.Article, options: newscore.WriteOptions) -> str:
    variants = options.variants
    languages = [language for language in LANGUAGES if language in variants]
    if len(languages) > 1:
        raise newscore.FormatError(f"choose one language variant, not {' and '.join(languages)}")
    language = languages[0] if languages else None
    styles = [DATE_STYLES[name] for name in DATE_STYLES if name in variants]
    if len(styles) > 1:
        raise newscore.FormatError("choose one date style variant")
    blocks: list[str] = []
    if article.title:
        blocks.append(_one_line(article.title))
    lead_section = article.section("lead")
    lead = _normalise(lead_section.text) if lead_section is not None else (article.lead or "")
    date_line = ""
    if article.date is not None:
        if styles:
            date_line = format_date(article.date, styles[0], language or "en")
        else:
            date_line = "date " + article.date.isoformat()
    labelled: list[tuple[str, str]] = []
    unlabelled: list[str] = []
    for section in article.sections:
        if section.kind == "lead":
            continue
        label = _label_for(section, language, "upper" in variants)
        if label is None:
            unlabelled.append(_normalise(section.text))
        else:
            labelled.append((label, _normalise(section.text)))
    if unlabelled:
        lead = "\n\n".join(part for part in (lead, *unlabelled) if part)
    if "runin" in variants:
        if date_line:
            blocks.append(date_line)
        pieces = [_one_line(lead)] if lead else []
        pieces.extend(
            _written_label(label, variants) + " " + _one_line(body) for label, body in labelled
        )
        blocks.append(" ".join(piece.strip() for piece in pieces))
    else:
        if date_line and "sameline" in variants and lead and not styles:
            blocks.append(f"{date_line} {lead}")
        else:
            if date_line:
                blocks.append(date_line)
            if lead:
                blocks.append(lead)
        for label, body in labelled:
            written = _written_label(label, variants)
            if "ownline" in variants:
                blocks.append(f"{written}\n{body}" if body else written)
            else:
                blocks.append(f"{written} {body}" if body else written)
    result = "\n\n".join(block for block in blocks if block) + "\n"
    if "crlf" in variants:
        result = result.replace("\n", "\r\n")
    return result


def _label_for(section: newscore.Section, language: str | None, upper: bool) -> str | None:
    if section.kind not in WRITTEN_LABELS["en"]:
        return None
    if language is None and section.label is not None:
        known = _kind_of_label(section.label)
        label = section.label if known == section.kind else WRITTEN_LABELS["en"][section.kind]
    else:
        label = WRITTEN_LABELS[language or "en"][section.kind]
    return label.upper() if upper else label


def _written_label(label: str, variants: frozenset[str]) -> str:
    return f"**{label}:**" if "bold" in variants else f"{label}:"


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _one_line(text: str) -> str:
    return " ".join(text.split())


LABELLED = newscore.Format(
    name="labelled",
    summary="clippings with a date line, a lead and labelled sections (Source:, Details:, ...)",
    sniff=sniff,
    parse=parse,
    split=split,
    write=write,
    variants=VARIANTS,
    extensions=(".txt",),
)


@newscore.hookimpl
def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
    """Register the ``labelled`` format."""
    registry.add(LABELLED)
