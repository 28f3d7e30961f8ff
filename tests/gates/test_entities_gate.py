"""Quality gate: entity mentions, person name linking and pronoun links on MEANTIME English (all
120 articles), floors just under the measured figures (docs/benchmarks/entities.md)."""

import pytest
from tests.conftest import shared_path

pytestmark = [pytest.mark.gate, pytest.mark.slow]


def test_entities_meantime():
    from newsgraph.bench.entities import run_benchmark

    summary, _ = run_benchmark(shared_path("corpora", "meantime_newsreader_english_oct15"), "all")
    scores = summary["scores"]
    assert summary["failures"] == 0
    assert scores["newsgraph.exact_typed"]["f1"] >= 0.75
    assert scores["newsgraph.lenient_typed"]["f1"] >= 0.85
    assert scores["newsgraph.exact_typed"]["f1"] >= scores["spacy_raw.exact_typed"]["f1"] - 0.01
    assert scores["person_name_linking.pairwise"]["f1"] >= 0.95
    assert scores["pronoun_links.he_she"]["p"] >= 0.9
    assert scores["pronoun_links.he_she"]["r"] >= 0.8
