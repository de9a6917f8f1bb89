"""Shared test configuration: Hypothesis profiles, as in newscore's own tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import settings

# The helper modules beside this file (_mutations, _budget) are imported by name; pytest's
# importlib mode, which newscore's root configuration uses, does not put this folder on
# sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parent))

settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile("ci", max_examples=200, deadline=None, derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
