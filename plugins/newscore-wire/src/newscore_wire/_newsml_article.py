"""One agency item's article, assembled from its fields and finished the same way for every feed.

:class:`WireArticle` wraps :class:`newscore.toolkit.ArticleBuilder`: the
reader hands it the item's text in order (the headline, furniture of a named
kind such as ``dateline`` or ``subheading``, the lead and body paragraphs) and
its fields. :meth:`WireArticle.build` then

- names each furniture section by its kind;
- reads the dateline that opens the first body paragraph with
  :func:`newscore.toolkit.apply_dateline`, else the one the item's dateline
  field gives; when neither names a place, the item's own place (a G2
  ``located``, a Ritzau ``town``) becomes ``meta["dateline_places"]``;
- takes a "By ..." paragraph at the top of the body as ``meta["byline"]`` when
  the item has no byline field (the paragraph stays in the body).

Text that was escaped twice by the sender (``&amp;quot;`` in the XML, so
``&quot;`` in the text) is decoded once more, with a ``PREFIX.double-escaped``
problem (severity ``info``): an entity reference left in an element's text is
never what the writer meant.
"""

from __future__ import annotations

import datetime
import html

import attrs
import regex

import newscore
from newscore.toolkit import (
    MAX_ARTICLE_CHARS,
    ArticleBuilder,
    PieceRole,
    apply_dateline,
    collapse,
)

__all__ = ["BYLINE_PARAGRAPH", "WireArticle", "split_paragraphs"]

BYLINE_PARAGRAPH = regex.compile(
    r"By[ \t]++\p{Lu}[\p{L}.'’\-]*+"
    r"(?:(?:[ \t]++|,[ \t]*+)(?:and[ \t]++)?+\p{Lu}[\p{L}.'’\-]*+){0,7}+"
)
"""A paragraph that is only a byline: "By Arpan Varghese", "By Jane Doe and John Roe"."""

_ENTITY = regex.compile(r"&(?:quot|amp|apos|lt|gt|nbsp|#[0-9]{1,7}+|#[xX][0-9a-fA-F]{1,6}+);")
_PARAGRAPH_BREAK = regex.compile(
    r"(?:\r\n?+|\n)[ \t\u00a0]*+(?:(?:\r\n?+|\n)[ \t\u00a0]*+)++|(?:\r\n?+|\n)[ \t\u00a0]++"
)
_PLACE = regex.compile(r"\p{L}[\p{L}'’.\- ]{0,60}+")
_BYLINE_SEARCH_PARAGRAPHS = 6


def split_paragraphs(text: str) -> list[str]:
    """Split pre-formatted text into paragraphs: at blank lines and at indented lines.

    Agencies that send a story as one block of text (Reuters, ANSA) start each
    paragraph on an indented line; a blank line ends one too.
    """
    return [part for part in _PARAGRAPH_BREAK.split(text) if part.strip()]


class WireArticle:
    """Collects one item's text and fields, then builds its article (see the module docs).

    :param format_name: the format the article is recorded with.
    :param prefix: the family of its problems (``newsml``, ``g2``...).
    """

    def __init__(self, format_name: str, prefix: str) -> None:
        self.prefix = prefix
        self._builder = ArticleBuilder(format_name, prefix)
        self._kinds: list[str] = []
        self._first_paragraphs: list[str] = []
        self._has_title = False
        self._decoded = 0
        self._length = 0  # the builder's raw length, followed here: asking it is O(n)
        self.place: str | None = None
        """The item's own place, used when no dateline names one."""
        self.headline_optional = False
        """Whether the item says it has no headline (a nil element): no problem then."""

    @property
    def has_text(self) -> bool:
        """Tell whether any text was added."""
        return self._builder.has_text

    @property
    def has_title(self) -> bool:
        """Tell whether the headline was added."""
        return self._has_title

    def _clean(self, text: str) -> str:
        if "&" in text and _ENTITY.search(text) is not None:
            self._decoded += 1
            return str(_ENTITY.sub(lambda found: html.unescape(found.group()), text))
        return text

    def _add(self, role: PieceRole, text: str, *, cleaned: bool = False) -> bool:
        """Add a piece; tell whether the builder kept it (not blank, within its bound)."""
        text = collapse(text if cleaned else self._clean(text))
        start = self._length + (2 if self._length else 0)
        room = MAX_ARTICLE_CHARS - start
        kept = bool(text) and room > 0 and bool(text[:room].rstrip())
        self._builder.add(role, text)
        if kept:
            self._length = start + len(text[:room].rstrip())
        return kept

    def title(self, text: str) -> None:
        """Add the headline; a second headline is furniture of kind ``headline``."""
        if self._has_title:
            self.furniture("headline", text)
        elif self._add("title", text):
            self._has_title = True

    def furniture(self, kind: str, text: str) -> None:
        """Add text around the story (a dateline, a sub-heading, a credit line) of ``kind``."""
        role: PieceRole = "byline" if kind == "byline" else "credits"
        if self._add(role, text):
            self._kinds.append(kind)

    def paragraph(self, text: str, *, lead: bool = False) -> None:
        """Add a paragraph of the story (of the lead, when ``lead``)."""
        text = self._clean(text)
        added = self._add("lead" if lead else "body", text, cleaned=True)
        if added and len(self._first_paragraphs) < _BYLINE_SEARCH_PARAGRAPHS:
            self._first_paragraphs.append(collapse(text))

    def preformatted(self, text: str) -> None:
        """Add a block of pre-formatted text as paragraphs (:func:`split_paragraphs`)."""
        for part in split_paragraphs(text):
            self.paragraph(part)

    def meta(self, key: str, value: newscore.MetaValue) -> None:
        """Record a field in ``meta`` (repeated text fields keep every value)."""
        if isinstance(value, str):
            value = collapse(self._clean(value))
        self._builder.meta(key, value)

    def get(self, key: str) -> newscore.MetaValue:
        """Return a field recorded so far, or ``None``."""
        return self._builder.get(key)

    def set_date(self, value: datetime.date | None) -> None:
        """Set the article's date, unless one is set already."""
        if self._builder.date is None:
            self._builder.date = value

    def problem(self, code: str, message: str, severity: newscore.Severity = "warning") -> None:
        """Record a problem ``PREFIX.code`` on the article."""
        self._builder.problem(f"{self.prefix}.{code}", message, severity)

    def build(
        self, options: newscore.ReadOptions, provenance: newscore.Provenance | None = None
    ) -> newscore.Article:
        """Return the finished article (see the module docs)."""
        if self._decoded:
            self.problem(
                "double-escaped",
                f"{self._decoded} pieces of text held entity references escaped twice;"
                " they were decoded once more",
                "info",
            )
        if self.get("byline") is None:
            found = next((p for p in self._first_paragraphs if BYLINE_PARAGRAPH.fullmatch(p)), None)
            self._builder.meta("byline", found)
        article = self._builder.build(provenance)
        furniture = tuple(
            attrs.evolve(section, kind=kind)
            for section, kind in zip(article.furniture, self._kinds, strict=False)
        )
        problems = article.problems
        if self.headline_optional:
            problems = tuple(
                attrs.evolve(p, severity="info") if p.code.endswith(".no-headline") else p
                for p in problems
            )
        article = attrs.evolve(article, furniture=furniture, problems=problems)
        return self._placed(article, options)

    def _placed(self, article: newscore.Article, options: newscore.ReadOptions) -> newscore.Article:
        story = next((s for s in article.sections if s.kind in {"lead", "body"}), None)
        found = None
        if story is not None:
            article, found = apply_dateline(article, story.text_span.start, options)
        field = next((s for s in article.furniture if s.kind == "dateline"), None)
        if found is None and field is not None:
            article, found = apply_dateline(article, field.text_span.start, options)
            if found is None and _PLACE.fullmatch(field.text):
                self.place = field.text  # a dateline field that is only a place: "Helsinki"
        if "dateline_places" not in article.meta and self.place:
            meta = {**article.meta, "dateline_places": (self.place,)}
            article = attrs.evolve(article, meta=meta)
        return article
