"""Bad input: no verbs, 300-word sentences, lists, flattened tables, capitals, empty inputs."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def long_sentence(words: int = 300) -> str:
    clause = "and the Russian minister said that the talks with Ukraine were useful"
    parts = []
    while sum(len(p.split()) for p in parts) < words:
        parts.append(clause)
    return "Officials met in Geneva " + " ".join(parts) + "."


@pytest.mark.parametrize(
    "text",
    [
        "Moscow. Kyiv. Ankara. 10 March 2022. Photo: Reuters.",
        long_sentence(),
        "- Sanctions\n- Talks in Geneva\n- Aid to Ukraine\n* Troops\n1. Ceasefire\n",
        "Country | Troops | Aid\nUSA | 100 | 5\nRussia | 200 | 0\nTurkey | 50 | 2\n",
        "RUSSIA AND UKRAINE FAIL TO AGREE ON CEASEFIRE AT TALKS IN TURKEY",
        "!!! ??? ... --- ",
        "a" * 2000,
    ],
)
def test_no_crash_and_valid_output(run_events, text):
    record = run_events(text)
    assert not [f for f in record.failures if f.stage == "events"]
    assert "events" in record.stages
    for event in record.events:
        assert record.article.body[event.trigger.start : event.trigger.end] == event.trigger.text
        assert event.actors or event.recipients


def test_no_verbs_no_events(run_events):
    record = run_events("Moscow. Kyiv. Ankara. Talks. Sanctions. Ceasefire.")
    assert record.events == []


def test_without_a_date_nothing_is_invented(run_events):
    record = run_events("Brazil and Argentina signed a trade agreement on Tuesday.", published=None)
    (event,) = record.events
    assert (event.type, event.cameo) == ("SUPPORT", "057")  # signing a formal agreement, per the crosswalk
    assert event.date_source in {"none", "text"}
    assert event.date is None or event.date[:4].isdigit()
