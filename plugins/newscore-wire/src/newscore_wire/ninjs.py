"""Placeholder: the ninjs formats are being written."""

from __future__ import annotations

import newscore

FORMATS: tuple[newscore.Format, ...] = ()
