"""Every news file of ``../shared/corpus`` is read by the right format, whole.

For each file: the format :func:`newscore.detect` picks from its bytes, the format of
the articles :func:`newscore.read` gives, how many articles, and how many are titled
and dated. The counts were taken from the files themselves (their ``N of M
DOCUMENTS`` lines, document ids, ``<TITLE>`` elements, SOURCES.md's descriptions);
the agency feeds' expectations are ``wire/expected.json``. A new file in the corpus
fails :func:`test_every_news_file_is_listed` until it is added here.
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
import regex

import newscore
from newscore.testing.corpus import shared_path

ROOT = shared_path("corpus", anchor=__file__)

LEFT_OUT = {
    "polnear-train": "gold statements, scored by benchmarks/accuracy.py",
    ".ann": "brat annotations beside the texts of quotes/, not news",
    ".md": "documentation of the corpus",
    "expected.json": "what the wire files hold (read below)",
}


@attrs.frozen
class Expected:
    """What a file is read as."""

    format: str
    articles: int = 1
    titled: int | None = None  # None: every article
    dated: int | None = None
    detected: str | None = None  # None: the articles' format


EXPECTED: dict[str, Expected] = {
    "alceste/alceste_test.txt": Expected("alceste", 2, titled=0, dated=0),
    "europresse/europresse_test1.html": Expected("europresse", 3),  # 3 "Numéro de document"
    "europresse/europresse_test2.html": Expected("europresse", 4),
    "factiva/Factiva-example.html": Expected("factiva-html", 2),
    "factiva/factiva_test.html": Expected("factiva-html", 2),
    "factiva/factiva_test.xml": Expected("factiva-xml", 3),
    "factiva/reut21578-factiva.xml": Expected("factiva-xml", 19),
    "labelled/up_titles_100-20-ukr.csv": Expected("table", 10, dated=0),
    "labelled/up_titles_15000-20-ukr.csv": Expected("table", 20, dated=0),
    "nexis/afp_2013-03-12_0501.html": Expected("nexis-html", 74),
    "nexis/lexisnexis_test_en.html": Expected("nexis-html", 2),
    "nexis/lexisnexis_test_fr.html": Expected("nexis-html", 3),
    "nexis/sample.DOCX": Expected("nexis-docx", 10),
    "nexis/sample.TXT": Expected("nexis", 10),
    "nexis/spiegel_2012-02-01_0001.html": Expected("nexis-html", 49),
    "nexis/sun_2000-11-01_0001.html": Expected("nexis-html", 32),
    "proquest/malformed-html-tag.eml": Expected("proquest-eml", 2),
    "proquest/sample-1.html": Expected("proquest"),
    "quotes/breitbart_2015-12-16_newspaper-defense-secretary-used.txt": Expected(
        "dateline", dated=0
    ),
    "quotes/breitbart_2015-12-20_republican-donor-adelson-and-tru.txt": Expected(
        "dateline", dated=0
    ),
    "quotes/nyt_2015-12-22_trump-says-praise-from-putin-hel.txt": Expected(
        "plain", titled=0, dated=0
    ),
    "reuters/acq/reut-00007.xml": Expected("reuters21578"),
    "reuters/acq/reut-00026.xml": Expected("reuters21578"),
    "reuters/crude/reut-00002.xml": Expected("reuters21578"),
    "reuters/crude/reut-00007.xml": Expected("reuters21578"),
    "reuters/crude/reut-00008.xml": Expected("reuters21578"),
    "reuters/crude/reut-00010.xml": Expected("reuters21578"),
    "reuters/rcv1_2330.xml": Expected("rcv1"),
    "reuters/reuters-21578.xml": Expected("reuters21578", 10),
    # 985 of the 1,000 stories have a <TITLE>.
    "reuters/sgml/reut2-000.sgm": Expected("reuters21578", 1000, titled=985),
}


def _wire_expected() -> dict[str, dict[str, str | None]]:
    with (ROOT / "wire" / "expected.json").open(encoding="utf-8") as file:
        loaded: dict[str, dict[str, str | None]] = json.load(file)
    return loaded


WIRE = _wire_expected()
WIRE_ITEMS = {"wenn.xml": 2}
"""The wire files of more than one item (SOURCES.md); expected.json describes the first."""
for _name, _fields in WIRE.items():
    _items = WIRE_ITEMS.get(_name, 1)
    EXPECTED[f"wire/{_name}"] = Expected(
        str(_fields["format"]),
        _items,
        titled=_items if _fields["headline"] else 0,
        dated=_items if _fields["date"] else 0,
    )


def _left_out(relative: Path) -> bool:
    return any(
        part in LEFT_OUT or relative.suffix in LEFT_OUT or relative.name in LEFT_OUT
        for part in relative.parts
    )


def test_every_news_file_is_listed() -> None:
    found = {
        path.relative_to(ROOT).as_posix()
        for path in ROOT.rglob("*")
        if path.is_file() and not _left_out(path.relative_to(ROOT))
    }
    assert found == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_file_is_read_by_its_format(name: str) -> None:
    expected = EXPECTED[name]
    path = ROOT / name
    detections = newscore.detect(path.read_bytes())
    assert detections, "no format recognises the file"
    assert detections[0].format == (expected.detected or expected.format)
    articles = list(newscore.read(path, extract=False))
    assert [article.format for article in articles] == [expected.format] * expected.articles
    titled = sum(bool(article.title) for article in articles)
    dated = sum(article.date is not None for article in articles)
    assert titled == (expected.articles if expected.titled is None else expected.titled)
    assert dated == (expected.articles if expected.dated is None else expected.dated)
    assert not [p for a in articles for p in a.problems if p.severity == "error"]


def _dateline_places(article: newscore.Article) -> set[str]:
    """The ways the article writes its dateline's place: as printed, first place, with country."""
    names = {str(article.meta.get("dateline_place"))}
    places = article.meta.get("dateline_places")
    if isinstance(places, tuple) and places:
        names.add(str(places[0]))
        country = article.meta.get("dateline_country")
        if country is not None:
            names.add(f"{places[0]}, {country}")
    return names


@pytest.mark.parametrize("name", sorted(WIRE))
def test_wire_file_matches_what_it_says(name: str) -> None:
    fields = WIRE[name]
    article, *_ = newscore.read(ROOT / "wire" / name, extract=False)
    assert article.title == fields["headline"]
    assert (article.date.isoformat() if article.date else None) == fields["date"]
    place = fields["dateline_place"]
    if place is not None:
        assert place.casefold() in {name.casefold() for name in _dateline_places(article)}
    byline = fields["byline"]
    if byline is not None:
        assert " ".join(str(article.meta.get("byline")).split()) == " ".join(byline.split())
    start = fields["body_starts"]
    if start is not None:
        body = " ".join(
            " ".join(s.text.split()) for s in article.sections if s.kind in {"lead", "body"}
        )
        assert body.startswith(" ".join(start.split()))


_TAG = regex.compile(r"</?+[A-Za-z][A-Za-z0-9:]{0,20}+[ />]")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_markup_reaches_text_or_speakers(name: str) -> None:
    for article in newscore.read(ROOT / name):
        if article.format == "reuters21578":
            continue  # SGML copy whose bodies quote "<" as written (&lt; decoded)
        for section in article.sections:
            assert _TAG.search(section.text) is None, (section.kind, section.text[:200])
        for statement in article.statements:
            speaker = statement.speaker.name if statement.speaker else ""
            assert "<" not in speaker, speaker
            assert ">" not in speaker, speaker
