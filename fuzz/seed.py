"""Build a seed corpus for the fuzz harnesses in a folder outside the repository.

``python fuzz/seed.py DEST`` copies the clippings under ``tests/data`` and the
shared corpus (``../shared/corpus``, without ``polnear-train``), each cut to
``--max-bytes`` and prefixed by a few selector bytes (see ``_harness.choose``).
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED = {"polnear-train"}


def sources() -> list[Path]:
    """Return the seed files: the repository's clippings, then the shared corpus."""
    found = [p for p in sorted((ROOT / "tests" / "data").rglob("*")) if p.is_file()]
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir():
        found += [
            p
            for p in sorted(shared.rglob("*"))
            if p.is_file() and not SKIPPED & set(p.relative_to(shared).parts)
        ]
    return found


def main() -> None:
    """Write the seeds into the destination folder."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--max-bytes", type=int, default=65536)
    options = parser.parse_args()
    options.dest.mkdir(parents=True, exist_ok=True)
    count = 0
    for path in sources():
        data = path.read_bytes()[: options.max_bytes]
        for selector in (0, 3, 4 * 7):  # detected lenient, detected strict+extract, a forced one
            seed = bytes([selector]) + data
            name = hashlib.sha1(seed).hexdigest()
            (options.dest / name).write_bytes(seed)
            count += 1
    print(f"{count} seeds in {options.dest}")


if __name__ == "__main__":
    main()
