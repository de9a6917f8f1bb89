"""What plugins register, and the registries the host hands to their hooks.

A format is a frozen :class:`Format` value: a name, a summary, and the
functions that sniff, parse, split and write its text. A plugin hands formats
to the host once, through :func:`newscore.hookspecs.newscore_register_formats`;
the host calls their functions directly afterwards.
"""

from __future__ import annotations

import copy
import datetime
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generic, TypeVar

import attrs
import regex

from newscore.errors import FormatError, PluginError
from newscore.model import Article, Entity, Meta, MetaValue, Problem, Source, Statement

if TYPE_CHECKING:
    from newscore._host import PluginHost

__all__ = [
    "ANY_LANGUAGE",
    "Chunk",
    "Extraction",
    "Extractor",
    "ExtractorRegistry",
    "Format",
    "FormatRegistry",
    "ReadOptions",
    "WriteOptions",
]

_FORMAT_NAME = regex.compile(r"[a-z][a-z0-9_-]*+(?:\.[a-z0-9_-]++)*+")  # "newsml-1.2"


def _check_name(what: str, value: str) -> None:
    if not isinstance(value, str) or not _FORMAT_NAME.fullmatch(value):
        raise ValueError(
            f"format {what} {value!r} must be lower-case letters, digits, '-' or '_',"
            " starting with a letter (a '.' may stand between them)"
        )


def _valid_name(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    _check_name(attribute.name, value)


def _valid_variants(
    instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    for variant in value:
        _check_name("variant", variant)


def _string_options(value: Mapping[str, str] | None) -> Mapping[str, str]:
    """Return a read-only copy of format options, checked to be strings."""
    options = dict(value or {})
    for key, item in options.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise TypeError(f"format options are str to str, got {key!r}: {item!r}")
    return types.MappingProxyType(options)


@attrs.frozen(kw_only=True)
class ReadOptions:
    """How to read: passed to :attr:`Format.parse` and :attr:`Format.split`.

    :param strict: raise :class:`~newscore.ParseError` on the first doubtful
        text instead of recording a :class:`~newscore.Problem`. Formats may
        ignore it and simply record problems: the host raises for them.
    :param reference_date: a date to resolve partial dates against (a wire
        dateline without a year), when the caller knows one.
    :param context: fields that the enclosing document gives every article
        in it (an export's date, its outlet), as :data:`~newscore.MetaValue`.
    :param origin: the path or name of the input, when known.
    :param format_options: settings for the format that reads, by name, as
        strings (the ``table`` format reads the column to take each field
        from: ``{"text": "body", "date": "published"}``); each format
        documents the names it reads and ignores the rest.
    :param host: the :class:`~newscore.PluginHost` running this read. A format
        that reads part of its input through another format calls
        ``options.host.parse(...)``, never :func:`newscore.parse`, so that it
        stays within the plugins its caller chose. ``None`` only when a
        format's functions are called by hand.
    """

    strict: bool = False
    reference_date: datetime.date | None = None
    context: Meta = attrs.field(factory=Meta, converter=Meta)
    origin: str | None = None
    format_options: Mapping[str, str] = attrs.field(
        factory=dict, converter=_string_options, eq=False
    )
    host: PluginHost | None = attrs.field(default=None, eq=False, repr=False)


@attrs.frozen(kw_only=True)
class WriteOptions:
    """How to write: passed to :attr:`Format.write`.

    :param variants: the variant flags asked for (``{"uk", "bold"}`` from
        ``"labelled+uk+bold"``); the host checks them against
        :attr:`Format.variants` first.
    """

    variants: frozenset[str] = frozenset()


@attrs.frozen(kw_only=True)
class Chunk:
    """One clipping's text, cut from a larger input by :attr:`Format.split`.

    :param text: the clipping's text; it becomes the article's ``raw``.
    :param offset: character offset of ``text`` in the whole input.
    :param line: 1-based line of ``text``'s first line in the whole input.
    :param context: fields the enclosing document gives this clipping,
        passed on as :attr:`ReadOptions.context`.
    """

    text: str
    offset: int = 0
    line: int = 1
    context: Mapping[str, MetaValue] = attrs.field(factory=Meta, converter=Meta)


def split_whole(lines: Iterable[str]) -> Iterator[Chunk]:
    """Treat the whole input as one clipping: the default :attr:`Format.split`."""
    text = "".join(lines)
    if text.strip():
        yield Chunk(text=text)


@attrs.frozen(kw_only=True)
class Format:
    """A text layout newscore can sniff, parse and perhaps write.

    :param name: unique lower-case name (``"labelled"``), used as
        ``parse(text, format="labelled")``.
    :param summary: one line for listings.
    :param sniff: ``sniff(text) -> float``: how sure, in ``[0, 1]``, that
        ``text`` (the first 64 KiB of an input) is in this format. 0.9 and
        above means "this is surely mine"; ``plain`` answers 0.1 to
        everything so that any format that recognises anything wins over it.
    :param parse: ``parse(text, options) -> Article``: read one clipping
        that :attr:`split` cut out. Record doubtful text as
        :class:`~newscore.Problem` on the article and keep it in a section;
        raise :class:`~newscore.ParseError` only when nothing sensible can be
        returned.
    :param split: ``split(lines) -> Iterator[Chunk]``: cut an input (an
        iterable of lines with their line ends, as a text file yields them)
        into clippings, lazily, so that large inputs stream. The default
        treats the whole input as one clipping.
    :param read: ``read(lines, options) -> Iterator[Article]``: for layouts
        that are not cut into text clippings (markup read as a tree), read the
        whole input (lines as for :attr:`split`) into articles, lazily, each
        with its :attr:`~newscore.Article.provenance`. When given, the host
        calls it instead of :attr:`split` and :attr:`parse`. A format gives
        :attr:`parse`, :attr:`read`, or both.
    :param write: ``write(article, options) -> str``, or ``None`` when the
        format cannot be written.
    :param variants: the variant flags :attr:`write` understands, as in
        ``"labelled+upper+bold"``.
    :param extensions: file name endings (``".txt"``) that hint at this
        format when reading a path.
    :param run_extractors: whether the host runs the extractors on what this
        format reads. ``native`` says ``False``: its articles are complete
        records already.
    :param sniff_bytes: for layouts stored as binary files (a DOCX export):
        ``sniff_bytes(head) -> float``, how sure, in ``[0, 1]``, that a file
        whose first 64 KiB are ``head`` is in this format. When reading a path
        or a binary file, formats that answer above 0 win over text detection.
    :param decode: with :attr:`sniff_bytes`: ``decode(binary_file) ->
        Iterable[str]``, the file as lines of text that :attr:`split` then cuts
        into clippings.
    """

    name: str = attrs.field(validator=_valid_name)
    summary: str
    sniff: Callable[[str], float]
    parse: Callable[[str, ReadOptions], Article] | None = None
    split: Callable[[Iterable[str]], Iterator[Chunk]] = split_whole
    read: Callable[[Iterable[str], ReadOptions], Iterator[Article]] | None = None
    write: Callable[[Article, WriteOptions], str] | None = None
    variants: tuple[str, ...] = attrs.field(default=(), validator=_valid_variants)
    extensions: tuple[str, ...] = ()
    run_extractors: bool = True
    sniff_bytes: Callable[[bytes], float] | None = None
    decode: Callable[[BinaryIO], Iterable[str]] | None = None

    def __attrs_post_init__(self) -> None:
        if self.parse is None and self.read is None:
            raise ValueError(f"format {self.name!r} needs a parse or a read function")


@attrs.frozen(kw_only=True)
class RegisteredFormat:
    """A :class:`Format` together with the plugin that registered it."""

    format: Format
    plugin: str


RegistryT = TypeVar("RegistryT", bound="_Registry[Any]")
EntryT = TypeVar("EntryT")


class _Registry(Generic[EntryT]):
    """Entries by name, each recorded with the plugin that registered it.

    Views made by :meth:`for_plugin` share the entries and record their own plugin.
    """

    _what = "entry"

    def __init__(self) -> None:
        self._entries: dict[str, EntryT] = {}
        self._owners: dict[str, str] = {}
        self._plugin = "<unknown>"

    def for_plugin(self: RegistryT, plugin: str) -> RegistryT:
        """Return a view of this registry that records ``plugin`` as the registrant."""
        view = copy.copy(self)
        view._plugin = plugin
        return view

    def _register(self, name: str, entry: EntryT) -> None:
        existing = self._owners.get(name)
        if existing is not None:
            raise PluginError(
                f"{self._what} {name!r} is already registered by plugin {existing!r}",
                plugin=self._plugin,
            )
        self._owners[name] = self._plugin
        self._entries[name] = entry

    def remove(self, names: Iterable[str]) -> None:
        """Forget the entries called ``names`` (the host drops a failed plugin's entries)."""
        for name in names:
            self._owners.pop(name, None)
            self._entries.pop(name, None)

    def names(self) -> tuple[str, ...]:
        """Return the registered names, sorted."""
        return tuple(sorted(self._entries))

    def __iter__(self) -> Iterator[EntryT]:
        return iter([self._entries[name] for name in self.names()])

    def __len__(self) -> int:
        return len(self._entries)


class FormatRegistry(_Registry[RegisteredFormat]):
    """Collects the formats plugins register; handed to ``newscore_register_formats``.

    The host gives each plugin its own view (:meth:`for_plugin`), so that every
    format is recorded with the plugin that registered it. Iterating gives the
    :class:`RegisteredFormat` entries in name order.
    """

    _what = "format"

    def add(self, fmt: Format) -> None:
        """Register ``fmt``.

        :raises PluginError: if another plugin already registered a format of
            that name; the message names both plugins.
        :raises TypeError: if ``fmt`` is not a :class:`Format`.
        """
        if not isinstance(fmt, Format):
            raise TypeError(f"register a newscore.Format, not {type(fmt).__name__}")
        self._register(fmt.name, RegisteredFormat(format=fmt, plugin=self._plugin))

    def get(self, name: str) -> RegisteredFormat:
        """Return the registered format called ``name``.

        :raises FormatError: if there is none; the message lists the known names.
        """
        try:
            return self._entries[name]
        except KeyError:
            known = ", ".join(self.names()) or "none"
            raise FormatError(f"no format named {name!r} (installed: {known})") from None


@attrs.frozen(kw_only=True)
class Extraction:
    """What an extractor found in an article.

    :param statements: reported statements, each with its span in the article's raw text.
    :param sources: sources found beyond those the format read (outlets cited in
        the body, anonymous sources).
    :param problems: doubtful things noticed, such as an unbalanced quotation mark.
    :param speakers: the entities found; each statement's
        :attr:`~newscore.Statement.entity` is an index into this tuple, which the
        host re-maps when it merges the entities into
        :attr:`~newscore.Article.speakers`.
    """

    statements: tuple[Statement, ...] = ()
    sources: tuple[Source, ...] = ()
    problems: tuple[Problem, ...] = ()
    speakers: tuple[Entity, ...] = ()


ANY_LANGUAGE = "*"
"""Put this in :attr:`Extractor.languages` to be run on articles in every language."""


@attrs.frozen(kw_only=True)
class Extractor:
    """Finds statements and sources in articles of some languages.

    :param name: unique lower-case name.
    :param summary: one line for listings.
    :param languages: the ISO 639-1 codes of the languages it reads
        (``("en",)``), or ``("*",)`` for all.
    :param extract: ``extract(article) -> Extraction``; called once per parsed
        article whose language it reads, after the format has read it. It must
        not raise on any article; the host records a crash as a problem.
    """

    name: str = attrs.field(validator=_valid_name)
    summary: str
    languages: tuple[str, ...]
    extract: Callable[[Article], Extraction]

    def reads(self, language: str | None) -> bool:
        """Tell whether this extractor should run on an article in ``language``."""
        return ANY_LANGUAGE in self.languages or language in self.languages


@attrs.frozen(kw_only=True)
class RegisteredExtractor:
    """An :class:`Extractor` together with the plugin that registered it."""

    extractor: Extractor
    plugin: str


class ExtractorRegistry(_Registry[RegisteredExtractor]):
    """Collects extractors; handed to ``newscore_register_extractors``.

    Like :class:`FormatRegistry`, each plugin gets a view that records it as
    the registrant. Iterating gives the :class:`RegisteredExtractor` entries in
    name order.
    """

    _what = "extractor"

    def add(self, extractor: Extractor) -> None:
        """Register ``extractor``.

        :raises PluginError: if another plugin already registered one of that
            name; the message names both plugins.
        :raises TypeError: if ``extractor`` is not an :class:`Extractor`.
        """
        if not isinstance(extractor, Extractor):
            raise TypeError(f"register a newscore.Extractor, not {type(extractor).__name__}")
        self._register(
            extractor.name, RegisteredExtractor(extractor=extractor, plugin=self._plugin)
        )
