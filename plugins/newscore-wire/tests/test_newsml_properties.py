"""Properties: damaged real feeds and arbitrary text never break the NewsML-family readers."""

from __future__ import annotations

import contextlib
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newscore
from newscore.testing.contract import check_article, host_for
from newscore.testing.corpus import shared_path
from newscore.testing.mutations import mutated
from newscore_wire import newsml1, newsml_g2, ritzau, wenn

SAMPLES = {
    newsml1.NEWSML_1: "afp.xml",
    newsml_g2.NEWSML_G2: "stt_newsml_test.xml",
    ritzau.RITZAU_XML: "ritzau_news.xml",
    wenn.WENN_ATOM: "wenn.xml",
}
KINDS = (
    "cut",
    "cut-middle",
    "duplicate-lines",
    "shuffle-lines",
    "nul",
    "lone-surrogate",
    "control",
    "line-separator",
    "bom",
    "character-reference",
    "mixed-line-ends",
    "deep-nesting",
)
_MARKUP = st.lists(
    st.sampled_from(
        ["<newsItem>", "</newsItem>", "<p>", "</p>", "<headline>", "&amp;quot;", "<![CDATA[",
         "]]>", "<html><body>", "x", "\n", "    ", "By Jo Bo", "KYIV, Aug 30 (Reuters) - "]
    ),
    max_size=40,
).map("".join)  # fmt: skip


def _read(fmt: newscore.Format, text: str, *, strict: bool) -> list[newscore.Article]:
    host = host_for(fmt)
    return list(host.read(io.StringIO(text), format=fmt.name, strict=strict, extract=False))


def _text(name: str) -> str:
    return shared_path("corpus", "wire", name, anchor=__file__).read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("fmt", list(SAMPLES), ids=lambda f: f.name)
@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_damaged_feeds_read_leniently_and_strict_raises_only_parse_errors(
    fmt: newscore.Format, data: st.DataObject
) -> None:
    damage = data.draw(mutated(_text(SAMPLES[fmt]), kinds=KINDS, depth=2_000))
    for article in _read(fmt, damage.text, strict=False):
        check_article(article)
    with contextlib.suppress(newscore.ParseError):
        _read(fmt, damage.text, strict=True)


@pytest.mark.parametrize("fmt", list(SAMPLES), ids=lambda f: f.name)
@settings(max_examples=25)
@given(text=st.one_of(st.text(max_size=300), _MARKUP))
def test_any_text_reads_leniently(fmt: newscore.Format, text: str) -> None:
    wrapped = f'<newsItem xmlns="{newsml_g2.NAMESPACE}">{text}</newsItem>'
    for candidate in (text, wrapped):
        for article in _read(fmt, candidate, strict=False):
            check_article(article)
        with contextlib.suppress(newscore.ParseError):
            _read(fmt, candidate, strict=True)
