"""Write an article as a ninjs 1.x item, with :mod:`json`.

What is written: ``uri`` (``meta["uri"]``, else a ``urn:newscore:`` name made
from the text), ``type: text``, ``versioncreated`` (the date, with the time of
``meta["datetime"]`` when it is the same day), ``headline``, ``byline``,
``located`` (the dateline place), ``slugline``, ``keywords``, ``subject`` and
``body_text``: the sections' paragraphs, separated by blank lines. Reading the
result gives back the title, the date and the body paragraphs' texts.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import newscore
from newscore.toolkit import paragraphs
from newscore_wire._nitf_write import meta_text, timestamp

__all__ = ["write"]


def _body(article: newscore.Article) -> str:
    texts = [
        " ".join(section.text[paragraph.start : paragraph.end].split())
        for section in article.sections
        for paragraph in paragraphs(section.text)
    ]
    return "\n\n".join(texts)


def write(article: newscore.Article, options: newscore.WriteOptions) -> str:
    """Render ``article`` as one ninjs item (a JSON object, indented)."""
    digest = hashlib.sha256(article.raw.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    item: dict[str, Any] = {
        "uri": meta_text(article.meta.get("uri")) or f"urn:newscore:{digest}",
        "type": "text",
    }
    created = timestamp(article)
    if created:
        item["versioncreated"] = created
    if article.title:
        item["headline"] = article.title
    for key, meta_key in (
        ("byline", "byline"),
        ("located", "dateline_place"),
        ("slugline", "slug"),
        ("language", "language"),
    ):
        value = meta_text(article.meta.get(meta_key))
        if value:
            item[key] = value
    keywords = article.meta.get("keywords")
    if isinstance(keywords, tuple) and keywords:
        item["keywords"] = list(keywords)
    subjects = article.meta.get("subjects")
    if isinstance(subjects, tuple) and subjects:
        item["subject"] = [{"name": name} for name in subjects]
    body = _body(article)
    if body:
        item["body_text"] = body
    return json.dumps(item, ensure_ascii=False, indent=2) + "\n"
