"""Both formats keep newscore's format contract, through the host's one reading door."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import newscore
import newscore_factiva
from newscore.testing.contract import check_article, check_format
from newscore.testing.corpus import shared_path

DATA = Path(__file__).parent / "data"
FIELD_TEXT = "HD A headline\r\nPD 4 März 1998\r\nSN dpa\r\n\r\nA lead.\r\n\r\nA body.\r\n"


def _text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def test_factiva_xml_keeps_the_contract() -> None:
    samples = [_text(DATA / "synthetic.xml")]
    samples.append(_text(shared_path("corpus", "factiva", "factiva_test.xml", anchor=__file__)))
    # serialised=True: for markup, raw is the article's text, not the input (check_format
    # has no other switch for that); check_article still runs on every article.
    check_format(newscore_factiva.FACTIVA_XML, samples, serialised=True)


def test_factiva_html_keeps_the_contract() -> None:
    samples = [_text(DATA / "synthetic.html"), FIELD_TEXT]
    samples.append(_text(shared_path("corpus", "factiva", "factiva_test.html", anchor=__file__)))
    check_format(newscore_factiva.FACTIVA_HTML, samples, serialised=True)


def test_formats_read_markup_and_give_no_chunk_parser() -> None:
    for fmt in (newscore_factiva.FACTIVA_XML, newscore_factiva.FACTIVA_HTML):
        assert fmt.read is not None
        assert fmt.parse is None


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
    articles = list(host.read(io.StringIO(_text(DATA / "synthetic.xml")), extract=False))
    assert [a.format for a in articles] == ["factiva-xml", "factiva-xml"]


def test_parse_of_a_whole_export_is_its_first_article() -> None:
    article = newscore.parse(_text(DATA / "synthetic.xml"), extract=False)
    assert article.format == "factiva-xml"
    assert article.title == "Grid operator announces outage schedules"
    assert [p.code for p in article.problems] == ["parse.first-of-many"]
    check_article(article)


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_field_code_text_is_detected_and_read(line_end: str) -> None:
    text = line_end.join(
        [
            "HD Talks resume",
            "WC 12 words",
            "PD 1 March 1987",
            "SN Reuters",
            "",
            "LP",
            "Talks resumed.",
            "",
            "TD",
            "More.",
            "",
        ]
    )
    assert newscore.detect(text)[0].format == "factiva-html"
    article = newscore.parse(text, extract=False)
    assert article.raw == text  # a text layout: raw is the input verbatim
    assert article.title == "Talks resume"
    assert article.lead == "Talks resumed."
    assert article.section("body") is not None
    assert article.sources[0].kind == "news agency"
    assert article.meta["length"] == 12
    check_article(article, text)


def test_unknown_date_in_field_text_is_a_problem() -> None:
    text = "HD Title\nPD sometime soon\nSN Paper\n\nLP\nLead.\n"
    article = newscore.parse(text, format="factiva-html", extract=False)
    assert article.date is None
    assert [p.code for p in article.problems] == ["factiva.unknown-date"]
    with pytest.raises(newscore.ParseError) as raised:
        newscore.parse(text, format="factiva-html", strict=True)
    assert (raised.value.code, raised.value.line, raised.value.column) == (
        "factiva.unknown-date",
        2,
        4,
    )


def test_read_streams() -> None:
    """The first article comes out before the rest of the input is read."""
    consumed = 0
    path = shared_path("corpus", "factiva", "reut21578-factiva.xml", anchor=__file__)

    def lines() -> object:
        nonlocal consumed
        with path.open(encoding="utf-8", newline="") as stream:
            for line in stream:
                consumed += 1
                yield line

    articles = newscore.read(lines(), format="factiva-xml", extract=False)  # type: ignore[arg-type]
    first = next(articles)
    assert first.title == "DIAMOND SHAMROCK (DIA) CUTS CRUDE PRICES"
    assert first.provenance is not None
    assert first.provenance.line == 5
    assert consumed < 2000  # a batch of lines, not the file (2 100 lines)
