"""Quality gate: event coding (PETR-2 and PLOVER GSR, the blind set) and the 5W1H main event on their held-out
halves, floors just under the measured figures in docs/benchmarks/events.md."""

import pytest
from tests.conftest import shared_path

pytestmark = [pytest.mark.gate, pytest.mark.slow]

# Measured on the held-out halves (docs/benchmarks/events.md); floors a little under them.
PETR2_P_FLOOR = 0.66  # measured 0.690
PETR2_F1_FLOOR = 0.54  # measured 0.571 (target 0.60: not reached)
NO_EVENT_FLOOR = 0.80  # measured 0.857
PLOVER_FLOOR = 0.64  # measured 0.646 (target 0.65: one sentence short)
PLOVER_ANSWERED_FLOOR = 0.71  # measured 0.732 (142 of 161 answered; actor-less fallbacks are less accurate)
PLOVER_SOURCE_FLOOR = 0.62  # measured 0.652 (actor country agreement with the gold source)
PLOVER_TARGET_FLOOR = 0.57  # measured 0.602 (the same with the gold target)
# The blind set's held-out half (137 real news sentences, tests/data/events/blind-leads.jsonl)
BLIND_P_FLOOR = 0.43  # measured 0.463
BLIND_F1_FLOOR = 0.30  # measured 0.309
# 5W1H precision, measured 0.837 / 0.440 / 0.667 / 0.655 (quotes stage left out: see the doc)
FIVEW_FLOORS = {"who": 0.80, "what": 0.41, "when": 0.64, "where": 0.63}


def test_events_petr2_and_plover_held_out():
    from newsgraph.bench.events import score_petr2, score_plover

    petr2 = score_petr2(shared_path("events", "petr2_gsr_validation_gold.jsonl"), "test")
    plover = score_plover(shared_path("events", "plover", "PLOVER_GSR_CAMEO.json"), "test")
    assert petr2["triples"]["p"] >= PETR2_P_FLOOR
    assert petr2["triples"]["f1"] >= PETR2_F1_FLOOR
    assert petr2["no_event_accuracy"] >= NO_EVENT_FLOOR
    assert plover["type_accuracy"] >= PLOVER_FLOOR
    assert plover["accuracy_when_answered"] >= PLOVER_ANSWERED_FLOOR
    assert plover["source_accuracy"] >= PLOVER_SOURCE_FLOOR
    assert plover["target_accuracy"] >= PLOVER_TARGET_FLOOR


def test_5w1h_held_out():
    from newsgraph.bench.fivew import score

    questions = score(shared_path("5w1h", "gold_standard"), "test", skip=("quotes",))["questions"]
    for question, floor in FIVEW_FLOORS.items():
        assert questions[question]["precision"] >= floor, question


def test_blind_set_held_out():
    from pathlib import Path

    from newsgraph.bench.events import score_blind

    blind = Path(__file__).parents[1] / "data" / "events" / "blind-leads.jsonl"
    triples = score_blind(blind, shared_path("corpora"), "test")["triples"]
    assert triples["p"] >= BLIND_P_FLOOR
    assert triples["f1"] >= BLIND_F1_FLOOR
