"""An intact article of a damaged export is never lost.

For each export holding several articles, one article is damaged (cut inside,
or given a NUL, a stray label or an unclosed tag); every other article's title
and first paragraph must still be found in the ``raw`` of some article read
from the damaged export, leniently, with the export's own (detected) format.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import newscore
from newscore.testing.contract import check_article

DAMAGE = ("cut", "nul", "label", "open-tag", "surrogate", "reference")


def _keys(article: newscore.Article) -> list[str]:
    """What must survive of an article: its title and the first line of its first paragraph."""
    keys = [article.title] if article.title else []
    for section in article.sections:
        first = section.text.strip().splitlines()[0].strip() if section.text.strip() else ""
        if len(first) >= 20 and first != article.title:
            keys.append(first[:80])
            break
    return keys


def _region(text: str, articles: list[newscore.Article], index: int) -> tuple[int, int]:
    """Return where article ``index`` lies in ``text``, by the articles' provenance offsets."""
    offsets = [a.provenance.offset if a.provenance else None for a in articles]
    start = offsets[index]
    assert start is not None, "the format gave no provenance offset"
    later = [offset for offset in offsets[index + 1 :] if offset is not None and offset > start]
    return start, later[0] if later else len(text)


def _damaged(data: st.DataObject, text: str, start: int, end: int) -> tuple[str, str]:
    how = data.draw(st.sampled_from(DAMAGE), label="damage")
    # Damage the middle of the article, away from its first and last lines.
    low = start + (end - start) // 4
    high = max(low, start + 3 * (end - start) // 4)
    at = data.draw(st.integers(min_value=low, max_value=high), label="at")
    if how == "cut":
        stop = data.draw(st.integers(min_value=at, max_value=high), label="to")
        return text[:at] + text[stop:], f"cut {at}:{stop}"
    piece = {
        "nul": "\x00",
        "label": "\nSource:\nHD\n<p>",
        "open-tag": "<div><p><b>",
        "surrogate": "\ud800",
        "reference": "&#xD800;&#0;",
    }[how]
    return text[:at] + piece + text[at:], f"{how} at {at}"


@settings(
    max_examples=4,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=st.data())
def test_other_articles_survive(files: Any, multi_file: str, data: Any) -> None:
    _check_survivors(files, multi_file, data)


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_other_articles_survive_often(files: Any, long_multi_file: str, data: Any) -> None:
    _check_survivors(files, long_multi_file, data)


def _check_survivors(files: Any, multi_file: str, data: st.DataObject) -> None:
    text = files.corpus_text(multi_file)
    articles = list(newscore.read(text, extract=False))
    if len(articles) < 2:
        pytest.fail(f"{multi_file} gives {len(articles)} article(s) where it holds several")
    fmt = articles[0].format
    victim = data.draw(st.integers(min_value=0, max_value=len(articles) - 1), label="victim")
    start, end = _region(text, articles, victim)
    damaged, how = _damaged(data, text, start, end)
    found = list(newscore.read(damaged, format=fmt, extract=False))
    for article in found:
        check_article(article, None)
    raws = [article.raw for article in found]
    for index, article in enumerate(articles):
        if index == victim:
            continue
        for key in _keys(article):
            assert any(key in raw for raw in raws), (
                f"{multi_file} ({fmt}), article {victim} damaged ({how}): article {index}'s "
                f"{key!r} is in none of the {len(found)} articles read"
            )
