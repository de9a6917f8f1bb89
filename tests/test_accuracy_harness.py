"""Tests of the accuracy harness itself (benchmarks/accuracy.py, benchmarks/polnear.py).

None of them depends on how good the extractors are.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from newscore.testing.corpus import shared_path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402
import polnear  # noqa: E402
from accuracy import PredictedStatement as Pred  # noqa: E402
from polnear import GoldStatement  # noqa: E402


def gold(speaker: str, content: str, cue: str = "said") -> GoldStatement:
    return GoldStatement(speaker=speaker, cue=cue, content=content, direct=False)


# -- the matching rule ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "wanted"),
    [
        ("Vladimir Putin", "Vladimir Putin"),
        ("Putin", "Vladimir Putin"),  # gold's last token in the prediction
        ("President Vladimir Putin", "Putin"),
        ("Mao", "Mao Ning"),  # the prediction's last token in the gold name
        ("Ursula Von Der Leyen", "ursula von der leyen"),  # case-insensitive
    ],
)
def test_speaker_rule_matches(predicted: str, wanted: str) -> None:
    assert accuracy.same_name(predicted, wanted)


@pytest.mark.parametrize(
    ("predicted", "wanted"),
    [("Dmitry Peskov", "Mao Ning"), ("", "Mao Ning"), ("Mao Ning", "  ")],
)
def test_speaker_rule_rejects(predicted: str, wanted: str) -> None:
    assert not accuracy.same_name(predicted, wanted)


def test_overlap_counts_words_of_the_gold_content_as_multisets() -> None:
    assert accuracy.words("It's NOT, over!") == ["it", "s", "not", "over"]
    assert accuracy.overlap("two four five", "one two three four") == 0.5
    assert accuracy.overlap("no no no", "No, no - yes.") == pytest.approx(2 / 3)
    assert accuracy.overlap("no", "no no yes") == pytest.approx(1 / 3)
    assert accuracy.overlap("", "a b") == 0.0


def test_content_threshold_is_half_inclusive() -> None:
    wanted = gold("Kaja Kallas", "a b c d e f")
    assert accuracy.statement_matches(Pred("Kallas", "said", "x c b a y"), wanted)  # 3/6
    assert not accuracy.statement_matches(Pred("Kallas", "said", "a b x y z"), wanted)  # 2/6
    assert not accuracy.statement_matches(Pred("Borrell", "said", "a b c d e f"), wanted)


def test_each_gold_statement_matches_at_most_one_prediction() -> None:
    golds = [gold("Putin", "the west lies"), gold("Putin", "the west lies")]
    matched, extra, missed = accuracy.match_statements([Pred("Putin", "said", "west lies")], golds)
    assert (matched, extra, missed) == (1, [], [golds[1]])
    predictions = [Pred("Putin", "said", "west lies"), Pred("V. Putin", "said", "the west lies")]
    matched, extra, missed = accuracy.match_statements(predictions, golds[:1])
    assert (matched, extra, missed) == (1, [predictions[1]], [])


def test_matching_is_maximum_not_greedy() -> None:
    # gold 0 matches both predictions, gold 1 only the first: greedy finds 1 pair.
    golds = [gold("Putin", "a b c d"), gold("Putin", "e f g h")]
    predictions = [Pred("Putin", "said", "a b e f"), Pred("Putin", "said", "a b")]
    matched, extra, missed = accuracy.match_statements(predictions, golds)
    assert (matched, extra, missed) == (2, [], [])
    pairs = accuracy.bipartite_match(3, 3, lambda g, p: p <= g)
    assert pairs == {0: 0, 1: 1, 2: 2}
    assert accuracy.bipartite_match(2, 0, lambda g, p: True) == {}


def test_sources_match_one_to_one_by_name() -> None:
    matched, extra, missed = accuracy.match_sources(
        ["Reuters", "Reuters", "Bloomberg"], ["Reuters", "Financial Times"]
    )
    assert (matched, extra, missed) == (1, ["Reuters", "Bloomberg"], ["Financial Times"])


# -- arithmetic ------------------------------------------------------------------------


def test_precision_recall_f1() -> None:
    tally = accuracy.Tally(matched=3, predicted=4, gold=6)
    assert (tally.precision, tally.recall) == (0.75, 0.5)
    assert tally.f1 == pytest.approx(0.6)
    assert tally.as_dict() == {
        "precision": 0.75,
        "recall": 0.5,
        "f1": pytest.approx(0.6),
        "matched": 3,
        "predicted": 4,
        "gold": 6,
    }


def test_zero_division() -> None:
    assert accuracy.ratio(0, 0) == 1.0
    assert accuracy.f1(0.0, 0.0) == 0.0
    nothing_predicted = accuracy.Tally(matched=0, predicted=0, gold=5)
    assert (nothing_predicted.precision, nothing_predicted.recall) == (1.0, 0.0)
    assert nothing_predicted.f1 == 0.0
    nothing_at_all = accuracy.Tally()
    assert (nothing_at_all.precision, nothing_at_all.recall, nothing_at_all.f1) == (1.0, 1.0, 1.0)
    all_wrong = accuracy.Tally(matched=0, predicted=3, gold=2)
    assert (all_wrong.precision, all_wrong.recall, all_wrong.f1) == (0.0, 0.0, 0.0)


def test_breakdown_adds_to_all_format_and_language() -> None:
    breakdown = accuracy.Breakdown()
    breakdown.add("labelled", "uk", 1, 2, 2)
    breakdown.add("plain", "en", 1, 1, 2)
    figures = breakdown.as_dict()
    assert figures["all"]["matched"] == 2
    assert figures["all"]["gold"] == 4
    assert set(figures["by_format"]) == {"labelled", "plain"}
    assert figures["by_language"]["uk"]["precision"] == 0.5
    assert figures["by_language"]["en"]["recall"] == 0.5


@pytest.mark.parametrize(
    ("text", "language"),
    [("Київський міський голова заявив", "uk"), ("Глава ЦБ заявила", "ru"), ("He said.", "en")],
)
def test_language_of(text: str, language: str) -> None:
    assert accuracy.language_of(text) == language


# -- PolNeAR conversion ------------------------------------------------------------------

SYNTHETIC = (
    "\u201cWe will win,\u201d John Smith, the mayor, said. "
    "\u201cTaxes will fall,\u201d he said, \u201cand soon.\u201d "
    "Talks were reported to have stalled. "
    "Growth returns, the bank."
)


def span(sub: str, after: int = 0) -> tuple[int, int]:
    start = SYNTHETIC.index(sub, after)
    return start, start + len(sub)


def t_line(ident: str, kind: str, *parts: tuple[int, int]) -> str:
    offsets = ";".join(f"{start} {end}" for start, end in parts)
    covered = " ".join(SYNTHETIC[start:end] for start, end in parts)
    return f"{ident}\t{kind} {offsets}\t{covered}"


def synthetic_ann() -> str:
    second = SYNTHETIC.index("Taxes")
    lines = [
        t_line("T1", "Source", span("John Smith, the mayor,")),
        t_line("T2", "Cue", span("said")),
        t_line("T3", "Content", span("\u201cWe will win,\u201d")),
        t_line("T4", "Attribution", span("said")),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        t_line("T5", "Source", span("he", second)),
        t_line("T6", "Cue", span("said", second)),
        t_line(
            "T7", "Content", span("\u201cTaxes will fall,\u201d"), span("\u201cand soon.\u201d")
        ),
        t_line("T8", "Attribution", span("said", second)),
        "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7",
        t_line("T9", "Cue", span("were reported")),
        t_line("T10", "Content", span("Talks")),
        t_line("T11", "Attribution-no-source", span("were reported")),
        "E3\tAttribution-no-source:T11 Content:T10 Cue:T9",
        t_line("T12", "Source", span("the bank")),
        t_line("T13", "Content", span("Growth returns")),
        t_line("T14", "Attribution", span("the bank")),
        "E4\tAttribution:T14 Content:T13 Source:T12",
    ]
    return "\n".join(lines) + "\n"


def test_polnear_conversion_of_a_synthetic_pair(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(SYNTHETIC, encoding="utf-8")
    (tmp_path / "story_ab12.ann").write_text(synthetic_ann(), encoding="utf-8")
    (tmp_path / "lonely_ab12.ann").write_text("", encoding="utf-8")  # no .txt: skipped
    [item] = polnear.load_polnear(tmp_path)
    assert item.name == "story_ab12"
    assert item.text == SYNTHETIC
    assert item.format == "plain"
    assert item.statements_only
    assert item.unattributed == 1
    first, second, third = item.statements
    assert first == GoldStatement(
        speaker="John Smith",
        cue="said",
        content="We will win,",
        direct=True,
        spans=(span("\u201cWe will win,\u201d"),),
    )
    # discontinuous content joined with a space; "he" resolved to the previous Source
    assert second.speaker == "John Smith"
    assert second.content == "Taxes will fall, and soon."
    assert second.direct
    assert len(second.spans) == 2
    # an event without a Cue still gives a statement, with an empty cue
    assert (third.speaker, third.cue, third.content, third.direct) == (
        "the bank",
        "",
        "Growth returns",
        False,
    )


def test_pronoun_without_antecedent_stays() -> None:
    text = "She said yes. Smith said no."
    ann = "\n".join(
        [
            "T1\tSource 0 3\tShe",
            "T2\tCue 4 8\tsaid",
            "T3\tContent 9 12\tyes",
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
            "T4\tSource 14 19\tSmith",
            "T5\tCue 20 24\tsaid",
            "T6\tContent 25 27\tno",
            "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
        ]
    )
    item = polnear.convert("x", text, ann)
    assert [s.speaker for s in item.statements] == ["She", "Smith"]


def test_polnear_rejects_offsets_that_do_not_fit_the_text() -> None:
    with pytest.raises(ValueError, match="T1"):
        polnear.convert("x", "Smith said no.", "T1\tSource 0 5\tJones\n")


@pytest.mark.parametrize(
    ("mention", "speaker"),
    [
        ("Mitt Romney, the 2012 Republican presidential nominee,", "Mitt Romney"),
        ("ABC's host, George Stephanopoulos,", "George Stephanopoulos"),
        ("Carter\u2019s press secretary, Peter Cook", "Peter Cook"),
        ("the mega donor", "the mega donor"),
        ("Mr. Trump", "Mr. Trump"),
    ],
)
def test_clean_speaker(mention: str, speaker: str) -> None:
    assert polnear.clean_speaker(mention) == speaker


def test_strip_quotes() -> None:
    assert (
        polnear.strip_quotes("''It's nonsense,'' ``ok'' \"a\" \u201cb\u201d")
        == "It's nonsense, ok a b"
    )


@pytest.fixture
def quotes_dir() -> Path:
    return shared_path("corpus", "quotes", anchor=__file__)


def test_polnear_conversion_of_the_real_corpus(quotes_dir: Path) -> None:
    POLNEAR_DIR = quotes_dir  # noqa: N806
    items = polnear.load_polnear(POLNEAR_DIR)
    assert len(items) == len(list(POLNEAR_DIR.glob("*.ann"))) > 0
    for item in items:
        ann = (POLNEAR_DIR / f"{item.name}.ann").read_text(encoding="utf-8")
        events = [line for line in ann.splitlines() if line.startswith("E")]
        with_source = [line for line in events if re.search(r"\sSource\d*:", line)]
        assert len(item.statements) == len(with_source)
        assert item.unattributed == len(events) - len(with_source)
        assert item.statements_only
        for statement in item.statements:
            assert statement.spans
            pieces = [item.text[start:end] for start, end in statement.spans]
            assert polnear.strip_quotes(" ".join(pieces)) == statement.content
            assert all(piece in item.text for piece in pieces)
            assert statement.content
            assert statement.speaker
            assert not polnear.is_pronoun(statement.speaker)
    nyt = next(item for item in items if item.name.startswith("nyt_"))
    toughness = next(s for s in nyt.statements if s.content.startswith("I think that my words"))
    assert (toughness.speaker, toughness.cue, toughness.direct) == ("Mr. Trump", "said", True)


# -- the command line ------------------------------------------------------------------------

CLIPPING = "date 2025-08-30\n\nKyiv said so.\n\nSource: Reuters\n"
GOLD: dict[str, object] = {
    "format": "labelled",
    "date": "2025-08-30",
    "title": None,
    "lead": "Kyiv said so.",
    "sections": ["lead", "source"],
    "sources": [{"name": "Reuters", "kind": "news agency"}],
    "statements": [],
}


def write_gold(directory: Path, gold: dict[str, object]) -> None:
    directory.mkdir()
    (directory / "kyiv.txt").write_text(CLIPPING, encoding="utf-8")
    (directory / "kyiv.json").write_text(json.dumps(gold), encoding="utf-8")


def test_main_writes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_gold(tmp_path / "gold", GOLD)
    out = tmp_path / "figures.json"
    assert accuracy.main([str(tmp_path / "gold"), "--json", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert list(figures) == [str(tmp_path / "gold")]
    block = figures[str(tmp_path / "gold")]
    assert set(block) == {
        "items",
        "errors",
        "layout",
        "sources",
        "statements",
        "speech",
        "frames",
        "speaker_accuracy",
        "confusion",
    }
    assert block["items"] == 1
    assert block["errors"] == 0
    assert set(block["layout"]) == {"all", "labelled"}
    for group in ("all", "labelled"):
        assert block["layout"][group] == {
            "items": 1,
            "format": 1.0,
            "date": 1.0,
            "title": 1.0,
            "lead": 1.0,
            "sections": 1.0,
        }
    for kind in ("sources", "statements"):
        assert set(block[kind]) == {"all", "by_format", "by_language"}
        assert set(block[kind]["by_format"]) == {"labelled"}
        assert set(block[kind]["by_language"]) == {"en"}
        assert set(block[kind]["all"]) == {
            "precision",
            "recall",
            "f1",
            "matched",
            "predicted",
            "gold",
        }
    assert block["sources"]["all"]["gold"] == 1
    assert block["statements"]["all"]["gold"] == 0
    assert "statements:" in capsys.readouterr().out


def test_unresolved_pronoun_gold_is_left_out_with_its_predictions() -> None:
    kept = gold("Ann Smith", "the budget is balanced")
    left_out = gold("she", "taxes will not rise this year")
    predicted = [
        Pred("Ann Smith", "said", "the budget is balanced"),
        Pred("Ann Smith", "said", "taxes will not rise this year"),  # matches the left-out one
        Pred("Bob Jones", "said", "something else entirely"),
    ]
    remaining = accuracy.without_excluded(predicted, [kept], [left_out])
    assert remaining == [predicted[0], predicted[2]]
    assert accuracy.without_excluded(predicted, [kept], []) == predicted


def test_gold_without_sources_is_statements_only(tmp_path: Path) -> None:
    statements = [
        {"speaker": "Ann Smith", "cue": "said", "direct": False, "content": "Kyiv"},
        {
            "speaker": "she",
            "cue": "said",
            "direct": True,
            "content": "so",
            "speaker_from": "unresolved-pronoun",
        },
    ]
    record = {k: v for k, v in GOLD.items() if k != "sources"}
    write_gold(tmp_path / "gold", {**record, "statements": statements})
    (item,) = accuracy.load_gold(tmp_path / "gold")
    assert item.statements_only
    assert [s.speaker for s in item.statements] == ["Ann Smith"]
    assert [s.speaker for s in item.excluded] == ["she"]


def test_split_is_fixed_and_disjoint() -> None:
    split = json.loads(accuracy.SPLIT_FILE.read_text(encoding="utf-8"))
    dev, heldout = set(split["dev"]), set(split["heldout"])
    assert (len(dev), len(heldout)) == (600, 207)
    assert not dev & heldout


def test_speech_frames_and_speaker_accuracy_are_tallied() -> None:
    scores = accuracy.Scores()
    wanted = [gold("Ann Smith", "the budget is balanced"), gold("Bob Jones", "rates will fall")]
    wanted[0] = GoldStatement("Ann Smith", "said", "the budget is balanced", True)
    predicted = [
        Pred("Ann Smith", "said", "the budget is balanced", True, "inverted", "named"),
        Pred("Carl Doe", "said", "rates will fall", False, "speaker-cue", "role"),
    ]
    matched, extra, missed = accuracy.match_statements(predicted, wanted)
    accuracy.tally_details(scores, predicted, wanted, extra, missed)
    assert matched == 1
    assert scores.speech["direct"].as_dict()["f1"] == 1.0
    assert scores.speech["indirect"].matched == 0
    assert (scores.frames["inverted"].matched, scores.frames["speaker-cue"].matched) == (1, 0)
    assert (scores.speakers.matched, scores.speakers.gold) == (1, 2)
    assert scores.confusion == {"wrong speaker (role): 'Carl Doe' for 'Bob Jones'": 1}


def test_main_verbose_lists_missed_statements(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statement = {"speaker": "Nobody Xyzzy", "cue": "said", "direct": False, "content": "zzz qqq"}
    write_gold(tmp_path / "gold", {**GOLD, "statements": [statement]})
    assert accuracy.main([str(tmp_path / "gold"), "--verbose"]) == 0
    assert "kyiv: missed statement: Nobody Xyzzy | said | zzz qqq" in capsys.readouterr().out


def test_main_scores_polnear_separately(tmp_path: Path, quotes_dir: Path) -> None:
    write_gold(tmp_path / "gold", GOLD)
    out = tmp_path / "figures.json"
    assert accuracy.main([str(tmp_path / "gold"), "--polnear", "--json", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures[str(tmp_path / "gold")]["statements"]["all"]["gold"] == 0
    (title,) = [key for key in figures if key.startswith("PolNeAR brat")]
    pn = figures[title]
    converted = polnear.load_polnear(quotes_dir)
    assert pn["statements"]["all"]["gold"] == sum(len(item.statements) for item in converted)
    assert set(pn["statements"]["by_format"]) == {"plain"}
    assert pn["items"] == 0  # statements only: no layout fields scored


def test_main_without_gold_fails(tmp_path: Path) -> None:
    assert accuracy.main([str(tmp_path)]) == 2


def test_markdown_tables_hold_every_set(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold", GOLD)
    out = tmp_path / "figures.md"
    assert accuracy.main([str(tmp_path / "gold"), "--markdown", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert f"| {tmp_path / 'gold'} | 1.00 | 1.00 | 1.00 | 0 / 0 / 0 | 1.00 |" in text
    for heading in ("| language |", "| format |", "| speech |", "| frame |", "commonest errors"):
        assert heading in text
