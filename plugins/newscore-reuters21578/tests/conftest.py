"""Shared paths and settings for the reuters21578 plugin's tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

# The helper modules beside this file (_damage, _isolated) are imported by name; pytest's
# importlib mode, which newscore's root configuration uses, does not put this folder on
# sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parent))

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
