"""Attribution patterns beyond "X said": objects with of/for, "as police have said", passives, relays."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def read():
    from newsgraph.config import Settings
    from newsgraph.quotes.rules import find_attributions
    from newsgraph.stages.nlp import load_spacy

    nlp = load_spacy(Settings().spacy_model)

    def attributions(text: str) -> list[tuple]:
        def cut(rng):
            return text[rng[0] : rng[1]] if rng else None

        return [
            (cut(a.cue), cut(a.source), [cut(p) for p in a.content], [cut(v) for v in a.via])
            for a in find_attributions(nlp(text))
        ]

    return attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The suspect fled the scene in a stolen car, as police have said.",
            ("have said", "police", ["The suspect fled the scene in a stolen car"], []),
        ),
        ("Smith blasted him for not paying his taxes.", ("blasted", "Smith", ["him for not paying his taxes"], [])),
        (
            "The mayor accused the council of wasting money.",
            ("accused", "The mayor", ["the council of wasting money"], []),
        ),
        (
            "Peskov was quoted by RIA Novosti as saying that talks would resume.",
            ("was quoted", "Peskov", ["that talks would resume"], ["RIA Novosti"]),
        ),
        (
            "Officials warned that the storm could hit on Monday.",
            ("warned", "Officials", ["that the storm could hit on Monday"], []),
        ),
        ("Trump is expected to win the primary.", ("is expected", None, ["Trump", "to win the primary"], [])),
        ("According to analysts, the deal is unlikely.", ("According to", "analysts", ["the deal is unlikely"], [])),
        (
            "The senator said in a statement that the bill would pass.",
            ("said in a statement", "The senator", ["that the bill would pass"], []),
        ),
        (
            "Local farmers have been critical of the new water rules.",
            ("have been critical of", "Local farmers", ["the new water rules"], []),
        ),
        (
            "Some residents are worried that the factory will close.",
            ("are worried", "Some residents", ["that the factory will close"], []),
        ),
        (
            "The union’s call for a higher minimum wage was ignored.",
            ("call for", "The union’s", ["a higher minimum wage"], []),
        ),
        (
            "A new state poll showed a close race between the two mayors.",
            ("showed", "A new state poll", ["a close race between the two mayors"], []),
        ),
        (
            "The coach was asked whether he would stay.",
            ("was asked", None, ["whether he would stay"], []),
        ),
        (
            "WHY TURNOUT FELL - Jane Roe: “Fewer people believed their vote mattered.”",
            (":", "Jane Roe", ["“Fewer people believed their vote mattered.”"], []),
        ),
        (
            "Her refusal to resign angered the board.",
            ("refusal", "Her", ["to resign"], []),
        ),
    ],
)
def test_pattern(read, text, expected):
    assert read(text) == [expected]


def test_nothing_from_a_sentence_without_attribution(read):
    assert read("Turkey has supplied the country with drones, which Kyiv has deployed.") == []
    assert read("It is hard to say what happens next.") == []
