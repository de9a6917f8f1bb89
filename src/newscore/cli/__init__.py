"""The ``newscore`` command (also ``python -m newscore``), built on click.

.. code-block:: console

    $ newscore parse examples/seed-putin-xinhua.txt   # who said what, on a terminal
    $ newscore parse exports/ --to csv -o statements.csv
    $ newscore stats 'exports/**/*.txt'
    $ newscore detect exports/sample.DOCX
    $ newscore formats
    $ newscore plugins --json

It needs click, which the extra ``newscore[cli]`` brings; importing this
module does not. The commands live in :mod:`newscore.cli.commands`; the
pieces they are made of (:mod:`~newscore.cli.summary`,
:mod:`~newscore.cli.stats`, :mod:`~newscore.cli.outputs`...) need no click.

Exit status: 0 when every input was read; 1 when some file could not be read
or ``--strict`` met a problem (each reported on standard error as
``newscore: PATH:LINE: message [code]``); 2 for usage errors; 3 when a plugin
fails while plugins are strict. A reader that closes the pipe early (``|
head``) ends the command quietly, with 0.
"""

from __future__ import annotations

import importlib.util
import sys
import warnings
from collections.abc import Sequence
from typing import TextIO

import newscore

__all__ = ["main"]

_MISSING_CLICK = "newscore: the command needs click: pip install 'newscore[cli]'"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newscore`` command and return its exit status.

    :param argv: the arguments after the program name; ``None`` takes them
        from :data:`sys.argv`.
    :returns: 0 when every input was read, 1 when some could not be (or
        ``--strict`` met a problem), 2 for usage errors and a missing click,
        3 for plugin failures in strict plugin mode.
    """
    if importlib.util.find_spec("click") is None:
        sys.stderr.write(_MISSING_CLICK + "\n")
        return 2
    # Imported here, not above: `import newscore.cli` must work without click.
    import click  # noqa: PLC0415

    from newscore.cli.commands import EXIT_PLUGIN_ERROR, EXIT_USAGE, cli  # noqa: PLC0415

    arguments = list(sys.argv[1:] if argv is None else argv)
    with warnings.catch_warnings():
        warnings.simplefilter("default", newscore.NewscoreWarning)
        warnings.showwarning = _show_warning
        try:
            status = cli.main(args=arguments, prog_name="newscore", standalone_mode=False)
        except click.ClickException as error:
            error.show()
            return error.exit_code
        except click.Abort:  # Ctrl-C
            return 130
        except newscore.PluginError as error:
            sys.stderr.write(f"newscore: error: {error}\n")
            return EXIT_PLUGIN_ERROR
        except newscore.FormatError as error:
            sys.stderr.write(f"newscore: error: {error.args[0] if error.args else error}\n")
            return EXIT_USAGE
    return status if isinstance(status, int) else 0


def _show_warning(  # noqa: PLR0917 - the signature of warnings.showwarning
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    sys.stderr.write(f"newscore: warning: {message}\n")
