"""Contract, robustness and round-trip properties of ``nitf``, ``ninjs`` and ``ap-media-api-json``."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import newscore
from _wire_host import wire_host
from newscore.testing.clippings import ClippingParts, build_article, clipping_parts
from newscore.testing.contract import check_article, check_format
from newscore_wire import ninjs, nitf

DATA = Path(__file__).parent / "data"
NITF_TEXT = (DATA / "nitf" / "two-items.xml").read_text(encoding="utf-8")
NINJS_TEXT = (DATA / "ninjs" / "items.jsonl").read_text(encoding="utf-8")
HOST = wire_host()


def test_formats_keep_the_contract() -> None:
    check_format(nitf.NITF, [NITF_TEXT], serialised=True)
    check_format(ninjs.NINJS, [NINJS_TEXT], serialised=True)
    check_format(
        ninjs.AP_MEDIA_API_JSON, ['{"api_version": "2", "data": {"item": {}}}'], serialised=True
    )


def test_two_nitf_items_give_two_articles() -> None:
    first, second = HOST.read(NITF_TEXT, format="nitf", extract=False)
    assert (first.title, second.title) == ("First item", "Second item")
    assert first.meta["byline"] == "By A. Writer"
    assert first.meta["byline_title"] == "Staff"
    assert first.meta["datetime"] == "2024-01-05T10:15:00+00:00"
    assert first.meta["dateline_places"] == ("KYIV",)
    assert [s.name for s in first.sources] == ["AP"]
    assert second.date is not None
    assert second.date.isoformat() == "2024-01-06"


def test_ninjs_lines_and_html_bodies() -> None:
    one, two = HOST.read(NINJS_TEXT, extract=False)
    assert (one.format, one.title, two.title) == ("ninjs", "One", "Two")
    assert [s.text for s in two.sections if s.kind == "body"] == ["Second.\n\nSub\n\nThird."]


def test_native_json_is_not_claimed() -> None:
    article = HOST.parse(NITF_TEXT, format="nitf", extract=False)
    assert ninjs.sniff_ninjs(newscore.to_json(article)) == 0.0
    assert ninjs.sniff_ninjs('{"a": 1, "type": "x"}') == 0.0


def test_entities_are_not_resolved() -> None:
    text = (
        '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<nitf><body><body.content><p>&x;</p></body.content></body></nitf>"
    )
    article = HOST.parse(text, format="nitf", extract=False)
    assert "root:" not in article.raw


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("nitf", "<nitf>\n<head><title>T</title></head>\n<body><p>x</body>"),
        ("ninjs", '{"uri": "u",\n "type": ]'),
    ],
)
def test_malformed_input_is_a_problem_or_a_located_parse_error(fmt: str, text: str) -> None:
    article = HOST.parse(text, format=fmt, extract=False)
    assert f"{fmt}.malformed" in [p.code for p in article.problems]
    check_article(article)
    with pytest.raises(newscore.ParseError) as raised:
        HOST.parse(text, format=fmt, strict=True, extract=False)
    assert raised.value.line is not None
    assert raised.value.line >= 2
    assert raised.value.column is not None


@settings(max_examples=40)
@given(st.text(max_size=300), st.sampled_from(["nitf", "ninjs", "ap-media-api-json"]))
def test_lenient_never_raises_and_strict_raises_only_parse_error(text: str, fmt: str) -> None:
    for prefix in (
        "",
        "<nitf><body><body.content><p>",
        '{"uri": "u", "type": "text", "headline": ',
    ):
        article = HOST.parse(prefix + text, format=fmt, extract=False)
        check_article(article)
        with contextlib.suppress(newscore.ParseError):
            HOST.parse(prefix + text, format=fmt, strict=True, extract=False)


@settings(max_examples=40)
@given(clipping_parts(), st.sampled_from(["nitf", "ninjs"]))
def test_writers_round_trip(parts: ClippingParts, fmt: str) -> None:
    article = build_article(parts, format=fmt)
    written = HOST.render(article, fmt)
    if fmt == "nitf":
        etree.fromstring(written.encode("utf-8"))
    else:
        json.loads(written)
    reread = HOST.parse(written, format=fmt, extract=False)
    assert not [p for p in reread.problems if p.severity == "error"]
    assert HOST.detect(written)[0].format == fmt or article.title is None
    assert reread.title == article.title
    assert reread.date == article.date
    expected = [
        " ".join(p.split()) for s in article.sections for p in s.text.split("\n\n") if p.strip()
    ]
    got = [
        " ".join(p.split())
        for s in reread.sections
        if s.kind == "body"
        for p in s.text.split("\n\n")
    ]
    assert got == expected


@pytest.mark.parametrize("encoding", ["utf-8", "iso-8859-1", "utf-16"])
def test_files_are_decoded_by_their_bytes(encoding: str) -> None:
    declared = "utf-16" if encoding == "utf-16" else "iso-8859-1"
    text = f'<?xml version="1.0" encoding="{declared}"?>\r\n<nitf><head><title>£5</title></head></nitf>'
    data = text.encode(encoding)
    if encoding == "utf-16":
        assert data.startswith((b"\xff\xfe", b"\xfe\xff"))
    assert nitf.sniff_bytes(data) == 0.95
    lines = list(nitf.decode(io.BytesIO(data)))
    assert "".join(lines).lstrip("\ufeff") == text
    assert lines[0].endswith("\r\n")
    article = HOST.parse("".join(lines), format="nitf", extract=False)
    assert article.title == "£5"
