"""A naive statement extractor: the frozen baseline of ``benchmarks/speed.py``.

This is a *baseline*, not a reader: one regular expression cuts the text into
sentences, and one more, tried once on each sentence, finds the two commonest
shapes of a reported statement, ``"..." X said`` and ``X said "..."``. It is
what a quick script would do, and it stands for the least a statement
extractor costs. It is frozen: its patterns never change with newscore's
rules, and it imports nothing of newscore, so that its time is the same
yardstick before and after any change to newscore.
"""

from __future__ import annotations

import re
from typing import NamedTuple

SENTENCE = re.compile(r"(?:[^.!?\n\"“”]|[\"“][^\"”\n]*[\"”])+[.!?]*")
"""A run of text up to its end punctuation; a quotation counts as one piece."""

_SPEAKER = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_QUOTE = r"[\"“](?P<{}>[^\"”]+)[\"”]"
_VERB = r"(?:said|says)"
STATEMENT = re.compile(
    rf"{_QUOTE.format('quote_first')},? (?P<speaker_after>{_SPEAKER}) {_VERB}"
    rf"|(?P<speaker_first>{_SPEAKER}) {_VERB},? {_QUOTE.format('quote_after')}"
)
"""``"..." X said`` or ``X said "..."``, with ``says`` too."""


class NaiveStatement(NamedTuple):
    """What the naive extractor finds: who, and the words in quotation marks."""

    speaker: str
    content: str


def extract(text: str) -> list[NaiveStatement]:
    """Return the statements of ``text`` the two patterns find, one at most per sentence."""
    found = []
    for sentence in SENTENCE.finditer(text):
        match = STATEMENT.search(sentence.group())
        if match is None:
            continue
        if match["quote_first"] is not None:
            found.append(NaiveStatement(match["speaker_after"], match["quote_first"]))
        else:
            found.append(NaiveStatement(match["speaker_first"], match["quote_after"]))
    return found
