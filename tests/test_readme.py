"""The README's Python examples run as written."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def test_the_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("number", range(len(BLOCKS)))
def test_a_readme_example_runs(
    number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder in ("examples", "tests", "plugins"):
        os.symlink(ROOT / folder, tmp_path / folder)  # what it writes stays in tmp_path
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__readme__"}
    exec(compile(BLOCKS[number], f"README.md, Python example {number + 1}", "exec"), namespace)
    capsys.readouterr()
    if "write_parquet" in BLOCKS[number]:
        assert (tmp_path / "statements.parquet").stat().st_size > 0
        statements = namespace["statements"]
        assert len(statements) > 0  # type: ignore[arg-type]
