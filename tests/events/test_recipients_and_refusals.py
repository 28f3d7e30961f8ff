"""Recipients found deeper in the clause, refusals stated with "will not", and "would" in reported
speech; sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def only(record, kind):
    found = [e for e in record.events if e.type == kind]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in record.events]
    return found[0]


def codes(participants) -> set[str | None]:
    return {p.country for p in participants}


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
        ("Benin opened its borders to Ghanaians.", "RETREAT", "ease", "BEN", "GHA"),
    ],
)
def test_troop_movements_and_opened_borders(run_events, text, kind, mode, actor, recipient):
    event = only(run_events(text), kind)
    assert event.mode == mode
    assert actor is None or codes(event.actors) == {actor}
    assert codes(event.recipients) == {recipient}


def test_a_delegation_arriving_is_not_a_troop_movement(run_events):
    assert run_events("The delegation arrived in Moscow.").events == []


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


def test_past_perfect_under_a_past_speech_verb_is_news_not_background(run_events):
    event = only(run_events("The Israeli army said its troops had shot dead a Palestinian near Hebron."), "ASSAULT")
    assert event.reported and not event.historical
    assert codes(event.actors) == {"ISR"} and codes(event.recipients) == {"PSE"}
    # without a speaker, the past perfect still tells background
    assert only(run_events("Russia had attacked Georgia in 2008."), "ASSAULT").historical


def test_a_claimed_attack_is_the_claims_content_not_a_second_event(run_events):
    record = run_events("The US claimed that ISIL had attacked Iraq.")
    assert [e.type for e in record.events] == ["ACCUSE"]
    said = run_events("The US said that Iraq had attacked Kuwait.")
    assert sorted(e.type for e in said.events) == ["ACCUSE", "ASSAULT"]


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


def test_suspending_a_member_state_reduces_relations(run_events):
    event = only(run_events("The African Union suspended Mali after the coup."), "SANCTION")
    assert event.cameo == "160" and codes(event.recipients) == {"MLI"}
    assert run_events("The company suspended production.").events == []


def test_the_when_clause_names_who_caused_the_harm(run_events):
    text = "Three Indian soldiers were wounded when Pakistani troops fired across the border, an army spokesman said."
    event = only(run_events(text), "ASSAULT")
    assert codes(event.actors) == {"PAK"} and codes(event.recipients) == {"IND"}


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        # "used X to do Y": the user does Y, not the instrument
        # (the supporters' country comes from the places gazetteer, which these tests leave out)
        ("Tanzanian police used tear gas to disperse opposition supporters in Dar es Salaam.", "COERCE", "TZA", None),
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


def test_what_will_be_done_to_someone_is_planned_not_threatened(run_events):
    event = only(run_events("Mr Sullivan will be sentenced following the trial."), "COERCE")
    assert event.future


def test_a_rally_calling_for_something_speaks_for_its_organisers(run_events):
    record = run_events("Hungary blocked an EU statement criticising China.")
    assert [p.code for e in record.events if e.type == "ACCUSE" for p in e.actors] == ["IGO"]
    record = run_events("The council issued a declaration demanding that Israel withdraw.")
    event = only(record, "REQUEST")
    assert [p.name for p in event.actors] == ["The council"]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("The French army attacked Iraqi positions.", "ASSAULT", "FRA", "IRQ"),  # fighters hold positions
        ("Obama attacked the Republican plans.", "ACCUSE", "USA", None),  # plans are attacked in words
        ("Gunmen killed five people in Kabul.", "ASSAULT", "AFG", "AFG"),
    ],
)
def test_attacks_in_words_or_arms_and_unnamed_local_sides(run_events, text, kind, actor, recipient):
    event = only(run_events(text), kind)
    assert codes(event.actors) == {actor}
    assert codes(event.recipients) == ({recipient} if recipient else set())


def test_unnamed_rebels_are_local_but_officials_may_travel(run_events):
    event = only(run_events("Rebels attacked government positions near Damascus."), "ASSAULT")
    assert codes(event.actors) == {"SYR"} and codes(event.recipients) == {None}


@pytest.mark.parametrize(
    "text",
    ["Germany would like Turkey to release the journalists.", "Merkel wants Erdogan to release the journalists."],
)
def test_wanting_someone_to_act_asks_them(run_events, text):
    event = only(run_events(text), "REQUEST")
    assert codes(event.actors) == {"DEU"} and codes(event.recipients) == {"TUR"}
    assert not event.hypothetical  # "would like" is a present wish


def test_hoping_to_cooperate_is_an_intent_like_wanting_to(run_events):
    # the small model lemmatises "hopes" as "hop"
    event = only(run_events("Vietnam hopes to cooperate with India on defence."), "AGREE")
    assert codes(event.actors) == {"VNM"} and codes(event.recipients) == {"IND"}


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Obama threatened Syria with military action.", "138"),
        ("The EU threatened Iran with new sanctions.", "1312"),
        ("Russia threatened Ukraine.", "130"),
    ],
)
def test_the_means_threatened_give_the_threats_mode(run_events, text, cameo):
    assert only(run_events(text), "THREATEN").cameo == cameo


def test_a_subject_hung_on_the_auxiliary_still_acts(run_events):
    text = "Egypt and Qatar are mediating between Israel and Hamas to secure the release of hostages."
    event = only(run_events(text), "CONSULT")
    assert event.mode == "mediate" and codes(event.actors) == {"EGY", "QAT"}
    assert codes(event.recipients) == {"ISR", "PSE"}


def test_pressing_or_continuing_an_offensive_is_fighting(run_events):
    text = "Putin accused Ukraine of stalling peace talks, as his forces pressed their offensive in the east."
    record = run_events(text)
    assert sorted(e.type for e in record.events) == ["ACCUSE", "ASSAULT"]
    assert only(run_events("The US pressed Iran to release the prisoners."), "REQUEST")


def test_talks_in_a_phone_call_are_by_phone(run_events):
    text = "The Kremlin said on Friday that Putin and Erdogan had discussed grain exports in a phone call."
    event = only(run_events(text), "CONSULT")
    assert (event.mode, event.cameo) == ("phone", "041") and codes(event.actors) == {"RUS", "TUR"}


@pytest.mark.parametrize(
    ("text", "kind", "flag"),
    [
        ("Neither Russia nor Ukraine has agreed to the plan.", "AGREE", "negated"),
        ("Russia is unlikely to attack NATO.", "ASSAULT", "hypothetical"),
        ("If Iran attacks Israel, the United States will defend Israel.", "SUPPORT", "hypothetical"),
    ],
)
def test_neither_nor_unlikely_and_conditions(run_events, text, kind, flag):
    assert getattr(only(run_events(text), kind), flag)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Britain called for Russia to withdraw its troops.", "RUS"),
        ("The Rwandan commission called for French officials to be put on trial.", "FRA"),
    ],
)
def test_calling_for_someone_to_act_asks_them(run_events, text, recipient):
    record = run_events(text)
    assert [e.type for e in record.events] == ["REQUEST"]  # the asked-for act is folded into the appeal
    assert codes(record.events[0].recipients) == {recipient}


def test_foreign_people_are_no_government(run_events):
    text = "Chinese police detained three foreign activists who unfurled a Tibet banner near the Olympic stadium."
    event = only(run_events(text), "COERCE")
    assert [p.sector for p in event.recipients] == ["CVL"]
    event = only(run_events("The Foreign Office summoned the Russian ambassador."), "ACCUSE")
    assert [p.sector for p in event.actors] == ["GOV"]


def test_asked_if_is_a_question_not_a_condition(run_events):
    record = run_events("Asked if she would attend the summit, the minister said yes.")
    assert not any(e.hypothetical for e in record.events if e.type == "REQUEST")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Georgian demonstrators threw stones at the Georgian government.", "GEO", "GEO"),
        ("Palestinian youths threw rocks at Israeli soldiers.", "PSE", "ISR"),
    ],
)
def test_throwing_stones_at_someone_is_violence(run_events, text, actor, recipient):
    event = only(run_events(text), "ASSAULT")
    assert codes(event.actors) == {actor} and codes(event.recipients) == {recipient}
    assert run_events("The minister threw his support behind the plan.").events == []


def test_ordering_or_stepping_up_patrols_mobilises_police(run_events):
    text = "The government of Sindh province has ordered patrols by police and paramilitary soldiers."
    assert only(run_events(text), "MOBILIZE").cameo == "153"
    event = only(run_events("Police stepped up patrols in Paris."), "MOBILIZE")
    assert codes(event.actors) == {"FRA"} and event.recipients == []  # Paris is where, not whom


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("Iran's seizure of a British tanker raised tensions in the Gulf.", "COERCE", "IRN", "GBR"),
        ("The expulsion of 40 Russian diplomats by Germany was announced on Monday.", "SANCTION", "DEU", "RUS"),
        ("China's decision to impose sanctions on Lithuania angered the EU.", "SANCTION", "CHN", "LTU"),
    ],
)
def test_an_event_noun_that_names_its_parties(run_events, text, kind, actor, recipient):
    event = only(run_events(text), kind)
    assert codes(event.actors) == {actor} and codes(event.recipients) == {recipient}
    assert not (event.negated or event.hypothetical)


def test_event_nouns_judged_planned_or_refused(run_events):
    assert run_events("An attack on Iran is unlikely.").events == []
    assert only(run_events("A meeting between Biden and Xi is expected next month."), "CONSULT").future
    assert only(run_events("Iran's plan to attack Israel was foiled."), "ASSAULT").hypothetical
    record = run_events("Mr Blair's refusal to accept the proposals means trouble.")
    assert [e.type for e in record.events] == ["REJECT"]
    # the attack told by its own verb is not told twice
    assert len(run_events("The Israeli attack on the convoy killed seven aid workers.").events) == 1


def test_a_second_clause_with_its_own_actor_is_a_second_event(run_events):
    record = run_events("Israeli jets struck Gaza, and Hamas fighters fired rockets at Israel.")
    assert sorted((codes(e.actors).pop(), codes(e.recipients).pop()) for e in record.events) == [
        ("ISR", "PSE"),
        ("PSE", "ISR"),
    ]
    assert len(run_events("Russia attacked Kyiv while Ukraine shelled Donetsk.").events) == 2
    assert len(run_events("Troops attacked the village, killing eight people.").events) == 1  # told twice


def test_planes_travel_without_visiting(run_events):
    assert run_events("A second A380 is also travelling to the U.S. on Monday, but without passengers.").events == []
    event = only(run_events("Pope Francis travelled to Iraq."), "CONSULT")
    assert event.mode == "visit" and codes(event.recipients) == {"IRQ"}
