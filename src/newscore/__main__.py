"""Run the ``newscore`` command: ``python -m newscore``."""

from __future__ import annotations

import sys

from newscore.cli import main

if __name__ == "__main__":
    sys.exit(main())
