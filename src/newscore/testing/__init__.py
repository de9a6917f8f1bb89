"""A kit for testing newscore and its plugins.

It needs Hypothesis, which the ``testing`` extra installs
(``pip install "newscore[testing]"``). Importing this package does not import
Hypothesis; :mod:`newscore.testing.strategies` does.

>>> from newscore.testing import articles  # doctest: +SKIP
>>> from hypothesis import given
>>> @given(articles())
... def test_round_trip(article): ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newscore.testing.strategies import articles

__all__ = ["articles"]


def __getattr__(name: str) -> object:
    # Hypothesis is an optional dependency: import it only when asked for.
    if name == "articles":
        from newscore.testing import strategies  # noqa: PLC0415 - lazy on purpose

        return strategies.articles
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
