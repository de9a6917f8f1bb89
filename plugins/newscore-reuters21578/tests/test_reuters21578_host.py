"""Regression tests: the format reads through the host that runs it, and keeps every span."""

from __future__ import annotations

import newscore
import pytest
from newscore.testing.contract import check_article

import newscore_reuters21578

STORY = (
    '<REUTERS TOPICS="YES" NEWID="5"><DATE>2-MAR-1987 10:00:00.00</DATE>'
    "<TOPICS><D>crude</D></TOPICS><TEXT><TITLE>OIL TALKS</TITLE>"
    "<DATELINE>    LONDON, March 2 - </DATELINE><BODY>Ministers will meet, "
    "Reuters reported, citing the Financial Times, which quoted four informed sources.\n"
    "    Oil prices rose, traders said.\n Reuter\n&#3;</BODY></TEXT></REUTERS>\n"
)


def _isolated() -> newscore.PluginHost:
    return newscore.PluginHost(
        entry_points=False, plugins=[("reuters21578", newscore_reuters21578)]
    )


def test_reuters21578_isolated_host_loads_no_entry_point(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Regression: text.py called newscore.parse, which built the default host.
    def refuse() -> newscore.PluginHost:
        raise AssertionError("the default host was built")

    monkeypatch.setattr(newscore, "default_host", refuse)
    import newscore._host as host_module  # the module-level functions look it up here

    monkeypatch.setattr(host_module, "default_host", refuse)
    host = _isolated()
    (article,) = list(host.read(STORY, extract=False))
    assert article.title == "OIL TALKS"
    assert article.meta["dateline_places"] == ("LONDON",)
    names = {info.name for info in host.plugins()}
    assert "reuters21578" in names
    assert all(not name.startswith("newscore_") or name == "reuters21578" for name in names)
    assert not [name for name in names if "factiva" in name or "nexis" in name]


def _chained_dateline(text: str, options: newscore.ReadOptions) -> newscore.Article:
    """A stand-in ``dateline`` format whose article has a source chain and a located problem."""
    del options
    x_at = text.index("Reuters")
    y_at = text.index("the Financial Times")
    y = newscore.Source(
        name="the Financial Times",
        description="the Financial Times",
        span=newscore.Span(start=y_at, end=y_at + len("the Financial Times")),
    )
    x = newscore.Source(
        name="Reuters",
        description=text[x_at : y_at + len("the Financial Times")],
        span=newscore.Span(start=x_at, end=y_at + len("the Financial Times")),
        name_span=newscore.Span(start=x_at, end=x_at + len("Reuters")),
        via=y,
    )
    span = newscore.Span(start=0, end=len(text))
    return newscore.Article(
        raw=text,
        format="dateline",
        sections=[newscore.Section.unlabelled(kind="body", raw=text, span=span)],
        sources=[x],
        problems=[
            newscore.Problem(
                code="dateline.test",
                message="t",
                severity="info",
                span=newscore.Span(start=x_at, end=x_at + 7),
            )
        ],
    )


class _ChainedPlugin:
    @newscore.hookimpl
    def newscore_register_formats(self, registry: newscore.FormatRegistry) -> None:
        registry.add(
            newscore.Format(
                name="dateline",
                summary="test double",
                sniff=lambda text: 0.0,
                parse=_chained_dateline,
            )
        )


def test_reuters21578_sources_keep_their_via_chain() -> None:
    # Regression: the sources of the wire copy were copied with via=None, spans shifted by hand.
    host = newscore.PluginHost(
        entry_points=False,
        builtins=False,
        plugins=[("reuters21578", newscore_reuters21578), ("chained", _ChainedPlugin())],
    )
    (article,) = list(host.read(STORY, extract=False))
    (source,) = article.sources
    assert source.via is not None
    assert source.via.name == "the Financial Times"
    assert source.via.span.of(article.raw) == "the Financial Times"
    assert source.name_span is not None
    assert source.name_span.of(article.raw) == "Reuters"
    (problem,) = [p for p in article.problems if p.code == "dateline.test"]
    assert problem.span is not None
    assert problem.span.of(article.raw) == "Reuters"
    check_article(article)


def test_reuters21578_every_span_slices_raw() -> None:
    # Regression: spans were shifted by hand (_shift_section, _shift_problem).
    (article,) = list(_isolated().read(STORY, extract=False))
    check_article(article)
    assert article.title_span is not None
    assert article.title_span.of(article.raw) == "OIL TALKS"
    assert article.lead_span is not None
    assert article.lead_span.of(article.raw) == article.lead
    for section in (*article.sections, *article.furniture):
        assert section.text_span.of(article.raw) == section.text
    for problem in article.problems:
        if problem.span is not None:
            assert 0 <= problem.span.start <= problem.span.end <= len(article.raw)


def test_reuters21578_without_the_dateline_format_keeps_the_story() -> None:
    host = newscore.PluginHost(
        entry_points=False, builtins=False, plugins=[("reuters21578", newscore_reuters21578)]
    )
    (article,) = list(host.read(STORY, extract=False))
    assert {problem.code for problem in article.problems} == {"reuters21578.no-dateline-format"}
    assert [section.kind for section in article.sections] == ["body"]
    check_article(article)


def test_reuters21578_parse_is_the_first_article_of_read() -> None:
    # Regression: parse rendered a whole markup text itself ("parse of markup renders it").
    host = _isolated()
    article = host.parse(STORY + STORY.replace('NEWID="5"', 'NEWID="6"'), extract=False)
    assert article.meta["document_id"] == "5"
    assert {problem.code for problem in article.problems} == {"parse.first-of-many"}
    assert article.raw.startswith("OIL TALKS\n\nLONDON, March 2 - Ministers")
    assert not hasattr(newscore_reuters21578, "render_story")
    assert newscore_reuters21578.REUTERS21578.parse is None
