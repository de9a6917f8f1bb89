"""Pathological inputs, each read in a child process with a time and memory budget.

Reproduce the figures by hand with, for example::

    python -c "import sys; sys.path.insert(0, 'plugins/newscore-factiva/tests');
    import _budget, test_factiva_pathological as t; print(_budget.measure(t.CELLS_ROWS, 'factiva-html'))"
"""

from __future__ import annotations

import pytest

from _budget import measure
from newscore.testing.pathological import Budget, assert_linear

PAGE = "'<html><head><title>Factiva</title></head><body>'"
ARTICLE = (
    '\'<div class="article"><table><tr><td class="index">HD</td><td>Title</td></tr>'
    '<tr><td class="index">TD</td><td><p>Body.</p></td></tr></table></div>\''
)
CELLS_ROWS = f"{PAGE} + '<table>' + '<tr><td>x</td></tr>\\n' * 10**6 + '</table>' + {ARTICLE}"
CELLS_ONE_ROW = f"{PAGE} + '<table><tr>' + '<td>x</td>' * 10**6 + '</tr></table>' + {ARTICLE}"
CELLS_IN_ARTICLE = (
    f'{PAGE} + \'<div class="article"><table><tr><td class="index">HD</td><td>Big</td></tr>\''
    " + '<tr><td>x</td></tr>\\n' * 10**6 + '</table></div>'"
)
NESTED_DIVS = f"{PAGE} + '<div>' * 10**5 + 'deep' + '</div>' * 10**5 + {ARTICLE} * 2"


@pytest.mark.parametrize("build", [CELLS_ROWS, CELLS_ONE_ROW], ids=["rows", "one-row"])
def test_a_million_table_cells_read_in_under_eight_seconds(build: str) -> None:
    # Was: 18 s and 627 MB for 10^6 cells. About 4 s here, 5.1 s on CI with both tries:
    # the bound is 8 s of CPU (linear time is checked on its own). A busy machine can
    # slow one run: a second run is taken then, and the faster counts.
    found = measure(build, "factiva-html", seconds=120, memory=1 << 30)
    if found.cpu >= 8.0:
        again = measure(build, "factiva-html", seconds=120, memory=1 << 30)
        found = min(found, again, key=lambda measured: measured.cpu)
    assert found.articles == 1
    assert found.problems == ()
    assert found.cpu < 8.0, found
    assert found.peak < 600 << 20, found


def test_a_million_cells_inside_one_article_are_kept_within_budget() -> None:
    found = measure(CELLS_IN_ARTICLE, "factiva-html", seconds=180, memory=1 << 30)
    assert found.articles == 1
    assert found.problems == ("factiva.too-many-elements",)  # the bound, reported; HD read
    assert found.raw >= 2 * 10**6  # every cell's text is kept
    assert found.cpu < 10.0, found
    assert found.peak < 600 << 20, found


def test_deep_nesting_is_reported_within_budget() -> None:
    found = measure(NESTED_DIVS, "factiva-html", seconds=60, memory=1 << 30)
    assert found.articles == 3  # the two articles and the deep text, kept
    assert "factiva.unreadable" in found.problems
    assert found.cpu < 5.0, found


@pytest.mark.parametrize(
    ("build", "fmt"),
    [
        (
            f"{PAGE} + '<table>' + '<tr><td>x</td></tr>\\n' * n + '</table>' + {ARTICLE}",
            "factiva-html",
        ),
        (f"{PAGE} + {ARTICLE} * n", "factiva-html"),
        (
            "'<PPSResponse>' + '<ppsarticle><article><headline>H</headline></article></ppsarticle>\\n' * n + '</PPSResponse>'",
            "factiva-xml",
        ),
        (
            "'<PPSResponse><ppsarticle><article><headline>H</headline>' + '<x>&amp;</x>' * n + '</article></ppsarticle></PPSResponse>'",
            "factiva-xml",
        ),
    ],
    ids=["html-cells", "html-articles", "xml-articles", "xml-elements"],
)
def test_reading_is_linear(build: str, fmt: str) -> None:
    assert_linear(
        build,
        work=f"list(newscore.read(text, format={fmt!r}, extract=False))",
        size=2000,
        min_seconds=0.5,
        attempts=4,
        budget=Budget(seconds=300, memory=2 << 30),
    )
