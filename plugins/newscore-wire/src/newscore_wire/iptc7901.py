"""Placeholder: the iptc7901 formats are being written."""

from __future__ import annotations

import newscore

FORMATS: tuple[newscore.Format, ...] = ()
