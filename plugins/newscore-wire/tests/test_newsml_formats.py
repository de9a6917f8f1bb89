"""NewsML 1.2, NewsML-G2, Ritzau and WENN: the format contract, sniffing, strictness, small files."""

from __future__ import annotations

import codecs
import datetime
import io
from pathlib import Path

import pytest

import newscore
from newscore.testing.contract import check_article, check_format, host_for
from newscore.testing.corpus import shared_path
from newscore.testing.regexcheck import check_module
from newscore_wire import (
    _newsml_article,
    _newsml_dates,
    _newsml_tree,
    newsml1,
    newsml_g2,
    ritzau,
    wenn,
)

DATA = Path(__file__).parent / "data" / "newsml"
FORMATS = {
    newsml1.NEWSML_1: ("afp.xml", "ana1.xml"),
    newsml_g2.NEWSML_G2: ("dpa.xml", "scoop.xml", "ansa-newsmlg2-text.xml"),
    ritzau.RITZAU_XML: ("ritzau_news.xml",),
    wenn.WENN_ATOM: ("wenn.xml",),
}
BROKEN_G2 = (
    '<?xml version="1.0"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">\n'
    "<contentMeta><headline>Half a story</headline></contentMeta>\n"
    "<contentSet><inlineXML><html><body><p>It starts<p>and breaks.</body></html>"
)


def _corpus(name: str) -> str:
    return shared_path("corpus", "wire", name, anchor=__file__).read_text(encoding="utf-8-sig")


def _read(fmt: newscore.Format, text: str, *, strict: bool = False) -> list[newscore.Article]:
    host = host_for(fmt)
    return list(host.read(io.StringIO(text), format=fmt.name, strict=strict, extract=False))


@pytest.mark.parametrize("fmt", list(FORMATS), ids=lambda f: f.name)
def test_each_format_keeps_the_contract(fmt: newscore.Format) -> None:
    samples = [_corpus(name) for name in FORMATS[fmt]]
    check_format(fmt, samples, serialised=True)


def test_plugin_registers_the_four_formats() -> None:
    host = newscore.PluginHost(entry_points=True)
    assert {"newsml-1.2", "newsml-g2", "ritzau-xml", "wenn-atom"} <= set(host.formats())


@pytest.mark.parametrize(
    ("fmt", "text", "sure"),
    [
        (newsml1.NEWSML_1, "<?xml version='1.0'?>\n<!-- x -->\n<NewsML Version='1.2'>", True),
        (newsml1.NEWSML_1, "<nitf><body>NewsML is mentioned</body></nitf>", False),
        (
            newsml_g2.NEWSML_G2,
            '<ns0:newsMessage xmlns:ns0="http://iptc.org/std/nar/2006-10-01/">',
            True,
        ),
        (
            newsml_g2.NEWSML_G2,
            "<html><body>newsItem http://iptc.org/std/nar/2006-10-01/</body></html>",
            False,
        ),
        (ritzau.RITZAU_XML, '<?xml version="1.0"?>\n<RBNews xmlns="">', True),
        (ritzau.RITZAU_XML, "<News>RBNews</News>", False),
        (wenn.WENN_ATOM, _corpus("wenn.xml")[:2000], True),
        (wenn.WENN_ATOM, '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>', False),
    ],
)
def test_sniff_answers_on_the_root_only(fmt: newscore.Format, text: str, sure: bool) -> None:
    assert (fmt.sniff(text) >= 0.9) is sure


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16"])
def test_sniff_bytes_reads_a_bom(codec: str) -> None:
    head = _corpus("dpa.xml").encode(codec)
    assert newsml_g2.sniff_bytes(head) == 0.99
    assert newsml1.sniff_bytes(head) == 0.0


def test_decode_trusts_utf8_bytes_over_a_latin1_declaration() -> None:
    text = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<RBNews><town>Århus</town></RBNews>\n'
    lines = ritzau.RITZAU_XML.decode(io.BytesIO(text.encode("utf-8")))  # type: ignore[misc]
    assert "".join(lines) == text
    latin = text.encode("latin-1")
    assert "".join(ritzau.RITZAU_XML.decode(io.BytesIO(latin))) == text  # type: ignore[misc]
    with_bom = codecs.BOM_UTF8 + text.encode("utf-8")
    assert "".join(ritzau.RITZAU_XML.decode(io.BytesIO(with_bom))) == text  # type: ignore[misc]


def test_newsml_package_gives_one_article_per_text_component() -> None:
    articles = list(newscore.read(DATA / "package-1.2.xml", extract=False))
    assert [a.title for a in articles] == ["Ports reopen after the storm"] * 2
    first, second = articles
    assert first.format == "newsml-1.2"
    assert first.date == datetime.date(2024, 3, 1)
    assert first.meta["document_id"] == "urn:newsml:example.org:20240301:PKG-1:2"
    assert first.meta["version"] == "2"
    assert first.meta["urgency"] == "2"
    assert first.meta["byline"] == "By Ana Lopes"
    assert first.meta["dateline_places"] == ("LISBON",)
    assert first.meta["location_city"] == "Lisbon"
    assert first.section("body") is not None
    assert first.section("body").text.startswith("Ports in the south & west reopened")  # type: ignore[union-attr]
    # The factbox's own headline is furniture of its article; its HTML body is read as HTML.
    assert [s.text for s in second.furniture if s.kind == "headline"] == [
        "Factbox: the storm in numbers"
    ]
    assert second.section("body").text == "Winds reached 140 km/h.\n\nThree ports closed."  # type: ignore[union-attr]
    for article in articles:
        check_article(article)


def test_g2_message_reads_each_news_item_and_the_package_references() -> None:
    one, two = newscore.read(DATA / "message-g2.xml", extract=False)
    assert one.title == "Grid operator plans outages"
    assert one.date == datetime.date(2024, 3, 1)  # firstCreated, as written (no zone change)
    assert one.meta["document_id"] == "urn:example:one"
    assert one.meta["version"] == "3"
    assert one.meta["keywords"] == ("energy", "grid")
    assert one.meta["package_refs"] == ("urn:example:one", "urn:example:two")
    assert one.meta["dateline_places"] == ("Oslo",)
    kinds = [s.kind for s in one.furniture]
    assert kinds == ["subheadline", "byline", "subheading", "table"]
    body = one.section("body")
    assert body is not None
    assert body.text == "The grid operator said the work would take two weeks."
    # The table is furniture between two body sections; br breaks a line, not the paragraph.
    assert one.sections[-1].text == '"It is needed," a spokesman said. More follows.'
    assert two.date == datetime.date(2024, 3, 4)  # only versionCreated
    assert two.meta["dateline_places"] == ("BERGEN",)
    assert two.section("body").text == "First paragraph of plain text.\n\nSecond paragraph."  # type: ignore[union-attr]


def test_lone_package_item_is_an_article_of_references() -> None:
    (article,) = newscore.read(DATA / "package-g2.xml", extract=False)
    assert article.title == "Top stories"
    assert article.meta["package_refs"] == ("urn:example:a", "urn:example:b")
    assert article.meta["package_groups"] == ("group:main",)


def test_broken_xml_is_a_problem_with_its_place_and_the_text_is_kept() -> None:
    (article,) = _read(newsml_g2.NEWSML_G2, BROKEN_G2)
    problem = next(p for p in article.problems if p.code == "g2.malformed")
    assert "line 4" in problem.message
    assert article.title == "Half a story"
    assert "It starts" in article.raw
    with pytest.raises(newscore.ParseError) as raised:
        _read(newsml_g2.NEWSML_G2, BROKEN_G2, strict=True)
    assert raised.value.line == 4
    assert raised.value.code == "g2.malformed"


def test_text_that_is_not_xml_is_kept_in_one_article() -> None:
    (article,) = _read(newsml1.NEWSML_1, "not <xml at all\n\nsecond part")
    assert "not <xml at all" in article.raw
    assert {"newsml.malformed", "newsml.no-item"} <= {p.code for p in article.problems}


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    text = (
        f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>\n'
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta>'
        "<headline>A &x; B</headline></contentMeta></newsItem>"
    )
    articles = _read(newsml_g2.NEWSML_G2, text)
    assert all("TOP-SECRET" not in a.raw for a in articles)


def test_nil_ritzau_headline_is_no_warning() -> None:
    (article,) = _read(ritzau.RITZAU_XML, _corpus("ritzau_news.xml"), strict=True)
    assert article.title is None
    assert [p.severity for p in article.problems if p.code == "ritzau.no-headline"] == ["info"]
    assert article.meta["document_id"] == "9a6955fc-11da-46b6-9903-439ebb288f2d"


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("20140829T134951+0000", datetime.date(2014, 8, 29)),
        ("2016-10-18T13:12:21-05:00", datetime.date(2016, 10, 18)),
        ("2016-01-12 12:35:40", datetime.date(2016, 1, 12)),
        ("2016-13-12", None),
        ("201601", None),
        ("", None),
    ],
)
def test_stamped_date(written: str, day: datetime.date | None) -> None:
    assert _newsml_dates.stamped_date(written) == day


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("one\ntwo", ["one\ntwo"]),
        ("one\n\ntwo", ["one", "two"]),
        ("one\n    two\r\n  \r\nthree", ["one", "two", "three"]),
    ],
)
def test_split_paragraphs(text: str, parts: list[str]) -> None:
    assert [p.strip() for p in _newsml_article.split_paragraphs(text)] == parts


def test_root_name_skips_the_prolog() -> None:
    head = '\ufeff<?xml version="1.0"?>\n<!-- a -- b -->\n<!DOCTYPE x>\n<ns0:newsMessage>'
    assert _newsml_tree.root_name(head) == "ns0:newsMessage"
    assert _newsml_tree.root_name("plain text") is None


@pytest.mark.parametrize(
    "module",
    [_newsml_article, _newsml_dates, _newsml_tree, newsml1, newsml_g2, ritzau, wenn],
    ids=lambda m: m.__name__,
)
def test_patterns_are_linear(module: object) -> None:
    findings = check_module(module)
    assert findings == [], "\n".join(str(finding) for finding in findings)
