"""Regression tests for hostile inputs: nothing crashes, nothing is lost, bounds are problems."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import newscore_nexis
import pytest
from newscore_nexis._bounds import ZipLimits, open_document

import newscore
from newscore.testing.contract import check_article

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_DOCUMENT = (
    "<w:document {w}><w:body>"
    "<w:p><w:r><w:t>Title one</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>The Outlet</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>January 1, 2014 Wednesday</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Byline: Jane Doe</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Body</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>A paragraph of text.</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>End of Document</w:t></w:r></w:p>"
    "{more}</w:body></w:document>"
)


def _docx(path: Path, xml: str, *, stored: bool = False) -> Path:
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", method) as archive:
        archive.writestr("docProps/custom.xml", "<Properties>LADeliveryID</Properties>")
        archive.writestr("word/document.xml", xml)
    return path


def _read(source: object, **options: object) -> list[newscore.Article]:
    articles = list(newscore.read(source, extract=False, **options))  # type: ignore[arg-type]
    for article in articles:
        check_article(article)
    return articles


def _codes(articles: list[newscore.Article]) -> set[str]:
    return {problem.code for article in articles for problem in article.problems}


_HOSTILE_XML = {
    "billion laughs": (
        '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
        + _DOCUMENT.format(w=_W, more="<w:p><w:r><w:t>&d;&d;&d;</w:t></w:r></w:p>")
    ),
    "undefined entity": _DOCUMENT.format(w=_W, more="<w:p><w:r><w:t>&nope;</w:t></w:r></w:p>"),
    "nested runs": _DOCUMENT.format(
        w=_W, more="<w:p>" + "<w:r>" * 100_000 + "x" + "</w:r>" * 100_000 + "</w:p>"
    ),
    "huge text node": _DOCUMENT.format(
        w=_W, more="<w:p><w:r><w:t>" + "a" * (11 << 20) + "</w:t></w:r></w:p>"
    ),
}


@pytest.mark.parametrize("case", sorted(_HOSTILE_XML))
@pytest.mark.parametrize("stored", [False, True])
def test_docx_hostile_xml_gives_problems_not_crashes(
    tmp_path: Path, case: str, stored: bool
) -> None:
    """Hostile XML in a DOCX: lenient keeps the intact article; strict raises a ParseError.

    A deflated member that inflates past the ratio bound is refused before any
    XML is read; stored, the same XML reaches libxml2's own bounds.
    """
    path = _docx(tmp_path / "hostile.docx", _HOSTILE_XML[case], stored=stored)
    articles = _read(path)
    if "nexis-docx.too-large" in _codes(articles):
        assert not stored
        assert len(articles) == 1
    else:
        assert articles[0].title == "Title one"
        assert articles[0].date is not None
    assert "&d;" not in "".join(article.raw for article in articles)  # entities never expand
    if case != "billion laughs":
        assert _codes(articles) & {"nexis-docx.bad-xml", "nexis-docx.too-large"}
    if case != "billion laughs":
        with pytest.raises(newscore.ParseError) as raised:
            _read(path, strict=True)
        assert raised.value.code in {"nexis-docx.bad-xml", "nexis-docx.too-large"}
        assert raised.value.line >= 1


def test_docx_without_end_of_document_keeps_its_text(tmp_path: Path) -> None:
    """No 'End of Document' line and no field: one article with a problem, not nothing."""
    xml = f"<w:document {_W}><w:body>" + "<w:p><w:r><w:t>para</w:t></w:r></w:p>" * 50
    path = _docx(tmp_path / "plain.docx", xml + "</w:body></w:document>")
    articles = _read(path, format="nexis-docx")
    assert len(articles) == 1
    assert articles[0].raw.count("para") == 50
    assert "nexis-docx.no-article" in _codes(articles)


def test_docx_cover_pages_are_bounded() -> None:
    """Cover pages past the header bound become articles, never an unbounded buffer."""
    line = "x" * 1000 + "\n"
    lines = [line, "\n"] * 3000  # 3 MB of paragraphs, no document
    articles = list(newscore_nexis.NEXIS_DOCX.read(lines, newscore.ReadOptions()))  # type: ignore[misc]
    assert "nexis-docx.no-article" in _codes(articles)
    assert sum(article.raw.count("x") for article in articles) == 3000 * 1000
    for article in articles:
        check_article(article)


@pytest.mark.parametrize(
    ("limits", "members"),
    [
        (ZipLimits(members=3), 5),
        (ZipLimits(total_size=1000), 1),
        (ZipLimits(document_size=1000), 1),
        (ZipLimits(ratio=2, ratio_floor=100), 1),
    ],
)
def test_docx_zip_bounds(tmp_path: Path, limits: ZipLimits, members: int) -> None:
    """Each bound of a ZIP container refuses the file with nexis-docx.too-large."""
    path = tmp_path / "bounded.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(members):
            archive.writestr(f"other{number}.xml", "<x/>")
        archive.writestr("word/document.xml", "<w:document>" + "a" * 5000 + "</w:document>")
    with path.open("rb") as binary, pytest.raises(newscore.ParseError) as raised:
        open_document(binary, limits)
    assert raised.value.code == "nexis-docx.too-large"


def test_docx_broken_zips(tmp_path: Path) -> None:
    """Truncated and corrupted archives give an article with a problem, or a ParseError."""
    good = _docx(tmp_path / "good.docx", _DOCUMENT.format(w=_W, more="")).read_bytes()
    for cut in (10, len(good) // 2, len(good) - 10):
        broken = tmp_path / f"cut{cut}.docx"
        broken.write_bytes(good[:cut])
        articles = _read(broken, format="nexis-docx")
        assert articles
        with pytest.raises(newscore.ParseError):
            _read(broken, format="nexis-docx", strict=True)
    flipped = bytearray(good)
    start = good.index(b"word/document.xml") + 40
    flipped[start : start + 20] = b"\xff" * 20
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(bytes(flipped))
    assert _read(damaged, format="nexis-docx")


_BOMB_CHILD = """
import json, resource, sys, time
import newscore
newscore.formats()  # load the plugins before the clock starts
start = time.perf_counter()
articles = list(newscore.read(sys.argv[1], extract=False))
seconds = time.perf_counter() - start
# VmHWM starts afresh at exec; ru_maxrss would keep the forking parent's peak.
with open("/proc/self/status") as status:
    hwm = [line for line in status if line.startswith("VmHWM:")]
rusage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
peak = int(hwm[0].split()[1]) * 1024 if hwm else rusage
codes = [p.code for a in articles for p in a.problems]
json.dump([seconds, peak, codes, [a.format for a in articles]], sys.stdout)
"""


def _in_child(path: Path, timeout: float) -> tuple[float, int, list[str], list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _BOMB_CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    seconds, peak, codes, formats = json.loads(done.stdout)
    return seconds, peak, codes, formats


def test_docx_zip_bomb_is_refused_fast(tmp_path: Path) -> None:
    """A DOCX inflating to 1 GB is refused within 2 s and 100 MB (in a child process)."""
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("docProps/custom.xml", "<Properties>LADeliveryID</Properties>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(f"<w:document {_W}><w:body><w:p><w:r><w:t>".encode())
            block = b"a" * (1 << 20)
            for _ in range(1024):
                member.write(block)
            member.write(b"</w:t></w:r></w:p></w:body></w:document>")
    seconds, peak, codes, formats = _in_child(path, timeout=60)
    assert formats == ["nexis-docx"]
    assert "nexis-docx.too-large" in codes
    assert seconds < 2.0
    assert peak < 100 << 20


def test_text_without_banner_over_a_mebibyte_loses_nothing() -> None:
    """Over 1 MiB of text without a document line: read in pieces, every character kept."""
    text = "word " * 100 + "\n"
    text = text * ((3 << 20) // len(text))
    articles = _read(text, format="nexis")
    assert sum(len(article.raw) for article in articles) == len(text)
    assert "".join(article.raw for article in articles) == text
    assert "nexis.no-document-line" in _codes(articles)
    with pytest.raises(newscore.ParseError) as raised:
        _read(text, format="nexis", strict=True)
    assert raised.value.code == "nexis.no-document-line"
    assert raised.value.line > 1


def test_html_without_markers_is_read() -> None:
    """Nexis HTML without DOCFULL markers gives one article; parse's title is no HTML source."""
    html = "<html><head><title>T</title></head><body><p>Headline</p><p>Body text.</p></body></html>"
    articles = _read(html, format="nexis-html")
    assert len(articles) == 1
    assert articles[0].raw == "Headline\n\nBody text.\n"
    assert "nexis-html.no-document-marker" in _codes(articles)
    parsed = newscore.parse(html, format="nexis-html", extract=False)
    assert parsed.title is None or "<" not in parsed.title


def _export(*documents: str) -> str:
    parts = ['<HTML><HEAD><META DOCUMENTS="2" /></HEAD><BODY>\n']
    parts.extend(f"<!-- <DOCFULL> -->\n{body}\n<!-- </DOCFULL> -->\n" for body in documents)
    return "".join(parts) + "</BODY></HTML>\n"


_GOOD = (
    "<DIV><P><SPAN>1 of 2 DOCUMENTS</SPAN></P></DIV>\n<DIV><P><SPAN>The Outlet</SPAN></P></DIV>\n"
    "<DIV><P><SPAN>January 1, 2014 Wednesday</SPAN></P></DIV>\n"
    "<DIV><P><SPAN>Good title</SPAN></P></DIV>\n"
    "<DIV><P><SPAN>BYLINE: </SPAN><SPAN>Jane Doe</SPAN></P></DIV>\n"
    "<DIV><P><SPAN>UPDATE: a body paragraph, not a field</SPAN></P></DIV>\n"
)


def test_html_deep_nesting_keeps_both_articles() -> None:
    """10^5 nested divs: the intact article is read, the deep one kept with an error."""
    deep = "<div>" * 100_000 + "deep" + "</div>" * 100_000
    articles = _read(_export(_GOOD, deep), format="nexis-html")
    assert len(articles) == 2
    assert articles[0].title == "Good title"
    assert articles[0].meta["byline"] == "Jane Doe"
    assert articles[0].provenance is not None
    assert articles[0].provenance.element == "/html/body/DOCFULL[1]"
    assert "nexis-html.unreadable" in {problem.code for problem in articles[1].problems}
    with pytest.raises(newscore.ParseError) as raised:
        _read(_export(_GOOD, deep), format="nexis-html", strict=True)
    assert raised.value.code == "nexis-html.unreadable"
    assert raised.value.line > 1


def test_html_labels_come_from_the_tree() -> None:
    """A paragraph that merely starts like a label is body text, not a field."""
    article = _read(_export(_GOOD), format="nexis-html")[0]
    assert "update" not in article.meta
    assert "UPDATE: a body paragraph, not a field" in (article.lead or "")


def test_html_million_cells_is_fast() -> None:
    """HTML with 10^6 table cells reads in under 5 s (in a child process)."""
    child = (
        "import time, newscore\n"
        "html = '<!-- <DOCFULL> --><table><tr>' + '<td>c</td>' * 1_000_000"
        " + '</tr></table><!-- </DOCFULL> -->'\n"
        "start = time.perf_counter()\n"
        "articles = list(newscore.read(html, format='nexis-html', extract=False))\n"
        "print(time.perf_counter() - start, len(articles))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=60, check=True
    )
    seconds, count = done.stdout.split()
    assert int(count) == 1
    assert float(seconds) < 5.0


@pytest.mark.parametrize("line_end", ["\r\n", "\r", "\n"])
def test_text_line_ends_read_alike(line_end: str) -> None:
    """The synthetic export reads alike with CR LF, CR and LF line ends (path and str)."""
    data = Path(__file__).parent / "data" / "synthetic.TXT"
    text = data.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\n", line_end)
    articles = _read(text)
    assert [article.title for article in articles] == [
        "Council approves new budget",
        "Wire story title",
    ]
    assert articles[0].meta["edition"] == "Edition 1"
    from_path = _read(data)
    assert [article.title for article in from_path] == [article.title for article in articles]


def test_a_zip_of_an_unknown_version_is_not_a_docx() -> None:
    """A zip of version 12.0 (NotImplementedError in zipfile) gives a ParseError."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    data = bytearray(buffer.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 6 : central + 8] = (120).to_bytes(2, "little")  # version needed: 12.0
    with pytest.raises(newscore.ParseError) as info:
        list(newscore.read(io.BytesIO(bytes(data)), format="nexis-docx", strict=True))
    assert info.value.code == "nexis-docx.not-docx"
    lenient = list(newscore.read(io.BytesIO(bytes(data)), format="nexis-docx"))
    assert any(p.severity == "error" for a in lenient for p in a.problems)
