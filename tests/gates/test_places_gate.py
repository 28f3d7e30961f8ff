"""Quality gate: toponym resolution on GeoWebNews and LGL (test halves: odd articles), packaged
gazetteers only; floors just under the measured figures (docs/benchmarks/places.md)."""

import pytest
from tests.conftest import shared_path

pytestmark = [pytest.mark.gate, pytest.mark.slow]


@pytest.fixture(scope="module")
def gold_mode():
    from newsgraph.bench.places import run_benchmark

    gwn, lgl = shared_path("geo", "GeoWebNews"), shared_path("geo", "corpora_from_gritta", "lgl.xml")
    return run_benchmark(gwn, lgl, split="test", end_to_end=False)


def test_gold_toponyms_resolved(gold_mode):
    assert gold_mode["gwn_test"]["country_accuracy"] >= 0.91
    assert gold_mode["gwn_test"]["within_161km"] >= 0.84
    assert gold_mode["lgl_test"]["country_accuracy"] >= 0.945
    assert gold_mode["lgl_test"]["within_161km"] >= 0.85


def test_gold_toponyms_without_guessing():
    from newsgraph.bench.places import run_benchmark

    gwn, lgl = shared_path("geo", "GeoWebNews"), shared_path("geo", "corpora_from_gritta", "lgl.xml")
    strict = run_benchmark(gwn, lgl, split="test", end_to_end=False, guess=False)
    assert strict["gwn_test"]["country_accuracy"] >= 0.815
    assert strict["lgl_test"]["country_accuracy"] >= 0.905
    assert strict["lgl_test"]["within_161km"] >= 0.825


def test_end_to_end_on_a_sample():
    from newsgraph.bench.places import run_benchmark

    lgl = shared_path("geo", "corpora_from_gritta", "lgl.xml")
    e2e = run_benchmark(None, lgl, split="test", end_to_end=True, limit=80)["lgl_test"]["end_to_end"]
    assert e2e["exact_precision"] >= 0.77
    assert e2e["exact_recall"] >= 0.55
    assert e2e["matched_within_161km"] >= 0.78
