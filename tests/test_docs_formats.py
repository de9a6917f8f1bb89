"""Every installed first-party format has a row and a page in the docs' format list."""

from __future__ import annotations

from pathlib import Path

import regex

import newscore

DOCS = Path(__file__).resolve().parents[1] / "docs" / "formats"
_ROW = regex.compile(r"^\| \[`(?P<name>[a-z0-9.\-]++)`\]\((?P<page>[a-z0-9\-]++)\.md", regex.M)


def test_every_format_has_a_row_linking_to_its_page() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    rows = {found["name"]: found["page"] for found in _ROW.finditer(index)}
    installed = set(newscore.formats())
    assert installed <= set(rows), f"formats without a row: {sorted(installed - set(rows))}"
    for name, page in rows.items():
        assert (DOCS / f"{page}.md").is_file(), f"{name}: no page {page}.md"
        assert f"\n{page}\n" in index, f"{page} is not in the toctree"
