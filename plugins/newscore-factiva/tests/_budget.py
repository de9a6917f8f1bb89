"""Run a read in a child process with a wall-clock and memory budget; report CPU time and peak memory.

A local helper beside :mod:`newscore.testing.pathological` (which checks
growth under doubling): this one checks an absolute budget, such as "10^6 table
cells read in under 5 s". CPU time is measured, not wall-clock time, so that a
busy shared machine does not make the test flaky.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import attrs

_CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
    import newscore
    text = {build}
    host = newscore.PluginHost()
    host.formats()
    start = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.perf_counter()
    articles = list(host.read(text, format={format!r}, extract=False))
    wall = time.perf_counter() - wall
    end = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (end.ru_utime - start.ru_utime) + (end.ru_stime - start.ru_stime)
    peak = 0
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1]) * 1024
    problems = sorted({{p.code for a in articles for p in a.problems}})
    json.dump({{"cpu": cpu, "wall": wall, "peak": peak, "articles": len(articles),
               "length": len(text), "problems": problems,
               "raw": sum(len(a.raw) for a in articles)}}, sys.stdout)
    """
)


@attrs.frozen(kw_only=True)
class Measured:
    """What one budgeted read took and gave."""

    cpu: float
    wall: float
    peak: int
    articles: int
    length: int
    problems: tuple[str, ...]
    raw: int


def measure(build: str, fmt: str, *, seconds: float = 120.0, memory: int = 1 << 30) -> Measured:
    """Read the text built by the expression ``build`` with format ``fmt`` in a child process.

    :raises AssertionError: when the child fails, runs out of memory or of time.
    """
    script = _CHILD.format(build=build, format=fmt, memory=memory)
    try:
        done = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            timeout=seconds,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(f"{build!r} took more than {seconds} s") from None
    if done.returncode != 0:
        raise AssertionError(f"{build!r} failed in the child (memory {memory}):\n{done.stderr}")
    found = json.loads(done.stdout)
    found["problems"] = tuple(found["problems"])
    return Measured(**found)
