"""Who said what: statement frames, speakers and sources, in English, Ukrainian and Russian."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import attrs
import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newscore
from newscore.extract.statements import LONGEST_SENTENCE, extract_statements

ROOT = Path(__file__).resolve().parents[1]


def statements(text: str) -> list[tuple[str, str, bool, str]]:
    article = newscore.parse(text)
    return [(s.speaker.name, s.cue, s.direct, s.content) for s in article.statements]


def first(text: str) -> tuple[str, str, bool, str]:
    found = statements(text)
    assert found, f"no statement in {text!r}"
    return found[0]


# -- English frames --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finance Minister Anna Berg said the budget would be revised.",
            ("Anna Berg", "said", False, "the budget would be revised"),
        ),
        (
            "Finance Minister Anna Berg said that the budget would be revised.",
            ("Anna Berg", "said", False, "the budget would be revised"),
        ),
        (
            "The budget would be revised, Finance Minister Anna Berg said.",
            ("Anna Berg", "said", False, "The budget would be revised"),
        ),
        (
            '"The budget will be revised," said Anna Berg, the finance minister.',
            ("Anna Berg", "said", True, "The budget will be revised"),
        ),
        (
            "Anna Berg told reporters that the budget would be revised.",
            ("Anna Berg", "told", False, "the budget would be revised"),
        ),
        (
            "Anna Berg told Reuters on Monday that the budget would be revised.",
            ("Anna Berg", "told", False, "the budget would be revised"),
        ),
        (
            "Anna Berg wrote on Telegram that the budget would be revised.",
            ("Anna Berg", "wrote", False, "the budget would be revised"),
        ),
        (
            "In a statement, the Ministry of Finance said the budget would be revised.",
            ("Ministry of Finance", "said", False, "the budget would be revised"),
        ),
        (
            "According to Anna Berg, the budget will be revised.",
            ("Anna Berg", "According to", False, "the budget will be revised"),
        ),
        (
            "The budget will be revised, according to data from the Central Statistics Office.",
            (
                "Central Statistics Office",
                "according to",
                False,
                "The budget will be revised",
            ),
        ),
        (
            "Russia, according to Ukrainian officials, launched 50 drones overnight.",
            ("Ukrainian officials", "according to", False, "Russia launched 50 drones overnight"),
        ),
        (
            "Anna Berg warned that the budget would be “painful” for many households.",
            ("Anna Berg", "warned", True, "the budget would be painful for many households"),
        ),
        (
            "Anna Berg replied: «The budget will be revised.»",
            ("Anna Berg", "replied", True, "The budget will be revised"),
        ),
    ],
)
def test_english_frames(text: str, expected: tuple[str, str, bool, str]) -> None:
    assert first(text) == expected


@pytest.mark.parametrize(
    "cue",
    [
        "said",
        "stated",
        "told reporters",
        "added",
        "noted",
        "stressed",
        "emphasised",
        "highlighted",
        "asserted",
        "claimed",
        "alleged",
        "warned",
        "announced",
        "denied",
        "insisted",
        "urged",
        "reported",
        "wrote",
        "explained",
        "acknowledged",
    ],
)
def test_every_english_cue(cue: str) -> None:
    speaker, written, _, content = first(f"Anna Berg {cue} that taxes would rise next year.")
    assert speaker == "Anna Berg"
    assert written == cue.split(maxsplit=1)[0]
    assert content == "taxes would rise next year"


def test_accused_keeps_its_object_but_not_the_next_predicate() -> None:
    assert first('Anna Berg accused the bank of "hiding losses" and thanked the court.') == (
        "Anna Berg",
        "accused",
        True,
        "the bank of hiding losses",
    )


def test_two_cues_in_one_sentence_give_two_statements() -> None:
    found = statements("Anna Berg noted that prices were rising and said the bank would act soon.")
    assert found == [
        ("Anna Berg", "noted", False, "prices were rising"),
        ("Anna Berg", "said", False, "the bank would act soon"),
    ]


def test_participle_shares_the_speaker() -> None:
    found = statements("Anna Berg said prices were rising, adding that the bank would act soon.")
    assert [(s[0], s[1], s[3]) for s in found] == [
        ("Anna Berg", "said", "prices were rising"),
        ("Anna Berg", "adding", "the bank would act soon"),
    ]


def test_quotation_continued_after_the_attribution_is_one_utterance() -> None:
    # One utterance, one statement: the attribution between the parts is left out.
    text = '"Prices are rising," Anna Berg said. "We will act soon." "And together."'
    article = newscore.parse(text)
    assert statements(text) == [
        ("Anna Berg", "said", True, "Prices are rising, We will act soon. And together"),
    ]
    (statement,) = article.statements
    assert statement.content_span is not None
    assert statement.content_span.of(text).startswith('"Prices')
    assert statement.content_span.of(text).endswith("And together")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # NYT style: two apostrophes open and close
            "The race tightened.\n\n''She came here to win,'' said Ann Lewis, an adviser.\n",
            ("Ann Lewis", "said", True, "She came here to win"),
        ),
        (
            "The race tightened.\n\nAnn Lewis said, ''She came here to win.''\n",
            ("Ann Lewis", "said", True, "She came here to win"),
        ),
        (  # wire style
            "The race tightened.\n\n``She came here to win,'' said Ann Lewis.\n",
            ("Ann Lewis", "said", True, "She came here to win"),
        ),
        (  # an opening curly mark used as the closer
            "The race tightened.\n\n“We are here,“ said Jim Clyburn.\n",
            ("Jim Clyburn", "said", True, "We are here"),
        ),
    ],
)
def test_two_apostrophe_and_misturned_quotation_marks(
    text: str, expected: tuple[str, str, bool, str]
) -> None:
    assert statements(text) == [expected]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The campaign said the candidate was ready.", "The campaign"),
        ("A new poll says Trump leads in Iowa.", "A new poll"),
        ("64 percent say the country is on the wrong track.", "64 percent"),
        ("The lawsuit says the company lied.", "The lawsuit"),
        ("The Clinton campaign said the report was false.", "The Clinton campaign"),
        ("The plan is dead, the lawsuit says.", "the lawsuit"),
    ],
)
def test_any_noun_phrase_can_be_a_source(sentence: str, speaker: str) -> None:
    article = newscore.parse(f"The race tightened.\n\n{sentence}\n")
    assert [s.speaker.name for s in article.statements] == [speaker]
    assert not article.sources  # a plain noun phrase is no cited source


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Obama on Tuesday said the deal was good.", "Obama"),
        (
            "Dianne Feinstein (D-Calif.) on Monday said Clinton was not the source.",
            "Dianne Feinstein",
        ),
        ("Obama earlier said the deal was good.", "Obama"),
        ('"We will win," the Republican front-runner said.', "the Republican front-runner"),
    ],
)
def test_adverbials_and_tags_between_source_and_cue(sentence: str, speaker: str) -> None:
    article = newscore.parse(f"The race tightened.\n\n{sentence}\n")
    assert [s.speaker.name for s in article.statements] == [speaker]


def test_quotation_continued_in_the_next_paragraph_is_its_own_statement() -> None:
    text = (
        'Prices rose again in May.\n\n"Prices are rising," Anna Berg said.\n\n"We will act soon."\n'
    )
    found = statements(text)
    assert found == [
        ("Anna Berg", "said", True, "Prices are rising"),
        ("Anna Berg", "said", True, "We will act soon"),
    ]


def test_quotation_over_two_paragraphs_is_one_statement() -> None:
    text = 'Anna Berg said: "Prices are rising.\n\n"We will act soon, and we will act together."\n'
    found = statements(text)
    assert len(found) == 1
    assert found[0][3] == "Prices are rising. We will act soon, and we will act together"


def test_pronouns_surnames_and_roles_resolve_to_the_full_name() -> None:
    text = (
        "Finance Minister Anna Berg said taxes would rise. She added that spending would fall."
        " Berg also noted that the deficit was large. The minister warned of cuts."
    )
    found = statements(text)
    assert [s[0] for s in found] == ["Anna Berg"] * 4
    article = newscore.parse(text)
    assert article.statements[0].speaker.role == "Finance Minister"


def test_organisation_descriptions_and_acronyms_resolve() -> None:
    text = (
        "The World Health Organization (WHO) issued new guidance on Monday. WHO said cases were"
        " falling. The organisation added that vaccines worked.\n\n"
        "Ukraine's grid operator Ukrenergo said power was back. The company warned of new cuts."
    )
    assert [s[0] for s in statements(text)] == [
        "World Health Organization",
        "World Health Organization",
        "Ukrenergo",
        "Ukrenergo",
    ]


def test_appositive_name_and_role() -> None:
    article = newscore.parse("The bank's chief economist, Jonas Lind, said inflation would ease.")
    speaker = article.statements[0].speaker
    assert (speaker.name, speaker.role) == ("Jonas Lind", "The bank's chief economist")


def test_anonymous_sources_are_speakers_and_sources() -> None:
    text = (
        "The deal is close, two officials familiar with the talks said."
        " A senior diplomat, who spoke on condition of anonymity, said a vote was due."
    )
    article = newscore.parse(text)
    assert [s.speaker.name for s in article.statements] == [
        "two officials familiar with the talks",
        "A senior diplomat",
    ]
    assert [(s.name, s.kind) for s in article.sources] == [
        ("two officials familiar with the talks", "anonymous"),
        ("A senior diplomat", "anonymous"),
    ]


def test_outlets_cited_in_the_body_become_sources_with_via() -> None:
    text = (
        "Bloomberg reported, citing people familiar with the matter, that the bank would merge."
        " Anna Berg told Reuters that no decision had been made."
    )
    article = newscore.parse(text)
    sources = {(s.name, s.kind, s.via.name if s.via else None) for s in article.sources}
    assert sources == {
        ("Bloomberg", "news agency", "people familiar with the matter"),
        ("Reuters", "news agency", None),
    }
    assert article.statements[0].source is not None
    assert article.statements[0].source.name == "Bloomberg"
    assert article.statements[1].source is not None
    assert article.statements[1].source.name == "Reuters"


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg did not say when taxes would rise.",
        "Anna Berg declined to comment on the budget.",
        "Anna Berg thanked the parliament for its support.",
        "Ministers agreed to a new budget and backed the plan.",
        "The pledges were not kept.",
        "The United States sent aid.",
        "Press reports about the budget were wrong.",
        # a stance or a finding, not an utterance
        "The ministry estimated that the deficit would grow.",
        "Anna Berg observed that the biggest victor was not on the stage.",
        "Anna Berg underscored the importance of being on best behavior.",
        "The audit revealed that the budget was wrong.",
    ],
)
def test_not_statements(text: str) -> None:
    assert statements(text) == []


def test_a_quotation_that_contains_said_is_one_statement() -> None:
    found = statements('"Nobody said it would be easy," Anna Berg said.')
    assert found == [("Anna Berg", "said", True, "Nobody said it would be easy")]


def test_unbalanced_quotation_is_kept_and_noted() -> None:
    article = newscore.parse('Anna Berg said the plan was "a disaster for everyone.')
    assert article.statements[0].content == "the plan was a disaster for everyone"
    assert article.statements[0].direct
    assert "statements.unclosed-quote" in [p.code for p in article.problems]


def test_quote_section_belongs_to_the_source_person() -> None:
    text = (
        "date 2025-10-12\n\nUkraine's ombudsman Dmytro Lubinets said 150 prisoners were freed."
        " The Coordination Headquarters said more exchanges were planned.\n\n"
        'Source: Lubinets on Telegram\n\nQuote: "Every exchange is hard work."\n'
    )
    article = newscore.parse(text)
    quote = article.statements[-1]
    assert (quote.speaker.name, quote.cue, quote.direct) == ("Dmytro Lubinets", "Quote", True)
    assert quote.content == "Every exchange is hard work"


# -- Ukrainian and Russian ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Міністр фінансів Сергій Марченко заявив, що бюджет переглянуть.",
            ("Сергій Марченко", "заявив", False, "бюджет переглянуть"),
        ),
        (
            "Міністерка Юлія Свириденко наголосила, що податки не зростуть.",
            ("Юлія Свириденко", "наголосила", False, "податки не зростуть"),
        ),
        (
            "За словами Марченка, бюджет переглянуть.",
            ("Марченка", "За словами", False, "бюджет переглянуть"),
        ),
        (
            "Марченко повідомив: «Бюджет переглянуть».",
            ("Марченко", "повідомив", True, "Бюджет переглянуть"),
        ),
        (
            "Министр финансов Антон Силуанов заявил, что бюджет пересмотрят.",
            ("Антон Силуанов", "заявил", False, "бюджет пересмотрят"),
        ),
        (
            "Председатель ЦБ Эльвира Набиуллина отметила, что инфляция замедляется.",
            ("Эльвира Набиуллина", "отметила", False, "инфляция замедляется"),
        ),
        (
            "По словам Силуанова, бюджет пересмотрят.",
            ("Силуанова", "По словам", False, "бюджет пересмотрят"),
        ),
    ],
)
def test_ukrainian_and_russian_frames(text: str, expected: tuple[str, str, bool, str]) -> None:
    assert first(text) == expected


def test_inflected_names_and_pronouns_resolve_in_ukrainian() -> None:
    text = (
        "Міністр фінансів Сергій Марченко заявив, що бюджет переглянуть. За словами Марченка,"
        " дефіцит зменшиться. Він також наголосив, що податки не зростуть. За його словами,"
        " допомога надійде вчасно."
    )
    assert [s[0] for s in statements(text)] == ["Сергій Марченко"] * 4


def test_inflected_names_and_pronouns_resolve_in_russian() -> None:
    text = (
        "Председатель ЦБ Эльвира Набиуллина заявила, что ставка снизится. По словам Набиуллиной,"
        " инфляция замедляется. Она отметила, что рынок труда перегрет."
    )
    assert [s[0] for s in statements(text)] == ["Эльвира Набиуллина"] * 3


def test_impersonal_organisation_in_the_locative() -> None:
    text = (
        "Координаційний штаб з питань поводження з військовополоненими повідомив, що обмін"
        " відбувся. Напередодні в Координаційному штабі заявили, що списки передали."
    )
    assert [s[0] for s in statements(text)] == [
        "Координаційний штаб з питань поводження з військовополоненими"
    ] * 2


def test_language_goes_to_meta() -> None:
    assert newscore.parse("Марченко заявив, що так.").meta["language"] == "uk"
    assert newscore.parse("Силуанов заявил, что так.").meta["language"] == "ru"
    assert newscore.parse("Berg said so.").meta["language"] == "en"


def test_extraction_can_be_turned_off() -> None:
    article = newscore.parse("Anna Berg said taxes would rise.", extract=False)
    assert article.statements == ()
    assert "language" not in article.meta


# -- properties ---------------------------------------------------------------------------------

NAMES = [("Anna", "Berg"), ("Jonas", "Lind"), ("Maria", "Kovalenko"), ("Tomas", "Weber")]
ROLES = ["Finance Minister", "Central bank governor", "Economy Minister", "The party leader"]
WORDS = "prices taxes wages exports would rise fall stay steady next year".split()
QUOTES = [('"', '"'), ("“", "”"), ("«", "»")]


@st.composite
def framed_statement(draw: st.DrawFn) -> tuple[str, str, str, bool]:
    """A sentence putting a known statement in one of the frames, and what it says."""
    given_name, surname = draw(st.sampled_from(NAMES))
    role = draw(st.sampled_from(ROLES))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=9))
    content = " ".join(words)
    opening, closing = draw(st.sampled_from(QUOTES))
    frame = draw(st.integers(min_value=0, max_value=5))
    name = f"{given_name} {surname}"
    if frame == 0:
        text = f"{role} {name} said {content}."
    elif frame == 1:
        text = f"{role} {name} warned that {content}."
    elif frame == 2:
        text = f"{content.capitalize()}, {role} {name} said."
    elif frame == 3:
        text = f"{opening}{content.capitalize()},{closing} {name} said."
    elif frame == 4:
        text = f"According to {name}, {content}."
    else:
        text = f"{name} told reporters that {opening}{content}{closing}."
    direct = frame in {3, 5}
    return text, name, content, direct


@given(framed_statement(), st.booleans())
def test_generated_frames_are_extracted_with_speaker_and_content(
    case: tuple[str, str, str, bool], follow_up: bool
) -> None:
    text, name, content, direct = case
    if follow_up:
        text += " He added that nothing had been decided."
    article = newscore.parse(text, format="plain")
    found = article.statements
    assert found, text
    assert found[0].speaker.name == name
    assert found[0].content.lower() == content.lower()
    assert found[0].direct is direct
    if follow_up:
        assert found[-1].speaker.name == name
        assert found[-1].content == "nothing had been decided"


def _check_statements(article: newscore.Article) -> None:
    raw = article.raw
    for statement in article.statements:
        assert 0 <= statement.span.start <= statement.span.end <= len(raw)
        assert statement.content_span is not None
        assert statement.span.contains(statement.content_span)
        written = statement.content_span.of(raw)
        # Quotation marks are dropped from the content, but no two words are glued.
        for word in regex.findall(r"[\p{L}\p{N}]++", statement.content):
            assert word in written
        if statement.cue_span is not None:
            assert statement.cue_span.of(raw) == statement.cue


HOSTILE = st.lists(
    st.sampled_from(
        [
            "said",
            "told",
            "according to",
            "за словами",
            "заявив, що",
            "заявил, что",
            " ",
            "\n\n",
            ",",
            ".",
            '"',
            "“",
            "”",
            "«",
            "»",
            "Anna Berg",
            "He",
            "the company",
            "adding that",
            "and said",
            "Quote:",
            "x",
            "—",
            "(",
            ")",
            "'",
            "''",
            "``",
            # Pieces of the hostile families of tests/test_linear_time.py.
            " " * 40,
            "\t\u00a0" * 20,
            "citing",
            "quoting",
            "sources",
            "a" * 300,
            "Minister " * 8,
            ":",
            "!?…",
            "„",
            "‘",
            "He said it.",
        ]
    )
    | st.text(max_size=4),
    max_size=60,
).map("".join)


@settings(max_examples=15)
@given(HOSTILE, st.integers(min_value=20, max_value=300))
def test_repeated_hostile_text_never_raises_and_spans_hold(piece: str, times: int) -> None:
    """Repeated, a piece makes paragraphs and sentences longer than ``LONGEST_SENTENCE``."""
    article = newscore.parse(piece * times)
    assert "plugin.extractor-crashed" not in [p.code for p in article.problems]
    _check_statements(article)


def test_an_overlong_sentence_is_read_in_pieces_and_said_so() -> None:
    text = "Anna Berg said the plan would work. " + "x " * LONGEST_SENTENCE + "she said so."
    article = newscore.parse(text.replace(". x", ", x"))
    assert "statements.long-sentence" in [p.code for p in article.problems]
    assert article.statements
    _check_statements(article)


@given(HOSTILE | st.text())
@example('Quote:Aand said"according to')  # a quotation mark between words parts them
@example('Quote:Anna Bergand said"{according to')
def test_extraction_never_raises_and_spans_hold(text: str) -> None:
    article = newscore.parse(text)
    assert "plugin.extractor-crashed" not in [p.code for p in article.problems]
    _check_statements(article)


HOST = newscore.PluginHost(entry_points=False)


@given(HOSTILE)
def test_extracting_twice_adds_nothing(text: str) -> None:
    article = HOST.parse(text)
    again = HOST.extract(article)
    assert again.statements == article.statements
    assert again.sources == article.sources
    # The extractor alone gives no ids: the host adds them (newscore.identify).
    assert extract_statements(article).statements == tuple(
        attrs.evolve(s, id=None) for s in article.statements if s.cue_span is not None or s.cue
    )


@pytest.mark.parametrize(
    "text",
    [
        "said " * 20_000,
        "Anna Berg said " * 5_000,
        '"' * 50_000,
        "According to " * 10_000,
        ", adding that" * 10_000,
        "за словами " * 10_000,
        "A B C D E F G H " * 5_000 + "said x.",
    ],
)
def test_pathological_inputs_finish(text: str) -> None:
    article = newscore.parse(text, format="plain")
    _check_statements(article)


# -- accuracy guards on the annotated sets ------------------------------------------------------


def _harness() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("folder", "floor"),
    [(ROOT / "tests" / "data" / "dev", 0.95), (ROOT / "tests" / "data" / "heldout", 0.85)],
    ids=["dev", "heldout"],
)
def test_statement_and_source_f1_per_language(folder: Path, floor: float, tmp_path: Path) -> None:
    harness = _harness()
    out = tmp_path / "figures.json"
    assert harness.main([str(folder), "--json", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))[str(folder)]
    for language, score in figures["statements"]["by_language"].items():
        assert score["f1"] >= floor, (language, score)
    assert figures["sources"]["all"]["f1"] >= floor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A senior official who spoke on condition of anonymity said the deal was close.",
            ("A senior official", "said", "the deal was close"),
        ),
        (
            '"Our results are good," said chief executive Johannes Teyssen.',
            ("Johannes Teyssen", "said", "Our results are good"),
        ),
        (
            "Clashes raged near the border, said the Syrian Observatory for Human Rights.",
            ("Syrian Observatory for Human Rights", "said", "Clashes raged near the border"),
        ),
        (
            "Putin told Xi, who is expected in Moscow later this month, that talks would go on.",
            ("Putin", "told", "talks would go on"),
        ),
        (
            'But he lamented the losses and said: "Any bloodshed is regrettable."',
            ("he", "said", "Any bloodshed is regrettable"),
        ),
        (
            "Analysts pointed out that exports were falling.",
            ("Analysts", "pointed", "exports were falling"),
        ),
        (
            "The chief executive, John\n    Michael, said sales rose sharply.",
            ("John Michael", "said", "sales rose sharply"),
        ),
    ],
)
def test_frames_found_in_real_wire_copy(text: str, expected: tuple[str, str, str]) -> None:
    speaker, cue, _, content = first(text)
    assert (speaker, cue, content) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials pointed the finger at the budget deficit.",
        "The text was altered, added, and changed by hand.",
        "The man who said it left.",
    ],
)
def test_more_non_statements(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("The Times of India", ("The Times of India", "newspaper")),
        ("state broadcaster ERT", ("ERT", "broadcast")),
        ("видання «Трибуна»", ("«Трибуна»", "newspaper")),
        ("RIA Novosti", ("RIA Novosti", "news agency")),
        ("the Associated\nPress", ("Associated\nPress", "news agency")),
        ("AP's correspondent", ("AP", "news agency")),
        ("the company", None),
    ],
)
def test_find_outlet(phrase: str, expected: tuple[str, str] | None) -> None:
    from newscore.extract.sources import find_outlet

    found = find_outlet(phrase, newscore.Span(start=0, end=len(phrase)))
    assert (None if found is None else (found[0].of(phrase), found[1])) == expected


def test_read_sources_knows_an_outlet_wrapped_over_two_lines() -> None:
    from newscore.extract.sources import read_sources

    raw = "Source: the Associated\nPress"
    (source,) = read_sources(raw, newscore.Span(start=8, end=len(raw)))
    assert (source.name, source.kind) == ("Associated\nPress", "news agency")


@pytest.mark.parametrize(
    ("written", "content"),
    [
        ('said"according to', "said according to"),
        ("для «Укрзалізниці», яка", "для Укрзалізниці, яка"),
        ("(«Трибуна»)", "(Трибуна)"),
        ("„Мінськ“-формат", "Мінськ-формат"),
        ('the "Minsk" format', "the Minsk format"),
    ],
)
def test_content_drops_quotation_marks_without_gluing_words(written: str, content: str) -> None:
    from newscore.extract.statements import _clean

    assert _clean(written) == content
