"""The contract every format must keep, as checks plugin authors call in their tests.

>>> from newscore.testing.contract import check_format
>>> check_format(MY_FORMAT, ["a sample clipping", "another"])  # doctest: +SKIP

:func:`check_article` checks the invariants of one article (spans exact and
in bounds, nothing of the text dropped); :func:`check_format` runs a format
over sample texts and hostile text and checks the lot. Both raise
:class:`AssertionError` with a message saying what broke. They need no
Hypothesis.
"""

from __future__ import annotations

from collections.abc import Iterable

import newscore

__all__ = ["HOSTILE_TEXTS", "check_article", "check_format", "host_for"]

HOSTILE_TEXTS: tuple[str, ...] = (
    "",
    " ",
    "\ufeff",
    "\r\n\r\n",
    "\x00\x01\x02",
    "Source:",
    "**",
    "date 2025-02-30",
    "«" * 1000,
    "a" * 100_000,
    "Source: " * 5_000,
    ", citing " * 5_000,
    "\n" * 10_000,
    "}{" * 1000,
    '{"schema_version": 1}',
    "\ud800",
)
"""Texts any format must read without an exception other than :class:`~newscore.ParseError`."""


def _check_span(raw: str, span: newscore.Span | None, what: str) -> None:
    if span is None:
        return
    if not 0 <= span.start <= span.end <= len(raw):
        raise AssertionError(f"{what} span {span} lies outside raw of length {len(raw)}")


def _check_value(raw: str, span: newscore.Span | None, value: str | None, what: str) -> None:
    if value is None:
        return
    if span is None:
        raise AssertionError(f"{what} {value!r} has no span")
    _check_span(raw, span, what)
    if span.of(raw) != value:
        raise AssertionError(f"{what} span gives {span.of(raw)!r}, not {value!r}")


def check_article(article: newscore.Article, text: str | None = None) -> None:
    """Check the invariants every article must keep.

    - ``raw`` is ``text`` (when given);
    - every section's ``text_span`` gives its ``text`` and lies in its ``span``;
    - title, lead, source descriptions and names, statements and problems
      point inside ``raw``; title and lead spans give their values;
    - every non-blank character of ``raw`` lies in a section, a piece of
      furniture, the title or the date span, unless a problem of severity
      ``error`` explains the loss.

    :raises AssertionError: naming the first broken invariant.
    """
    raw = article.raw
    if text is not None and raw != text:
        raise AssertionError("article.raw is not the text that was parsed")
    for index, section in enumerate((*article.sections, *article.furniture)):
        _check_span(raw, section.span, f"section {index}")
        _check_value(raw, section.text_span, section.text, f"section {index} text")
        if not section.span.contains(section.text_span):
            raise AssertionError(f"section {index} text_span lies outside its span")
    _check_value(raw, article.title_span, article.title, "title")
    _check_value(raw, article.lead_span, article.lead, "lead")
    _check_span(raw, article.date_span, "date")
    for source in article.sources:
        current: newscore.Source | None = source
        while current is not None:
            _check_value(raw, current.span, current.description, "source description")
            if current.name_span is not None:
                _check_value(raw, current.name_span, current.name, "source name")
            current = current.via
    for statement in article.statements:
        _check_span(raw, statement.span, "statement")
        for part, span in (
            ("cue", statement.cue_span),
            ("content", statement.content_span),
            ("speaker", statement.speaker_span),
            ("resolved_from", statement.resolved_from),
        ):
            _check_span(raw, span, f"statement {part}")
        entity = statement.entity
        if entity is not None and not 0 <= entity < len(article.speakers):
            raise AssertionError(
                f"statement entity {entity} is not an index of the article's"
                f" {len(article.speakers)} speakers"
            )
    for speaker in article.speakers:
        for mention in speaker.mentions:
            _check_span(raw, mention, f"mention of speaker {speaker.name!r}")
    for problem in article.problems:
        _check_span(raw, problem.span, f"problem {problem.code}")
    if any(problem.severity == "error" for problem in article.problems):
        return
    covered = [section.span for section in (*article.sections, *article.furniture)]
    covered += [span for span in (article.title_span, article.date_span) if span is not None]
    covered.sort(key=lambda span: span.start)
    position = 0
    for span in covered:
        _check_blank(raw, position, span.start)
        position = max(position, span.end)
    _check_blank(raw, position, len(raw))


def _check_blank(raw: str, start: int, end: int) -> None:
    for index in range(start, end):
        character = raw[index]
        if not character.isspace() and character != "\ufeff":
            raise AssertionError(
                f"character {character!r} at offset {index} is in no section: text was dropped"
            )


class _OneFormat:
    """A plugin that registers one format."""

    def __init__(self, fmt: newscore.Format) -> None:
        self.format = fmt

    @newscore.hookimpl
    def newscore_register_formats(self, registry: newscore.FormatRegistry) -> None:
        registry.add(self.format)


def host_for(fmt: newscore.Format) -> newscore.PluginHost:
    """Return an isolated host with the built-in formats and ``fmt``.

    No entry point is loaded, so a test sees only the format it checks (and
    the built-ins it may read parts of its input through).
    """
    builtin = newscore.PluginHost(entry_points=False)
    if fmt.name in builtin.formats():
        return builtin
    return newscore.PluginHost(entry_points=False, plugins=[(f"check:{fmt.name}", _OneFormat(fmt))])


def check_format(
    fmt: newscore.Format,
    samples: Iterable[str],
    *,
    variants: Iterable[str] = ("",),
    serialised: bool = False,
) -> None:
    """Check ``fmt`` on ``samples`` and on :data:`HOSTILE_TEXTS`.

    For every text: ``sniff`` answers a number in ``[0, 1]``; ``parse`` gives
    an article of this format (or raises :class:`~newscore.ParseError`) that
    passes :func:`check_article`. For every sample, when the format can write:
    each variant (``"uk+bold"``; ``""`` for none) renders, the rendering parses,
    and rendering that again gives the same text (a fixed point after one pass).

    :param serialised: the format stores whole articles (as ``native``
        does), so an article's ``raw`` and ``format`` come from the data, not
        from the text read.

    For a format that only gives ``read`` (markup), an article's ``raw`` is its
    text content, not the input, so only the spans and coverage are checked.
    :raises AssertionError: naming the format, the text and what broke.
    """
    host = host_for(fmt)
    sample_list = list(samples)
    if not sample_list:
        raise AssertionError("check_format needs at least one sample text")
    for text in (*sample_list, *HOSTILE_TEXTS):
        confidence = fmt.sniff(text[: 64 * 1024])
        if not 0.0 <= confidence <= 1.0:
            raise AssertionError(f"{fmt.name}: sniff gave {confidence} for {text[:40]!r}")
        article = host.parse(text, format=fmt.name, extract=False)
        crashes = [p.message for p in article.problems if p.code == "plugin.crashed"]
        if crashes:
            raise AssertionError(f"{fmt.name}: {crashes[0]} (text {text[:40]!r})")
        if not serialised and article.format != fmt.name:
            raise AssertionError(f"{fmt.name}: parse gave format {article.format!r}")
        try:
            check_article(article, None if serialised or fmt.parse is None else text)
        except AssertionError as error:
            raise AssertionError(f"{fmt.name}: {error} (text {text[:40]!r})") from None
    if fmt.write is None:
        return
    for text in sample_list:
        article = host.parse(text, format=fmt.name, strict=True, extract=False)
        for variant in variants:
            flags = frozenset(flag for flag in variant.split("+") if flag)
            write_options = newscore.WriteOptions(variants=flags)
            once = fmt.write(article, write_options)
            reread = host.parse(once, format=fmt.name, extract=False)
            again = fmt.write(reread, write_options)
            if again != once:
                raise AssertionError(
                    f"{fmt.name}+{variant}: render(parse(render(a))) differs from render(a)"
                    f" for sample {text[:40]!r}"
                )
