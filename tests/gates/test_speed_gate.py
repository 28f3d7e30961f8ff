"""Quality gate: the full pipeline keeps most of bare spaCy's throughput (same run, same BBC texts)."""

import pytest
from tests.conftest import shared_path

pytestmark = [pytest.mark.gate, pytest.mark.slow]


def test_speed_full_pipeline_over_bare_spacy():
    from newsgraph.bench.speed import run_benchmark

    result = run_benchmark(shared_path("corpora", "bbc_greene2006"), workers=[1], limit=40, batch_size=16)
    assert result["full"]["1"]["failures"] == 0
    assert result["full_over_bare"] >= 0.75
