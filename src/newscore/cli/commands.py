"""The ``newscore`` command and its subcommands, on click.

This module imports click at once; :func:`newscore.cli.main` imports it only
after checking that click is installed (the extra ``newscore[cli]``).
"""

from __future__ import annotations

import codecs
import contextlib
import datetime
import functools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO, TypeVar

import click

import newscore
from newscore.builtin.table import ROLES as TABLE_ROLES
from newscore.cli import outputs
from newscore.cli.batch import Batch
from newscore.cli.inputs import STDIN, STDIN_NAME, ReadSettings, Stdin
from newscore.cli.reports import error_line
from newscore.cli.stats import BatchStats
from newscore.cli.summary import Part, plain
from newscore.model import Article

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_PLUGIN_ERROR", "EXIT_USAGE", "cli"]

EXIT_OK = 0
"""Every input was read."""
EXIT_FAILED = 1
"""Some input could not be read, or ``--strict`` met a problem."""
EXIT_USAGE = 2
"""Bad arguments: an unknown option, format, output, table or encoding."""
EXIT_PLUGIN_ERROR = 3
"""A plugin failed while plugins are strict (``NEWSCORE_STRICT_PLUGINS=1``)."""

_COLOURS: dict[Part, dict[str, Any]] = {
    "date": {"fg": "cyan"},
    "title": {"bold": True},
    "format": {"dim": True},
    "origin": {"dim": True},
    "source": {"fg": "green"},
    "speaker": {"fg": "yellow", "bold": True},
    "role": {"fg": "yellow"},
    "cue": {"fg": "magenta"},
    "problem": {"fg": "red"},
}

_Command = TypeVar("_Command", bound=Callable[..., int])


def _examples(*lines: str) -> str:
    """Return a click epilog listing example command lines, kept as written."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


def _quiet_pipe(command: _Command) -> _Command:
    """End a command quietly, with status 0, when the reader of its output goes away."""

    @functools.wraps(command)
    def run(*args: object, **kwargs: object) -> int:
        try:
            status = command(*args, **kwargs)
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
            return EXIT_OK
        return status

    return run  # type: ignore[return-value]


def _silence_stdout() -> None:
    """Point standard output at the null device, so the flush at exit cannot fail again."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, descriptor)
    os.close(null)


def _date(
    context: click.Context, parameter: click.Parameter, value: str | None
) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"not a date in YYYY-MM-DD form: {value!r}") from None


AUTO_ENCODING = "auto"
"""The ``--encoding`` that lets newscore find each input's encoding (the default)."""


def _encoding(context: click.Context, parameter: click.Parameter, value: str) -> str | None:
    if value == AUTO_ENCODING:
        return None
    try:
        codecs.lookup(value)
    except LookupError:
        raise click.BadParameter(f"unknown encoding: {value!r}") from None
    return value


def _format(context: click.Context, parameter: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            newscore.default_host().format(value)
        except newscore.FormatError as error:
            raise click.BadParameter(_message(error)) from None
    return value


def _columns(
    context: click.Context, parameter: click.Parameter, value: str | None
) -> dict[str, str]:
    if value is None:
        return {}
    columns: dict[str, str] = {}
    for pair in value.split(","):
        role, equals, column = (part.strip() for part in pair.partition("="))
        if not equals or not column or role not in TABLE_ROLES:
            raise click.BadParameter(
                f"{pair.strip()!r} is not FIELD=COLUMN with FIELD one of {', '.join(TABLE_ROLES)}"
            )
        columns[role] = column
    return columns


def _reading_options(command: Callable[..., int]) -> Callable[..., int]:
    """Add the options that say how clippings are read."""
    options = [
        click.option(
            "--format",
            "format_name",
            metavar="NAME",
            callback=_format,
            help="The inputs' format (see `newscore formats`); default: detected per file.",
        ),
        click.option(
            "--strict",
            is_flag=True,
            help="Stop at the first doubtful text or unreadable file (exit 1); an input "
            "that holds no clipping is an error too.",
        ),
        click.option(
            "--encoding",
            default=AUTO_ENCODING,
            show_default=True,
            callback=_encoding,
            help="The text encoding of the files and of standard input. 'auto' finds it:"
            " a byte order mark, valid UTF-8, the encoding the file declares, else a guess"
            " (each guess is recorded on the article).",
        ),
        click.option(
            "--reference-date",
            metavar="YYYY-MM-DD",
            callback=_date,
            help="Resolves dates given without a year.",
        ),
        click.option(
            "--no-extract",
            is_flag=True,
            help="Only read the layout: no statements, speakers or cited sources.",
        ),
        click.option(
            "--columns",
            metavar="FIELD=COLUMN,...",
            callback=_columns,
            help="For tables (CSV, TSV, JSON): the column each field is read from, as in "
            "'text=body,date=published'; default: found by the header's names.",
        ),
        click.option(
            "--workers",
            type=click.IntRange(min=1),
            metavar="N",
            help="Processes reading files in parallel; default: one per core.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _settings(
    *,
    format_name: str | None,
    strict: bool,
    encoding: str | None,
    reference_date: datetime.date | None,
    no_extract: bool,
    workers: int | None,
    columns: dict[str, str],
) -> ReadSettings:
    return ReadSettings(
        format=format_name,
        strict=strict,
        encoding=encoding,
        reference_date=reference_date,
        extract=not no_extract,
        workers=workers,
        format_options=columns,
    )


def _check_paths(paths: Sequence[str]) -> None:
    if STDIN in paths and len(paths) > 1:
        raise click.UsageError("'-' (standard input) must be the only PATH")


def _terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _message(error: Exception) -> str:
    # FormatError is a LookupError, whose str() adds quotes: take the message as given.
    return str(error.args[0]) if error.args else str(error)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=_examples(
        "newscore parse examples/seed-putin-xinhua.txt",
        "newscore parse exports/ --to csv -o statements.csv",
        "newscore stats 'exports/**/*.txt'",
        "newscore detect exports/sample.DOCX",
    )
    + "\n\n\b\nExit status:\n  0  every input was read\n"
    "  1  some file could not be read, or --strict met a problem\n"
    "  2  usage error (unknown option, format, output, table or encoding)\n"
    "  3  a plugin failed while NEWSCORE_STRICT_PLUGINS=1",
)
@click.version_option(newscore.__version__, "--version", prog_name="newscore")
def cli() -> None:
    """Turn news clippings into structured, verifiable records: who said what, when.

    Reads files, folders (recursively) and glob patterns. One bad file never
    stops the rest: each trouble is reported on standard error as
    "newscore: PATH:LINE: message [code]".
    """


@cli.command(
    epilog=_examples(
        "newscore parse clipping.txt                    # summary on a terminal",
        "newscore parse a.txt b.txt | jq .title         # JSON Lines when piped",
        "newscore parse exports/ --to json -o all.json  # one JSON array",
        "newscore parse 'exports/**/*.html' --to csv --table statements -o who-said-what.csv",
        "newscore parse exports/ --to parquet -o statements.parquet",
        "newscore parse clipping.txt --to labelled+uk",
        "iconv -f cp1251 old.txt | newscore parse -",
        "newscore parse - --encoding cp1251 < old.txt",
    )
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--to",
    metavar="OUTPUT",
    help="jsonl, json, csv, parquet, summary, or an installed writer with variants "
    "(labelled, labelled+uk, dateline...); default: summary on a terminal, else jsonl.",
)
@click.option(
    "--table",
    type=click.Choice(outputs.TABLES),
    help="Write a flat table instead of whole articles (jsonl, json); csv and parquet "
    f"write {outputs.DEFAULT_TABLE} unless told.",
)
@click.option(
    "-o",
    "--output",
    metavar="PATH",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to PATH instead of standard output (parquet needs it on a terminal).",
)
@click.option(
    "--color/--no-color",
    "colour",
    default=None,
    help="Colour the summary; default: on a terminal, unless NO_COLOR is set.",
)
@_reading_options
@_quiet_pipe
def parse(
    paths: tuple[str, ...],
    to: str | None,
    table: str | None,
    output: Path | None,
    colour: bool | None,
    **reading: Any,
) -> int:
    """Read every clipping in PATH... and write the articles, or a table of them.

    PATH is a file, a folder (read recursively, hidden files left out), a glob
    pattern (quote it; '**' recurses) or - for standard input.
    """
    _check_paths(paths)
    to_terminal = output is None and _terminal(sys.stdout)
    chosen = to if to is not None else ("summary" if to_terminal else "jsonl")
    table = _check_output(chosen, table, output, to_terminal)
    batch = Batch(paths, _settings(**reading), sys.stderr, progress=_terminal(sys.stderr))
    # Closed on the way out, so that the worker processes stop even when the pipe breaks.
    with contextlib.closing(batch.articles()) as articles:
        _write(chosen, articles, table, output, colour, to_terminal=to_terminal)
    return batch.exit_status


def _write(
    chosen: str,
    articles: Iterator[Article],
    table: str | None,
    output: Path | None,
    colour: bool | None,
    *,
    to_terminal: bool,
) -> None:
    """Write ``articles`` to the output ``chosen`` (checked before)."""
    if chosen == "parquet":
        table = table or outputs.DEFAULT_TABLE
        if output is not None:
            outputs.write_parquet(articles, str(output), table)
        else:
            sys.stdout.flush()
            outputs.write_parquet(articles, sys.stdout.buffer, table)
        return
    with _text_target(output, csv=chosen == "csv") as out:
        if chosen == "summary":
            on = colour if colour is not None else to_terminal and not os.environ.get("NO_COLOR")
            outputs.write_summary(_read(articles), out, _paint if on else plain)
        elif chosen == "jsonl":
            outputs.write_jsonl(articles, out, table)
        elif chosen == "json":
            outputs.write_json(articles, out, table)
        elif chosen == "csv":
            outputs.write_csv(articles, out, table or outputs.DEFAULT_TABLE)
        else:
            outputs.write_rendered(_read(articles), out, chosen)


def _check_output(to: str, table: str | None, output: Path | None, to_terminal: bool) -> str | None:
    """Check ``--to`` against ``--table`` and ``-o``, before anything is read."""
    if to not in outputs.OUTPUTS:
        try:
            outputs.check_writer(to)
        except newscore.FormatError as error:
            raise click.BadParameter(
                f"{_message(error)}; outputs: {', '.join(outputs.OUTPUTS)}", param_hint="'--to'"
            ) from None
    if table is not None and to not in ("jsonl", "json", *outputs.TABLE_OUTPUTS):
        raise click.UsageError(f"--table applies to jsonl, json, csv and parquet, not {to}")
    if to in outputs.BINARY_OUTPUTS and output is None and to_terminal:
        raise click.UsageError(
            f"{to} is binary and standard output is a terminal: give -o PATH or redirect it"
        )
    return table


@contextlib.contextmanager
def _text_target(output: Path | None, *, csv: bool) -> Iterator[TextIO]:
    """Yield standard output, or the file ``-o`` names, opened for the run."""
    if output is None:
        yield sys.stdout
        return
    with output.open("w", encoding="utf-8", newline="" if csv else None) as file:
        yield file


def _read(articles: Iterable[Article]) -> Iterator[Article]:
    """Leave out the failure records, which the reports on stderr already name."""
    return (article for article in articles if article.format != newscore.UNREAD)


def _paint(text: str, part: Part) -> str:
    return click.style(text, **_COLOURS[part])


@cli.command(
    epilog=_examples(
        "newscore detect clipping.txt",
        "newscore detect exports/sample.DOCX exports/*.html",
        "newscore detect --all clipping.txt",
        "cat clipping.txt | newscore detect -",
    )
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--all", "every", is_flag=True, help="List every format that recognises it.")
@click.option(
    "--encoding",
    default=AUTO_ENCODING,
    show_default=True,
    callback=_encoding,
    help="The text encoding of the files ('auto': as parse finds it; binary formats are"
    " recognised from their bytes).",
)
@_quiet_pipe
def detect(paths: tuple[str, ...], every: bool, encoding: str | None) -> int:
    """Say which format each file is in.

    Prints one "PATH<TAB>FORMAT<TAB>CONFIDENCE" line per file for the surest
    format, or one per format that recognises it with the option below. Binary
    exports (DOCX) are recognised from their first bytes.
    """
    _check_paths(paths)
    failures = 0
    files = (
        [STDIN_NAME] if list(paths) == [STDIN] else [str(p) for p in newscore.expand_paths(paths)]
    )
    for path in files:
        try:
            head = _head(path)
        except OSError as error:
            code = "read.missing" if isinstance(error, FileNotFoundError) else "read.unreadable"
            reason = "no such file or folder" if code == "read.missing" else error.strerror
            sys.stderr.write(error_line(path, reason or str(error), code) + "\n")
            failures += 1
            continue
        found = _detections(head, encoding)
        if not found:
            message = "no installed format recognises it"
            sys.stderr.write(error_line(path, message, "detect.unknown") + "\n")
            failures += 1
            continue
        for detection in found if every else found[:1]:
            sys.stdout.write(f"{path}\t{detection.format}\t{detection.confidence:.3g}\n")
    return EXIT_FAILED if failures else EXIT_OK


def _head(path: str) -> bytes:
    if path == STDIN_NAME:
        return Stdin().read(newscore.SNIFF_LENGTH)
    with Path(path).open("rb") as binary:
        return binary.read(newscore.SNIFF_LENGTH)


def _detections(head: bytes, encoding: str | None) -> list[newscore.Detection]:
    found = newscore.detect(head)
    if encoding is None or codecs.lookup(encoding).name == "utf-8":
        return found
    host = newscore.default_host()
    binary = [d for d in found if host.format(d.format).decode is not None]
    return binary or newscore.detect(head.decode(encoding, errors="replace"))


@cli.command(
    epilog=_examples(
        "newscore stats exports/",
        "newscore stats 'exports/**/*.txt' --top 20",
        "newscore stats exports/ --json | jq .problems",
    )
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="How many of the most quoted speakers to list.",
)
@_reading_options
@_quiet_pipe
def stats(paths: tuple[str, ...], as_json: bool, top: int, **reading: Any) -> int:
    """Count what a batch holds, before trusting it.

    Documents per file and per format, documents with no date, title, sources
    or statements, problems by code, statements, speakers and sources, and the
    most quoted speakers.
    """
    _check_paths(paths)
    batch = Batch(paths, _settings(**reading), sys.stderr, progress=_terminal(sys.stderr))
    counts = BatchStats()
    counts.expect(batch.files)
    for article in batch.articles():
        counts.add(article)
    if as_json:
        sys.stdout.write(json.dumps(counts.to_dict(top=top), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.writelines(line + "\n" for line in counts.text_lines(top=top))
    return batch.exit_status


@cli.command(epilog=_examples("newscore formats"))
@_quiet_pipe
def formats() -> int:
    """List the installed formats, built-in and from plugins, with their summaries."""
    host = newscore.default_host()
    names = host.formats()
    width = max((len(name) for name in names), default=0)
    for name in names:
        sys.stdout.write(f"{name:<{width}}  {host.format(name).summary}\n")
    return EXIT_OK


@cli.command(epilog=_examples("newscore plugins", "newscore plugins --json"))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@_quiet_pipe
def plugins(as_json: bool) -> int:
    """List the plugins newscore loaded or tried to load, with versions and failures."""
    infos = newscore.plugins()
    if as_json:
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
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    for info in infos:
        version = info.version or "unknown version"
        if info.error is not None:
            detail = f"FAILED: {info.error}"
        else:
            provided = [*info.formats, *(f"extractor {name}" for name in info.extractors)]
            detail = ", ".join(provided) or "nothing registered"
        sys.stdout.write(f"{info.name} ({version}): {detail}\n")
    return EXIT_OK
