"""The ``newscore`` command (also ``python -m newscore``).

.. code-block:: console

    $ newscore parse clipping.txt              # JSON for one article, JSON Lines for several
    $ newscore parse export.txt --jsonl --strict --reference-date 2025-08-30
    $ newscore detect clipping.txt             # "format<TAB>confidence", best first
    $ newscore render clipping.txt --to labelled+uk
    $ newscore formats                         # installed formats with summaries
    $ newscore plugins --json                  # plugins, versions, formats, extractors

``FILE`` may be ``-`` for standard input.

Exit status: 0 on success; 1 when a clipping cannot be read (the message on
standard error reads ``FILE:LINE:COLUMN: message [code]``); 2 for usage
errors, unknown formats or variants, and files that cannot be opened; 3 when a
plugin fails in strict mode or crashes while writing.
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import json
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, NoReturn, TextIO

import newscore

__all__ = ["main"]

EXIT_OK = 0
"""Everything went well."""
EXIT_PARSE_ERROR = 1
"""A clipping could not be read (:class:`~newscore.ParseError`)."""
EXIT_USAGE = 2
"""Bad arguments, an unknown format or variant, or a file that cannot be opened."""
EXIT_PLUGIN_ERROR = 3
"""A plugin failed (:class:`~newscore.PluginError`)."""

_STDIN = "-"


class _UsageError(Exception):
    """Raised instead of exiting, so that :func:`main` returns a status."""


class _Exit(Exception):  # noqa: N818 - control flow, not an error
    """Raised by ``--help`` and ``--version`` instead of :func:`sys.exit`."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of exiting the interpreter."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{self.format_usage()}{self.prog}: error: {message}")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise _Exit(status)


class _CannotOpenError(Exception):
    """A FILE argument names nothing readable."""


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _build_parser() -> _Parser:
    parser = _Parser(
        prog="newscore",
        description="Turn news clippings into structured, verifiable records.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {newscore.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    def reading(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("file", metavar="FILE", help="the input file, or - for standard input")
        sub.add_argument("--format", metavar="NAME", help="the input's format (default: detect)")
        sub.add_argument(
            "--strict", action="store_true", help="fail on the first doubtful text (exit 1)"
        )
        sub.add_argument(
            "--reference-date",
            metavar="YYYY-MM-DD",
            type=_date,
            help="resolves dates given without a year",
        )
        sub.add_argument(
            "--encoding", default="utf-8", help="the input file's encoding (default: utf-8)"
        )

    parse = commands.add_parser("parse", help="print the articles in FILE as JSON")
    reading(parse)
    parse.add_argument(
        "--jsonl", action="store_true", help="print JSON Lines even for a single article"
    )
    parse.set_defaults(run=_run_parse)

    detect = commands.add_parser("detect", help="print which formats recognise FILE")
    detect.add_argument("file", metavar="FILE", help="the input file, or - for standard input")
    detect.add_argument("--encoding", default="utf-8", help="the input file's encoding")
    detect.set_defaults(run=_run_detect)

    render = commands.add_parser("render", help="read FILE and write it in another format")
    reading(render)
    render.add_argument(
        "--to",
        required=True,
        metavar="FORMAT[+VARIANT...]",
        help="the output format, with optional variant flags",
    )
    render.set_defaults(run=_run_render)

    formats = commands.add_parser("formats", help="list installed formats")
    formats.set_defaults(run=_run_formats)

    plugins = commands.add_parser("plugins", help="list plugins with versions and failures")
    plugins.add_argument("--json", action="store_true", help="print a JSON array")
    plugins.set_defaults(run=_run_plugins)
    return parser


def _display_name(file: str) -> str:
    return "<stdin>" if file == _STDIN else file


def _open_source(file: str) -> IO[str] | Path:
    if file == _STDIN:
        return sys.stdin
    path = Path(file)
    if not path.exists():
        raise _CannotOpenError(f"{file}: no such file")
    if path.is_dir():
        raise _CannotOpenError(f"{file}: is a directory")
    return path


def _articles(arguments: argparse.Namespace) -> Iterator[newscore.Article]:
    source = _open_source(arguments.file)
    return newscore.read(
        source,
        format=arguments.format,
        strict=arguments.strict,
        reference_date=arguments.reference_date,
        encoding=arguments.encoding,
    )


def _run_parse(arguments: argparse.Namespace, out: TextIO) -> int:
    articles = _articles(arguments)
    first_two = list(itertools.islice(articles, 2))
    if len(first_two) == 1 and not arguments.jsonl:
        out.write(newscore.to_json(first_two[0]) + "\n")
        return EXIT_OK
    for article in itertools.chain(first_two, articles):
        out.write(newscore.to_json(article, indent=None) + "\n")
    return EXIT_OK


def _run_render(arguments: argparse.Namespace, out: TextIO) -> int:
    newscore.default_host().format(arguments.to.split("+", 1)[0])  # unknown: fail before reading
    for article in _articles(arguments):
        text = newscore.render(article, arguments.to)
        out.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def _run_detect(arguments: argparse.Namespace, out: TextIO) -> int:
    source = _open_source(arguments.file)
    if isinstance(source, Path):
        with source.open(encoding=arguments.encoding, newline="") as stream:
            head = stream.read(newscore.SNIFF_LENGTH)
    else:
        head = source.read(newscore.SNIFF_LENGTH)
    detections = newscore.detect(head)
    if not detections:
        raise newscore.FormatError(
            f"{_display_name(arguments.file)}: no installed format recognises this text"
        )
    for detection in detections:
        out.write(f"{detection.format}\t{detection.confidence:.3g}\n")
    return EXIT_OK


def _run_formats(arguments: argparse.Namespace, out: TextIO) -> int:
    host = newscore.default_host()
    names = host.formats()
    width = max((len(name) for name in names), default=0)
    for name in names:
        fmt = host.format(name)
        out.write(f"{name:<{width}}  {fmt.summary}\n")
    return EXIT_OK


def _run_plugins(arguments: argparse.Namespace, out: TextIO) -> int:
    infos = newscore.plugins()
    if arguments.json:
        data = [
            {
                "name": info.name,
                "version": info.version,
                "formats": list(info.formats),
                "extractors": list(info.extractors),
                "error": info.error,
            }
            for info in infos
        ]
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    for info in infos:
        version = info.version or "unknown version"
        if info.error is not None:
            detail = f"FAILED: {info.error}"
        else:
            provided = [*info.formats, *(f"extractor {name}" for name in info.extractors)]
            detail = ", ".join(provided) or "nothing registered"
        out.write(f"{info.name} ({version}): {detail}\n")
    return EXIT_OK


def _show_warning(  # noqa: PLR0917 - the signature of warnings.showwarning
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    sys.stderr.write(f"newscore: warning: {message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newscore`` command and return its exit status.

    :param argv: the arguments after the program name; ``None`` takes them
        from :data:`sys.argv`.
    :returns: 0 on success, 1 if a clipping cannot be read, 2 for usage
        errors, unknown formats and unreadable files, 3 for plugin failures.
    """
    parser = _build_parser()
    arguments_list = list(sys.argv[1:] if argv is None else argv)
    try:
        arguments = parser.parse_args(arguments_list)
    except _UsageError as error:
        sys.stderr.write(f"{error}\n")
        return EXIT_USAGE
    except _Exit as done:
        return done.status
    run: Callable[[argparse.Namespace, TextIO], int] = arguments.run
    with warnings.catch_warnings():
        warnings.simplefilter("default", newscore.NewscoreWarning)
        warnings.showwarning = _show_warning
        return _run(run, arguments)


def _run(run: Callable[[argparse.Namespace, TextIO], int], arguments: argparse.Namespace) -> int:
    file = getattr(arguments, "file", _STDIN)
    try:
        return run(arguments, sys.stdout)
    except newscore.ParseError as error:
        if error.code == "read.encoding":  # the file, not a clipping, is at fault
            sys.stderr.write(f"newscore: error: {error.message}\n")
            return EXIT_USAGE
        sys.stderr.write(
            f"{_display_name(file)}:{error.line}:{error.column}: {error.message} [{error.code}]\n"
        )
        return EXIT_PARSE_ERROR
    except (newscore.FormatError, _CannotOpenError) as error:
        sys.stderr.write(f"newscore: error: {_message(error)}\n")
        return EXIT_USAGE
    except OSError as error:
        sys.stderr.write(f"newscore: error: {_display_name(file)}: {error.strerror or error}\n")
        return EXIT_USAGE
    except UnicodeDecodeError as error:
        sys.stderr.write(
            f"newscore: error: {_display_name(file)}: cannot decode as {arguments.encoding}: "
            f"{error.reason} at byte {error.start}\n"
        )
        return EXIT_USAGE
    except LookupError as error:  # an unknown --encoding
        sys.stderr.write(f"newscore: error: {error}\n")
        return EXIT_USAGE
    except newscore.PluginError as error:
        sys.stderr.write(f"newscore: error: {error}\n")
        return EXIT_PLUGIN_ERROR


def _message(error: Exception) -> str:
    # KeyError-derived messages (FormatError is a LookupError) print fine via args[0].
    return str(error.args[0]) if error.args else str(error)
