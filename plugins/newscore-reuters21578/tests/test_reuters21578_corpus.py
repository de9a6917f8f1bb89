"""The real Reuters-21578 files: counts, titles, dates, and the article contract."""

from __future__ import annotations

import collections
import io
from pathlib import Path

import newscore
import pytest
import regex
from newscore.testing.contract import check_article
from newscore.testing.corpus import shared_path

from _isolated import HOST


def _sgml() -> Path:
    return shared_path("corpus", "reuters", "sgml", "reut2-000.sgm", anchor=__file__)


@pytest.fixture(scope="module")
def articles() -> list[newscore.Article]:
    return list(HOST.read(_sgml(), extract=False))


def _stories(path: Path) -> list[str]:
    text = path.read_bytes().decode("latin-1")
    found: list[str] = regex.findall(r"<REUTERS\b(?:[^<]++|<(?!/REUTERS>))*+</REUTERS>", text)
    return found


def test_reuters21578_file_is_detected_from_its_bytes() -> None:
    text = _sgml().read_bytes().decode("latin-1")
    assert HOST.detect(text)[0].format == "reuters21578"


def test_reuters21578_reads_exactly_1000_articles(articles: list[newscore.Article]) -> None:
    assert len(articles) == 1000
    assert {article.format for article in articles} == {"reuters21578"}
    assert [article.meta["document_id"] for article in articles] == [
        str(number) for number in range(1, 1001)
    ]


def test_reuters21578_titles_match_an_independent_count(articles: list[newscore.Article]) -> None:
    stories = _stories(_sgml())
    with_title = [bool(regex.search(r"<TITLE>[^<]*+</TITLE>", story)) for story in stories]
    assert len(stories) == 1000
    assert sum(with_title) == 985
    assert [article.title is not None for article in articles] == with_title
    assert articles[0].title == "BAHIA COCOA REVIEW"


def test_reuters21578_every_article_has_its_date(articles: list[newscore.Article]) -> None:
    assert all(article.date is not None for article in articles)
    assert articles[0].date is not None
    assert articles[0].date.isoformat() == "1987-02-26"
    assert articles[0].meta["time"] == "15:01:01.790000"
    assert articles[0].meta["date_text"] == "26-FEB-1987 15:01:01.79"


def test_reuters21578_raw_is_text_content_without_labels(
    articles: list[newscore.Article],
) -> None:
    first = articles[0]
    assert first.raw.startswith("BAHIA COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued")
    assert first.raw.endswith("Reuter")
    for article, story in zip(articles, _stories(_sgml()), strict=True):
        assert "DATE:" not in article.raw
        assert "NEWID" not in article.raw
        # A "<" in raw is an escaped one in the markup, never a tag.
        assert "<" not in article.raw or "&lt;" in story


def test_reuters21578_fields_land_in_meta(articles: list[newscore.Article]) -> None:
    first = articles[0]
    assert first.meta["topics"] == ("cocoa",)
    assert first.meta["topics_attribute"] == "YES"
    assert first.meta["places"] == ("el-salvador", "usa", "uruguay")
    assert first.meta["people"] == ()
    assert first.meta["old_id"] == "5544"
    assert first.meta["lewis_split"] == "TRAIN"
    assert first.meta["cgi_split"] == "TRAINING-SET"
    assert first.meta["unknown"] == "C T\nf0704reute\nu f BC-BAHIA-COCOA-REVIEW   02-26 0105"
    assert first.meta["dateline_tag"] == "SALVADOR, Feb 26 -"
    assert first.meta["dateline_places"] == ("SALVADOR",)
    assert (first.meta["dateline_month"], first.meta["dateline_day"]) == (2, 26)
    assert first.lead is not None
    assert first.lead.startswith("Showers continued")


def test_reuters21578_provenance_locates_each_element(articles: list[newscore.Article]) -> None:
    text = _sgml().read_bytes().decode("latin-1")
    lines = text.splitlines(keepends=True)
    for article in articles[:50]:
        provenance = article.provenance
        assert provenance is not None
        assert provenance.element == f"REUTERS[NEWID={article.meta['document_id']}]"
        assert text[provenance.offset :].startswith("<REUTERS ")
        assert lines[provenance.line - 1].startswith("<REUTERS ")


def test_reuters21578_articles_keep_the_contract(articles: list[newscore.Article]) -> None:
    for article in articles:
        check_article(article)
        for value in article.meta.values():
            assert value is None or isinstance(value, (str, int, float, bool, tuple))


def test_reuters21578_only_expected_problems(articles: list[newscore.Article]) -> None:
    codes = collections.Counter(problem.code for a in articles for problem in a.problems)
    # The only doubts left are datelines the dateline format could not read.
    assert set(codes) <= {"dateline.missing"}


def test_reuters21578_briefs_and_unprocessed_stories_are_articles(
    articles: list[newscore.Article],
) -> None:
    kinds = collections.Counter(article.meta.get("text_type") for article in articles)
    assert kinds == {None: 925, "BRIEF": 60, "UNPROC": 15}
    brief = next(a for a in articles if a.meta.get("text_type") == "BRIEF")
    assert brief.title == "ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS IN LATEST WEEK"
    assert str(brief.meta["brief_mark"]).startswith("*")
    unprocessed = next(a for a in articles if a.meta.get("text_type") == "UNPROC")
    assert unprocessed.title is None
    assert unprocessed.lead is not None
    assert unprocessed.lead.startswith("FEDERAL RESERVE")


def test_reuters21578_reads_from_a_binary_stream_and_odd_bytes() -> None:
    data = _sgml().read_bytes()[:20000]
    cut = data.rindex(b"</REUTERS>") + len(b"</REUTERS>\n")
    damaged = data[:cut].replace(b"Showers", b"Sh\xf6wers\x81")
    found = list(HOST.read(io.BytesIO(damaged), extract=False))
    assert found[0].lead is not None
    assert found[0].lead.startswith("Sh\u00f6wers\u0081")
    assert len(found) == data[:cut].count(b"</REUTERS>")


def test_reuters21578_xml_collection_of_ten() -> None:
    path = shared_path("corpus", "reuters", "reuters-21578.xml", anchor=__file__)
    found = list(HOST.read(path, extract=False))
    assert len(found) == len(_stories(path)) == 10
    assert found[0].title == "BAHIA COCOA REVIEW"
    assert found[0].meta["dateline_places"] == ("SALVADOR",)
    assert all(article.date is not None for article in found)
    for article in found:
        check_article(article)
        assert not article.problems or {p.code for p in article.problems} <= {"dateline.missing"}


@pytest.mark.parametrize(
    "name",
    [
        "crude/reut-00002.xml",
        "crude/reut-00007.xml",
        "crude/reut-00008.xml",
        "crude/reut-00010.xml",
        "acq/reut-00007.xml",
        "acq/reut-00026.xml",
    ],
)
def test_reuters21578_single_story_xml_files(name: str) -> None:
    path = shared_path("corpus", "reuters", *name.split("/"), anchor=__file__)
    found = list(HOST.read(path, extract=False))
    assert len(found) == 1, path
    article = found[0]
    assert article.format == "reuters21578"
    assert article.title
    assert article.date is not None
    assert article.meta["document_id"]
    assert article.meta["people"] == () or isinstance(article.meta["people"], tuple)
    check_article(article)
    if name == "crude/reut-00002.xml":
        assert article.meta["author"] == "BY TED D'AFFLISIO, Reuters"
        assert '"The movement' in article.raw
