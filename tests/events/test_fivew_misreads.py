"""The headline verb when the tagger misreads a headline: parses built by hand (the small model's
mistakes vary by model version), so each rule is tested on exactly the misreading it is for."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.events.headline import _bare_participle, _headline_segment, _headline_verb, _predicate_tokens, _text_of

VOCAB = spacy.blank("en").vocab


def parse(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """rows of (word, pos, tag, dep, head index)."""
    words, pos, tags, deps, heads = zip(*rows, strict=True)
    return Doc(VOCAB, words=list(words), pos=list(pos), tags=list(tags), deps=list(deps), heads=list(heads))


def what(doc: Doc, lead_verbs: set[str]) -> str | None:
    _, segment = _headline_segment(doc)
    verb = _headline_verb(segment, lead_verbs)
    return _text_of(_predicate_tokens(segment, verb))


def test_a_noun_with_a_subject_is_the_verb():
    doc = parse(
        [
            ("Merkel", "PROPN", "NNP", "nsubj", 3),
            ("and", "CCONJ", "CC", "cc", 0),
            ("Macron", "PROPN", "NNP", "conj", 0),
            ("meet", "NOUN", "NN", "ROOT", 3),
            ("at", "ADP", "IN", "prep", 3),
            ("Elysee", "PROPN", "NNP", "pobj", 4),
        ]
    )
    assert what(doc, set()) == "meet"


def test_a_capitalised_word_read_as_verb_is_a_name_and_the_lead_confirms_the_real_verb():
    doc = parse(
        [
            ("Merkel", "PROPN", "NNP", "npadvmod", 2),
            (",", "PUNCT", ",", "punct", 2),
            ("Macron", "VERB", "VB", "ROOT", 2),
            ("hold", "NOUN", "NN", "dobj", 2),
            ("first", "ADJ", "JJ", "amod", 5),
            ("meeting", "NOUN", "NN", "dobj", 2),
        ]
    )
    assert what(doc, {"hold"}) == "hold first meeting"  # "held" in the lead
    assert what(doc, set()) != "Macron hold first meeting"


def test_a_plural_noun_after_a_name_is_the_verb_when_the_lead_uses_it_as_one():
    doc = parse(
        [
            ("Jane", "PROPN", "NNP", "compound", 1),
            ("Doe", "PROPN", "NNP", "compound", 2),
            ("stages", "NOUN", "NNS", "nsubj", 3),
            ("protest", "VERB", "VBP", "ROOT", 3),
            ("outside", "ADP", "IN", "prep", 3),
            ("parliament", "NOUN", "NN", "pobj", 4),
        ]
    )
    assert what(doc, {"stage", "staged"}) == "stages protest"
    assert what(doc, set()) == "protest"


def test_a_past_tense_with_an_object_is_not_a_bare_participle():
    doc = parse(
        [
            ("Rebels", "NOUN", "NNS", "nsubj", 1),
            ("beat", "VERB", "VBD", "ROOT", 1),
            ("army", "NOUN", "NN", "dobj", 1),
        ]
    )
    assert not _bare_participle(doc[1])
    assert what(doc, set()) == "beat army"
    arrested = parse([("Driver", "NOUN", "NN", "nsubj", 1), ("arrested", "VERB", "VBN", "ROOT", 1)])
    assert _bare_participle(arrested[1])
    assert what(arrested, set()) == "Driver arrested"
