"""Reading many files: expand_paths, read_many in one and several processes, failure records."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import newscore
from newscore import _batch
from newscore.testing.corpus import shared_path

DATA = Path(__file__).parent / "data"
SEED = Path(__file__).parent.parent / "examples" / "seed-putin-xinhua.txt"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of clippings: nested, hidden, missing-extension and binary files."""
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("KYIV, March 3 (Reuters) - Officials said so.\n")
    (tmp_path / "b" / "deep" / "d").write_text("date 2025-08-30 Kyiv said so.\n\nSource: Reuters")
    (tmp_path / ".hidden" / "e.txt").write_text(text, encoding="utf-8")
    (tmp_path / ".f.txt").write_text(text, encoding="utf-8")
    (tmp_path / "g.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return tmp_path


def test_a_folder_gives_its_files_sorted_and_recursively_without_hidden_ones(folder: Path) -> None:
    found = newscore.expand_paths(folder)
    assert [path.relative_to(folder).as_posix() for path in found] == [
        "a.txt",
        "b/c.txt",
        "b/deep/d",
        "g.bin",
    ]


def test_globs_recurse_missing_paths_are_kept_and_repeats_read_once(folder: Path) -> None:
    pattern = str(folder / "**" / "*.txt")
    missing = folder / "nope.txt"
    found = newscore.expand_paths([pattern, str(missing), folder / "a.txt"])
    assert [path.relative_to(folder).as_posix() for path in found] == [
        "a.txt",
        "b/c.txt",
        "nope.txt",
    ]


def test_one_and_two_workers_read_the_same_articles_in_the_same_order(folder: Path) -> None:
    paths = [DATA / "labelled", DATA / "dateline", folder]
    one = list(newscore.read_many(paths, workers=1))
    two = list(newscore.read_many(paths, workers=2))
    assert len(one) > 30
    assert one == two
    by_file = [
        article
        for path in newscore.expand_paths(paths)
        if path.suffix != ".bin"
        for article in newscore.read(path)
    ]
    assert [a for a in one if a.format != newscore.UNREAD] == by_file


def test_unordered_reading_gives_the_same_articles(folder: Path) -> None:
    paths = [DATA / "labelled", DATA / "plain", folder]
    ordered = list(newscore.read_many(paths, workers=2))
    unordered = list(newscore.read_many(paths, workers=2, ordered=False))
    assert sorted(a.id for a in unordered) == sorted(a.id for a in ordered)


def test_a_missing_and_a_binary_file_are_failure_records_and_the_rest_is_read(
    folder: Path,
) -> None:
    articles = list(newscore.read_many([folder, folder / "nope.txt"], workers=2))
    failures = [a for a in articles if a.format == newscore.UNREAD]
    assert [(a.provenance.origin if a.provenance else None) for a in failures] == [
        str(folder / "g.bin"),
        str(folder / "nope.txt"),
    ]
    assert [a.problems[0].code for a in failures] == ["read.binary", "read.missing"]
    for failure in failures:
        assert failure.raw == ""
        assert failure.problems[0].severity == "error"
        assert failure.problems[0].message.startswith(f"{failure.provenance.origin}:1: ")  # type: ignore[union-attr]
    assert len(articles) - len(failures) == 3


def test_strict_raises_naming_the_file(folder: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(newscore.read_many([folder / "a.txt", folder / "nope.txt"], workers=1, strict=True))
    with pytest.raises(newscore.ParseError, match=r"g\.bin: this is binary data") as error:
        list(newscore.read_many(folder, workers=2, strict=True))
    assert error.value.code == "read.binary"


def test_bad_workers_are_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        newscore.read_many(SEED, workers=0)


def test_stopping_early_leaves_no_work_behind(folder: Path) -> None:
    paths = [DATA / "labelled", DATA / "dateline", DATA / "plain", folder]
    articles = newscore.read_many(paths, workers=2)
    first = list(itertools.islice(articles, 2))
    articles.close()  # type: ignore[attr-defined]
    assert len(first) == 2


def test_small_files_share_tasks_and_a_large_one_streams_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_batch, "_STREAMED_BYTES", 1000)
    monkeypatch.setattr(_batch, "_TASK_FILES", 3)
    names = ["s1", "s2", "big", "s3", "s4", "s5", "s6"]
    for name in names:
        (tmp_path / name).write_text("x" * (2000 if name == "big" else 10))
    tasks = list(_batch._tasks([tmp_path / name for name in names]))
    assert [[path.name for path in task] for task in tasks] == [
        ["s1", "s2"],
        ["big"],
        ["s3", "s4", "s5"],
        ["s6"],
    ]


def test_a_large_export_is_read_in_this_process_article_by_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_batch, "_STREAMED_BYTES", 200)
    export = tmp_path / "export.txt"
    export.write_text("KYIV, March 3 (Reuters) - Officials said so.\n\n" * 40)
    small = tmp_path / "small.txt"
    small.write_text("date 2025-08-30 Kyiv said so.\n\nSource: Reuters")
    assert list(newscore.read_many([export, small], workers=2)) == [
        *newscore.read(export),
        *newscore.read(small),
    ]


def test_detect_reads_the_bytes_of_a_docx() -> None:
    docx = shared_path("corpus", "nexis", "sample.DOCX")
    head = docx.read_bytes()[: newscore.SNIFF_LENGTH]
    assert newscore.detect(head)[0].format == "nexis-docx"
    text = SEED.read_bytes()
    assert newscore.detect(text)[0] == newscore.detect(text.decode("utf-8"))[0]
