"""Hypothesis strategies that draw newscore values, for newscore and its plugins.

This module needs Hypothesis (the ``testing`` extra). Installing newscore
registers :func:`articles` for :class:`~newscore.Article` with Hypothesis, so
``st.from_type(newscore.Article)`` works too.

Every span drawn lies within the article's ``raw`` text, and every value that
has a span (a section's text, a title, a source's description...) is the text
that span covers, as a format's reader would produce it.

>>> from hypothesis import given
>>> from newscore.testing.strategies import articles
>>> @given(articles())
... def test_round_trip(article):
...     assert newscore.from_json(newscore.to_json(article)) == article
"""

from __future__ import annotations

import datetime


def _hypothesis_setup_hook() -> None:
    """Let Hypothesis draw :class:`~newscore.Article` values by type.

    Hypothesis calls this through the ``hypothesis`` entry point newscore
    declares, so ``st.from_type(newscore.Article)`` uses :func:`articles`.
    """
    # Defined before Hypothesis is imported: importing Hypothesis runs its entry
    # points, which may load this very module while it is half initialised. The
    # strategy is therefore looked up only when Hypothesis first needs it.
    from hypothesis import strategies  # noqa: PLC0415

    import newscore  # noqa: PLC0415

    strategies.register_type_strategy(newscore.Article, lambda _: articles())


from hypothesis import strategies as st  # noqa: E402 - after the hook, see above

import newscore  # noqa: E402

__all__ = [
    "articles",
    "format_names",
    "meta_values",
    "metas",
    "problems",
    "provenances",
    "sections",
    "sources",
    "spans",
    "speakers",
    "statements",
]

_SHORT_TEXT = st.text(max_size=20)
_KINDS = st.sampled_from(
    ["lead", "source", "details", "quote", "background", "reminder", "reference", "body"]
) | st.from_regex(r"[a-z][a-z-]{0,11}", fullmatch=True)
_CODES = st.from_regex(r"[a-z][a-z0-9-]{0,9}(\.[a-z][a-z0-9-]{0,9}){0,2}", fullmatch=True)


def format_names() -> st.SearchStrategy[str]:
    """Draw valid format names: a lower-case letter, then letters, digits, ``-`` or ``_``."""
    return st.from_regex(r"[a-z][a-z0-9_-]{0,15}", fullmatch=True)


@st.composite
def spans(draw: st.DrawFn, raw: str) -> newscore.Span:
    """Draw a :class:`~newscore.Span` that lies within ``raw``."""
    start = draw(st.integers(min_value=0, max_value=len(raw)))
    end = draw(st.integers(min_value=start, max_value=len(raw)))
    return newscore.Span(start=start, end=end)


@st.composite
def _inner_span(draw: st.DrawFn, outer: newscore.Span) -> newscore.Span:
    start = draw(st.integers(min_value=outer.start, max_value=outer.end))
    end = draw(st.integers(min_value=start, max_value=outer.end))
    return newscore.Span(start=start, end=end)


def meta_values() -> st.SearchStrategy[newscore.MetaValue]:
    """Draw :data:`~newscore.MetaValue` values that survive JSON (no NaN or infinity)."""
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**53), max_value=2**53),
        st.floats(allow_nan=False, allow_infinity=False),
        _SHORT_TEXT,
        st.lists(_SHORT_TEXT, max_size=4).map(tuple),
    )


def metas() -> st.SearchStrategy[newscore.Meta]:
    """Draw :class:`~newscore.Meta` mappings of scalars and tuples of strings."""
    return st.dictionaries(_SHORT_TEXT, meta_values(), max_size=5).map(newscore.Meta)


@st.composite
def sections(draw: st.DrawFn, raw: str) -> newscore.Section:
    """Draw a :class:`~newscore.Section` of ``raw`` whose text is what its text span covers."""
    span = draw(spans(raw))
    text_span = draw(_inner_span(span))
    label = draw(st.none() | st.just(raw[span.start : text_span.start].strip() or "Label"))
    return newscore.Section(
        kind=draw(_KINDS), label=label, text=text_span.of(raw), span=span, text_span=text_span
    )


def sources(raw: str, *, max_depth: int = 3) -> st.SearchStrategy[newscore.Source]:
    """Draw a :class:`~newscore.Source` of ``raw``, with a chain of ``via`` up to ``max_depth``."""

    @st.composite
    def one(draw: st.DrawFn, via: newscore.Source | None) -> newscore.Source:
        span = draw(spans(raw))
        name_span = draw(st.none() | _inner_span(span))
        name = name_span.of(raw) if name_span is not None else draw(_SHORT_TEXT)
        return newscore.Source(
            name=name,
            kind=draw(st.none() | st.sampled_from(["news agency", "interview", "anonymous"])),
            description=span.of(raw),
            via=via,
            span=span,
            name_span=name_span,
        )

    def chain(depth: int) -> st.SearchStrategy[newscore.Source]:
        if depth <= 1:
            return one(None)
        return (st.none() | chain(depth - 1)).flatmap(one)

    return chain(max(1, max_depth))


def speakers() -> st.SearchStrategy[newscore.Speaker]:
    """Draw a :class:`~newscore.Speaker`."""
    return st.builds(newscore.Speaker, name=_SHORT_TEXT, role=st.none() | _SHORT_TEXT)


@st.composite
def statements(draw: st.DrawFn, raw: str) -> newscore.Statement:
    """Draw a :class:`~newscore.Statement` read from a span of ``raw``."""
    span = draw(spans(raw))
    content_span = draw(_inner_span(span))
    return newscore.Statement(
        speaker=draw(speakers()),
        cue=draw(st.sampled_from(["said", "told", "according to", "stated"])),
        content=content_span.of(raw),
        direct=draw(st.booleans()),
        span=span,
    )


@st.composite
def problems(draw: st.DrawFn, raw: str) -> newscore.Problem:
    """Draw a :class:`~newscore.Problem` of any severity, perhaps with a span into ``raw``."""
    return newscore.Problem(
        code=draw(_CODES),
        message=draw(_SHORT_TEXT),
        severity=draw(st.sampled_from(["info", "warning", "error"])),
        span=draw(st.none() | spans(raw)),
    )


@st.composite
def provenances(draw: st.DrawFn) -> newscore.Provenance:
    """Draw a :class:`~newscore.Provenance`."""
    return newscore.Provenance(
        origin=draw(st.none() | _SHORT_TEXT),
        index=draw(st.integers(min_value=0, max_value=10_000)),
        offset=draw(st.integers(min_value=0, max_value=10**9)),
        line=draw(st.integers(min_value=1, max_value=10**6)),
    )


def _optional_spanned(draw: st.DrawFn, raw: str) -> tuple[str | None, newscore.Span | None]:
    if not draw(st.booleans()):
        return None, None
    span = draw(spans(raw))
    return span.of(raw), span


@st.composite
def articles(
    draw: st.DrawFn,
    *,
    raw: st.SearchStrategy[str] | None = None,
    format: st.SearchStrategy[str] | None = None,
) -> newscore.Article:
    """Draw arbitrary valid :class:`~newscore.Article` values.

    :param raw: a strategy for the clipping text; any text by default.
    :param format: a strategy for the format name; any valid name by default.

    Sections, sources (with nested ``via``), statements, meta, problems of every
    severity and provenance are all drawn; spans lie within ``raw``.
    """
    text = draw(raw if raw is not None else st.text(max_size=200))
    title, title_span = _optional_spanned(draw, text)
    lead, lead_span = _optional_spanned(draw, text)
    date: datetime.date | None = draw(st.none() | st.dates())
    date_span = draw(st.none() | spans(text)) if date is not None else None
    return newscore.Article(
        raw=text,
        format=draw(format if format is not None else format_names()),
        date=date,
        title=title,
        lead=lead,
        sections=draw(st.lists(sections(text), max_size=4)),
        sources=draw(st.lists(sources(text), max_size=3)),
        statements=draw(st.lists(statements(text), max_size=3)),
        meta=draw(metas()),
        problems=draw(st.lists(problems(text), max_size=4)),
        title_span=title_span,
        date_span=date_span,
        lead_span=lead_span,
        provenance=draw(st.none() | provenances()),
    )
