"""Readings fixed after reading the events of 2020 web pages outside every gold set (htmldate's MediaCloud
pages not in the blind set): shares, bids and shop fronts as actors, an essayist "offering a look" as an
intent, "sheltering in place" as asylum. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.helpers import codes, never, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Technology stocks have given up a chunk of gains since last week.",
        "The new storefront will offer fashion brands to customers.",
        "A detailed report examined the flood plans.",
    ],
)
def test_a_thing_as_the_doer_makes_no_event(run_events, text):
    assert run_events(text).events == []


def test_people_and_bodies_without_a_country_still_act(run_events):
    for text in (
        "Dozens of employees staged a walkout.",
        "The committee criticised the mayor.",
        "A car bomb killed five people in Baghdad.",
        "A missile hit a residential building in Kyiv.",  # fired by someone unnamed
        "The resolution calls on Israel to withdraw.",  # a document speaks for its authors
        "The new law bans protests near parliament.",
    ):
        events = run_events(text).events
        assert events and all(e.actors or e.recipients for e in events), text


def test_people_counted_in_a_place_are_who_and_the_place_is_where(run_events):
    record = run_events(
        "Dozens of rescuers in China are trying to reach a five-year-old boy trapped in a well.",
        headline="Race to reach boy trapped in well",
    )
    assert record.main_event.who.text == "Dozens of rescuers"


def test_an_offer_of_a_thing_parties_do_not_offer_is_no_intent(run_events):
    assert run_events("The poet offers a wry look at the fate of her art.").events == []
    to_a_party = only(run_events("Russia offered Ukraine a discount on gas prices."), "AGREE")
    assert codes(to_a_party.recipients) == {"UKR"}  # an offer made to a party is one, whatever it offers
    offer = only(run_events("Serbia offered Kosovo closer ties."), "AGREE")
    assert codes(offer.actors) == {"SRB"} and codes(offer.recipients) == {"XKX"}
    assert only(run_events("Qatar offered to mediate between Israel and Hamas."), "AGREE")


def test_sheltering_in_place_gives_no_one_refuge(run_events):
    assert run_events("They began sheltering in place in March.").events == []
    refuge = only(run_events("Jordan sheltered thousands of Syrian refugees."), "AID")
    assert codes(refuge.actors) == {"JOR"} and codes(refuge.recipients) == {"SYR"}


def test_a_court_striking_down_a_law_strikes_no_one(run_events):
    assert run_events("The Supreme Court struck down the state's mask order.").events == []
    assert only(run_events("Police struck down two protesters in Minsk."), "ASSAULT")


def test_anyone_is_no_party(run_events):
    for event in run_events("Anyone who criticised the mayor in New York was fined.").events:
        assert all(p.name.lower() != "anyone" for p in event.actors + event.recipients)


def test_ordering_goods_is_a_purchase_and_ordering_people_is_a_demand(run_events):
    assert all(e.type != "REQUEST" for e in run_events("The airline ordered 30 new planes last year.").events)
    demand = only(run_events("Putin ordered Russian troops to withdraw from the border."), "REQUEST")
    assert codes(demand.actors) == {"RUS"}
    assert only(run_events("Israel ordered a blockade of Gaza."), "COERCE")


def test_politics_fought_in_words_is_no_violence(run_events):
    """BBC politics pages: parties fight racism, attack each other and seize poll advantages in words."""
    assert run_events("He added that the party also fought all forms of racism.").events == []
    assert run_events("The Tories were seizing a poll advantage over the issue.").events == []
    judged = only(run_events("The plan has been attacked by the Tories as too little, too late."), "ACCUSE")
    assert codes(judged.actors) == {"GBR"}
    assert all(e.type != "ASSAULT" for e in run_events("He kept attacking the party he once led.").events)
    assert only(run_events("The convoy was attacked by rebels as it crossed the border."), "ASSAULT")


def test_a_task_one_is_charged_with_is_no_charge(run_events):
    assert run_events("The Speaker is charged with ensuring order in the chamber.").events == []
    assert only(run_events("Police in Cairo charged him with spying."), "COERCE")
    assert only(run_events("The activist was charged with organising the protests."), "COERCE")  # a crime there


def test_countries_in_a_game_are_teams(run_events):
    """BBC sport pages: "Italy hit back", "Wales threatened further scores" are rugby, not relations."""
    record = run_events(
        "Wales beat Italy in the Six Nations rugby match at the stadium. Wales twice threatened further scores, "
        "and Italy hit back with a penalty as the coach watched from the stands. Ireland conceded a penalty."
    )
    assert record.events == []


def test_a_film_is_shot_with_cameras(run_events):
    assert run_events("The film was shot in Morocco last year.").events == []
    assert run_events("Shooting on the period drama was postponed indefinitely.").events == []
    shot = only(run_events("Soldiers shot two protesters in Myanmar."), "ASSAULT")
    assert codes(shot.recipients) == {"MMR"}


def test_only_an_authority_permits(run_events):
    never(run_events, "CONCEDE", "The app allows people to make free calls.")
    assert run_events("The app allows people to make free calls.").events == []  # and free calls are no appeal
    permission = only(run_events("Israel allowed aid trucks to enter Gaza."), "CONCEDE")
    assert codes(permission.actors) == {"ISR"}
    assert only(run_events("Blair repeated calls for the mayor to apologise."), "REQUEST")


def test_a_forecast_is_no_threat(run_events):
    """BBC tech and business pages: firms warn of losses and viruses; states warn each other."""
    never(
        run_events,
        "THREATEN",
        "The games maker warned that it was low on cash.",
        "In August it had warned of annual losses of six million pounds.",
        "A Finnish security firm issued a warning about the new strains of the virus.",
    )
    for text in (
        "Russia warned Ukraine against joining NATO.",
        "China issued a stern warning to Taiwan.",
        "North Korea warned it would take strong countermeasures.",
    ):
        assert only(run_events(text), "THREATEN"), text


def test_help_is_aid_when_someone_is_helped(run_events):
    """BBC business pages: downturns, attitudes and strategies "help" trends and the environment."""
    never(
        run_events,
        "AID",
        "Japan's long economic downturn helped drive the trend.",
        "Several firms were praised for their strategies to help the environment.",
        "She is a blogger who is helping with the new tsunami blog.",
    )
    aid = only(run_events("The US helped Ukraine defend itself."), "AID")
    assert codes(aid.actors) == {"USA"} and codes(aid.recipients) == {"UKR"}
    assert only(run_events("Canada wants to help ukraine rebuild."), "AGREE")  # lower-cased country


def test_sharing_a_view_is_no_agreement(run_events):
    never(
        run_events,
        "AGREE",
        "Many broadcast analysts agree that the net is radically altering the way people watch television.",
        "A bond strategist agreed that the latest retail sales figures were stronger than expected.",
    )
    agreement = only(run_events("Russia and Ukraine agreed that talks would resume on Monday."), "AGREE")
    assert codes(agreement.actors) == {"RUS", "UKR"}


def test_wanting_people_to_feel_or_know_is_no_appeal(run_events):
    never(
        run_events,
        "REQUEST",
        "Officials say the home secretary wants young people to feel they belong.",
        "Recipients of these e-mails should know that the FBI does not send them.",
    )
    assert only(run_events("The unions want the government to withdraw these regulations."), "REQUEST")


def test_meeting_up_is_company_not_consultation(run_events):
    assert run_events("Many people arrange to meet up with friends at net cafes.").events == []
    assert only(run_events("Putin met Erdogan in Sochi."), "CONSULT")


def test_gadgets_services_and_market_demand_are_no_events(run_events):
    """BBC tech and business pages: a phone maker's device launch, an operator's service, demand dipping."""
    for text in (
        "The operator has launched its latest pocket office device, which also has built-in wi-fi.",
        "The operator also offers a free, web-based syncing service.",
        "Profits fell, with low-cost firms driving down prices and demand dipping after the attacks.",
    ):
        assert run_events(text).events == [], text
    assert only(run_events("Militants detonated an improvised explosive device near a convoy."), "ASSAULT")
    assert only(run_events("Ukraine demanded that Russia withdraw its troops."), "REQUEST")


def test_phone_calls_and_storming_to_victory_are_no_events(run_events):
    never(run_events, "REQUEST", "Skype allows people to make free PC-based calls to other Skype users.")
    never(
        run_events,
        "ASSAULT",
        "James McIlroy stormed to his second international victory.",
        "She stormed off the stage.",
    )
    assert only(run_events("The UN made repeated calls for a ceasefire."), "REQUEST")
    assert codes(only(run_events("Britain renewed its call on Israel to withdraw."), "REQUEST").recipients) == {"ISR"}
    assert only(run_events("Troops stormed the parliament building."), "ASSAULT")


def test_talk_about_admissions_idioms_races_and_civil_generals(run_events):
    """From a hand-judged sample of 60 BBC events (ninth session)."""
    assert run_events("It upset her husband when Kilgore talked about the song.").events == []
    assert run_events("Mr Negroponte conceded this was ambitious.").events == []
    assert run_events("We are pulling out all the stops, said the police chief.").events == []
    assert run_events("Bekele battled to second in 7:41.").events == []
    assert only(run_events("Putin and Biden talked about Ukraine."), "CONSULT")
    assert only(run_events("Serbia conceded defeat."), "CONCEDE")
    actors = only(run_events("The attorney general charged him."), "COERCE").actors
    assert {p.sector for p in actors} == {None}
