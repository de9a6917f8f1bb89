from __future__ import annotations

import io
import json
import pathlib
import subprocess
import sys

import attrs
import pytest

import newscore
import newscore._host
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


def test_parse_one_article_prints_indented_json(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "one.json"
    path.write_text(newscore.to_json(_article()), encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("{\n  ")
    printed = newscore.from_json(out)
    assert _plain(printed) == _article()
    assert printed.provenance == newscore.Provenance(origin=str(path))


def test_parse_several_prints_json_lines(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "many.jsonl"
    articles = [_article("one"), _article("two"), _article("three")]
    path.write_text(
        "".join(newscore.to_json(a, indent=None) + "\n" for a in articles), encoding="utf-8"
    )
    assert main(["parse", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [_plain(newscore.from_json(line)) for line in lines] == articles
    assert [json.loads(line)["provenance"]["line"] for line in lines] == [1, 2, 3]


def test_parse_jsonl_forces_json_lines(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "one.json"
    path.write_text(newscore.to_json(_article()), encoding="utf-8")
    assert main(["parse", str(path), "--jsonl"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert _plain(newscore.from_json(out)) == _article()


def test_parse_stdin(
    native_only: PluginHost,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(newscore.to_json(_article(), indent=None)))
    assert main(["parse", "-"]) == 0
    assert _plain(newscore.from_json(capsys.readouterr().out)) == _article()


def test_parse_strict_error_location(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "doubt.txt"
    path.write_text("first line\nsecond ? line\n", encoding="utf-8")
    assert main(["parse", str(path), "--format", "doubt"]) == 0
    printed = newscore.from_json(capsys.readouterr().out)
    assert printed.problems[0].code == "doubt.mark"
    assert main(["parse", str(path), "--format", "doubt", "--strict"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"{path}:2:8: a question mark [doubt.mark]\n"


def test_parse_strict_bad_json_location(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.jsonl"
    good = newscore.to_json(_article(), indent=None)
    path.write_text(f'{good}\n{good}\n{{"schema_version": 1, "raw": }}\n', encoding="utf-8")
    assert main(["parse", str(path), "--strict"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:3:30: ")
    assert err.rstrip().endswith("[native.invalid-json]")


def test_parse_stdin_error_names_stdin(
    native_only: PluginHost,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("?"))
    assert main(["parse", "-", "--format", "doubt", "--strict"]) == 1
    assert capsys.readouterr().err == "<stdin>:1:1: a question mark [doubt.mark]\n"


def test_missing_file(native_only: PluginHost, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "does-not-exist.txt"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "does-not-exist.txt" in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_directory_is_refused(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["detect", str(tmp_path)]) == 2
    assert "directory" in capsys.readouterr().err


def test_unknown_format(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.txt"
    path.write_text("text", encoding="utf-8")
    assert main(["parse", str(path), "--format", "nope"]) == 2
    err = capsys.readouterr().err
    assert "'nope'" in err
    assert "doubt, native" in err
    assert err.count("\n") == 1


def test_undecodable_file(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"caf\xe9\n")
    assert main(["parse", str(path), "--format", "doubt", "--strict"]) == 2
    assert "not valid utf-8" in capsys.readouterr().err
    assert main(["parse", str(path), "--format", "doubt"]) == 0
    lenient = newscore.from_json(capsys.readouterr().out)
    assert lenient.raw == "caf\ufffd\n"
    assert [p.code for p in lenient.problems] == ["read.encoding"]
    assert main(["parse", str(path), "--format", "doubt", "--encoding", "latin-1"]) == 0
    assert newscore.from_json(capsys.readouterr().out).raw == "café\n"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["parse"],
        ["render", "x.txt"],
        ["parse", "x.txt", "--reference-date", "30/08/2025"],
    ],
)
def test_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "usage:" in err
    assert "error:" in err


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "parse" in capsys.readouterr().out
    assert main(["--version"]) == 0
    assert newscore.__version__ in capsys.readouterr().out


def test_detect(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.json"
    path.write_text(newscore.to_json(_article()), encoding="utf-8")
    assert main(["detect", str(path)]) == 0
    assert capsys.readouterr().out == "native\t0.99\n"


def test_detect_nothing(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("just words", encoding="utf-8")
    assert main(["detect", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "no installed format" in err


def test_render(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.json"
    path.write_text(newscore.to_json(_article()), encoding="utf-8")
    assert main(["render", str(path), "--to", "native+compact"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert _plain(newscore.from_json(out)) == _article()


def test_render_errors(
    native_only: PluginHost, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.json"
    path.write_text(newscore.to_json(_article()), encoding="utf-8")
    assert main(["render", str(path), "--to", "native+shiny"]) == 2
    err = capsys.readouterr().err
    assert "'shiny'" in err
    assert "compact" in err
    assert main(["render", str(path), "--to", "doubt"]) == 2
    assert "cannot be written" in capsys.readouterr().err
    assert main(["render", str(path), "--to", "nope"]) == 2
    assert "'nope'" in capsys.readouterr().err


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


# -- with the built-in formats (labelled, plain) ----------------------------------


def test_builtin_parse_labelled(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "clip.txt"
    path.write_text("date 2025-08-30 Kyiv said so.\n\nSource: Reuters\n", encoding="utf-8")
    assert main(["detect", str(path)]) == 0
    detected = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert detected[0][0] == "labelled"
    assert [name for name, _ in detected][-1] == "plain"
    assert main(["parse", str(path)]) == 0
    article = newscore.from_json(capsys.readouterr().out)
    assert article.format == "labelled"
    assert article.date is not None
    assert article.date.isoformat() == "2025-08-30"


def test_python_m_newscore_formats() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newscore", "formats"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert {"labelled", "native", "plain"} <= set(names)
    assert names == sorted(names)
