"""Stream a markup export into articles, one article element at a time, never losing text.

Both Factiva markup formats are read by one loop (:func:`read_markup`), told
by a :class:`Markup` value what the format's parser, article elements and
field reader are:

- the lines are made safe for libxml2 (:mod:`newscore_factiva._clean`) and fed
  to a pull parser in batches of about 64 KiB (feeding line by line makes
  libxml2's HTML push parser ten times slower);
- each article element is read as soon as it ends, and the tree built so far
  is freed, so an export of any length is read in the memory of one article;
- when the parser fails (broken XML; markup nested deeper than libxml2's 256
  levels, where its HTML parser stops without a word), the text from the last
  complete article on is kept, reading resumes with a fresh parser at the
  next line that opens an article, and the kept text is read again, one
  article start at a time, by a recovering parser: what it reads comes with a
  ``factiva.recovered`` problem, what it cannot is kept as it is written with
  a ``factiva.unreadable`` problem.

In strict mode the first doubt raises :class:`newscore.ParseError` located in
the whole input instead.
"""

from __future__ import annotations

import collections
import html
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

import attrs
import regex
from lxml import etree

import newscore
from newscore.toolkit import ArticleBuilder, collapse, trimmed
from newscore_factiva._clean import SUSPECT as _SUSPECT
from newscore_factiva._clean import clean

__all__ = [
    "BATCH_CHARS",
    "MAX_ARTICLE_ELEMENTS",
    "MAX_DEPTH",
    "MAX_QUIET_CHARS",
    "MAX_REGION_CHARS",
    "Markup",
    "PullParser",
    "read_markup",
]

BATCH_CHARS = 64 * 1024
"""About how many characters are fed to the parser at once."""

MAX_DEPTH = 255
"""Nesting depth at which the markup is deemed unreadable by libxml2 (it stops at 256)."""

MAX_ARTICLE_ELEMENTS = 20_000
"""Elements in one article past which the rest of it is kept as text, element by element."""

MAX_QUIET_CHARS = 12 * 1024 * 1024
"""XML fed without any parser event after which the parser is deemed stuck (12 Mi, past
libxml2's 10 MB text nodes)."""

MAX_REGION_CHARS = 16 * 1024 * 1024
"""The most characters of broken or unread markup kept for recovery (16 Mi)."""

_TAG = regex.compile(r"<[^<>]*+>")
_LINE_END = regex.compile(r"\r\n|\r|\n")


class PullParser(Protocol):
    """What :func:`read_markup` needs of a pull parser (``XMLPullParser``, ``HTMLPullParser``)."""

    def feed(self, data: bytes) -> None:
        """Parse more of the input."""

    def close(self) -> object:
        """End the input."""

    def read_events(self) -> Iterator[tuple[str, etree._Element]]:
        """Return the events parsed so far."""


@attrs.frozen(kw_only=True)
class Markup:
    """What :func:`read_markup` needs to know of one markup format.

    :param format_name: the name articles are recorded with.
    :param xml: whether the markup is XML (else HTML).
    :param new_parser: a fresh pull parser giving ``start`` and ``end`` events.
    :param recovering_parser: a parser for :func:`lxml.etree.fromstring` that
        recovers what it can of broken markup.
    :param batch_chars: about how many characters are fed to the parser at once
        (one line for XML, so that a syntax error stops no article that ended before it).
    :param resume_prefix: text fed to a fresh parser before the text it resumes at.
    :param wrap: wraps a piece of broken markup before the recovering parser reads it.
    :param article_start: finds where an article's element starts in the text.
    :param article_end: ``article_end(text, start)``: the offset just past the end
        of the article element that starts at ``start``, or ``None`` if it does not end.
    :param is_article: tells whether an element is one an article is read from.
    :param element_path: the simple path of the ``n``-th (1-based) article element.
    :param fill: reads an article element's fields into a builder.
    :param nested: the articles inside an article element that are articles of their
        own (an end tag lost), outermost first; not a wrapper of the article itself.
    """

    format_name: str
    xml: bool
    new_parser: Callable[[], PullParser]
    recovering_parser: Callable[[], etree.XMLParser | etree.HTMLParser]
    batch_chars: int
    resume_prefix: str
    wrap: Callable[[str], str]
    article_start: regex.Pattern[str]
    article_end: Callable[[str, int], int | None]
    is_article: Callable[[etree._Element], bool]
    element_path: Callable[[etree._Element | None, int], str]
    fill: Callable[[etree._Element, ArticleBuilder], None]
    nested: Callable[[etree._Element], list[etree._Element]]


_Line = tuple[int, int, str]
"""A line of the input: its number, its offset and its text. A plain tuple, not a
NamedTuple: the garbage collector stops tracking plain tuples of atoms, and the region
kept for recovery can hold millions of lines."""


class _FailureError(Exception):
    """The parser gave up at ``line`` (an input line number)."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


def read_markup(
    markup: Markup, lines: Iterable[str], options: newscore.ReadOptions
) -> Iterator[newscore.Article]:
    """Read an export's lines into articles (see the module docs)."""
    yield from _Reader(markup, options).run(lines)


class _Reader:
    """The state of one read: where the input is, the region kept, the parser."""

    def __init__(self, markup: Markup, options: newscore.ReadOptions) -> None:
        self.markup = markup
        self.strict = options.strict
        self.queue: collections.deque[_Line] = collections.deque()
        self.region: list[_Line] = []
        self.region_chars = 0
        self.region_dropped = 0
        self.batch: list[_Line] = []
        self.batch_chars = 0
        self.bad: list[tuple[int, int, str]] = []
        self.count = 0
        self.open: tuple[int, int, int] | None = None
        self.last_start = -1
        self.elements = 0
        self.open_element: etree._Element | None = None
        self.spill: ArticleBuilder | None = None
        self.spilled: list[str] = []
        self.failure: str | None = None
        self.seen_text = False
        self.emitted = -1
        self.last_line = 0
        self.offset = 0
        self._new_session(1, 0, resumed=False)

    # -- input ----------------------------------------------------------------

    def _next_line(self, source: Iterator[str]) -> _Line | None:
        """Return the next line of the input, numbered and placed, or ``None`` at its end."""
        text = next(source, None)
        if text is None:
            return None
        self.last_line += 1
        line = (self.last_line, self.offset, text)
        self.offset += len(text)
        return line

    def _clean(self, line: _Line) -> _Line:
        """Return ``line`` made safe for libxml2, noting (strict: raising on) what was replaced."""
        cleaned, replaced = clean(line[2], xml=self.markup.xml)
        for column, what in replaced:
            if self.strict:
                raise newscore.ParseError(
                    f"{what} is not a character libxml2 can read",
                    code="factiva.bad-character",
                    line=line[0],
                    column=column + 1,
                )
            self.bad.append((line[0], column + 1, what))
        return (line[0], line[1], cleaned) if replaced else line

    def _new_session(self, line: int, column: int, *, resumed: bool) -> None:
        """Start a fresh parser on text that starts at ``line``, 0-based ``column``."""
        self.parser = self.markup.new_parser()
        self.session_line = line
        prefix = self.markup.resume_prefix if resumed else ""
        self.session_shift = column - len(prefix)
        self.root: etree._Element | None = None
        self.evented = False
        self.quiet = 0
        self.quiet_line = line - 1
        if prefix:
            self.parser.feed(prefix.encode("utf-8"))

    def _keep(self, line: _Line) -> None:
        if self.region_chars + len(line[2]) > MAX_REGION_CHARS:
            self.region_dropped += len(line[2])
            return
        self.region.append(line)
        self.region_chars += len(line[2])

    def _reset_region(self) -> None:
        self.region = []
        self.region_chars = 0
        self.region_dropped = 0

    # -- the loop --------------------------------------------------------------

    def run(self, lines: Iterable[str]) -> Iterator[newscore.Article]:
        source = iter(lines)
        ended = False
        while True:
            if self.failure is None and not self.queue:
                ended = self._fill_batch(source) or ended
                if self.batch:
                    yield from self._feed_batch()
                    continue  # a failure may have put lines back to read again
                if not ended:
                    continue
                yield from self._close()
                if self.queue:
                    continue  # the parser failed at the end; the lines after are read again
                break
            if self.queue:
                line = self.queue.popleft()
            else:
                found = self._next_line(source)
                if found is None:
                    break
                line = self._clean(found)
            if self.failure is not None:
                yield from self._while_failed(line)
            else:
                self.batch.append(line)
                self.batch_chars += len(line[2])
        if self.failure is not None:
            yield from self._recover(self.failure)
        elif self.count == 0 and self.region:
            # Text, but no article anywhere: keep it rather than give nothing.
            text = "".join(line[2] for line in self.region)
            if _TAG.sub("", text).strip().strip("\ufeff"):
                base = self.region[0]
                yield self._unreadable(
                    text,
                    base[1],
                    base[0],
                    "no article was found in it",
                    self.region_dropped,
                )

    def _fill_batch(self, source: Iterator[str]) -> bool:
        """Take lines until the batch holds ``batch_chars``; tell whether the input ended."""
        batch = self.batch
        chars = self.batch_chars
        limit = self.markup.batch_chars
        number, offset = self.last_line, self.offset
        ended = True
        for text in source:
            number += 1
            batch.append((number, offset, text))
            size = len(text)
            offset += size
            chars += size
            if chars >= limit:
                ended = False
                break
        self.last_line, self.offset = number, offset
        self.batch_chars = chars
        return ended

    def _while_failed(self, line: _Line) -> Iterator[newscore.Article]:
        resume = self.markup.article_start.search(line[2])
        if resume is None:
            self._keep(line)
            return
        before = (line[0], line[1], line[2][: resume.start()])
        self._keep(before)
        yield from self._recover(self.failure or "")
        self.failure = None
        rest = (line[0], line[1] + resume.start(), line[2][resume.start() :])
        self._new_session(line[0], resume.start(), resumed=True)
        self.queue.appendleft(rest)

    def _feed_batch(self) -> Iterator[newscore.Article]:
        if not self.batch:
            return
        batch = self.batch
        self.batch, self.batch_chars = [], 0
        text = "".join([line[2] for line in batch])
        if _SUSPECT.search(text) is not None:
            batch = [self._clean(line) for line in batch]
            text = "".join([line[2] for line in batch])
        if not self.seen_text and text.strip().strip("\ufeff"):
            self.seen_text = True
        if self.region_chars + len(text) <= MAX_REGION_CHARS:
            self.region.extend(batch)
            self.region_chars += len(text)
        else:
            for line in batch:
                self._keep(line)
        try:
            # Slices of BATCH_CHARS: libxml2 is slow on huge pieces, and events stay few.
            for start in range(0, len(text), BATCH_CHARS):
                # As UTF-8 bytes: lxml converts a str far more slowly.
                self.parser.feed(text[start : start + BATCH_CHARS].encode("utf-8"))
                yield from self._events(batch)
                if not self.markup.xml:
                    self._check_depth()
            if self.markup.xml:
                self._check_progress(batch, len(text))
        except (etree.XMLSyntaxError, _FailureError) as error:
            # The events before a syntax error are not read: lxml may have freed their tree.
            yield from self._fail(error, batch)

    def _close(self) -> Iterator[newscore.Article]:
        try:
            self.parser.close()
            if not self.markup.xml:
                self._check_swallowed()  # before the events at the end clear the tree
            yield from self._events([])
        except (etree.XMLSyntaxError, _FailureError) as error:
            if not self.seen_text:
                return
            yield from self._fail(error, [])
            return
        if self.open is not None:
            self._fail_at("the markup ends inside an article", self.open[1], 1)

    def _fail(self, error: Exception, batch: list[_Line]) -> Iterator[newscore.Article]:
        if isinstance(error, _FailureError):
            message, line, column = error.message, error.line, error.column
        else:
            assert isinstance(error, etree.XMLSyntaxError)
            where = error.position
            line = self.session_line + max(where[0], 1) - 1
            column = where[1] + (self.session_shift if where[0] <= 1 else 0)
            message = f"broken XML at line {line}: {error.msg}"
        self._fail_at(message, line, column)
        # The lines after the failing one are read again, looking for an article to resume at.
        later = [item for item in self.region if item[0] > line]
        if later:
            self.region = [item for item in self.region if item[0] <= line]
            self.region_chars = sum(len(item[2]) for item in self.region)
            self.queue.extendleft(reversed(later))
        return iter(())

    def _fail_at(self, message: str, line: int, column: int) -> None:
        if self.strict:
            line, column = self._position(line, column)
            raise newscore.ParseError(
                message, code="factiva.broken-markup", line=line, column=column
            )
        self.failure = message
        self.open = None
        self.open_element = None
        self.spill, self.spilled = None, []

    def _position(self, line: int, column: int) -> tuple[int, int]:
        """Clamp a parser's position to one that exists in the input."""
        line = min(max(line, 1), max(self.last_line, 1))
        known = next((item for item in reversed(self.region) if item[0] == line), None)
        if known is None:
            return line, 1
        return line, min(max(column, 1), len(known[2].rstrip("\r\n")) + 1)

    # -- events ----------------------------------------------------------------

    def _events(self, batch: list[_Line]) -> Iterator[newscore.Article]:
        is_article = self.markup.is_article
        for event, element in self.parser.read_events():
            self.evented = True
            if self.root is None:
                self.root = element.getroottree().getroot()
            if event == "start":
                if self.open is not None:
                    self.elements += 1
                    if self.elements > MAX_ARTICLE_ELEMENTS and self.spill is None:
                        self._start_spill(element)
                elif is_article(element):
                    self.count += 1
                    self.elements = 0
                    self.open = self._locate(element, batch)
                    self.open_element = element
                continue
            if self.spill is not None and not is_article(element):
                self._spill_before(element)
            elif self.open is None:
                # Outside any article: what ended is not needed any more. The element
                # itself may still be the parser's, so only its earlier siblings go.
                parent = element.getparent()
                if parent is not None:
                    previous = element.getprevious()
                    while previous is not None:
                        parent.remove(previous)
                        previous = element.getprevious()
            elif is_article(element):
                yield from self._article(element)

    def _check_progress(self, batch: list[_Line], fed: int) -> None:
        """Fail when the parser gave no event over :data:`MAX_QUIET_CHARS`.

        libxml2's push parser waits, buffering all it is given, for the ``;`` that
        ends a reference after a stray ``&``: without this, one ``&`` would hold
        back every article after it, in unbounded memory, until the end.
        """
        if self.evented:
            self.evented = False
            self.quiet = 0
            self.quiet_line = batch[-1][0] if batch else self.quiet_line
            return
        self.quiet += fed
        if self.quiet > MAX_QUIET_CHARS:
            line = self.quiet_line + 1
            raise _FailureError(
                f"the markup gave nothing to read over {MAX_QUIET_CHARS} characters"
                f" from line {line} (a stray '&' or an unclosed construct?)",
                line,
                1,
            )

    def _check_swallowed(self) -> None:
        """Fail when the end of the tree holds text with an article's start tag in it.

        An unclosed ``<title>``, ``<script>``, ``<textarea>`` or comment makes
        the HTML parser read all the rest as its text; the articles in it are
        then read again from their start tags.
        """
        node = self.root
        while node is not None:
            text = node.text if isinstance(node.text, str) else ""
            if text and self.markup.article_start.search(text) is not None:
                line = self.session_line + (node.sourceline or 1) - 1
                raise _FailureError(
                    f"the text of an unclosed element or comment from line {line} holds articles",
                    line,
                    1,
                )
            node = next(node.iterchildren(reversed=True), None)

    def _check_depth(self) -> None:
        """Fail when the tree reaches libxml2's depth limit, where its HTML parser stops silently.

        New elements are always added at the end of the tree, so the chain of last
        children from the root reaches where the parser is.
        """
        node = self.root
        if node is None:
            return
        depth = 1
        while depth < MAX_DEPTH:
            last = next(node.iterchildren(reversed=True), None)  # len() would count them all
            if last is None:
                break
            node = last
            depth += 1
        if depth >= MAX_DEPTH:
            line = self.session_line + (node.sourceline or 1) - 1
            raise _FailureError(
                f"the markup nests {MAX_DEPTH} elements deep at line {line}, too deep to read",
                line,
                1,
            )

    def _article(self, element: etree._Element) -> Iterator[newscore.Article]:
        assert self.open is not None
        offset, line, _column = self.open
        self.open = None
        provenance = newscore.Provenance(
            offset=offset, line=line, element=self.markup.element_path(element, self.count)
        )
        builder = self.spill
        if builder is not None:
            self.spilled.extend(element.itertext())  # what is left of it
            builder.add("body", " ".join(self.spilled))
            self.spill, self.spilled = None, []
        else:
            builder = ArticleBuilder(self.markup.format_name, "factiva")
            nested = self.markup.nested(element)
            builders = [ArticleBuilder(self.markup.format_name, "factiva") for _ in nested]
            for inner, inner_builder in zip(nested, builders, strict=True):
                # Articles inside this one (an end tag lost): each is read on its own.
                self.markup.fill(inner, inner_builder)
                inner.clear(keep_tail=True)
            self.markup.fill(element, builder)
            if nested:
                merged = "article inside another (an end tag is missing before it)"
                for inner_builder in builders:
                    inner_builder.problem("factiva.nested", merged)
                if builder.has_text:
                    builder.problem("factiva.nested", merged)
                    builders.insert(0, builder)
                builder = builders.pop()
                for inner_builder in builders:
                    yield self._finish(inner_builder, provenance)
        self.open_element = None
        _release(element)
        self._emitted(offset)
        yield self._finish(builder, provenance)

    def _start_spill(self, element: etree._Element) -> None:
        """Past :data:`MAX_ARTICLE_ELEMENTS`: read the fields so far, then keep the rest as text.

        What was read is freed; from now on each finished element's text is added
        to the body and the element freed, so the article's memory stays bounded.
        """
        article = self.open_element
        assert article is not None
        builder = ArticleBuilder(self.markup.format_name, "factiva")
        self.markup.fill(article, builder)
        builder.problem(
            "factiva.too-many-elements",
            f"the article holds more than {MAX_ARTICLE_ELEMENTS} elements: the fields before"
            " were read, the text after is kept as one body paragraph",
        )
        self.spill = builder
        node: etree._Element | None = element
        while node is not None and node is not article:
            parent = node.getparent()
            if parent is not None:
                for previous in list(node.itersiblings(preceding=True)):
                    parent.remove(previous)
            node = parent

    def _spill_before(self, element: etree._Element) -> None:
        """Add the text of the elements finished before ``element`` to the body, and free them."""
        parent = element.getparent()
        previous = element.getprevious()
        if parent is None or previous is None:
            return
        if previous.getprevious() is not None:  # rare: several at once, in document order
            for earlier in reversed(list(previous.itersiblings(preceding=True))):
                self.spilled.extend((*earlier.itertext(), earlier.tail or ""))
                parent.remove(earlier)
        self.spilled.extend((*previous.itertext(), previous.tail or ""))
        parent.remove(previous)

    def _line(self, number: int, batch: list[_Line]) -> list[_Line]:
        """Return the line ``number`` of the batch or the region, if it is kept."""
        if batch and batch[0][0] <= number <= batch[-1][0]:
            index = number - batch[0][0]
            return [item for item in batch[max(index - 1, 0) : index + 2] if item[0] == number]
        return [item for item in self.region[-3:] if item[0] == number]

    def _emitted(self, offset: int) -> None:
        """Forget the region before the article just read (its text is read again on failure)."""
        self.emitted = offset
        kept = [item for item in self.region if item[1] + len(item[2]) > offset]
        self.region = kept
        self.region_chars = sum(len(item[2]) for item in kept)
        self.region_dropped = 0

    def _locate(self, element: etree._Element, batch: list[_Line]) -> tuple[int, int, int]:
        """Return the offset, line and column where ``element``'s start tag stands."""
        number = self.session_line + (element.sourceline or 1) - 1
        for item in self._line(number, batch):
            start = max(self.last_start + 1 - item[1], 0)
            found = self.markup.article_start.search(item[2], start)
            if found is not None:
                self.last_start = item[1] + found.start()
                return self.last_start, number, found.start() + 1
        first = batch[0] if batch else (self.region[-1] if self.region else (number, 0, ""))
        self.last_start = max(self.last_start, first[1])
        return first[1], first[0], 1

    def _finish(self, builder: ArticleBuilder, provenance: newscore.Provenance) -> newscore.Article:
        if self.bad:
            bad = self._bad_problem()
            builder.problem(bad.code, bad.message)
        article = builder.build(provenance)
        if self.strict:
            for problem in article.problems:
                if problem.severity != "info":
                    line, column = self._position(provenance.line, 1)
                    raise newscore.ParseError(
                        problem.message, code=problem.code, line=line, column=column
                    )
        return article

    def _bad_problem(self) -> newscore.Problem:
        """Report (once) the characters replaced since the last article."""
        first_line, first_column, what = self.bad[0]
        message = (
            f"{len(self.bad)} characters libxml2 cannot read were replaced by U+FFFD"
            f" (the first, {what}, at line {first_line}, column {first_column})"
        )
        self.bad = []
        return newscore.Problem(code="factiva.bad-character", message=message, severity="warning")

    # -- recovery --------------------------------------------------------------

    def _recover(self, message: str) -> Iterator[newscore.Article]:
        """Read the kept region with the recovering parser, one article start at a time."""
        region, dropped = self.region, self.region_dropped
        self._reset_region()
        if not region:
            return
        text = "".join(line[2] for line in region)
        base = region[0]
        holds_emitted = self.emitted >= base[1]
        floor = self.emitted - base[1] if holds_emitted else 0
        stop = self.markup.article_end(text, floor) if holds_emitted else None
        if stop is not None:
            # Start after the article read before the failure.
            floor, holds_emitted = stop, False
        cuts = [found.start() for found in self.markup.article_start.finditer(text, floor)]
        bounds = [floor, *(cut for cut in cuts if cut > floor), len(text)]
        for index in range(len(bounds) - 1):
            start, end = bounds[index], bounds[index + 1]
            if holds_emitted and index == 0:
                continue  # the article read before the failure
            piece = text[start:end]
            last = index == len(bounds) - 2
            line = base[0] + len(_LINE_END.findall(text, 0, start))
            yield from self._recover_piece(
                piece, base[1] + start, line, message, dropped if last else 0
            )

    def _recover_piece(
        self, piece: str, offset: int, line: int, message: str, dropped: int
    ) -> Iterator[newscore.Article]:
        if not _TAG.sub("", piece).strip().strip("\ufeff"):
            return  # only markup (stray end tags): nothing of an article to keep
        root: etree._Element | None
        try:
            root = etree.fromstring(self.markup.wrap(piece), self.markup.recovering_parser())
        except etree.XMLSyntaxError:  # pragma: no cover - recover mode rarely gives up
            root = None
        elements = [] if root is None else _outermost(root, self.markup.is_article)
        builders: list[ArticleBuilder] = []
        for element in elements:
            builder = ArticleBuilder(self.markup.format_name, "factiva")
            self.markup.fill(element, builder)
            if builder.has_text:
                builders.append(builder)
        if not builders or root is None:
            yield self._unreadable(piece, offset, line, message, dropped)
            return
        for builder in builders:
            self.count += 1
            builder.problem(
                "factiva.recovered",
                f"read back from broken markup ({message}); fields may be missing",
            )
            provenance = newscore.Provenance(
                offset=offset, line=line, element=self.markup.element_path(None, self.count)
            )
            yield self._finish(builder, provenance)
        read_to_the_end = _kept_to_the_end(piece, "".join(root.itertext()))
        for element in elements:
            element.clear(keep_tail=True)
        leftover = collapse("".join(root.itertext()))
        if leftover or not read_to_the_end:
            # Text outside the articles read back, or past where the parser stopped.
            yield self._unreadable(
                piece, offset, line, f"{message}; text outside the articles", dropped
            )

    def _unreadable(
        self, piece: str, offset: int, line: int, message: str, dropped: int
    ) -> newscore.Article:
        start, end = trimmed(piece, 0, len(piece))
        span = newscore.Span(start=start, end=end)
        if dropped:
            message = (
                f"{message}; {dropped} characters past the first {MAX_REGION_CHARS} were not kept"
            )
        problem = newscore.Problem(
            code="factiva.unreadable",
            message=f"this text could not be read as an article: {message}",
            severity="error",
            span=span,
        )
        self.count += 1
        problems = [problem]
        if self.bad:
            problems.append(self._bad_problem())
        return newscore.Article(
            raw=piece,
            format=self.markup.format_name,
            sections=(newscore.Section.unlabelled(kind="body", raw=piece, span=span),),
            problems=problems,
            provenance=newscore.Provenance(offset=offset, line=line),
        )


def _kept_to_the_end(piece: str, read: str) -> bool:
    """Tell whether the recovering parser, which read the text ``read``, reached ``piece``'s end."""
    words = collapse(html.unescape(_TAG.sub(" ", piece))).split()
    return not words or words[-1] in read


def _outermost(
    root: etree._Element, is_article: Callable[[etree._Element], bool]
) -> list[etree._Element]:
    return [
        element
        for element in root.iter()
        if is_article(element) and not any(is_article(a) for a in element.iterancestors())
    ]


def _release(element: etree._Element) -> None:
    """Free what the parser built so far, so that long exports stream in little memory."""
    element.clear(keep_tail=True)
    for node in (element, *element.iterancestors()):
        parent = node.getparent()
        while parent is not None and node.getprevious() is not None:
            del parent[0]
