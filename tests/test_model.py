from __future__ import annotations

import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newscore
from newscore import Article, Meta, Problem, Section, Source, Span
from newscore.errors import excerpt, position_of

# -- Span -----------------------------------------------------------------


@pytest.mark.parametrize(("start", "end"), [(-1, 0), (0, -1), (-3, -1), (5, 4)])
def test_span_rejects_invalid_bounds(start: int, end: int) -> None:
    with pytest.raises(ValueError, match=r"start|end"):
        Span(start=start, end=end)


def test_span_of_len_contains_shifted() -> None:
    raw = "Source: Xinhua"
    span = Span(start=8, end=14)
    assert span.of(raw) == "Xinhua"
    assert len(span) == 6
    assert len(Span(start=3, end=3)) == 0
    assert span.contains(Span(start=9, end=14))
    assert span.contains(span)
    assert span.contains(Span(start=8, end=8))
    assert not span.contains(Span(start=7, end=10))
    assert not span.contains(Span(start=10, end=15))
    assert span.shifted(2) == Span(start=10, end=16)
    assert span.shifted(-8) == Span(start=0, end=6)
    with pytest.raises(ValueError, match="must be >= 0"):
        span.shifted(-9)


def test_span_is_ordered_and_frozen() -> None:
    assert sorted([Span(start=2, end=3), Span(start=0, end=5)])[0] == Span(start=0, end=5)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        Span(start=0, end=1).start = 2  # type: ignore[misc]


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50))
def test_span_shift_keeps_length(start: int, length: int, offset: int) -> None:
    span = Span(start=start, end=start + length)
    assert len(span.shifted(offset)) == len(span)
    assert span.shifted(offset).shifted(-offset) == span


# -- Meta -----------------------------------------------------------------


def test_meta_is_read_only_mapping() -> None:
    meta = Meta({"byline": "By Jane Doe", "n": 3})
    assert meta["byline"] == "By Jane Doe"
    assert len(meta) == 2
    assert list(meta) == ["byline", "n"]
    with pytest.raises(TypeError):
        meta["byline"] = "x"  # type: ignore[index]
    with pytest.raises(AttributeError):
        meta.extra = 1  # type: ignore[attr-defined]


def test_meta_does_not_alias_its_input() -> None:
    items: dict[str, newscore.MetaValue] = {"a": "1"}
    meta = Meta(items)
    items["a"] = "2"
    assert meta["a"] == "1"


def test_meta_equality_and_hash() -> None:
    meta = Meta({"a": "1", "tags": ("x", "y")})
    assert meta == {"a": "1", "tags": ("x", "y")}
    assert meta == Meta({"tags": ("x", "y"), "a": "1"})
    assert hash(meta) == hash(Meta({"tags": ("x", "y"), "a": "1"}))
    assert meta != {"a": "2", "tags": ("x", "y")}
    assert meta != "a"
    assert Meta() == {}
    assert {meta: 1}[Meta({"a": "1", "tags": ("x", "y")})] == 1


def test_meta_turns_lists_into_tuples() -> None:
    meta = Meta({"tags": ["x", "y"]})  # type: ignore[dict-item]
    assert meta["tags"] == ("x", "y")
    hash(meta)


def test_meta_rejects_non_str_keys() -> None:
    with pytest.raises(TypeError, match="keys must be str"):
        Meta({1: "x"})  # type: ignore[dict-item]


# -- Article --------------------------------------------------------------

RAW = "Headline\n\nKyiv said so.\n\nSource: Reuters"


def _section(kind: str, start: int, end: int, label: str | None = None) -> Section:
    span = Span(start=start, end=end)
    return Section(kind=kind, label=label, text=span.of(RAW), span=span, text_span=span)


def test_article_converts_sequences_to_tuples_and_hashes() -> None:
    lead = _section("lead", 10, 23)
    source = _section("source", 25, 40, label="Source")
    article = Article(
        raw=RAW,
        format="labelled",
        sections=[lead, source],
        sources=[Source(name="Reuters", description="Reuters", span=Span(start=33, end=40))],
        problems=[Problem(code="x.y", message="m")],
        meta={"tags": ["a"]},  # type: ignore[dict-item]
    )
    assert isinstance(article.sections, tuple)
    assert isinstance(article.sources, tuple)
    assert isinstance(article.statements, tuple)
    assert isinstance(article.problems, tuple)
    assert isinstance(article.meta, Meta)
    assert article.meta["tags"] == ("a",)
    same = Article(
        raw=RAW,
        format="labelled",
        sections=(lead, source),
        sources=(Source(name="Reuters", description="Reuters", span=Span(start=33, end=40)),),
        problems=(Problem(code="x.y", message="m"),),
        meta=Meta({"tags": ("a",)}),
    )
    assert article == same
    assert hash(article) == hash(same)
    assert len({article, same}) == 1
    assert article != attrs.evolve(same, format="plain")


def test_article_section_lookup() -> None:
    first = _section("body", 0, 8)
    lead = _section("lead", 10, 23)
    second = _section("body", 25, 40)
    article = Article(raw=RAW, format="plain", sections=(first, lead, second))
    assert article.section("body") is first
    assert article.section("lead") is lead
    assert article.section("quote") is None
    assert article.sections_of("body") == (first, second)
    assert article.sections_of("quote") == ()
    assert first.text_span.of(article.raw) == "Headline"


def test_article_is_keyword_only_and_frozen() -> None:
    with pytest.raises(TypeError):
        Article("raw", "plain")  # type: ignore[call-arg]
    article = Article(raw="x", format="plain")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.raw = "y"  # type: ignore[misc]
    assert article.meta == {}
    assert article.provenance is None


# -- Problem --------------------------------------------------------------


@pytest.mark.parametrize("severity", ["info", "warning", "error"])
def test_problem_accepts_each_severity(severity: newscore.Severity) -> None:
    assert Problem(code="a.b", message="m", severity=severity).severity == severity


def test_problem_default_severity_is_warning() -> None:
    assert Problem(code="a.b", message="m").severity == "warning"


@pytest.mark.parametrize("severity", ["fatal", "Warning", "", None])
def test_problem_rejects_unknown_severity(severity: object) -> None:
    with pytest.raises(ValueError, match="severity"):
        Problem(code="a.b", message="m", severity=severity)  # type: ignore[arg-type]


def test_provenance_rejects_negative_index() -> None:
    with pytest.raises(ValueError, match="index"):
        newscore.Provenance(index=-1)


# -- errors ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("abc", 0, (1, 1)),
        ("abc", 2, (1, 3)),
        ("ab\ncd", 3, (2, 1)),
        ("ab\ncd", 4, (2, 2)),
        ("ab\r\ncd", 4, (2, 1)),
        ("ab\r\ncd", 5, (2, 2)),
        ("ab\rcd", 3, (2, 1)),
        ("ab\rcd", 4, (2, 2)),
        ("a\n\r\n\rb", 5, (4, 1)),
        ("abc", 99, (1, 4)),
        ("abc", -5, (1, 1)),
    ],
)
def test_position_of(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert position_of(text, offset) == expected


# non-empty lines: "\r" then an empty line ending "\n" would read as one "\r\n"
@given(st.lists(st.text(alphabet="ab", min_size=1, max_size=5), min_size=1, max_size=6), st.data())
def test_position_of_agrees_with_line_breaks(lines: list[str], data: st.DataObject) -> None:
    ends = data.draw(st.lists(st.sampled_from(["\n", "\r", "\r\n"]), min_size=len(lines)))
    text = "".join(line + end for line, end in zip(lines, ends, strict=False))
    line_index = data.draw(st.integers(0, len(lines) - 1))
    column = data.draw(st.integers(0, len(lines[line_index])))
    offset = sum(len(line) + len(end) for line, end in zip(lines[:line_index], ends, strict=False))
    assert position_of(text, offset + column) == (line_index + 1, column + 1)


def test_parse_error_str_and_attributes() -> None:
    error = newscore.ParseError("bad date", code="labelled.invalid-date", line=3, column=7)
    assert str(error) == "line 3, column 7: bad date [labelled.invalid-date]"
    assert (error.message, error.code, error.line, error.column) == (
        "bad date",
        "labelled.invalid-date",
        3,
        7,
    )
    assert isinstance(error, ValueError)
    assert isinstance(error, newscore.NewscoreError)


def test_parse_error_at_locates_offset() -> None:
    error = newscore.ParseError.at("one\r\ntwo\rthree", 11, "oops", code="x.y")
    assert (error.line, error.column) == (3, 3)


def test_parse_error_pickles() -> None:
    error = newscore.ParseError("bad", code="native.invalid", line=4, column=2)
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, newscore.ParseError)
    assert (copy.message, copy.code, copy.line, copy.column) == ("bad", "native.invalid", 4, 2)
    assert str(copy) == str(error)


def test_plugin_error_pickles_and_names_plugin() -> None:
    error = newscore.PluginError("boom", plugin="acme")
    assert "acme" in str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.plugin, str(copy)) == ("acme", str(error))


def test_excerpt_is_capped_and_one_line() -> None:
    text = "word " * 40
    piece = excerpt(text, 0)
    assert len(piece) <= 40
    assert "\n" not in excerpt("a\nb\n\nc", 0)
    assert excerpt("a\nb\n\nc", 0) == "a b c"
    assert excerpt("x" * 100, 0, 100).endswith("…")
    assert len(excerpt("x" * 100, 0, 100)) == 40
    assert excerpt("hello world", 6) == "world"
    assert excerpt("hello world", 0, 5) == "hello"


def test_hierarchy() -> None:
    assert issubclass(newscore.FormatError, newscore.NewscoreError)
    assert issubclass(newscore.FormatError, LookupError)
    assert issubclass(newscore.PluginError, newscore.NewscoreError)
    assert issubclass(newscore.PluginWarning, newscore.NewscoreWarning)
    assert issubclass(newscore.NewscoreWarning, UserWarning)


def test_from_spans_reads_title_and_lead_from_raw() -> None:
    raw = "Headline\n\nLead text.\n"
    article = Article.from_spans(
        raw=raw,
        format="plain",
        title_span=Span(start=0, end=8),
        lead_span=Span(start=10, end=20),
        meta={"n": 1},
    )
    assert (article.title, article.lead) == ("Headline", "Lead text.")
    assert article.meta == {"n": 1}
    empty = Article.from_spans(raw=raw, format="plain", title_span=Span(start=3, end=3))
    assert empty.title is None
    assert empty.title_span is None
