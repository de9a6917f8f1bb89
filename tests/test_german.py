"""The German pack: frames on German text, compounds, the dev clippings, and real exports.

German is a pack only (``newscore.extract.packs.de``): these tests read German
through the engine with that pack and check that the engine holds no German.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import newscore
from newscore.extract import extract_statements
from newscore.extract.packs import PACKS
from newscore.extract.packs.de import GERMAN, Compounds, GermanMorphology
from newscore.model import Statement
from newscore.testing.corpus import shared_path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "german"
ENGINE = ROOT / "src" / "newscore" / "extract"

sys.path.insert(0, str(ROOT / "benchmarks"))
import accuracy  # noqa: E402


def statements(text: str) -> list[Statement]:
    """The statements the engine reads in ``text`` with the German pack."""
    article = newscore.parse(text, extract=False)
    return list(extract_statements(article, pack=GERMAN).statements)


def only(text: str) -> Statement:
    found = statements(text)
    assert len(found) == 1, found
    return found[0]


# -- the pack ------------------------------------------------------------------


def test_registered_by_language() -> None:
    assert PACKS["de"] is GERMAN


def test_german_text_is_detected_as_german() -> None:
    article = newscore.parse("Die Regierung sagte, dass die Reform nicht kommt.\n")
    assert article.meta["language"] == "de"


def _literal_words(path: Path) -> set[str]:
    """The words of a module's string literals, docstrings left out (examples may be German)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return {
        word
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        if id(node) not in docstrings
        for word in node.value.lower().split()
    }


def test_engine_holds_no_german_words() -> None:
    german = {word for word in GERMAN.cues | GERMAN.that if len(word) > 3}
    for path in ENGINE.glob("*.py"):
        found = sorted(_literal_words(path) & german)
        assert not found, f"{path.name} holds German words: {found}"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("sprecher", True),
        ("regierungssprecher", True),
        ("cdu-chef", True),
        ("bahnchefin", True),
        ("grünen-politikerin", True),
        ("merz", False),
        ("insgesamt", False),
    ],
)
def test_compound_roles(word: str, expected: bool) -> None:
    assert (word in GERMAN.roles) is expected


def test_compounds_iterate_as_listed() -> None:
    heads = Compounds({"sprecher", "amt"})
    assert sorted(heads) == ["amt", "sprecher"]
    assert "regierungssprecher" in heads
    assert "bundes-amt" in heads
    assert "insgesamt" not in heads  # a head shorter than four letters needs a hyphen
    assert 1 not in heads  # type: ignore[comparison-overlap]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ministers", True),  # des Ministers
        ("vorsitzenden", True),  # der Vorsitzenden
        ("außenministerin", True),
        ("abteilung", False),
    ],
)
def test_role_forms(word: str, expected: bool) -> None:
    assert GermanMorphology().is_role(word, GERMAN.roles) is expected


def test_organisation_forms() -> None:
    morphology = GermanMorphology()
    assert morphology.is_organisation_noun("bundesinnenministeriums", GERMAN.organisations)
    assert morphology.is_organisation_noun("staatsanwaltschaft", GERMAN.organisations)
    assert not morphology.is_organisation_noun("zeitung", GERMAN.organisations)


def test_genitive_names_are_one_name() -> None:
    morphology = GermanMorphology()
    assert morphology.same_word("Merkels", "Merkel")
    assert morphology.key("Altmaiers") == morphology.key("Altmaier")
    assert not morphology.same_word("Merz", "Merkel")


# -- frames on German text ----------------------------------------------------------


def test_speaker_cue_content_with_dass() -> None:
    found = only("Innenministerin Nancy Faeser erklärte, dass die Kontrollen bleiben.\n")
    assert (found.speaker.name, found.speaker.role) == ("Nancy Faeser", "Innenministerin")
    assert found.cue == "erklärte"
    assert found.content == "die Kontrollen bleiben"


def test_compound_role_before_name() -> None:
    found = only("Regierungssprecher Steffen Hebestreit sagte, man sehe keinen Grund zur Sorge.\n")
    assert (found.speaker.name, found.speaker.role) == ("Steffen Hebestreit", "Regierungssprecher")
    assert found.content == "man sehe keinen Grund zur Sorge"


def test_inverted_quote_with_low_high_marks() -> None:
    found = only("„Das ist falsch“, sagte Merz dem Spiegel.\n")
    assert found.speaker.name == "Merz"
    assert found.direct
    assert found.content == "Das ist falsch"


def test_inverted_pronoun_before_hearer() -> None:
    text = (
        "Katharina Dröge sagte, dass der Haushalt scheitern werde. "
        "„Dieser Haushalt ist ungerecht“, sagte sie der Deutschen Presse-Agentur.\n"
    )
    found = statements(text)
    assert [s.speaker.name for s in found] == ["Katharina Dröge", "Katharina Dröge"]
    assert found[1].content == "Dieser Haushalt ist ungerecht"


def test_separable_particle_right_after_the_cue() -> None:
    text = "Merz betonte, dass die Lage ernst sei. Er fügte hinzu, die Schuldenbremse bleibe.\n"
    found = statements(text)
    assert [(s.speaker.name, s.cue) for s in found] == [("Merz", "betonte"), ("Merz", "fügte")]
    assert found[1].content == "die Schuldenbremse bleibe"


def test_separable_stem_without_particle_is_no_cue() -> None:
    assert statements("Es gibt keine Einigung. Sie stellte die Tasche ab.\n") == []


def test_organisation_compound_speaker() -> None:
    found = only("Das Bundesinnenministerium teilte mit, die Zahl der Anträge sei gesunken.\n")
    assert found.speaker.name == "Bundesinnenministerium"
    assert found.content == "die Zahl der Anträge sei gesunken"


def test_as_reported_wie() -> None:
    found = only("Wie die Polizei mitteilte, brach das Feuer in der Nacht aus.\n")
    assert found.speaker.name == "Polizei"
    assert found.content == "brach das Feuer in der Nacht aus"


def test_trailing_laut() -> None:
    found = only("Die Preise steigen weiter, laut Statistischem Bundesamt.\n")
    assert found.cue == "laut"
    assert found.speaker.name == "Statistischem Bundesamt"
    assert found.content == "Die Preise steigen weiter"


def test_impersonal_hiess_es_from_circles() -> None:
    found = only("Aus Koalitionskreisen hieß es am Donnerstag, eine Einigung sei möglich.\n")
    assert found.speaker.name == "Koalitionskreisen"
    assert found.content.endswith("eine Einigung sei möglich")


def test_anonymous_insiders_and_hearer() -> None:
    found = only(
        "Insider sagten der Nachrichtenagentur Reuters, die Gespräche seien gescheitert.\n"
    )
    assert found.speaker.name == "Insider"
    assert found.content == "die Gespräche seien gescheitert"


def test_sprach_von() -> None:
    found = only("Jürgen Hardt sprach von einer „planlosen Außenpolitik“.\n")
    assert found.speaker.name == "Jürgen Hardt"
    assert found.content == "einer planlosen Außenpolitik"


def test_topic_label_is_no_speaker() -> None:
    found = only("Bahn: Bahnchefin Evelyn Palla sagte, die Sanierung brauche Zeit.\n")
    assert (found.speaker.name, found.speaker.role) == ("Evelyn Palla", "Bahnchefin")


def test_spans_slice_raw() -> None:
    text = (GOLD / "dpa-merz-haushalt.txt").read_text(encoding="utf-8")
    article = newscore.parse(text, extract=False)
    for found in extract_statements(article, pack=GERMAN).statements:
        assert found.content_span is not None
        assert found.content_span.of(article.raw)
        assert found.speaker_span is not None
        assert found.speaker_span.of(article.raw).strip()


# -- the engine capabilities German needs (generic, driven by pack fields) ------------


def test_negation_after_the_cue() -> None:
    """``negations_after``: a negation closing the cue's clause cancels it."""
    assert statements("Wann genau, sagte er nicht. Er sagte nicht, wann.\n") == []
    found = only("Merz sagte, er komme nicht.\n")
    assert found.content == "er komme nicht"


def test_verb_second() -> None:
    found = only("Am Dienstag sagte Baerbock in Berlin, alle Seiten müssten sich zurückhalten.\n")
    assert found.speaker.name == "Baerbock"
    assert found.frame == "verb-second"
    assert found.content == "alle Seiten müssten sich zurückhalten"


def test_verb_second_after_a_prepositional_phrase_with_colon() -> None:
    found = only(
        "Nach einem Treffen mit ihrem Amtskollegen erklärte Baerbock: „Die Lage ist ernst.“\n"
    )
    assert found.speaker.name == "Baerbock"
    assert found.content == "Die Lage ist ernst."


def test_verb_second_description_resolves_to_the_subject_named_before() -> None:
    text = (
        "Berlin - Außenministerin Annalena Baerbock hat die Lage beraten. "
        "Am Dienstag sagte die Grünen-Politikerin in Berlin, alle Seiten müssten sich zurückhalten.\n"
    )
    found = only(text)
    assert (found.speaker.name, found.resolution) == ("Annalena Baerbock", "role")


def test_separable_particle_at_clause_end() -> None:
    found = only("Die Bundesbank teilte am Montag mit, dass ihr Gewinn ausfalle.\n")
    assert found.speaker.name == "Bundesbank"
    assert found.content == "ihr Gewinn ausfalle"


def test_content_ends_before_the_separable_particle() -> None:
    found = only("Finanzminister Lars Klingbeil kündigte eine Reform an.\n")
    assert found.content == "eine Reform"


def test_separable_particle_needs_the_clause_end() -> None:
    assert statements("Er teilte mit ihm das Büro. Sie gab ihm zu essen.\n") == []


def test_leading_laut_without_comma() -> None:
    found = only("Laut Nagel bleibt der Arbeitsmarkt robust.\n")
    assert found.speaker.name == "Nagel"
    assert found.content == "bleibt der Arbeitsmarkt robust"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Nach Angaben des Innenministeriums wurden im Mai 1000 Menschen zurückgewiesen.",
            "Innenministeriums",
            "wurden im Mai 1000 Menschen zurückgewiesen",
        ),
        (
            "Nach Darstellung des ukrainischen Militärs wurden 40 Drohnen abgeschossen.",
            "Militärs",
            "wurden 40 Drohnen abgeschossen",
        ),
        (
            "Nach Worten von DWD-Meteorologe Adrian Leyser drohen Hagel und Starkregen.",
            "Adrian Leyser",
            "drohen Hagel und Starkregen",
        ),
        (
            "Ökonomen der Commerzbank zufolge könnte die Inflation fallen.",
            "Ökonomen der Commerzbank",
            "könnte die Inflation fallen",
        ),
    ],
)
def test_according_phrases_without_comma(text: str, speaker: str, content: str) -> None:
    found = only(text + "\n")
    assert (found.speaker.name, found.content) == (speaker, content)
    assert found.frame == "according-to"


def test_possessive_according_phrase_resolves_to_the_last_speaker() -> None:
    text = (
        "Konzernchef Oliver Blume sagte, der Schritt sei nötig. "
        "Seinen Worten zufolge sollen Kündigungen vermieden werden.\n"
    )
    found = statements(text)
    assert [s.speaker.name for s in found] == ["Oliver Blume", "Oliver Blume"]
    assert found[1].content == "sollen Kündigungen vermieden werden"


def test_perfect_tense_cue_at_clause_end() -> None:
    found = only("Die Deutsche Krankenhausgesellschaft hat am Freitag mehr Geld gefordert.\n")
    assert found.speaker.name == "Deutsche Krankenhausgesellschaft"
    assert (found.frame, found.content) == ("verb-final", "am Freitag mehr Geld")
    found = only("Merz hat gesagt, dass er bleibt.\n")
    assert found.content == "er bleibt"


def test_inverted_role_description_and_pronoun() -> None:
    text = (
        "Der frühere Gesundheitsminister Karl Lauterbach hat die Reform verteidigt. "
        "»Ohne die Reform schließen Kliniken«, sagte der SPD-Politiker dem »Tagesspiegel«.\n\n"
        "Bayerns Gesundheitsministerin Judith Gerlach widersprach. "
        "Sie erklärte, die Reform gefährde die Versorgung. "
        "Die Länder würden klagen, warnte die CSU-Politikerin.\n"
    )
    found = statements(text)
    assert [(s.speaker.name, s.resolution) for s in found] == [
        ("Karl Lauterbach", "role"),
        ("Judith Gerlach", "pronoun"),
        ("Judith Gerlach", "role"),
    ]
    assert found[0].content == "Ohne die Reform schließen Kliniken"
    assert found[0].direct


def test_reversed_guillemets_and_ordinals_split_sentences_right() -> None:
    text = (
        "Merz sagte am 3. März, die 2. Liga sei stark. »Das ist so«, sagte er. "
        "Dr. Müller sagte, es gehe z. B. um Geld.\n"
    )
    found = statements(text)
    assert [s.content for s in found] == [
        "die 2. Liga sei stark",
        "Das ist so",
        "es gehe z. B. um Geld",
    ]
    assert [s.speaker.name for s in found] == ["Merz", "Merz", "Müller"]


# -- the German development clippings ------------------------------------------------


def _dev_scores() -> tuple[float, float, float]:
    matched = predicted = wanted = 0
    for item in accuracy.load_gold(GOLD):
        article = newscore.parse(item.text, extract=False)
        found = [
            accuracy.PredictedStatement(s.speaker.name, s.cue, s.content, s.direct)
            for s in extract_statements(article, pack=GERMAN).statements
        ]
        count, _, _ = accuracy.match_statements(found, item.statements)
        matched, predicted, wanted = (
            matched + count,
            predicted + len(found),
            wanted + len(item.statements),
        )
    precision = accuracy.ratio(matched, predicted)
    recall = accuracy.ratio(matched, wanted)
    return precision, recall, accuracy.f1(precision, recall)


def test_dev_clippings_are_complete() -> None:
    items = accuracy.load_gold(GOLD)
    assert len(items) >= 8
    assert {item.format for item in items} >= {"dateline", "plain"}
    for item in items:
        assert item.statements, item.name
        assert accuracy.language_of(item.text) == "de", item.name


def test_dev_clippings_floor() -> None:
    """What the engine reaches on them today with the German pack (P 0.96, R 0.92, F1 0.94)."""
    precision, recall, _f1 = _dev_scores()
    assert precision >= 0.90
    assert recall >= 0.85


def test_dev_clippings_target() -> None:
    assert _dev_scores()[2] >= 0.80


# -- real exports ---------------------------------------------------------------------


def _read_german(path: Path) -> list[newscore.Article]:
    articles = list(newscore.read(path, extract=False))
    assert articles
    assert all(article.meta.get("language") == "de" for article in articles)
    return articles


def _check_spans(article: newscore.Article) -> tuple[int, int]:
    """Every span of every statement slices ``raw``; (statements, with a speaker span)."""
    found = extract_statements(article, pack=GERMAN).statements
    spanned = 0
    for statement in found:
        assert statement.content_span is not None
        assert statement.content_span.of(article.raw).strip()
        if statement.speaker_span is not None:  # None: resolved from an earlier sentence
            assert statement.speaker_span.of(article.raw).strip()
            spanned += 1
    return len(found), spanned


def test_spiegel_export_gets_statements() -> None:
    path = shared_path("corpus", "nexis", "spiegel_2012-02-01_0001.html", anchor=__file__)
    total = spanned = 0
    for article in _read_german(path):
        count, with_span = _check_spans(article)
        total, spanned = total + count, spanned + with_span
    assert total >= 100  # 267 today over the 49 articles
    assert spanned >= 0.8 * total


def test_german_factiva_sample_reads_without_false_statements() -> None:
    """The sample's two German articles hold headlines and placeholder paragraphs only."""
    path = shared_path("corpus", "factiva", "Factiva-example.html", anchor=__file__)
    articles = _read_german(path)
    assert len(articles) == 2
    assert [_check_spans(article)[0] for article in articles] == [0, 0]
