"""Build articles from parts, and draw clipping-like articles with Hypothesis.

Plugin authors can use these to test their writers and readers: draw the
parts of a clipping, build an :class:`~newscore.Article` with
:func:`build_article`, render it in their format, parse it back, and compare
with :func:`projection`.

Needs the ``testing`` extra (Hypothesis).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import attrs
from hypothesis import strategies as st

import newscore

__all__ = [
    "LABELLED_KINDS",
    "ClippingParts",
    "build_article",
    "clipping_parts",
    "projection",
]

LABELLED_KINDS = ("source", "details", "quote", "background", "reminder", "reference", "update")
"""The section kinds every labelled-layout language has a label for."""

_WORDS = {
    "en": [
        "minister",
        "said",
        "talks",
        "would",
        "continue",
        "the",
        "government",
        "army",
        "forces",
        "city",
        "region",
        "power",
        "grid",
        "attack",
        "drones",
        "were",
        "shot",
        "down",
        "officials",
        "expect",
        "new",
        "sanctions",
        "next",
        "week",
        "in",
        "the",
        "capital",
        "according",
        "to",
        "local",
        "reports",
        "plan",
        "budget",
        "energy",
        "strike",
    ],
    "uk": [
        "міністр",
        "заявив",
        "переговори",
        "тривають",
        "уряд",
        "армія",
        "сили",
        "місто",
        "область",
        "енергетика",
        "атака",
        "дрони",
        "збили",
        "посадовці",
        "очікують",
        "нові",
        "санкції",
        "наступного",
        "тижня",
        "у",
        "столиці",
        "план",
        "бюджет",
    ],
    "ru": [
        "министр",
        "заявил",
        "переговоры",
        "продолжаются",
        "правительство",
        "армия",
        "силы",
        "город",
        "область",
        "энергетика",
        "атака",
        "дроны",
        "сбиты",
        "чиновники",
        "ожидают",
        "новые",
        "санкции",
        "на",
        "следующей",
        "неделе",
    ],
}


@attrs.frozen(kw_only=True)
class ClippingParts:
    """The parts of a clipping, before it is laid out as text.

    :param title: headline, or ``None``.
    :param date: publication date, or ``None``.
    :param lead: lead paragraph.
    :param sections: ``(kind, text)`` pairs after the lead; texts may hold
        several paragraphs separated by a blank line.
    """

    title: str | None
    date: datetime.date | None
    lead: str
    sections: tuple[tuple[str, str], ...]


@st.composite
def _sentence(draw: st.DrawFn, language: str) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS[language]), min_size=3, max_size=12))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


@st.composite
def _paragraph(draw: st.DrawFn, language: str) -> str:
    return " ".join(draw(st.lists(_sentence(language), min_size=1, max_size=3)))


@st.composite
def _text(draw: st.DrawFn, language: str) -> str:
    return "\n\n".join(draw(st.lists(_paragraph(language), min_size=1, max_size=2)))


@st.composite
def _title(draw: st.DrawFn, language: str) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS[language]), min_size=2, max_size=10))
    text = " ".join(words)
    return text[0].upper() + text[1:]


@st.composite
def clipping_parts(
    draw: st.DrawFn,
    languages: Sequence[str] = ("en", "uk", "ru"),
    kinds: Sequence[str] = LABELLED_KINDS,
    max_sections: int = 6,
) -> ClippingParts:
    """Draw the parts of a clipping: optional title and date, a lead, sections.

    :param languages: the languages whose words texts are made of.
    :param kinds: the section kinds to draw from (repeats allowed).
    :param max_sections: at most this many sections after the lead.
    """
    language = draw(st.sampled_from(tuple(languages)))
    title = draw(st.none() | _title(language))
    date = draw(
        st.none()
        | st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31))
    )
    lead = draw(_paragraph(language))
    sections = draw(
        st.lists(
            st.tuples(st.sampled_from(tuple(kinds)), _text(language)),
            max_size=max_sections,
        )
    )
    return ClippingParts(title=title, date=date, lead=lead, sections=tuple(sections))


def build_article(parts: ClippingParts, *, format: str = "labelled") -> newscore.Article:
    """Build an article from ``parts``, with a plain ``raw`` and consistent spans.

    The raw text is the title, the lead and each section text, separated by
    blank lines; no labels are written, so the article is a value to render,
    not a faithful reading of some text.
    """
    raw = ""
    title_span = None
    if parts.title is not None:
        title_span = newscore.Span(start=0, end=len(parts.title))
        raw = parts.title + "\n\n"
    pieces: list[tuple[str, str]] = [("lead", parts.lead), *parts.sections]
    sections = []
    lead_span = None
    for kind, text in pieces:
        span = newscore.Span(start=len(raw), end=len(raw) + len(text))
        raw += text + "\n\n"
        label = None if kind == "lead" else kind.capitalize()
        sections.append(
            newscore.Section(kind=kind, label=label, text=text, span=span, text_span=span)
        )
        if kind == "lead":
            lead_span = span
    return newscore.Article(
        raw=raw,
        format=format,
        date=parts.date,
        title=parts.title,
        lead=parts.lead,
        sections=sections,
        title_span=title_span,
        lead_span=lead_span,
    )


def projection(
    article: newscore.Article, *, one_line: bool = False
) -> tuple[datetime.date | None, str | None, tuple[tuple[str, str], ...]]:
    r"""Return what a text layout can express of ``article``: date, title, kinds and texts.

    Line ends are normalised to ``\\n``. With ``one_line``, each text's white
    space is collapsed to single spaces (layouts that lose line breaks).
    """

    def clean(text: str) -> str:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return " ".join(text.split()) if one_line else text

    sections = tuple((section.kind, clean(section.text)) for section in article.sections)
    return article.date, article.title, sections
