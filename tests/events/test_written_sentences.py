"""726 one-line news sentences written for newsgraph (tests/data/events/written-sentences.jsonl), coded
the way the PETR-2 GSR is scored: (source country, target country, CAMEO root) triples.

They cover each PLOVER type with verbs and constructions the public gold sets do not (investing, brokering,
non-lethal force, expelling an envoy by order, a guest welcomed…) and 38 sentences with no event. The
rules were fixed on them, so the score is a regression floor, not an accuracy claim: the claims come from
``newsgraph bench events`` on the public gold (docs/BENCHMARKS.md)."""

from __future__ import annotations

import pytest
from tests.conftest import DATA

from newsgraph.bench.events import score_petr2

pytestmark = pytest.mark.slow

SENTENCES = DATA / "events" / "written-sentences.jsonl"


@pytest.fixture(scope="module")
def score():
    errors: list[str] = []
    result = score_petr2(SENTENCES, "all", errors)
    return result, errors


def test_triples_stay_above_the_floor(score):
    result, errors = score
    assert result["sentences"] == 726
    assert result["triples"]["f1"] >= 0.90, "\n".join(errors)


def test_root_of_one_event_sentences(score):
    result, errors = score
    assert result["root_accuracy_one_event"] >= 0.97, "\n".join(errors)


def test_sentences_without_events_give_none(score):
    result, errors = score
    assert result["no_event_accuracy"] == 1.0, "\n".join(errors)
