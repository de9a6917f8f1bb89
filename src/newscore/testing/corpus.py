"""Find third-party test files that live outside the repository, and skip honestly without them.

newscore's tests read real exports from a ``shared`` folder beside the
clone (they may not be copied into the repository). A test that needs one
calls :func:`shared_path`: when the folder is absent the test is skipped
with a message naming the file, unless the environment variable
``NEWSCORE_REQUIRE_CORPUS`` is ``1`` (as CI sets it), when it fails instead.

>>> from newscore.testing.corpus import shared_path
>>> path = shared_path("corpus", "nexis", "sample.TXT")  # doctest: +SKIP

Call it inside a test or fixture, never at import time: a module that
reads the corpus while being imported cannot be skipped.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["REQUIRE_VARIABLE", "SHARED_VARIABLE", "corpus_required", "shared_path", "shared_root"]

REQUIRE_VARIABLE = "NEWSCORE_REQUIRE_CORPUS"
"""Set to ``1`` to make a missing shared file fail the test instead of skipping it."""

SHARED_VARIABLE = "NEWSCORE_SHARED"
"""Set to the shared folder's path to override the search beside the clone."""


def corpus_required() -> bool:
    """Tell whether a missing shared file must fail rather than skip."""
    return os.environ.get(REQUIRE_VARIABLE, "").strip().lower() in {"1", "true", "yes"}


def shared_root(anchor: str | os.PathLike[str] | None = None) -> Path | None:
    """Return the shared folder, or ``None`` when there is none.

    :param anchor: a file or folder inside the clone; the folder is looked for
        beside each of its ancestors. By default, the current directory.
    """
    given = os.environ.get(SHARED_VARIABLE)
    if given:
        path = Path(given)
        return path if path.is_dir() else None
    start = Path(anchor if anchor is not None else Path.cwd()).resolve()
    for folder in (start, *start.parents):
        candidate = folder / "shared"
        if (candidate / "corpus").is_dir():
            return candidate
    return None


def shared_path(*parts: str, anchor: str | os.PathLike[str] | None = None) -> Path:
    """Return the path of a shared file or folder, skipping (or failing) the test if absent.

    :param parts: the path inside the shared folder, such as
        ``("corpus", "nexis", "sample.TXT")``.
    :param anchor: as for :func:`shared_root`; pass ``__file__``.
    """
    root = shared_root(anchor)
    path = root.joinpath(*parts) if root is not None else None
    if path is not None and path.exists():
        return path
    import pytest  # noqa: PLC0415 - only tests call this, and newscore does not need pytest

    where = "/".join(parts)
    message = (
        f"shared test data {where!r} is absent (looked beside the clone, or ${SHARED_VARIABLE})"
    )
    if corpus_required():
        pytest.fail(f"{message}, and ${REQUIRE_VARIABLE} requires it")
    pytest.skip(message)
