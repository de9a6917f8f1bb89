"""``--columns``: the column each field of a table is read from, on the command line."""

from __future__ import annotations

import json
import pathlib

import pytest

from newscore.cli import main

TABLE = "a,b,notes\nMy headline,The body of the story.,kept\n"


def _run(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(arguments)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_columns_name_the_title_and_text_of_a_table(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "clippings.csv"
    path.write_text(TABLE, encoding="utf-8")
    status, out, _ = _run(
        ["parse", "--format", "table", "--columns", "title=a, text=b", "--to", "jsonl", str(path)],
        capsys,
    )
    assert status == 0
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["title"] == "My headline"
    assert record["raw"].endswith("The body of the story.")
    assert record["meta"]["notes"] == "kept"


def test_a_column_missing_from_the_header_is_reported_with_the_header(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "clippings.csv"
    path.write_text(TABLE, encoding="utf-8")
    status, _, err = _run(
        ["parse", "--strict", "--format", "table", "--columns", "text=body", str(path)], capsys
    )
    assert status != 0
    assert "'body'" in err
    assert "'notes'" in err


@pytest.mark.parametrize("value", ["text", "colour=b", "text="])
def test_a_malformed_columns_option_is_a_usage_error(
    value: str, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "clippings.csv"
    path.write_text(TABLE, encoding="utf-8")
    status, _, err = _run(["parse", "--columns", value, str(path)], capsys)
    assert status == 2
    assert "FIELD=COLUMN" in err
