from __future__ import annotations

import importlib.metadata
import io
import math
import pathlib
import types
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest

import newscore
from newscore import (
    Article,
    Chunk,
    Format,
    FormatRegistry,
    ParseError,
    PluginError,
    PluginHost,
    PluginWarning,
    Problem,
    ReadOptions,
    Span,
    WriteOptions,
)

# -- fake formats and plugins -------------------------------------------------


def simple_parse(text: str, options: ReadOptions) -> Article:
    return Article(raw=text, format="simple", title=text.strip() or None)


def split_dashes(lines: Iterable[str]) -> Iterator[Chunk]:
    """Cut the input at lines that read ``---``."""
    buffered: list[str] = []
    offset = start = 0
    line_number = start_line = 1
    for line in lines:
        if line.strip() == "---":
            if "".join(buffered).strip():
                yield Chunk(text="".join(buffered), offset=start, line=start_line)
            buffered = []
            offset += len(line)
            line_number += 1
            start, start_line = offset, line_number
            continue
        buffered.append(line)
        offset += len(line)
        line_number += 1
    if "".join(buffered).strip():
        yield Chunk(text="".join(buffered), offset=start, line=start_line)


def make_format(
    name: str = "simple",
    *,
    sniff: Callable[[str], float] = lambda text: 0.5,
    parse: Callable[[str, ReadOptions], Article] = simple_parse,
    write: Callable[[Article, WriteOptions], str] | None = None,
    variants: tuple[str, ...] = (),
    split: Callable[[Iterable[str]], Iterator[Chunk]] = split_dashes,
) -> Format:
    return Format(
        name=name,
        summary=f"the {name} test format",
        sniff=sniff,
        parse=parse,
        write=write,
        variants=variants,
        split=split,
    )


class FormatsPlugin:
    """A plugin that registers the formats it is given, counting its calls."""

    def __init__(self, *formats: Format) -> None:
        self.formats = formats
        self.calls = 0

    @newscore.hookimpl
    def newscore_register_formats(self, registry: FormatRegistry) -> None:
        self.calls += 1
        for fmt in self.formats:
            registry.add(fmt)


class BrokenPlugin:
    """A plugin that registers one format and then raises."""

    @newscore.hookimpl
    def newscore_register_formats(self, registry: FormatRegistry) -> None:
        registry.add(make_format("half"))
        raise RuntimeError("register exploded")


def host_with(*plugins: tuple[str, object], strict_plugins: bool | None = False) -> PluginHost:
    return PluginHost(
        entry_points=False, builtins=False, plugins=plugins, strict_plugins=strict_plugins
    )


def simple_host(fmt: Format | None = None, *more: Format) -> PluginHost:
    return host_with(("fake", FormatsPlugin(fmt or make_format(), *more)))


# -- registration and listing -------------------------------------------------


def test_formats_are_registered_and_listed() -> None:
    plugin = FormatsPlugin(make_format("zeta"), make_format("alpha"))
    host = host_with(("fake", plugin))
    assert host.formats() == ("alpha", "zeta")
    assert host.format("alpha").summary == "the alpha test format"
    (info,) = host.plugins()
    assert info == newscore.PluginInfo(name="fake", formats=("alpha", "zeta"))
    assert plugin.calls == 1
    host.formats()
    host.plugins()
    assert plugin.calls == 1


def test_nothing_is_loaded_at_construction() -> None:
    plugin = FormatsPlugin(make_format())
    host = host_with(("fake", plugin))
    assert plugin.calls == 0
    assert host._registries is None
    host.detect("text")
    assert plugin.calls == 1
    assert host._registries is not None


def test_failing_plugin_is_recorded_and_skipped() -> None:
    good = FormatsPlugin(make_format("good"))
    host = host_with(("broken", BrokenPlugin()), ("good", good))
    with pytest.warns(PluginWarning, match="broken") as record:
        names = host.formats()
    assert len(record) == 1
    assert names == ("good",)  # "half" was rolled back
    infos = {info.name: info for info in host.plugins()}
    assert infos["broken"].error is not None
    assert "RuntimeError" in infos["broken"].error
    assert "register exploded" in infos["broken"].error
    assert infos["broken"].formats == ()
    assert infos["good"].error is None
    assert host.parse("hello", format="good").title == "hello"


def test_plugin_without_valid_hooks_is_recorded() -> None:
    bad = types.SimpleNamespace(newscore_register_nothing=newscore.hookimpl(lambda: None))
    host = host_with(("odd", bad), ("good", FormatsPlugin(make_format("good"))))
    with pytest.warns(PluginWarning, match="odd"):
        assert host.formats() == ("good",)
    infos = {info.name: info for info in host.plugins()}
    assert infos["odd"].error is not None


def test_strict_plugins_raises_plugin_error_naming_plugin() -> None:
    host = host_with(("broken", BrokenPlugin()), strict_plugins=True)
    with pytest.raises(PluginError, match="broken") as info:
        host.formats()
    assert info.value.plugin == "broken"
    assert isinstance(info.value.__cause__, RuntimeError)


def test_strict_plugins_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCORE_STRICT_PLUGINS", "1")
    host = host_with(("broken", BrokenPlugin()), strict_plugins=None)
    assert host.strict_plugins
    with pytest.raises(PluginError) as info:
        host.formats()
    assert info.value.plugin == "broken"


def test_strict_plugins_environment_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCORE_STRICT_PLUGINS", "0")
    assert not host_with(strict_plugins=None).strict_plugins
    monkeypatch.delenv("NEWSCORE_STRICT_PLUGINS")
    assert not host_with(strict_plugins=None).strict_plugins


def test_duplicate_format_names_both_plugins() -> None:
    host = host_with(
        ("first", FormatsPlugin(make_format("dup"))),
        ("second", FormatsPlugin(make_format("dup"), make_format("other"))),
    )
    with pytest.warns(PluginWarning) as record:
        assert host.formats() == ("dup",)
    (warning,) = record
    assert "first" in str(warning.message)
    assert "second" in str(warning.message)
    infos = {info.name: info for info in host.plugins()}
    assert infos["first"].error is None
    assert infos["first"].formats == ("dup",)
    assert infos["second"].error is not None
    assert "first" in infos["second"].error
    assert host.registry.get("dup").plugin == "first"


def test_duplicate_format_names_strict() -> None:
    host = host_with(
        ("first", FormatsPlugin(make_format("dup"))),
        ("second", FormatsPlugin(make_format("dup"))),
        strict_plugins=True,
    )
    with pytest.raises(PluginError, match="first") as info:
        host.formats()
    assert info.value.plugin == "second"
    assert "second" in str(info.value)


def test_registry_rejects_non_formats() -> None:
    with pytest.raises(TypeError, match="Format"):
        FormatRegistry().add("simple")  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["", "Upper", "1abc", "with space", "a+b"])
def test_format_names_are_validated(name: str) -> None:
    with pytest.raises(ValueError, match="lower-case"):
        make_format(name)


def test_format_variants_are_validated() -> None:
    with pytest.raises(ValueError, match="variant"):
        make_format("ok", variants=("Bad Variant",))


# -- entry points -----------------------------------------------------------


class FakeEntryPoint:
    """Stands in for :class:`importlib.metadata.EntryPoint`."""

    def __init__(self, name: str, load: Callable[[], object], version: str | None) -> None:
        self.name = name
        self._load = load
        self.loads = 0
        self.dist = types.SimpleNamespace(version=version) if version else None

    def load(self) -> object:
        self.loads += 1
        return self._load()


def _raise_import_error() -> object:
    raise ImportError("No module named 'newscore_broken'")


def _patch_entry_points(
    monkeypatch: pytest.MonkeyPatch, points: list[FakeEntryPoint]
) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def entry_points(**selection: Any) -> list[FakeEntryPoint]:
        calls.append(selection)
        return points

    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
    return calls


def test_entry_points_load_each_on_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    good_plugin = FormatsPlugin(make_format("good"))
    broken = FakeEntryPoint("aaa-broken", _raise_import_error, "0.3")
    good = FakeEntryPoint("zzz-good", lambda: good_plugin, "1.2")
    calls = _patch_entry_points(monkeypatch, [good, broken])
    host = PluginHost(builtins=False, strict_plugins=False)
    assert calls == []
    assert broken.loads == good.loads == 0
    with pytest.warns(PluginWarning, match="aaa-broken"):
        assert host.formats() == ("good",)
    assert calls == [{"group": "newscore"}]
    assert broken.loads == good.loads == 1
    infos = {info.name: info for info in host.plugins()}
    assert infos["aaa-broken"].version == "0.3"
    assert infos["aaa-broken"].error is not None
    assert "ImportError" in infos["aaa-broken"].error
    assert infos["zzz-good"] == newscore.PluginInfo(
        name="zzz-good", version="1.2", formats=("good",)
    )
    assert host.parse("x", format="good").title == "x"


def test_entry_point_failure_strict(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = FakeEntryPoint("broken", _raise_import_error, None)
    _patch_entry_points(monkeypatch, [broken])
    host = PluginHost(builtins=False, strict_plugins=True)
    with pytest.raises(PluginError, match="broken") as info:
        host.formats()
    assert isinstance(info.value.__cause__, ImportError)


def test_entry_points_off_are_not_queried(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _patch_entry_points(monkeypatch, [])
    host_with(("fake", FormatsPlugin(make_format()))).formats()
    assert calls == []


# -- detect -----------------------------------------------------------------


def test_detect_sorts_best_first_and_clamps() -> None:
    host = simple_host(
        make_format("low", sniff=lambda text: 0.2),
        make_format("high", sniff=lambda text: 7.0),
        make_format("mid", sniff=lambda text: 0.6),
        make_format("zero", sniff=lambda text: 0.0),
        make_format("negative", sniff=lambda text: -3.0),
        make_format("nan", sniff=lambda text: math.nan),
        make_format("also-high", sniff=lambda text: 1.0),
    )
    detections = host.detect("anything")
    assert [(d.format, d.confidence) for d in detections] == [
        ("also-high", 1.0),
        ("high", 1.0),
        ("mid", 0.6),
        ("low", 0.2),
    ]


def test_detect_sees_only_the_head() -> None:
    seen: list[int] = []

    def sniff(text: str) -> float:
        seen.append(len(text))
        return 1.0

    simple_host(make_format(sniff=sniff)).detect("x" * 200_000)
    assert seen == [64 * 1024]


def test_detect_raising_sniff_counts_as_zero_and_warns_once() -> None:
    def sniff(text: str) -> float:
        raise ZeroDivisionError("sniffed badly")

    host = simple_host(make_format("bad", sniff=sniff), make_format("good"))
    with pytest.warns(PluginWarning, match="sniffed badly") as record:
        first = host.detect("a")
    second = host.detect("b")  # no second warning: filterwarnings=error would raise
    assert len(record) == 1
    assert [d.format for d in first] == [d.format for d in second] == ["good"]


def test_detect_raising_sniff_strict_plugins() -> None:
    def sniff(text: str) -> float:
        raise ZeroDivisionError("sniffed badly")

    host = host_with(("fake", FormatsPlugin(make_format(sniff=sniff))), strict_plugins=True)
    with pytest.raises(PluginError, match="sniff"):
        host.detect("a")


def test_detect_rejects_what_is_neither_text_nor_bytes() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        simple_host().detect(1234)  # type: ignore[arg-type]


def test_detect_sniffs_bytes_as_text_unless_they_hold_a_nul() -> None:
    host = simple_host()
    text = "KYIV, March 3 (Reuters) - Officials said so."
    assert host.detect(text.encode()) == host.detect(text)
    assert host.detect(text.encode() + b"\x00") == []


def test_parse_detects_format() -> None:
    host = simple_host(
        make_format("weak", sniff=lambda t: 0.1, parse=lambda t, o: Article(raw=t, format="weak")),
        make_format("strong", sniff=lambda t: 0.9, parse=lambda t, o: Article(raw=t, format="s")),
    )
    assert host.parse("text").format == "s"


def test_parse_without_any_detection() -> None:
    host = simple_host(make_format(sniff=lambda text: 0.0))
    with pytest.raises(newscore.FormatError, match="recognises"):
        host.parse("text")


# -- parse ------------------------------------------------------------------


@pytest.mark.parametrize("value", [b"bytes", None, 1])
def test_parse_rejects_non_str(value: object) -> None:
    with pytest.raises(TypeError, match="str"):
        simple_host().parse(value)  # type: ignore[arg-type]


def test_parse_unknown_format_lists_installed() -> None:
    host = simple_host(make_format("alpha"), make_format("beta"))
    with pytest.raises(newscore.FormatError, match="nope") as info:
        host.parse("x", format="nope")
    assert "alpha, beta" in str(info.value)


def test_parse_passes_options() -> None:
    seen: list[ReadOptions] = []

    def parse(text: str, options: ReadOptions) -> Article:
        seen.append(options)
        return Article(raw=text, format="simple")

    import datetime

    simple_host(make_format(parse=parse)).parse(
        "x", format="simple+ignored", reference_date=datetime.date(2025, 1, 2)
    )
    (options,) = seen
    assert options.reference_date == datetime.date(2025, 1, 2)
    assert not options.strict


def _raising_parse(text: str, options: ReadOptions) -> Article:
    raise ParseError("bad header", code="fake.bad-header", line=2, column=3)


def test_parse_error_lenient_keeps_text() -> None:
    host = simple_host(make_format(parse=_raising_parse))
    text = "\n  first\nsecond line  \n\n"
    article = host.parse(text, format="simple")
    assert article.raw == text
    assert article.format == "simple"
    (section,) = article.sections
    assert section.kind == "body"
    assert section.text == "first\nsecond line"
    assert section.span.of(text) == section.text
    assert section.text_span.of(text) == section.text
    (problem,) = article.problems
    assert problem.code == "fake.bad-header"
    assert problem.severity == "error"
    assert problem.message == "bad header"
    assert problem.span is not None
    assert problem.span == Span(start=text.index("first"), end=text.index("first"))


def test_parse_error_lenient_blank_text() -> None:
    host = simple_host(make_format(parse=_raising_parse))
    article = host.parse("  \n", format="simple")
    assert article.sections == ()
    assert len(article.problems) == 1


def test_parse_error_strict_reraises() -> None:
    host = simple_host(make_format(parse=_raising_parse))
    with pytest.raises(ParseError) as info:
        host.parse("a\nb", format="simple", strict=True)
    assert (info.value.code, info.value.line, info.value.column) == ("fake.bad-header", 2, 3)


def _crashing_parse(text: str, options: ReadOptions) -> Article:
    raise KeyError("oops")


def test_crashing_parse_lenient() -> None:
    host = simple_host(make_format(parse=_crashing_parse))
    article = host.parse(" text ", format="simple")
    (problem,) = article.problems
    assert problem.code == "plugin.crashed"
    assert problem.severity == "error"
    assert "fake" in problem.message
    assert "KeyError" in problem.message
    assert article.sections[0].text == "text"


def test_crashing_parse_strict() -> None:
    host = simple_host(make_format(parse=_crashing_parse))
    with pytest.raises(newscore.PluginCrashError, match="crashed") as info:
        host.parse("text", format="simple", strict=True)
    assert isinstance(info.value, ParseError)
    assert info.value.code == "plugin.crashed"
    assert info.value.plugin == "fake"
    assert isinstance(info.value.__cause__, KeyError)


def test_crashing_parse_strict_plugins() -> None:
    host = host_with(
        ("fake", FormatsPlugin(make_format(parse=_crashing_parse))), strict_plugins=True
    )
    with pytest.raises(newscore.PluginCrashError):
        host.parse("text", format="simple")


def test_parse_returning_non_article() -> None:
    host = simple_host(make_format(parse=lambda text, options: "not an article"))  # type: ignore[arg-type, return-value]
    article = host.parse("text", format="simple")
    assert article.raw == "text"
    assert [p.code for p in article.problems] == ["plugin.crashed"]
    assert "str, not an Article" in article.problems[0].message
    with pytest.raises(newscore.PluginCrashError, match="str") as info:
        host.parse("text", format="simple", strict=True)
    assert info.value.plugin == "fake"


def _with_problem(severity: newscore.Severity) -> Callable[[str, ReadOptions], Article]:
    def parse(text: str, options: ReadOptions) -> Article:
        start = text.index("X")
        problem = Problem(
            code="fake.doubt",
            message="doubtful",
            severity=severity,
            span=Span(start=start, end=start + 1),
        )
        return Article(raw=text, format="simple", problems=(problem,))

    return parse


@pytest.mark.parametrize("severity", ["warning", "error"])
def test_strict_raises_for_doubtful_problem(severity: newscore.Severity) -> None:
    host = simple_host(make_format(parse=_with_problem(severity)))
    text = "line one\r\nline two\rab X"
    assert host.parse(text, format="simple").problems[0].severity == severity
    with pytest.raises(ParseError) as info:
        host.parse(text, format="simple", strict=True)
    assert (info.value.code, info.value.line, info.value.column) == ("fake.doubt", 3, 4)
    assert info.value.message == "doubtful"


def test_strict_ignores_info_problem() -> None:
    host = simple_host(make_format(parse=_with_problem("info")))
    article = host.parse("aX", format="simple", strict=True)
    assert article.problems[0].severity == "info"


# -- read -------------------------------------------------------------------

MULTI = "first\n---\nsecond\nstill second\n---\n\n---\nthird\n"


def _expected_chunks() -> list[tuple[str, int, int]]:
    # (text, offset, line) of each clipping in MULTI
    return [
        ("first\n", 0, 1),
        ("second\nstill second\n", MULTI.index("second"), 3),
        ("third\n", MULTI.index("third"), 8),
    ]


def _check_read(articles: list[Article], origin: str | None) -> None:
    expected = _expected_chunks()
    assert [a.raw for a in articles] == [text for text, _, _ in expected]
    for index, (article, (_, offset, line)) in enumerate(zip(articles, expected, strict=True)):
        assert article.provenance == newscore.Provenance(
            origin=origin, index=index, offset=offset, line=line
        )
        assert MULTI[offset:].startswith(article.raw)


def test_read_from_str() -> None:
    _check_read(list(simple_host().read(MULTI)), None)


def test_read_from_file_object() -> None:
    _check_read(list(simple_host().read(io.StringIO(MULTI))), None)


def test_read_from_named_file_object(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "clips.txt"
    path.write_text(MULTI, encoding="utf-8", newline="")
    with path.open(encoding="utf-8", newline="") as stream:
        _check_read(list(simple_host().read(stream)), str(path))


def test_read_from_path_and_str_path(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "clips.txt"
    path.write_text(MULTI, encoding="utf-8", newline="")
    _check_read(list(simple_host().read(path)), str(path))
    _check_read(list(simple_host().read(str(path))), str(path))


def test_read_keeps_crlf(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "clips.txt"
    path.write_bytes(b"one\r\n---\r\ntwo\r\n")
    assert [a.raw for a in simple_host().read(path)] == ["one\r\n", "two\r\n"]


def test_read_of_missing_looking_path_reads_text() -> None:
    (article,) = simple_host().read("no-such-file.txt")
    assert article.raw == "no-such-file.txt"


def test_read_blank_input_gives_nothing() -> None:
    host = simple_host(make_format(sniff=lambda text: 0.0))
    assert list(host.read("")) == []
    assert list(host.read(" \n\n")) == []


def test_read_rejects_other_types() -> None:
    host = simple_host()
    with pytest.raises(TypeError):
        host.read(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        host.read(b"bytes")  # type: ignore[arg-type]


def test_read_binary_stream_is_decoded_as_text() -> None:
    articles = list(simple_host().read(io.BytesIO("abc\n---\nнові\n".encode())))
    assert [article.raw for article in articles] == ["abc\n", "нові\n"]


def test_read_binary_stream_that_is_not_utf8_names_the_problem() -> None:
    with pytest.raises(ParseError, match="not valid utf-8") as info:
        list(simple_host().read(io.BytesIO(b"abc\xff\xfe\n"), strict=True, encoding="utf-8"))
    assert info.value.code == "read.encoding"
    assert (info.value.line, info.value.column) == (1, 4)
    (lenient,) = simple_host().read(io.BytesIO(b"abc\xff\xfe\n"), encoding="utf-8")
    assert lenient.raw == "abc\ufffd\ufffd\n"
    assert [p.code for p in lenient.problems] == ["read.encoding"]


def test_read_strict_error_line_counts_from_input_start() -> None:
    def parse(text: str, options: ReadOptions) -> Article:
        if "bad" in text:
            raise ParseError.at(text, text.index("bad"), "bad word", code="fake.bad")
        return Article(raw=text, format="simple")

    host = simple_host(make_format(parse=parse))
    text = "ok\n---\nfine\nthe bad one\n"
    with pytest.raises(ParseError) as info:
        list(host.read(text, strict=True))
    assert (info.value.line, info.value.column) == (4, 5)
    (_, lenient) = host.read(text)
    assert lenient.problems[0].code == "fake.bad"


class CountingLines:
    """A file-like object that yields many lines lazily, counting what was pulled."""

    def __init__(self, clippings: int, lines_per_clipping: int) -> None:
        self.clippings = clippings
        self.lines_per_clipping = lines_per_clipping
        self.pulled = 0

    def read(self, size: int = -1) -> str:
        raise AssertionError("read() should stream lines, not read everything")

    def __iter__(self) -> Iterator[str]:
        for clipping in range(self.clippings):
            for line in range(self.lines_per_clipping):
                self.pulled += 1
                yield f"clipping {clipping} line {line} {'x' * 60}\n"
            self.pulled += 1
            yield "---\n"

    @property
    def total(self) -> int:
        return self.clippings * (self.lines_per_clipping + 1)


def test_read_streams() -> None:
    source = CountingLines(clippings=2_000, lines_per_clipping=10)
    articles = simple_host().read(source)  # type: ignore[arg-type]
    assert source.pulled == 0
    first = next(articles)
    assert first.raw.startswith("clipping 0 line 0")
    # only about the 64 KiB sniffing head was read, not the whole input
    assert source.pulled < source.total / 10
    assert sum(1 for _ in articles) == 1_999
    assert source.pulled == source.total


def test_read_with_named_format_skips_detection() -> None:
    calls: list[str] = []

    def sniff(text: str) -> float:
        calls.append(text)
        return 0.0

    host = simple_host(make_format(sniff=sniff))
    assert len(list(host.read(MULTI, format="simple"))) == 3
    assert calls == []


# -- render -----------------------------------------------------------------


def _recording_writer(seen: list[WriteOptions]) -> Callable[[Article, WriteOptions], str]:
    def write(article: Article, options: WriteOptions) -> str:
        seen.append(options)
        return article.raw

    return write


def test_render_passes_variants() -> None:
    seen: list[WriteOptions] = []
    host = simple_host(make_format(write=_recording_writer(seen), variants=("a", "b", "c")))
    article = Article(raw="text", format="simple")
    assert host.render(article, "simple+a+b") == "text"
    assert host.render(article, "simple") == "text"
    assert [options.variants for options in seen] == [frozenset({"a", "b"}), frozenset()]


def test_render_unknown_variant() -> None:
    host = simple_host(make_format(write=_recording_writer([]), variants=("upper", "bold")))
    with pytest.raises(newscore.FormatError, match="italic") as info:
        host.render(Article(raw="x", format="simple"), "simple+bold+italic")
    assert "upper, bold" in str(info.value)


def test_render_format_without_writer() -> None:
    host = simple_host(make_format("reader"), make_format("writer", write=_recording_writer([])))
    with pytest.raises(newscore.FormatError, match="reader") as info:
        host.render(Article(raw="x", format="reader"), "reader")
    assert "writer" in str(info.value)


def test_render_unknown_format() -> None:
    with pytest.raises(newscore.FormatError, match="nope"):
        simple_host().render(Article(raw="x", format="simple"), "nope")


def test_render_rejects_non_article() -> None:
    with pytest.raises(TypeError):
        simple_host().render("x", "simple")  # type: ignore[arg-type]


def test_render_crash_is_attributed() -> None:
    def write(article: Article, options: WriteOptions) -> str:
        raise RuntimeError("ink ran out")

    host = simple_host(make_format(write=write))
    with pytest.raises(PluginError, match="ink ran out") as info:
        host.render(Article(raw="x", format="simple"), "simple")
    assert info.value.plugin == "fake"


# -- module-level functions ---------------------------------------------------


def test_importing_newscore_builds_no_host() -> None:
    import subprocess
    import sys

    code = "import newscore, newscore._host as h; print(h._default is None)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"


def test_module_function_formats_survives_loading_builtins() -> None:
    # Importing the built-in format modules must not replace the function newscore.formats.
    import subprocess
    import sys

    code = (
        "import newscore\n"
        "first = newscore.formats()\n"
        "import newscore.builtin.native\n"
        "assert newscore.formats() == first, first\n"
        "print(callable(newscore.formats))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_default_host_has_builtin_formats() -> None:
    # Needs the built-in labelled and plain formats.
    assert {"labelled", "native", "plain"} <= set(newscore.formats())
    infos = {info.name: info for info in newscore.plugins()}
    assert infos["newscore.native"].formats == ("native",)
    assert infos["newscore.native"].version == newscore.__version__
