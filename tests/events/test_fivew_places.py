"""5W1H "what" leaves the place to "where": the Giveme5W1H coders answer "tram crash" for a "<town> tram crash:"
label and stop a verbless headline before its closing "in <country>", but keep a building ("outside the embassy").
Headlines and leads written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("headline", "lead", "what"),
    [
        (
            "Paris metro crash: Driver arrested",
            "A train driver has been arrested after a metro crash in Paris injured six people.",
            "metro crash",
        ),
        (  # an explainer leaves "what" to its label
            "London bus crash: what we know",
            "A double-decker bus crashed into a shop in London on Monday, injuring six people.",
            "bus crash",
        ),
        (
            "Deadly fire at nightclub in Romania",
            "At least 27 people died when fire swept through a nightclub in Bucharest, Romania, on Friday night.",
            "Deadly fire at nightclub",
        ),
        ("Heavy snow in Scotland", "Heavy snow has closed roads across Scotland.", "Heavy snow"),
    ],
)
def test_the_place_is_left_to_where(run_events, headline, lead, what):
    assert run_events(lead, headline=headline).main_event.what.text == what


def test_a_lone_noun_keeps_its_place(run_events):
    record = run_events(
        "Violence broke out in Dublin on Thursday after three children were stabbed.",
        headline="Riots in Dublin after school stabbing",
    )
    assert record.main_event.what.text == "Riots in Dublin"


def test_a_place_inside_the_headline_keeps_what_follows_it(run_events):
    record = run_events(
        "Sales of new cars in Germany fell by 20% last month, industry figures show.",
        headline="Car sales in Germany down sharply",
    )
    assert record.main_event.what.text.endswith("down sharply")


def test_a_building_is_part_of_what(run_events):
    record = run_events(
        "Hundreds of people gathered outside the embassy in Paris on Sunday.",
        headline="Protest outside the embassy in Paris",
    )
    assert record.main_event.what.text == "Protest outside the embassy"


def test_a_hyphenated_place_known_by_its_first_part_is_cut_whole():
    from newsgraph.config import Settings
    from newsgraph.events.headline import _without_trailing_place
    from newsgraph.stages.nlp import load_spacy

    doc = load_spacy(Settings().spacy_model)("Fatal attack on consulate in Mazar-e-Sharif")
    assert (
        " ".join(t.text for t in _without_trailing_place(list(doc), frozenset(["mazar"])))
        == "Fatal attack on consulate"
    )
