"""Hostile inputs are read in linear time and bounded memory, by every format.

Each case runs in a child process with a time and memory budget
(:mod:`newscore.testing.pathological`), at a size ``n`` and at ``2 * n``: the
larger may take at most 2.5 times as long (2.6 in the quick part, where eleven
readers share one measurement); a quadratic part gives 3 to 4. The quick part reads each case once with every
installed format in turn (forced, then detected) and small sizes;
the ``slow`` part (``nox -s reliability``) measures every format on its own,
at the long sizes (up to 10^5 nested ``<div>`` elements, 10^6 table cells,
lines of 10^6 characters and more).

Reproduce one figure with, for example::

    python -c "from newscore.testing.pathological import assert_linear as a;
    print(a(\"'<div>' * n + 'x' + '</div>' * n\", size=50_000, min_seconds=0,
    max_size=50_000, work='list(newscore.read(text, format=\\'nexis-html\\', extract=False))'))"
"""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path

import pytest

import newscore
from newscore.testing.pathological import Budget, assert_linear, measure_doubling

# name: (a Python expression of n building the input, quick n, long n)
CASES: dict[str, tuple[str, int, int]] = {
    "nested divs": ("'<html><body>' + '<div>' * n + 'x' + '</div>' * n", 1_000, 50_000),
    "nested divs, unclosed": ("'<html><body>' + '<div>' * n + 'text'", 1_000, 50_000),
    "table cells": (
        "'<html><body><table><tr>' + '<td>x</td>' * n + '</tr></table></body></html>'",
        5_000,
        500_000,
    ),
    "a huge single line": ("'Kyiv said so. ' * n", 5_000, 500_000),
    "a huge line of spaces and tabs": ("'x' + ' \\t' * n + 'y\\n'", 10_000, 500_000),
    "many blank lines": ("'Title\\n' + '\\n' * n + 'Body.\\n'", 2_000, 500_000),
    "many Source labels": ("'Kyiv said so.\\n' + 'Source: Reuters\\n' * n", 1_000, 100_000),
    "many datelines": ("'KYIV, March 3 (Reuters) - Officials said so.\\n\\n' * n", 500, 50_000),
    "many JSON lines": ('\'{"title": "x", "body": "y"}\\n\' * n', 1_000, 100_000),
    "CRLF only": ("'\\r\\n' * n", 5_000, 500_000),
    "CR only": ("'\\r' * n", 5_000, 500_000),
    "alternating quote marks": ("'\"“\\'”' * n + '\\n'", 5_000, 200_000),
    "entities": ("'<p>' + '&amp;' * n + '</p>'", 5_000, 100_000),
    "many Factiva labels": ("'HD\\nx\\nLP\\ny\\nTD\\nz\\n' * n", 500, 50_000),
    "many Nexis banners": ("'1 of 2 DOCUMENTS\\n\\nx\\n\\nEnd of Document\\n' * n", 500, 50_000),
    "many Reuters elements": (
        "'<REUTERS NEWID=\"1\"><TEXT><TITLE>t</TITLE><BODY>b</BODY></TEXT></REUTERS>\\n' * n",
        500,
        50_000,
    ),
    "NULs and lone surrogates": ("'a\\x00\\ud800' * n", 5_000, 200_000),
}

QUICK_BUDGET = Budget(seconds=60, memory=2 << 30)
LONG_BUDGET = Budget(seconds=300, memory=3 << 30)
EVERY_FORMAT = "for fmt in FORMATS:\n        list(newscore.read(text, format=fmt, extract=False))"
SETUP = "import newscore\nFORMATS = (*newscore.formats(), None)"
LOG = logging.getLogger(__name__)  # the measurements, shown live (log_cli_level = INFO)


@pytest.mark.parametrize("name", CASES)
def test_every_format_is_linear(name: str) -> None:
    build, size, _ = CASES[name]
    doubling = assert_linear(
        build,
        work=EVERY_FORMAT,
        setup=SETUP,
        size=size,
        min_seconds=0.1,
        attempts=3,  # small sizes on a shared machine: a third try before failing
        # Eleven readers of strings of megabytes in one run: memory, not the algorithm,
        # moves the ratio past 2.2 (2.3 to 2.6 seen on linear code); a quadratic gives 4.
        max_ratio=2.6,
        budget=QUICK_BUDGET,
    )
    LOG.info("%s, every format: %s", name, doubling)


@pytest.mark.parametrize("name", ["a huge single line", "many Source labels", "many datelines"])
def test_extraction_is_linear_on_hostile_layouts(name: str) -> None:
    build, size, _ = CASES[name]
    doubling = assert_linear(
        build, size=size // 4, min_seconds=0.1, attempts=3, budget=QUICK_BUDGET
    )
    LOG.info("%s, detected, with extraction: %s", name, doubling)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", [*newscore.formats(), None])
@pytest.mark.parametrize("name", CASES)
def test_each_format_is_linear_at_length(name: str, fmt: str | None) -> None:
    build, _, size = CASES[name]
    doubling = assert_linear(
        build,
        work=f"list(newscore.read(text, format={fmt!r}, extract=False))",
        size=size,
        max_size=8 * size,
        min_seconds=0.3,
        budget=LONG_BUDGET,
    )
    LOG.info("%s, format=%r: %s", name, fmt, doubling)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["nexis-html", "factiva-html", None])
def test_a_million_table_cells_in_five_seconds(fmt: str | None) -> None:
    build, _, size = CASES["table cells"]
    # Linearity is test_each_format_is_linear_at_length's business; this is the time.
    doubling = measure_doubling(
        build,
        work=f"list(newscore.read(text, format={fmt!r}, extract=False))",
        size=size,
        max_size=size,
        min_seconds=0,
        repeats=1,
        budget=LONG_BUDGET,
    )
    LOG.info("10^6 table cells, format=%r: %s", fmt, doubling)
    assert doubling.doubled_seconds < 5, f"10^6 cells with format={fmt!r}: {doubling}"


# A DOCX whose document inflates to 1 GB: 1 MiB of paragraphs, 1024 times.
_PARAGRAPH = b"<w:p><w:r><w:t>" + b"a" * 1000 + b"</w:t></w:r></w:p>"
_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w='
    b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)


@pytest.fixture(scope="module")
def docx_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Write a 1 GB-inflating DOCX (about 1 MB on disk) and return its path."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    block = _PARAGRAPH * ((1 << 20) // len(_PARAGRAPH) + 1)  # 1 MiB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        _furnish(archive)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(_HEAD)
            for _ in range(1024):
                member.write(block)
            member.write(b"</w:body></w:document>")
    return path


def _read_bytes_of(fmt: str | None) -> str:
    return f"list(newscore.read(io.BytesIO(text), format={fmt!r}, extract=False))"


@pytest.mark.parametrize("fmt", ["nexis-docx", None])
def test_a_docx_inflating_to_a_gigabyte_is_refused(docx_bomb: Path, fmt: str | None) -> None:
    small = _small_docx(docx_bomb.parent)
    work = _read_bytes_of(fmt)
    baseline = measure_doubling(
        f"open({str(small)!r}, 'rb').read()",
        work=work,
        setup="import io, newscore",
        size=1,
        max_size=1,
        min_seconds=0,
        repeats=1,
        budget=Budget(seconds=60, memory=0),
    )
    bomb = measure_doubling(
        f"open({str(docx_bomb)!r}, 'rb').read()",
        work=work,
        setup="import io, newscore",
        size=1,
        max_size=1,
        min_seconds=0,
        repeats=1,
        budget=Budget(seconds=60, memory=0),
    )
    assert docx_bomb.stat().st_size < 8 << 20  # small on disk...
    with zipfile.ZipFile(docx_bomb) as archive:  # ...but a gigabyte inflated
        assert archive.getinfo("word/document.xml").file_size >= 1 << 30
    grown = bomb.peak_memory - baseline.peak_memory
    LOG.info("1 GB DOCX, format=%r: %s (a small DOCX: %s)", fmt, bomb, baseline)
    assert bomb.seconds < 2, f"the bomb took {bomb.seconds:.2f} s to refuse: {bomb}"
    assert grown < 100 << 20, f"the bomb took {grown / 2**20:.0f} MiB more than a small DOCX"
    articles = list(newscore.read(docx_bomb, format=fmt, extract=False))
    codes = [problem.code for article in articles for problem in article.problems]
    assert any(code.endswith("too-large") for code in codes), codes
    with pytest.raises(newscore.ParseError) as raised:
        list(newscore.read(docx_bomb, format=fmt, strict=True, extract=False))
    assert not isinstance(raised.value, newscore.PluginCrashError)


def _furnish(archive: zipfile.ZipFile) -> None:
    """Write the parts that make a zip look like a Nexis DOCX to detection."""
    archive.writestr("[Content_Types].xml", "<Types/>")
    archive.writestr(
        "docProps/custom.xml", '<Properties><property name="LADeliveryID"/></Properties>'
    )


def _small_docx(folder: Path) -> Path:
    path = folder / "small.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        _furnish(archive)
        archive.writestr("word/document.xml", _HEAD + _PARAGRAPH + b"</w:body></w:document>")
    return path
