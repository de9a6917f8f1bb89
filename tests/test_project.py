"""Project rules: built-ins are honest plugin examples, and every public name is documented."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import newscore
from newscore import hookspecs

ROOT = Path(__file__).resolve().parents[1]
BUILTIN = ROOT / "src" / "newscore" / "builtin"
# The modules a third-party plugin may import from newscore, as the built-ins do.
PUBLIC_MODULES = {"newscore", "newscore.toolkit", "newscore.extract"}
PLUGIN_SOURCES = sorted(ROOT.glob("plugins/*/src/*/*.py"))


def _imports(path: Path) -> list[tuple[str, str | None]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, str | None]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, None) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            found.extend((node.module, alias.name) for alias in node.names)
    return found


@pytest.mark.parametrize(
    "path", sorted(BUILTIN.glob("*.py")) + PLUGIN_SOURCES, ids=lambda p: p.name
)
def test_builtins_and_plugins_import_only_public_names(path: Path) -> None:
    for module, name in _imports(path):
        if module != "newscore" and not module.startswith("newscore."):
            continue
        assert module in PUBLIC_MODULES, f"{path.name} imports {module}"
        assert name is None or not name.startswith("_"), f"{path.name} imports {module}.{name}"


def test_builtin_formats_use_newscore_only_through_public_attributes() -> None:
    for path in BUILTIN.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "newscore"
            ):
                assert node.attr in newscore.__all__, f"{path.name} uses newscore.{node.attr}"


def test_every_public_name_has_a_docstring_and_an_api_entry() -> None:
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for name in newscore.__all__:
        value = getattr(newscore, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), f"newscore.{name} has no docstring"
            assert f"newscore.{name}" in api, f"newscore.{name} is missing from docs/api.md"


def test_every_hook_is_fully_documented_and_in_the_hook_reference() -> None:
    reference = (ROOT / "docs" / "plugins" / "hooks.md").read_text(encoding="utf-8")
    hooks = [name for name in dir(hookspecs) if name.startswith("newscore_")]
    assert hooks
    for name in hooks:
        doc = inspect.getdoc(getattr(hookspecs, name)) or ""
        for part in ("When called", "Arguments", "Returns", "Example"):
            assert part in doc, f"hook {name} docstring lacks {part!r}"
        assert name in reference, f"hook {name} is missing from docs/plugins/hooks.md"
