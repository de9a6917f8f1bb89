"""Reading one IPTC 7901 take (dpa's text service) into an article.

A take looks like this (control bytes shown as names)::

    SOH eca062 4 i 211 ccccb   dpa 061     service+number, priority, category, words, extra
    Germany-politics/                      keyword line
    STX REFILE                             flag lines (REFILE, 1ST LEAD, EXTRA, ...)
    Germany Social Democrats: ... fail =   headline (and byline), closed by " ="
       Berlin (dpa) - Negotiations ...     the story, paragraphs between blank lines
    # dpa NOTEBOOK ...                     notes not for publication
    dpa wsz jln npr                        sign-off
    ETX 131137 GMT Nov 13                  transmission stamp (DDhhmm zone month YY)
    DEL EOT

The article's raw text is the take itself.
"""

from __future__ import annotations

import regex

import newscore
from newscore.toolkit import Line, lines
from newscore_wire._control_take import Take

__all__ = ["FORMAT_NAME", "parse", "sniff", "sniff_bytes"]

FORMAT_NAME = "iptc-7901"

_SOH = "\x01"
_STX = "\x02"
_ETX = "\x03"
_EOT = "\x04"
_HEADING_LINES = 8
"""How many lines after STX may hold the flags, headline and byline before " =" closes them."""

_HEADER = regex.compile(
    r"\x01(?P<service>[A-Za-z]{1,4}+)(?P<number>\d{1,6}+)[ \t]++(?P<priority>\d)[ \t]++"
    r"(?P<category>[A-Za-z]{1,3}+)[ \t]++(?P<words>\d{1,6}+)(?P<extra>[^\r\n]{0,200}+)"
)
_FLAG = regex.compile(r"[0-9A-Z][0-9A-Z \-/.]{0,39}+")
_BYLINE = regex.compile(r"(?i)By[ \t]++\S")
_SIGN_OFF = regex.compile(r"\p{Ll}{2,6}+(?:[ \t]++\p{Ll}{1,6}+){1,12}+")


def sniff(text: str) -> float:
    """Tell how sure it is that ``text`` is an IPTC 7901 take: SOH and its header line."""
    head = text.lstrip(" \r\n")
    if _HEADER.match(head):
        return 0.97
    return 0.0


def sniff_bytes(head: bytes) -> float:
    """Tell how sure it is that the bytes ``head`` open an IPTC 7901 feed."""
    return sniff(head[:4096].decode("latin-1"))


def parse(text: str, options: newscore.ReadOptions) -> newscore.Article:
    """Read one take; doubtful text is kept and noted as a problem."""
    take = Take(text, FORMAT_NAME)
    stx = text.find(_STX)
    etx = text.find(_ETX)
    if etx < 0:
        etx = text.find(_EOT)
        if etx < 0:
            etx = len(text)
        take.problem(
            f"{FORMAT_NAME}.no-etx", "the take has no ETX after its text", severity="info", at=etx
        )
    if not 0 <= stx < etx:
        take.problem(f"{FORMAT_NAME}.no-stx", "the take has no STX before its text", at=0)
        stx = -1
    first_break = text.find("\n") + 1 or len(text)
    head_end = stx if stx >= 0 else min(etx, first_break)
    agency = _header(take, head_end)
    body_start = head_end
    if stx >= 0:
        take.furnish("envelope", stx, stx + 1)
        body_start = _heading(take, stx + 1, etx)
    body_end = _notes(take, body_start, etx, agency)
    take.paragraphs(body_start, body_end, opens=lambda _line: False)
    take.trailer(etx)
    if take.title is None:
        take.problem(f"{FORMAT_NAME}.no-headline", "the take has no headline line")
    return take.build(options)


def _header(take: Take, end: int) -> str | None:
    """Read the header line and the keyword lines before STX; return the agency."""
    raw = take.raw
    found: list[Line] = [line for line in lines(raw, 0, end) if raw[line.start : line.end].strip()]
    if not found:
        return None
    first = found[0]
    header = _HEADER.match(raw, first.start, first.end)
    agency: str | None = None
    if header is None:
        take.problem(
            f"{FORMAT_NAME}.no-header",
            "the take does not open with SOH and its header line",
            at=first.start,
        )
        take.furnish("envelope", first.start, first.end)
    else:
        take.note("service", header["service"])
        take.note("message_number", header["number"])
        take.note("priority", int(header["priority"]))
        take.note("category", header["category"])
        take.note("word_count", int(header["words"]))
        extra = header["extra"].strip()
        take.note("header_extra", extra)
        names = [word for word in extra.split() if word.isalpha()]
        if names:
            agency = names[-1]
            take.note("agency", agency)
        take.furnish("envelope", first.start, first.end)
    for line in found[1:]:
        keyword = take.content(line.start, line.end)
        written = keyword.of(raw)
        take.note("slug", written)
        take.note("keywords", tuple(part.strip() for part in written.split("/") if part.strip()))
        take.furnish("slug", line.start, line.end, keyword)
    return agency


def _heading(take: Take, start: int, end: int) -> int:
    """Read the flags, headline and byline after STX, up to " ="; return where the story starts."""
    raw = take.raw
    found = [line for line in lines(raw, start, end) if raw[line.start : line.end].strip()]
    heading = found[:_HEADING_LINES]
    closing = next(
        (
            index
            for index, line in enumerate(heading)
            if raw[line.start : line.end].rstrip().endswith("=")
        ),
        None,
    )
    if closing is None:
        take.problem(
            f"{FORMAT_NAME}.open-heading",
            "no line after STX ends with ' =', so the headline is the first line that is no flag",
            severity="info",
            at=start,
        )
        heading = heading[:1]
    else:
        heading = heading[: closing + 1]
    flags: list[str] = []
    for line in heading:
        text = take.content(line.start, line.end, closing="=")
        written = text.of(raw)
        if take.title is None and _FLAG.fullmatch(written) and not written.isdigit():
            flags.append(written)
            take.furnish("flag", line.start, line.end, text)
        elif take.title is None:
            take.title = text
            take.furnish("headline", line.start, line.end, text)
        elif _BYLINE.match(written):
            take.note("byline", " ".join(written.split()))
            take.furnish("byline", line.start, line.end, text)
        else:
            take.add_section("heading", line.start, line.end, text)
    if flags:
        take.note("flags", tuple(flags))
        take.note("version", ", ".join(flags))
    return heading[-1].next if heading else start


def _notes(take: Take, start: int, end: int, agency: str | None) -> int:
    """Keep the notebook and the sign-off before ETX as furniture; return where the story ends."""
    raw = take.raw
    found = [line for line in lines(raw, start, end) if raw[line.start : line.end].strip()]
    story_end = end
    if found:
        last = found[-1]
        written = raw[last.start : last.end].strip()
        words = written.split()
        if _SIGN_OFF.fullmatch(written) and (agency is None or words[0].lower() == agency.lower()):
            take.note("signoff", written)
            take.furnish("signoff", last.start, last.end, take.content(last.start, last.end))
            story_end = last.start
            found.pop()
    notebook = next((line for line in found if raw[line.start : line.end].startswith("#")), None)
    if notebook is not None:
        take.furnish("notebook", notebook.start, story_end, take.content(notebook.start, story_end))
        story_end = notebook.start
    return story_end
