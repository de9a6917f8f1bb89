"""Read the fields of one ``<REUTERS>`` element from its markup, tolerating damage.

The element's tokens are walked once with a stack of open elements (never
recursion), so depth costs nothing but the stack, which is capped at
:data:`MAX_DEPTH`. Every piece of text lands somewhere: in a field, or, when
no field claims it (text outside ``<TEXT>``, a second ``<TITLE>``, text in
an element the collection does not define), in :attr:`Story.extras` with a
:class:`Note` saying why.

>>> story = read_story('<REUTERS NEWID="7"><DATE>26-FEB-1987</DATE><TEXT>'
...     '<TITLE>A &amp; B</TITLE><DATELINE> PARIS, Feb 26 - </DATELINE>'
...     '<BODY>Text.</BODY></TEXT></REUTERS>')
>>> story.title, story.dateline, story.body, story.attributes["NEWID"]
('A & B', 'PARIS, Feb 26 -', 'Text.', '7')
"""

from __future__ import annotations

from typing import Literal

import attrs

from newscore_reuters21578.markup import Token, attributes, decode, tokens

__all__ = ["LEAVES", "LIST_FIELDS", "MAX_DEPTH", "Note", "Story", "read_story"]

LIST_FIELDS = ("topics", "places", "people", "orgs", "exchanges", "companies")
"""The category elements, each a list of ``<D>`` values, in the order the files give them."""

LEAVES = ("TITLE", "DATELINE", "BODY", "AUTHOR", "DATE", "UNKNOWN", "MKNOTE", "D")
"""Elements whose content is text."""

MAX_DEPTH = 256
"""Open elements tracked at once; deeper tags are ignored, their text kept, with a note."""

_LISTS = frozenset(field.upper() for field in LIST_FIELDS)
_KNOWN = frozenset((*LEAVES, *_LISTS, "REUTERS", "TEXT", "LEWIS"))
_ONCE = ("TITLE", "DATELINE", "BODY", "AUTHOR", "DATE", "UNKNOWN", "MKNOTE")


@attrs.frozen(kw_only=True)
class Note:
    """Something doubtful in the markup.

    :param code: the problem code, ``reuters21578.<reason>``.
    :param message: what was found, for the first occurrence; with a count when repeated.
    :param offset: offset, in the story's markup, of the first occurrence.
    :param severity: ``"warning"`` or ``"info"``.
    """

    code: str
    message: str
    offset: int
    severity: Literal["warning", "info"] = "warning"


@attrs.frozen(kw_only=True)
class Extra:
    """Text no field claims, kept as written (decoded).

    :param text: the text, trimmed.
    :param offset: where it starts in the story's markup.
    :param why: the note code that explains it.
    """

    text: str
    offset: int
    why: str


@attrs.frozen(kw_only=True)
class Story:
    """The fields of one ``<REUTERS>`` element, text decoded, as written otherwise.

    :param attributes: the ``<REUTERS>`` start tag's attributes (``NEWID``...).
    :param has_start_tag: whether the markup began with a ``<REUTERS>`` tag.
    :param text_type: the ``TYPE`` of ``<TEXT>`` (``BRIEF``, ``UNPROC``), or ``None``.
    :param title: the first ``<TITLE>``, trimmed, or ``None`` when there is none.
    :param dateline: the first ``<DATELINE>``, trimmed, or ``None``.
    :param body: the first ``<BODY>``, trimmed, or ``None``.
    :param body_offset: where the story's text (dateline, body or free text) starts in the markup.
    :param text: the text directly inside ``<TEXT>`` (a brief's or a table's story), trimmed.
    :param single: the other one-value fields (``DATE``, ``AUTHOR``, ``UNKNOWN``,
        ``MKNOTE``), trimmed, by element name.
    :param lists: the ``<D>`` values of each category element present, by
        lower-case name (``"topics"``).
    :param extras: text no field claims.
    :param notes: the doubts, one per code, in order of first occurrence.
    """

    attributes: dict[str, str] = attrs.field(factory=dict)
    has_start_tag: bool = False
    text_type: str | None = None
    title: str | None = None
    dateline: str | None = None
    body: str | None = None
    body_offset: int = 0
    text: str = ""
    single: dict[str, str] = attrs.field(factory=dict)
    lists: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    extras: tuple[Extra, ...] = ()
    notes: tuple[Note, ...] = ()


class _Reader:
    """The state of :func:`read_story`."""

    def __init__(self) -> None:
        # Each open element: its name, the field its text goes to, where its start tag is.
        self.stack: list[tuple[str, str, int]] = []
        self.fields: dict[str, list[str]] = {}
        self.field_offsets: dict[str, int] = {}
        self.seen: dict[str, int] = {}
        self.lists: dict[str, list[str]] = {}
        self.extras: list[Extra] = []
        self.notes: dict[str, tuple[Note, int]] = {}
        self.attributes: dict[str, str] = {}
        self.has_start_tag = False
        self.text_type: str | None = None
        self.too_deep = False

    def note(self, code: str, message: str, offset: int, severity: str = "warning") -> None:
        known = self.notes.get(code)
        if known is None:
            level: Literal["warning", "info"] = "info" if severity == "info" else "warning"
            self.notes[code] = (Note(code=code, message=message, offset=offset, severity=level), 1)
        else:
            self.notes[code] = (known[0], known[1] + 1)

    def target(self) -> str:
        return self.stack[-1][1] if self.stack else ""

    def start(self, token: Token) -> None:
        name = token.name
        if name == "LEWIS":
            return
        if name == "REUTERS":
            if not self.has_start_tag and not self.stack and token.start == 0:
                self.has_start_tag = True
                self.attributes = attributes(token.text)
                if token.kind == "start":
                    self.stack.append(("REUTERS", "", 0))
            else:
                self.note(
                    "reuters21578.nested-story", "a <REUTERS> tag inside a story", token.start
                )
            return
        if name in _KNOWN:
            self.close_leaves()
        else:
            self.note(
                "reuters21578.unknown-element",
                f"the element <{name[:40]}> is not part of Reuters-21578; its text is kept",
                token.start,
            )
        field = self.open_field(name, token)
        if token.kind == "empty":
            return
        if len(self.stack) >= MAX_DEPTH:
            self.note(
                "reuters21578.too-deep",
                f"elements nested deeper than {MAX_DEPTH}; the deeper tags are ignored",
                token.start,
            )
            return
        self.stack.append((name, field, token.start))

    def open_field(self, name: str, token: Token) -> str:
        """Return the field the element's text goes to, starting a new one for a leaf."""
        if name == "TEXT":
            if token.kind != "end":
                found = attributes(token.text).get("TYPE")
                if found and self.text_type is None:
                    self.text_type = found
            return "TEXT"
        if name in _LISTS:
            self.lists.setdefault(name.lower(), [])
            return f"list:{name.lower()}"
        if name == "D":
            parent = self.target()
            key = f"{parent}#{self.seen.get(parent, 0)}"
            self.seen[parent] = self.seen.get(parent, 0) + 1
            self.fields[key] = []
            self.field_offsets[key] = token.start + len(token.text)
            return key
        if name in _ONCE:
            count = self.seen.get(name, 0)
            self.seen[name] = count + 1
            key = name if count == 0 else f"{name}#{count}"
            self.fields[key] = []
            self.field_offsets[key] = token.start + len(token.text)
            if count:
                self.note(
                    "reuters21578.repeated-field",
                    f"a second <{name}>; its text is kept after the story",
                    token.start,
                )
            return key
        return self.target()

    def close_leaves(self) -> None:
        """Close open text elements that a structural tag ends (a missing end tag)."""
        while self.stack and self.stack[-1][0] in LEAVES:
            name, _, start = self.stack.pop()
            self.note("reuters21578.unclosed", f"<{name}> has no end tag", start)

    def end(self, token: Token) -> None:
        name = token.name
        if name == "LEWIS":
            return
        if not any(open_name == name for open_name, _, _ in self.stack):
            self.note(
                "reuters21578.stray-end-tag", f"</{name[:40]}> closes no open element", token.start
            )
            return
        while self.stack:
            open_name, _, start = self.stack.pop()
            if open_name == name:
                return
            if open_name in _KNOWN:
                self.note("reuters21578.unclosed", f"<{open_name}> has no end tag", start)

    def text(self, token: Token) -> None:
        decoded = decode(token.text)
        if decoded.bad and decoded.first_bad is not None:
            self.note(
                "reuters21578.bad-reference",
                "a character reference names no character; it is kept as written",
                token.start + decoded.first_bad,
            )
        target = self.target()
        if target in self.fields:
            if not self.fields[target]:
                self.field_offsets[target] = token.start
            self.fields[target].append(decoded.text)
            return
        if target == "TEXT":
            self.fields.setdefault("TEXT", [])
            if "TEXT" not in self.field_offsets and decoded.text.strip():
                self.field_offsets["TEXT"] = token.start
            self.fields["TEXT"].append(decoded.text)
            return
        if decoded.text.strip():
            self.note(
                "reuters21578.stray-text",
                "text outside the story's fields; it is kept after the story",
                token.start,
            )
            self.extras.append(
                Extra(text=decoded.text.strip(), offset=token.start, why="reuters21578.stray-text")
            )

    def finish(self) -> Story:
        for name, _, start in self.stack:
            if name in _KNOWN and name != "REUTERS":
                self.note("reuters21578.unclosed", f"<{name}> has no end tag", start)
        joined = {key: "".join(parts).strip() for key, parts in self.fields.items()}
        single: dict[str, str] = {
            name: joined[name] for name in ("DATE", "AUTHOR", "UNKNOWN", "MKNOTE") if name in joined
        }
        lists = {name: list(values) for name, values in self.lists.items()}
        extras = list(self.extras)
        for key, value in joined.items():
            parent, _, _ = key.partition("#")
            if parent.startswith("list:") and "#" in key:
                one_line = " ".join(value.split())
                if one_line:
                    lists[parent[len("list:") :]].append(one_line)
            elif "#" in key and value:
                why = (
                    "reuters21578.repeated-field" if parent in _ONCE else "reuters21578.stray-text"
                )
                if why == "reuters21578.stray-text":
                    self.note(
                        "reuters21578.stray-text",
                        "a <D> outside any category list",
                        self.field_offsets[key],
                    )
                extras.append(Extra(text=value, offset=self.field_offsets[key], why=why))
        body_key = "BODY" if "BODY" in joined else ("DATELINE" if "DATELINE" in joined else "TEXT")
        text = joined.get("TEXT", "")
        if "BODY" in joined and text:
            self.note(
                "reuters21578.stray-text",
                "text in <TEXT> outside <TITLE>, <DATELINE> and <BODY>; it is kept after the story",
                self.field_offsets.get("TEXT", 0),
            )
            extras.append(
                Extra(
                    text=text,
                    offset=self.field_offsets.get("TEXT", 0),
                    why="reuters21578.stray-text",
                )
            )
            text = ""
        extras.sort(key=lambda extra: extra.offset)
        notes = tuple(
            note if count == 1 else attrs.evolve(note, message=f"{note.message} ({count} times)")
            for note, count in self.notes.values()
        )
        return Story(
            attributes=self.attributes,
            has_start_tag=self.has_start_tag,
            text_type=self.text_type,
            title=joined.get("TITLE"),
            dateline=joined.get("DATELINE"),
            body=joined.get("BODY"),
            body_offset=self.field_offsets.get("DATELINE", self.field_offsets.get(body_key, 0)),
            text=text,
            single=single,
            lists={name: tuple(values) for name, values in lists.items()},
            extras=tuple(extras),
            notes=notes,
        )


def read_story(markup: str) -> Story:
    """Read the markup of one ``<REUTERS>`` element (SGML or XML) into a :class:`Story`.

    Linear in the length of ``markup``; never raises on a ``str``. A missing
    end tag ends a text element at the next structural tag; text no field
    claims is kept in :attr:`Story.extras`.
    """
    reader = _Reader()
    for token in tokens(markup):
        if token.kind == "text":
            reader.text(token)
        elif token.kind == "end":
            reader.end(token)
        elif token.kind in ("start", "empty"):
            reader.start(token)
    return reader.finish()
