"""Who acts and on whom, read from the clause around the act: local actors and the place they act in,
instruments, participle clauses, subjects the parser misplaces, stateless peoples, visitors and travellers;
sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.helpers import codes, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Chinese President Xi Jinping received the visiting Pakistani prime minister in Beijing.", "CHN", "PAK"),
        ("Putin received Lukashenko in the Kremlin on Friday.", "RUS", "BLR"),
    ],
)
def test_receiving_a_visitor_hosts_a_visit(run_events, text, actor, recipient):
    event = only(run_events(text), "CONSULT")
    assert (event.mode, event.cameo) == ("host", "043")
    assert codes(event.actors) == {actor} and codes(event.recipients) == {recipient}


def test_receiving_weapons_is_still_aid_from_the_giver(run_events):
    event = only(run_events("Ukraine received weapons from Poland."), "AID")
    assert codes(event.actors) == {"POL"} and codes(event.recipients) == {"UKR"}


def test_unnamed_domestic_actors_take_the_country_they_act_in(run_events):
    event = only(run_events("Police arrested dozens of protesters in Minsk."), "COERCE")
    assert codes(event.actors) == {"BLR"} and codes(event.recipients) == {"BLR"}
    event = only(run_events("Thousands of people demonstrated in Paris against the pension reform."), "PROTEST")
    assert codes(event.actors) == {"FRA"}
    # refugees are often from elsewhere: no country is better than a wrong one
    event = only(run_events("Refugees protested in Athens."), "PROTEST")
    assert codes(event.actors) == {None}


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("US Secretary of State Antony Blinken arrived in Kyiv on an unannounced visit.", "USA", "UKR"),
        ("The Chinese foreign minister flew to Moscow on a three-day trip on Monday.", "CHN", "RUS"),
    ],
)
def test_travelling_on_a_visit_visits_the_place(run_events, text, actor, recipient):
    event = only(run_events(text), "CONSULT")
    assert event.mode == "visit" and codes(event.actors) == {actor} and codes(event.recipients) == {recipient}


def test_the_when_clause_names_who_caused_the_harm(run_events):
    text = "Three Indian soldiers were wounded when Pakistani troops fired across the border, an army spokesman said."
    event = only(run_events(text), "ASSAULT")
    assert codes(event.actors) == {"PAK"} and codes(event.recipients) == {"IND"}


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        # "used X to do Y": the user does Y, not the instrument
        # (the opposition is the story's one country's)
        ("Tanzanian police used tear gas to disperse opposition supporters in Dar es Salaam.", "COERCE", "TZA", "TZA"),
        # a statement criticising someone speaks for its author, not for whoever welcomed it
        ("Hungary welcomed an EU statement criticising China.", "ACCUSE", None, "CHN"),
        # a stateless people is placed by the place phrase, not by the nearest adjective
        ("Turkish troops shelled Kurdish positions in northern Syria on Sunday.", "ASSAULT", "TUR", "SYR"),
    ],
)
def test_who_acts_in_participle_and_instrument_clauses(run_events, text, kind, actor, recipient):
    event = only(run_events(text), kind)
    assert actor is None or codes(event.actors) == {actor}
    assert codes(event.recipients) == {recipient}
    if actor is None:
        assert [p.code for p in event.actors] == ["IGO"]


def test_a_beaten_group_of_no_country_is_not_replaced_by_a_place(run_events):
    event = only(run_events("Croatian police beat migrants at the border with Bosnia."), "ASSAULT")
    assert codes(event.actors) == {"HRV"} and event.recipients == []


def test_a_rally_calling_for_something_speaks_for_its_organisers(run_events):
    record = run_events("Hungary welcomed an EU statement criticising China.")
    assert [p.code for e in record.events if e.type == "ACCUSE" for p in e.actors] == ["IGO"]
    # blocked, the statement is not made: Hungary rejects the EU's proposal (CAMEO 12)
    blocked = run_events("Hungary blocked an EU statement criticising China.")
    assert [(e.type, codes(e.actors), [p.code for p in e.recipients]) for e in blocked.events] == [
        ("REJECT", {"HUN"}, ["IGO"])
    ]
    record = run_events("The council issued a declaration demanding that Israel withdraw.")
    event = only(record, "REQUEST")
    assert [p.name for p in event.actors] == ["The council"]


def test_unnamed_rebels_are_local_but_officials_may_travel(run_events):
    event = only(run_events("Rebels attacked government positions near Damascus."), "ASSAULT")
    assert codes(event.actors) == {"SYR"} and codes(event.recipients) == {"SYR"}  # the government's are Syria's


def test_a_subject_hung_on_the_auxiliary_still_acts(run_events):
    text = "Egypt and Qatar are mediating between Israel and Hamas to secure the release of hostages."
    event = only(run_events(text), "CONSULT")
    assert event.mode == "mediate" and codes(event.actors) == {"EGY", "QAT"}
    assert codes(event.recipients) == {"ISR", "PSE"}


def test_foreign_people_are_no_government(run_events):
    text = "Chinese police detained three foreign activists who unfurled a Tibet banner near the Olympic stadium."
    event = only(run_events(text), "COERCE")
    assert [p.sector for p in event.recipients] == ["CVL"]
    event = only(run_events("The Foreign Office summoned the Russian ambassador."), "ACCUSE")
    assert [p.sector for p in event.actors] == ["GOV"]


def test_planes_travel_without_visiting(run_events):
    assert run_events("A second A380 is also travelling to the U.S. on Monday, but without passengers.").events == []
    event = only(run_events("Pope Francis travelled to Iraq."), "CONSULT")
    assert event.mode == "visit" and codes(event.recipients) == {"IRQ"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Two journalists were arrested in March and released by Iranian authorities on Monday.", "IRN"),
        ("The civilians imprisoned for acting against Moscow were released yesterday by Putin himself", "RUS"),
    ],
)
def test_a_passive_conjunct_shares_its_subject(run_events, text, actor):
    event = only(run_events(text), "RETREAT")
    assert event.mode == "release" and codes(event.actors) == {actor} and event.recipients


def test_state_media_report_and_do_not_accuse(run_events):
    record = run_events("Syrian state TV reported that Israeli jets struck Damascus airport.")
    assert [e.type for e in record.events] == ["ASSAULT"]
    assert codes(record.events[0].actors) == {"ISR"} and codes(record.events[0].recipients) == {"SYR"}


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipient"),
    [
        # a named movement places its fighters before any nearby country does
        (
            "Kurdish peshmerga fighters retook Sinjar from Islamic State with the help of U.S. air strikes.",
            "ASSAULT",
            {"IRQ"},
            None,
        ),
        # the tagger makes "Islamic" an adjective here; the bloc's name is still read
        (
            "The U.S.-led coalition carried out 22 air strikes against Islamic State targets in Iraq and Syria.",
            "ASSAULT",
            {"USA"},
            None,
        ),
        (
            "Ukrainian government forces and pro-Russian separatists traded artillery fire near Donetsk airport.",
            "ASSAULT",
            {"UKR"},
            None,
        ),
    ],
)
def test_movements_blocs_and_traded_fire(run_events, text, kind, actors, recipient):
    event = only(run_events(text), kind)
    assert actors <= codes(event.actors)
    if "Islamic State" in text:
        assert [p.code for p in event.recipients] == ["IMG"]


def test_vowing_revenge_threatens_and_would_not_accept_refuses_now(run_events):
    assert only(run_events("Jordan vowed to avenge the killing of its pilot by Islamic State."), "THREATEN")
    text = "Khamenei said on Wednesday that Tehran would not accept unreasonable demands in nuclear talks."
    event = only(run_events(text), "REJECT")
    assert not (event.future or event.negated or event.hypothetical)


def test_a_bare_participle_conjoined_to_a_passive_is_passive_too(run_events):
    record = run_events(
        "An Israeli soldier was killed and two others wounded when Palestinian gunmen opened fire on their patrol."
    )
    assaults = [e for e in record.events if e.type == "ASSAULT"]
    assert assaults and all(codes(e.actors) == {"PSE"} for e in assaults)
