"""The ``newscore`` command run in this process, with hosts built for the test.

These tests call :func:`newscore.cli.main` directly so that they can install
a plugin host of their own (a format that records a problem at each ``?``, a
plugin that fails). Every file here is a single file or standard input, which
``read_many`` reads in this process. The tests that run the real entry point
in a subprocess are in ``test_cli_command.py``.
"""

from __future__ import annotations

import importlib.util
import io
import json
import pathlib
import sys

import attrs
import pytest

import newscore
import newscore._host
import newscore.tables
from newscore import Article, FormatRegistry, PluginHost, Problem, ReadOptions, Span
from newscore.builtin import native
from newscore.cli import main


def _doubtful_parse(text: str, options: ReadOptions) -> Article:
    start = text.find("?")
    problems: tuple[Problem, ...] = ()
    if start >= 0:
        span = Span(start=start, end=start + 1)
        problems = (Problem(code="doubt.mark", message="a question mark", span=span),)
    return Article(raw=text, format="doubt", problems=problems)


class DoubtPlugin:
    """A format that records a warning at each clipping's first ``?``."""

    @newscore.hookimpl
    def newscore_register_formats(self, registry: FormatRegistry) -> None:
        registry.add(
            newscore.Format(
                name="doubt",
                summary="flags question marks",
                sniff=lambda text: 0.0,
                parse=_doubtful_parse,
            )
        )


class BrokenPlugin:
    @newscore.hookimpl
    def newscore_register_formats(self, registry: FormatRegistry) -> None:
        raise RuntimeError("cannot register")


class _Stdin:
    """Stands for ``sys.stdin``: what the command reads is its ``buffer``, as bytes."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)

    def isatty(self) -> bool:
        return False


@pytest.fixture
def native_only(monkeypatch: pytest.MonkeyPatch) -> PluginHost:
    """Make the module-level functions use a host with native and doubt formats."""
    host = PluginHost(
        entry_points=False,
        builtins=False,
        plugins=[("newscore.native", native), ("doubt", DoubtPlugin())],
    )
    monkeypatch.setattr(newscore._host, "_default", host)
    return host


def _article(raw: str = "Kyiv said so.") -> Article:
    return Article(raw=raw, format="labelled", meta={"n": 1})


def _plain(article: Article) -> Article:
    return attrs.evolve(article, provenance=None)


def _json_file(tmp_path: pathlib.Path, *articles: Article) -> pathlib.Path:
    path = tmp_path / "articles.jsonl"
    path.write_text(
        "".join(newscore.to_json(a, indent=None) + "\n" for a in articles), encoding="utf-8"
    )
    return path


def test_one_article_is_one_json_line(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _json_file(tmp_path, _article())
    assert main(["parse", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.count("\n") == 1
    printed = newscore.from_json(out)
    assert _plain(printed) == _article()
    assert printed.provenance == newscore.Provenance(origin=str(path))


def test_several_articles_are_json_lines_with_their_lines(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = [_article("one"), _article("two"), _article("three")]
    path = _json_file(tmp_path, *articles)
    assert main(["parse", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [_plain(newscore.from_json(line)) for line in lines] == articles
    assert [json.loads(line)["provenance"]["line"] for line in lines] == [1, 2, 3]


@pytest.mark.parametrize("count", [1, 3])
def test_json_is_always_one_array(
    count: int,
    native_only: PluginHost,
    tmp_path: pathlib.Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    articles = [_article(f"text {n}") for n in range(count)]
    path = _json_file(tmp_path, *articles)
    assert main(["parse", str(path), "--to", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    assert [_plain(newscore.from_dict(item)) for item in data] == articles


def test_stdin_is_read_as_bytes(
    native_only: PluginHost, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = newscore.to_json(_article(), indent=None).encode()
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    assert main(["parse", "-"]) == 0
    printed = newscore.from_json(capsys.readouterr().out)
    assert _plain(printed) == _article()
    assert printed.provenance is not None
    assert printed.provenance.origin == "<stdin>"


def test_strict_error_names_path_line_and_column(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "doubt.txt"
    path.write_text("first line\nsecond ? line\n", encoding="utf-8")
    assert main(["parse", str(path), "--format", "doubt"]) == 0
    printed = newscore.from_json(capsys.readouterr().out)
    assert [p.code for p in printed.problems] == ["doubt.mark"]
    assert main(["parse", str(path), "--format", "doubt", "--strict"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"newscore: {path}:2:8: a question mark [doubt.mark]\n"


def test_strict_bad_json_location(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.jsonl"
    good = newscore.to_json(_article(), indent=None)
    path.write_text(f'{good}\n{good}\n{{"schema_version": 3, "raw": }}\n', encoding="utf-8")
    assert main(["parse", str(path), "--strict"]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2  # what was read before the trouble is written
    assert err.startswith(f"newscore: {path}:3:30: ")
    assert err.rstrip().endswith("[native.invalid-json]")


def test_stdin_error_names_stdin(
    native_only: PluginHost, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b"?"))
    assert main(["parse", "-", "--format", "doubt", "--strict"]) == 1
    assert capsys.readouterr().err == "newscore: <stdin>:1:1: a question mark [doubt.mark]\n"


def test_missing_file_is_reported_and_counted(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "does-not-exist.txt"
    assert main(["parse", str(missing), "--to", "summary"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"newscore: {missing}:1: no such file or folder [read.missing]\n"
    assert main(["parse", str(missing), "--strict"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"newscore: {missing}: no such file or folder [read.missing]\n"


def test_unknown_format_is_a_usage_error(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.txt"
    path.write_text("text", encoding="utf-8")
    assert main(["parse", str(path), "--format", "nope"]) == 2
    err = capsys.readouterr().err
    assert "'nope'" in err
    assert "doubt, native" in err
    assert "Traceback" not in err


def test_undecodable_file(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"first\ncaf\xe9\n")
    assert main(["parse", str(path), "--format", "doubt"]) == 0  # --encoding auto
    out, err = capsys.readouterr()
    found = newscore.from_json(out)
    assert (found.raw, err) == ("first\ncafé\n", "")
    assert [p.code for p in found.problems] == ["read.encoding-guess"]
    assert main(["parse", str(path), "--format", "doubt", "--strict", "--encoding", "utf-8"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"newscore: {path}:2:4: cannot decode as utf-8; try --encoding cp1252 [read.encoding]\n"
    )
    assert main(["parse", str(path), "--format", "doubt", "--encoding", "utf-8"]) == 1
    out, err = capsys.readouterr()
    lenient = newscore.from_json(out)
    assert lenient.raw == "first\ncaf\ufffd\n"
    assert [p.code for p in lenient.problems] == ["read.encoding"]
    assert err == (
        f"newscore: {path}:2: cannot decode as utf-8; try --encoding cp1252 [read.encoding]\n"
    )
    assert main(["parse", str(path), "--format", "doubt", "--encoding", "latin-1"]) == 0
    out, err = capsys.readouterr()
    assert (newscore.from_json(out).raw, err) == ("first\ncafé\n", "")


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["parse"],
        ["parse", "x.txt", "--reference-date", "30/08/2025"],
        ["parse", "x.txt", "--encoding", "no-such-codec"],
        ["parse", "x.txt", "--workers", "0"],
        ["parse", "x.txt", "--table", "nope"],
        ["parse", "x.txt", "--to", "summary", "--table", "statements"],
        ["parse", "x.txt", "-", "y.txt"],
        ["detect"],
        ["stats"],
    ],
)
def test_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "usage:" in err.lower()
    assert "Traceback" not in err


def test_help_version_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    assert all(name in text for name in ("parse", "detect", "stats", "formats", "plugins"))
    assert "Exit status" in text
    assert main(["--version"]) == 0
    assert newscore.__version__ in capsys.readouterr().out
    for command in ("parse", "detect", "stats", "formats", "plugins"):
        assert main([command, "--help"]) == 0
        examples = capsys.readouterr().out.split("Examples:", 1)
        assert len(examples) == 2, command
        assert f"newscore {command}" in examples[1]


def test_without_click_main_says_which_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = importlib.util.find_spec

    def find_spec(name: str, *args: object, **kwargs: object) -> object:
        return None if name == "click" else real(name)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    assert main(["formats"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert "pip install 'newscore[cli]'" in err


def test_detect_prints_path_format_confidence(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.json"
    path.write_text(newscore.to_json(_article()), encoding="utf-8")
    assert main(["detect", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}\tnative\t0.99\n"


def test_detect_nothing_is_a_failure_and_the_rest_goes_on(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = tmp_path / "a.txt"
    words.write_text("just words", encoding="utf-8")
    record = tmp_path / "b.json"
    record.write_text(newscore.to_json(_article()), encoding="utf-8")
    assert main(["detect", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out == f"{record}\tnative\t0.99\n"
    assert err == f"newscore: {words}: no installed format recognises it [detect.unknown]\n"


def test_to_a_writer_with_variants(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _json_file(tmp_path, _article())
    assert main(["parse", str(path), "--to", "native+compact"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert _plain(newscore.from_json(out)) == _article()


@pytest.mark.parametrize(
    ("to", "expected"),
    [
        ("native+shiny", ["'shiny'", "compact"]),
        ("doubt", ["cannot be written"]),
        ("nope", ["'nope'", "jsonl, json, csv, parquet, summary"]),
    ],
)
def test_unknown_outputs_are_usage_errors(
    to: str,
    expected: list[str],
    native_only: PluginHost,
    tmp_path: pathlib.Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _json_file(tmp_path, _article())
    assert main(["parse", str(path), "--to", to]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert all(text in err for text in expected)


def test_formats(native_only: PluginHost, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["doubt", "native"]
    assert lines[0].endswith("flags question marks")


def test_plugins(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    host = PluginHost(
        entry_points=False,
        builtins=False,
        plugins=[("newscore.native", native), ("broken", BrokenPlugin())],
        strict_plugins=False,
    )
    monkeypatch.setattr(newscore._host, "_default", host)
    assert main(["plugins", "--json"]) == 0
    out, err = capsys.readouterr()
    assert "newscore: warning:" in err
    assert "broken" in err
    data = json.loads(out)
    assert data[0] == {
        "name": "newscore.native",
        "version": None,
        "formats": ["native"],
        "extractors": [],
        "error": None,
    }
    assert data[1]["name"] == "broken"
    assert data[1]["formats"] == []
    assert "RuntimeError: cannot register" in data[1]["error"]
    assert main(["plugins"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "newscore.native (unknown version): native"
    assert lines[1].startswith("broken (unknown version): FAILED: RuntimeError")


def test_plugin_error_exit_status(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    host = PluginHost(
        entry_points=False,
        builtins=False,
        plugins=[("broken", BrokenPlugin())],
        strict_plugins=True,
    )
    monkeypatch.setattr(newscore._host, "_default", host)
    assert main(["formats"]) == 3
    assert "broken" in capsys.readouterr().err


def test_stats_counts_a_file_with_problems(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "doubt.txt"
    path.write_text("one ? two\n", encoding="utf-8")
    assert main(["stats", str(path), "--format", "doubt", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents_per_file"] == {str(path): 1}
    assert data["documents_per_format"] == {"doubt": 1}
    assert data["problems"] == {"doubt.mark": 1}
    assert data["missing"]["date"] == 1


# -- every output and table, with the built-in formats -------------------------------------

_DEV = pathlib.Path(__file__).resolve().parent / "data" / "dev"
_CLIPPINGS = [_DEV / "seed-putin-xinhua.txt", _DEV / "klitschko-heating-season-uk.txt"]


@pytest.mark.parametrize("table", newscore.tables.TABLES)
@pytest.mark.parametrize("to", ["jsonl", "json", "csv", "parquet"])
def test_every_table_in_every_tabular_output(
    to: str, table: str, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv

    import pyarrow.parquet as pq

    articles = [a for path in _CLIPPINGS for a in newscore.read(path)]
    expected = [
        json.loads(json.dumps(row, default=str)) for row in newscore.to_records(articles, table)
    ]
    columns = [column.name for column in newscore.tables.SCHEMAS[table]]
    target = tmp_path / f"out.{to}"
    argv = ["parse", *map(str, _CLIPPINGS), "--to", to, "--table", table, "--workers", "1"]
    assert main([*argv, "-o", str(target)]) == 0
    assert capsys.readouterr() == ("", "")
    if to == "parquet":
        rows = pq.read_table(target).to_pylist()
        assert [list(row) for row in rows] == [columns] * len(rows)
        assert [row["article_id"] for row in rows] == [row["article_id"] for row in expected]
        return
    text = target.read_text(encoding="utf-8")
    if to == "csv":
        lines = list(csv.reader(io.StringIO(text, newline="")))
        assert lines[0] == columns
        assert [line[0] for line in lines[1:]] == [row["article_id"] for row in expected]
        return
    rows = json.loads(text) if to == "json" else [json.loads(line) for line in text.splitlines()]
    assert rows == expected
    assert expected  # every table has rows for these clippings


@pytest.mark.parametrize("to", ["jsonl", "json"])
def test_whole_articles_unless_a_table_is_asked_for(
    to: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", *map(str, _CLIPPINGS), "--to", to, "--workers", "1"]) == 0
    out = capsys.readouterr().out
    items = json.loads(out) if to == "json" else [json.loads(line) for line in out.splitlines()]
    assert [newscore.from_dict(item) for item in items] == [
        a for path in _CLIPPINGS for a in newscore.read(str(path))
    ]


def test_writers_in_this_process(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for to in ("labelled", "native"):
        assert main(["parse", str(_CLIPPINGS[0]), "--to", to]) == 0
        original = next(newscore.read(_CLIPPINGS[0]))
        again = newscore.parse(capsys.readouterr().out, format=to)
        assert again.date == original.date
        assert again.statements[0].speaker == original.statements[0].speaker
