"""A second article written for these tests: «» and „“ marks, a quote across paragraphs, split
quotes, unnamed sources, "the minister", a colon attribution, a relay and an unclosed mark."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).parents[1] / "data" / "quotes" / "harbour-strike-talks.txt"


@pytest.fixture(scope="module")
def record():
    from newsgraph.pipeline import Pipeline
    from newsgraph.readers import iter_inputs

    (raw,) = list(iter_inputs([str(FIXTURE)]))
    (rec,) = Pipeline(until="quotes").run([raw])
    assert not rec.failures
    return rec


def find(record, fragment: str):
    matches = [q for q in record.quotes if any(fragment in piece.text for piece in q.content)]
    assert len(matches) == 1, f"{fragment!r}: {[q.content for q in matches]}"
    return matches[0]


def test_split_quote_is_one_statement_in_two_pieces(record):
    quote = find(record, "patience pays off")
    assert [p.text for p in quote.content] == [
        '"This agreement shows that patience pays off,"',
        '"Nobody wanted to stop the cranes for a week."',
    ]
    assert quote.cue.text == "told" and quote.kind == "direct"
    assert quote.speaker_name.endswith("Lindqvist")


def test_guillemets_and_german_marks(record):
    described = find(record, "exhausting but fair")
    assert described.kind == "mixed" and described.speaker.text == "She"
    assert described.speaker_name.endswith("Lindqvist")
    german = find(record, "Wir sind froh")
    assert german.content[0].text == "„Wir sind froh“" and german.speaker.text == "Brandt"
    adding = find(record, "reopen on Friday")
    assert adding.cue.text == "adding" and adding.speaker_name == german.speaker_name


def test_quote_across_paragraphs_is_one_span(record):
    quote = find(record, "The strike cost the port dearly")
    (piece,) = quote.content
    assert "\n\n" in piece.text and piece.text.endswith('invest in the workers,"')
    assert quote.speaker_name.endswith("Okafor")


def test_unnamed_sources_and_nominal_speaker(record):
    analysts = find(record, "set a benchmark")
    assert analysts.unnamed and analysts.speaker_name.lower() == "analysts" and analysts.speaker_entity is None
    minister = find(record, "social partnership still works")
    assert minister.speaker.text == "The minister" and minister.speaker_name.endswith("Reiter")
    union = find(record, "4,000 workers")
    assert union.cue.text == "According to" and union.speaker.text == "the union"


def test_relay_and_colon_attribution(record):
    relay = find(record, "back to normal")
    assert relay.speaker.text == "port police spokesman Timo Haas"
    assert [s.text for s in relay.via_spans] == ["German broadcaster NDR"]
    assert relay.speaker_name.endswith("Haas")
    colon = find(record, "We owe the workers our thanks")
    assert colon.cue.text == ":" and colon.speaker.text == "Reiter" and colon.kind == "direct"


def test_unclosed_mark_and_he_added(record):
    last = find(record, "next round will be harder")
    assert last.speaker.text == "He" and last.speaker_name.endswith("Reiter")
    assert last.kind == "mixed"


def test_no_statement_from_a_headline_or_a_plain_agreement(record):
    cues = [q.cue.text for q in record.quotes]
    assert "agreed" not in cues
    assert len(record.quotes) == 13
