"""Placeholder: the newsml1 formats are being written."""

from __future__ import annotations

import newscore

FORMATS: tuple[newscore.Format, ...] = ()
