"""Quality gate: event coding (PETR-2 and PLOVER GSR) and the 5W1H main event on their held-out
halves (odd positions), floors just under the measured figures in docs/benchmarks/events.md."""

import pytest
from tests.conftest import shared_path

pytestmark = [pytest.mark.gate, pytest.mark.slow]

# Measured on the held-out halves (docs/benchmarks/events.md); floors a little under them.
PETR2_P_FLOOR = 0.38  # measured 0.412
PETR2_F1_FLOOR = 0.22  # measured 0.241 (target 0.60: not reached)
NO_EVENT_FLOOR = 0.80  # measured 0.857
PLOVER_FLOOR = 0.61  # measured 0.640 (target 0.65: not reached)
PLOVER_ANSWERED_FLOOR = 0.70  # measured 0.736 (140 of 161 answered; actor-less fallbacks are less accurate)
# 5W1H precision, measured 0.738 / 0.340 / 0.667 / 0.690 (quotes stage left out: see the doc)
FIVEW_FLOORS = {"who": 0.70, "what": 0.30, "when": 0.62, "where": 0.62}


def test_events_petr2_and_plover_held_out():
    from newsgraph.bench.events import score_petr2, score_plover

    petr2 = score_petr2(shared_path("events", "petr2_gsr_validation_gold.jsonl"), "test")
    plover = score_plover(shared_path("events", "plover", "PLOVER_GSR_CAMEO.json"), "test")
    assert petr2["triples"]["p"] >= PETR2_P_FLOOR
    assert petr2["triples"]["f1"] >= PETR2_F1_FLOOR
    assert petr2["no_event_accuracy"] >= NO_EVENT_FLOOR
    assert plover["type_accuracy"] >= PLOVER_FLOOR
    assert plover["accuracy_when_answered"] >= PLOVER_ANSWERED_FLOOR


def test_5w1h_held_out():
    from newsgraph.bench.fivew import score

    questions = score(shared_path("5w1h", "gold_standard"), "test", skip=("quotes",))["questions"]
    for question, floor in FIVEW_FLOORS.items():
        assert questions[question]["precision"] >= floor, question
