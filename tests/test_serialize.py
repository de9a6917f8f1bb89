from __future__ import annotations

import datetime
import io
import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newscore
from newscore import Article, PluginHost, Problem, Provenance, Section, Source, Span
from newscore.builtin import native
from newscore.testing.strategies import articles


def native_host() -> PluginHost:
    return PluginHost(
        entry_points=False,
        builtins=False,
        plugins=[("newscore.native", native)],
    )


def sample() -> Article:
    raw = "Kyiv said so.\n\nSource: Reuters, citing Xinhua"
    return newscore.identify(  # as the host gives it: with its ids
        Article(
            raw=raw,
            format="labelled",
            date=datetime.date(2025, 8, 30),
            title="Kyiv",
            title_span=Span(start=0, end=4),
            sections=(
                Section(
                    kind="source",
                    label="Source",
                    text="Reuters, citing Xinhua",
                    span=Span(start=15, end=45),
                    text_span=Span(start=23, end=45),
                ),
            ),
            sources=(
                Source(
                    name="Reuters",
                    kind="news agency",
                    description="Reuters, citing Xinhua",
                    span=Span(start=23, end=45),
                    via=Source(name="Xinhua", description="Xinhua", span=Span(start=39, end=45)),
                ),
            ),
            meta={"tags": ("a", "b"), "n": 2, "ok": True, "ratio": 0.5, "none": None},
            problems=(Problem(code="labelled.odd", message="odd", severity="info"),),
            provenance=Provenance(origin="x.txt", index=1, offset=10, line=3),
        )
    )


# -- round trips ----------------------------------------------------------


@given(articles())
def test_json_round_trip(article: Article) -> None:
    assert newscore.from_json(newscore.to_json(article)) == article


@given(articles())
def test_dict_round_trip(article: Article) -> None:
    data = newscore.to_dict(article)
    assert newscore.from_dict(data) == article
    # plain data only: it survives the json module unchanged
    assert json.loads(json.dumps(data)) == data


@given(articles())
def test_compact_json_is_one_line(article: Article) -> None:
    text = newscore.to_json(article, indent=None)
    assert "\n" not in text
    assert "\r" not in text
    assert newscore.from_json(text) == article


@given(st.from_type(Article))
def test_article_type_strategy_is_registered(article: Article) -> None:
    assert isinstance(article, Article)
    for section in article.sections:
        assert section.text_span.of(article.raw) == section.text
        assert section.span.contains(section.text_span)
        assert section.span.end <= len(article.raw)


def test_strategy_draws_every_severity_and_nested_sources() -> None:
    seen: set[str] = set()
    nested = False

    @given(articles())
    def collect(article: Article) -> None:
        nonlocal nested
        seen.update(problem.severity for problem in article.problems)
        nested = nested or any(source.via is not None for source in article.sources)

    collect()
    assert seen == {"info", "warning", "error"}
    assert nested


def test_to_dict_has_schema_version_first() -> None:
    data = newscore.to_dict(sample())
    assert next(iter(data)) == "schema_version"
    assert data["schema_version"] == newscore.SCHEMA_VERSION
    assert data["date"] == "2025-08-30"
    assert data["meta"]["tags"] == ["a", "b"]
    assert data["sources"][0]["via"]["name"] == "Xinhua"


def test_to_json_keeps_non_ascii() -> None:
    article = Article(raw="Джерело: Укрінформ", format="labelled")
    assert "Джерело" in newscore.to_json(article)


# -- errors ---------------------------------------------------------------


@pytest.mark.parametrize("version", [0, newscore.SCHEMA_VERSION + 1, None, "1", True])
def test_wrong_schema_version(version: object) -> None:
    data = newscore.to_dict(sample())
    if version is None:
        del data["schema_version"]
    else:
        data["schema_version"] = version
    with pytest.raises(newscore.ParseError) as info:
        newscore.from_dict(data)
    assert info.value.code == "native.schema-version"


def test_malformed_json_reports_position() -> None:
    text = '{\n  "schema_version": 1,\n  "raw": oops\n}'
    with pytest.raises(newscore.ParseError) as info:
        newscore.from_json(text)
    assert info.value.code == "native.invalid-json"
    assert (info.value.line, info.value.column) == (3, 10)


def test_non_object_json() -> None:
    with pytest.raises(newscore.ParseError) as info:
        newscore.from_json("[1, 2]")
    assert info.value.code == "native.invalid"


def test_missing_field_is_named() -> None:
    data = newscore.to_dict(sample())
    del data["raw"]
    with pytest.raises(newscore.ParseError, match="raw") as info:
        newscore.from_dict(data)
    assert info.value.code == "native.invalid"


def test_extra_field_is_named() -> None:
    data = newscore.to_dict(sample())
    data["colour"] = "blue"
    with pytest.raises(newscore.ParseError, match="colour") as info:
        newscore.from_dict(data)
    assert info.value.code == "native.invalid"


def test_nested_extra_field_is_named() -> None:
    data = newscore.to_dict(sample())
    data["sections"][0]["colour"] = "blue"
    with pytest.raises(newscore.ParseError, match="colour") as info:
        newscore.from_dict(data)
    assert info.value.code == "native.invalid"


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (("date",), "30 August", "date"),
        (("sections", 0, "span", "start"), -1, "start"),
        (("problems", 0, "severity"), "fatal", "severity"),
        (("meta",), {"x": {"y": 1}}, "meta"),
        (("raw",), 5, "raw"),
    ],
)
def test_invalid_values_are_named(path: tuple[str | int, ...], value: object, field: str) -> None:
    data: Any = newscore.to_dict(sample())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(newscore.ParseError, match=field) as info:
        newscore.from_dict(data)
    assert info.value.code == "native.invalid"


# -- the native format through a host ----------------------------------------


def test_native_format_is_registered() -> None:
    host = native_host()
    assert host.formats() == ("native",)
    (info,) = host.plugins()
    assert info.name == "newscore.native"
    assert info.formats == ("native",)
    assert info.error is None


def test_native_parse_render_round_trip() -> None:
    host = native_host()
    article = sample()
    text = host.render(article, "native")
    assert text.endswith("\n")
    assert host.parse(text, format="native") == article
    assert host.parse(text) == article  # detected
    compact = host.render(article, "native+compact")
    assert compact.count("\n") == 1
    assert host.parse(compact) == article


@given(articles())
def test_native_round_trip_any_article(article: Article) -> None:
    host = native_host()
    # What a host reads is identified (newscore.identify); the ids written are kept.
    expected = newscore.identify(article)
    assert host.parse(host.render(expected, "native"), format="native") == expected


def test_native_sniff() -> None:
    host = native_host()
    text = newscore.to_json(sample())
    (detection,) = host.detect(text)
    assert detection.format == "native"
    assert detection.confidence == pytest.approx(0.99)
    assert host.detect("\ufeff  " + text)[0].format == "native"
    assert host.detect("Kyiv said so.") == []
    assert host.detect('{"raw": "x"}') == []


def _without_provenance(article: Article) -> Article:
    return attrs.evolve(article, provenance=None)


def test_native_read_json_lines() -> None:
    host = native_host()
    first = _without_provenance(sample())
    second = attrs.evolve(first, raw="Another.", title=None, title_span=None, sections=())
    text = (
        "\n"
        + newscore.to_json(first, indent=None)
        + "\n\n  "
        + newscore.to_json(second, indent=None)
        + "\n"
    )
    read = list(host.read(io.StringIO(text)))
    assert [_without_provenance(a) for a in read] == [first, second]
    assert [a.provenance.line for a in read if a.provenance] == [2, 4]
    assert [a.provenance.index for a in read if a.provenance] == [0, 1]
    second_start = text.index("\n\n  {") + 4
    assert [a.provenance.offset for a in read if a.provenance] == [1, second_start]


def test_native_read_json_array() -> None:
    host = native_host()
    first = _without_provenance(sample())
    second = attrs.evolve(first, raw="Another.", sections=())
    text = json.dumps([newscore.to_dict(first), newscore.to_dict(second)], indent=2)
    read = list(host.read(text))
    assert [_without_provenance(a) for a in read] == [first, second]
    assert [a.provenance.index for a in read if a.provenance] == [0, 1]


def test_native_read_single_indented_object() -> None:
    host = native_host()
    article = _without_provenance(sample())
    (read,) = host.read(newscore.to_json(article))
    assert _without_provenance(read) == article


def test_native_bad_json_lenient_and_strict() -> None:
    host = native_host()
    text = '{"schema_version": 1, "raw": }'
    article = host.parse(text, format="native")
    (problem,) = article.problems
    assert problem.code == "native.invalid-json"
    assert problem.severity == "error"
    assert article.raw == text
    with pytest.raises(newscore.ParseError) as info:
        host.parse(text, format="native", strict=True)
    assert (info.value.line, info.value.column) == (1, 30)


def test_native_strict_read_reports_line_in_input() -> None:
    host = native_host()
    good = newscore.to_json(sample(), indent=None)
    text = f'{good}\n{good}\n{{"schema_version": 1, "raw": }}\n'
    articles_read = host.read(io.StringIO(text), format="native", strict=True)
    next(articles_read)
    next(articles_read)
    with pytest.raises(newscore.ParseError) as info:
        next(articles_read)
    assert info.value.line == 3


def test_strategies_import_before_hypothesis() -> None:
    # Hypothesis runs newscore's entry point while it is being imported; importing
    # the strategies module first must not trip over that circle.
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from newscore.testing.strategies import articles\n"
        "from hypothesis import strategies as st\n"
        "import newscore\n"
        "assert isinstance(st.from_type(newscore.Article).example(), newscore.Article)\n"
        "import newscore.testing\n"
        "print(newscore.testing.articles is articles)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"
