"""One regression test per bug of issue 7 (and those found while fixing them)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import regex

import newscore
from newscore.testing.contract import check_article
from newscore.testing.corpus import shared_path

DATA = Path(__file__).parent / "data"
BAD = ["\ud800", "\udfff", "&#xD800;", "&#xdfff;", "&#55296;", "&#0;", "&#x110000;"]


def _corpus(name: str) -> str:
    return shared_path("corpus", "factiva", name, anchor=__file__).read_bytes().decode("utf-8")


def newscore_lines(text: str) -> list[str]:
    """The lines of ``text`` as the host cuts them (``\r\n``, ``\r`` or ``\n``)."""
    return [m.group() for m in regex.finditer(r"[^\r\n]*+(?:\r\n|\r|\n)|[^\r\n]++$", text)]


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize(
    ("name", "fmt", "old", "count"),
    [
        ("factiva_test.xml", "factiva-xml", "first test article", 3),
        ("factiva_test.html", "factiva-html", "Test 1", 2),
        ("Factiva-example.html", "factiva-html", "First paragraph", 2),
    ],
)
def test_surrogates_and_bad_references_do_not_crash(
    name: str, fmt: str, old: str, count: int, bad: str
) -> None:
    # Was: UnicodeEncodeError / UnicodeDecodeError out of _xml.py and _html.py.
    text = _corpus(name).replace(old, f"{old} {bad}", 1)
    articles = list(newscore.read(text, format=fmt, extract=False))
    assert len(articles) == count
    assert all(a.title for a in articles)
    assert any(p.code == "factiva.bad-character" for p in articles[0].problems)
    assert "\ufffd" in articles[0].raw
    for article in articles:
        check_article(article)
    with pytest.raises(newscore.ParseError) as raised:
        list(newscore.read(text, format=fmt, strict=True, extract=False))
    error = raised.value
    assert not isinstance(error, newscore.PluginCrashError)
    assert error.code == "factiva.bad-character"
    line = newscore_lines(text)[error.line - 1]
    assert line[error.column - 1 :].startswith(bad)


def test_parse_of_broken_html_head_does_not_recurse() -> None:
    # Was: RecursionError between parse and _first_of_export.
    text = "><title>Factiva</title>\n<html\n"
    article = newscore.parse(text)
    assert article.format == "factiva-html"
    check_article(article)
    with pytest.raises(newscore.ParseError) as raised:
        newscore.parse(text, strict=True)
    assert not isinstance(raised.value, newscore.PluginCrashError)
    assert raised.value.code.startswith(("factiva.", "read."))


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("\ud800", "factiva-xml"),
        ("<ppsarticle>&#xD800;", "factiva-xml"),
        ("<html>\ud800", "factiva-html"),
        ("<html><title>Factiva</title>&#xD800;", "factiva-html"),
        ("><title>Factiva</title>\n<html\n", "factiva-html"),
        ("<PPSResponse><ppsarticle><article>", "factiva-xml"),
    ],
)
def test_strict_mode_raises_parse_errors_not_plugin_errors(text: str, fmt: str) -> None:
    # Was: PluginError (a crash) in strict mode.
    try:
        list(newscore.read(text, format=fmt, strict=True, extract=False))
    except newscore.ParseError as error:
        assert not isinstance(error, newscore.PluginCrashError)
        assert error.code.startswith(("factiva.", "read."))
        lines = newscore_lines(text) or [""]
        assert 1 <= error.line <= len(lines)
        assert 1 <= error.column <= len(lines[error.line - 1]) + 1


@pytest.mark.parametrize("fmt", ["factiva-html", "factiva-xml"])
@pytest.mark.parametrize("text", ["", " ", "\n\n", "\ufeff"])
def test_blank_input_gives_no_article_and_no_exception(fmt: str, text: str) -> None:
    # Was: lxml.etree.XMLSyntaxError out of split for read("", format="factiva-html").
    assert list(newscore.read(text, format=fmt)) == []
    assert list(newscore.read(io.StringIO(text), format=fmt, strict=True)) == []


@pytest.mark.parametrize("closed", [True, False])
@pytest.mark.parametrize("where", ["before", "around"])
def test_deeply_nested_divs_lose_no_html_article(where: str, closed: bool) -> None:
    # Was: 10^5 nested <div>s dropped both Factiva HTML articles, with no problem.
    n = 100_000
    text = _corpus("factiva_test.html")
    nest = "<div>" * n + "deep text" + ("</div>" * n if closed else "")
    anchor = '<div id="contentWrapper">'
    assert anchor in text
    if where == "before":
        text = text.replace(anchor, nest + anchor, 1)
    else:
        text = text.replace(anchor, "<div>" * n + anchor, 1) + "</div>" * n
    articles = list(newscore.read(text, format="factiva-html", extract=False))
    titles = [a.title for a in articles if a.title]
    assert titles == ["Test 1", "Test 2"]
    assert [a.meta["document_id"] for a in articles if a.title] == [
        "TESTFR0020111229e7ct0001r",
        "TESTFR0020111229e7ct0015j",
    ]
    codes = {p.code for a in articles for p in a.problems}
    assert codes & {"factiva.unreadable", "factiva.recovered"}  # the damage is reported
    if where == "before":
        assert any("deep text" in a.raw for a in articles)  # nothing dropped
    for article in articles:
        check_article(article)
    with pytest.raises(newscore.ParseError) as raised:
        list(newscore.read(text, format="factiva-html", strict=True, extract=False))
    assert raised.value.code == "factiva.broken-markup"


def test_deeply_nested_xml_loses_no_other_article() -> None:
    n = 100_000
    text = _corpus("factiva_test.xml")
    at = text.index("<ppsarticle>", text.index("</ppsarticle>"))
    text = text[:at] + "<x>" * n + "deep" + "</x>" * n + "\n      " + text[at:]
    articles = list(newscore.read(text, format="factiva-xml", extract=False))
    ids = [a.meta.get("document_id") for a in articles]
    assert "TEST0000020120109e51700030" in ids
    assert sum(1 for a in articles if a.title) == 3
    assert any("deep" in a.raw for a in articles)
    for article in articles:
        check_article(article)


def test_raw_is_not_the_field_code_rendering() -> None:
    # Was: each article rendered into HD/PD lines and parsed again with regexes.
    for article in newscore.read(
        _corpus("factiva_test.html"), format="factiva-html", extract=False
    ):
        assert not article.raw.startswith("HD ")
        assert "\nPD " not in article.raw
        assert article.title_span == newscore.Span(start=0, end=len(article.title or ""))


def test_html_article_without_end_tags_is_read_at_the_end() -> None:
    text = "<html><title>Factiva</title><body><div class='article'><table><tr><td class='index'>HD</td><td>Open</td></tr>"
    (article,) = newscore.read(text, format="factiva-html", extract=False)
    assert article.title == "Open"


def test_truncated_xml_keeps_what_it_has() -> None:
    lines = _corpus("factiva_test.xml").splitlines(keepends=True)
    articles = list(newscore.read("".join(lines[:100]), format="factiva-xml", extract=False))
    assert articles[0].meta["document_id"] == "TEST0000020120109e51700030"
    assert not articles[0].problems
    assert any(p.code in {"factiva.recovered", "factiva.unreadable"} for p in articles[-1].problems)


def test_not_xml_at_all_is_kept_with_a_problem() -> None:
    (article,) = newscore.read(io.StringIO("just some words\n"), format="factiva-xml")
    assert [p.code for p in article.problems] == ["factiva.unreadable"]
    assert article.raw == "just some words\n"
    assert article.section("body") is not None


def test_paragraph_outside_its_headline_is_kept_with_a_problem() -> None:
    text = "".join(
        line
        for line in _corpus("factiva_test.xml").splitlines(keepends=True)
        if "headline>" not in line
    )
    first = next(iter(newscore.read(text, format="factiva-xml", extract=False)))
    assert first.title is None
    assert "first test article" in first.raw
    assert [p.code for p in first.problems] == ["factiva.no-headline"]
    check_article(first)


def test_recovered_article_is_flagged() -> None:
    text = _corpus("factiva_test.xml").replace("</headline>", "</headlin>", 1)
    articles = list(newscore.read(text, format="factiva-xml", extract=False))
    assert len([a for a in articles if a.title]) == 3
    assert any(p.code == "factiva.recovered" for p in articles[0].problems)
    assert not articles[-1].problems


def test_an_article_past_the_element_bound_keeps_its_fields_and_all_its_text() -> None:
    from newscore_factiva._stream import MAX_ARTICLE_ELEMENTS

    rows = "".join(f"<tr><td>cell {i}</td></tr>\n" for i in range(MAX_ARTICLE_ELEMENTS + 100))
    text = (
        "<html><title>Factiva</title><body><div class='article'><table>"
        "<tr><td class='index'>HD</td><td>Big</td></tr>"
        "<tr><td class='index'>AN</td><td>Document BIG1</td></tr>"
        + rows
        + "</table><p>After.</p></div>"
    )
    (article,) = newscore.read(text, format="factiva-html", extract=False)
    assert article.title == "Big"
    assert article.meta["document_id"] == "BIG1"
    assert [p.code for p in article.problems] == ["factiva.too-many-elements"]
    for i in (0, MAX_ARTICLE_ELEMENTS // 2, MAX_ARTICLE_ELEMENTS + 99):
        assert regex.search(rf"\bcell {i}\b", article.raw)
    assert article.raw.endswith("After.")
    check_article(article)


@pytest.mark.parametrize("fmt", ["factiva-xml", "factiva-html"])
def test_text_between_a_read_article_and_broken_markup_is_kept(fmt: str) -> None:
    if fmt == "factiva-xml":
        text = _corpus("factiva_test.xml")
        at = text.index("</ppsarticle>") + len("</ppsarticle>")
        text = text[:at] + "<junk>stray words</junk>" + "<x>" * 1000 + "deep\n" + text[at:]
    else:
        text = _corpus("factiva_test.html")
        anchor = '<br/><span></span><div class="article frArticle"><table cellpadding="1" cellspacing="1" border="0"><tr><td align="right" valign="top" class="index"><b>SE</b>'
        text = text.replace(anchor, "<p>stray words</p>" + "<div>" * 1000 + "deep\n" + anchor, 1)
    articles = list(newscore.read(text, format=fmt, extract=False))
    assert sum(1 for a in articles if a.title) == (3 if fmt == "factiva-xml" else 2)
    kept = [a for a in articles if "stray words" in a.raw]
    assert kept
    assert all(any(p.code == "factiva.unreadable" for p in a.problems) for a in kept)


def test_a_repeated_field_is_read_in_linear_time() -> None:
    import time

    def seconds(n: int) -> float:
        text = "<PPSResponse><ppsarticle><article><headline>H</headline>" + "<x>v</x><y>w</y>" * n
        text += "</article></ppsarticle></PPSResponse>"
        start = time.perf_counter()
        list(newscore.read(text, format="factiva-xml", extract=False))
        return time.perf_counter() - start

    # Was quadratic: each repeated value rebuilt the tuple of the values before it.
    assert min(seconds(80_000) for _ in range(2)) < 8 * min(seconds(20_000) for _ in range(2))


def test_an_article_left_open_does_not_swallow_the_next() -> None:
    # Found by the mutation property: a duplicated '<div class="article ..."><table>'
    # line left the first article open, and the second was read as part of it and lost.
    lines = (DATA / "synthetic.html").read_bytes().decode("utf-8").splitlines(keepends=True)
    opening = next(i for i, line in enumerate(lines) if 'class="article enArticle"' in line)
    text = "".join([*lines[: opening + 1], lines[opening], *lines[opening + 1 :]])
    articles = list(newscore.read(text, format="factiva-html", extract=False))
    assert [a.meta["document_id"] for a in articles] == [
        "LBA0000019870302dj3200001",
        "sddz000020250901e1910001",
    ]
    assert all("factiva.nested" in {p.code for p in a.problems} for a in articles)
    for article in articles:
        check_article(article)
