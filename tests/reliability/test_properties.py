"""Every format keeps both promises on hostile text and on damaged real files.

Through ``newscore.read`` and ``newscore.parse``, with every installed format
forced and with detection: lenient reading never raises and gives articles
whose spans slice ``raw`` and whose sections cover every non-blank character;
strict reading raises only a located :class:`newscore.ParseError`.

The quick part damages each file a few times, with small mutations, after
cutting it to :data:`QUICK_LIMIT` characters; the ``slow`` part reads
whole files, more often, with deep nesting and huge lines too.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from newscore.testing.mutations import LABELS, MUTATION_KINDS, mutated

QUICK_LIMIT = 16 * 1024
"""The quick part reads at most this many characters of a file (a cut, like any other)."""

SMALL_KINDS = tuple(kind for kind in MUTATION_KINDS if kind not in {"deep-nesting", "huge-line"})
SPECIALS = ["\r", "\n", "\r\n", "\u2028", "\u2029", "\ufeff", "\x00", "\x85", "\t", "\x0c"]
SPECIALS += ["<", ">", "&", "&#xD800;", "&#0;", "&#x1F600;", "<p>", "</div>", "<![CDATA["]
SPECIALS += [*LABELS, "\n\n", ": ", "--", "“", "”"]

# The quick part does not shrink: a mutation's steps already say what was done.
QUICK = settings(
    max_examples=2,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SLOW = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

characters = st.one_of(
    st.characters(codec=None),
    st.characters(categories=["Cs"]),
    st.characters(categories=["Cc"]),
)
hostile_text = st.lists(
    st.one_of(st.text(characters, max_size=30), st.sampled_from(SPECIALS)), max_size=40
).map("".join)


@settings(max_examples=25, deadline=None)
@given(hostile_text)
def test_arbitrary_text(promises: Any, text: str) -> None:
    promises.lenient(text, f"text {text!r}", every_way=promises.formats)
    promises.strict(text, f"text {text!r}")


@settings(max_examples=10, deadline=None)
@given(hostile_text)
def test_arbitrary_text_with_extraction(promises: Any, text: str) -> None:
    promises.lenient(text, f"text {text!r}", extract=True)


def _damage(promises: Any, data: st.DataObject, text: str, name: str, **options: Any) -> None:
    mutation = data.draw(mutated(text, **options), label="mutation")
    forced = data.draw(st.sampled_from(promises.formats), label="read every way")
    label = f"{name}, {mutation}"
    promises.lenient(mutation.text, label, every_way=(None, forced))
    promises.strict(mutation.text, label)


@QUICK
@given(data=st.data())
def test_damaged_corpus_file(promises: Any, files: Any, corpus_file: str, data: Any) -> None:
    text = files.corpus_text(corpus_file, QUICK_LIMIT)
    _damage(promises, data, text, corpus_file, kinds=SMALL_KINDS)


@QUICK
@given(data=st.data())
def test_damaged_clipping(promises: Any, files: Any, data_file: str, data: Any) -> None:
    text = files.data_text(data_file)
    _damage(promises, data, text, data_file, kinds=SMALL_KINDS)


@pytest.mark.parametrize(
    "sample", ["factiva/factiva_test.xml", "nexis/lexisnexis_test_en.html", "wire/aap.xml"]
)
@settings(QUICK, max_examples=2)
@given(data=st.data())
def test_deep_and_huge(promises: Any, files: Any, sample: str, data: Any) -> None:
    text = files.corpus_text(sample)
    _damage(promises, data, text, sample, kinds=("deep-nesting", "huge-line"), max_steps=1)


@pytest.mark.slow
@SLOW
@given(data=st.data())
def test_damaged_corpus_file_at_length(
    promises: Any, files: Any, corpus_file: str, data: Any
) -> None:
    text = files.corpus_text(corpus_file)
    _damage(promises, data, text, corpus_file)


@pytest.mark.slow
@SLOW
@given(data=st.data())
def test_damaged_clipping_at_length(promises: Any, files: Any, data_file: str, data: Any) -> None:
    text = files.data_text(data_file)
    _damage(promises, data, text, data_file)
