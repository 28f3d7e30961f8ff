"""The seed article's events, as issue 6 states them (final expectations)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def names(participants) -> set[str]:
    return {p.name for p in participants}


def countries(participants) -> set[str | None]:
    return {p.country for p in participants}


def test_consult_among_three_ministers_in_antalya(seed_record):
    (event,) = [e for e in seed_record.events if e.type == "CONSULT" and e.trigger.text == "met"]
    by_name = {p.name: p for p in event.actors}
    assert {"Sergey Lavrov", "Dmytro Kuleba", "Mevlut Cavusoglu"} <= set(by_name)
    assert (by_name["Sergey Lavrov"].country, by_name["Sergey Lavrov"].sector) == ("RUS", "GOV")
    assert (by_name["Dmytro Kuleba"].country, by_name["Dmytro Kuleba"].sector) == ("UKR", "GOV")
    assert (by_name["Mevlut Cavusoglu"].country, by_name["Mevlut Cavusoglu"].sector) == ("TUR", "GOV")
    assert event.mode == "third-party" and event.cameo == "044"
    assert event.date == "2022-03-10" and event.date_source == "text"
    if seed_record.places:  # the place is a Place record when the places stage ran
        place = next(p for p in seed_record.places if p.id == event.place)
        assert place.name == "Antalya" and place.country == "TUR"
    assert not (event.negated or event.future or event.hypothetical or event.historical)


def test_ceasefire_agree_is_negated(seed_record):
    agrees = [
        e for e in seed_record.events if e.type == "AGREE" and {"RUS", "UKR"} <= countries(e.actors + e.recipients)
    ]
    assert agrees
    assert all(e.negated for e in agrees)  # and so no un-negated AGREE between Russia and Ukraine
    (first,) = [e for e in agrees if e.mode == "ceasefire"]
    assert first.date == "2022-03-10"


def test_putin_lukashenko_meeting_is_future_and_reported(seed_record):
    (event,) = [
        e
        for e in seed_record.events
        if e.type == "CONSULT" and "Alexander Lukashenko" in names(e.actors + e.recipients)
    ]
    assert "Vladimir Putin" in names(event.actors)
    assert event.future and event.reported and event.quote is not None
    assert event.date == "2022-03-11" and event.date_source == "text"
    assert countries(event.recipients) == {"BLR"}
    if seed_record.places:
        place = next(p for p in seed_record.places if p.id == event.place)
        assert place.name == "Moscow"


def test_lavrov_accuses_the_west(seed_record):
    (event,) = [e for e in seed_record.events if e.type == "ACCUSE"]
    assert names(event.actors) == {"Sergey Lavrov"} and countries(event.actors) == {"RUS"}
    assert [p.code for p in event.recipients] == ["WST"]
    assert event.cameo[:2] == "11" and event.quad_class == 3 and event.goldstein < 0


def test_turkey_gives_ukraine_military_aid(seed_record):
    (event,) = [e for e in seed_record.events if e.type == "AID"]
    assert countries(event.actors) == {"TUR"} and countries(event.recipients) == {"UKR"}
    assert event.mode == "military" and event.cameo == "072" and event.quad_class == 2


def test_the_special_military_operation_is_background(seed_record):
    assaults = [e for e in seed_record.events if e.type == "ASSAULT"]
    assert assaults and all(e.historical for e in assaults)


def test_statements_inside_quotes_are_reported_and_linked(seed_record):
    quote_ids = {q.id for q in seed_record.quotes}
    for event in seed_record.events:
        if event.quote is not None:
            assert event.reported and event.quote in quote_ids


def test_main_event_is_the_failed_ceasefire(seed_record):
    main = seed_record.main_event
    assert main is not None
    event = next(e for e in seed_record.events if e.id == main.event)
    assert event.type == "AGREE" and event.negated
    assert main.who.text.startswith("Russia")
    assert "agree" in main.what.text or "breakthrough" in main.what.text
    assert main.when.text == "Thursday"
    assert main.where is not None and "Antalya" in main.where.text


def test_would_not_refuse_a_meeting_stays_hypothetical(seed_record):
    # the issue's own example of the hypothetical mode, reported by Lavrov ("added that … would not refuse")
    (event,) = [e for e in seed_record.events if e.trigger.text == "refuse"]
    assert event.hypothetical and event.reported
    assert "Vladimir Putin" in names(event.actors)
