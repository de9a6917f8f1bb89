"""Properties: the XML writer round-trips; damaged real exports and arbitrary text never break reading."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newscore
from _mutations import mutated
from newscore.testing.contract import check_article
from newscore.testing.corpus import shared_path
from newscore_factiva._clean import clean

DATA = Path(__file__).parent / "data"
HOST = newscore.PluginHost()
_LINES = regex.compile(r"[^\r\n]*+(?:\r\n|\r|\n)|[^\r\n]++$")

# ------------------------------------------------------------------ the writer

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéüß", min_size=1, max_size=9)
_SENTENCE = st.lists(_WORD, min_size=1, max_size=12).map(lambda words: " ".join(words) + ".")
_TITLE = st.lists(_WORD, min_size=1, max_size=8).map(lambda words: " ".join(words).capitalize())
_NAME = st.lists(_WORD, min_size=1, max_size=3).map(
    lambda words: " ".join(w.capitalize() for w in words)
)
_CODES = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=2, max_size=8), max_size=3
).map(tuple)


@st.composite
def _articles(draw: st.DrawFn) -> newscore.Article:
    title = draw(_TITLE)
    lead = draw(_SENTENCE)
    body = draw(st.lists(_SENTENCE, max_size=4))
    raw = "\n\n".join([lead, *body])
    lead_span = newscore.Span(start=0, end=len(lead))
    sections = [newscore.Section.unlabelled(kind="lead", raw=raw, span=lead_span)]
    if body:
        span = newscore.Span(start=len(lead) + 2, end=len(raw))
        sections.append(newscore.Section.unlabelled(kind="body", raw=raw, span=span))
    meta: dict[str, newscore.MetaValue] = {
        "outlet": draw(st.sampled_from(["Reuters", "The Daily Test", "dpa"]) | _NAME)
    }
    optional: dict[str, st.SearchStrategy[newscore.MetaValue]] = {
        "byline": _NAME.map(lambda name: "By " + name),
        "document_id": st.text(alphabet="ABCDEFGHIJ0123456789", min_size=5, max_size=25),
        "language": st.sampled_from(["en", "fr", "de"]),
        "copyright": _NAME.map(lambda name: "(c) " + name),
        "section": _NAME,
        "source_code": st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=6),
        "time": st.times().map(lambda t: t.strftime("%H:%M")),
        "length": st.integers(0, 10**6),
        "subject_codes": _CODES,
        "region_codes": _CODES,
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            meta[key] = draw(strategy)
    date = draw(st.none() | st.dates(datetime.date(1950, 1, 1), datetime.date(2099, 12, 31)))
    if date is None:
        meta.pop("time", None)
    return newscore.Article(
        raw=raw, format="plain", title=title, date=date, sections=sections, meta=meta
    )


def _paragraphs(article: newscore.Article, kind: str) -> list[str]:
    return [
        " ".join(p.split())
        for section in article.sections_of(kind)
        for p in regex.split(r"\n[ \t]*+\n", section.text)
        if p.strip()
    ]


def _writable(article: newscore.Article) -> dict[str, object]:
    """The article reduced to what the factiva-xml writer can express."""
    meta = article.meta
    byline = next((f.text for f in article.furniture if f.kind == "byline"), meta.get("byline"))
    codes = {key: meta.get(key) or () for key in ("subject_codes", "region_codes")}
    return {
        "title": article.title,
        "date": article.date,
        "lead": _paragraphs(article, "lead"),
        "body": _paragraphs(article, "body"),
        "byline": byline,
        **codes,
        **{
            key: meta.get(key)
            for key in (
                "outlet",
                "document_id",
                "language",
                "copyright",
                "section",
                "source_code",
                "time",
                "length",
            )
        },
    }


@given(_articles())
def test_written_xml_reads_back(article: newscore.Article) -> None:
    xml = newscore.render(article, "factiva-xml")
    (back,) = newscore.read(io.StringIO(xml), format="factiva-xml", extract=False)
    check_article(back)
    assert back.format == "factiva-xml"
    assert not back.problems
    assert _writable(back) == _writable(article)
    assert newscore.detect(xml)[0].format == "factiva-xml"
    assert newscore.render(back, "factiva-xml") == xml  # a fixed point after one pass


# ---------------------------------------------------------- damaged real exports

FILES = [
    ("corpus", "factiva_test.xml", "factiva-xml"),
    ("corpus", "reut21578-factiva.xml", "factiva-xml"),
    ("corpus", "factiva_test.html", "factiva-html"),
    ("corpus", "Factiva-example.html", "factiva-html"),
    ("data", "synthetic.xml", "factiva-xml"),
    ("data", "synthetic.html", "factiva-html"),
]


def _load(where: str, name: str) -> str:
    path = (
        shared_path("corpus", "factiva", name, anchor=__file__)
        if where == "corpus"
        else DATA / name
    )
    return path.read_bytes().decode("utf-8")


def _ids(article: newscore.Article) -> set[str]:
    found = article.meta.get("document_id")
    if isinstance(found, str):
        return {found}
    return set(found) if isinstance(found, tuple) else set()


def _intact(text: str, fmt: str, touched: set[int]) -> list[tuple[str, str]]:
    """(document id, title) of the original articles whose lines no mutation came near."""
    articles = list(HOST.read(text, format=fmt, extract=False))
    starts = [a.provenance.line - 1 for a in articles if a.provenance is not None]
    total = len(text.splitlines())
    intact: list[tuple[str, str]] = []
    for index, article in enumerate(articles):
        start = starts[index]
        end = starts[index + 1] if index + 1 < len(starts) else total
        if not touched & set(range(start - 1, end + 1)) and article.title:
            intact.extend((document, article.title) for document in _ids(article))
    return intact


def _check_error(error: newscore.ParseError, text: str) -> None:
    assert not isinstance(error, newscore.PluginCrashError), error
    assert error.code.startswith(("factiva.", "read.", "parse.")), error
    lines = _LINES.findall(text) or [""]
    assert 1 <= error.line <= len(lines) + 1, error
    line = lines[error.line - 1] if error.line <= len(lines) else ""
    assert 1 <= error.column <= len(line) + 1, error


def _cleaned(text: str, fmt: str) -> str:
    return "".join(clean(line, xml=fmt == "factiva-xml")[0] for line in _LINES.findall(text))


def _check_reading(text: str, fmt: str) -> list[newscore.Article]:
    articles = list(HOST.read(text, format=fmt, extract=False))
    for article in articles:
        check_article(article)
        assert article.format == fmt
        if any(p.code == "factiva.unreadable" for p in article.problems):
            assert article.raw.strip()
            # The unreadable text is kept as written, but for the characters made safe.
            assert article.raw in _cleaned(text, fmt)
    try:
        list(HOST.read(text, format=fmt, strict=True, extract=False))
    except newscore.ParseError as error:
        _check_error(error, text)
    return articles


@pytest.mark.parametrize(("where", "name", "fmt"), FILES)
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_damaged_export_loses_no_intact_article(
    where: str, name: str, fmt: str, data: st.DataObject
) -> None:
    original = _load(where, name)
    text, touched = data.draw(mutated(original))
    articles = _check_reading(text, fmt)
    found_ids = set().union(*(_ids(a) for a in articles)) if articles else set()
    for document, title in _intact(original, fmt, touched):
        assert document in found_ids, f"intact article {document} was lost"
        assert any(title in a.raw for a in articles), f"the title of {document} was lost"


@pytest.mark.parametrize("fmt", ["factiva-xml", "factiva-html"])
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300))
def test_arbitrary_text_never_breaks_reading(fmt: str, text: str) -> None:
    _check_reading(text, fmt)
    article = HOST.parse(text, format=fmt, extract=False)
    check_article(article)


_MARKUP = st.lists(
    st.sampled_from(
        [
            "<PPSResponse>",
            "<ppsarticle>",
            "</ppsarticle>",
            "<article>",
            "</article>",
            "<headline>",
            "</headline>",
            "<paragraph>",
            "</paragraph>",
            "<leadParagraph>",
            "</leadParagraph>",
            "<html>",
            "<title>Factiva</title>",
            "<div class='article'>",
            "</div>",
            "<table>",
            "<tr>",
            "<td class='index'>HD</td>",
            "<td>",
            "</td>",
            "</tr>",
            "<p>",
            "</p>",
            "&#xD800;",
            "&amp;",
            "&#0;",
            "\ud800",
            "\x00",
            "\r",
            "\n",
            "\r\n",
            "\u2028",
            "\ufeff",
            "word",
            " ",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "<?xml version='1.0'?>",
            "<!DOCTYPE x [<!ENTITY e 'ee'>]>",
            "&e;",
        ]
    ),
    max_size=60,
).map("".join)


@pytest.mark.parametrize("fmt", ["factiva-xml", "factiva-html"])
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(text=_MARKUP)
def test_arbitrary_markup_never_breaks_reading(fmt: str, text: str) -> None:
    _check_reading(text, fmt)
