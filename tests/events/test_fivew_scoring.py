"""The 5W1H benchmark's gold reading: some phrases keep JSON escapes as literal text."""

from __future__ import annotations

from newsgraph.bench.fivew import gold_phrases, jaccard


def test_literal_escapes_in_gold_phrases_are_read_as_characters():
    doc = {
        "fiveWoneH": {
            "what": {
                "annotated": [
                    {"text": r"slams \u2018rigged\u2019 FBI", "coderPhraseCount": 2},
                    {"text": r"hails \"amazing\" run", "coderPhraseCount": 3},
                    {"text": "chosen once", "coderPhraseCount": 1},
                ]
            }
        }
    }
    assert gold_phrases(doc, "what") == ["slams \u2018rigged\u2019 FBI", 'hails "amazing" run']
    assert jaccard("slams 'rigged' FBI", gold_phrases(doc, "what")[0]) == 1.0


def test_an_unread_headline_answers_what_with_its_first_predicate():
    import spacy

    from newsgraph.events.fivew import _headline_rest
    from newsgraph.records import Answer, Article, Record

    record = Record(article=Article(source="test", body="Merkel spoke in Berlin.", language="en"))
    nlp = spacy.blank("en")
    who = Answer(text="Angela Merkel")
    answer = _headline_rest(record, nlp("Angela Merkel slams plan and warns of costs"), who)
    assert answer.text == "slams plan"
    answer = _headline_rest(record, nlp("Seven killed as tram derails near Leeds"), None)
    assert answer.text == "Seven killed as tram derails near Leeds"  # "as" joins one event's two sides
