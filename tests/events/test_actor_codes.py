"""Actor and recipient country codes on sentences written for these tests (no gazetteer: the places
stage is not run, so cities count only through the lexicons)."""

from __future__ import annotations

import pytest

from newsgraph.events.actors import known_leader_country, participant_code
from newsgraph.lexicon.countries import country_code

pytestmark = pytest.mark.slow


def _codes(record) -> tuple[list[str], list[str]]:
    event = max(record.events, key=lambda e: e.confidence)
    return [participant_code(p) for p in event.actors], [participant_code(p) for p in event.recipients]


def test_a_titled_person_without_a_country_belongs_to_the_one_country_named(run_events):
    record = run_events("Governor Amadou Keloro imposed a curfew in Nigeria's Kano state on Tuesday.")
    actors, _ = _codes(record)
    assert [a[:3] for a in actors] == ["NGA"]


def test_a_titled_person_stays_unknown_when_the_story_names_two_countries(run_events):
    record = run_events("Minister Amadou Keloro criticised France and Germany on Tuesday.")
    actors, recipients = _codes(record)
    assert actors[0][:3] == "---"
    assert {r[:3] for r in recipients} == {"FRA", "DEU"}


def test_a_known_leader_misspelt_in_wire_copy_keeps_his_country():
    assert known_leader_country("Abdelaziz Bouteflicka") == "DZA"
    assert known_leader_country("Levy Mwanawasa") == "ZMB"
    assert known_leader_country("Kovalenko") is None  # an unknown name is not forced onto a near one


def test_an_organisation_named_after_its_country(run_events):
    record = run_events("The Zambian Farmers Union accused the government of theft on Monday.")
    actors, _ = _codes(record)
    assert actors[0][:3] == "ZMB"


def test_inter_governmental_and_armed_organisations(run_events):
    record = run_events("The International Labour Organization criticised Chile on Friday.")
    assert _codes(record)[0] == ["IGO"]
    record = run_events("The Kurdistan Workers' Party attacked a police station on Friday.")
    assert _codes(record)[0][0][:3] == "TUR"


def test_members_of_a_group_act(run_events):
    record = run_events("A group of Chechen refugees staged a protest in front of the parliament on Monday.")
    assert _codes(record)[0][0][:3] == "RUS"


def test_a_people_under_a_country_name_is_of_that_country(run_events):
    record = run_events("Bosnian Serbs attacked Moslem villages near the border on Sunday.")
    assert _codes(record)[0][0][:3] == "BIH"


def test_ethnic_minorities_and_kurds_take_the_country_of_the_story(run_events):
    record = run_events("Ethnic Albanians protested in Macedonia on Tuesday.")
    assert _codes(record)[0][0][:3] == "MKD"
    record = run_events("Kurdish fighters attacked a Syrian army post on Monday.")
    actors, recipients = _codes(record)
    assert actors[0][:3] == "SYR" and recipients[0][:3] == "SYR"


def test_an_actor_based_somewhere_is_of_that_place(run_events):
    record = run_events("A newspaper based in Lebanon criticised the president on Monday.")
    assert _codes(record)[0][0][:3] == "LBN"
    record = run_events("Thousands of students throughout Indonesia protested on Saturday.")
    assert _codes(record)[0][0][:3] == "IDN"


def test_peoples_of_one_country_are_in_the_country_lexicon():
    assert country_code("Chechen") == "RUS"
    assert country_code("Tibetans") == "CHN"
    assert country_code("Kurdish") is None  # a people of several states: the story decides


def test_supporters_of_a_country_are_not_of_it(run_events):
    record = run_events("Pro-Russian separatists attacked a checkpoint near Donetsk on Friday.")
    actors, _ = _codes(record)
    assert actors and not actors[0].startswith("RUS")


def test_a_statement_about_their_forces_speaks_for_the_speaker(run_events):
    record = run_events("Bosnian Serbs said on Tuesday their forces had attacked the town of Gorazde.")
    event = next(e for e in record.events if e.type == "ASSAULT")
    assert participant_code(event.actors[0])[:3] == "BIH"


def test_a_country_misspelt_in_wire_copy_and_dates_are_no_one(run_events):
    record = run_events("Ethopia has agreed to re-open its borders to UN peacekeepers.")
    assert _codes(record)[0][0][:3] == "ETH"
    record = run_events("Senior Chilean officials agreed on Wednesday to cooperate.")
    assert all(p.name != "Wednesday" for e in record.events for p in e.actors + e.recipients)


def test_bloc_officials_by_title_and_opposition_leaders(run_events):
    record = run_events("Afghan rebel leaders said on Wednesday they would meet U.N. mediator Diego Cordovez.")
    event = next(e for e in record.events if e.type == "CONSULT")
    assert [participant_code(p) for p in event.recipients] == ["IGO"]
    record = run_events("Georgian opposition leaders demanded the resignation of the prime minister.")
    assert _codes(record)[0] == ["GEOOPP"]


def test_a_region_inside_a_name_is_no_bloc(run_events):
    record = run_events("Sudan's government lifted a state of emergency in West Darfur State on Sunday.")
    assert all(participant_code(p) != "WST" for e in record.events for p in e.actors + e.recipients)


def test_loyalty_and_epithets_name_the_country(run_events):
    record = run_events("Militants loyal to Iraq's Al-Qaeda leader said they attacked a police station.")
    assert _codes(record)[0][0][:3] == "IRQ"
    record = run_events("Washington accused the Islamic republic of supplying weapons to rebels.")
    assert _codes(record)[1] == ["IRN"]


def test_a_target_of_a_group_is_where_it_is(run_events):
    record = run_events("The United States launched an air strike against an Islamic State target west of Baghdad.")
    assert [r[:3] for r in _codes(record)[1]] == ["IRQ"]
    record = run_events("Islamic State fighters attacked a village on Monday.")
    assert _codes(record)[0] == ["IMG"]


def test_the_two_countries_are_the_last_two_named(run_events):
    record = run_events(
        "Russia and Georgia exchanged fire on Friday, and the two countries later agreed to a ceasefire."
    )
    agree = next(e for e in record.events if e.type == "AGREE")
    assert {participant_code(p)[:3] for p in agree.actors} == {"RUS", "GEO"}


def test_an_apposition_gives_the_country(run_events):
    record = run_events("The militants, a Pakistani extremist group, attacked a police station on Monday.")
    assert _codes(record)[0][0][:3] == "PAK"


def test_conjuncts_share_a_modifier_country_of_their_kind(run_events):
    record = run_events("Israeli helicopters and tanks shelled positions near the town on Sunday.")
    assert {participant_code(p)[:3] for p in record.events[0].actors} == {"ISR"}
    record = run_events("Russian troops and rebels attacked the town on Sunday.")
    assert [participant_code(p)[:3] for p in record.events[0].actors] == ["RUS", "---"]


def test_members_of_an_international_body_and_the_story_s_own_opposition(run_events):
    record = run_events("North Korea expelled inspectors of the International Atomic Energy Agency on Monday.")
    assert _codes(record)[1] == ["IGO"]
    record = run_events(
        "Georgian President Eduard Shevardnadze resigned as the opposition threatened to storm Tbilisi."
    )
    threaten = next(e for e in record.events if e.type == "THREATEN")
    assert participant_code(threaten.actors[0]) == "GEOOPP"


def test_backed_groups_are_not_of_their_backer_and_old_country_names_resolve(run_events):
    record = run_events("Iranian-backed militias attacked a police station on Monday.")
    assert not _codes(record)[0][0].startswith("IRN")
    assert country_code("Yugoslav") == "SRB" and country_code("Kampuchea") == "KHM"


def test_separatist_peoples_and_movements_of_one_country(run_events):
    record = run_events("South Ossetian separatists fired on Georgian villages overnight.")
    assert _codes(record)[0][0][:3] == "GEO"
    record = run_events("Zimbabwe's ruling ZANU-PF party rejected talks with the MDC.")
    assert [r[:3] for r in _codes(record)[1]] == ["ZWE"]


def test_his_government_is_the_person_s(run_events):
    record = run_events("Robert Mugabe said on Monday that his government would seize more farms.")
    assert _codes(record)[0] == ["ZWEGOV"]


def test_an_organisation_in_a_story_about_one_country_is_of_it(run_events):
    record = run_events("The Tarkwa Mining Company sued the Ghanaian government on Monday.")
    assert _codes(record)[0][0][:3] == "GHA"


def test_an_organisation_of_unknown_kind_is_not_given_the_only_country(run_events):
    record = run_events("The Third World Water Forum concluded that the US must allocate greater resources.")
    assert all(participant_code(p)[:3] != "USA" for e in record.events for p in e.actors)


def test_known_institutions_whatever_their_entity_type(run_events):
    record = run_events("Downing Street criticised Moscow on Monday.")
    assert _codes(record)[0] == ["GBRGOV"]


def test_region_adjectives_give_cameo_region_codes(run_events):
    record = run_events("Western diplomats criticised Iran on Monday.")
    assert _codes(record)[0] == ["WSTGOV"]
    record = run_events("Latin American leaders criticised Washington on Monday.")
    assert _codes(record)[0] == ["LAMGOV"]


def test_a_leaders_surname_with_another_first_name_is_someone_else():
    from newsgraph.events.actors import known_leader_country

    assert known_leader_country("Giuseppe Conte") == "ITA" and known_leader_country("President Obama") == "USA"
    assert known_leader_country("Victor Conte") is None  # the Balco boss, not Italy's prime minister
    assert known_leader_country("Michael Howard") is None  # the Tory leader, not Australia's John Howard
    assert known_leader_country("Cherie Blair") is None
