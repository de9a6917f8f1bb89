"""The real Reuters-21578 files: counts, titles, dates, and the article contract."""

from __future__ import annotations

import collections
import io
from pathlib import Path

import newscore
import pytest
import regex
from newscore.testing.contract import check_article

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "reuters"
SGML = CORPUS / "sgml" / "reut2-000.sgm"


@pytest.fixture(scope="module")
def articles() -> list[newscore.Article]:
    assert SGML.exists(), f"the corpus file {SGML} is missing"
    return list(newscore.read(SGML, extract=False))


def _stories(path: Path) -> list[str]:
    text = path.read_bytes().decode("latin-1")
    found: list[str] = regex.findall(r"<REUTERS\b(?:[^<]++|<(?!/REUTERS>))*+</REUTERS>", text)
    return found


def test_reuters21578_file_is_detected_from_its_bytes() -> None:
    assert newscore.detect(SGML.read_text(encoding="latin-1"))[0].format == "reuters21578"


def test_reuters21578_reads_exactly_1000_articles(articles: list[newscore.Article]) -> None:
    assert len(articles) == 1000
    assert {article.format for article in articles} == {"reuters21578"}
    assert [article.meta["document_id"] for article in articles] == [
        str(number) for number in range(1, 1001)
    ]


def test_reuters21578_titles_match_an_independent_count(articles: list[newscore.Article]) -> None:
    stories = _stories(SGML)
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


def test_reuters21578_fields_land_in_meta(articles: list[newscore.Article]) -> None:
    first = articles[0]
    assert first.meta["topics"] == ("cocoa",)
    assert first.meta["places"] == ("el-salvador", "usa", "uruguay")
    assert first.meta["people"] == ()
    assert first.meta["dateline_tag"] == "SALVADOR, Feb 26 -"
    assert first.meta["dateline_places"] == ("SALVADOR",)
    assert (first.meta["dateline_month"], first.meta["dateline_day"]) == (2, 26)
    assert first.lead is not None
    assert first.lead.startswith("Showers continued")


def test_reuters21578_articles_keep_the_contract(articles: list[newscore.Article]) -> None:
    for article in articles:
        check_article(article)
        kinds = {section.kind for section in article.sections}
        assert "meta" in kinds
        assert article.provenance is not None


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
    unprocessed = next(a for a in articles if a.meta.get("text_type") == "UNPROC")
    assert unprocessed.title is None
    assert unprocessed.lead is not None
    assert unprocessed.lead.startswith("FEDERAL RESERVE")


def test_reuters21578_reads_from_a_binary_stream_and_odd_bytes() -> None:
    data = SGML.read_bytes()[:20000]
    cut = data.rindex(b"</REUTERS>") + len(b"</REUTERS>\n")
    damaged = data[:cut].replace(b"Showers", b"Sh\xf6wers\x81")
    found = list(newscore.read(io.BytesIO(damaged), extract=False))
    assert found[0].lead is not None
    assert found[0].lead.startswith("Sh\u00f6wers\u0081")
    assert len(found) == data[:cut].count(b"</REUTERS>")


def test_reuters21578_xml_collection_of_ten() -> None:
    path = CORPUS / "reuters-21578.xml"
    assert path.exists()
    found = list(newscore.read(path, extract=False))
    assert len(found) == len(_stories(path)) == 10
    assert found[0].title == "BAHIA COCOA REVIEW"
    assert found[0].meta["dateline_places"] == ("SALVADOR",)
    assert all(article.date is not None for article in found)
    for article in found:
        check_article(article)


@pytest.mark.parametrize(("folder", "count"), [("crude", 4), ("acq", 2)])
def test_reuters21578_single_story_xml_files(folder: str, count: int) -> None:
    paths = sorted((CORPUS / folder).glob("*.xml"))
    assert len(paths) == count
    for path in paths:
        found = list(newscore.read(path, extract=False))
        assert len(found) == 1, path
        article = found[0]
        assert article.format == "reuters21578"
        assert article.title
        assert article.date is not None
        assert article.meta["document_id"]
        check_article(article)
    crude = next(iter(newscore.read(CORPUS / "crude" / "reut-00002.xml", extract=False)))
    assert crude.meta["author"] == "BY TED D'AFFLISIO, Reuters"
    assert '"The movement' in crude.raw
