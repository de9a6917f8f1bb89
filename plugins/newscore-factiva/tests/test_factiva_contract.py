"""Both formats keep newscore's format contract."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import newscore
import newscore_factiva
from newscore.testing.contract import check_article, check_format

DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "factiva"


def _chunks(fmt: newscore.Format, path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as stream:
        return [chunk.text for chunk in fmt.split(stream)]


def test_factiva_xml_keeps_the_contract() -> None:
    fmt = newscore_factiva.FACTIVA_XML
    samples = _chunks(fmt, DATA / "synthetic.xml") + _chunks(fmt, CORPUS / "factiva_test.xml")
    check_format(fmt, samples)


def test_factiva_html_keeps_the_contract() -> None:
    fmt = newscore_factiva.FACTIVA_HTML
    samples = _chunks(fmt, DATA / "synthetic.html") + _chunks(fmt, CORPUS / "factiva_test.html")
    samples.append("HD A headline\nPD 4 März 1998\nSN dpa\n\nA lead.\n\nA body.\n")
    check_format(fmt, samples)


def test_plugin_registers_through_its_entry_point() -> None:
    host = newscore.PluginHost(entry_points=True)
    assert {"factiva-xml", "factiva-html"} <= set(host.formats())
    info = next(p for p in host.plugins() if p.name == "factiva")
    assert info.error is None
    assert set(info.formats) == {"factiva-xml", "factiva-html"}


def test_isolated_host() -> None:
    host = newscore.PluginHost(
        entry_points=False, plugins=[("factiva", newscore_factiva)], strict_plugins=True
    )
    text = (DATA / "synthetic.xml").read_text(encoding="utf-8")
    articles = list(host.read(io.StringIO(text), extract=False))
    assert [a.format for a in articles] == ["factiva-xml", "factiva-xml"]


def test_parse_of_a_whole_export_reads_its_first_article() -> None:
    text = (DATA / "synthetic.xml").read_text(encoding="utf-8")
    article = newscore.parse(text, extract=False)
    assert article.format == "factiva-xml"
    assert article.title == "Grid operator announces outage schedules"
    assert [p.code for p in article.problems] == ["factiva.first-of-many"]
    check_article(article)


def test_field_code_text_is_detected_and_read() -> None:
    text = "HD Talks resume\nWC 12 words\nPD 1 March 1987\nSN Reuters\n\nLP\nTalks resumed.\n\nTD\nMore.\n"
    assert newscore.detect(text)[0].format == "factiva-html"
    article = newscore.parse(text, extract=False)
    assert article.title == "Talks resume"
    assert article.lead == "Talks resumed."
    assert article.section("body") is not None
    assert article.sources[0].kind == "news agency"


def test_unknown_date_is_a_problem() -> None:
    text = "HD Title\nPD sometime soon\nSN Paper\n\nLP\nLead.\n"
    article = newscore.parse(text, format="factiva-html", extract=False)
    assert article.date is None
    assert [p.code for p in article.problems] == ["factiva.unknown-date"]
    with pytest.raises(newscore.ParseError):
        newscore.parse(text, format="factiva-html", strict=True)


def test_split_streams() -> None:
    """The first article comes out before the rest of the input is read."""
    fmt = newscore_factiva.FACTIVA_XML
    consumed = 0

    def lines() -> object:
        nonlocal consumed
        with (CORPUS / "reut21578-factiva.xml").open(encoding="utf-8", newline="") as stream:
            for line in stream:
                consumed += 1
                yield line

    chunks = fmt.split(lines())  # type: ignore[arg-type]
    first = next(chunks)
    assert "DIAMOND SHAMROCK" in first.text
    assert first.line == 5
    assert consumed < 60
    html = newscore_factiva.FACTIVA_HTML
    with (CORPUS / "Factiva-example.html").open(encoding="utf-8", newline="") as stream:
        first_html = next(html.split(stream))
        assert "MEINUNG" in first_html.text
        assert stream.readline()  # not all read yet
