"""Readings fixed on sentences written for newsgraph in the fifth and sixth sessions (batches 11-28 of
tests/data/events/written-sentences.jsonl). Each row: a sentence and "KIND actor recipient [mode]", read as
the one event of KIND, its actors' country, its recipients' country ("-": a participant of no country,
"none": no recipient, "*": not checked) and, when given, its mode ("-": no mode)."""

from __future__ import annotations

import pytest
from tests.events.helpers import codes, only

pytestmark = pytest.mark.slow

ROWS = [
    # "he"/"his" in a statement is its speaker, also one named by title; "his Pakistani counterpart" is Pakistan's
    ("The Israeli prime minister said he was ready to meet Palestinian leader Mahmoud Abbas.", "AGREE ISR PSE"),
    ("The Indian prime minister said he would press his Pakistani counterpart on terrorism.", "REQUEST IND PAK"),
    ("The Thai army chief said his troops had withdrawn from the disputed temple area.", "RETREAT THA none"),
    # a spokesman speaks for whom he is the spokesman of, and for his own service's bare "troops"
    ("A spokesman for the Iraqi government said it had arrested three men in Mosul.", "COERCE IRQ none"),
    ("An Israeli army spokeswoman said troops had opened fire on Palestinian protesters.", "ASSAULT ISR PSE"),
    ("A Palestinian official said troops opened fire on protesters in Hebron.", "ASSAULT - *"),
    # who claims an attack carried it out
    ("Hamas claimed responsibility for the rocket attack on the Israeli town of Sderot.", "ASSAULT PSE ISR"),
    ("The Taliban claimed responsibility for the bombing that killed 12 Afghan soldiers.", "ASSAULT AFG AFG"),
    # forces entering or crossing into another country's place occupy it (CAMEO 192); pulling out retreats
    ("A Georgian official said Russian tanks had entered the Georgian town of Gori.", "COERCE RUS GEO"),
    ("Rwandan troops crossed into eastern Congo on Wednesday.", "COERCE RWA COD"),
    ("Kenyan troops pulled out of Somalia.", "RETREAT KEN SOM"),
    # passives: the agent of a light verb enacts its event noun; a country's weapon names the attacker
    ("Sanctions against Belarus were tightened by Britain on Monday.", "SANCTION GBR BLR"),
    ("Aid to Ethiopia was suspended by Britain after the crackdown.", "SANCTION GBR ETH"),
    ("Sanctions were imposed on Myanmar by the United States.", "SANCTION USA MMR"),
    ("Humanitarian aid was delivered to Gaza by Egypt.", "AID EGY PSE"),
    ("A Ukrainian village was shelled by Russian artillery overnight.", "ASSAULT RUS UKR"),
    ("Two Israeli soldiers were captured by Hezbollah fighters.", "ASSAULT LBN ISR"),
    ("The Chinese president was welcomed in Moscow by Putin.", "CONSULT RUS CHN"),
    # harm suffered in an attack: the attack's modifier or "by" phrase names the attacker
    ("Two Afghan policemen died in a Taliban ambush in Helmand province.", "ASSAULT AFG AFG"),
    ("Three UN peacekeepers were wounded in an attack by Malian rebels.", "ASSAULT MLI -"),
    # an -ing clause shares the main clause's subject; a finite verb hung on a noun takes the subject above it
    (
        "North Korea said it had begun restoring its nuclear plant, accusing the United States of lying.",
        "ACCUSE PRK USA",
    ),
    ("Pakistani troops backed by helicopter gunships killed at least 25 militants, the army said.", "ASSAULT PAK *"),
    ("Rebels backed by Rwandan tanks attacked Goma.", "COOPERATE RWA * military"),
    # ordering an act does it; an official's arrival is a visit; troops sent to help aid
    ("Venezuela's president ordered the expulsion of the US ambassador on Thursday.", "SANCTION VEN USA"),
    ("The European Union's foreign policy chief arrived in Tehran on Saturday.", "CONSULT - IRN"),
    ("Russia sent troops to Kazakhstan to help restore order.", "AID RUS KAZ"),
    # "the country's judge" is that country's; "a government convoy" the story's one country's
    ("Pakistan's new government on Tuesday freed the country's top judge.", "RETREAT PAK PAK"),
    ("Rebels attacked a government convoy in Mali.", "ASSAULT MLI MLI"),
    # tests and one side's drills show force (150); joint drills cooperate; terrorist listings and a state of emergency
    ("Pakistan test-fired a nuclear-capable missile on Thursday.", "MOBILIZE PAK none"),
    ("North Korea fired two ballistic missiles into the sea.", "MOBILIZE PRK none"),
    ("North Korea tested a new hypersonic missile on Tuesday.", "MOBILIZE PRK none"),
    ("Nigeria deployed 3,000 troops to the Niger Delta.", "MOBILIZE NGA NGA"),
    ("Russia held military exercises near the Ukrainian border.", "MOBILIZE RUS UKR -"),
    ("India held naval exercises with Japan.", "COOPERATE IND JPN military"),
    ("The US listed the Houthis as a terrorist group.", "COERCE USA YEM restrict"),
    ("The president of Peru declared a state of emergency.", "COERCE PER none restrict"),
    # trade bans naming a country, theft, frozen aid, censorship, police searches, sit-ins, ratification
    ("China banned imports of Australian wine.", "SANCTION CHN AUS"),
    ("The US halted arms sales to Taiwan.", "SANCTION USA TWN"),
    ("North Korean hackers stole money from a Bangladeshi bank.", "COERCE PRK BGD"),
    ("The European Union froze all aid to Niger on Wednesday.", "SANCTION - NER"),
    ("Burkina Faso suspended broadcasts of Radio France Internationale.", "COERCE BFA FRA"),
    ("South African police raided the offices of an opposition newspaper.", "COERCE ZAF -"),
    ("Indonesian police raided an Islamist hideout in Java and killed two suspects.", "ASSAULT IDN IDN"),
    ("Thai protesters occupied Bangkok's main airport on Wednesday.", "PROTEST THA * obstruct"),
    ("The Iraqi parliament approved a security pact with the United States.", "SUPPORT IRQ USA agreement"),
    # a person handed to a tribunal is legal cooperation; forces pursuing fighters attack, deploying mobilise
    (
        "Serbia handed over former Bosnian Serb leader Radovan Karadzic to the UN war crimes tribunal.",
        "COOPERATE SRB - legal",
    ),
    ("Angolan troops pursued rebels into Zambia on Wednesday.", "ASSAULT AGO *"),
    ("The Lebanese army deployed along the border with Israel on Thursday.", "MOBILIZE LBN ISR military"),
    # applying to join asks; ordering foreign troops out expels them; export controls on a country sanction it
    ("Finland and Sweden formally applied to join NATO on Wednesday.", "REQUEST * - appeal"),
    ("The Niger junta ordered French troops to leave the country by the end of the year.", "SANCTION NER FRA expel"),
    ("Japan imposed export controls on semiconductor materials to South Korea.", "SANCTION JPN KOR embargo"),
    # a stated readiness to act is a promise; an amount "in military aid to Ukraine" names its recipient
    ("Iran expressed readiness to resume nuclear talks with Britain.", "AGREE IRN GBR meet"),
    ("India expressed its willingness to cooperate with Pakistan on counter-terrorism.", "AGREE IND PAK -"),
    ("Britain committed itself to providing 2 billion pounds in military aid to Ukraine.", "AGREE GBR UKR aid"),
    # sixth session: force used for an aim falls on its object; breaking up a rally represses it
    ("Nepalese police fired tear gas to disperse protesters in Kathmandu.", "ASSAULT NPL * repression"),
    ("Belarusian police broke up an opposition rally on Sunday.", "COERCE BLR BLR restrict"),
    ("Riot police fired tear gas at protesters in Minsk.", "ASSAULT BLR BLR repression"),
    # the other side of a gunfight; bombers: an armed group's, or a state's aircraft (without the places stage
    # here, Mosul names no country); petrol bombs riot
    ("Three policemen were killed in clashes with rebels in Mindanao.", "ASSAULT PHL * -"),
    ("A suicide bomber killed 12 people at a police checkpoint in Mosul on Tuesday.", "ASSAULT - * bombing"),
    ("Russian bombers struck targets in Idlib.", "ASSAULT RUS * aerial"),
    ("Protesters in Hong Kong threw petrol bombs at police on Sunday.", "PROTEST HKG HKG riot"),
    # a region's criticism; troops sent under a UN mission keep the peace; extradition to its receiver
    ("The Kremlin dismissed Western criticism of the election.", "REJECT RUS -"),
    ("Kenya deployed 1,000 police officers to Haiti under a UN-backed mission.", "AID KEN HTI peacekeeping"),
    ("A Greek court ordered the extradition of a Russian suspect to the United States.", "COOPERATE GRC USA legal"),
    # an act that draws criticism from someone: they criticise its doer
    ("Israel's bombardment of Gaza drew strong condemnation from Turkey.", "ACCUSE TUR ISR"),
    ("Trump's remarks sparked criticism from China.", "ACCUSE CHN USA"),
    # "troops shelling X" (a noun's -ing clause); "deported from Iran"; approving a release enacts it
    ("There were reports of Turkish troops shelling Kurdish positions in northern Syria.", "ASSAULT TUR SYR"),
    ("Hundreds of Afghan refugees were deported from Iran last week.", "COERCE IRN AFG deport"),
    ("The Israeli cabinet approved the release of 200 Palestinian prisoners.", "RETREAT ISR PSE release"),
    ("The two governments exchanged intelligence on the militants.", "COOPERATE * none intelligence"),
    # arrests with no one named are the place's authorities'; a protest with no target protests in its place
    ("Two British journalists were detained in Iran.", "COERCE IRN GBR arrest"),
    ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "PROTEST SRB SRB"),
    ("Students marched through the capital demanding the resignation of the Thai prime minister.", "PROTEST THA THA"),
    # a threat's "if" clause names whom it warns; "official contact" is no official
    ("Russia threatened to quit the talks if the United States deployed the missiles.", "THREATEN RUS USA"),
    ("Palestinian leaders said they would boycott all official contact with the United States.", "THREATEN PSE USA"),
    # police act at home: they and the unnamed locals they act on share a country; "up to 16 advisers"
    ("Police arrested up to 200 Kenyan protesters.", "COERCE KEN KEN arrest"),
    ("Afghan rebels have kidnapped up to 16 Russian civilian advisers.", "ASSAULT AFG RUS abduct"),
    ("Turkey gave shelter to refugees fleeing Syria.", "AID TUR SYR humanitarian"),
    # armed men are an armed group; aid "for" someone is theirs
    ("Unidentified armed men attacked a police station in Kirkuk.", "ASSAULT - -"),
    ("Germany pledged 500 million euros in humanitarian aid for Syrian refugees.", "AGREE DEU SYR aid"),
    # verbs of violence and force a reader meets: hanging, torpedoing, encircling, redeploying
    ("Iran hanged two men convicted of spying for Israel.", "ASSAULT IRN none unconventional"),
    ("A German submarine torpedoed a British ship.", "ASSAULT DEU GBR"),
    ("The army redeployed troops to the north.", "MOBILIZE - none military"),
    ("The two Koreas agreed to hold military talks next week.", "AGREE * none meet"),
    # "him" in an -ing clause is the main clause's person object
    ("Bolivia expelled the US ambassador, accusing him of supporting the opposition.", "ACCUSE BOL USA"),
    # an embassy's country says whose it is, not where it stands (nor whose the protesters are)
    ("Protesters rallied outside the US embassy.", "PROTEST - USA"),
]


def _countries(code: str) -> set[str | None] | None:
    return None if code == "*" else set() if code == "none" else {None if code == "-" else code}


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_who_does_what_to_whom(run_events, text, expected):
    kind, actor, recipient, *mode = expected.split()
    event = only(run_events(text), kind)
    actors, recipients = _countries(actor), _countries(recipient)
    assert actors is None or codes(event.actors) == actors
    assert recipients is None or codes(event.recipients) == recipients
    if mode:
        assert event.mode == (None if mode[0] == "-" else mode[0])


def test_an_unclaimed_bombing_is_not_denied(run_events):
    event = only(run_events("No group has claimed responsibility for the bombing in Peshawar."), "ASSAULT")
    assert not event.negated and (event.mode, event.cameo) == ("bombing", "183")


def test_a_critic_of_sanctions_does_not_impose_them(run_events):
    record = run_events("Sanctions on Iran were criticised by Russia.")
    assert all(codes(e.actors) != {"RUS"} for e in record.events if e.type == "SANCTION")


def test_a_participle_needs_a_known_subject_and_meeting_a_target_is_no_meeting(run_events):
    record = run_events("Output rose at its fastest rate since May, reinforcing a view that growth was stronger.")
    assert [e for e in record.events if e.actors] == []
    assert run_events("Big US firms already have to meet the requirements.").events == []


def test_telling_of_a_threat_accuses_and_a_grain_ban_is_no_sanction(run_events):
    record = run_events("Germany said that Russia had threatened Estonia.")
    accusation = only(record, "ACCUSE")
    assert codes(accusation.actors) == {"DEU"} and codes(accusation.recipients) == {"RUS"}
    assert run_events("Russia banned exports of grain.").events == []


def test_a_place_a_strike_is_aimed_at_does_not_place_the_attackers(run_events):
    event = only(run_events("Militants fired rockets at southern Israeli towns."), "ASSAULT")
    assert codes(event.actors) == {None} and codes(event.recipients) == {"ISR"}


def test_dying_in_hospital_is_no_event(run_events):
    assert run_events("The singer died in hospital on Sunday.").events == []


def test_each_party_alone_is_no_joint_act_but_each_other_is(run_events):
    from newsgraph.bench.events import event_triples

    alone = run_events("Egypt, Jordan and the United Arab Emirates condemned the attack on the mosque.")
    assert only(alone, "ACCUSE").joint is False and event_triples(alone.events) == []
    mutual = only(run_events("Armenia and Azerbaijan accused each other of violating the truce."), "ACCUSE")
    assert mutual.joint and sorted(event_triples([mutual])) == [("ARM", "AZE", "11"), ("AZE", "ARM", "11")]


def test_a_trailing_source_is_no_accusation(run_events):
    record = run_events("Hamas fighters fired dozens of rockets into southern Israel, the Israeli army said.")
    assert [e.type for e in record.events] == ["ASSAULT"]
    assert only(run_events("The US said that Iraq had attacked Kuwait."), "ACCUSE").recipients[0].country == "IRQ"


def test_what_is_no_event(run_events):
    assert run_events("A man carrying a bomb was arrested by police.").events[0].type == "COERCE"
    assert run_events("The workers hung a banner from the bridge.").events == []
    assert run_events("The country inches open the door to working women.").events == []
    assert all(e.type != "ASSAULT" for e in run_events("The firm won a court battle over the merger.").events)


def test_what_someone_is_held_for_is_the_charge_not_an_act(run_events):
    record = run_events("A Christian missionary from Calgary was arrested in Lebanon for collaborating with Israel.")
    assert [e.type for e in record.events] == ["COERCE"]
    praised = run_events("Russia was praised for helping Syria.")
    assert codes(only(praised, "AID").actors) == {"RUS"}


def test_the_two_koreas_are_both(run_events):
    event = only(run_events("The two Koreas agreed to hold military talks next week."), "AGREE")
    assert [p.country for p in event.actors] == ["PRK", "KOR"] and event.joint
