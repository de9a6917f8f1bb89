"""The shared-corpus locator skips honestly, fails when CI requires the corpus, and finds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscore.testing.corpus import REQUIRE_VARIABLE, SHARED_VARIABLE, shared_path, shared_root


def test_found_beside_an_ancestor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SHARED_VARIABLE, raising=False)
    (tmp_path / "shared" / "corpus" / "nexis").mkdir(parents=True)
    (tmp_path / "shared" / "corpus" / "nexis" / "a.txt").write_text("x", encoding="utf-8")
    clone = tmp_path / "main" / "plugins" / "p" / "tests"
    clone.mkdir(parents=True)
    assert shared_root(clone / "t.py") == tmp_path / "shared"
    found = shared_path("corpus", "nexis", "a.txt", anchor=clone / "t.py")
    assert found.read_text(encoding="utf-8") == "x"


def test_missing_file_skips_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SHARED_VARIABLE, str(tmp_path))
    monkeypatch.delenv(REQUIRE_VARIABLE, raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"corpus/nexis/gone\.txt"):
        shared_path("corpus", "nexis", "gone.txt")


def test_missing_file_fails_when_required(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SHARED_VARIABLE, str(tmp_path / "nowhere"))
    monkeypatch.setenv(REQUIRE_VARIABLE, "1")
    with pytest.raises(pytest.fail.Exception, match=REQUIRE_VARIABLE):
        shared_path("corpus", "x")
