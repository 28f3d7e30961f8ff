"""The places stage on the seed article and on sentences written for these tests (loads spaCy)."""

import pickle

import pytest

from newsgraph.pipeline import Pipeline
from newsgraph.readers.base import RawInput
from newsgraph.stages.places import PlacesStage

pytestmark = pytest.mark.slow


def _raw(text: str, name: str = "t.txt") -> RawInput:
    return RawInput(source=name, data=text.encode(), kind="text")


# Several paragraphs, so that the page reader takes it for a story.
METONYMY_TEXT = """Washington said on Monday it would not send troops to the region, officials told reporters in a briefing.

Beijing accused the group of meddling in its internal affairs and promised a firm response to any provocation.

Relations between Tokyo and Seoul have improved over the past year, according to diplomats from both countries.

Tourists flocked to Paris in August, filling hotels across the city for the third summer in a row.

She grew up in Berlin and moved abroad after finishing her studies at the local university."""


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(until="places")


def places_of(pipeline, text):
    (record,) = pipeline.run([_raw(text)])
    assert not record.failures, record.failures
    assert "places" in record.stages
    return record


def test_seed_places(seed_record):
    places = seed_record.places
    by_text: dict[str, list] = {}
    for place in places:
        by_text.setdefault(place.span.text, []).append(place)
    body = seed_record.article.body
    for place in places:
        if place.caption is None:
            assert body[place.span.start : place.span.end] == place.span.text
    assert {p.country for p in by_text["Antalya"]} == {"TUR"}
    assert {(p.country, p.feature) for p in by_text["Turkey"]} == {("TUR", "A.PCLI")}
    assert {(p.country, p.feature) for p in by_text["Moscow"]} == {("RUS", "P.PPLC")}
    assert {p.country for p in by_text["Kyiv"]} == {"UKR"}
    (pushcha,) = [p for p in places if "Pushcha" in p.span.text]
    assert pushcha.country == "BLR" and pushcha.caption is not None
    assert seed_record.article.captions[pushcha.caption].text[pushcha.span.start : pushcha.span.end] == (
        pushcha.span.text
    )
    talks = body.index("talks between Moscow and Kyiv")
    between = [p for p in by_text["Moscow"] if talks < p.span.start < talks + 30]
    assert between and between[0].metonymic
    literal = body.index("in Moscow on Friday") + 3
    assert [p.metonymic for p in by_text["Moscow"] if p.span.start == literal] == [False]
    for place in places:
        assert place.confidence >= 0 and (place.latitude is None) == (place.longitude is None)


def test_metonymy_rules(pipeline):
    record = places_of(pipeline, METONYMY_TEXT)
    meto = {p.span.text: p.metonymic for p in record.places}
    assert meto["Washington"] and meto["Beijing"] and meto["Tokyo"] and meto["Seoul"]
    assert not meto["Paris"] and not meto["Berlin"]
    assert {p.span.text: p.country for p in record.places}["Washington"] == "USA"


def test_places_link_to_entities(pipeline):
    record = places_of(pipeline, METONYMY_TEXT + "\n\nOfficials in Nairobi met counterparts from Kenya's neighbours.")
    nairobi = next(p for p in record.places if p.span.text == "Nairobi")
    assert nairobi.country == "KEN"
    entity = record.entity(nairobi.entity)
    assert entity is not None and entity.name == "Nairobi"


def test_bad_input_does_not_crash(pipeline):
    capitalised = " ".join(f"Qz{i} Town" for i in range(3000)) + "."
    weird = "\u202eMoscow\u200b \U0001f30d Ｔｏｋｙｏ \x00 Zürich, Schweiz. " * 50
    records = list(pipeline.run([_raw("", "empty.txt"), _raw(capitalised, "caps.txt"), _raw(weird, "weird.txt")]))
    assert len(records) == 3
    for record in records:
        assert all(f.stage != "places" for f in record.failures), record.failures


def test_stage_pickles_without_its_gazetteer():
    stage = PlacesStage()
    stage.setup()
    clone = pickle.loads(pickle.dumps(stage))
    assert clone._resolver is None
    assert len(pickle.dumps(stage)) < 1000
