"""The entity tracker: clusters, resolution methods, agreement, and its invariants as properties."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import newscore
from newscore.extract import extract_statements
from newscore.extract.packs import ENGLISH
from newscore.testing.contract import check_article

FIRST = ["Anna", "Maria", "Olena", "John", "Peter", "Ivan"]
LAST = ["Berg", "Novak", "Smith", "Kovalenko", "Dumas", "Lindqvist"]
HEARERS = ["Reuters", "AFP", "Interfax-Ukraine", "dpa", "the BBC"]
CONTENT = ["the budget would be revised", "talks would resume", "prices had risen"]


def _statements(text: str) -> tuple[newscore.Article, list[newscore.Statement]]:
    article = newscore.parse(text)
    return article, list(article.statements)


def test_full_name_then_surname_then_pronoun_are_one_entity() -> None:
    text = (
        "Finance Minister Anna Berg said the budget would be revised.\n\n"
        "Berg said taxes would rise.\n\n"
        "She added that pensions were safe.\n"
    )
    article, found = _statements(text)
    assert [s.resolution for s in found] == ["named", "surname", "pronoun"]
    assert {s.entity for s in found} == {0}
    (berg,) = article.speakers
    assert (berg.name, berg.kind, berg.roles) == ("Anna Berg", "person", ("Finance Minister",))
    assert [text[m.start : m.end] for m in berg.mentions] == [
        "Finance Minister Anna Berg",
        "Berg",
        "She",
    ]
    assert all(
        text[s.resolved_from.start : s.resolved_from.end].endswith("Anna Berg")
        for s in found
        if s.resolved_from
    )


def test_pronoun_agrees_in_gender() -> None:
    text = (
        "Mrs. Novak said the budget would be revised.\n\n"
        "Mr. Smith said taxes would rise.\n\n"
        "Later she said pensions were safe.\n"
    )
    _, found = _statements(text)
    assert [s.speaker.name for s in found] == ["Novak", "Smith", "Novak"]
    assert found[-1].resolution == "pronoun"


def test_pronoun_history_teaches_gender() -> None:
    text = (
        "Olena Kovalenko said the budget would be revised. She said taxes would rise.\n\n"
        "Mr. Dumas said talks would resume.\n\n"
        "She said prices had risen.\n"
    )
    _, found = _statements(text)
    assert found[-1].speaker.name == "Olena Kovalenko"


def test_acronym_is_an_alias() -> None:
    text = (
        "The Copernicus Climate Change Service said July was the hottest month.\n\n"
        "CCCS said August would be hot too.\n"
    )
    article, found = _statements(text)
    assert found[-1].speaker.name == "Copernicus Climate Change Service"
    assert found[-1].resolution == "alias"
    assert article.speakers[found[-1].entity or 0].kind == "organisation"


def test_unresolved_pronoun_has_no_entity() -> None:
    _, found = _statements("He said the budget would be revised.\n")
    assert found[0].resolution == "unresolved"
    assert found[0].entity is None


def test_extraction_speakers_are_indexed_by_statements() -> None:
    article, found = _statements(
        "Anna Berg said the budget would be revised.\n\nJohn Smith said talks would resume.\n"
    )
    assert [article.speakers[s.entity or 0].name for s in found] == ["Anna Berg", "John Smith"]


_names = st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)).map(" ".join)


@st.composite
def _articles(draw: st.DrawFn) -> tuple[str, list[str]]:
    """Paragraphs of statements by full names, surnames and pronouns, with hearers."""
    paragraphs: list[str] = []
    hearers: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        shape = draw(st.sampled_from(["full", "surname", "pronoun", "told"]))
        name = draw(_names)
        content = draw(st.sampled_from(CONTENT))
        if shape == "full":
            paragraphs.append(f"{name} said {content}.")
        elif shape == "surname":
            paragraphs.append(f"{name.split()[-1]} said {content}.")
        elif shape == "pronoun":
            pronoun = draw(st.sampled_from(["He", "She"]))
            paragraphs.append(f"{pronoun} said {content}.")
        else:
            hearer = draw(st.sampled_from(HEARERS))
            hearers.append(hearer)
            paragraphs.append(f"{name} told {hearer} that {content}.")
    return "\n\n".join(paragraphs) + "\n", hearers


@settings(max_examples=60, deadline=None)
@given(_articles())
def test_tracker_invariants(drawn: tuple[str, list[str]]) -> None:
    text, hearers = drawn
    article = newscore.parse(text)
    check_article(article, text)  # every mention and resolved_from span lies in raw
    for statement in article.statements:
        # A hearer never becomes the speaker.
        assert statement.speaker.name not in hearers
        if statement.entity is not None:
            entity = article.speakers[statement.entity]
            assert entity.name not in hearers
            assert all(text[m.start : m.end].strip() for m in entity.mentions)
        if statement.resolved_from is not None:
            assert text[statement.resolved_from.start : statement.resolved_from.end].strip()
        if statement.resolution == "pronoun":
            # A pronoun resolves to an entity first mentioned before it, never after.
            assert statement.speaker_span is not None
            assert statement.resolved_from is not None
            assert statement.resolved_from.end <= statement.speaker_span.start
            assert statement.entity is not None
            first = article.speakers[statement.entity].mentions[0]
            assert first.start < statement.speaker_span.start


def test_titled_name_of_a_place_is_the_person() -> None:
    text = (
        "“The caucuses are about expectations,” said Gov. Terry E. Branstad of Iowa, "
        "a Republican.\n\n"
        "Sen. Sherrod Brown of Ohio said he was fine with the rules.\n"
    )
    _, found = _statements(text)
    assert [s.speaker.name for s in found] == ["Terry E. Branstad", "Sherrod Brown"]


def test_party_tag_before_the_comma_is_no_name() -> None:
    text = (
        "Hill Democrats were vague. Sen. Jack Reed (D-R.I.), said after a lunch "
        "that he had not read the plan.\n\n"
        "After winning the primary, Gov. John Kasich (R-OH), said, “We are ready.”\n"
    )
    _, found = _statements(text)
    assert [s.speaker.name.split()[-1] for s in found] == ["Reed", "Kasich"]


def test_hearer_after_told_is_never_the_inverted_speaker() -> None:
    text = (
        "“There is no job description,” Melanne Verveer, who served as chief of staff, "
        "told CBS News.\n\n"
        "“It is unlikely,” Seth McKee, a political scientist, told The Hill.\n"
    )
    _, found = _statements(text)
    assert [s.speaker.name for s in found] == ["Melanne Verveer", "Seth McKee"]
    assert [s.frame for s in found] == ["speaker-cue-content"] * 2


def test_a_place_or_an_age_in_the_appositive_is_never_the_speaker() -> None:
    text = (
        "Christopher Harvey, a delegate from Houston, Texas, said the turmoil was a circus.\n\n"
        "Paul Porter, a truck driver from Ava, Mo., who is a union member, said he was paid.\n\n"
        "Roxana M. Leon, 63, an independent voter raised in Chile, said she wanted change.\n"
    )
    _, found = _statements(text)
    assert [s.speaker.name for s in found] == [
        "Christopher Harvey",
        "Paul Porter",
        "Roxana M. Leon",
    ]


def test_pronoun_takes_the_subject_of_a_sentence_that_reports_nothing() -> None:
    """With ``track_subjects`` (German sets it; English leaves it off, for speed)."""
    text = (
        "“I would have been in Siberia,” Nick Daniloff said.\n\n"
        "President Barack Obama met the families on Sunday. "
        "“I gave these families my word,” he said.\n\n"
        "Mr. Daniloff spoke at length. “Every minute is like a day,” he said.\n"
    )
    tracking = attrs.evolve(ENGLISH, track_subjects=True)
    article = newscore.parse(text, extract=False)
    found = list(extract_statements(article, pack=tracking).statements)
    assert [s.speaker.name for s in found] == ["Nick Daniloff", "Barack Obama", "Nick Daniloff"]
    assert [s.resolution for s in found][1:] == ["pronoun", "pronoun"]
    untracked = list(extract_statements(article, pack=ENGLISH).statements)
    assert [s.speaker.name for s in untracked][1] == "Nick Daniloff"  # the last speaker


def test_a_persons_spokesman_or_campaign_is_not_that_person() -> None:
    text = (
        "Donald Trump said the deal was bad.\n\n"
        "Cameron’s spokesman said the prime minister stood by his remarks.\n\n"
        "His campaign said the ad would run in Iowa.\n"
    )
    _, found = _statements(text)
    assert [s.speaker.name for s in found] == [
        "Donald Trump",
        "Cameron’s spokesman",
        "His campaign",
    ]
    assert [s.resolution for s in found] == ["named", "named", "named"]


def test_a_dateline_is_never_the_subject() -> None:
    text = (
        "Sanders and the wage.\n\n"
        "WASHINGTON — Sen. Bernie Sanders (I-Vt.) defended his call to raise the wage, "
        "saying the gains would outweigh the losses.\n"
    )
    _, found = _statements(text)
    assert [(s.speaker.name, s.frame) for s in found] == [("Bernie Sanders", "participle")]


def test_a_name_opening_a_chain_of_appositives_is_the_speaker() -> None:
    text = (
        "Web firms and the Islamic State.\n\n"
        "Matthew Price, chief executive of CloudFlare, a San Francisco company, said "
        "that activists had criticised his company.\n\n"
        "Christopher M. Shelton, the president of the Communications Workers of America, "
        "which endorsed Mr. Sanders, said that support was higher.\n"
    )
    _, found = _statements(text)
    assert [s.speaker.name for s in found] == ["Matthew Price", "Christopher M. Shelton"]
    assert found[0].speaker.role == "chief executive of CloudFlare"


def test_a_titled_surname_opening_a_chain_of_appositives_is_the_speaker() -> None:
    text = (
        "Business and the court.\n\n"
        "Ms. Lee, a professor at Lund University, a school in Sweden, said that the "
        "court was friendly to business.\n"
    )
    _, found = _statements(text)
    assert [s.speaker.name for s in found] == ["Lee"]
