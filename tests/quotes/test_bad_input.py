"""Bad input: unbalanced and nested marks, no speaker, one long quote, a 5,000-sentence article."""

from __future__ import annotations

import cProfile
import pstats
from pathlib import Path

import pytest

from newsgraph.records import Article, Record
from newsgraph.stages.quotes import build_quotes

pytestmark = pytest.mark.slow

SEED = Path(__file__).parents[1] / "data" / "chinadaily-2022-03-11-ceasefire-talks.txt"


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.config import Settings
    from newsgraph.stages.nlp import load_spacy

    return load_spacy(Settings().spacy_model)


def quotes_of(doc):
    article = Article(source="test", body=doc.text)
    article.finalize_id()
    return build_quotes(Record(article=article), doc)


def test_unbalanced_and_nested_marks(nlp):
    text = (
        'The mayor said "we will "never" give up.\n\n'
        "“It is ‘over’ now,” the coach said, “and we move on.\n\n"
        "» Closing marks first « then an opener that never closes “like this."
    )
    quotes = quotes_of(nlp(text))
    assert any(q.cue and q.cue.text == "said" and q.speaker.text == "The mayor" for q in quotes)
    coach = next(q for q in quotes if q.speaker and q.speaker.text == "the coach")
    assert [p.text for p in coach.content] == ["“It is ‘over’ now,”", "“and we move on."]


def test_quote_with_no_speaker_and_article_that_is_one_quote(nlp):
    assert quotes_of(nlp('"Nobody knows who said this, and nobody will."')) == []
    long_quote = "“" + " ".join(f"Sentence number {i} says nothing at all." for i in range(300))
    assert quotes_of(nlp(long_quote)) == []


def count_calls(doc) -> tuple[int, int]:
    profiler = cProfile.Profile()
    profiler.enable()
    quotes = quotes_of(doc)
    profiler.disable()
    return pstats.Stats(profiler).total_calls, len(quotes)


def test_five_thousand_sentences_cost_linear_work(nlp):
    """Work is counted as Python function calls, not wall time: 10x the text must cost < 15x."""
    from spacy.tokens import Doc

    raw = SEED.read_text(encoding="utf-8")
    story = raw[raw.index("Russia and Ukraine failed") : raw.index("Agencies contributed")].strip()
    unit = nlp(story)
    per_unit = sum(1 for _ in unit.sents)
    small = Doc.from_docs([unit] * 28)
    large = Doc.from_docs([unit] * 280)
    assert per_unit * 280 >= 5000
    calls_small, quotes_small = count_calls(small)
    calls_large, quotes_large = count_calls(large)
    assert quotes_large == 10 * quotes_small > 0
    assert calls_large < 15 * calls_small
