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
        # a statement criticising someone speaks for its author, not for whoever blocked it
        ("Hungary blocked an EU statement criticising China.", "ACCUSE", None, "CHN"),
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
    record = run_events("Hungary blocked an EU statement criticising China.")
    assert [p.code for e in record.events if e.type == "ACCUSE" for p in e.actors] == ["IGO"]
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


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        # "he" in a statement is its speaker, also when the speaker is named by title only
        (
            "The Israeli prime minister said he was ready to meet Palestinian leader Mahmoud Abbas.",
            "AGREE",
            "ISR",
            "PSE",
        ),
        # "his" too, after the country words of its own phrase ("his Pakistani counterpart" is Pakistan's)
        (
            "The Indian prime minister said he would press his Pakistani counterpart on terrorism.",
            "REQUEST",
            "IND",
            "PAK",
        ),
        ("The Thai army chief said his troops had withdrawn from the disputed temple area.", "RETREAT", "THA", None),
        # a spokesman speaks for whom he is the spokesman of, and for his service's bare "troops"
        ("A spokesman for the Iraqi government said it had arrested three men in Mosul.", "COERCE", "IRQ", None),
        ("An Israeli army spokeswoman said troops had opened fire on Palestinian protesters.", "ASSAULT", "ISR", "PSE"),
        # who claims an attack carried it out
        ("Hamas claimed responsibility for the rocket attack on the Israeli town of Sderot.", "ASSAULT", "PSE", "ISR"),
        ("The Taliban claimed responsibility for the bombing that killed 12 Afghan soldiers.", "ASSAULT", "AFG", "AFG"),
        # forces entering a town of another country occupy it (CAMEO 192)
        ("A Georgian official said Russian tanks had entered the Georgian town of Gori.", "COERCE", "RUS", "GEO"),
    ],
)
def test_speakers_spokesmen_and_claimants(run_events, text, kind, actor, recipient):
    event = only(run_events(text), kind)
    assert codes(event.actors) == {actor}
    assert codes(event.recipients) == ({recipient} if recipient else set())


def test_a_palestinian_official_does_not_make_unnamed_troops_palestinian(run_events):
    event = only(run_events("A Palestinian official said troops opened fire on protesters in Hebron."), "ASSAULT")
    assert codes(event.actors) == {None}


def test_an_unclaimed_bombing_is_not_denied(run_events):
    event = only(run_events("No group has claimed responsibility for the bombing in Peshawar."), "ASSAULT")
    assert not event.negated and (event.mode, event.cameo) == ("bombing", "183")


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        # a passive event noun: the agent enacts it, the noun's own phrase names whom it is for
        ("Sanctions against Belarus were tightened by Britain on Monday.", "SANCTION", "GBR", "BLR"),
        ("Aid to Ethiopia was suspended by Britain after the crackdown.", "SANCTION", "GBR", "ETH"),
        # a weapons test is a show of force, aimed at no one
        ("Pakistan test-fired a nuclear-capable missile on Thursday.", "MOBILIZE", "PAK", None),
        ("North Korea fired two ballistic missiles into the sea.", "MOBILIZE", "PRK", None),
        ("Nigeria deployed 3,000 troops to the Niger Delta.", "MOBILIZE", "NGA", "NGA"),
    ],
)
def test_passive_event_nouns_weapon_tests_and_the_delta(run_events, text, kind, actor, recipient):
    event = only(run_events(text), kind)
    assert codes(event.actors) == {actor}
    assert codes(event.recipients) == ({recipient} if recipient else set())


def test_a_critic_of_sanctions_does_not_impose_them(run_events):
    record = run_events("Sanctions on Iran were criticised by Russia.")
    assert all(codes(e.actors) != {"RUS"} for e in record.events if e.type == "SANCTION")


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        # an -ing clause on the main clause shares its subject
        (
            "North Korea said it had begun restoring its nuclear plant, accusing the United States of lying.",
            "ACCUSE",
            "PRK",
            "USA",
        ),
        # ordering an act does it; the event noun's "of" names whom it is done to
        ("Venezuela's president ordered the expulsion of the US ambassador on Thursday.", "SANCTION", "VEN", "USA"),
        # an official arriving in another country's capital visits it; "the country's judge" is that country's
        ("The European Union's foreign policy chief arrived in Tehran on Saturday.", "CONSULT", None, "IRN"),
        ("Pakistan's new government on Tuesday freed the country's top judge.", "RETREAT", "PAK", "PAK"),
        ("Russia sent troops to Kazakhstan to help restore order.", "AID", "RUS", "KAZ"),
    ],
)
def test_participles_orders_arrivals_and_help(run_events, text, kind, actor, recipient):
    event = only(run_events(text), kind)
    assert codes(event.actors) == {actor}
    assert codes(event.recipients) == {recipient}


def test_a_participle_needs_a_known_subject_and_meeting_a_target_is_no_meeting(run_events):
    record = run_events("Output rose at its fastest rate since May, reinforcing a view that growth was stronger.")
    assert [e for e in record.events if e.actors] == []
    assert run_events("Big US firms already have to meet the requirements.").events == []


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        # a trade ban naming another country is an embargo (CAMEO 163); a domestic export ban is none
        ("China banned imports of Australian wine.", "SANCTION", "CHN", "AUS"),
        ("The US halted arms sales to Taiwan.", "SANCTION", "USA", "TWN"),
        ("North Korean hackers stole money from a Bangladeshi bank.", "COERCE", "PRK", "BGD"),
        # "a government convoy" is the story's one country's government
        ("Rebels attacked a government convoy in Mali.", "ASSAULT", "MLI", "MLI"),
    ],
)
def test_trade_bans_thefts_and_institutions(run_events, text, kind, actor, recipient):
    event = only(run_events(text), kind)
    assert codes(event.actors) == {actor}
    assert codes(event.recipients) == {recipient}


def test_telling_of_a_threat_accuses_and_a_grain_ban_is_no_sanction(run_events):
    record = run_events("Germany said that Russia had threatened Estonia.")
    assert codes(only(record, "ACCUSE").actors) == {"DEU"} and codes(only(record, "ACCUSE").recipients) == {"RUS"}
    assert run_events("Russia banned exports of grain.").events == []


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        # "pulled out of" read with "out" as a preposition is still the phrasal verb
        ("Kenyan troops pulled out of Somalia.", "RETREAT", "KEN", "SOM"),
        ("The European Union froze all aid to Niger on Wednesday.", "SANCTION", None, "NER"),
        ("Rwandan troops crossed into eastern Congo on Wednesday.", "COERCE", "RWA", "COD"),
        # police searching offices coerce; a raid on a hideout that kills is an attack
        ("South African police raided the offices of an opposition newspaper.", "COERCE", "ZAF", None),
        ("Indonesian police raided an Islamist hideout in Java and killed two suspects.", "ASSAULT", "IDN", None),
    ],
)
def test_pullouts_freezes_incursions_and_raids(run_events, text, kind, actor, recipient):
    event = only(run_events(text), kind)
    assert actor is None or codes(event.actors) == {actor}
    assert codes(event.recipients) == {recipient}


def test_a_place_a_strike_is_aimed_at_does_not_place_the_attackers(run_events):
    event = only(run_events("Militants fired rockets at southern Israeli towns."), "ASSAULT")
    assert codes(event.actors) == {None} and codes(event.recipients) == {"ISR"}


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        # passives: a weapon of a named country names the attacker; a light verb's agent enacts its noun
        ("A Ukrainian village was shelled by Russian artillery overnight.", "ASSAULT", "RUS", "UKR"),
        ("Sanctions were imposed on Myanmar by the United States.", "SANCTION", "USA", "MMR"),
        ("Humanitarian aid was delivered to Gaza by Egypt.", "AID", "EGY", "PSE"),
        ("Two Israeli soldiers were captured by Hezbollah fighters.", "ASSAULT", "LBN", "ISR"),
        ("The Chinese president was welcomed in Moscow by Putin.", "CONSULT", "RUS", "CHN"),
    ],
)
def test_passives_name_their_doer(run_events, text, kind, actor, recipient):
    event = only(run_events(text), kind)
    assert codes(event.actors) == {actor}
    assert codes(event.recipients) == {recipient}


@pytest.mark.parametrize(
    ("text", "kind", "mode", "actor", "recipient"),
    [
        # drills by one side are a show of force; joint ones are military cooperation
        ("Russia held military exercises near the Ukrainian border.", "MOBILIZE", None, "RUS", "UKR"),
        ("India held naval exercises with Japan.", "COOPERATE", "military", "IND", "JPN"),
        # listing a group as terrorist restricts it; "a state of emergency" is the emergency
        ("The US listed the Houthis as a terrorist group.", "COERCE", "restrict", "USA", "YEM"),
        ("The president of Peru declared a state of emergency.", "COERCE", "restrict", "PER", None),
    ],
)
def test_drills_listings_and_emergencies(run_events, text, kind, mode, actor, recipient):
    event = only(run_events(text), kind)
    assert event.mode == mode and codes(event.actors) == {actor}
    assert codes(event.recipients) == ({recipient} if recipient else set())


@pytest.mark.parametrize(
    ("text", "mode", "actor", "recipient"),
    [
        # a stated will to act, as a noun, is a promise like "is ready to"
        ("Iran expressed readiness to resume nuclear talks with Britain.", "meet", "IRN", "GBR"),
        ("India expressed its willingness to cooperate with Pakistan on counter-terrorism.", None, "IND", "PAK"),
        # the recipient of an amount "in military aid" hangs on the aid
        ("Britain committed itself to providing 2 billion pounds in military aid to Ukraine.", "aid", "GBR", "UKR"),
    ],
)
def test_stated_readiness_is_a_promise(run_events, text, mode, actor, recipient):
    event = only(run_events(text), "AGREE")
    assert event.mode == mode and codes(event.actors) == {actor} and codes(event.recipients) == {recipient}


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("North Korea tested a new hypersonic missile on Tuesday.", "MOBILIZE", "PRK", None),
        # silencing a foreign outlet is censorship (CAMEO 1721), against the outlet's country
        ("Burkina Faso suspended broadcasts of Radio France Internationale.", "COERCE", "BFA", "FRA"),
    ],
)
def test_weapon_tests_and_censorship(run_events, text, kind, actor, recipient):
    event = only(run_events(text), kind)
    assert codes(event.actors) == {actor}
    assert codes(event.recipients) == ({recipient} if recipient else set())


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # dying in an attack is suffering it; the attack's modifier or "by" phrase names the attacker
        ("Two Afghan policemen died in a Taliban ambush in Helmand province.", "AFG", "AFG"),
        ("Three UN peacekeepers were wounded in an attack by Malian rebels.", "MLI", None),
    ],
)
def test_harm_suffered_in_an_attack_names_the_attacker(run_events, text, actor, recipient):
    event = only(run_events(text), "ASSAULT")
    assert codes(event.actors) == {actor} and codes(event.recipients) == {recipient}


def test_dying_in_hospital_is_no_event(run_events):
    assert run_events("The singer died in hospital on Sunday.").events == []


@pytest.mark.parametrize(
    ("text", "kind", "mode", "actor", "recipient"),
    [
        # a finite verb the parser hung on a noun still has the sentence's subject; own gunships are no ally
        (
            "Pakistani troops backed by helicopter gunships killed at least 25 militants, the military said Sunday.",
            "ASSAULT",
            None,
            "PAK",
            None,
        ),
        ("Rebels backed by Rwandan tanks attacked Goma.", "COOPERATE", "military", "RWA", None),
        # protesters occupying a place stage a sit-in; a parliament approving a pact ratifies it (057)
        ("Thai protesters occupied Bangkok's main airport on Wednesday.", "PROTEST", "obstruct", "THA", None),
        ("The Iraqi parliament approved a security pact with the United States.", "SUPPORT", "agreement", "IRQ", "USA"),
    ],
)
def test_backing_occupying_and_approving(run_events, text, kind, mode, actor, recipient):
    event = only(run_events(text), kind)
    assert event.mode == mode and codes(event.actors) == {actor}
    assert recipient is None or codes(event.recipients) == {recipient}
