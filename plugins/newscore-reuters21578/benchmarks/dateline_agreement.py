"""How often the dateline read from the story text agrees with the <DATELINE> element.

Reads a Reuters-21578 file with the ``reuters21578`` format (whose story text
is read by newscore's ``dateline`` format) and compares, for every story with
a ``<DATELINE>`` element whose place and date an independent pattern here can
read, the place(s) with the state or country after them (case-insensitive,
punctuation and spaces ignored) and the month and day.

Caveat: the SGML keeps the dateline in its own element, and the article's raw
text puts that element's text at the start of the wire copy, so this measures
how well the ``dateline`` format reads real 1987 Reuters datelines, not an
agreement between two independent sources.

The read runs in an isolated host (the built-in formats and this plugin, no
entry point), so other installed plugins cannot change the figure.

Usage: python dateline_agreement.py [FILE] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import attrs
import newscore
import regex
from newscore.toolkit import MONTHS

import newscore_reuters21578

DEFAULT_FILE = (
    Path(__file__).resolve().parents[4] / "shared" / "corpus" / "reuters" / "sgml" / "reut2-000.sgm"
)

_TAG = regex.compile(
    r"(?P<place>[^\n]+?)[,.]?+[ \t]++"
    r"(?:(?P<month>\p{L}++)\.?+[ \t]++(?P<day>[0-9]{1,2}+)"
    r"|(?P<day2>[0-9]{1,2}+)[ \t]++(?P<month2>\p{L}++))"
    r"[ \t]*+-"
)


@attrs.frozen(kw_only=True)
class Result:
    """The figures of one run."""

    total: int
    compared: int
    agreeing: int
    disagreements: tuple[str, ...]

    @property
    def share(self) -> float:
        """Agreeing stories among those compared."""
        return self.agreeing / self.compared if self.compared else 0.0


def read_tag(tag: str) -> tuple[str, int, int] | None:
    """Read ``"RICHMOND, Va., Feb 26 -"`` into place, month and day, or ``None``."""
    match = _TAG.match(tag)
    if match is None:
        return None
    word = (match.group("month") or match.group("month2")).lower()
    month = MONTHS.get(word)
    if month is None:
        return None
    return match.group("place"), month, int(match.group("day") or match.group("day2"))


def normalised(place: str) -> str:
    """Lower-case letters and digits only."""
    return "".join(character for character in place.casefold() if character.isalnum())


def measure(path: Path) -> Result:
    """Read ``path`` and compare every readable <DATELINE> with the dateline read from the text."""
    total = compared = agreeing = 0
    disagreements: list[str] = []
    host = newscore.PluginHost(
        entry_points=False, plugins=[("reuters21578", newscore_reuters21578)]
    )
    for article in host.read(path, format="reuters21578", extract=False):
        total += 1
        tag = article.meta.get("dateline_tag")
        if not isinstance(tag, str):
            continue
        expected = read_tag(tag)
        if expected is None:
            continue
        compared += 1
        places = article.meta.get("dateline_places")
        country = article.meta.get("dateline_country")
        found_place = "/".join(places) if isinstance(places, tuple) else ""
        if isinstance(country, str):
            found_place = f"{found_place}, {country}"
        found = (found_place, article.meta.get("dateline_month"), article.meta.get("dateline_day"))
        if (normalised(found[0]), found[1], found[2]) == (
            normalised(expected[0]),
            expected[1],
            expected[2],
        ):
            agreeing += 1
        else:
            document = article.meta.get("document_id")
            disagreements.append(f"NEWID {document}: tag {tag!r} -> {expected}; text -> {found}")
    return Result(
        total=total, compared=compared, agreeing=agreeing, disagreements=tuple(disagreements)
    )


def main(argv: list[str] | None = None) -> int:
    """Print the figures; with ``--verbose``, every disagreement too."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--verbose", action="store_true", help="list the disagreements")
    arguments = parser.parse_args(argv)
    result = measure(arguments.file)
    print(f"file:      {arguments.file}")
    print(f"total:     {result.total}")
    print(f"compared:  {result.compared}")
    print(f"agreeing:  {result.agreeing}")
    print(f"share:     {result.share:.4f}")
    if arguments.verbose:
        for line in result.disagreements:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
