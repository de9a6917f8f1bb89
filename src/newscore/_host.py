"""The plugin host: loads plugins, keeps their formats, and runs them.

The functions in :mod:`newscore` (``parse``, ``read``, ``detect``...) use a
default host built on first use. Build your own :class:`PluginHost` to use
a chosen set of plugins, for instance in tests.
"""

from __future__ import annotations

import codecs
import datetime
import importlib
import importlib.metadata
import io
import itertools
import math
import os
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, BinaryIO, cast

import attrs
import pluggy

from newscore import hookspecs
from newscore._input import (
    TAPE_LIMIT,
    Tape,
    binary_stream,
    choose_encoding,
    decoded_lines,
    guarded_lines,
    looks_like_path,
    names_file,
    text_lines,
)
from newscore._mojibake import repaired_lines
from newscore.errors import (
    FormatError,
    NewscoreError,
    ParseError,
    PluginCrashError,
    PluginError,
    PluginWarning,
)
from newscore.identity import identify
from newscore.language import detect_language
from newscore.model import (
    UNREAD,
    Article,
    Entity,
    Problem,
    Provenance,
    Section,
    Span,
    Statement,
)
from newscore.registry import (
    ExtractorRegistry,
    Format,
    FormatRegistry,
    ReadOptions,
    RegisteredFormat,
    WriteOptions,
    split_whole,
)

__all__ = ["Detection", "PluginHost", "PluginInfo", "default_host"]

STRICT_PLUGINS_VARIABLE = "NEWSCORE_STRICT_PLUGINS"
"""Set this environment variable to ``1`` to raise plugin failures instead of skipping."""

_FALLBACK_FORMAT = "plain"
SNIFF_LENGTH = 64 * 1024
"""How many characters of an input the formats' ``sniff`` functions see."""

_BUILTIN_PLUGINS = (
    ("newscore.native", "newscore.builtin.native"),
    ("newscore.labelled", "newscore.builtin.labelled"),
    ("newscore.plain", "newscore.builtin.plain"),
    ("newscore.dateline", "newscore.builtin.dateline"),
    ("newscore.table", "newscore.builtin.table"),
    ("newscore.alceste", "newscore.builtin.alceste"),
    ("newscore.attribution", "newscore.builtin.attribution"),
)


@attrs.frozen(kw_only=True)
class Detection:
    """How sure a format is that a text is in its layout.

    :param format: the format's name.
    :param confidence: in ``[0, 1]``; higher is surer.
    """

    format: str
    confidence: float


@attrs.frozen(kw_only=True)
class _Loaded:
    formats: FormatRegistry
    extractors: ExtractorRegistry


@attrs.frozen(kw_only=True)
class PluginInfo:
    """An installed plugin, as ``newscore plugins`` lists it.

    :param name: the plugin's name (its entry-point name, or ``newscore.*``
        for built-ins).
    :param version: the version of the distribution that provides it, if known.
    :param formats: the formats it registered.
    :param extractors: the extractors it registered.
    :param error: why it failed to load or register, or ``None``.
    """

    name: str
    version: str | None = None
    formats: tuple[str, ...] = ()
    extractors: tuple[str, ...] = ()
    error: str | None = None


def _env_strict() -> bool:
    return os.environ.get(STRICT_PLUGINS_VARIABLE, "").strip().lower() in {"1", "true", "yes"}


def offset_of(text: str, line: int, column: int) -> int:
    """Return the character offset of 1-based ``line`` and ``column`` in ``text``."""
    offset = 0
    for _ in range(line - 1):
        next_break = _next_line_start(text, offset)
        if next_break is None:
            return len(text)
        offset = next_break
    return min(len(text), offset + column - 1)


def _next_line_start(text: str, offset: int) -> int | None:
    newline = text.find("\n", offset)
    carriage = text.find("\r", offset)
    candidates = [index for index in (newline, carriage) if index >= 0]
    if not candidates:
        return None
    first = min(candidates)
    if text.startswith("\r\n", first):
        return first + 2
    return first + 1


def _ranked(found: dict[str, float]) -> list[Detection]:
    """Return the detections best first, ties broken by name."""
    detections = [Detection(format=name, confidence=value) for name, value in found.items()]
    detections.sort(key=lambda detection: (-detection.confidence, detection.format))
    return detections


def _unread(problem: Problem, options: ReadOptions) -> Article:
    """Return the record of an input of which no text could be read at all."""
    article = fallback_article("", UNREAD, problem)
    return attrs.evolve(article, provenance=Provenance(origin=options.origin))


def fallback_article(text: str, fmt: str, problem: Problem) -> Article:
    """Return an article that keeps all of ``text`` in one ``body`` section.

    Used in lenient mode when a format cannot read ``text``: nothing is lost,
    and ``problem`` says why it was not read.
    """
    stripped = text.strip()
    sections: tuple[Section, ...] = ()
    if stripped:
        start = text.index(stripped)
        span = Span(start=start, end=start + len(stripped))
        sections = (Section.unlabelled(kind="body", raw=text, span=span),)
    return Article(raw=text, format=fmt, sections=sections, problems=(problem,))


class PluginHost:
    """Loads newscore plugins and runs their formats.

    :param entry_points: load third-party plugins from the ``newscore``
        entry-point group.
    :param builtins: register the formats built into newscore.
    :param plugins: further plugin objects (modules, classes, instances) to
        register, as ``(name, plugin)`` pairs; handy in tests.
    :param strict_plugins: raise plugin failures instead of recording them;
        by default taken from ``NEWSCORE_STRICT_PLUGINS``.

    Nothing is loaded until first use.
    """

    def __init__(
        self,
        *,
        entry_points: bool = True,
        builtins: bool = True,
        plugins: Iterable[tuple[str, object]] = (),
        strict_plugins: bool | None = None,
    ) -> None:
        self._use_entry_points = entry_points
        self._use_builtins = builtins
        self._extra_plugins = tuple(plugins)
        self.strict_plugins = _env_strict() if strict_plugins is None else strict_plugins
        self._lock = threading.Lock()
        self._registries: _Loaded | None = None
        self._infos: dict[str, PluginInfo] = {}
        self._reported: set[str] = set()

    # -- loading ---------------------------------------------------------

    def _fail(self, plugin: str, error: BaseException, version: str | None = None) -> None:
        message = f"{type(error).__name__}: {error}"
        self._infos[plugin] = attrs.evolve(
            self._infos.get(plugin, PluginInfo(name=plugin, version=version)), error=message
        )
        if self.strict_plugins:
            if isinstance(error, PluginError):
                raise error
            raise PluginError(message, plugin=plugin) from error
        warnings.warn(f"newscore plugin {plugin!r} skipped: {message}", PluginWarning, stacklevel=4)

    def _load(self) -> _Loaded:
        manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
        manager.add_hookspecs(hookspecs)
        candidates: list[tuple[str, object, str | None]] = []
        if self._use_builtins:
            for name, module_name in _BUILTIN_PLUGINS:
                module = importlib.import_module(module_name)
                candidates.append((name, module, importlib.metadata.version("newscore")))
        candidates.extend((name, plugin, None) for name, plugin in self._extra_plugins)
        if self._use_entry_points:
            candidates.extend(self._entry_point_plugins())
        for name, plugin, version in candidates:
            self._infos[name] = PluginInfo(name=name, version=version)
            try:
                manager.register(plugin, name=name)
                _check_hook_names(manager, plugin)
            except Exception as error:  # a broken plugin must not stop the rest
                if manager.is_registered(plugin):
                    manager.unregister(plugin)
                self._fail(name, error, version)
        formats = FormatRegistry()
        self._call_register_hook(manager.hook.newscore_register_formats, formats, "formats")
        extractors = ExtractorRegistry()
        self._call_register_hook(
            manager.hook.newscore_register_extractors, extractors, "extractors"
        )
        return _Loaded(formats=formats, extractors=extractors)

    def _call_register_hook(
        self, hook: pluggy.HookCaller, registry: FormatRegistry | ExtractorRegistry, field: str
    ) -> None:
        # get_hookimpls() lists implementations in registration order (built-ins
        # first); pluggy *calls* them in reverse, so call them one by one ourselves.
        for implementation in hook.get_hookimpls():
            name = implementation.plugin_name
            view = registry.for_plugin(name)
            before = set(registry.names())
            try:
                implementation.function(
                    **{arg: view for arg in implementation.argnames if arg == "registry"}
                )
            except Exception as error:  # recorded and reported per plugin
                registry.remove(set(registry.names()) - before)
                self._fail(name, error)
                continue
            added = tuple(sorted(set(registry.names()) - before))
            if added:
                info = self._infos[name]
                self._infos[name] = (
                    attrs.evolve(info, formats=added)
                    if field == "formats"
                    else attrs.evolve(info, extractors=added)
                )

    def _entry_point_plugins(self) -> Iterator[tuple[str, object, str | None]]:
        points = importlib.metadata.entry_points(group=hookspecs.PROJECT_NAME)
        for point in sorted(points, key=lambda entry: entry.name):
            version = point.dist.version if point.dist is not None else None
            try:
                plugin = point.load()
            except Exception as error:  # each entry point loads on its own
                self._infos[point.name] = PluginInfo(name=point.name, version=version)
                self._fail(point.name, error, version)
                continue
            yield point.name, plugin, version

    def _loaded(self) -> _Loaded:
        if self._registries is None:
            with self._lock:
                if self._registries is None:
                    self._registries = self._load()
        return self._registries

    @property
    def registry(self) -> FormatRegistry:
        """The registry of all formats, loading plugins on first access."""
        return self._loaded().formats

    @property
    def extractors(self) -> ExtractorRegistry:
        """The registry of all extractors, loading plugins on first access."""
        return self._loaded().extractors

    def plugins(self) -> tuple[PluginInfo, ...]:
        """Return every plugin the host tried to load, with its formats or failure."""
        self.registry  # noqa: B018 - loads plugins
        return tuple(self._infos.values())

    def formats(self) -> tuple[str, ...]:
        """Return the names of all installed formats, sorted."""
        return self.registry.names()

    def format(self, name: str) -> Format:
        """Return the :class:`Format` called ``name``.

        :raises FormatError: if no such format is installed.
        """
        return self.registry.get(name).format

    # -- detection -------------------------------------------------------

    def detect(self, text: str | bytes) -> list[Detection]:
        """Return how sure each format is that ``text`` is in its layout, best first.

        Formats that answer 0 are left out. Ties are broken by name. Bytes
        are sniffed by the binary formats (DOCX) and, unless they hold a NUL
        byte, by every format as UTF-8 text too.
        """
        if isinstance(text, (bytes, bytearray)):
            return self._detect_bytes(bytes(text[:SNIFF_LENGTH]))
        if not isinstance(text, str):
            raise TypeError(f"detect() takes a str or bytes, not {type(text).__name__}")
        head = text[:SNIFF_LENGTH]
        found: dict[str, float] = {}
        for entry in self.registry:
            confidence = self._sniff(entry, head)
            if confidence > 0:
                found[entry.format.name] = confidence
        return _ranked(found)

    def _detect_bytes(self, head: bytes) -> list[Detection]:
        """Sniff the binary formats; text that is not binary is sniffed as UTF-8 too."""
        found: dict[str, float] = {}
        for entry in self.registry:
            confidence = self._sniff_bytes(entry, head)
            if confidence > 0:
                found[entry.format.name] = confidence
        if b"\x00" not in head:
            for detection in self.detect(head.decode("utf-8", errors="replace")):
                found[detection.format] = max(
                    found.get(detection.format, 0.0), detection.confidence
                )
        return _ranked(found)

    def _sniff(self, entry: RegisteredFormat, head: str) -> float:
        try:
            value = float(entry.format.sniff(head))
        except Exception as error:
            key = f"{entry.plugin}:{entry.format.name}:sniff"
            if self.strict_plugins:
                raise PluginError(
                    f"sniff of format {entry.format.name!r} failed: {error}", plugin=entry.plugin
                ) from error
            if key not in self._reported:
                self._reported.add(key)
                warnings.warn(
                    f"newscore plugin {entry.plugin!r}: sniff of format "
                    f"{entry.format.name!r} failed ({type(error).__name__}: {error})",
                    PluginWarning,
                    stacklevel=4,
                )
            return 0.0
        if math.isnan(value):
            return 0.0
        return min(1.0, max(0.0, value))

    def _choose(self, text: str, format: str | None) -> RegisteredFormat:
        if format is not None:
            return self.registry.get(_base_name(format))
        detections = self.detect(text)
        if not detections:
            if _FALLBACK_FORMAT in self.registry.names():
                return self.registry.get(_FALLBACK_FORMAT)  # blank text: nothing to recognise
            raise FormatError("no installed format recognises this text")
        return self.registry.get(detections[0].format)

    # -- reading ---------------------------------------------------------

    def parse(
        self,
        text: str,
        *,
        format: str | None = None,
        strict: bool = False,
        reference_date: datetime.date | None = None,
        extract: bool = True,
        format_options: Mapping[str, str] | None = None,
    ) -> Article:
        """Read one clipping; see :func:`newscore.parse`.

        This is the first article :meth:`read` gives for ``text``; when the
        text holds more, a ``parse.first-of-many`` problem says how many.
        """
        if not isinstance(text, str):
            raise TypeError(f"parse() takes a str, not {type(text).__name__}")
        entry = self._choose(text[:SNIFF_LENGTH], format)
        options = ReadOptions(
            strict=strict,
            reference_date=reference_date,
            format_options=format_options,
            host=self,
        )
        if entry.format.read is None and entry.format.split is split_whole:
            # The one chunk split_whole would cut is the whole text, if not blank.
            whole = attrs.evolve(options, context={}) if text.strip() else options
            return self._finished(entry, self._parse_with(entry, text, whole), extract=extract)
        articles = self._articles(entry, text_lines(text), options, locate=False)
        first = next(articles, None)
        if first is None:
            article = self._parse_with(entry, text, options)
        else:
            article = first
            more = _count_rest(articles)
            if more:
                problem = Problem(
                    code="parse.first-of-many",
                    message=f"this text holds {more + 1} articles; only the first was read"
                    " (newscore.read reads them all)",
                    severity="info",
                )
                article = attrs.evolve(article, problems=(*article.problems, problem))
        return self._finished(entry, article, extract=extract)

    def _finished(self, entry: RegisteredFormat, article: Article, *, extract: bool) -> Article:
        """Extract from a parsed article if asked and its format allows, then identify it."""
        return identify(
            self.extract(article) if extract and entry.format.run_extractors else article
        )

    def _parse_with(self, entry: RegisteredFormat, text: str, options: ReadOptions) -> Article:
        """Run a format's ``parse`` on one chunk, turning its failures into problems."""
        fmt = entry.format
        if fmt.parse is None:
            # A read-only format handed a chunk: read it as a whole input.
            articles = self._articles(entry, text_lines(text), options, locate=False)
            first = next(articles, None)
            if first is not None:
                return first
            problem = Problem(
                code="read.no-article",
                message=f"format {fmt.name!r} found no article in this text",
                severity="warning",
            )
            return self._checked(fallback_article(text, fmt.name, problem), options)
        try:
            article = fmt.parse(text, options)
            if not isinstance(article, Article):
                raise TypeError(f"parse returned {type(article).__name__}, not an Article")
        except ParseError as error:
            if options.strict:
                raise
            offset = offset_of(text, error.line, error.column)
            span = Span(start=offset, end=offset)
            problem = Problem(code=error.code, message=error.message, severity="error", span=span)
            return fallback_article(text, fmt.name, problem)
        except Exception as error:
            if options.strict or self.strict_plugins:
                raise _crash(entry, error, 1) from error
            return fallback_article(text, fmt.name, _crash_problem(entry, error))
        return self._checked(article, options)

    def _checked(self, article: Article, options: ReadOptions) -> Article:
        if options.strict:
            _raise_first_problem(article)
        return article

    def _articles(
        self,
        entry: RegisteredFormat,
        lines: Iterable[str],
        options: ReadOptions,
        *,
        locate: bool,
    ) -> Iterator[Article]:
        """Read an input's lines into articles with ``entry``'s format, never losing text.

        A format that fails part-way leaves the text it had not accounted for
        in one more article, with a problem; in strict mode the failure is
        raised as a :class:`ParseError`.
        """
        tape = Tape(lines)
        fmt = entry.format
        produced = (
            fmt.read(tape, options)
            if fmt.read is not None
            else self._split_and_parse(entry, tape, options, locate=locate)
        )
        index = 0
        while True:
            try:
                article = next(produced)
                if not isinstance(article, Article):
                    raise TypeError(f"read gave {type(article).__name__}, not an Article")
            except StopIteration:
                return
            except ParseError as error:
                if options.strict or (self.strict_plugins and isinstance(error, PluginCrashError)):
                    raise
                problem = Problem(code=error.code, message=error.message, severity="error")
                yield self._leftover(entry, tape, problem, index, options)
                return
            except Exception as error:
                if options.strict or self.strict_plugins:
                    raise _crash(entry, error, max(1, tape.line - 1)) from error
                yield self._leftover(entry, tape, _crash_problem(entry, error), index, options)
                return
            if fmt.read is not None:
                if options.strict:
                    _raise_first_problem_in_input(article)
                if locate or article.provenance is not None:
                    article = attrs.evolve(
                        article, provenance=_provenance(article.provenance, options, index)
                    )
            tape.mark()
            index += 1
            yield article

    def _split_and_parse(
        self, entry: RegisteredFormat, tape: Tape, options: ReadOptions, *, locate: bool
    ) -> Iterator[Article]:
        for index, chunk in enumerate(entry.format.split(tape)):
            chunk_options = attrs.evolve(options, context=dict(chunk.context))
            try:
                article = self._parse_with(entry, chunk.text, chunk_options)
            except ParseError as error:
                # Formats locate errors in the clipping; callers need the input's line.
                if chunk.line == 1 or isinstance(error, PluginCrashError):
                    raise
                raise ParseError(
                    error.message,
                    code=error.code,
                    line=error.line + chunk.line - 1,
                    column=error.column,
                ) from error
            if locate:
                provenance = Provenance(
                    origin=options.origin, index=index, offset=chunk.offset, line=chunk.line
                )
                article = attrs.evolve(article, provenance=provenance)
            yield article

    def _leftover(
        self,
        entry: RegisteredFormat,
        tape: Tape,
        problem: Problem,
        index: int,
        options: ReadOptions,
    ) -> Article:
        """Keep what a failed format had not accounted for, as one more article."""
        line, offset = tape.marked_line, tape.marked_offset
        text = tape.rest()
        if tape.dropped:
            problem = attrs.evolve(
                problem,
                message=f"{problem.message}; {tape.dropped} characters past the first"
                f" {TAPE_LIMIT} were not kept",
            )
        article = fallback_article(text, entry.format.name, problem)
        provenance = Provenance(origin=options.origin, index=index, offset=offset, line=line)
        return attrs.evolve(article, provenance=provenance)

    def read(
        self,
        source: str | os.PathLike[str] | IO[str] | BinaryIO,
        *,
        format: str | None = None,
        strict: bool = False,
        reference_date: datetime.date | None = None,
        encoding: str | None = None,
        extract: bool = True,
        format_options: Mapping[str, str] | None = None,
    ) -> Iterator[Article]:
        """Read every clipping in ``source``; see :func:`newscore.read`.

        The type of ``source`` is checked at once; the input itself is opened
        and read only as the returned iterator is consumed. A blank input
        gives no article. In strict mode a :class:`ParseError`'s line counts
        from the start of the whole input, not of the clipping.

        :raises TypeError: if ``source`` is neither a path, a file nor a ``str``.
        """
        options = ReadOptions(
            strict=strict,
            reference_date=reference_date,
            format_options=format_options,
            host=self,
        )
        if isinstance(source, os.PathLike) or (isinstance(source, str) and names_file(source)):
            path = Path(source)
            options = attrs.evolve(options, origin=str(path))
            return map(identify, self._read_path(path, format, options, encoding, extract))
        if isinstance(cast(object, source), (bytes, bytearray)):
            raise TypeError("read() takes text; decode bytes or pass a path instead")
        name = getattr(source, "name", None)
        if isinstance(name, str):
            options = attrs.evolve(options, origin=name)
        if binary_stream(source):
            return map(
                identify,
                self._read_binary(cast(BinaryIO, source), format, options, encoding, extract),
            )
        if isinstance(source, str):
            return map(identify, self._read_text(source, format, options, extract))
        if hasattr(source, "read") or hasattr(source, "__iter__"):
            problems: list[Problem] = []
            lines = guarded_lines(cast(IO[str], source), problems, strict=options.strict)
            return map(identify, self._read_stream(lines, format, options, extract, problems))
        raise TypeError(f"read() takes a path, a text file or a str, not {type(source).__name__}")

    def _read_text(
        self, text: str, format: str | None, options: ReadOptions, extract: bool
    ) -> Iterator[Article]:
        troubles: list[Problem] = []
        if looks_like_path(text):
            message = (
                f"{text.strip()!r} looks like a file name, but no such file exists;"
                " it was read as text"
            )
            if options.strict:  # the text itself is the mistake: nothing to read
                raise ParseError(message, code="read.looks-like-path")
            troubles.append(Problem(code="read.looks-like-path", message=message))
        yield from self._read_stream(
            io.StringIO(text, newline=""), format, options, extract, troubles
        )

    def _read_path(
        self,
        path: Path,
        format: str | None,
        options: ReadOptions,
        encoding: str | None,
        extract: bool,
    ) -> Iterator[Article]:
        with path.open("rb") as binary:
            yield from self._read_binary(binary, format, options, encoding, extract)

    def _read_binary(
        self,
        binary: BinaryIO,
        format: str | None,
        options: ReadOptions,
        encoding: str | None,
        extract: bool,
    ) -> Iterator[Article]:
        head = binary.read(SNIFF_LENGTH)
        entry = self._choose_binary(head, format)
        if binary.seekable():
            binary.seek(0)
        else:
            binary = cast(BinaryIO, io.BufferedReader(_Prepended(head, binary)))
        if entry is not None and entry.format.decode is not None:
            yield from self._read_decoded(entry, binary, options, extract)
            return
        problems: list[Problem] = []
        fallback: str | None = None
        named = encoding
        if encoding is None:  # find out: BOM, UTF-8, declaration, detector, cp1252
            choice = choose_encoding(head)
            encoding, fallback = choice.encoding, choice.fallback
            named = encoding if choice.problem is None else "utf-8"  # a BOM, or UTF-8 first
            if choice.problem is not None:
                problems.append(choice.problem)
        codec = codecs.lookup(encoding)  # an unknown encoding is the caller's mistake: LookupError
        if b"\x00" in head and not codec.name.startswith(("utf-16", "utf-32")):
            message = (
                f"this is binary data (a NUL byte at byte {head.index(0)}), not text in"
                f" {codecs.lookup(named or encoding).name}, and no installed format reads it"
            )
            if options.strict:
                raise ParseError(message, code="read.binary")
            problem = Problem(code="read.binary", message=message, severity="error")
            yield _unread(problem, options)
            return
        lines = decoded_lines(binary, encoding, problems, strict=options.strict, fallback=fallback)
        lines = repaired_lines(lines, problems)
        yield from self._read_stream(lines, format, options, extract, problems)

    def _read_decoded(
        self, entry: RegisteredFormat, binary: BinaryIO, options: ReadOptions, extract: bool
    ) -> Iterator[Article]:
        decode = cast(Callable[[BinaryIO], Iterable[str]], entry.format.decode)
        try:
            lines = iter(decode(binary))
        except ParseError as error:
            if options.strict:
                raise
            problem = Problem(code=error.code, message=error.message, severity="error")
            yield _unread(problem, options)
            return
        except Exception as error:
            if options.strict or self.strict_plugins:
                raise _crash(entry, error, 1) from error
            yield _unread(_crash_problem(entry, error), options)
            return
        for article in self._articles(entry, lines, options, locate=True):
            yield self.extract(article) if extract and entry.format.run_extractors else article

    def _choose_binary(self, head: bytes, format: str | None) -> RegisteredFormat | None:
        """Return the format that reads this binary file, or ``None`` to read it as text."""
        if format is not None:
            entry = self.registry.get(_base_name(format))
            return entry if entry.format.decode is not None else None
        best: tuple[float, RegisteredFormat] | None = None
        for entry in self.registry:
            if entry.format.decode is None:
                continue
            confidence = self._sniff_bytes(entry, head)
            if confidence > 0 and (best is None or confidence > best[0]):
                best = (confidence, entry)
        return best[1] if best is not None else None

    def _sniff_bytes(self, entry: RegisteredFormat, head: bytes) -> float:
        """Return a binary format's confidence in ``head``: 0 when it has no byte sniffer."""
        sniff = entry.format.sniff_bytes
        if sniff is None:
            return 0.0
        try:
            return float(sniff(head))
        except Exception as error:
            if self.strict_plugins:
                raise PluginError(
                    f"sniff_bytes of format {entry.format.name!r} failed: {error}",
                    plugin=entry.plugin,
                ) from error
            return 0.0

    def _read_stream(
        self,
        stream: Iterable[str],
        format: str | None,
        options: ReadOptions,
        extract: bool,
        problems: list[Problem],
    ) -> Iterator[Article]:
        """Read lines of text; ``problems`` (which the caller may add to) go on the next article."""
        head_lines: list[str] = []
        head_length = 0
        lines: Iterator[str] = iter(stream)
        for line in lines:
            if not isinstance(line, str):
                raise TypeError("read() needs a text stream; open the file in text mode")
            head_lines.append(line)
            head_length += len(line)
            if head_length >= SNIFF_LENGTH:
                break
        head = "".join(head_lines)
        if format is None and not head.strip():
            if problems:
                yield self._problems_left(head, problems)
            return
        entry = self._choose(head[:SNIFF_LENGTH], format)
        all_lines = itertools.chain(head_lines, lines)
        for article in self._articles(entry, all_lines, options, locate=True):
            noted = article
            if problems:
                noted = attrs.evolve(article, problems=(*problems, *article.problems))
                problems.clear()
            yield self.extract(noted) if extract and entry.format.run_extractors else noted
        if problems:
            yield self._problems_left("", problems)

    def _problems_left(self, text: str, problems: list[Problem]) -> Article:
        """Report problems met after the last article (or in a blank input) on one more."""
        article = fallback_article(text, _FALLBACK_FORMAT, problems[0])
        return attrs.evolve(article, problems=tuple(problems))

    # -- extraction ------------------------------------------------------

    def extract(self, article: Article) -> Article:
        """Run the extractors that read ``article``'s language; return the enriched article.

        Sets ``meta["language"]`` when the format did not, appends the
        extractors' statements (in text order), sources (a name already listed
        is not added again), speakers (an entity of the same name and kind is
        merged with the one listed) and problems, and gives every statement
        and source its id (:func:`newscore.identify`). Running it twice adds
        nothing new.
        """
        language = article.meta.get("language")
        if not isinstance(language, str):
            language = detect_language(article.raw)
            article = attrs.evolve(article, meta={**article.meta, "language": language})
        statements = list(article.statements)
        seen = {(s.span, s.cue_span, s.content_span) for s in statements}
        sources = list(article.sources)
        problems = list(article.problems)
        speakers = _Speakers(article.speakers)
        for entry in self.extractors:
            extractor = entry.extractor
            if not extractor.reads(language):
                continue
            try:
                found = extractor.extract(article)
            except Exception as error:
                if self.strict_plugins:
                    raise PluginError(
                        f"extractor {extractor.name!r} crashed: {type(error).__name__}: {error}",
                        plugin=entry.plugin,
                    ) from error
                problems.append(
                    Problem(
                        code="plugin.extractor-crashed",
                        message=f"extractor {extractor.name!r} of plugin {entry.plugin!r} "
                        f"crashed: {type(error).__name__}: {error}",
                        severity="error",
                    )
                )
                continue
            places = [speakers.merge(entity) for entity in found.speakers]
            for statement in found.statements:
                key = (statement.span, statement.cue_span, statement.content_span)
                if key not in seen:
                    seen.add(key)
                    statements.append(_placed(statement, places))
            known = {source.name.casefold() for source in sources}
            for source in found.sources:
                if source.name.casefold() not in known:
                    sources.append(source)
                    known.add(source.name.casefold())
            problems.extend(found.problems)
        statements.sort(key=lambda statement: (statement.span.start, statement.span.end))
        enriched = attrs.evolve(
            article,
            statements=statements,
            sources=sources,
            speakers=speakers.entities,
            problems=problems,
        )
        return identify(enriched)

    # -- writing ---------------------------------------------------------

    def render(self, article: Article, format: str) -> str:
        """Write ``article`` in ``format``; see :func:`newscore.render`.

        :raises PluginError: if the format's writer crashes or returns no ``str``.
        """
        if not isinstance(article, Article):
            raise TypeError(f"render() takes an Article, not {type(article).__name__}")
        if not isinstance(format, str):
            raise TypeError(f"render() takes a format name, not {type(format).__name__}")
        name, *variants = format.split("+")
        entry = self.registry.get(name)
        fmt = entry.format
        if fmt.write is None:
            writable = [e.format.name for e in self.registry if e.format.write is not None]
            raise FormatError(
                f"format {name!r} cannot be written; formats that can: {', '.join(writable)}"
            )
        unknown = [variant for variant in variants if variant not in fmt.variants]
        if unknown:
            offered = ", ".join(fmt.variants) or "none"
            raise FormatError(
                f"format {name!r} has no variant {unknown[0]!r} (variants: {offered})"
            )
        try:
            text = fmt.write(article, WriteOptions(variants=frozenset(variants)))
        except NewscoreError:
            raise
        except Exception as error:
            raise PluginError(
                f"writer of format {name!r} crashed: {type(error).__name__}: {error}",
                plugin=entry.plugin,
            ) from error
        if not isinstance(text, str):
            raise PluginError(
                f"writer of format {name!r} returned {type(text).__name__}, not a str",
                plugin=entry.plugin,
            )
        return text


def _check_hook_names(manager: pluggy.PluginManager, plugin: object) -> None:
    # pluggy accepts implementations of hooks nobody specified; a misspelt hook
    # name would silently do nothing, so refuse it as pytest does.
    for caller in manager.get_hookcallers(plugin) or ():
        if caller.spec is not None:
            continue
        if any(not impl.optionalhook for impl in caller.get_hookimpls() if impl.plugin is plugin):
            known = ", ".join(
                sorted(name for name in dir(hookspecs) if name.startswith("newscore_"))
            )
            raise PluginError(
                f"implements unknown hook {caller.name!r} (known hooks: {known})",
                plugin=manager.get_name(plugin) or "<unnamed>",
            )


class _Prepended(io.RawIOBase):
    """A binary stream that replays bytes already read from a stream that cannot seek."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = prefix
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            size = min(len(buffer), len(self._prefix))
            buffer[:size] = self._prefix[:size]
            self._prefix = self._prefix[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _base_name(format: str) -> str:
    return format.split("+", 1)[0]


def _count_rest(articles: Iterator[Article]) -> int:
    """Count the articles left, stopping at the first that strict mode refuses."""
    count = 0
    try:
        for _ in articles:
            count += 1
    except ParseError:
        count += 1
    return count


def _provenance(given: Provenance | None, options: ReadOptions, index: int) -> Provenance:
    if given is None:
        return Provenance(origin=options.origin, index=index)
    return attrs.evolve(given, origin=given.origin or options.origin, index=index)


def _crash(entry: RegisteredFormat, error: BaseException, line: int) -> PluginCrashError:
    return PluginCrashError(
        f"format {entry.format.name!r} of plugin {entry.plugin!r} crashed:"
        f" {type(error).__name__}: {error}",
        plugin=entry.plugin,
        line=line,
    )


def _crash_problem(entry: RegisteredFormat, error: BaseException) -> Problem:
    return Problem(
        code="plugin.crashed",
        message=f"format {entry.format.name!r} of plugin {entry.plugin!r} crashed: "
        f"{type(error).__name__}: {error}",
        severity="error",
    )


def _raise_first_problem(article: Article) -> None:
    for problem in article.problems:
        if problem.severity == "info":
            continue
        offset = problem.span.start if problem.span is not None else 0
        raise ParseError.at(article.raw, offset, problem.message, code=problem.code)


def _raise_first_problem_in_input(article: Article) -> None:
    """Raise a read format's first doubt at the article's place in the input.

    A markup article's ``raw`` is its text content, not the input, so a span
    in it says nothing of the input's lines: the error points at the line where
    the article starts, as its provenance gives it.
    """
    for problem in article.problems:
        if problem.severity == "info":
            continue
        line = article.provenance.line if article.provenance is not None else 1
        raise ParseError(
            f"{problem.message} (in the article that starts on this line)",
            code=problem.code,
            line=line,
        )


_default: PluginHost | None = None
_default_lock = threading.Lock()


def default_host() -> PluginHost:
    """Return the host the module-level functions use, building it on first call."""
    global _default  # noqa: PLW0603 - built lazily so that importing newscore does nothing
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = PluginHost()
    return _default


def _placed(statement: Statement, places: list[int]) -> Statement:
    """``statement`` with its entity index moved to the article's list (``None`` if dangling)."""
    entity = statement.entity
    if entity is None:
        return statement
    return attrs.evolve(statement, entity=places[entity] if 0 <= entity < len(places) else None)


class _Speakers:
    """The article's entities while extractors add theirs: one per name and kind."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities: list[Entity] = []
        self._index: dict[tuple[str, str], int] = {}
        for entity in entities:
            self.merge(entity)

    def merge(self, entity: Entity) -> int:
        """Add ``entity``, or fold it into the listed one of its name and kind; return its index."""
        key = (entity.name.casefold(), entity.kind)
        place = self._index.get(key)
        if place is None:
            self._index[key] = len(self.entities)
            self.entities.append(entity)
            return len(self.entities) - 1
        listed = self.entities[place]
        roles = listed.roles + tuple(r for r in entity.roles if r not in listed.roles)
        mentions = sorted(
            set(listed.mentions) | set(entity.mentions), key=lambda s: (s.start, s.end)
        )
        self.entities[place] = attrs.evolve(listed, roles=roles, mentions=mentions)
        return place
