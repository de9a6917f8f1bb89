"""Recognising a Europresse page from its text."""

from __future__ import annotations

__all__ = ["CLASS_MARKS", "sniff"]

CLASS_MARKS = ("DocPublicationName", "TitreArticleVisu", "titreArticleVisu", "docOcurrContainer")
"""Class names that only Europresse pages use."""

_SITE_MARKS = ("europresse.com", "eureka.cc")


def sniff(text: str) -> float:
    """Answer 0.99 for markup holding a Europresse class, 0.9 for one naming its site."""
    if "<" not in text:
        return 0.0
    if any(mark in text for mark in CLASS_MARKS):
        return 0.99
    lowered = text.lower()
    if "<html" in lowered and any(mark in lowered for mark in _SITE_MARKS):
        return 0.9
    return 0.0
