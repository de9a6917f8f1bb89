"""Development sessions for newscore: ``nox`` runs the tests; ``nox -l`` lists the rest."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

import nox

nox.needs_version = ">=2024.3.2"
nox.options.sessions = ["tests"]

FUZZ_HARNESSES = {"read": "fuzz_read.py", "parse": "fuzz_parse.py"}
"""The atheris harnesses of ``nox -s fuzz``, by short name."""
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
    candidates = [
        "src",
        "tests",
        "benchmarks",
        "noxfile.py",
        "docs/conf.py",
        "docs/examples",
        "docs/figures",
        "plugins",
        "fuzz",
        "tools",
    ]
    return [path for path in candidates if (ROOT / path).exists()]


def test_env() -> dict[str, str]:
    """Return the variables the test sessions set: the CI Hypothesis profile, corpus rule.

    nox passes the environment through to commands; ``NEWSCORE_REQUIRE_CORPUS``
    is also named here, so a test run fails (rather than skips) without the
    shared corpus whenever the caller asks for it.
    """
    env = {"HYPOTHESIS_PROFILE": "ci"} if os.environ.get("CI") else {}
    if "NEWSCORE_REQUIRE_CORPUS" in os.environ:
        env["NEWSCORE_REQUIRE_CORPUS"] = os.environ["NEWSCORE_REQUIRE_CORPUS"]
    return env


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite but its ``slow`` part; arguments go to pytest (``nox -- -k labelled``).

    The quick reliability checks and the regular-expression check
    (``tests/test_regex_linearity.py``) are part of it.
    """
    install_project(session, "test")
    session.run("pytest", "-m", "not slow", *session.posargs, env=test_env())


@nox.session
def reliability(session: nox.Session) -> None:
    """Run the long reliability checks (the ``slow`` tests): properties and pathological inputs."""
    install_project(session, "test")
    session.run(
        "pytest", "-m", "slow", "tests/reliability", "plugins", *session.posargs, env=test_env()
    )


@nox.session  # not in nox.options.sessions: run it by name
def fuzz(session: nox.Session) -> None:
    """Fuzz parse and read with atheris: ``nox -s fuzz -- --seconds 600 [harness ...]``.

    Each harness in ``fuzz/`` runs for ``--seconds`` (default 60) on a seed
    corpus built from ``tests/data`` and ``../shared/corpus`` in a temporary
    folder (never in the repository), whose name is printed. Crashes are
    written to its ``crashes/``; keep each one under ``tests/reliability/regressions/``.
    """
    parser = argparse.ArgumentParser(prog="nox -s fuzz --")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("harnesses", nargs="*", default=sorted(FUZZ_HARNESSES))
    options = parser.parse_args(session.posargs)
    install_project(session)
    session.install("atheris")
    work = Path(tempfile.mkdtemp(prefix="newscore-fuzz-"))  # outside the repository
    crashes = work / "crashes"
    crashes.mkdir(parents=True, exist_ok=True)
    session.log(f"fuzzing in {work}")
    for harness in options.harnesses:
        seeds = work / f"seeds-{harness}"
        session.run("python", "fuzz/seed.py", str(seeds))
        session.run(
            "python",
            f"fuzz/{FUZZ_HARNESSES[harness]}",
            str(seeds),
            f"-max_total_time={options.seconds}",
            "-max_len=65536",
            "-timeout=30",
            "-rss_limit_mb=2048",
            f"-artifact_prefix={crashes}/{harness}-",
            "-print_final_stats=1",
        )


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
    session.run("python", "benchmarks/accuracy.py", *(session.posargs or ["--suite"]))


@nox.session
def bench(session: nox.Session) -> None:
    """Time parsing and reading against issue 11's targets; arguments go to ``benchmarks/speed.py``.

    ``speed.py`` ends with a targets block (PASS or FAIL for each). Useful
    arguments: ``--json docs/figures/performance.json`` (the docs' figures),
    ``--baseline-tree PATH`` (the same run with another checkout's code,
    before and after side by side), ``--quick``. ``benchmarks/batch.py``
    follows with its defaults: read_many on 1 and 2 workers over 20,000
    clippings, a 1 GB export streamed to Parquet, and Dask.
    """
    install_project(session, "extras")
    session.run("python", "benchmarks/speed.py", *session.posargs)
    session.run("python", "benchmarks/batch.py")
