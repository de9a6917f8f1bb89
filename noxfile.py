"""Development sessions for newscore: ``nox`` runs the tests; ``nox -l`` lists the rest."""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.needs_version = ">=2024.3.2"
nox.options.sessions = ["tests"]
nox.options.default_venv_backend = "venv"
nox.options.error_on_missing_interpreters = True

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")


def first_party_plugins() -> list[str]:
    """Return the directories of the plugins packaged under ``plugins/``, sorted."""
    return sorted(str(path.parent) for path in ROOT.glob("plugins/*/pyproject.toml"))


def install_project(session: nox.Session, *groups: str) -> None:
    """Install newscore (editable), its first-party plugins, and dependency ``groups``."""
    editable = ["-e", "."]
    for plugin in first_party_plugins():
        editable += ["-e", plugin]
    session.install(*editable, *nox.project.dependency_groups(PYPROJECT, *groups))


def lint_targets() -> list[str]:
    """Return the paths ruff checks, skipping those not written yet."""
    candidates = ["src", "tests", "benchmarks", "noxfile.py", "docs/conf.py", "plugins"]
    return [path for path in candidates if (ROOT / path).exists()]


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite; arguments go to pytest (``nox -- -k labelled``)."""
    install_project(session, "test")
    env = {"HYPOTHESIS_PROFILE": "ci"} if os.environ.get("CI") else {}
    session.run("pytest", *session.posargs, env=env)


@nox.session
def lint(session: nox.Session) -> None:
    """Check style and formatting with ruff (no changes are made)."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "lint"))
    targets = lint_targets()
    session.run("ruff", "check", *targets)
    session.run("ruff", "format", "--check", *targets)


@nox.session
def typecheck(session: nox.Session) -> None:
    """Type-check src and tests with mypy --strict, as configured in pyproject.toml."""
    install_project(session, "typecheck")
    session.run("mypy", "--strict", *session.posargs)
    for plugin in first_party_plugins():
        # Each plugin on its own: their test folders would clash as one mypy run.
        folders = [f"{plugin}/{name}" for name in ("src", "tests", "benchmarks")]
        session.run("mypy", "--strict", *[f for f in folders if Path(f).exists()])


@nox.session
def docs(session: nox.Session) -> None:
    """Build the HTML documentation with warnings as errors, into docs/_build/html."""
    install_project(session, "docs")
    session.run(
        "sphinx-build",
        "-W",
        "--keep-going",
        "-b",
        "html",
        "docs",
        "docs/_build/html",
        *session.posargs,
    )


@nox.session
def accuracy(session: nox.Session) -> None:
    """Score extraction against the gold clippings; arguments go to the script."""
    install_project(session)
    session.run("python", "benchmarks/accuracy.py", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Time parsing and rendering; arguments go to the script."""
    install_project(session)
    session.run("python", "benchmarks/speed.py", *session.posargs)
