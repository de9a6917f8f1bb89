"""Stable identifiers for the statements and sources of an article.

An article's id (:attr:`~newscore.Article.id`) hashes its format, text and
provenance. A statement's id adds where its content stands
(``"<article id>:s<start>-<end>"``); a source's adds where its name stands
(``"<article id>:src<start>-<end>"``). Both are readable back into the text,
and the same in every run. When two statements or sources of one article
would share an id, the later ones get ``~2``, ``~3``... in text order. A
statement citing a source that the article lists under the same name (another
mention of it) carries that source's id.
"""

from __future__ import annotations

import attrs

from newscore.model import Article, Source, Span, Statement

__all__ = ["identify"]


def identify(article: Article) -> Article:
    """Return ``article`` with an :attr:`~newscore.Statement.id` on every statement and source.

    :func:`newscore.parse`, :func:`newscore.read` and :func:`newscore.read_many`
    return identified articles; call this on articles built by hand or read
    from JSON written before ids existed. Only missing ids are filled: an
    article read back from its native JSON keeps the ids it was written
    with, and calling this twice changes nothing.
    """
    if _identified(article):
        return article
    prefix = article.id
    taken: dict[str, int] = {}
    sources = tuple(_identified_source(source, prefix, taken) for source in article.sources)
    members = _chain_members(sources)
    known = {_without_id(source): source for source in members}
    named: dict[str, str | None] = {}
    for source in members:
        named.setdefault(source.name.casefold(), source.id)
    statements = tuple(
        _identified_statement(statement, prefix, taken, known, named)
        for statement in article.statements
    )
    return attrs.evolve(article, sources=sources, statements=statements)


def _identified(article: Article) -> bool:
    sources = _chain_members(article.sources)
    sources += [s for statement in article.statements if (s := statement.source) is not None]
    return all(s.id is not None for s in article.statements) and all(
        s.id is not None for s in sources
    )


def _unique(key: str, taken: dict[str, int]) -> str:
    seen = taken.get(key, 0) + 1
    taken[key] = seen
    return key if seen == 1 else f"{key}~{seen}"


def _where(span: Span) -> str:
    return f"{span.start}-{span.end}"


def _identified_source(source: Source, prefix: str, taken: dict[str, int]) -> Source:
    place = source.name_span if source.name_span is not None else source.span
    own = _unique(f"{prefix}:src{_where(place)}", taken)
    via = None if source.via is None else _identified_source(source.via, prefix, taken)
    return attrs.evolve(source, id=source.id or own, via=via)


def _chain_members(sources: tuple[Source, ...]) -> list[Source]:
    members: list[Source] = []
    for source in sources:
        link: Source | None = source
        while link is not None:
            members.append(link)
            link = link.via
    return members


def _without_id(source: Source) -> Source:
    via = None if source.via is None else _without_id(source.via)
    return attrs.evolve(source, id=None, via=via)


def _identified_statement(
    statement: Statement,
    prefix: str,
    taken: dict[str, int],
    known: dict[Source, Source],
    named: dict[str, str | None],
) -> Statement:
    place = statement.content_span if statement.content_span is not None else statement.span
    own = statement.id or _unique(f"{prefix}:s{_where(place)}", taken)
    source = statement.source
    if source is not None:
        listed = known.get(_without_id(source))
        if listed is not None:  # the very source listed on the article, ids and all
            source = listed
        elif source.id is None and named.get(source.name.casefold()):
            # Another mention of a listed source: the same id, so that tables join.
            source = attrs.evolve(source, id=named[source.name.casefold()])
        else:
            source = _identified_source(source, prefix, taken)
    return attrs.evolve(statement, id=own, source=source)
