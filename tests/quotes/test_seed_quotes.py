"""The seed article: every statement with the right speaker, relay and kind."""

from __future__ import annotations

from collections import Counter

import pytest

pytestmark = pytest.mark.slow


def by_speaker(record) -> Counter:
    return Counter(q.speaker_name for q in record.quotes)


def find(record, fragment: str):
    matches = [q for q in record.quotes if any(fragment in piece.text for piece in q.content)]
    assert len(matches) == 1, f"{fragment!r}: {[q.content for q in matches]}"
    return matches[0]


def test_statement_counts_per_speaker(seed_record):
    counts = by_speaker(seed_record)
    # Kuleba: the three statements the issue lists, plus "described the meeting as "difficult"" (see docs).
    assert counts == {
        "Dmytro Kuleba": 4,
        "Maria Zakharova": 1,
        "Sergey Lavrov": 4,
        "Dmitry Peskov": 1,
        "Rostislav Ishchenko": 2,
        "analysts": 1,
    }


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [
        ("24-hour ceasefire", "Dmytro Kuleba"),
        ("Ukraine has not surrendered", "Dmytro Kuleba"),
        ("the Russian side insisted", "Dmytro Kuleba"),
        ('"difficult"', "Dmytro Kuleba"),
        ("one-and-a-half hours", "Maria Zakharova"),
        ("continue negotiations", "Sergey Lavrov"),
        ("would not refuse a meeting", "Sergey Lavrov"),
        ("supplied weapons", "Sergey Lavrov"),
        ("come out of this crisis", "Sergey Lavrov"),
        ("Putin will hold a meeting", "Dmitry Peskov"),
        ("slim chance of a breakthrough", "analysts"),
        ("Many observers do not believe", "Rostislav Ishchenko"),
        ("Ukraine needs these talks", "Rostislav Ishchenko"),
    ],
)
def test_each_statement_has_its_speaker(seed_record, fragment, speaker):
    quote = find(seed_record, fragment)
    assert quote.speaker_name == speaker
    entity = seed_record.entity(quote.speaker_entity)
    if speaker == "analysts":
        assert quote.unnamed and entity is None
    else:
        assert entity is not None and entity.name == speaker and not quote.unnamed


def test_relay_through_news_agency(seed_record):
    quote = find(seed_record, "Putin will hold a meeting")
    assert quote.speaker.text == "Kremlin spokesman Dmitry Peskov"
    assert quote.via_names == ["RIA Novosti"]
    assert [s.text for s in quote.via_spans] == ["Russian news agency RIA Novosti"]
    assert quote.via and seed_record.entity(quote.via[0]) is not None


def test_kinds_cues_and_spans(seed_record):
    body = seed_record.article.body
    direct = find(seed_record, "Ukraine has not surrendered")
    assert direct.kind == "direct" and direct.cue.text == "said"
    assert direct.content[0].text.startswith('"I want') and direct.content[0].text.endswith('surrender,"')
    assert find(seed_record, "would not refuse a meeting").kind == "mixed"
    assert find(seed_record, "continue negotiations").kind == "indirect"
    added = find(seed_record, "Ukraine needs these talks")
    assert added.cue.text == "added" and added.speaker.text == "He"
    accused = find(seed_record, "supplied weapons")
    assert accused.cue.text == "accused" and len(accused.content) == 2
    assert find(seed_record, "slim chance").cue.text == "had said"
    for quote in seed_record.quotes:
        for span in [*quote.content, quote.cue, quote.speaker]:
            assert body[span.start : span.end] == span.text
            assert span.source_start is not None  # the seed is a text page: offsets into the input too
