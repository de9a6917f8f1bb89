r"""Find regular expressions that can backtrack catastrophically or go quadratic under ``search``.

>>> from newscore.testing.regexcheck import check_module
>>> for finding in check_module("newscore_myplugin.reader"):  # doctest: +SKIP
...     print(finding)

Two checks, each conservative:

* **Static** (:func:`check_pattern`): the pattern's source is read by a small
  parser for the syntax of the ``regex`` and ``re`` modules (possessive and lazy
  quantifiers, atomic groups, ``\p{..}``, lookarounds) and four shapes are
  flagged:

  - ``nested-quantifier``: an unbounded, non-possessive repetition of a group
    whose body may end with another unbounded run over characters the body can
    start with, as in ``(a+)+`` or ``(\w+\s?)*``;
  - ``overlapping-alternatives``: an unbounded, non-possessive repetition of
    alternatives that can start with the same character, as in ``(a|ab)*``;
  - ``adjacent-runs``: an unbounded greedy or lazy run followed (past optional
    items) by another unbounded run over overlapping characters, as in
    ``.+?[ \t]++`` or ``\s*\s*``, with no lookaround between them;
  - ``leading-run``: a pattern that may start with an unbounded run and has no
    anchor before it (``\A``, ``^``, ``\b``, ``\G``, a lookbehind): ``search``
    then rescans the run from each of its characters. Patterns that a module
    only ever calls ``match`` or ``fullmatch`` on are exempt, since those try
    one position.

  Character sets are compared on a sample of characters (ASCII, Latin-1,
  Cyrillic, quotation marks, dashes and blanks), by the regular-expression
  engine itself.

* **Empirical** (:func:`check_timing`): the pattern is searched in strings built
  from the characters it can start with, the blanks and letters, at two
  lengths; growth of more than ``max_ratio`` per doubling is flagged as
  ``slow``.

:func:`collect_patterns` finds the compiled patterns of modules (at module level,
and inside module-level dicts, lists, tuples and sets); :func:`check_package`
walks a package and checks them all.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import itertools
import pkgutil
import re
import time
from collections.abc import Iterable, Iterator
from typing import Literal, TypeAlias

import attrs
import regex

__all__ = [
    "Finding",
    "Rule",
    "check_module",
    "check_package",
    "check_pattern",
    "check_timing",
    "collect_patterns",
    "installed_packages",
    "matched_only",
]

Rule: TypeAlias = Literal[
    "nested-quantifier", "overlapping-alternatives", "adjacent-runs", "leading-run", "slow"
]
"""The shapes :func:`check_pattern` and :func:`check_timing` flag."""

AnyPattern: TypeAlias = "regex.Pattern[str] | re.Pattern[str]"


@attrs.frozen(kw_only=True)
class Finding:
    """One doubtful pattern.

    :param name: where the pattern is, as ``module.NAME`` (``module.NAME[key]``
        inside a container).
    :param rule: which shape was found.
    :param detail: the part of the pattern at fault, or the timings.
    """

    name: str
    rule: Rule
    detail: str

    def __str__(self) -> str:
        return f"{self.name}: {self.rule}: {self.detail}"


# -- parsing ---------------------------------------------------------------

_SAMPLE = "".join(
    sorted(
        set(
            "abcxyzABCXYZ0123456789 _-.,;:!?'\"()[]{}<>/\\|*+&%$#@=~^`"
            "\t\n\r\u00a0\u2007\u202f\ufeff"
            "éüßÉ"
            "абвгдежзийклмнопрстуфхцчшщьюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЬЮЯіїєґІЇЄҐёЁ"
            "“”«»„‘’‹›—–…"
        )
    )
)
_UNBOUNDED = 1 << 30


@attrs.define
class _Node:
    """A parsed item: an atom, a group or an alternation, with its quantifier."""

    kind: Literal["atom", "anchor", "group", "look", "flags"]
    source: str = ""
    alternatives: list[list[_Node]] = attrs.field(factory=list)
    atomic: bool = False
    low: int = 1
    high: int = 1
    mode: Literal["greedy", "lazy", "possessive"] = "greedy"

    @property
    def unbounded(self) -> bool:
        return self.high >= _UNBOUNDED


class _Parser:
    def __init__(self, source: str, flags: str) -> None:
        self.source = source
        self.position = 0
        self.flags = flags

    def parse(self) -> list[list[_Node]]:
        alternatives = self._alternatives()
        return alternatives

    def _peek(self, count: int = 1) -> str:
        return self.source[self.position : self.position + count]

    def _alternatives(self) -> list[list[_Node]]:
        alternatives: list[list[_Node]] = [[]]
        while self.position < len(self.source):
            char = self.source[self.position]
            if char == ")":
                break
            if char == "|":
                self.position += 1
                alternatives.append([])
                continue
            node = self._item()
            if node is not None:
                alternatives[-1].append(node)
        return alternatives

    def _item(self) -> _Node | None:
        start = self.position
        char = self.source[self.position]
        if char == "(":
            node = self._group()
        elif char == "[":
            self._skip_class()
            node = _Node(kind="atom", source=self.source[start : self.position])
        elif char == "\\":
            node = self._escape()
        elif char in "^$":
            self.position += 1
            node = _Node(kind="anchor", source=char)
        else:
            self.position += 1
            node = _Node(kind="atom", source=char)
        if node is None:
            return None
        self._quantifier(node)
        return node

    def _escape(self) -> _Node:
        start = self.position
        self.position += 2
        letter = self.source[start + 1 : start + 2]
        if letter in "pPN" and self._peek() == "{":
            self.position = self.source.index("}", self.position) + 1
        elif letter == "x":
            if self._peek() == "{":
                self.position = self.source.index("}", self.position) + 1
            else:
                self.position += 2
        elif letter == "u":
            self.position += 4
        elif letter == "U":
            self.position += 8
        text = self.source[start : self.position]
        if letter in "AZzbBG":
            return _Node(kind="anchor", source=text)
        return _Node(kind="atom", source=text)

    def _skip_class(self) -> None:
        self.position += 1
        if self._peek() == "^":
            self.position += 1
        if self._peek() == "]":
            self.position += 1
        depth = 1
        while self.position < len(self.source) and depth:
            char = self.source[self.position]
            if char == "\\":
                self.position += 2
                continue
            if char == "[":
                depth += 1
            elif char == "]":
                depth -= 1
            self.position += 1

    def _group(self) -> _Node | None:
        self.position += 1
        kind: Literal["group", "look"] = "group"
        atomic = False
        if self._peek() == "?":
            self.position += 1
            head = self._peek()
            if head == "#":
                self.position = self.source.index(")", self.position) + 1
                return None
            if head in ":":
                self.position += 1
            elif head == ">":
                self.position += 1
                atomic = True
            elif head in "=!" or self._peek(2) in {"<=", "<!"}:
                self.position += 1 if head in "=!" else 2
                kind = "look"
            elif head in "P<" and self._peek(2) != "P=":
                self.position = self.source.index(">", self.position) + 1
            else:
                # Inline flags, global "(?i)" or scoped "(?i:...)".
                match = regex.match(r"[a-zA-Z\-]*+", self.source, pos=self.position)
                assert match is not None
                self.position = match.end()
                if self._peek() == ")":
                    self.flags += match.group().split("-")[0]
                    self.position += 1
                    return _Node(kind="flags", source=match.group())
                self.position += 1  # the colon
        alternatives = self._alternatives()
        self.position += 1  # the closing parenthesis
        return _Node(kind=kind, alternatives=alternatives, atomic=atomic)

    def _quantifier(self, node: _Node) -> None:
        char = self._peek()
        if char in {"*", "+", "?"}:
            self.position += 1
            node.low, node.high = {"*": (0, _UNBOUNDED), "+": (1, _UNBOUNDED), "?": (0, 1)}[char]
        elif char == "{":
            found = regex.match(r"\{(\d*+)(,?+)(\d*+)\}", self.source, pos=self.position)
            if found is None:
                return
            self.position = found.end()
            low, comma, high = found.groups()
            node.low = int(low or 0)
            node.high = int(high) if high else (_UNBOUNDED if comma else node.low)
        else:
            return
        after = self._peek()
        if after == "?":
            node.mode = "lazy"
            self.position += 1
        elif after == "+":
            node.mode = "possessive"
            self.position += 1


# -- character sets --------------------------------------------------------


class _Sets:
    """What characters of the sample each item can start with, or consume."""

    def __init__(self, flags: str) -> None:
        self.prefix = f"(?{flags})" if flags else ""
        self.cache: dict[str, frozenset[str]] = {}

    def atom(self, source: str) -> frozenset[str]:
        found = self.cache.get(source)
        if found is None:
            try:
                compiled = regex.compile(self.prefix + source)
            except regex.error:
                found = frozenset(_SAMPLE)  # unknown syntax: assume the worst
            else:
                found = frozenset(char for char in _SAMPLE if compiled.fullmatch(char))
            self.cache[source] = found
        return found

    def first(self, items: list[_Node]) -> frozenset[str]:
        """Return the characters ``items`` (a sequence) can start with."""
        found: frozenset[str] = frozenset()
        for node in items:
            found |= self.node_first(node)
            if not _nullable(node):
                break
        return found

    def node_first(self, node: _Node) -> frozenset[str]:
        if node.kind == "atom":
            return self.atom(node.source)
        if node.kind == "group":
            return frozenset().union(*(self.first(alt) for alt in node.alternatives))
        return frozenset()

    def consumed(self, node: _Node) -> frozenset[str]:
        """All the characters ``node`` can consume."""
        if node.kind == "atom":
            return self.atom(node.source)
        if node.kind == "group":
            return frozenset().union(
                *(self.consumed(item) for alt in node.alternatives for item in alt)
            )
        return frozenset()


def _nullable(node: _Node) -> bool:
    if node.low == 0 or node.kind in {"anchor", "look", "flags"}:
        return True
    if node.kind == "group":
        return any(all(_nullable(item) for item in alt) for alt in node.alternatives)
    return False


def _text(node: _Node) -> str:
    if node.kind == "group":
        inner = "|".join("".join(_text(item) for item in alt) for alt in node.alternatives)
        body = f"(?>{inner})" if node.atomic else f"({inner})"
    elif node.kind == "look":
        body = "(?<look>...)"
    else:
        body = node.source
    if (node.low, node.high) == (1, 1):
        return body
    high = "" if node.unbounded else str(node.high)
    suffix = {"greedy": "", "lazy": "?", "possessive": "+"}[node.mode]
    return f"{body}{{{node.low},{high}}}{suffix}"


# -- static rules ----------------------------------------------------------


def check_pattern(pattern: AnyPattern, name: str = "", *, searched: bool = True) -> list[Finding]:
    """Check the source of ``pattern`` for shapes that backtrack badly.

    :param name: how findings name the pattern.
    :param searched: whether the pattern may be used with ``search`` (or
        ``finditer``, ``sub``...); if not, ``leading-run`` is not checked.
    :return: the findings, empty when the pattern looks safe.
    """
    parser = _Parser(pattern.pattern, _flag_letters(pattern))
    alternatives = parser.parse()
    sets = _Sets(parser.flags)
    findings: list[Finding] = []

    def add(rule: Rule, node: _Node) -> None:
        finding = Finding(name=name, rule=rule, detail=_text(node))
        if finding not in findings:
            findings.append(finding)

    def walk(items: list[_Node]) -> None:
        for index, node in enumerate(items):
            if node.kind in {"group", "look"}:
                for alt in node.alternatives:
                    walk(alt)
            repeats = node.unbounded and node.mode != "possessive"
            if node.kind == "group" and repeats and not node.atomic:
                _check_repetition(node, sets, add)
            for run in _trailing_runs(node):
                for later in items[index + 1 :]:
                    if later.kind in {"look", "anchor"}:
                        break
                    if later.unbounded and sets.consumed(run) & sets.consumed(later):
                        add("adjacent-runs", run)
                        break
                    if not _nullable(later):
                        break

    for alt in alternatives:
        walk(alt)
    if searched and any(_leads_with_run(alt) == "run" for alt in alternatives):
        add("leading-run", _Node(kind="group", alternatives=alternatives))
    return findings


def _check_repetition(node: _Node, sets: _Sets, add: object) -> None:
    assert callable(add)
    firsts = [sets.first(alt) for alt in node.alternatives]
    for i, first in enumerate(firsts):
        if any(first & other for other in firsts[i + 1 :]):
            add("overlapping-alternatives", node)
            break
    start = frozenset().union(*firsts)
    for alt in node.alternatives:
        for index, item in enumerate(alt):
            tail_nullable = all(_nullable(later) for later in alt[index + 1 :])
            if (
                item.unbounded
                and item.mode != "possessive"
                and not item.atomic
                and tail_nullable
                and sets.consumed(item) & start
            ):
                add("nested-quantifier", node)
                return


def _trailing_runs(node: _Node) -> list[_Node]:
    """Return the unbounded runs that can give back characters at the end of ``node``."""
    if node.atomic or node.mode == "possessive" or node.kind not in {"atom", "group"}:
        return []
    found = [node] if node.unbounded else []
    if node.kind == "group":
        for alt in node.alternatives:
            for item in reversed(alt):
                found += _trailing_runs(item)
                if not _nullable(item):
                    break
    return found


def _leads_with_run(
    items: list[_Node], after_nullable: bool = True
) -> Literal["run", "safe", "open"]:
    """Whether ``items`` may start with an unbounded run no anchor guards.

    :param after_nullable: whether what follows ``items`` can match nothing.
    """
    for index, node in enumerate(items):
        rest_nullable = after_nullable and all(_nullable(later) for later in items[index + 1 :])
        if node.kind in {"anchor", "look"}:
            return "safe"
        if node.kind == "flags":
            continue
        if node.unbounded and node.kind == "atom":
            # A run nothing can fail after matches at its first character.
            return "open" if rest_nullable else "run"
        if node.kind == "group":
            results = {_leads_with_run(alt, rest_nullable) for alt in node.alternatives}
            if "run" in results or (node.unbounded and "safe" not in results and not rest_nullable):
                return "run"
            if results == {"safe"}:
                return "safe"
        if not _nullable(node):
            return "safe"
    return "open"


def _flag_letters(pattern: AnyPattern) -> str:
    letters = ""
    if pattern.flags & regex.IGNORECASE:
        letters += "i"
    if pattern.flags & regex.DOTALL:
        letters += "s"
    if pattern.flags & regex.MULTILINE:
        letters += "m"
    return letters


# -- empirical check -------------------------------------------------------


def check_timing(
    pattern: AnyPattern,
    name: str = "",
    *,
    length: int = 2000,
    max_ratio: float = 3.0,
    searched: bool = True,
) -> list[Finding]:
    """Time ``pattern`` on adversarial strings at ``length`` and ``2 * length``.

    The strings repeat characters the pattern can start with, blanks, letters
    and punctuation, and the pattern's own literal characters. A string on
    which the longer search takes more than ``max_ratio`` times as long (and
    more than a millisecond) gives a ``slow`` finding.

    Lengths double from ``length // 8`` to ``2 * length``, and stop early once
    one search takes 50 ms.

    :param searched: ``search`` the strings; otherwise ``match`` them, as the
        module does.
    """
    parser = _Parser(pattern.pattern, _flag_letters(pattern))
    alternatives = parser.parse()
    sets = _Sets(parser.flags)
    first = sorted(frozenset().union(*(sets.first(alt) for alt in alternatives)))
    literals = "".join(dict.fromkeys(char for char in pattern.pattern if char.isalpha()))[:12]
    units = [*first[:4], " ", "\t", " a", "a", "A", ",", " \u00a0", literals or "x"]
    method = pattern.search if searched else pattern.match
    findings: list[Finding] = []
    for unit in dict.fromkeys(units):
        timings: list[tuple[int, float]] = []
        size = max(length // 8, 1)
        while size <= 2 * length:
            text = (unit * (size // len(unit) + 1))[:size]
            best = float("inf")
            for _ in range(2):
                start = time.perf_counter()
                method(text)
                best = min(best, time.perf_counter() - start)
            timings.append((size, best))
            if best > 0.05:  # already slow: longer strings would only take longer
                break
            size *= 2
        for (short, before), (_, after) in itertools.pairwise(timings):
            if after > 2e-3 and after > max_ratio * before and _slow_again(method, unit, short):
                findings.append(
                    Finding(
                        name=name,
                        rule="slow",
                        detail=f"{unit!r} * {short}: {before * 1e3:.1f} ms, "
                        f"doubled: {after * 1e3:.1f} ms",
                    )
                )
                break
    return findings


def _slow_again(method: object, unit: str, size: int, max_ratio: float = 3.0) -> bool:
    """Measure a suspect doubling once more, longer, to rule out a busy machine."""
    assert callable(method)
    timings = []
    for length in (2 * size, 4 * size):
        text = (unit * (length // len(unit) + 1))[:length]
        start = time.perf_counter()
        method(text)
        timings.append(time.perf_counter() - start)
        if timings[-1] > 0.2:
            break
    return len(timings) == 1 or timings[1] > max_ratio * timings[0]


# -- finding patterns ------------------------------------------------------


def collect_patterns(module: object) -> dict[str, AnyPattern]:
    """Return the compiled patterns of a module by name.

    Patterns at module level are named ``NAME``; those inside module-level
    dicts, lists, tuples, sets and frozensets (one level deep, and dict values
    that are themselves such containers) are named ``NAME[key]``.
    """
    return {
        name: pattern
        for attribute, value in vars(module).items()
        for name, pattern in _patterns_in(attribute, value, depth=2)
    }


def _patterns_in(name: str, value: object, depth: int) -> Iterator[tuple[str, AnyPattern]]:
    if isinstance(value, (regex.Pattern, re.Pattern)):
        if isinstance(value.pattern, str):
            yield name, value
        return
    if depth == 0:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns_in(f"{name}[{key!r}]", item, depth - 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for index, item in enumerate(value):
            yield from _patterns_in(f"{name}[{index}]", item, depth - 1)


def matched_only(module: object) -> frozenset[str]:
    """Names of the module's patterns that its code only calls ``match``/``fullmatch`` on.

    A name used in any other way (searched, passed on, put in a container,
    exported) is not in the result.
    """
    try:
        tree = ast.parse(inspect.getsource(module))  # type: ignore[arg-type]
    except (OSError, TypeError):
        return frozenset()
    anchored: set[str] = set()
    other: set[str] = set()
    parents: dict[ast.AST, ast.AST] = {}
    for above in ast.walk(tree):
        for child in ast.iter_child_nodes(above):
            parents[child] = above
    for node in ast.walk(tree):
        if not isinstance(node, ast.Name) or isinstance(node.ctx, ast.Store):
            continue
        parent = parents.get(node)
        if isinstance(parent, ast.Attribute) and parent.attr in {"match", "fullmatch"}:
            anchored.add(node.id)
        else:
            other.add(node.id)
    exported = set(getattr(module, "__all__", ()))
    return frozenset(anchored - other - exported)


def check_module(module: object | str, *, timing: bool = True) -> list[Finding]:
    """Check every pattern of a module (or its dotted name).

    :param timing: run :func:`check_timing` too, not only :func:`check_pattern`.
    """
    if isinstance(module, str):
        module = importlib.import_module(module)
    prefix = getattr(module, "__name__", "?")
    anchored = matched_only(module)
    findings: list[Finding] = []
    for name, pattern in collect_patterns(module).items():
        searched = name.split("[")[0] not in anchored
        qualified = f"{prefix}.{name}"
        findings += check_pattern(pattern, qualified, searched=searched)
        if timing:
            findings += check_timing(pattern, qualified, searched=searched)
    return findings


def check_package(package: str, *, timing: bool = True) -> list[Finding]:
    """Check every module of an importable package (the package itself included)."""
    root = importlib.import_module(package)
    modules: list[object] = [root]
    modules.extend(
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(getattr(root, "__path__", []), prefix=f"{package}.")
    )
    return [finding for module in modules for finding in check_module(module, timing=timing)]


def installed_packages(prefixes: Iterable[str] = ("newscore",)) -> list[str]:
    """Names of the importable top-level packages ``newscore`` and ``newscore_*``."""
    names = {info.name for info in pkgutil.iter_modules() if info.ispkg}
    return sorted(
        name
        for name in names
        for prefix in prefixes
        if name == prefix or name.startswith(f"{prefix}_")
    )
