"""The worked examples of the docs run as written."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import newscore
from newscore.testing.contract import check_article

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _french_host() -> newscore.PluginHost:
    return newscore.PluginHost(
        plugins=[("french", _module("newscore_french"))], strict_plugins=True
    )


def test_a_french_pack_is_a_plugin_of_data_only() -> None:
    host = _french_host()
    assert "attribution-fr" in host.extractors.names()
    article = host.parse(
        "La ministre Catherine Vautrin a déclaré que la réforme serait votée en mars. "
        "Elle a ajouté que le calendrier était tenu.\n"
    )
    check_article(article)
    assert article.meta["language"] == "fr"
    got = [(s.speaker.name, s.cue, s.content, s.resolution) for s in article.statements]
    assert got == [
        ("Catherine Vautrin", "déclaré", "la réforme serait votée en mars", "named"),
        ("Catherine Vautrin", "ajouté", "le calendrier était tenu", "pronoun"),
    ]
    assert [e.name for e in article.speakers] == ["Catherine Vautrin"]


def test_the_french_pack_reads_according_to() -> None:
    article = _french_host().parse("Selon le ministère de l’Économie, les chiffres sont stables.\n")
    (statement,) = article.statements
    assert (statement.frame, statement.content) == ("according-to", "les chiffres sont stables")
    assert statement.speaker.name.endswith("Économie")


def test_without_the_plugin_french_gets_no_statements() -> None:
    article = newscore.parse(
        "La ministre Catherine Vautrin a déclaré que la réforme serait votée.\n"
    )
    assert article.meta["language"] == "fr"
    assert article.statements == ()
