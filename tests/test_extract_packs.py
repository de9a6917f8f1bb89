"""Language packs are data; the engine holds no words and no language names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newscore.extract
from newscore.extract import PACKS, LanguagePack, PronounInfo, pack_for
from newscore.extract.packs.morphology import Morphology, StemMorphology

ENGINE = Path(newscore.extract.__file__).parent
# Sets of the engine's own kinds (section kinds, mention kinds), which are no words.
KINDS = {"_SKIPPED_KINDS", "_PEOPLE", "_NAMED", "_GENDERED", "_GIVEN_BY_SPEAKER"}
ENGINE_MODULES = ["analysis", "context", "entities", "frames", "speakers", "statements"]


@pytest.mark.parametrize("module", ENGINE_MODULES)
def test_engine_holds_no_language_names(module: str) -> None:
    tree = ast.parse((ENGINE / f"{module}.py").read_text(encoding="utf-8"))
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef) and function.name == "make_extractor":
            function.body = []  # names its extractor after pack.language: no branch
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "language":
            raise AssertionError(f"{module}.py:{node.lineno} branches on a pack's language")
        if isinstance(node, ast.Constant) and node.value in set(PACKS):
            raise AssertionError(f"{module}.py:{node.lineno} names a language: {node.value!r}")


@pytest.mark.parametrize("module", ENGINE_MODULES)
def test_engine_holds_no_word_tables(module: str) -> None:
    tree = ast.parse((ENGINE / f"{module}.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if not isinstance(node, ast.Assign | ast.AnnAssign):
            continue
        target = node.targets[0] if isinstance(node, ast.Assign) else node.target
        if isinstance(target, ast.Name) and target.id in KINDS:
            continue
        value = node.value
        if isinstance(value, ast.Call) and getattr(value.func, "id", "") in {"frozenset", "set"}:
            words = [
                c
                for c in ast.walk(value)
                if isinstance(c, ast.Constant) and isinstance(c.value, str)
            ]
            assert not any(str(w.value).strip().isalpha() for w in words), (
                f"{module}.py:{node.lineno} holds a word table; move it into LanguagePack"
            )


def test_lexicon_is_gone() -> None:
    assert not (ENGINE / "lexicon.py").exists()
    assert not hasattr(newscore.extract, "Lexicon")


def test_pack_for_falls_back_to_english() -> None:
    assert pack_for("uk") is PACKS["uk"]
    assert pack_for(None) is PACKS["en"]
    assert pack_for("zz") is PACKS["en"]


def test_pronouns_carry_gender_and_number() -> None:
    english = PACKS["en"]
    assert english.pronouns["she"] == PronounInfo(gender="feminine", number="singular")
    assert english.pronouns["they"].number == "plural"
    assert english.personal_pronoun("he")
    assert not english.personal_pronoun("it")
    assert PACKS["uk"].personal_pronoun("вона")


def test_morphology_is_the_packs() -> None:
    assert type(PACKS["en"].morphology) is Morphology
    slavic = PACKS["ru"].morphology
    assert isinstance(slavic, StemMorphology)
    assert slavic.same_word("Набиуллиной", "Набиуллина")
    assert not Morphology().same_word("Smithson", "Smith")
    assert slavic.is_role("мэра", frozenset({"мэр"}))
    assert PACKS["uk"].morphology.nominative("Нафтогазі") == "Нафтогаз"


def test_a_pack_needs_only_its_cues() -> None:
    pack = LanguagePack(language="xx", cues=frozenset({"dixit"}))
    assert pack.frames == PACKS["en"].frames
    assert pack.pronouns == {}
