"""The ANPA-1312 and IPTC 7901 corpus files read as ``wire/expected.json`` says they should."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

import newscore
from newscore.testing.corpus import shared_path
from newscore_wire import anpa, iptc7901

TEXT_FILES = (
    "anpa-1.tst",
    "anpa-2.tst",
    "anpa-4.tst",
    "ap_anpa-1.tst",
    "ap_anpa-2.tst",
    "ap_anpa-3.tst",
    "ap_anpa-6.tst",
    "ap_anpa-7.tst",
    "IPTC7901.txt",
    "dpa_four_line.txt",
    "dpa_two_line.txt",
)


class _Wire:
    @newscore.hookimpl
    def newscore_register_formats(self, registry: newscore.FormatRegistry) -> None:
        for fmt in (*anpa.FORMATS, *iptc7901.FORMATS):
            registry.add(fmt)


HOST = newscore.PluginHost(entry_points=False, plugins=[("wire-text", _Wire())])


def _path(name: str) -> Path:
    return shared_path("corpus", "wire", name, anchor=__file__)


def _expected(name: str) -> dict[str, str | None]:
    entries: dict[str, dict[str, str | None]] = json.loads(
        _path("expected.json").read_text(encoding="utf-8")
    )
    return entries[name]


def _controls(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c) == "Cc" and c not in "\t\r\n"]


def _place(article: newscore.Article) -> str:
    places = article.meta.get("dateline_places")
    assert isinstance(places, tuple), "no dateline place was read"
    assert places
    country = article.meta.get("dateline_country")
    return f"{places[0]}, {country}" if isinstance(country, str) else places[0]


@pytest.mark.parametrize("name", TEXT_FILES)
def test_corpus_file_matches_expected(name: str) -> None:
    expected = _expected(name)
    path = _path(name)
    (best, *_) = HOST.detect(path.read_bytes())
    assert best.format == expected["format"]
    articles = list(HOST.read(path))
    assert len(articles) == 1  # each file holds one transmission
    (article,) = articles
    assert article.format == expected["format"]
    assert article.title == expected["headline"]
    assert article.date is not None
    assert article.date.isoformat() == expected["date"]
    if expected["dateline_place"] is not None:
        assert _place(article).casefold() == expected["dateline_place"].casefold()
    if expected["byline"] is not None:
        assert " ".join(str(article.meta["byline"]).split()) == expected["byline"]
    story = [s.text for s in article.sections if s.kind in {"lead", "body"}]
    if expected["body_starts"] is not None:
        assert " ".join(" ".join(story).split()).startswith(expected["body_starts"])
    values = [article.title or "", article.lead or ""]
    values += [s.text for s in (*article.sections, *article.furniture)]
    assert not [v for v in values if _controls(v)]
    assert _controls(article.raw)  # the control bytes stay in raw


def test_newscore_detect_picks_the_wire_formats() -> None:
    assert HOST.detect(_path("anpa-1.tst").read_bytes())[0].format == "anpa-1312"
    assert HOST.detect(_path("IPTC7901.txt").read_text(encoding="utf-8"))[0].format == "iptc-7901"


def test_dpa_four_line_reads_with_a_guessed_encoding() -> None:
    (article,) = HOST.read(_path("dpa_four_line.txt"))
    (guess,) = [p for p in article.problems if p.code == "read.encoding-guess"]
    assert guess.severity == "warning"
    assert "cp1252" in guess.message
    assert "Helen\u00a0Corbett" in article.raw  # byte 0xA0 is a no-break space


def test_ap_quotes_in_backquotes_come_out_as_statements() -> None:
    (article,) = HOST.read(_path("anpa-1.tst"))
    assert "``Look Good Feel Better''" in article.raw
    said = [s for s in article.statements if s.direct]
    assert said, "no direct statement was found in ``...'' quotes"
    assert any("Castro" in s.speaker.name for s in article.statements)
