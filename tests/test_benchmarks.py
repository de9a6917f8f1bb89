"""Tests of the speed benchmark itself (benchmarks/speed.py, benchmarks/naive.py) and its docs figures.

None of them depends on how fast newscore is.
"""

from __future__ import annotations

import ast
import contextlib
import importlib.util
import io
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import naive  # noqa: E402
import speed  # noqa: E402

FIGURES_SCRIPT = ROOT / "docs" / "figures" / "performance.py"


@pytest.fixture(scope="module")
def performance() -> ModuleType:
    """The docs' figure script, loaded as the docs build loads it."""
    spec = importlib.util.spec_from_file_location("performance_figures", FIGURES_SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the naive baseline --------------------------------------------------------------


def test_the_naive_extractor_finds_both_shapes_once_per_sentence() -> None:
    text = (
        '"We will not give up," Kaja Kallas said. The talks ended.\n'
        "Peter Smith says, “It is over.” Nothing else was said.\n"
        "Officials said nothing. “Later,” she said."
    )
    assert naive.extract(text) == [
        naive.NaiveStatement("Kaja Kallas", "We will not give up,"),
        naive.NaiveStatement("Peter Smith", "It is over."),
    ]


def test_the_naive_extractor_keeps_a_quotation_with_a_full_stop_in_one_sentence() -> None:
    found = naive.extract('"It ended. We go home," Ruiz said.')
    assert found == [naive.NaiveStatement("Ruiz", "It ended. We go home,")]


def test_the_naive_extractor_imports_nothing_of_newscore() -> None:
    tree = ast.parse((ROOT / "benchmarks" / "naive.py").read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported == {"__future__", "re", "typing"}


# -- the run -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any]]:
    """What one short run of speed.py prints, and the figures it writes."""
    output = tmp_path_factory.mktemp("speed") / "figures.json"
    printed = io.StringIO()
    arguments = ["--quick", "--rounds", "1", "--real", "4", "--memory-parses", "200"]
    with contextlib.redirect_stdout(printed):
        assert speed.main([*arguments, "--json", str(output)]) == 0
    return printed.getvalue(), json.loads(output.read_text(encoding="utf-8"))


def test_a_quick_run_ends_with_the_targets_block(tiny_run: tuple[str, dict[str, Any]]) -> None:
    printed, _ = tiny_run
    block = printed[printed.rindex("\ntargets\n") :].splitlines()[2:]
    names = [line.split("  ")[1] for line in block]
    assert "structure-only parse / json.loads, clippings" in names
    assert "full parse / json.loads, clippings" in names
    assert "memory growth per 10^4 parses (kB)" in names
    assert all(line.rstrip().endswith(("PASS", "FAIL", "n/a")) for line in block)


def test_the_json_has_the_fields_the_docs_use(
    tiny_run: tuple[str, dict[str, Any]], performance: ModuleType
) -> None:
    _, figures = tiny_run
    clippings = figures["sets"]["clippings"]
    assert clippings["texts"] == len(speed.clipping_set().texts)
    for kind in ("json_loads", "naive", "structure", "full"):
        assert clippings["us_per_text"][kind] > 0
        assert len(clippings["points"][f"{kind}_us"]) == clippings["texts"]
    assert clippings["ratio_to_json_loads"]["json_loads"] == pytest.approx(1)
    stages = {row["stage"]: row for row in figures["stages"]["clippings"]}
    assert stages["detect"]["us_per_text"] > 0
    assert any(name.startswith("extract: ") for name in stages)
    assert figures["memory"]["parses"] == [20, 200]
    assert {target["pass"] for target in figures["targets"]} <= {True, False, None}
    assert "| `parse()` |" in performance.table(figures)
    performance.time_against_size(figures)


def test_a_stage_the_code_lacks_is_shown_as_not_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    import newscore

    monkeypatch.setattr(speed, "analyse", None)
    text = speed.clipping_set().texts[0]
    actions = speed.stage_actions(newscore.default_host(), text)
    assert {"detect", "split", "format parse", "identify", "to_dict"} <= set(actions)
    assert "analysis (in attribution)" not in actions
    monkeypatch.setattr(speed, "text_lines", None)
    assert set(speed.stage_actions(newscore.default_host(), text)) == {"detect"}


def test_the_baseline_run_gets_the_arguments_but_its_own_output() -> None:
    argv = ["--quick", "--baseline-tree", "/old", "--json=out.json", "--docs", "--rounds", "3"]
    assert speed.forwarded(argv) == ["--quick", "--rounds", "3"]


def test_before_and_after_side_by_side_give_the_speed_up(
    tiny_run: tuple[str, dict[str, Any]],
) -> None:
    _, figures = tiny_run
    slower = json.loads(json.dumps(figures))
    slower["sets"]["clippings"]["us_per_text"]["full"] *= 3
    lines = list(speed.comparison_lines(slower, figures))
    (row,) = [line for line in lines if "clippings: us/text, parse()" in line]
    assert row.endswith("3.00x")


# -- the committed figures -----------------------------------------------------------


def test_the_docs_table_is_the_committed_figures(performance: ModuleType) -> None:
    folder = ROOT / "docs" / "figures"
    committed = (folder / performance.TABLE_NAME).read_text(encoding="utf-8")
    figures = performance.load(folder / performance.FIGURES_NAME)
    assert committed == performance.table(figures), "run: python benchmarks/speed.py --docs"
