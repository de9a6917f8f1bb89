"""Reading one ANPA-1312 take (AP's wire format) into an article.

A take looks like this (control bytes shown as names)::

    SYN SYN SOH W2870 US asian                          service, number, selectors
    f l DC3 DC1 BC-LT--Argentina-CancerB  11-13 1049    priority, category, slug, date, words
    STX ^BC-LT--Argentina-Cancer Beauty,466<            keyword line (version, words)
    ^For Argentine chemo patients, mirrors can hurt <   headline
    ^Eds: With AP Photos.<                              editors' note
    ^By PAUL BYRNE and ALMUDENA CALATRAVA=              byline, then its title line
    TAB BUENOS AIRES, Argentina (AP) _ For cancer ...   the story, tab-indented
    TAB ETX AP-WF-11-13-13 1509GMT<                     transmission stamp
    FF EOT

Header lines (``^`` ... ``<`` or ``=``) run until the first line that is not
one; the story follows, until ETX. The article's raw text is the take itself.
"""

from __future__ import annotations

import regex

import newscore
from newscore.toolkit import lines, reference_date, resolve_year
from newscore_wire._control import CONTROL
from newscore_wire._control_take import Take

__all__ = ["FORMAT_NAME", "parse", "sniff", "sniff_bytes"]

FORMAT_NAME = "anpa-1312"

_SYN = "\x16"
_SOH = "\x01"
_STX = "\x02"
_ETX = "\x03"
_EOT = "\x04"
_US = "\x1f"
_OPENING = "^"
_CLOSING = "<="

_SERVICE = regex.compile(r"(?P<service>[A-Za-z])(?P<number>\d{1,6}+)")
_CODES = regex.compile(
    r"(?P<priority>[A-Za-z])[ \t](?P<category>[A-Za-z])(?P<coding>[\x13\x14])(?P<layout>[\x11\x12])"
)
_SLUG_DATE = regex.compile(r"(?P<month>\d\d)-(?P<day>\d\d)")
_WORDS = regex.compile(r"\d{1,5}+")
_VERSION = regex.compile(r"(?i)\d{1,2}+(?:st|nd|rd|th)[ \t]?+(?:Ld|Add|Writethru)\S{0,40}+")
_BYLINE = regex.compile(r"(?i)By[ \t]++\S")
_EDS = regex.compile(r"(?i)Eds?:[ \t]*+")
_EDITORS_NOTE = regex.compile(r"(?i)EDITOR'?S[ \t]++NOTE[ \t]*+(?:_|-|:)?+[ \t]*+")
_PHOTO = regex.compile(r"(?i)AP[ \t]++(?:Photos?|Video|Graphics?)\b")
_BYLINE_TITLE = regex.compile(
    r"(?i)(?:Associated[ \t]++Press|AP)(?:[ \t]++[A-Za-z\-]{1,30}+){0,3}+[ \t]*+(?:Writers?)?+"
)


def sniff(text: str) -> float:
    """Tell how sure it is that ``text`` is an ANPA-1312 take: SYN SYN SOH, or SOH and DC3/DC1."""
    head = text.lstrip(" \r\n")
    if head.startswith(_SYN) and head.lstrip(_SYN).startswith(_SOH):
        return 0.97
    if head.startswith(_SOH):
        second = head.split("\n", 2)[1:2]
        if second and _CODES.match(second[0]):
            return 0.96
    return 0.0


def sniff_bytes(head: bytes) -> float:
    """Tell how sure it is that the bytes ``head`` open an ANPA-1312 feed."""
    return sniff(head[:4096].decode("latin-1"))


def parse(text: str, options: newscore.ReadOptions) -> newscore.Article:
    """Read one take; doubtful text is kept and noted as a problem."""
    take = Take(text, FORMAT_NAME)
    all_lines = lines(text)
    index = 0
    while (
        index < len(all_lines) and not text[all_lines[index].start : all_lines[index].end].strip()
    ):
        index += 1
    if index < len(all_lines) and _SOH in text[all_lines[index].start : all_lines[index].end]:
        _service_line(take, all_lines[index].start, all_lines[index].end)
        index += 1
        if index < len(all_lines) and _STX not in _line(text, all_lines[index]):
            _slug_line(take, all_lines[index].start, all_lines[index].end, options)
            index += 1
    else:
        take.problem(
            f"{FORMAT_NAME}.no-header",
            "the take does not open with SOH and its service line",
            at=all_lines[index].start if index < len(all_lines) else 0,
        )
    stx = text.find(_STX)
    etx = text.find(_ETX)
    end = etx if etx >= 0 else _end_without_etx(take, text)
    body_start = all_lines[index].start if index < len(all_lines) else len(text)
    if 0 <= stx < end:
        if text[body_start:stx].strip():
            take.problem(
                f"{FORMAT_NAME}.unread-header",
                "text between the slug line and STX was not recognised",
                at=body_start,
            )
            take.furnish("envelope", body_start, stx)
        take.furnish("envelope", stx, stx + 1)
        body_start = _header_block(take, stx + 1, end)
    elif index < len(all_lines):
        take.problem(f"{FORMAT_NAME}.no-stx", "the take has no STX before its text", at=body_start)
    take.paragraphs(body_start, end, opens=_opens_paragraph, opening=_OPENING, closing=_CLOSING)
    take.trailer(end)
    if take.title is None:
        take.problem(f"{FORMAT_NAME}.no-headline", "the take has no headline line")
    return take.build(options)


def _line(text: str, line: newscore.toolkit.Line) -> str:
    return text[line.start : line.end]


def _opens_paragraph(line: str) -> bool:
    return line[:1] in {"\t", _OPENING} or line[:1] in CONTROL


def _end_without_etx(take: Take, text: str) -> int:
    eot = text.find(_EOT)
    end = eot if eot >= 0 else len(text)
    take.problem(
        f"{FORMAT_NAME}.no-etx", "the take has no ETX after its text", severity="info", at=end
    )
    return end


def _service_line(take: Take, start: int, end: int) -> None:
    raw = take.raw
    position = start
    while position < end and raw[position] in {_SYN, _SOH}:
        position += 1
    found = _SERVICE.match(raw, position, end)
    if found is not None:
        take.note("service", found["service"])
        take.note("message_number", found["number"])
    separator = raw.find(_US, position, end)
    if separator >= 0:
        selectors = raw[separator + 1 : end].strip()
        if selectors.strip("-"):
            take.note("selector", selectors)
    take.furnish("envelope", start, end)


def _slug_line(take: Take, start: int, end: int, options: newscore.ReadOptions) -> None:
    raw = take.raw
    codes = _CODES.match(raw, start, end)
    if codes is None:
        take.problem(
            f"{FORMAT_NAME}.bad-slug-line",
            "the line after SOH is not 'priority category codes slug date words'",
            at=start,
        )
        take.furnish("slug", start, end)
        return
    take.note("priority", codes["priority"])
    take.note("category", codes["category"])
    take.note("preformatted", codes["layout"] == "\x12")
    take.furnish("envelope", start, codes.end())
    slug = take.content(codes.end(), end)
    take.furnish("slug", codes.end(), end, slug)
    words = slug.of(raw).split()
    if words:
        take.note("slug", words[0])
    if len(words) > 1 and _WORDS.fullmatch(words[-1]) and _SLUG_DATE.fullmatch(words[-2]):
        take.note("word_count", int(words[-1]))
        words = words[:-1]
    if len(words) > 1 and (found := _SLUG_DATE.fullmatch(words[-1])) is not None:
        month, day = int(found["month"]), int(found["day"])
        take.note("slug_date", words[-1])
        reference = reference_date(options)
        if reference is not None and 1 <= month <= 12 and 1 <= day <= 31:
            take.date = resolve_year(month, day, reference)
        words = words[:-1]
    if len(words) > 1:
        take.note("version", " ".join(words[1:]))


def _header_block(take: Take, start: int, end: int) -> int:
    """Read the ``^`` header lines from ``start``; return where the story starts."""
    raw = take.raw
    roles: list[str] = []
    for line in lines(raw, start, end):
        text = raw[line.start : line.end].strip()
        if not text:
            continue
        if not (text.startswith(_OPENING) and text[-1] in _CLOSING):
            return line.start
        _header_line(take, line.start, line.end, roles)
    return end


def _header_line(take: Take, start: int, end: int, roles: list[str]) -> None:
    raw = take.raw
    if not roles:  # the keyword line: "^BC-LT--Argentina-Cancer Beauty,466<"
        last = raw.rfind(_OPENING, start, end)
        text = take.content(last, end, _OPENING, _CLOSING)
        fields = [part.strip() for part in text.of(raw).split(",")]
        take.note("keyword", fields[0])
        if len(fields) > 1 and _WORDS.fullmatch(fields[-1]):
            take.note("take_words", int(fields[-1]))
        for part in fields[1:]:
            if "version" not in take.meta and _VERSION.fullmatch(part.replace(" ", "")):
                take.note("version", part)
        take.furnish("keyword", start, end, text)
        roles.append("keyword")
        return
    text = take.content(start, end, _OPENING, _CLOSING)
    written = text.of(raw)
    if "headline" not in roles:
        take.title = text
        take.furnish("headline", start, end, text)
        roles.append("headline")
        return
    role = _header_role(written, roles)
    roles.append(role)
    if role == "editors_note":
        prefix = _EDS.match(written) or _EDITORS_NOTE.match(written)
        note = written[prefix.end() :] if prefix is not None else written
        take.note("editors_note", note.strip())
    elif role == "byline":
        take.note("byline", " ".join(written.split()))
    elif role == "byline_title":
        take.note("byline_title", written)
    elif role == "credits":
        take.note("photos", written)
    elif role == "summary":
        take.note("summary", written)
    if role == "heading":
        take.add_section("heading", start, end, text)
    else:
        take.furnish("byline" if role == "byline_title" else role, start, end, text)


def _header_role(written: str, roles: list[str]) -> str:
    if _EDS.match(written) or _EDITORS_NOTE.match(written):
        return "editors_note"
    if _PHOTO.match(written):
        return "credits"
    if _BYLINE.match(written) and "byline" not in roles:
        return "byline"
    if roles[-1] == "byline" and _BYLINE_TITLE.fullmatch(written):
        return "byline_title"
    if "byline" in roles:
        return "heading"
    return "summary"
