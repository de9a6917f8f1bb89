"""ANPA-1312 and IPTC 7901: the format contract, several takes, strict errors, hostile input."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newscore
from newscore.testing.contract import check_article, check_format
from newscore_wire import anpa, iptc7901

# A small take written for these tests, in the layout the AP files show.
ANPA_TAKE = (
    "\x16\x16\x01W1234\x1fasian\n"
    "r a\x13\x11 BC-US--Test-Story 1stLd-Writethru   11-13 0120\n"
    "\x02^BC-US--Test Story, 1st Ld-Writethru,120<\n"
    "^Council approves new bridge<\n"
    "^Eds: Adds quote.<\n"
    "^By JANE DOE=\n"
    "^Associated Press Writer=\n"
    "\t   SPRINGFIELD, Ill. (AP) _ The council approved a bridge on Tuesday.\n"
    "\t   ``It will open next year,'' Mayor Tom Smith said.\n"
    "\t   ___\n"
    "\t   Jim Roe contributed.\n"
    "\t   \x03AP-WF-11-13-13 1509GMT<\n"
    "\x0c\n"
    "\x04"
)
IPTC_TAKE = (
    "\x01eca0101 3 i 120  dpa 0001\r\n"
    "\n"
    "Germany/transport/\r\n"
    "\x02REFILE\n"
    "Berlin opens new railway line =\r\n"
    "\n"
    "Berlin (dpa) - A new railway line opened on Monday, the operator said.\r\n"
    "\n"
    '"It is a good day," the minister told dpa.\r\n'
    "\n"
    "dpa ab cd\r\n"
    "\r\n"
    "\x03121530 GMT Mar 19\r\n"
    "\x7f\n"
    "\x7f\x04"
)
FORMATS = {"anpa-1312": (anpa.ANPA_1312, ANPA_TAKE), "iptc-7901": (iptc7901.IPTC_7901, IPTC_TAKE)}


class _Wire:
    @newscore.hookimpl
    def newscore_register_formats(self, registry: newscore.FormatRegistry) -> None:
        for fmt, _ in FORMATS.values():
            registry.add(fmt)


HOST = newscore.PluginHost(entry_points=False, plugins=[("wire-contract", _Wire())])


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_format_contract(name: str) -> None:
    fmt, take = FORMATS[name]
    check_format(fmt, [take, take.replace("\x04", "")])


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_sniffers_recognise_the_header(name: str) -> None:
    fmt, take = FORMATS[name]
    assert fmt.sniff(take) >= 0.95
    assert fmt.sniff_bytes is not None
    assert fmt.sniff_bytes(take.encode("latin-1")) >= 0.95
    assert fmt.sniff("Council approves new bridge\n\nText.") == 0.0
    other = next(t for n, (_, t) in FORMATS.items() if n != name)
    assert fmt.sniff(other) == 0.0


def test_anpa_fields() -> None:
    (article,) = HOST.read(ANPA_TAKE)
    assert article.title == "Council approves new bridge"
    assert article.meta["slug"] == "BC-US--Test-Story"
    assert article.meta["version"] == "1stLd-Writethru"
    assert article.meta["editors_note"] == "Adds quote."
    assert article.meta["byline"] == "By JANE DOE"
    assert article.meta["byline_title"] == "Associated Press Writer"
    assert (article.meta["priority"], article.meta["category"]) == ("r", "a")
    assert article.date is not None
    assert article.date.isoformat() == "2013-11-13"
    assert article.meta["dateline_places"] == ("SPRINGFIELD",)
    assert article.lead is not None
    assert article.lead.startswith("SPRINGFIELD, Ill. (AP) _ The")
    # The text after the ___ rule is the same story, in the same article.
    assert [f.kind for f in article.furniture if f.kind == "rule"] == ["rule"]
    assert article.sections[-1].text == "Jim Roe contributed."
    check_article(article, ANPA_TAKE)


def test_iptc_fields() -> None:
    (article,) = HOST.read(IPTC_TAKE)
    assert article.title == "Berlin opens new railway line"
    assert article.meta["version"] == "REFILE"
    assert article.meta["keywords"] == ("Germany", "transport")
    assert (article.meta["priority"], article.meta["word_count"]) == (3, 120)
    assert article.meta["agency"] == "dpa"
    assert article.meta["signoff"] == "dpa ab cd"
    assert article.date is not None
    assert article.date.isoformat() == "2019-03-12"
    assert article.meta["dateline_places"] == ("Berlin",)
    check_article(article, IPTC_TAKE)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_several_takes_give_one_article_each(name: str) -> None:
    _, take = FORMATS[name]
    articles = list(HOST.read(take + "\n" + take + take))
    assert len(articles) == 3
    assert [a.provenance.line for a in articles if a.provenance] == [
        1,
        take.count("\n") + 2,
        2 * take.count("\n") + 2,
    ]


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_strict_names_line_and_column(name: str) -> None:
    _, take = FORMATS[name]
    broken = "first line without SOH\n" + take
    (lenient, _) = HOST.read(broken, format=name)
    assert any(p.code == f"{name}.no-header" for p in lenient.problems)
    with pytest.raises(newscore.ParseError) as caught:
        list(HOST.read(broken, format=name, strict=True))
    assert (caught.value.line, caught.value.column) == (1, 1)


@settings(max_examples=60, deadline=None)
@given(name=st.sampled_from(sorted(FORMATS)), data=st.data())
def test_lenient_never_raises_on_mutated_takes(name: str, data: st.DataObject) -> None:
    _, take = FORMATS[name]
    cut = data.draw(st.integers(0, len(take)))
    noise = data.draw(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=30))
    text = take[:cut] + noise + take[cut:]
    for article in HOST.read(text, format=name):
        check_article(article)
    with contextlib.suppress(newscore.ParseError):
        list(HOST.read(text, format=name, strict=True))
