"""Frames of news attribution, as objects tried in order.

A frame reads one reporting cue in its sentence ("X said ...", "'...,' said
X", "According to X, ...") and returns the statement it finds there, or
``None`` to let the next frame try.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

__all__ = ["STANDARD_FRAMES", "Frame"]


@runtime_checkable
class Frame(Protocol):
    """One way a statement is attributed: a named reader of a cue in its sentence."""

    @property
    def name(self) -> str:
        """The frame's name, recorded on each statement it finds (``"according-to"``)."""
        ...

    def read(self, context: Any, sentence: Any, cue: Any, limit: int) -> Any:
        """Return the statement this frame finds for ``cue``, or ``None``."""
        ...


STANDARD_FRAMES: tuple[Frame, ...] = ()
"""The frames tried for each cue, in order."""
