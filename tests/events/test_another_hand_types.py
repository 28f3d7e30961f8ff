"""Sentences other hands wrote and coded without seeing newsgraph (tests/data/events/another-hand-*): the
PLOVER bench's type accuracy and the PETR-2 bench's triple F1 on each half. A regression floor: the dev
halves were read and fixed, the test halves were not (first runs in tests/data/events/README.md)."""

from __future__ import annotations

import pytest
from tests.conftest import DATA

from newsgraph.bench.events import score_petr2, score_plover

pytestmark = pytest.mark.slow

EVENTS = DATA / "events"


@pytest.mark.parametrize(
    ("name", "split", "floor"),
    [
        ("another-hand-types.json", "dev", 0.9),
        ("another-hand-types.json", "test", 0.84),
        ("another-hand-hard-types.json", "dev", 0.87),
        ("another-hand-hard-types.json", "test", 0.68),
        ("another-hand-cameo-codes.json", "dev", 0.87),
        ("another-hand-cameo-codes.json", "test", 0.77),
        ("another-hand-near-miss.json", "dev", 0.82),
        ("another-hand-near-miss.json", "test", 0.77),
        ("another-hand-rare-wording.json", "dev", 0.90),
        ("another-hand-rare-wording.json", "test", 0.50),
        ("another-hand-verbs.json", "all", 0.66),
        ("another-hand-long-sentences.json", "dev", 0.69),
        ("another-hand-long-sentences.json", "test", 0.60),
    ],
)
def test_plover_types_of_another_hands_sentences(name, split, floor):
    result = score_plover(EVENTS / name, split)
    assert result["type_accuracy"] >= floor


@pytest.mark.parametrize(
    ("name", "split", "floor"),
    [
        ("another-hand-triples.jsonl", "dev", 0.78),
        ("another-hand-triples.jsonl", "test", 0.70),
        ("another-hand-syntax.jsonl", "dev", 0.88),
        ("another-hand-syntax.jsonl", "test", 0.85),
        ("another-hand-recipients.jsonl", "dev", 0.75),
        ("another-hand-recipients.jsonl", "test", 0.65),
        ("another-hand-wires-2008.jsonl", "dev", 0.60),
        ("another-hand-wires-2008.jsonl", "test", 0.55),
        ("another-hand-reported.jsonl", "dev", 0.66),
        ("another-hand-reported.jsonl", "test", 0.60),
    ],
)
def test_cameo_triples_of_another_hands_sentences(name, split, floor):
    result = score_petr2(EVENTS / name, split)
    assert result["triples"]["f1"] >= floor
