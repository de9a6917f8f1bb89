"""Stable ids: an article's from its format, text and provenance; statements' and sources' from spans."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import attrs
from hypothesis import given
from hypothesis import strategies as st

import newscore
from newscore.testing import strategies

SEED = Path(__file__).parent.parent / "examples" / "seed-putin-xinhua.txt"


def test_the_seed_is_identified_the_same_way_in_another_process() -> None:
    here = [(s.id, s.content) for s in next(newscore.read(SEED)).statements]
    script = (
        "import json, sys, newscore;"
        "a = next(newscore.read(sys.argv[1]));"
        "print(json.dumps([a.id] + [s.id for s in a.statements] + [s.id for s in a.sources]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(SEED)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "123", "PATH": ""},
    )
    article = next(newscore.read(SEED))
    ids = [article.id, *(s.id for s in article.statements), *(s.id for s in article.sources)]
    assert json.loads(done.stdout) == ids
    assert [content for _, content in here] == [s.content for s in article.statements]


def test_ids_are_readable_back_into_the_text() -> None:
    article = newscore.parse(SEED.read_text(encoding="utf-8"))
    assert article.statements
    assert article.sources
    for statement in article.statements:
        assert statement.id is not None
        prefix, _, place = statement.id.partition(":s")
        assert prefix == article.id
        start, end = (int(part) for part in place.split("~")[0].split("-"))
        expected = statement.content_span or statement.span
        assert (start, end) == (expected.start, expected.end)
    for source in article.sources:
        assert source.id is not None
        assert source.id.startswith(f"{article.id}:src")


def test_the_id_counts_provenance_but_not_the_folder(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "seed.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b" / "seed.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b" / "other.txt").write_text(text, encoding="utf-8")
    first, second, renamed = (
        next(newscore.read(tmp_path / name)) for name in ("a/seed.txt", "b/seed.txt", "b/other.txt")
    )
    assert first.id == second.id
    assert first.id != renamed.id
    assert newscore.parse(text).id != first.id  # no provenance at all


def test_a_statement_cites_the_very_source_listed_on_the_article() -> None:
    article = newscore.parse(SEED.read_text(encoding="utf-8"))
    listed = {source.id: source for source in article.sources}
    cited = [s.source for s in article.statements if s.source is not None]
    assert cited
    for source in cited:
        assert source.id in listed
        assert listed[source.id] == source


@given(strategies.articles())
def test_identify_gives_unique_ids_and_is_idempotent(article: newscore.Article) -> None:
    identified = newscore.identify(article)
    again = newscore.identify(identified)
    assert again == identified
    ids = [s.id for s in identified.statements]
    assert all(ids)
    assert len(set(ids)) == len(ids)
    chain_ids = []
    for source in identified.sources:
        link: newscore.Source | None = source
        while link is not None:
            chain_ids.append(link.id)
            link = link.via
    assert all(chain_ids)
    assert len(set(chain_ids)) == len(chain_ids)
    assert attrs.evolve(identified, statements=(), sources=()) == attrs.evolve(
        article, statements=(), sources=()
    )


@given(strategies.articles(), st.text(max_size=5))
def test_the_article_id_changes_with_the_text(article: newscore.Article, extra: str) -> None:
    changed = attrs.evolve(article, raw=article.raw + extra) if extra else article
    assert (changed.id == article.id) == (not extra)
    assert len(article.id) == 16
    assert int(article.id, 16) >= 0


def test_json_carries_the_ids_and_old_json_is_identified_again() -> None:
    article = newscore.parse(SEED.read_text(encoding="utf-8"))
    data = newscore.to_dict(article)
    assert list(data)[:2] == ["schema_version", "id"]
    assert data["id"] == article.id
    assert newscore.from_json(newscore.to_json(article)) == article
    data["schema_version"] = 2
    del data["id"]
    for statement in data["statements"]:
        del statement["id"]
    old = newscore.from_dict(data)
    assert all(s.id is None for s in old.statements)
    assert newscore.identify(old) == article
