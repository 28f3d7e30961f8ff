"""Title-Case and capitals headlines are parsed in sentence case and answered in the headline's own words.
Headlines written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.headlines import sentence_cased, with_case_of

BODY = "Farmers in Lyon blocked the A7 on Monday, the CGT union said. Prime Minister Jean Dupont met them."


def test_title_case_is_lowered_except_names_the_body_capitalises():
    headline = "Farmers Block Motorway Near Lyon as Jean Dupont Meets Union"
    cased = sentence_cased(headline, BODY)
    assert cased == "Farmers block motorway near Lyon as Jean Dupont meets union"
    assert len(cased) == len(headline)


def test_capitals_become_a_name_an_acronym_or_lower_case():
    assert (
        sentence_cased("'DUPONT BLOCKED' CGT union says farmers win", BODY)
        == "'Dupont blocked' CGT union says farmers win"
    )


def test_a_sentence_case_headline_is_left_alone():
    headline = "Farmers block motorway near Lyon in Fuel Tax protest"
    assert sentence_cased(headline, BODY) == headline


def test_the_parse_is_returned_on_the_headline_own_words():
    vocab = spacy.blank("en").vocab
    parsed = Doc(
        vocab,
        words=["Farmers", "block", "motorway"],
        spaces=[True, True, False],
        tags=["NNS", "VBP", "NN"],
        pos=["NOUN", "VERB", "NOUN"],
        deps=["nsubj", "ROOT", "dobj"],
        heads=[1, 1, 1],
    )
    restored = with_case_of(parsed, "Farmers Block Motorway")
    assert [t.text for t in restored] == ["Farmers", "Block", "Motorway"]
    assert [(t.tag_, t.dep_, t.head.i) for t in restored] == [
        ("NNS", "nsubj", 1),
        ("VBP", "ROOT", 1),
        ("NN", "dobj", 1),
    ]


@pytest.mark.slow
def test_a_title_case_headline_gives_its_predicate(run_events):
    record = run_events(
        "Hundreds of farmers blocked the A7 motorway near Lyon on Monday.",
        headline="Farmers Block Motorway Near Lyon After Fuel Tax Rise",
    )
    assert record.main_event.what.text == "Block Motorway"
