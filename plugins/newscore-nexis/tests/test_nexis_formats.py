"""The Nexis formats keep the format contract; golden files; properties."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import newscore_nexis
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newscore
from newscore.testing.contract import HOSTILE_TEXTS, check_article, check_format
from newscore.testing.corpus import shared_path

DATA = Path(__file__).resolve().parent / "data"


def _corpus(name: str) -> Path:
    return shared_path("corpus", "nexis", name, anchor=__file__)


@pytest.fixture(scope="module")
def sample_txt() -> str:
    """Return the shared ``sample.TXT`` export, line ends as written."""
    return _corpus("sample.TXT").read_bytes().decode("utf-8")


def _chunks(fmt: newscore.Format, text: str) -> list[str]:
    return [chunk.text for chunk in fmt.split(text.splitlines(keepends=True))]


def test_nexis_contract_text(sample_txt: str) -> None:
    """``nexis`` keeps the contract, writer fixed point included."""
    samples = _chunks(newscore_nexis.NEXIS, sample_txt)
    check_format(newscore_nexis.NEXIS, samples, variants=("", "crlf"))


def test_nexis_contract_html() -> None:
    """``nexis-html`` articles keep the contract; hostile texts never crash it."""
    text = _corpus("spiegel_2012-02-01_0001.html").read_bytes().decode("utf-8")
    articles = list(newscore.read(text, format="nexis-html", extract=False))
    assert len(articles) == 49
    for article in articles:
        check_article(article)
        assert article.provenance is not None
        assert article.provenance.element is not None
        # raw is the document's text content: no markup is left in it.
        assert "<SPAN" not in article.raw
        assert "<DIV" not in article.raw
    for hostile in HOSTILE_TEXTS:
        for read in newscore.read(hostile, format="nexis-html", extract=False):
            check_article(read)


def test_nexis_contract_docx() -> None:
    """``nexis-docx`` keeps the contract on decoded articles."""
    with _corpus("sample.DOCX").open("rb") as binary:
        lines = list(newscore_nexis.NEXIS_DOCX.decode(binary))  # type: ignore[misc]
    samples = [chunk.text for chunk in newscore_nexis.NEXIS_DOCX.split(lines)]
    assert len(samples) == 10
    check_format(newscore_nexis.NEXIS_DOCX, samples)


def test_nexis_docx_sniff_bytes(sample_txt: str) -> None:
    """The DOCX is recognised from its first bytes; other files are not."""
    sniff = newscore_nexis.NEXIS_DOCX.sniff_bytes
    assert sniff is not None
    assert sniff(_corpus("sample.DOCX").read_bytes()[: 64 * 1024]) == 0.99
    assert sniff(sample_txt.encode()[: 64 * 1024]) == 0.0
    assert sniff(b"PK\x03\x04") == 0.0


def test_nexis_beats_labelled(sample_txt: str) -> None:
    """Nexis headers hold ``Source:`` lines, yet ``nexis`` wins over ``labelled``."""
    best = newscore.detect(sample_txt[: 64 * 1024])[0]
    assert best.format == "nexis"
    assert best.confidence == 0.99


@pytest.mark.parametrize("name", ["synthetic.TXT", "synthetic.html"])
def test_nexis_golden(name: str) -> None:
    """Synthetic exports, read in binary (CRLF kept), read to exactly their expected JSON."""
    text = (DATA / name).read_bytes().decode("utf-8")
    suffix = "-txt" if name.endswith(".TXT") else "-html"
    expected = json.loads(
        (DATA / f"{name.rsplit('.', 1)[0]}{suffix}.expected.json").read_text(encoding="utf-8")
    )
    articles = list(newscore.read(text, extract=False))
    assert [json.loads(newscore.to_json(article)) for article in articles] == expected


def test_nexis_golden_dates() -> None:
    """French and German dates in the synthetic HTML export."""
    articles = list(newscore.read((DATA / "synthetic.html").read_bytes().decode("utf-8")))
    assert [article.date for article in articles] == [
        datetime.date(2014, 1, 1),
        datetime.date(2012, 2, 1),
    ]


def test_nexis_hostile_html() -> None:
    """Broken markup gives no crash: unclosed tags are read, a lone comment opener is dropped."""
    options = newscore.ReadOptions()
    unclosed = newscore_nexis.document_article("<DIV><P>unclosed", options)
    assert unclosed is not None
    assert unclosed.raw == "unclosed\n"
    assert newscore_nexis.document_article(" --> <!-- open", options) is None
    articles = list(newscore.read("<DOCFULL> --> <p>a</p>", format="nexis-html"))
    assert [article.raw for article in articles] == ["a\n"]


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)


def _words(minimum: int, maximum: int) -> st.SearchStrategy[str]:
    return st.lists(_WORD, min_size=minimum, max_size=maximum).map(" ".join)


@st.composite
def _articles(draw: st.DrawFn) -> newscore.Article:
    title = draw(_words(1, 8)).capitalize()
    byline = "By " + draw(_words(1, 3)).title()
    section = draw(_words(1, 3)).upper()
    paragraphs = [draw(_words(1, 20)).capitalize() + "." for _ in range(draw(st.integers(1, 4)))]
    date = draw(st.dates(datetime.date(1950, 1, 1), datetime.date(2099, 12, 31)))
    sections = [
        newscore.Section(
            kind="lead" if number == 0 else "body",
            label=None,
            text=paragraph,
            span=newscore.Span(start=0, end=0),
            text_span=newscore.Span(start=0, end=0),
        )
        for number, paragraph in enumerate(paragraphs)
    ]
    return newscore.Article(
        raw="",
        format="nexis",
        date=date,
        title=title,
        sections=sections,
        meta={"outlet": draw(_words(1, 3)).title(), "byline": byline, "section": section},
    )


@settings(deadline=None, max_examples=60)
@given(_articles(), st.booleans())
def test_nexis_render_parse_round_trip(article: newscore.Article, crlf: bool) -> None:
    """Title, date, body, byline and section survive render then parse."""
    text = newscore.render(article, "nexis+crlf" if crlf else "nexis")
    parsed = newscore.parse(text, format="nexis", extract=False)
    check_article(parsed, text)
    assert parsed.title == article.title
    assert parsed.date == article.date
    assert parsed.meta["byline"] == article.meta["byline"]
    assert parsed.meta["section"] == article.meta["section"]
    written = [section.text for section in article.sections]
    read = [
        part
        for section in parsed.sections
        if section.kind in {"lead", "body"}
        for part in section.text.replace("\r\n", "\n").split("\n\n")
    ]
    assert read == written


@settings(deadline=None, max_examples=30)
@given(st.lists(_articles(), min_size=1, max_size=4))
def test_nexis_synthetic_export_streams(articles: list[newscore.Article]) -> None:
    """An export built from drawn articles reads back one article per document."""
    header = "Download Request: Selected Items\r\nSource: Somewhere\r\n\r\n"
    export = header + "".join(newscore.render(article, "nexis+crlf") for article in articles)
    read = list(newscore.read(export, extract=False))
    assert [article.title for article in read] == [article.title for article in articles]
    assert [article.date for article in read] == [article.date for article in articles]


def _starts(lines: list[str]) -> list[int]:
    return [
        number
        for number, line in enumerate(lines)
        if newscore_nexis.NEXIS.sniff(line) and line.strip()[0].isdigit()
    ]


_EDIT = st.tuples(
    st.sampled_from(["delete", "duplicate", "insert"]),
    st.integers(0, 10**6),
    st.text(st.characters(exclude_characters="\r\n", codec="utf-8"), max_size=40),
)


@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(_EDIT, max_size=6))
def test_nexis_corrupted_export_keeps_untouched_articles(
    sample_txt: str, edits: list[tuple[str, int, str]]
) -> None:
    """Deleting, duplicating and inserting lines never raises; untouched documents survive."""
    sample_lines = sample_txt.splitlines(keepends=True)
    starts = _starts(sample_lines)
    assert len(starts) == 10

    def block_of(line: int) -> int:
        return sum(start <= line for start in starts) - 1

    lines: list[tuple[int, str]] = list(enumerate(sample_lines))
    touched: set[int] = set()
    for action, where, inserted in edits:
        position = where % len(lines)
        original = lines[position][0]
        touched.update({block_of(original), block_of(original - 1)})
        if action == "delete":
            del lines[position]
        elif action == "duplicate":
            lines.insert(position + 1, (original, lines[position][1]))
        else:
            lines.insert(position, (original, inserted + "\r\n"))
        if not lines:
            return
    corrupted = "".join(line for _, line in lines)
    raws = {article.raw for article in newscore.read(corrupted, format="nexis")}
    bounds = [*starts, len(sample_lines)]
    for block in range(len(starts)):
        if block in touched:
            continue
        original_text = "".join(sample_lines[bounds[block] : bounds[block + 1]])
        assert original_text in raws
