"""The ``plain`` format: the fallback for text with no recognisable layout.

A pasted paragraph, or a headline and a few paragraphs: an optional headline
line and date line, the lead (the first paragraph), and everything after it
as one ``body`` section. It reads any ``str`` without failing.
"""

from __future__ import annotations

import newscore
from newscore.toolkit import format_date, paragraphs, read_head, trimmed

PLAIN_CONFIDENCE = 0.1
"""What ``plain`` answers for any non-blank text: any format that recognises more wins."""


def sniff(text: str) -> float:
    """Answer :data:`PLAIN_CONFIDENCE` for any text with a non-blank character."""
    return PLAIN_CONFIDENCE if text.strip() else 0.0


def parse(text: str, options: newscore.ReadOptions) -> newscore.Article:
    """Read ``text`` as a headline, a date, a lead paragraph and a body."""
    head = read_head(text, code_prefix="plain")
    found = paragraphs(text, head.lead_start, limit=2)
    sections: list[newscore.Section] = []
    lead_span: newscore.Span | None = None
    if found:
        lead_span = found[0].span
        sections.append(newscore.Section.unlabelled(kind="lead", raw=text, span=lead_span))
    if len(found) > 1:
        # The body runs to the last paragraph's end: the last character that is not space.
        start, end = trimmed(text, found[1].start, len(text))
        body = newscore.Span(start=start, end=end)
        sections.append(newscore.Section.unlabelled(kind="body", raw=text, span=body))
    meta: dict[str, newscore.MetaValue] = {}
    if head.date is not None and head.date.time is not None:
        meta["time"] = head.date.time.isoformat()
    return newscore.Article.from_spans(
        raw=text,
        format="plain",
        date=head.date.date if head.date is not None else None,
        sections=sections,
        meta=meta,
        problems=head.problems,
        title_span=head.title,
        date_span=head.date_span,
        lead_span=lead_span,
    )


def write(article: newscore.Article, options: newscore.WriteOptions) -> str:
    """Write the headline, the date (``30 August 2025``), then every section's text."""
    blocks: list[str] = []
    if article.title:
        blocks.append(" ".join(article.title.split()))
    if article.date is not None:
        blocks.append(format_date(article.date, "long", "en"))
    texts = [section.text for section in article.sections if section.text.strip()]
    if not texts and article.lead:
        texts = [article.lead]
    blocks.extend(text.replace("\r\n", "\n").replace("\r", "\n") for text in texts)
    return "\n\n".join(blocks) + "\n"


PLAIN = newscore.Format(
    name="plain",
    summary="any text: optional headline and date, a lead paragraph and a body",
    sniff=sniff,
    parse=parse,
    write=write,
    extensions=(".txt",),
)


@newscore.hookimpl
def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
    """Register the ``plain`` format."""
    registry.add(PLAIN)
