"""Placeholder: the anpa formats are being written."""

from __future__ import annotations

import newscore

FORMATS: tuple[newscore.Format, ...] = ()
