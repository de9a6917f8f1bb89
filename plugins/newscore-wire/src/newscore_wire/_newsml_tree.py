"""The markup side of the NewsML family: parsing a feed safely, and reading its elements.

NewsML 1.2, NewsML-G2, Ritzau's RBNews and WENN's Atom feed are read the same way:

- :func:`parse_document` joins the input (at most :data:`MAX_INPUT_CHARS`) and
  parses it with an XXE-safe parser (no entities resolved, no network, no DTD);
  broken XML is a ``PREFIX.malformed`` problem naming line and column, and the
  tree a recovering parser makes of it is read instead; in strict mode it is a
  :class:`newscore.ParseError`;
- :func:`root_name` tells the first element of a text without parsing it (for sniffing);
- the helpers below read an element's local name, children and text, whatever
  namespace prefix or letter case the feed writes them in.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator

import attrs
import regex
from lxml import etree

import newscore
from newscore.toolkit import collapse, from_lf_position

__all__ = [
    "MAX_INPUT_CHARS",
    "Document",
    "child",
    "children",
    "decode_head",
    "descendants",
    "element_text",
    "local",
    "parse_document",
    "root_name",
    "text_of",
]

MAX_INPUT_CHARS = 64 * 1024 * 1024
"""The most characters of one feed that are read (64 Mi); the rest is a ``PREFIX.too-long``
problem. A NewsML file holds one message, so it is parsed whole."""

_PROLOG = regex.compile(
    r"\A\ufeff?+(?:[ \t\r\n]++|<\?[^>]{0,4096}+>|<!--(?:[^-]++|-(?!->)){0,65536}+-->"
    r"|<![^>]{0,4096}+>){0,64}+<(?P<name>[\w.:-]{1,256}+)"
)
_DECLARED_ENCODING = regex.compile(r"\A<\?xml[^>]{0,200}+encoding=[\"'](?P<name>[\w.:-]{1,40}+)")


def root_name(head: str) -> str | None:
    """Return the first element's name as written (``ns0:newsMessage``), or ``None``.

    Only the prolog (declaration, comments, doctype) before it is looked at.
    """
    found = _PROLOG.match(head)
    return found.group("name") if found is not None else None


def decode_head(head: bytes) -> str:
    """Decode the first bytes of a file for sniffing: its BOM, else its declared encoding."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="replace")
    declared = _DECLARED_ENCODING.match(head[:256].decode("latin-1"))
    codec = declared.group("name") if declared is not None else "utf-8"
    try:
        return head.decode(codec, errors="replace")
    except LookupError:
        return head.decode("utf-8", errors="replace")


@attrs.frozen(kw_only=True)
class Document:
    """A parsed feed.

    :param root: the root element, or ``None`` when nothing could be read as XML.
    :param text: the input as read (for keeping it when the tree gives nothing).
    :param problems: what was doubtful: broken XML, characters replaced, length.
    """

    root: etree._Element | None
    text: str
    problems: tuple[newscore.Problem, ...] = ()


def _parser(*, recover: bool) -> etree.XMLParser:
    # encoding="utf-8" overrides the file's declaration: the text was decoded already.
    return etree.XMLParser(
        encoding="utf-8",
        recover=recover,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _joined(lines: Iterable[str], prefix: str) -> tuple[str, list[newscore.Problem]]:
    parts: list[str] = []
    length = 0
    dropped = 0
    for line in lines:
        if length >= MAX_INPUT_CHARS:
            dropped += len(line)
            continue
        parts.append(line)
        length += len(line)
    problems: list[newscore.Problem] = []
    if dropped or length > MAX_INPUT_CHARS:
        dropped += max(length - MAX_INPUT_CHARS, 0)
        problems.append(
            newscore.Problem(
                code=f"{prefix}.too-long",
                message=f"the feed passes {MAX_INPUT_CHARS} characters;"
                f" {dropped} more characters were not read",
                severity="warning",
            )
        )
    text = "".join(parts)[:MAX_INPUT_CHARS]
    return text, problems


def parse_document(
    lines: Iterable[str], options: newscore.ReadOptions, prefix: str
) -> Document | None:
    """Parse a feed's lines (see the module docs); ``None`` for blank input.

    :raises newscore.ParseError: in strict mode, for broken XML or a feed too long.
    """
    text, problems = _joined(lines, prefix)
    if not text.strip():
        return None
    if options.strict and problems:
        raise newscore.ParseError(problems[0].message, code=problems[0].code, line=1, column=1)
    data = text.lstrip("\ufeff").encode("utf-8", errors="replace")
    if data != text.lstrip("\ufeff").encode("utf-8", errors="surrogatepass"):
        problems.append(
            newscore.Problem(
                code=f"{prefix}.bad-character",
                message="lone surrogates in the text were replaced",
                severity="warning",
            )
        )
    try:
        root = etree.fromstring(data, _parser(recover=False))
    except etree.XMLSyntaxError as error:
        line, column = from_lf_position(text, max(error.position[0], 1), error.position[1])
        message = f"the XML is broken at line {line}, column {column}: {error.msg}"
        if options.strict:
            raise newscore.ParseError(
                message, code=f"{prefix}.malformed", line=line, column=column
            ) from None
        problems.append(
            newscore.Problem(code=f"{prefix}.malformed", message=message, severity="error")
        )
        try:
            root = etree.fromstring(data, _parser(recover=True))
        except etree.XMLSyntaxError:
            root = None
    return Document(root=root, text=text, problems=tuple(problems))


def local(element: etree._Element) -> str:
    """Return an element's local name in lower case (``""`` for comments and the like)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def children(element: etree._Element, *names: str) -> Iterator[etree._Element]:
    """Yield the child elements whose local name is one of ``names`` (lower case)."""
    for node in element:
        if local(node) in names:
            yield node


def child(element: etree._Element | None, *path: str) -> etree._Element | None:
    """Return the first element down ``path`` of local names, or ``None``."""
    node = element
    for name in path:
        if node is None:
            return None
        node = next(children(node, name), None)
    return node


def descendants(element: etree._Element, *names: str) -> Iterator[etree._Element]:
    """Yield every element below ``element`` whose local name is one of ``names``."""
    for node in element.iterdescendants():
        if local(node) in names:
            yield node


def element_text(element: etree._Element | None) -> str:
    """Return an element's text content, white space collapsed (``""`` for none)."""
    if element is None:
        return ""
    return collapse("".join(element.itertext()))


def text_of(element: etree._Element | None, *path: str) -> str:
    """Return the text of the first element down ``path``, collapsed (``""`` if none)."""
    return element_text(child(element, *path))
