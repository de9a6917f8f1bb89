"""The ``proquest-eml`` format: ProQuest's "email results" delivery, a MIME message.

The message is read with :mod:`email` (``policy.default``): its HTML part,
decoded from quoted-printable or base64 and from its charset, is the results
page that :func:`newscore_proquest._html.read_html` reads. From a binary file
(:func:`decode`) the message is parsed from its bytes; given as text
(:func:`read`), from the text. The message's ``Subject``, ``Date`` and
``From`` go to every article's ``meta`` when the text is read; :func:`decode`
hands on only the page.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import io
from collections.abc import Iterable, Iterator
from email.parser import BytesParser, HeaderParser
from typing import BinaryIO

import attrs

import newscore
from newscore.toolkit import ArticleBuilder, position_of
from newscore_proquest._html import bounded, read_html

__all__ = ["FORMAT_NAME", "MAX_MESSAGE_BYTES", "decode", "read", "sniff", "sniff_bytes"]

FORMAT_NAME = "proquest-eml"
"""The format's name."""

MAX_MESSAGE_BYTES = 64 * 1024 * 1024
"""The largest message read (64 MiB); a larger one is a ``proquest.too-long`` error."""

_HEADERS = (("subject", "email_subject"), ("date", "email_date"), ("from", "email_from"))


def _without_surrogates(text: str) -> str:
    """Replace lone surrogates, which no codec of the e-mail parser can encode."""
    return text.encode("utf-8", errors="replace").decode("utf-8")


def sniff(text: str) -> float:
    """Answer 0.95 for a MIME message from ProQuest that holds HTML."""
    head = text[: 16 * 1024]
    if head[:1].isspace() or head.lstrip()[:1] == "<":
        return 0.0
    head = _without_surrogates(head)
    lowered = head.lower()
    if "proquest" not in lowered or "text/html" not in lowered:
        return 0.0
    headers = HeaderParser(policy=email.policy.compat32).parsestr(head, headersonly=True)
    if headers.get("MIME-Version") is None and headers.get("Content-Type") is None:
        return 0.0
    return 0.95


def sniff_bytes(head: bytes) -> float:
    """Answer :func:`sniff` for the head of a file (headers are ASCII)."""
    if b"\x00" in head:
        return 0.0
    return sniff(head.decode("latin-1"))


def _page(message: email.message.EmailMessage) -> str:
    part = message.get_body(preferencelist=("html",))
    if part is None:
        raise newscore.ParseError(
            "the message has no HTML part", code="proquest.no-html", line=1, column=1
        )
    content = part.get_content()
    return content if isinstance(content, str) else ""


def decode(binary: BinaryIO) -> Iterator[str]:
    """Return the lines of the message's HTML page.

    :raises newscore.ParseError: ``proquest.too-long`` past
        :data:`MAX_MESSAGE_BYTES`, ``proquest.no-html`` without an HTML part.
    """
    data = binary.read(MAX_MESSAGE_BYTES + 1)
    if len(data) > MAX_MESSAGE_BYTES:
        raise newscore.ParseError(
            f"the message passes {MAX_MESSAGE_BYTES} bytes",
            code="proquest.too-long",
            line=1,
            column=1,
        )
    message = BytesParser(policy=email.policy.default).parsebytes(data)
    assert isinstance(message, email.message.EmailMessage)  # policy.default makes them
    return iter(_page(message).splitlines(keepends=True))


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read a ProQuest e-mail (as text, or its page as :func:`decode` gave it) into articles."""
    text, dropped = bounded(lines)
    if not text.strip():
        return
    if text.lstrip()[:1] == "<":  # the page itself, from decode
        yield from read_html(io.StringIO(text, newline=""), options, FORMAT_NAME)
        return
    message = email.message_from_string(_without_surrogates(text), policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    try:
        fields = {key: str(message.get(name)) for name, key in _HEADERS if message.get(name)}
        page = _page(message)
    except (ValueError, IndexError, TypeError, LookupError) as error:
        # A header or MIME structure the e-mail parser cannot make sense of.
        if isinstance(error, newscore.ParseError):
            found = error
        else:
            found = newscore.ParseError(str(error), code="proquest.bad-message", line=1, column=1)
        if options.strict:
            raise found from None
        # The message's text is kept as the body: nothing of it is read, nothing is dropped.
        builder = ArticleBuilder(FORMAT_NAME, "proquest")
        builder.add("body", text)
        builder.problem(found.code, found.message, severity="error")
        yield builder.build(newscore.Provenance(origin=options.origin))
        return
    for article in _located(read_html(io.StringIO(page, newline=""), options, FORMAT_NAME), text):
        meta = {**fields, **article.meta}
        problems = article.problems
        if dropped:
            problems = (
                *problems,
                newscore.Problem(
                    code="proquest.too-long", message=f"{dropped} characters were not read"
                ),
            )
        yield attrs.evolve(article, meta=meta, problems=problems)


def _located(articles: Iterator[newscore.Article], message: str) -> Iterator[newscore.Article]:
    """Yield ``articles``; a strict error in the decoded page is raised at the HTML part's line.

    The page is the message's quoted-printable HTML decoded, so a place in it is
    no place in the message: the error names the line where that part begins.
    """
    try:
        yield from articles
    except newscore.ParseError as error:
        start = message.lower().find("content-type: text/html")
        line, _ = position_of(message, max(start, 0))
        raise newscore.ParseError(
            f"{error.message} (in the HTML part that starts on this line)",
            code=error.code,
            line=line,
        ) from error
