"""Which spaCy entities become toponyms (tokenizer only: entities are set by hand to mimic tagger errors)."""

import pytest
import spacy

from newsgraph.geo.mentions import doc_toponyms
from newsgraph.geo.resolver import Resolver


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def names():
    return Resolver()


def doc_with(nlp, text, ents):
    doc = nlp(text)
    spans = []
    for phrase, label in ents:
        start = text.index(phrase)
        spans.append(doc.char_span(start, start + len(phrase), label=label))
    doc.ents = spans
    return doc


def texts(nlp, names, text, ents):
    return [t.text for t, _ in doc_toponyms(doc_with(nlp, text, ents), names)]


def test_place_labels_are_kept_and_trimmed(nlp, names):
    text = "Troops left the United States for Orange County's coast."
    got = texts(nlp, names, text, [("the United States", "GPE"), ("Orange County's", "GPE")])
    assert got == ["United States", "Orange County"]


def test_mislabelled_capitals_and_towns_are_rescued(nlp, names):
    text = "Talks between Moscow and Kyiv. Police in Alexandria said. Sioux Falls, S.D., voted."
    ents = [("Moscow", "GPE"), ("Kyiv", "ORG"), ("Alexandria", "PERSON"), ("Sioux Falls", "PERSON")]
    assert texts(nlp, names, text, ents) == ["Moscow", "Kyiv", "Alexandria", "Sioux Falls"]


def test_people_and_organisations_stay_out(nlp, names):
    text = "Chen met Smith Holdings in Paris. Chen said Jackson agreed."
    ents = [("Chen", "PERSON"), ("Smith Holdings", "ORG"), ("Paris", "GPE"), ("Jackson", "PERSON")]
    assert texts(nlp, names, text, ents) == ["Paris"]


def test_without_a_gazetteer_only_place_labels_count(nlp):
    doc = doc_with(nlp, "Talks between Moscow and Kyiv.", [("Moscow", "GPE"), ("Kyiv", "ORG")])
    assert [t.text for t, _ in doc_toponyms(doc)] == ["Moscow"]


def test_a_lowercase_direction_is_no_named_region(nlp, names):
    text = "North Korea fired a missile into the sea off its east coast."
    got = texts(nlp, names, text, [("North Korea", "GPE"), ("east coast", "LOC")])
    assert got == ["North Korea"]
    # an all-lowercase page still has its places
    assert texts(nlp, names, "protests in paris.", [("paris", "GPE")]) == ["paris"]


def test_the_planet_and_a_metro_are_no_towns(nlp, names):
    text = "Swipe through profiles anywhere on Earth, the Metro system said in Washington."
    got = texts(nlp, names, text, [("Earth", "LOC"), ("Metro", "FAC"), ("Washington", "GPE")])
    assert got == ["Washington"]
