"""The plugin's own rules: linear regular expressions, only public newscore names."""

from __future__ import annotations

import ast
from pathlib import Path

from newscore.testing.regexcheck import check_package

SOURCE = Path(__file__).resolve().parents[1] / "src" / "newscore_reuters21578"


def test_reuters21578_regexes_are_linear() -> None:
    assert check_package("newscore_reuters21578") == []


def test_reuters21578_imports_only_public_newscore() -> None:
    for path in SOURCE.glob("*.py"):
        tree = ast.parse(path.read_bytes().decode("utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module is not None:
                names = [node.module]
            for name in names:
                if name.startswith("newscore") and not name.startswith("newscore_reuters21578"):
                    assert name in {"newscore", "newscore.toolkit"}, (path.name, name)
