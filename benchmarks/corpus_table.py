"""Print, for every news file of ``../shared/corpus``, how newscore reads it.

Usage::

    python benchmarks/corpus_table.py [--markdown] [CORPUS_DIR]

One row a file: the format ``newscore.detect`` picks from its bytes, the formats of
the articles ``newscore.read`` gives, how many articles, how many are dated and
titled, and how many statements the extractors find. PolNeAR's folders (gold
statements, scored by ``accuracy.py``) and the brat ``.ann`` files beside the
texts are left out: they are annotations, not news.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import newscore

_LEFT_OUT_FOLDERS = ("polnear-train",)
_LEFT_OUT_SUFFIXES = (".md", ".ann")
_LEFT_OUT_NAMES = ("expected.json",)


def news_files(root: Path) -> list[Path]:
    """Return the corpus files that hold news, sorted."""
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file()
        and not any(part in _LEFT_OUT_FOLDERS for part in path.relative_to(root).parts)
        and path.suffix not in _LEFT_OUT_SUFFIXES
        and path.name not in _LEFT_OUT_NAMES
    )


def row(root: Path, path: Path) -> list[str]:
    """Return one table row for ``path``."""
    detections = newscore.detect(path.read_bytes())
    articles = list(newscore.read(path))
    formats = collections.Counter(article.format for article in articles)
    return [
        str(path.relative_to(root)),
        detections[0].format if detections else "-",
        ", ".join(f"{name} ×{count}" if count > 1 else name for name, count in formats.items()),
        str(len(articles)),
        str(sum(article.date is not None for article in articles)),
        str(sum(bool(article.title) for article in articles)),
        str(sum(len(article.statements) for article in articles)),
    ]


def main(argv: list[str] | None = None) -> int:
    """Print the table; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=None)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    arguments = parser.parse_args(argv)
    root = arguments.corpus or Path(__file__).resolve().parents[2] / "shared" / "corpus"
    header = ["file", "detected", "read as", "articles", "dated", "titled", "statements"]
    rows = [row(root, path) for path in news_files(root)]
    if arguments.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + " --- |" * len(header))
        for cells in rows:
            print("| " + " | ".join(cells) + " |")
    else:
        print("\t".join(header))
        for cells in rows:
            print("\t".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
