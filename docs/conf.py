"""Sphinx configuration for the newscore documentation (furo theme, MyST Markdown)."""

from __future__ import annotations

import importlib.metadata

project = "newscore"
author = "The newscore developers"
copyright = "the newscore developers"
release = importlib.metadata.version("newscore")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
    "sphinx_click",
    "matplotlib.sphinxext.plot_directive",
]

# The figures of the tutorial are drawn in the build, from the clippings in the repository.
plot_include_source = False
plot_html_show_source_link = False
plot_html_show_formats = False
plot_formats = [("png", 110)]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

# The build runs with -W and without network access: no intersphinx, no remote images.
nitpicky = False
default_role = "code"

# MyST: ``{eval-rst}`` blocks, definition lists, and anchors for headings so that
# pages can link to ``labelled.md#labels``.
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

# autodoc: the public names live in ``newscore``; show them there, in source order,
# with types in the parameter descriptions rather than in long signatures.
add_module_names = False
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_typehints_format = "short"
autodoc_class_signature = "mixed"
autodoc_default_options = {"members": True}

html_theme = "furo"
html_title = f"newscore {release}"
html_static_path: list[str] = []
pygments_style = "sphinx"
pygments_dark_style = "monokai"


def _epilog_as_written(app: object, context: object, lines: list[str]) -> None:
    """Show the blocks of a command's epilog (its examples, kept as written by click's ``\\b``)
    as literal text: sphinx-click makes them line blocks, where a glob's ``*`` is markup."""
    kept: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line.startswith("| "):
            block.append(line[2:])
            continue
        if block:
            kept += [block[0], "", ".. code-block:: text", ""]
            kept += [f"    {text}" for text in block[1:]] + [""]
            block = []
        kept.append(line)
    lines[:] = kept


def setup(app: object) -> None:
    app.connect("sphinx-click-process-epilog", _epilog_as_written)  # type: ignore[attr-defined]
