"""Quality gate: the time finder on TempEval-3 platinum, floors just under the measured figures."""

import pytest
from tests.conftest import shared_path

pytestmark = [pytest.mark.gate, pytest.mark.slow]


def test_time_tempeval3_platinum():
    from newsgraph.bench.time import run_benchmark

    scores, _ = run_benchmark(shared_path("tempeval3"), "test")
    assert scores["relaxed_f1"] >= 0.905  # measured 91.89
    assert scores["value_f1"] >= 0.785  # measured 79.39 (HeidelTime 77.61)
    assert scores["strict_f1"] >= 0.81  # measured 81.92
    assert scores["type_accuracy"] >= 0.89  # measured 90.40
