"""Property tests: the XML writer round-trips, broken XML never raises."""

from __future__ import annotations

import datetime
import io
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newscore
from newscore.testing.contract import check_article

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "factiva"

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéüß", min_size=1, max_size=9)
_SENTENCE = st.lists(_WORD, min_size=1, max_size=12).map(lambda words: " ".join(words) + ".")
_TITLE = st.lists(_WORD, min_size=1, max_size=8).map(lambda words: " ".join(words).capitalize())
_NAME = st.lists(_WORD, min_size=1, max_size=3).map(
    lambda words: " ".join(word.capitalize() for word in words)
)


@st.composite
def _articles(draw: st.DrawFn) -> newscore.Article:
    title = draw(_TITLE)
    date = draw(st.dates(datetime.date(1950, 1, 1), datetime.date(2099, 12, 31)))
    lead = draw(_SENTENCE)
    body = draw(st.lists(_SENTENCE, max_size=4))
    outlet = draw(st.sampled_from(["Reuters", "The Daily Test", "dpa"]) | _NAME)
    byline = draw(st.none() | _NAME.map(lambda name: "By " + name))
    raw = "\n\n".join([lead, *body])
    lead_span = newscore.Span(start=0, end=len(lead))
    sections = [
        newscore.Section(kind="lead", label=None, text=lead, span=lead_span, text_span=lead_span)
    ]
    if body:
        start = len(lead) + 2
        span = newscore.Span(start=start, end=len(raw))
        sections.append(
            newscore.Section(kind="body", label=None, text=span.of(raw), span=span, text_span=span)
        )
    meta: dict[str, newscore.MetaValue] = {"outlet": outlet}
    if byline:
        meta["byline"] = byline
    return newscore.Article(
        raw=raw, format="plain", title=title, date=date, sections=sections, meta=meta
    )


def _paragraphs(article: newscore.Article, kind: str) -> list[str]:
    section = article.section(kind)
    if section is None:
        return []
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", section.text) if p.strip()]


@given(_articles())
def test_written_xml_reads_back(article: newscore.Article) -> None:
    xml = newscore.render(article, "factiva-xml")
    (back,) = newscore.read(io.StringIO(xml), format="factiva-xml", extract=False)
    check_article(back)
    assert back.format == "factiva-xml"
    assert back.title == article.title
    assert back.date == article.date
    assert _paragraphs(back, "lead") == _paragraphs(article, "lead")
    assert _paragraphs(back, "body") == _paragraphs(article, "body")
    assert back.meta["outlet"] == article.meta["outlet"]
    assert back.sources[0].name == article.meta["outlet"]
    assert back.meta.get("byline") == article.meta.get("byline")
    assert newscore.detect(xml)[0].format == "factiva-xml"
    # A fixed point after one pass.
    assert newscore.render(back, "factiva-xml") == newscore.render(
        newscore.parse(newscore.render(back, "factiva-xml"), extract=False), "factiva-xml"
    )


_LINES = (CORPUS / "factiva_test.xml").read_text(encoding="utf-8").splitlines(keepends=True)
_IDS = re.compile(r"<accessionNo>([^<]+)</accessionNo>")


@st.composite
def _corruptions(draw: st.DrawFn) -> tuple[list[str], set[int]]:
    """Delete, insert or duplicate random lines; return the lines and those touched."""
    lines = [(line, index) for index, line in enumerate(_LINES)]
    touched: set[int] = set()
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "insert", "duplicate"]))
        touched.add(lines[position][1])
        if position:
            touched.add(lines[position - 1][1])
        if action == "delete":
            del lines[position]
        elif action == "duplicate":
            lines.insert(position, lines[position])
        else:
            noise = draw(st.sampled_from(_LINES) | st.text(max_size=30).map(lambda t: t + "\n"))
            lines.insert(position, (noise, lines[position][1]))
        if not lines:
            lines = [("\n", 0)]
    return [line for line, _ in lines], touched


def _intact_ids(touched: set[int]) -> set[str]:
    """Accession numbers of the articles none of whose lines was touched."""
    ids: set[str] = set()
    start = 0
    for index, line in enumerate(_LINES):
        if "<ppsarticle>" in line:
            start = index
        if "</ppsarticle>" in line and not touched & set(range(start, index + 2)):
            found = _IDS.search("".join(_LINES[start:index]))
            if found:
                ids.add(found.group(1))
    return ids


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(_corruptions())
def test_corrupted_export_never_raises(corruption: tuple[list[str], set[int]]) -> None:
    lines, touched = corruption
    text = "".join(lines)
    articles = list(newscore.read(io.StringIO(text), format="factiva-xml", extract=False))
    for article in articles:
        check_article(article)
    found = {a.meta.get("document_id") for a in articles}
    assert _intact_ids(touched) <= found
    for article in articles:
        if any(p.code == "factiva.unreadable" for p in article.problems):
            assert article.raw.strip()  # the unreadable text is kept
            assert article.raw in text
        elif not article.problems:
            assert article.title


def test_truncated_export_keeps_what_it_has() -> None:
    text = "".join(_LINES[:100])
    articles = list(newscore.read(io.StringIO(text), format="factiva-xml", extract=False))
    assert articles[0].meta["document_id"] == "TEST0000020120109e51700030"
    assert not articles[0].problems
    assert any(p.code in {"factiva.recovered", "factiva.unreadable"} for p in articles[-1].problems)


def test_not_xml_at_all_is_kept_with_a_problem() -> None:
    (article,) = newscore.read(io.StringIO("just some words\n"), format="factiva-xml")
    assert [p.code for p in article.problems] == ["factiva.unreadable"]
    assert article.section("body") is not None


def test_paragraph_outside_its_headline_is_kept_with_a_problem() -> None:
    text = "".join(line for line in _LINES if "headline>" not in line)
    first = next(iter(newscore.read(io.StringIO(text), format="factiva-xml", extract=False)))
    assert first.title is None
    assert "first test article" in " ".join(section.text for section in first.sections)
    assert [p.code for p in first.problems] == ["factiva.no-headline"]
