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


def test_dev_halves_split_dev_and_nothing_else():
    from newsgraph.bench.events import select

    articles = [{"n": i} for i in range(10)]
    dev = select(articles, "dev")
    half_a, half_b = select(articles, "dev-a"), select(articles, "dev-b")
    assert [d["n"] for d in dev] == [0, 2, 4, 6, 8]
    assert [d["n"] for d in half_a] == [0, 4, 8] and [d["n"] for d in half_b] == [2, 6]
    assert not {d["n"] for d in half_a + half_b} & {d["n"] for d in select(articles, "test")}
