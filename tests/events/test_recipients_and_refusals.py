"""Recipients found deeper in the clause, refusals stated with "will not", and "would" in reported
speech; sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.helpers import codes, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("The PRC on Tuesday demanded that the US cancel its arms sales to Taiwan.", "REQUEST", "CHN", "USA"),
        ("President Bush threatened further action against Russia on Monday.", "THREATEN", "USA", "RUS"),
        ("Britain promised to continue military aid to Mozambique.", "AGREE", "GBR", "MOZ"),
        ("Opposition groups in Zimbabwe demanded that President Mugabe resign.", "REQUEST", "ZWE", "ZWE"),
    ],
)
def test_recipient_deeper_in_the_clause(run_events, text, kind, actor, recipient):
    event = only(run_events(text), kind)
    assert codes(event.actors) == {actor}
    assert codes(event.recipients) == {recipient}


def test_a_place_the_actor_is_in_is_not_its_recipient(run_events):
    event = only(run_events("Five hundred Ugandan rebels surrendered last week in a Ugandan town."), "RETREAT")
    assert codes(event.actors) == {"UGA"} and event.recipients == []


def test_will_not_give_is_a_refusal_stated_now(run_events):
    event = only(run_events("Germany will not send weapons to Ukraine."), "REJECT")
    assert (event.mode, event.cameo) == ("aid", "122")
    assert codes(event.actors) == {"DEU"} and codes(event.recipients) == {"UKR"}
    assert not (event.negated or event.future or event.hypothetical)


def test_has_not_surrendered_stays_a_negated_retreat(run_events):
    event = only(run_events("Ukraine has not surrendered to Russia."), "RETREAT")
    assert event.negated


def test_would_under_a_past_speech_verb_is_the_reported_will(run_events):
    # Indirect speech shifts "will" to "would": the threat, plan or refusal is stated, not supposed.
    threat = only(run_events("Palestinian leaders said they would boycott talks with Israel."), "THREATEN")
    assert threat.reported and not (threat.hypothetical or threat.future)
    plan = only(run_events("The minister said Russia would hold talks with Ukraine on Friday."), "CONSULT")
    assert plan.future and plan.reported and not plan.hypothetical
    refusal = only(run_events("Obama said he would not give permission to Russia to help Israel."), "REJECT")
    assert not (refusal.negated or refusal.hypothetical)
    assert {p.country for p in refusal.actors} == {"USA"} and {p.country for p in refusal.recipients} == {"RUS"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia would not refuse talks.",  # the issue's own example: no speech, a supposition
        "Russia says it would not refuse talks.",  # present "says" does not backshift
        "Russia said it would hold talks if Ukraine withdrew.",  # a condition keeps it hypothetical
    ],
)
def test_would_stays_hypothetical_without_backshift(run_events, text):
    record = run_events(text)
    assert record.events and all(e.hypothetical for e in record.events)


def test_signing_a_treaty_is_support_057(run_events):
    event = only(run_events("Czechia and China signed a trade treaty on Tuesday."), "SUPPORT")
    assert event.cameo == "057" and codes(event.actors) == {"CZE", "CHN"}


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("Merkel hosted Obama in Berlin.", "CONSULT", "DEU", "USA"),  # the small model makes "hosted" an adjective
        ("The Syrian army retook the town from rebels.", "ASSAULT", "SYR", None),
        ("Police in Kabul arrested a Taliban commander.", "COERCE", "AFG", "AFG"),
    ],
)
def test_parse_slips_and_places(run_events, text, kind, actor, recipient):
    event = only(run_events(text), kind)
    assert codes(event.actors) == {actor}
    assert codes(event.recipients) == {recipient}


def test_organisations_without_a_country_keep_their_cameo_code(run_events):
    from newsgraph.events.actors import participant_code

    event = only(run_events("Iraqi forces recaptured Mosul from Islamic State fighters."), "ASSAULT")
    assert [participant_code(p) for p in event.recipients] == ["IMG"]
    event = only(run_events("The UN Security Council condemned North Korea's missile test."), "ACCUSE")
    assert [participant_code(p)[:3] for p in event.actors] == ["IGO"]


@pytest.mark.parametrize(
    ("text", "kind", "actor_codes", "recipient_codes"),
    [
        ("Turkey summoned the German ambassador.", "ACCUSE", ["TUR"], ["DEUGOV"]),
        ("India and Pakistan exchanged fire across the border.", "ASSAULT", ["IND", "PAK"], []),
        ("Iran said it would cooperate with the IAEA.", "AGREE", ["IRN"], ["IGO"]),
        ("The Red Cross delivered medical supplies to Gaza.", "AID", ["NGO"], ["PSE"]),
    ],
)
def test_second_lexicon_pass(run_events, text, kind, actor_codes, recipient_codes):
    from newsgraph.events.actors import participant_code

    event = only(run_events(text), kind)
    assert [participant_code(p) for p in event.actors] == actor_codes
    assert [participant_code(p) for p in event.recipients] == recipient_codes


def test_summoning_a_witness_is_not_a_protest(run_events):
    assert run_events("The court summoned the witness.").events == []


def test_a_plain_future_act_stays_the_act_but_a_reported_one_is_a_promise(run_events):
    planned = only(run_events("The United States will supply arms to Israel."), "AID")
    assert planned.future and planned.mode == "military"
    text = "The United Nations will provide food aid to Liberia, the World Food Program said on Monday."
    promise = only(run_events(text), "AGREE")  # the closing attribution is parsed as a conjunct
    assert promise.reported and promise.mode == "aid"


def test_telling_that_another_party_attacked_is_an_accusation(run_events):
    record = run_events("Ukraine said Russian forces shelled Kharkiv on Monday.")
    attack, accusation = only(record, "ASSAULT"), only(record, "ACCUSE")
    assert attack.reported and codes(attack.actors) == {"RUS"}
    assert codes(accusation.actors) == {"UKR"} and codes(accusation.recipients) == {"RUS"}
    assert accusation.confidence < attack.confidence  # the attack told is the sentence's event
    own = run_events("The Russian military said its forces shelled Kharkiv.")
    assert [e for e in own.events if e.type == "ACCUSE"] == []  # a side telling of its own action


def test_what_someone_is_allowed_to_do_is_part_of_the_concession(run_events):
    record = run_events("Israel granted permission to Egypt to deploy troops in Sinai.")
    (event,) = record.events
    assert event.type == "CONCEDE" and codes(event.recipients) == {"EGY"}


def test_troops_sent_in_the_passive_are_moved_not_acted_upon(run_events):
    event = only(run_events("French troops were sent to Mali by President Hollande."), "MOBILIZE")
    assert codes(event.recipients) == {"MLI"}


@pytest.mark.parametrize(
    ("text", "kind", "mode", "actor", "recipient"),
    [
        ("NATO peacekeeping troops have arrived in Bosnia.", "AID", "peacekeeping", None, "BIH"),
        ("American troops arrived in Poland on Monday.", "MOBILIZE", "military", "USA", "POL"),
        ("Canadian troops will leave Afghanistan next year.", "RETREAT", "military", "CAN", "AFG"),
        ("Benin opened its borders to Ghanaians.", "AID", "asylum", "BEN", "GHA"),  # let in: asylum (075)
    ],
)
def test_troop_movements_and_opened_borders(run_events, text, kind, mode, actor, recipient):
    event = only(run_events(text), kind)
    assert event.mode == mode
    assert actor is None or codes(event.actors) == {actor}
    assert codes(event.recipients) == {recipient}


def test_a_delegation_arriving_is_not_a_troop_movement(run_events):
    # an official's arrival somewhere is a visit (CAMEO 042), never a deployment
    assert [(e.type, e.mode) for e in run_events("The delegation arrived in Moscow.").events] == [("CONSULT", "visit")]
    assert run_events("Refugees arrived in Greece.").events == []


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("Iran denied accusations by Israel that it supplied weapons to Hezbollah.", "REJECT", None),
        ("Government forces battled rebels near Goma.", "ASSAULT", None),
        ("The US will equip the Iraqi army.", "AID", "military"),
        ("Ethiopia and Eritrea settled their border dispute.", "AGREE", "settle"),
        ("Israeli troops destroyed the house of a Palestinian militant.", "ASSAULT", None),
    ],
)
def test_third_lexicon_pass(run_events, text, kind, mode):
    record = run_events(text)
    assert [(e.type, e.mode) for e in record.events][:1] == [(kind, mode)]


def test_a_document_speaks_for_whoever_issued_it(run_events):
    event = only(run_events("A statement issued by Tehran condemned the attack by Israel."), "ACCUSE")
    assert codes(event.actors) == {"IRN"} and codes(event.recipients) == {"ISR"}


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("Putin welcomed Erdogan to the Kremlin on Tuesday.", "CONSULT", "host"),
        ("Putin welcomed the decision.", "SUPPORT", None),
        ("Teachers in Kenya went on strike over pay.", "PROTEST", "strike"),
        ("Russia placed its nuclear forces on high alert.", "MOBILIZE", "alert"),
        ("Israel called up 5,000 reservists.", "MOBILIZE", "military"),
        ("Iran gave the United States an ultimatum.", "THREATEN", "ultimatum"),
    ],
)
def test_states_welcomes_and_call_ups(run_events, text, kind, mode):
    event = only(run_events(text), kind)
    assert event.mode == mode and event.actors


def test_a_weapon_agent_tells_how_and_its_firer_who(run_events):
    event = only(run_events("The plane was shot down by a missile believed to be fired by Russian rebels."), "ASSAULT")
    assert event.mode == "heavy-weapons" and codes(event.actors) == {"RUS"}


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("The Macedonian army prepared to resume shelling Albanian rebel-held territory.", "MOBILIZE", "military"),
        (
            "Nicaragua's government ordered the opposition newspaper La Prensa to suspend publication.",
            "COERCE",
            "restrict",
        ),
        ("The Israeli army forced out 1,000 Palestinian refugees from their homes.", "COERCE", "deport"),
        ("The president ordered the army to attack the rebels.", "REQUEST", None),
    ],
)
def test_preparations_and_orders(run_events, text, kind, mode):
    event = only(run_events(text), kind)
    assert event.mode == mode


def test_readiness_is_a_promise_but_a_plan_to_meet_stays_a_meeting(run_events):
    committed = only(run_events("Vietnam is committed to opening up its economy."), "AGREE")
    assert codes(committed.actors) == {"VNM"}
    offer = only(run_events("Iran is ready to talk with the United States."), "AGREE")
    assert offer.mode == "meet" and codes(offer.recipients) == {"USA"}
    planned = only(run_events("Putin will meet Zelensky on Friday."), "CONSULT")
    assert planned.future
    assert run_events("The guests are ready to eat.").events == []


def test_a_flattened_table_has_no_events(run_events):
    table = "Country | Troops | Aid\nRussia | 100 | 0\nUkraine | 50 | 10"
    assert run_events(table).events == []
    assert only(run_events("Russia attacked Ukraine.\n\nTalks failed."), "ASSAULT")  # paragraph breaks are fine


@pytest.mark.parametrize(
    "text",
    [
        "Russia denied attacking the convoy.",
        "Neither side attacked.",
        "Germany was unable to reach a deal with Greece.",
    ],
)
def test_denied_unable_and_neither_are_negations(run_events, text):
    (event,) = run_events(text).events
    assert event.negated


def test_an_attack_as_subject(run_events):
    clash = only(run_events("Clashes between Armenian and Azerbaijani troops killed 12 soldiers."), "ASSAULT")
    assert codes(clash.actors) == {"ARM", "AZE"}
    hit = only(run_events("A Saudi-led coalition air strike hit a school in Yemen."), "ASSAULT")
    assert codes(hit.actors) == {"SAU"}
    assert run_events("The strike hit workers hard.").events == []


def test_prisoner_exchanges_are_mutual_releases(run_events):
    event = only(run_events("Moscow and Kyiv exchanged prisoners on Saturday."), "RETREAT")
    assert event.mode == "release" and codes(event.actors) == {"RUS", "UKR"}
    assert run_events("The two ministers exchanged views.").events == []


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("Washington expressed concern over Beijing's military drills.", "ACCUSE", "disapprove"),
        ("Obama expressed condolences to France.", "SUPPORT", None),
        ("India offered humanitarian aid to Sri Lanka.", "AGREE", "aid"),
        ("Russia blocked access to Facebook.", "COERCE", "restrict"),
        ("Protesters blocked roads in Caracas.", "PROTEST", "obstruct"),
    ],
)
def test_sentiments_offers_and_blocking(run_events, text, kind, mode):
    event = only(run_events(text), kind)
    assert event.mode == mode


def test_event_nouns_as_subjects(run_events):
    invasion = only(run_events("Russia's invasion of Ukraine began on February 24."), "ASSAULT")
    assert codes(invasion.actors) == {"RUS"} and codes(invasion.recipients) == {"UKR"}
    meeting = only(run_events("The meeting between Biden and Xi took place in Bali."), "CONSULT")
    assert codes(meeting.actors) == {"USA", "CHN"}


def test_a_domestic_restriction_targets_its_own_country(run_events):
    event = only(run_events("Turkish authorities imposed a curfew in the Turkish town of Cizre."), "COERCE")
    assert codes(event.actors) == {"TUR"} and codes(event.recipients) == {"TUR"}


def test_a_leader_typed_as_a_place_is_still_the_leader(run_events):
    event = only(run_events("Xi Jinping hosted Modi in Wuhan."), "CONSULT")
    assert codes(event.recipients) == {"IND"}


def test_a_bank_in_a_place_name_is_no_business(run_events):
    from newsgraph.events.actors import participant_code

    event = only(run_events("Israeli troops raided the West Bank town of Jenin."), "ASSAULT")
    assert [participant_code(p) for p in event.recipients] == ["PSE"]


@pytest.mark.parametrize(
    ("text", "mode", "cameo"),
    [
        ("Russia cut gas supplies to Poland and Bulgaria.", "aid", "162"),
        ("Iran cut diplomatic ties with Saudi Arabia.", "diplomatic", "161"),
    ],
)
def test_cutting_supplies_or_ties(run_events, text, mode, cameo):
    event = only(run_events(text), "SANCTION")
    assert (event.mode, event.cameo) == (mode, cameo)


def test_declining_to_comment_is_no_rejection(run_events):
    assert run_events("Putin's spokesman declined to comment.").events == []
    assert only(run_events("Israel refused to release the prisoners."), "REJECT")


@pytest.mark.parametrize(
    ("text", "kind", "mode", "negated"),
    [
        ("The army denied that its soldiers had fired on protesters.", "ASSAULT", None, True),
        ("Russia violated the truce.", "ASSAULT", "ceasefire-violation", False),
        ("Iran violated the nuclear deal.", "REJECT", "defy", False),
    ],
)
def test_denials_and_violations(run_events, text, kind, mode, negated):
    event = only(run_events(text), kind)
    assert (event.mode, event.negated) == (mode, negated)


def test_talks_ending_without_agreement_is_a_negated_agree(run_events):
    (event,) = run_events("The talks ended without agreement.").events
    assert event.type == "AGREE" and event.negated


@pytest.mark.parametrize(
    "text",
    ["Chelsea beat Arsenal 2-0 on Saturday.", "The striker shot wide.", "United attacked from the start of the match."],
)
def test_sports_words_are_not_violence(run_events, text):
    assert [e for e in run_events(text).events if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    ["Rebels attacked a football match in Mogadishu, killing ten.", "Israel attacked Syria on 3-4 May."],
)
def test_violence_near_sport_or_a_date_range_stays(run_events, text):
    assert only(run_events(text), "ASSAULT")


def test_attacking_a_plan_is_criticism_and_destroying_records_no_violence(run_events):
    assert only(run_events("The opposition attacked the government's plan."), "ACCUSE").mode == "criticize"
    assert run_events("Mr Thomas said it is an offence to destroy records.").events == []


def test_a_sports_story_keeps_its_races_out_of_the_assaults(run_events):
    story = (
        "The athlete won the race in Boston. She battled to second in the final mile. "
        "Her coach said the medal was deserved."
    )
    assert [e for e in run_events(story).events if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "BA warned that yields were expected to decline.",
        "The US government wants to curb spending.",
        "A drought has killed crops in Ethiopia.",
    ],
)
def test_forecasts_budgets_and_nature_are_not_events(run_events, text):
    assert [e for e in run_events(text).events if e.confidence > 0.1] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("North Korea warned it would retaliate.", "THREATEN"),
        ("China warned Japan against interfering.", "THREATEN"),
        ("Putin declined to attend the summit.", "REJECT"),
    ],
)
def test_warnings_and_refusals_that_are_events(run_events, text, kind):
    assert only(run_events(text), kind)


def test_launching_a_product_is_no_attack(run_events):
    assert run_events("Sony wanted to launch the PSP in Europe at roughly the same time as the US.").events == []
    assert only(run_events("North Korea launched missiles at Japan."), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Many Caribs were killed by disease and war during colonisation.",
        "More than 14 million people saw Den Watts killed off on Friday.",
        "She is favourite to win the prize after beating Alan Hollinghurst's novel.",
    ],
)
def test_disease_soap_plots_and_prizes_are_no_assaults(run_events, text):
    assert [e for e in run_events(text).events if e.type == "ASSAULT"] == []
