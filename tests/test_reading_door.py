"""One door for reading: parse is the first article of read, and failures never lose text."""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newscore
from newscore import Article, Format, FormatRegistry, ParseError, PluginHost, ReadOptions, Span
from newscore._input import Tape, decoded_lines, looks_like_path, text_lines
from newscore.testing.contract import check_article


class _Plugin:
    def __init__(self, *formats: Format) -> None:
        self.formats = formats

    @newscore.hookimpl
    def newscore_register_formats(self, registry: FormatRegistry) -> None:
        for fmt in self.formats:
            registry.add(fmt)


def _host(*formats: Format, builtins: bool = False) -> PluginHost:
    return PluginHost(entry_points=False, builtins=builtins, plugins=[("fake", _Plugin(*formats))])


def _whole(text: str, options: ReadOptions) -> Article:
    stripped = text.strip()
    start = text.find(stripped) if stripped else 0
    span = Span(start=start, end=start + len(stripped))
    sections = [newscore.Section.unlabelled(kind="body", raw=text, span=span)] if stripped else []
    return Article(raw=text, format="doc", sections=sections)


def _split_at_rules(lines: Iterable[str]) -> Iterator[newscore.Chunk]:
    """Clippings separated by lines of ``===``."""
    buffer: list[str] = []
    offset = start = 0
    line = first_line = 1
    for text in lines:
        if text.strip() == "===":
            if "".join(buffer).strip():
                yield newscore.Chunk(text="".join(buffer), offset=start, line=first_line)
            buffer = []
            start = offset + len(text)
            first_line = line + 1
        else:
            buffer.append(text)
        offset += len(text)
        line += 1
    if "".join(buffer).strip():
        yield newscore.Chunk(text="".join(buffer), offset=start, line=first_line)


BUILTIN = PluginHost(entry_points=False)
"""The built-in formats only: these tests do not depend on the installed plugins."""

DOC = Format(
    name="doc",
    summary="docs split at ===",
    sniff=lambda t: 0.5,
    parse=_whole,
    split=_split_at_rules,
)


# -- parse is the first article of read -----------------------------------------


def test_parse_of_several_articles_reads_the_first_and_counts_the_rest() -> None:
    host = _host(DOC)
    article = host.parse("one\n===\ntwo\n===\nthree\n")
    assert article.raw == "one\n"
    (problem,) = article.problems
    assert (problem.code, problem.severity) == ("parse.first-of-many", "info")
    assert "3 articles" in problem.message
    assert [a.raw for a in host.read("one\n===\ntwo\n===\nthree\n")] == [
        "one\n",
        "two\n",
        "three\n",
    ]


def test_parse_of_one_article_has_no_problem_and_no_provenance() -> None:
    article = _host(DOC).parse("just one\n")
    assert article.problems == ()
    assert article.provenance is None


def test_parse_of_blank_text_still_gives_an_article() -> None:
    assert _host(DOC).parse("").raw == ""
    assert BUILTIN.parse("   ").format == "plain"


@given(st.lists(st.text(alphabet="ab \n", min_size=1).filter(str.strip), min_size=1, max_size=5))
def test_parse_equals_the_first_article_of_read(parts: list[str]) -> None:
    text = "\n===\n".join(part.strip("\n") for part in parts) + "\n"
    host = _host(DOC)
    first = next(iter(host.read(text)))
    parsed = host.parse(text)
    assert parsed.raw == first.raw
    assert parsed.sections == first.sections


# -- formats that read markup ---------------------------------------------------


def _read_items(lines: Iterable[str], options: ReadOptions) -> Iterator[Article]:
    """One article per ``<item>`` line; ``<boom>`` crashes, ``<bad>`` is a located error."""
    offset = 0
    for number, line in enumerate(lines, start=1):
        if "<boom>" in line:
            raise RuntimeError("the reader broke")
        if "<bad>" in line:
            raise ParseError("a bad element", code="items.bad", line=number, column=1)
        if line.startswith("<item>"):
            body = line.removeprefix("<item>").strip()
            span = Span(start=0, end=len(body))
            yield attrs.evolve(
                Article(
                    raw=body,
                    format="items",
                    sections=[newscore.Section.unlabelled(kind="body", raw=body, span=span)],
                ),
                provenance=newscore.Provenance(
                    line=number, offset=offset, element=f"item@{number}"
                ),
            )
        offset += len(line)


ITEMS = Format(name="items", summary="items", sniff=lambda t: 0.6, read=_read_items)


def test_a_format_gives_parse_or_read() -> None:
    with pytest.raises(ValueError, match="parse or a read"):
        Format(name="none", summary="nothing", sniff=lambda t: 0.0)


def test_read_formats_locate_their_articles() -> None:
    articles = list(_host(ITEMS).read("<items>\n<item> one\n<item> two\n</items>\n"))
    assert [a.raw for a in articles] == ["one", "two"]
    assert [a.provenance.index for a in articles if a.provenance] == [0, 1]
    assert [a.provenance.element for a in articles if a.provenance] == ["item@2", "item@3"]
    assert [a.provenance.line for a in articles if a.provenance] == [2, 3]


def test_parse_through_a_read_format_counts_the_rest() -> None:
    article = _host(ITEMS).parse("<item> one\n<item> two\n")
    assert article.raw == "one"
    assert [p.code for p in article.problems] == ["parse.first-of-many"]


def test_a_crash_midway_keeps_the_unread_text() -> None:
    text = "<item> one\n<boom>\n<item> two\n"
    articles = list(_host(ITEMS).read(text))
    assert articles[0].raw == "one"
    leftover = articles[-1]
    assert leftover.raw == "<boom>\n<item> two\n"
    (problem,) = leftover.problems
    assert problem.code == "plugin.crashed"
    assert "RuntimeError: the reader broke" in problem.message
    assert leftover.provenance is not None
    assert leftover.provenance.line == 2
    check_article(leftover, None)


def test_a_crash_in_strict_mode_is_a_located_parse_error() -> None:
    with pytest.raises(newscore.PluginCrashError) as caught:
        list(_host(ITEMS).read("<item> one\n<boom>\n", strict=True))
    error = caught.value
    assert isinstance(error, ParseError)
    assert (error.code, error.plugin, error.line) == ("plugin.crashed", "fake", 2)
    assert isinstance(error.__cause__, RuntimeError)


def test_a_located_error_from_read_is_raised_in_strict_and_kept_in_lenient() -> None:
    text = "<item> one\n<bad>\n"
    with pytest.raises(ParseError) as caught:
        list(_host(ITEMS).read(text, strict=True))
    assert (caught.value.code, caught.value.line) == ("items.bad", 2)
    articles = list(_host(ITEMS).read(text))
    assert articles[-1].raw == "<bad>\n"
    assert [p.code for p in articles[-1].problems] == ["items.bad"]


def _exploding_split(lines: Iterable[str]) -> Iterator[newscore.Chunk]:
    for line in lines:
        if "boom" in line:
            raise KeyError("split broke")
        yield newscore.Chunk(text=line)


def test_a_crashing_split_keeps_the_text_in_lenient_mode() -> None:
    fmt = attrs.evolve(DOC, name="doc", split=_exploding_split)
    articles = list(_host(fmt).read("a\nb\nboom\nc\n"))
    assert [a.raw for a in articles[:2]] == ["a\n", "b\n"]
    assert articles[-1].raw == "boom\nc\n"
    assert articles[-1].problems[0].code == "plugin.crashed"


# -- composing formats through the host ------------------------------------------


def test_a_format_reads_through_its_own_host() -> None:
    def nested(text: str, options: ReadOptions) -> Article:
        assert options.host is not None
        inner = options.host.parse(text[4:], format="doc", extract=False)
        marker = newscore.Section.unlabelled(kind="slug", raw=text, span=Span(start=0, end=3))
        return attrs.evolve(inner.shifted(4, raw=text), format="outer", furniture=[marker])

    outer = Format(name="outer", summary="wraps doc", sniff=lambda t: 0.1, parse=nested)
    host = _host(DOC, outer)
    article = host.parse(">>> inner text\n", format="outer")
    assert article.format == "outer"
    assert article.sections[0].text == "inner text"
    check_article(article, None)


def test_shifted_moves_every_span_and_chain() -> None:
    inner = BUILTIN.parse(
        "date 2025-08-30 Kyiv said so, citing officials.\n\nSource: Reuters citing AP\n"
    )
    outer_raw = "HEADER\n" + inner.raw
    moved = inner.shifted(7, raw=outer_raw)
    header = newscore.Section.unlabelled(kind="slug", raw=outer_raw, span=Span(start=0, end=6))
    check_article(attrs.evolve(moved, furniture=(header, *moved.furniture)), None)
    assert moved.title == inner.title
    assert moved.sections != inner.sections
    for before, after in zip(inner.sources, moved.sources, strict=True):
        assert after.span.of(outer_raw) == before.span.of(inner.raw)
        if before.via is not None:
            assert after.via is not None
            assert after.via.span.of(outer_raw) == before.via.span.of(inner.raw)
    for before_s, after_s in zip(inner.statements, moved.statements, strict=True):
        assert after_s.span.of(outer_raw) == before_s.span.of(inner.raw)
    with pytest.raises(ValueError, match="offset"):
        inner.shifted(3, raw=outer_raw)


# -- input that is not what it seems ---------------------------------------------


def test_a_one_line_str_that_looks_like_a_missing_file(tmp_path: Path) -> None:
    missing = str(tmp_path / "typo.txt")
    (article,) = BUILTIN.read(missing)
    assert article.raw == missing
    assert "read.looks-like-path" in [p.code for p in article.problems]
    with pytest.raises(ParseError) as caught:
        list(BUILTIN.read("typo.txt", strict=True))
    assert caught.value.code == "read.looks-like-path"


def test_an_existing_path_given_as_str_is_read(tmp_path: Path) -> None:
    path = tmp_path / "clip.txt"
    path.write_bytes(b"Kyiv said so.\r\n")
    (article,) = BUILTIN.read(str(path))
    assert article.raw == "Kyiv said so.\r\n"
    assert article.provenance is not None
    assert article.provenance.origin == str(path)


@pytest.mark.parametrize(
    "text", ["typo.txt", "data/export.html", r"C:\exports\a.docx", "./x", "notes.md"]
)
def test_looks_like_path(text: str) -> None:
    assert looks_like_path(text)


@pytest.mark.parametrize(
    "text", ["Kyiv said so.", "He said: see file.txt", "", "a\nb.txt", "3.14", "U.S."]
)
def test_does_not_look_like_path(text: str) -> None:
    assert not looks_like_path(text)


def test_bad_bytes_are_replaced_and_reported_in_lenient_mode(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Kyiv said so.\n\ncaf\xe9 is open.\n")
    (article,) = BUILTIN.read(path, encoding="utf-8")
    assert "caf\ufffd is open." in article.raw
    (problem,) = [p for p in article.problems if p.code == "read.encoding"]
    assert "byte 18" in problem.message
    with pytest.raises(ParseError) as caught:
        list(BUILTIN.read(path, strict=True, encoding="utf-8"))
    assert (caught.value.code, caught.value.line, caught.value.column) == ("read.encoding", 3, 4)


def test_an_unknown_encoding_is_the_callers_mistake(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"text\n")
    with pytest.raises(LookupError):
        list(BUILTIN.read(path, encoding="no-such-codec"))


# -- the line machinery -------------------------------------------------------------


@given(st.text(alphabet=st.sampled_from("ab\r\n\u2028 ")))
def test_text_lines_keep_every_character_and_split_only_at_line_ends(text: str) -> None:
    lines = list(text_lines(text))
    assert "".join(lines) == text
    for line, following in itertools.pairwise(lines):
        body = line.removesuffix("\r\n") if line.endswith("\r\n") else line[:-1]
        assert line.endswith(("\n", "\r"))
        assert "\n" not in body
        assert "\r" not in body
        assert not (line.endswith("\r") and following.startswith("\n"))


@given(st.binary(max_size=300), st.integers(min_value=1, max_value=7))
def test_decoded_lines_match_a_whole_decode(data: bytes, block: int) -> None:
    problems: list[newscore.Problem] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("newscore._input.BLOCK_SIZE", block)
        lines = list(decoded_lines(io.BytesIO(data), "utf-8", problems, strict=False))
    text = "".join(lines)
    assert text == data.decode("utf-8", "replace")
    assert lines == list(text_lines(text))
    assert bool(problems) == _invalid(data)


def _invalid(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def test_tape_keeps_lines_since_the_mark_within_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newscore._input.TAPE_LIMIT", 6)
    tape = Tape(["ab\n", "cd\n", "ef\n", "gh\n"])
    assert next(tape) == "ab\n"
    tape.mark()
    assert (tape.marked_line, tape.marked_offset) == (2, 3)
    assert next(tape) == "cd\n"
    assert tape.rest() == "cd\nef\n"
    assert tape.dropped == 3


def test_a_text_stream_that_cannot_decode_keeps_what_it_gave(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Kyiv said so.\n" * 3000 + b"caf\xe9\n")  # past the decoding buffer
    with path.open(encoding="utf-8", newline="") as stream:
        articles = list(BUILTIN.read(stream, format="plain"))
    assert "".join(a.raw for a in articles).startswith("Kyiv said so.\n")
    codes = [p.code for a in articles for p in a.problems]
    assert codes.count("read.encoding") == 1
    with path.open(encoding="utf-8", newline="") as stream, pytest.raises(ParseError) as caught:
        list(BUILTIN.read(stream, strict=True))
    assert caught.value.code == "read.encoding"


def test_bad_bytes_after_the_last_article_are_still_reported() -> None:
    articles = list(BUILTIN.read(io.BytesIO(b"   \n\xff\n"), format="plain", encoding="utf-8"))
    assert [p.code for a in articles for p in a.problems].count("read.encoding") == 1
    blank = list(BUILTIN.read(io.BytesIO(b"  \xff  "), encoding="utf-8"))
    assert [p.code for a in blank for p in a.problems] == ["read.encoding"]


def _read_doubtful(lines: Iterable[str], options: ReadOptions) -> Iterator[Article]:
    for number, line in enumerate(lines, start=1):
        body = line.strip()
        if body:
            span = Span(start=0, end=len(body))
            problem = newscore.Problem(code="doubt.here", message="doubtful", span=span)
            yield attrs.evolve(
                Article(
                    raw=body,
                    format="doubtful",
                    sections=[newscore.Section.unlabelled(kind="body", raw=body, span=span)],
                    problems=[problem] if "?" in body else [],
                ),
                provenance=newscore.Provenance(line=number),
            )


def test_strict_read_formats_raise_at_the_articles_line_in_the_input() -> None:
    fmt = Format(name="doubtful", summary="doubts", sniff=lambda t: 0.5, read=_read_doubtful)
    text = "<x>fine</x>\n\n<x>unsure?</x>\n"
    assert len(list(_host(fmt).read(text))) == 2
    with pytest.raises(ParseError) as caught:
        list(_host(fmt).read(text, strict=True))
    assert (caught.value.code, caught.value.line, caught.value.column) == ("doubt.here", 3, 1)


def test_a_path_like_problem_has_no_span_outside_raw(tmp_path: Path) -> None:
    (article,) = BUILTIN.read(str(tmp_path / "gone.txt"))
    (problem,) = [p for p in article.problems if p.code == "read.looks-like-path"]
    assert problem.span is None
