"""Each frame of the engine on its own: what it reads, and what it leaves to the others."""

from __future__ import annotations

import attrs
import pytest

import newscore
from newscore.extract import PACKS, STANDARD_FRAMES, Frame, LanguagePack, make_extractor
from newscore.extract.analysis import analyse
from newscore.extract.context import Context, Found, build, mention_at
from newscore.extract.frames import (
    AccordingTo,
    AsReported,
    Coordinated,
    Inverted,
    Participle,
    SpeakerCueContent,
    VerbSecond,
)
from newscore.extract.statements import extract_statements
from newscore.registry import Extractor

ENGLISH = PACKS["en"]


def _read(frame: Frame, text: str, pack: LanguagePack = ENGLISH) -> list[Found | None]:
    """What ``frame`` alone reads for each cue of the text's first sentence."""
    article = newscore.parse(text)
    analysis = analyse(article, pack)
    context = Context(analysis, pack)
    sentence = analysis.regions[0].paragraphs[0][0].sentences[0]
    local: list[Found] = []
    results: list[Found | None] = []
    for cue in analysis.cues_in(sentence.start, sentence.end):
        found = frame.read(context, sentence, cue, sentence.end, local)
        if found is not None:
            local.append(found)
        results.append(found)
    return results


def _one(frame: Frame, text: str, pack: LanguagePack = ENGLISH) -> tuple[str, str, str]:
    found = [f for f in _read(frame, text, pack) if f is not None]
    assert len(found) == 1, found
    raw = text
    return (
        found[0].speaker.name,
        found[0].cue,
        raw[found[0].content_span.start : found[0].content_span.end],
    )


def test_standard_frames_are_frames_with_unique_names() -> None:
    names = [frame.name for frame in STANDARD_FRAMES]
    assert len(set(names)) == len(names)
    assert all(isinstance(frame, Frame) for frame in STANDARD_FRAMES)
    assert ENGLISH.frames == STANDARD_FRAMES


def test_according_to_before_and_after_the_content() -> None:
    assert _one(AccordingTo(), "According to the ministry, 40 drones were shot down.\n") == (
        "the ministry",
        "According to",
        "40 drones were shot down",
    )
    speaker, cue, content = _one(AccordingTo(), "Prices rose by 3%, according to Eurostat.\n")
    assert (speaker, cue, content) == ("Eurostat", "according to", "Prices rose by 3%")


def test_according_to_reads_no_verb_cue() -> None:
    assert _read(AccordingTo(), "Anna Berg said the budget would be revised.\n") == [None]


def test_as_reported() -> None:
    text = "Як повідомляло агентство Reuters, переговори зупинилися.\n"
    speaker, cue, content = _one(AsReported(), text, PACKS["uk"])
    assert (speaker, cue, content) == ("Reuters", "повідомляло", "переговори зупинилися")
    assert _read(AsReported(), "Reuters reported that the talks had stalled.\n") == [None]


def test_inverted() -> None:
    text = '"We will not give up," said Anna Berg, the finance minister.\n'
    speaker, cue, content = _one(Inverted(), text)
    assert (speaker, cue, content) == ("Anna Berg", "said", '"We will not give up')
    assert _read(Inverted(), "Anna Berg said the budget would be revised.\n") == [None]


def test_participle_shares_the_speaker_before_it() -> None:
    text = "Anna Berg said taxes would rise, adding that pensions were safe.\n"
    found = _read(Participle(), text)
    assert found[0] is None  # "said" is no participle: the frame leaves it to the others
    assert found[1] is not None
    assert (found[1].speaker.name, found[1].cue) == ("Anna Berg", "adding")
    statements = newscore.parse(text).statements
    assert [(s.frame, s.resolution) for s in statements] == [
        ("speaker-cue-content", "named"),
        ("participle", "carried"),
    ]


def test_speaker_cue_content_and_colon_quote() -> None:
    assert _one(SpeakerCueContent(), "Anna Berg told reporters that taxes would rise.\n") == (
        "Anna Berg",
        "told",
        "taxes would rise",
    )
    found = [f for f in _read(SpeakerCueContent(), 'Costa replied: "We are ready."\n') if f]
    assert [f.frame for f in found] == ["colon-quote"]


def test_coordinated_reads_the_subject() -> None:
    text = "Anna Berg said taxes would rise and warned that pensions were at risk.\n"
    statements = newscore.parse(text).statements
    assert [(s.speaker.name, s.cue, s.frame, s.resolution) for s in statements] == [
        ("Anna Berg", "said", "speaker-cue-content", "named"),
        ("Anna Berg", "warned", "coordinated", "carried"),
    ]
    assert _read(Coordinated(), "Anna Berg said the budget would be revised.\n") == [None]


def test_verb_second_only_for_packs_that_have_it() -> None:
    assert _read(VerbSecond(), "On Monday said Berg, the budget would be revised.\n") == [None]


def test_every_statement_names_its_frame() -> None:
    text = (
        "Anna Berg said taxes would rise.\n\n"
        '"We will not give up," said Anna Berg.\n\n'
        "According to the ministry, 40 drones were shot down.\n"
    )
    frames = [s.frame for s in newscore.parse(text).statements]
    assert frames == ["speaker-cue-content", "inverted", "according-to"]


@attrs.frozen
class _Claims:
    """A plugin's frame: "X maintains ..." read as a claim (a frame outside the standard ones)."""

    name: str = "claims"

    def read(
        self, context: Context, sentence: newscore.Span, cue: object, limit: int, local: object
    ) -> Found | None:
        from newscore.extract.analysis import Cue

        assert isinstance(cue, Cue)
        mention = mention_at(context, sentence.start, cue.start - 1)
        if mention is None:
            return None
        return build(context, mention, cue, sentence, content=(cue.end, limit), limit=limit)


def test_a_plugin_frame_and_pack_through_make_extractor() -> None:
    pack = attrs.evolve(ENGLISH, language="xx", cues=frozenset({"maintains"}), frames=())
    extractor = make_extractor(pack, frames=(_Claims(),))
    assert isinstance(extractor, Extractor)
    assert extractor.languages == ("xx",)
    article = newscore.parse("Anna Berg maintains the budget is sound.\n")
    found = extractor.extract(article)
    assert [(s.speaker.name, s.frame) for s in found.statements] == [("Anna Berg", "claims")]
    # The same pack with the standard frames reads nothing of a frame it lacks.
    assert extract_statements(article, pack=pack).statements == ()


@pytest.mark.parametrize("language", sorted(PACKS))
def test_every_builtin_pack_reads_its_language(language: str) -> None:
    pack = PACKS[language]
    assert pack.language == language
    assert pack.cues
    assert pack.frames
