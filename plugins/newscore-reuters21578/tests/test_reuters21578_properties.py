"""Property tests: writer round trip and fixed point, mutated real files, any text."""

from __future__ import annotations

import datetime
from pathlib import Path

import newscore
from hypothesis import given, settings
from hypothesis import strategies as st
from newscore.testing.contract import check_article

from _damage import lines, read_lenient, read_strict, real_stories
from _isolated import HOST
from newscore_reuters21578 import split_stories, story_text

SAMPLE = Path(__file__).parent / "data" / "sample.sgm"

_WORD = st.text(
    alphabet=st.sampled_from(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&<>\"'.,-;#"
    ),
    min_size=1,
    max_size=10,
)
_LINE = st.lists(_WORD, min_size=1, max_size=8).map(" ".join)
_BODY = st.lists(_LINE, min_size=1, max_size=5).map("\n    ".join)
_CATEGORY = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=12).filter(
    lambda value: value.strip("-") == value
)
_ID = st.integers(min_value=1, max_value=99999).map(str)
_TIME = st.times().map(lambda t: t.replace(microsecond=t.microsecond // 10_000 * 10_000))


@st.composite
def _articles(draw: st.DrawFn) -> newscore.Article:
    """An article of any format, with the fields the writer can express."""
    body = draw(_BODY)
    dateline = draw(st.none() | st.just("PARIS, Feb 26 -"))
    story = f"{dateline} {body}" if dateline else body
    span = newscore.Span(start=0, end=len(story))
    meta: dict[str, newscore.MetaValue] = {
        "document_id": draw(_ID),
        "time": draw(_TIME).isoformat(),
    }
    for field in ("topics", "places", "people", "orgs", "exchanges", "companies"):
        meta[field] = tuple(draw(st.lists(_CATEGORY, max_size=3)))
    for key in ("old_id", "lewis_split", "cgi_split", "author", "unknown", "mknote"):
        value = draw(st.none() | _LINE)
        if value is not None:
            meta[key] = value
    if dateline:
        meta["dateline_tag"] = dateline
    return newscore.Article(
        raw=story,
        format="plain",
        title=draw(st.none() | _LINE),
        date=draw(
            st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31))
        ),
        sections=[newscore.Section.unlabelled(kind="body", raw=story, span=span)],
        meta=meta,
    )


_WRITTEN = (
    "document_id",
    "time",
    "topics",
    "places",
    "people",
    "orgs",
    "exchanges",
    "companies",
    "old_id",
    "lewis_split",
    "cgi_split",
    "author",
    "unknown",
    "mknote",
    "dateline_tag",
)


@given(article=_articles())
def test_reuters21578_write_then_read_keeps_every_written_field(article: newscore.Article) -> None:
    markup = HOST.render(article, "reuters21578")
    (again,) = list(HOST.read(markup, extract=False))
    check_article(again)
    assert again.title == article.title
    assert again.date == article.date
    assert story_text(again) == story_text(article)
    for key in _WRITTEN:
        assert again.meta.get(key) == article.meta.get(key), key
    assert not [p for p in again.problems if p.code.startswith("reuters21578.")]
    # Written again, the markup is a fixed point.
    assert HOST.render(again, "reuters21578") == markup


def test_reuters21578_real_stories_survive_a_write() -> None:
    for story in real_stories():
        (article,) = list(HOST.read(story, extract=False))
        markup = HOST.render(article, "reuters21578")
        (again,) = list(HOST.read(markup, extract=False))
        assert again.raw == article.raw
        assert again.title == article.title
        assert again.date == article.date
        for key in _WRITTEN:
            assert again.meta.get(key) == article.meta.get(key), key
        assert HOST.render(again, "reuters21578") == markup


_INJECTED = st.sampled_from(
    [
        "\x00",
        "\ud800",
        "\udfff",
        "&#xD800;",
        "&#0;",
        "&#99999999;",
        "&#65;",
        "&amp;",
        "&bogus;",
        "\u2028",
        "\ufeff",
        "\r",
        "\r\n",
        "<",
        ">",
        "</REUTERS>",
        '<REUTERS NEWID="77">',
        "<TITLE>",
        "</BODY>",
        "<D>",
        "<B>" * 300,
        "x" * 5000,
    ]
)
_EDIT = st.one_of(
    st.tuples(st.just("cut"), st.integers(min_value=0)),
    st.tuples(st.just("delete"), st.integers(min_value=0)),
    st.tuples(st.just("duplicate"), st.integers(min_value=0)),
    st.tuples(st.just("swap"), st.integers(min_value=0), st.integers(min_value=0)),
    st.tuples(st.just("inject"), st.integers(min_value=0), _INJECTED),
    st.tuples(st.just("line-ends"), st.sampled_from(["\r\n", "\r"]), st.integers(min_value=0)),
)


def _mutate(text: str, edits: list[tuple[object, ...]]) -> str:
    cut = lines(text)
    for edit in edits:
        kind = edit[0]
        if not cut:
            break
        where = int(str(edit[1])) % len(cut) if isinstance(edit[1], int) else 0
        if kind == "cut":
            joined = "".join(cut)
            cut = lines(joined[: int(str(edit[1])) % (len(joined) + 1)])
        elif kind == "delete":
            del cut[where]
        elif kind == "duplicate":
            cut.insert(where, cut[where])
        elif kind == "swap":
            other = int(str(edit[2])) % len(cut)
            cut[where], cut[other] = cut[other], cut[where]
        elif kind == "inject":
            line = cut[where]
            at = len(line) // 2
            cut[where] = line[:at] + str(edit[2]) + line[at:]
        elif kind == "line-ends":
            where = int(str(edit[2])) % len(cut)
            cut[where] = cut[where].rstrip("\r\n") + str(edit[1])
    return "".join(cut)


def _intact_ones(original: str, mutated: str) -> list[str]:
    """The stories of ``original`` that appear whole, starting a line, in ``mutated``."""
    return [
        story.text
        for story in split_stories(lines(original))
        if story.damage is None and story.text in mutated
    ]


def _check_mutation(original: str, edits: list[tuple[object, ...]]) -> None:
    mutated = _mutate(original, edits)
    articles = read_lenient(mutated)
    raws = {article.raw for article in articles}
    for story in _intact_ones(original, mutated):
        (alone,) = list(HOST.read(story, extract=False))
        assert alone.raw in raws or any(alone.raw in raw for raw in raws), alone.raw[:80]
    read_strict(mutated)


@settings(max_examples=80)
@given(edits=st.lists(_EDIT, min_size=1, max_size=6))
def test_reuters21578_mutated_real_stories(edits: list[tuple[object, ...]]) -> None:
    _check_mutation("".join(real_stories(4)), edits)


@given(edits=st.lists(_EDIT, min_size=1, max_size=6))
def test_reuters21578_mutated_sample(edits: list[tuple[object, ...]]) -> None:
    _check_mutation(SAMPLE.read_bytes().decode("utf-8"), edits)


@given(st.text(max_size=400))
def test_reuters21578_any_text_reads_leniently(text: str) -> None:
    read_lenient(text)
    read_strict(text)


@given(st.text(alphabet='<>/REUTSNWIDXBOYA="1 \n\r&#;x', max_size=300))
def test_reuters21578_markup_like_text_reads_leniently(text: str) -> None:
    read_lenient(text)
    read_strict(text)
