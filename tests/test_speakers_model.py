"""The speakers of an article: :class:`newscore.Entity`, the host's merge, the JSON form."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

import newscore
from newscore import Article, Entity, Extraction, Extractor, Section, Span, Speaker, Statement
from newscore.registry import ExtractorRegistry
from newscore.testing.contract import check_article

RAW = "Anna Berg said taxes rise. Berg said so."
WHOLE = Span(start=0, end=len(RAW))
LEAD = (Section(kind="lead", label=None, text=RAW, span=WHOLE, text_span=WHOLE),)


def _statement(start: int, end: int, entity: int | None) -> Statement:
    return Statement(
        speaker=Speaker(name="Anna Berg"),
        cue="said",
        content="x",
        span=Span(start=start, end=end),
        speaker_span=Span(start=start, end=start + 4),
        resolution="named",
        resolved_from=Span(start=0, end=9),
        frame="speaker-cue-content",
        entity=entity,
    )


BERG = Entity(name="Anna Berg", kind="person", roles=["minister"], mentions=[Span(start=0, end=9)])


class _Plugin:
    def __init__(self, name: str, found: Extraction) -> None:
        self.name, self.found = name, found

    @newscore.hookimpl
    def newscore_register_extractors(self, registry: ExtractorRegistry) -> None:
        registry.add(
            Extractor(
                name=self.name,
                summary="test",
                languages=("*",),
                extract=lambda article: self.found,
            )
        )


def _host(*found: Extraction) -> newscore.PluginHost:
    plugins = tuple((f"p{i}", _Plugin(f"x{i}", f)) for i, f in enumerate(found))
    return newscore.PluginHost(entry_points=False, builtins=False, plugins=plugins)


def test_entity_converts_sequences_and_is_frozen() -> None:
    assert BERG.roles == ("minister",)
    assert BERG.mentions == (Span(start=0, end=9),)
    assert hash(BERG) == hash(attrs.evolve(BERG))


def test_host_merges_entities_of_one_name_and_remaps_statement_indices() -> None:
    other = Entity(name="Bob Lane", kind="person", mentions=[Span(start=27, end=31)])
    surname = Entity(name="anna berg", kind="person", mentions=[Span(start=27, end=31)])
    first = Extraction(statements=(_statement(0, 26, 0),), speakers=(BERG,))
    second = Extraction(statements=(_statement(27, 40, 1),), speakers=(other, surname))
    article = _host(first, second).extract(Article(raw=RAW, format="plain", sections=LEAD))
    assert [e.name for e in article.speakers] == ["Anna Berg", "Bob Lane"]
    assert article.speakers[0].mentions == (Span(start=0, end=9), Span(start=27, end=31))
    assert [s.entity for s in article.statements] == [0, 0]
    check_article(article)


def test_extracting_twice_adds_no_speaker() -> None:
    host = _host(Extraction(statements=(_statement(0, 26, 0),), speakers=(BERG,)))
    once = host.extract(Article(raw=RAW, format="plain", sections=LEAD))
    assert host.extract(once) == once


def test_an_index_past_the_extractors_speakers_is_dropped() -> None:
    article = _host(Extraction(statements=(_statement(0, 26, 3),))).extract(
        Article(raw=RAW, format="plain", sections=LEAD)
    )
    assert article.statements[0].entity is None


@given(st.integers(min_value=0, max_value=50))
def test_shifted_moves_mentions_and_resolved_from(offset: int) -> None:
    article = Article(
        raw=RAW, format="plain", sections=LEAD, statements=[_statement(0, 26, 0)], speakers=[BERG]
    )
    bigger = " " * offset + RAW
    moved = article.shifted(offset, raw=bigger)
    assert moved.speakers[0].mentions[0].of(bigger) == "Anna Berg"
    assert moved.statements[0].resolved_from is not None
    assert moved.statements[0].resolved_from.of(bigger) == "Anna Berg"
    check_article(moved)


def test_json_round_trip_keeps_speakers_and_reads_version_1() -> None:
    article = Article(
        raw=RAW, format="plain", sections=LEAD, statements=[_statement(0, 26, 0)], speakers=[BERG]
    )
    data = newscore.to_dict(article)
    assert data["schema_version"] == newscore.SCHEMA_VERSION
    assert newscore.from_dict(data) == article
    old = {k: v for k, v in data.items() if k != "speakers"}
    old["schema_version"] = 1
    for statement in old["statements"]:
        for key in ("frame", "resolution", "resolved_from", "entity"):
            del statement[key]
    assert newscore.from_dict(old).speakers == ()


def test_check_article_rejects_an_entity_index_out_of_range() -> None:
    article = Article(raw=RAW, format="plain", statements=[_statement(0, 26, 2)])
    try:
        check_article(article)
    except AssertionError as error:
        assert "entity 2" in str(error)
    else:
        raise AssertionError("check_article accepted a dangling entity index")


def test_statements_link_to_the_interview_their_speaker_gave() -> None:
    text = (
        "date 2025-08-30 Russian leader Vladimir Putin said the talks went well. "
        "Putin added that trade was growing.\n\n"
        "Source: Putin's interview with the news agency Xinhua\n"
    )
    article = newscore.parse(text)
    assert article.statements
    for statement in article.statements:
        assert statement.source is not None
        assert statement.source.kind == "interview"
        assert "Putin" in statement.source.description
