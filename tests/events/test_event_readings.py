"""Which act a sentence tells: event nouns that name their parties, second clauses with their own actor,
and verbs read in context (suspending a member, pressing an offensive, throwing stones, patrols, phone
calls, attacks in words or arms); sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.helpers import codes, never, only

pytestmark = pytest.mark.slow


def test_suspending_a_member_state_reduces_relations(run_events):
    event = only(run_events("The African Union suspended Mali after the coup."), "SANCTION")
    assert event.cameo == "160" and codes(event.recipients) == {"MLI"}
    assert run_events("The company suspended production.").events == []


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
    ("text", "actor", "recipient"),
    [
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


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The US advised its citizens against travel to Tunisia.", "USA", "TUN"),
        ("Britain warned against all travel to Libya.", "GBR", "LBY"),
    ],
)
def test_a_travel_warning_reduces_relations(run_events, text, actor, recipient):
    event = only(run_events(text), "SANCTION")
    assert event.cameo == "160" and codes(event.actors) == {actor} and codes(event.recipients) == {recipient}


@pytest.mark.parametrize(
    ("text", "kind", "mode", "actor", "recipient"),
    [
        ("Georgian demonstrators threw stones at the Georgian government.", "PROTEST", "riot", "GEO", "GEO"),
        ("The Russian building was demolished by a Ukrainian protestor.", "PROTEST", "riot", "UKR", "RUS"),
        ("Troops fired on protesters in Damascus.", "ASSAULT", "repression", None, "SYR"),
        ("Georgian demonstrators launched missiles at the Georgian government.", "ASSAULT", None, "GEO", "GEO"),
    ],
)
def test_protesters_riot_and_forces_repress(run_events, text, kind, mode, actor, recipient):
    event = only(run_events(text), kind)
    assert event.mode == mode and codes(event.actors) == {actor} and codes(event.recipients) == {recipient}


def test_a_clash_of_police_and_protesters_is_both_sides(run_events):
    record = run_events("Police clashed with protesters in Paris.")
    assert sorted((e.type, e.cameo) for e in record.events) == [("ASSAULT", "175"), ("PROTEST", "145")]


@pytest.mark.parametrize(
    "text",
    [
        "Labour wants to invest in public services.",  # investment at home is no relation between countries
        "The new rules will help to reduce delays.",  # helping a deed that is no event
        "Belarus hosted Russian nuclear weapons.",  # hosting arms is no visit
        "Farmers burned crop stubble in Punjab.",  # burning what is no village, home or vehicle
    ],
)
def test_words_that_carry_events_only_in_their_own_sense(run_events, text):
    assert [(e.type, e.trigger.text) for e in run_events(text).events] == []


def test_an_envoy_ordered_to_leave_is_expelled_and_his_leaving_not_coded(run_events):
    record = run_events("Niger's junta ordered the French ambassador to leave the country.")
    event = only(record, "SANCTION")
    assert event.cameo == "166" and codes(event.recipients) == {"FRA"}
    assert not [e for e in record.events if e.type == "RETREAT"]


def test_helping_to_broker_a_deal_is_mediation_not_aid(run_events):
    record = run_events("Turkey helped broker a grain deal between Russia and Ukraine.")
    event = only(record, "CONSULT")
    assert event.cameo == "045" and codes(event.actors) == {"TUR"} and codes(event.recipients) == {"RUS", "UKR"}
    assert not [e for e in record.events if e.type == "AID"]


def test_non_lethal_force_by_police_is_repression(run_events):
    event = only(run_events("Bangladeshi police fired rubber bullets at garment workers in Dhaka."), "ASSAULT")
    assert event.cameo == "175" and codes(event.actors) == {"BGD"}


def test_a_short_sentence_whose_subject_the_parser_reads_as_an_adverb(run_events):
    event = only(run_events("Sweden suspended aid to Tanzania."), "SANCTION")
    assert codes(event.actors) == {"SWE"} and codes(event.recipients) == {"TZA"}


def test_the_government_a_people_protests_is_their_own(run_events):
    event = only(run_events("Serbian students protested against the government."), "PROTEST")
    assert codes(event.recipients) == {"SRB"}


def test_burning_an_effigy_or_a_flag_is_a_protest_against_what_it_stands_for(run_events):
    event = only(run_events("Iraqi protesters burned Israeli flags outside the embassy."), "PROTEST")
    assert codes(event.actors) == {"IRQ"} and codes(event.recipients) == {"ISR"}


def test_fighting_hunger_is_no_violence(run_events):
    record = run_events("Saudi Arabia pledged 500 million dollars to the World Food Programme to help fight hunger.")
    assert [e.type for e in record.events] == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        ("Hezbollah fighters captured two Israeli soldiers.", "ASSAULT", "181"),  # an armed group takes hostages
        ("Iran seized 15 British sailors.", "COERCE", "173"),  # a state detains
        ("Iran seized a British tanker.", "COERCE", "171"),  # property
    ],
)
def test_people_taken_are_hostages_or_detainees_by_who_takes_them(run_events, text, kind, cameo):
    assert only(run_events(text), kind).cameo == cameo


def test_a_crowd_wrecking_riots(run_events):
    event = only(run_events("Angry villagers torched a police station."), "PROTEST")
    assert event.cameo == "145"


def test_relations_broken_without_off(run_events):
    event = only(run_events("Ecuador broke diplomatic relations with Colombia."), "SANCTION")
    assert event.cameo == "161" and codes(event.recipients) == {"COL"}


def test_talks_told_in_a_phrase_were_held_by_the_clause_subject(run_events):
    record = run_events(
        "Speaking after talks with his Egyptian counterpart in Cairo, Iraq's foreign minister said Baghdad "
        "wanted closer ties with Arab states."
    )
    event = only(record, "CONSULT")
    assert codes(event.actors) == {"IRQ"} and codes(event.recipients) == {"EGY"}


def test_dismissing_sanctions_rejects_them_but_dismissing_a_minister_does_not(run_events):
    event = only(run_events("Ahmadinejad dismissed the latest UN sanctions as worthless."), "REJECT")
    assert {p.code for p in event.recipients} == {"IGO"}
    assert not [e for e in run_events("The president dismissed the finance minister.").events if e.type == "REJECT"]


def test_agreeing_to_share_intelligence_to_fight_rebels_is_no_threat(run_events):
    record = run_events("Afghanistan and Pakistan agreed to step up intelligence sharing to fight the Taliban.")
    event = only(record, "AGREE")
    assert codes(event.actors) == {"AFG", "PAK"} and event.recipients == []
    assert not [e for e in record.events if e.type == "THREATEN"]


def test_an_opening_dateline_is_not_the_subject_of_the_first_sentence(run_events):
    event = only(run_events("TEL AVIV, March 11 - The International Monetary Fund has warned Israel."), "THREATEN")
    assert {p.code for p in event.actors} == {"IGO"} and codes(event.recipients) == {"ISR"}


@pytest.mark.parametrize(
    "text",
    [
        "Delors said he met with strong objections from some government heads.",  # an outcome met
        "Japanese car makers will curb their exports to Europe.",  # a quantity curbed
    ],
)
def test_no_event_in_idioms_of_meeting_and_curbing(run_events, text):
    assert [(e.type, e.trigger.text) for e in run_events(text).events] == []


def test_expecting_a_thing_to_happen_is_a_forecast_but_expecting_a_party_to_act_asks_it(run_events):
    assert run_events("The bank said it expected its listing to occur later this year.").events == []
    event = only(run_events("Washington expects Iran to comply with the resolution."), "REQUEST")
    assert codes(event.recipients) == {"IRN"}


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        ("Syria allowed UN inspectors into the site.", "RETREAT", "086"),  # international involvement let in
        ("Rwanda deployed peacekeepers in the Central African Republic.", "AID", "074"),
        ("A court found the former president guilty of corruption.", "ACCUSE", "116"),
        ("Hamas announced a unilateral ceasefire.", "RETREAT", "0871"),  # declared, not agreed
        ("Police returned the seized documents to the newspaper.", "RETREAT", "084"),
    ],
)
def test_codes_read_from_the_cameo_families(run_events, text, kind, cameo):
    assert only(run_events(text), kind).cameo == cameo


def test_rioters_setting_fire_to_cars_riot(run_events):
    assert only(run_events("Rioters set fire to cars."), "PROTEST").cameo == "145"


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        ("Thailand handed over two Cambodian suspects wanted for murder to Cambodia.", "COOPERATE", "063"),
        ("Iraq moved two armoured divisions towards the Kuwaiti border.", "MOBILIZE", "154"),
        ("The Indonesian government expelled 300 illegal workers to Malaysia.", "COERCE", "174"),  # not envoys
        ("Britain expelled three Russian diplomats.", "SANCTION", "166"),
        ("The government allowed aid convoys to enter the besieged city.", "RETREAT", "086"),
        ("Germany gave Israel two submarines.", "AID", "072"),
    ],
)
def test_more_codes_read_from_the_cameo_families(run_events, text, kind, cameo):
    assert only(run_events(text), kind).cameo == cameo


def test_using_weapons_or_force_is_an_attack_unless_a_purpose_clause_tells_the_act(run_events):
    event = only(run_events("Assad used chemical weapons against civilians in Ghouta."), "ASSAULT")
    assert codes(event.actors) == {"SYR"}
    denied = only(run_events("Syria denied that its forces had used chemical weapons."), "ASSAULT")
    assert denied.negated
    record = run_events("Police used tear gas to disperse the crowd.")
    assert [e.type for e in record.events] == ["COERCE"]
    assert run_events("The company used data from its users.").events == []


def test_the_leaders_of_several_countries_are_each_a_party(run_events):
    event = only(run_events("The leaders of Egypt, Jordan and the Palestinian Authority met in Cairo."), "CONSULT")
    assert codes(event.actors) == {"EGY", "JOR", "PSE"}


def test_driving_fighters_out_is_fighting_and_air_strikes_in_support_are_military_cooperation(run_events):
    record = run_events("Syrian forces, backed by Russian air strikes, drove the rebels from the town.")
    assert codes(only(record, "ASSAULT").actors) == {"SYR"}
    assert only(record, "COOPERATE").cameo == "062"
    assert run_events("He drove his car from Paris to Lyon.").events == []


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("Russian officials assailed Ukraine for holding naval exercises with NATO.", "ACCUSE", "RUS", "UKR"),
        ("The Chinese government vilified the Dalai Lama.", "ACCUSE", "CHN", None),
        ("Egyptian prosecutors will prosecute the Israeli tourists.", "ACCUSE", "EGY", "ISR"),
        ("Myanmar's army persecuted the Rohingya for decades.", "COERCE", "MMR", None),
        ("Iranian police quelled the protests in Tehran.", "COERCE", "IRN", None),
        ("Venezuela nationalised the American oil company.", "COERCE", "VEN", "USA"),
    ],
)
def test_verbs_found_missing_in_unlabelled_news(run_events, text, kind, actor, recipient):
    """Verbs ranked by how often a named party does them to a named party in unlabelled news (TimeBank,
    BBC politics, PolNeAR train) that the lexicon lacked."""
    event = only(run_events(text), kind)
    assert codes(event.actors) == {actor}
    if recipient:
        assert codes(event.recipients) == {recipient}


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Russia sent thousands of troops to the Ukrainian border on Monday.", "RUS", "UKR"),  # an amount of forces
        ("Britain sent a contingent of 300 soldiers to Mali.", "GBR", "MLI"),
        ("The US sent 3,000 paratroopers to Poland.", "USA", "POL"),
        ("Putin declared a partial mobilisation.", "RUS", None),
    ],
)
def test_forces_sent_counted_or_declared_are_mobilized(run_events, text, actor, recipient):
    event = only(run_events(text), "MOBILIZE")
    assert codes(event.actors) == {actor}
    assert codes(event.recipients) == ({recipient} if recipient else set())


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Germany provided Ukraine with air defence systems.", "DEU", "UKR"),
        ("The US will send Patriot missile systems to Poland.", "USA", "POL"),  # any word of the compound tells
        ("US special forces trained Iraqi troops in Anbar.", "USA", "IRQ"),  # training is military aid (CAMEO 072)
    ],
)
def test_weapon_systems_and_training_are_military_aid(run_events, text, actor, recipient):
    event = only(run_events(text), "AID")
    assert event.mode == "military"
    assert {c[:3] for c in codes(event.actors)} == {actor} and {c[:3] for c in codes(event.recipients)} == {recipient}


def test_defence_committees_and_team_training_are_no_aid(run_events):
    assert run_events("The ministry supplied the defence committee with a report.").events == []
    assert run_events("The team trained at Wembley on Tuesday.").events == []


def test_a_state_named_with_a_sector_word_has_no_sector(run_events):
    """ "the Soviet Union" is a state, not a trade union; "the West Bank" no bank."""
    assert codes(only(run_events("The Soviet Union today expressed support for the plan."), "SUPPORT").actors) == {
        "RUS"
    }
    assert {p.sector for p in only(run_events("The Soviet Union expressed support for Cuba."), "SUPPORT").actors} == {
        None
    }


def test_particles_the_parser_took_for_adverbs(run_events):
    event = only(run_events("Thai troops pulled back from the disputed temple area."), "RETREAT")
    assert event.mode == "military" and codes(event.actors) == {"THA"}


def test_sitting_down_is_talks_only_with_someone(run_events):
    assert run_events("Protesters sat down in the street.").events == []
    assert codes(only(run_events("Iran sat down with the US."), "CONSULT").recipients) == {"USA"}
    assert only(run_events("The two sides sat down for talks."), "CONSULT")


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"),
    [
        ("Russian troops in Dagestan were put on heightened alert on Friday.", "MOBILIZE", {"RUS"}, set()),
        (
            "Iran has supplied Hezbollah guerrillas in south Lebanon with Katyusha rockets, officials said.",
            "AID",
            {"IRN"},
            {"LBN"},
        ),
        ("Ukrainian warships took part in joint naval manoeuvres with NATO.", "COOPERATE", {"UKR"}, {None}),
        ("Thousands of students took part in the protest in Seoul.", "PROTEST", {"KOR"}, {"KOR"}),
        (
            "Colombian and Venezuelan troops launched a joint operation against drug traffickers.",
            "COOPERATE",
            {"COL", "VEN"},
            set(),
        ),
        ("Jordanian intelligence passed information to U.S. counterparts.", "COOPERATE", {"JOR"}, {"USA"}),
        (
            "The World Food Programme distributed 3,000 tonnes of maize to drought victims in Malawi.",
            "AID",
            {None},
            {"MWI"},
        ),
        (
            "The U.S. Agency for International Development flew 40 tonnes of blankets to Armenia.",
            "AID",
            {"USA"},
            {"ARM"},
        ),
        ("Cuba sent a team of 200 doctors to Haiti to help fight a cholera outbreak.", "AID", {"CUB"}, {"HTI"}),
        (
            "Polish President Lech Walesa paid tribute to Lithuania's struggle for independence.",
            "SUPPORT",
            {"POL"},
            {"LTU"},
        ),
        ("Thousands of Mexican farmers blockaded border crossings to protest the tariffs.", "PROTEST", {"MEX"}, set()),
        ("Police blocked the road to the palace.", "COERCE", {None}, set()),
        ("Sudanese rebels said they would observe a three-month ceasefire.", "AGREE", {"SDN"}, set()),
    ],
)
def test_acts_found_missing_in_sentences_written_by_another_hand(run_events, text, kind, actors, recipients):
    """From 80 sentences a helper wrote for each PLOVER type without seeing the coder (its other 80 held out)."""
    event = only(run_events(text), kind)
    assert codes(event.actors) == actors
    assert codes(event.recipients) >= recipients


def test_no_aid_from_piloting_or_paying_out_and_no_fight_against_a_disease(run_events):
    assert run_events("He served as a pilot, flying fighter planes to the Middle East.").events == []
    assert run_events("The firm distributed the money to its shareholders.").events == []
    never(run_events, "ASSAULT", "Cuba sent doctors to Haiti to help fight a cholera outbreak.")
    assert only(run_events("Nurses took part in a strike over pay."), "PROTEST").mode == "strike"


def test_placed_under_arrest_holds_the_subject_and_visiting_leaders_are_met(run_events):
    text = "Opposition leader Aung San Suu Kyi was placed under house arrest by Myanmar's military government."
    event = only(run_events(text), "COERCE")
    assert event.mode == "arrest" and codes(event.actors) == {"MMR"} and codes(event.recipients) == {"MMR"}
    text = "Chinese Premier Li Peng held talks with visiting Thai Prime Minister Chuan Leekpai in Beijing."
    assert codes(only(run_events(text), "CONSULT").recipients) == {"THA"}


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"),
    [
        (
            "The UN Security Council voted to suspend most economic sanctions against Belgrade.",
            "RETREAT",
            {None},
            {"SRB"},
        ),
        ("The EU ended its arms embargo on China.", "RETREAT", {None}, {"CHN"}),
        ("Musharraf announced his resignation on Monday.", "RETREAT", {"PAK"}, set()),
        ("An amnesty for 300 political prisoners was announced by President Ben Ali.", "CONCEDE", {"TUN"}, set()),
        ("The British charge d'affaires was summoned to the Iranian foreign ministry.", "ACCUSE", {"IRN"}, {"GBR"}),
        (
            "EU foreign ministers warned that development aid to Togo would be frozen unless elections were held.",
            "THREATEN",
            {None},
            {"TGO"},
        ),
        (
            "Beijing warned that any move by Taipei toward independence would be met with force.",
            "THREATEN",
            {"CHN"},
            {"TWN"},
        ),
        ("Chinese students hurled stones at the U.S. embassy in protest at the bombing.", "PROTEST", {"CHN"}, {"USA"}),
    ],
)
def test_eased_sanctions_announced_acts_summons_and_conditional_warnings(run_events, text, kind, actors, recipients):
    """From a second batch of harder sentences another hand wrote (dev half read, test half held out)."""
    event = only(run_events(text), kind)
    assert codes(event.actors) == actors
    assert codes(event.recipients) >= recipients


def test_forecasts_and_resignations_in_the_background_are_no_events(run_events):
    never(run_events, "THREATEN", "Argonaut warned that it was low on cash when its shares were suspended.")
    never(run_events, "THREATEN", "Greenspan warned that huge deficits could have severe consequences.")
    never(run_events, "RETREAT", "Ms Kelly entered the Cabinet in the reshuffle forced by the resignation of Blunkett.")
    never(run_events, "CONSULT", "Any move toward independence would be met with force.")


@pytest.mark.parametrize(
    ("text", "kind", "mode", "actors", "recipients"),
    [
        ("The U.N. General Assembly voted to demand that Russia withdraw its troops.", "REQUEST", None, set(), {"RUS"}),
        ("The Organization of American States demanded his reinstatement.", "REQUEST", None, {None}, set()),
        (
            "The U.N. Human Rights Council voted on Thursday to launch an investigation into war crimes committed "
            "by Sri Lanka's army.",
            "ACCUSE",
            "investigate",
            {None},
            {"LKA"},
        ),
        ("Russian forces launched missile strikes on cities across Ukraine.", "ASSAULT", None, {"RUS"}, {"UKR"}),
        (
            "Indian warplanes struck what New Delhi called a militant camp inside Pakistan.",
            "ASSAULT",
            None,
            {"IND"},
            {"PAK"},
        ),
        ("Iran's Supreme Leader vowed severe revenge against the United States.", "THREATEN", None, {"IRN"}, {"USA"}),
        (
            "Iraqi warplanes dropped chemical bombs on Halabja, killing thousands of civilians.",
            "ASSAULT",
            "cbrn",
            {"IRQ"},
            set(),
        ),
        (
            "An Israeli law student shot dead Prime Minister Yitzhak Rabin in Tel Aviv.",
            "ASSAULT",
            "assassinate",
            {"ISR"},
            {"ISR"},
        ),
        ("Israeli forces made an incursion into Lebanon.", "ASSAULT", None, {"ISR"}, {"LBN"}),
    ],
)
def test_votes_blocs_free_relatives_revenge_and_weapons(run_events, text, kind, mode, actors, recipients):
    """From 150 sentences coded with CAMEO triples by another hand (dev half read, test half held out)."""
    event = only(run_events(text), kind)
    assert mode is None or event.mode == mode
    assert codes(event.actors) >= actors
    assert codes(event.recipients) >= recipients
    assert not (event.hypothetical or event.negated)


def test_naming_is_no_appeal_and_talks_on_weapons_use_none(run_events):
    assert [e.type for e in run_events("Indian jets struck what New Delhi called a camp on Tuesday.").events] == [
        "ASSAULT"
    ]
    assert only(run_events("Egypt called on Tuesday for an end to the fighting."), "REQUEST")
    text = "Syrian forces fired rockets at Aleppo, killing 20, as talks on chemical weapons continued."
    assert only(run_events(text), "ASSAULT").mode != "cbrn"


def test_forces_deployed_along_a_border_act_on_the_neighbour_and_embargoes_on_deliveries(run_events):
    text = "Uzbek troops were deployed along the Ferghana valley border with Kyrgyzstan on Sunday."
    assert codes(only(run_events(text), "MOBILIZE").recipients) == {"KGZ"}
    text = "An embargo on all deliveries of weapons to Liberia was imposed by the UN Security Council."
    assert codes(only(run_events(text), "SANCTION").recipients) == {"LBR"}


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"),
    [
        (
            "Ethiopia and Sudan held talks in Khartoum, but Egypt criticized both countries.",
            "ACCUSE",
            {"EGY"},
            {"ETH", "SDN"},
        ),
        ("Three Chinese journalists were expelled by India for alleged visa violations.", "COERCE", {"IND"}, {"CHN"}),
        ("Turkey handed over the suspected gunman to French authorities on Wednesday.", "COOPERATE", {"TUR"}, {"FRA"}),
        ("The IMF bailed out Sri Lanka with a three-billion-dollar loan.", "AID", {None}, {"LKA"}),
    ],
)
def test_both_countries_expelled_people_handed_suspects_and_bailouts(run_events, text, kind, actors, recipients):
    """From 160 syntax probes another hand wrote and coded with CAMEO triples (dev half read)."""
    event = only(run_events(text), kind)
    assert codes(event.actors) == actors and codes(event.recipients) == recipients


def test_defending_ones_own_supports_no_one(run_events):
    assert run_events("Blair defended his decision to go to war.").events == []
    assert codes(only(run_events("The US defended Israel."), "SUPPORT").recipients) == {"ISR"}


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"),
    [
        ("Opposition leader Raila Odinga announced his party would suspend street protests.", "AGREE", {"KEN"}, set()),
        (
            "The Organisation of African Unity has rallied its member states behind Libya's call.",
            "SUPPORT",
            {None},
            {"LBY"},
        ),
        ("German President Roman Herzog asked Poland's forgiveness for German crimes.", "SUPPORT", {"DEU"}, {"POL"}),
        ("Kuwait's parliament has granted women full political rights.", "CONCEDE", {"KWT"}, set()),
        ("North Korea admitted IAEA inspectors to its Yongbyon nuclear complex.", "RETREAT", {"PRK"}, {None}),
        ("Nicaragua has filed suit against the United States at the International Court.", "ACCUSE", {"NIC"}, {"USA"}),
        (
            "French public sector workers staged a nationwide strike against the pension reforms.",
            "PROTEST",
            {"FRA"},
            set(),
        ),
        ("Mohawk protesters barricaded a highway near Oka, Quebec.", "PROTEST", {None}, set()),
        ("Beijing froze high-level political contacts with Oslo.", "SANCTION", {"CHN"}, {"NOR"}),
        ("Britain handed Hong Kong back to China in 1997.", "RETREAT", {"GBR"}, {"CHN"}),
        ("A mob of Hindu militants beat a Muslim man to death in Uttar Pradesh.", "ASSAULT", {None}, set()),
    ],
)
def test_acts_of_rarer_cameo_codes(run_events, text, kind, actors, recipients):
    """From one example another hand wrote per CAMEO code (dev half read)."""
    event = only(run_events(text), kind)
    assert codes(event.actors) == actors and codes(event.recipients) >= recipients


def test_no_handing_back_of_phones_and_no_meeting_of_demands(run_events):
    assert run_events("Far better, he said, to hand the phone back to an operator.").events == []
    never(run_events, "CONSULT", "They have already met many of the government's demands.")


def test_rallying_against_accuses_and_warning_of_martial_law_threatens(run_events):
    text = (
        "Tanzanian President Julius Nyerere rallied African leaders against the apartheid government of South Africa."
    )
    assert codes(only(run_events(text), "ACCUSE").recipients) == {"ZAF"}
    text = "Army commander General Prayuth warned that the military could impose martial law if violence escalated."
    assert only(run_events(text), "THREATEN")


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Police reinforcements were rushed to the city.", "military"),
        ("Soldiers were posted at key points in Dhaka.", "military"),
        ("Tanks took up positions around the presidential palace.", "military"),
        ("China staged large-scale war games off the coast of Taiwan.", None),  # drills alone are a show of force
        ("The navy sent a flotilla into the Gulf.", "military"),
        ("The government deployed riot police in the capital.", "police"),
        ("Pakistan increased its troop strength along the Line of Control.", "military"),
        ("North Korea placed its forces on combat readiness.", "alert"),
        ("The Indian army was put on a war footing.", "alert"),
        ("The army staged a show of force in the capital.", None),
    ],
)
def test_forces_moved_posted_or_readied_mobilise(run_events, text, mode):
    """MOBILIZE phrasings written for this test (the PLOVER bench's held-out MOBILIZE rows all went unread)."""
    assert only(run_events(text), "MOBILIZE").mode == mode


def test_shows_and_postings_of_other_things_are_no_events(run_events):
    assert run_events("The band put on a show.").events == []
    assert run_events("The mail was posted to London.").events == []
    assert run_events("He took up a position at the bank.").events == []


def test_ignoring_orders_defies_and_suspects_handed_to_another_state(run_events):
    assert only(run_events("The government ignored a court order to release the detainees."), "REJECT").mode == "defy"
    assert run_events("He ignored the question.").events == []
    event = only(run_events("Kenyan police handed the suspects to Ugandan authorities."), "COOPERATE")
    assert event.mode == "legal" and codes(event.recipients) == {"UGA"}
    assert run_events("She handed the book to her friend.").events == []


def test_dinners_for_leaders_and_being_on_a_visit_are_consultations(run_events):
    assert codes(only(run_events("Merkel hosted a dinner for African leaders."), "CONSULT").actors) == {"DEU"}
    assert run_events("Prince Charles hosted a dinner at the castle.").events == []
    event = only(run_events("Kuwait's emir is on a state visit to Britain."), "CONSULT")
    assert event.mode == "visit" and codes(event.recipients) == {"GBR"}
    assert run_events("He is on a mission to save the club.").events == []


def test_taking_to_the_streets_hunger_strikes_and_internet_shutdowns(run_events):
    assert only(run_events("Thousands took to the streets of Minsk to protest the election results."), "PROTEST")
    assert run_events("He took to the stage.").events == []
    assert only(run_events("Prisoners went on hunger strike in the jail."), "PROTEST").mode == "hunger"
    assert only(run_events("The government shut down the internet in Tigray."), "COERCE").mode == "restrict"


def test_accepting_a_truce_and_facilitating_talks(run_events):
    assert codes(only(run_events("Hamas accepted the ceasefire proposal."), "AGREE").actors) == {"PSE"}
    assert only(run_events("Norway facilitated peace talks in Oslo."), "CONSULT").mode == "mediate"
    assert run_events("The app facilitated contact between users.").events == []


def test_a_mediator_does_not_lend_its_country_to_the_parties(run_events):
    """The story's one country (Norway) is no guess for the unnamed government and rebels it mediates between."""
    event = only(run_events("Norway facilitated talks between the government and the rebels."), "CONSULT")
    assert codes(event.actors) == {"NOR"} and codes(event.recipients) == {None}


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Iraq threatened a resumption of its air raids on Iranian towns.", "IRQ", "IRN"),
        ("Ethiopia called for an end to the shelling of border villages by Eritrean artillery.", "ETH", "ERI"),
    ],
)
def test_a_recipient_down_a_chain_of_objects(run_events, text, actor, recipient):
    event = run_events(text).events[0]
    assert codes(event.actors) == {actor} and codes(event.recipients) == {recipient}


def test_a_place_far_down_the_clause_is_no_recipient(run_events):
    text = "The Queen will also host a reception for holocaust survivors at St James's Palace in London."
    assert all(not e.recipients for e in run_events(text).events)


@pytest.mark.parametrize(
    ("text", "kind", "cameo", "actor", "recipient"),
    [
        ("Prosecutors in Lima took the former mayor into custody on Friday.", "COERCE", "173", "PER", None),
        ("A court in Ankara ordered the Swedish reporter held in pre-trial detention.", "COERCE", "173", "TUR", "SWE"),
        ("Students blocked a busy intersection in central Sofia on Monday.", "PROTEST", "144", "BGR", None),
        ("Riot police sealed off the square outside the parliament in Yerevan.", "COERCE", "191", "ARM", None),
        ("Chile handed the suspected gunman over to Argentine police on Sunday.", "COOPERATE", "063", "CHL", "ARG"),
    ],
)
def test_custody_orders_blockades_and_handovers(run_events, text, kind, cameo, actor, recipient):
    event = only(run_events(text), kind)
    assert event.cameo == cameo and actor in codes(event.actors)
    assert recipient is None or codes(event.recipients) == {recipient}


def test_punishment_promised_to_whoever_disobeys_is_a_threat(run_events):
    text = "Egypt's interior minister said anyone joining Friday's rally would be arrested."
    event = only(run_events(text), "THREATEN")
    assert event.cameo == "132" and codes(event.actors) == {"EGY"}
    text = "Thailand warned that foreign workers without permits would be deported if they did not register."
    assert only(run_events(text), "THREATEN")
    never(run_events, "THREATEN", "Police said the two suspects would be charged on Monday.")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Somalia's president said on Monday that Eritrea was arming the militants.", "SOM", "ERI"),
        ("Georgia's prime minister said that Russian troops had violated the truce.", "GEO", "RUS"),
        ("The Greek foreign minister said Turkish drills posed a threat to the islands.", "GRC", "TUR"),
    ],
)
def test_a_party_said_to_do_wrong_is_accused(run_events, text, actor, recipient):
    event = only(run_events(text), "ACCUSE")
    assert codes(event.actors) == {actor} and codes(event.recipients) == {recipient}


def test_saying_that_a_party_funds_schools_or_citing_a_source_accuses_no_one(run_events):
    cited = "Rebel forces violated the ceasefire by shelling army positions, the defence ministry said."
    never(run_events, "ACCUSE", "The minister said that Germany was funding new schools in Ghana.", cited)


def test_lists_read_as_appositions_and_delegations_from_two_countries(run_events):
    text = "Kuwait, the United Arab Emirates, Oman and Jordan recalled their ambassadors from Syria."
    event = run_events(text).events[0]
    assert codes(event.actors) == {"KWT", "ARE", "OMN", "JOR"}
    event = only(run_events("Delegations from Ethiopia and Eritrea resumed talks in Nairobi on Monday."), "CONSULT")
    assert codes(event.actors) == {"ETH", "ERI"} and event.joint and not event.recipients
    event = only(run_events("Indian and Chinese troops exchanged fire near a village in Nepal."), "ASSAULT")
    assert event.joint and not event.recipients


def test_a_time_a_noun_is_compared_with_does_not_date_the_event(run_events):
    text = "Indian and Chinese troops clashed in Ladakh overnight in the worst fighting since the 1967 war."
    event = only(run_events(text), "ASSAULT")
    assert not event.historical and event.joint


def test_forces_ordered_somewhere_to_deter_a_state(run_events):
    text = "The United States ordered a carrier strike group to the Gulf on Monday to deter Iran."
    event = only(run_events(text), "MOBILIZE")
    assert codes(event.actors) == {"USA"} and codes(event.recipients) == {"IRN"}
    never(run_events, "ASSAULT", text)


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("Argentina requested the extradition of the former banker from Uruguay.", "REQUEST", "ARG", "URY"),
        ("Turkey ordered the closure of the Istanbul office of Germany's Bild newspaper.", "COERCE", "TUR", None),
        ("The EU urged the lifting of curbs imposed on the press by the government of Serbia.", "REQUEST", None, "SRB"),
    ],
)
def test_whom_a_handover_is_asked_of_closures_and_curbs_imposed_by(run_events, text, kind, actor, recipient):
    event = only(run_events(text), kind)
    assert actor is None or codes(event.actors) == {actor}
    assert recipient is None or codes(event.recipients) == {recipient}
    never(run_events, "COERCE", "The mayor ordered the closure of schools because of the storm.")


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("Kenya's president beseeched the IMF on Monday to speed up drought relief.", "REQUEST", "KEN", None),
        ("Iran stonewalled UN nuclear inspectors on Tuesday.", "REJECT", "IRN", None),
        ("Belarus muzzled the last independent radio station on Friday.", "COERCE", "BLR", None),
        ("Latvia kicked out three Russian diplomats on Monday.", "SANCTION", "LVA", "RUS"),
        ("Kenya's parliament threw out a loan agreement with a Chinese bank.", "REJECT", "KEN", "CHN"),
        ("Egypt brushed aside Ethiopian demands to share data on the dam.", "REJECT", "EGY", "ETH"),
        ("Turkish intelligence tipped off Greek police about a smuggling ring.", "COOPERATE", "TUR", "GRC"),
        ("Niger was taken to task by Nigeria's foreign minister on Monday.", "ACCUSE", "NGA", "NER"),
        ("Chile came out in favour of Bolivia's bid to join the bloc.", "SUPPORT", "CHL", "BOL"),
        ("Washington raised the spectre of sanctions against Cambodia.", "THREATEN", "USA", "KHM"),
        ("Thailand poured troops into the southern provinces on Sunday.", "MOBILIZE", "THA", None),
        ("Malaysia gave an undertaking to admit UN investigators.", "AGREE", "MYS", None),
        ("Hundreds of Nepali workers were sent packing by Qatar.", "COERCE", "QAT", "NPL"),
    ],
)
def test_rarer_wordings_of_each_type(run_events, text, kind, actor, recipient):
    event = only(run_events(text), kind)
    assert actor in codes(event.actors)
    assert recipient is None or recipient in codes(event.recipients)


def test_idioms_that_borrow_those_words_are_no_events(run_events):
    never(run_events, "REJECT", "It could be a case of throwing out the baby with the bath water, he said.")
    never(run_events, "SANCTION", "We need people to help the authorities kick out the cheats.")
    never(run_events, "THREATEN", "The company raised the prospect of higher dividends.")


def test_an_agency_dateline_with_the_year_is_not_the_subject(run_events):
    text = "GAZA CITY, Dec 27, 2008 (AFP) - Israeli warplanes pounded Hamas targets across the Gaza Strip on Saturday."
    event = only(run_events(text), "ASSAULT")
    assert codes(event.actors) == {"ISR"} and codes(event.recipients) == {"PSE"}


def test_measures_that_take_effect_or_come_into_force(run_events):
    text = "A unilateral ceasefire declared by Colombian rebels for the holidays took effect at midnight."
    event = only(run_events(text), "RETREAT")
    assert event.cameo == "0871" and codes(event.actors) == {"COL"}
    event = only(run_events("Sanctions imposed by the EU on Belarus took effect on Monday."), "SANCTION")
    assert codes(event.recipients) == {"BLR"}
    assert run_events("The new law came into force on Monday.").events == []


def test_a_boycott_of_talks_rejects_them_and_a_state_taken_off_a_blacklist(run_events):
    text = "The Kenyan opposition's boycott of talks with the government entered its second week."
    assert only(run_events(text), "REJECT").cameo == "125"
    event = only(run_events("The United States removed Cuba from its list of state sponsors of terrorism."), "RETREAT")
    assert event.cameo == "085" and codes(event.recipients) == {"CUB"}
    assert run_events("The shop removed the book from its list of bestsellers.").events == []
    event = only(run_events("Egypt sealed all crossings into the Gaza Strip on Sunday."), "COERCE")
    assert event.cameo == "191" and codes(event.recipients) == {"PSE"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The pope exhorted Armenia and Azerbaijan to sign a peace treaty.", "REQUEST"),
        ("Colombia parleyed with rebel commanders in Havana on Monday.", "CONSULT"),
        ("Peru sided with Bolivia in its dispute with Chile.", "SUPPORT"),
        ("Iran commuted the death sentences of three protesters on Sunday.", "CONCEDE"),
        ("Ethiopia demobilised thousands of Tigrayan fighters last month.", "RETREAT"),
        ("Hungary scuttled talks on a new EU aid package for Ukraine.", "REJECT"),
        ("Russian officials menaced Lithuania with retaliation over the transit ban.", "THREATEN"),
        ("Britain proscribed the militant group as a terrorist organisation.", "COERCE"),
        ("Militants firebombed a police station in northern Nigeria.", "ASSAULT"),
        ("Georgia garrisoned troops near the border with Russia.", "MOBILIZE"),
    ],
)
def test_more_newsroom_verbs(run_events, text, kind):
    assert only(run_events(text), kind)


def test_newsroom_verbs_need_their_objects(run_events):
    never(run_events, "COERCE", "She interned at a bank in London before joining the ministry.")
    never(run_events, "REJECT", "The crew scuttled the old ship off the coast.")


def test_scrambled_jets_freed_nationals_and_offices_raided_by_officials(run_events):
    assert only(run_events("Taiwan scrambled fighter jets as Chinese bombers neared the island."), "MOBILIZE")
    assert run_events("Officials scrambled to respond to the floods.").events == []
    event = only(run_events("Iran freed four jailed Germans on Tuesday."), "RETREAT")
    assert codes(event.recipients) == {"DEU"}
    event = only(run_events("Turkish tax officials raided the Istanbul offices of a German newspaper."), "COERCE")
    assert codes(event.actors) == {"TUR"}


def test_north_and_south_of_a_divided_country_and_a_party_behind_what_is_praised(run_events):
    event = only(run_events("North and South Korea agreed on Friday to reopen a military hotline."), "AGREE")
    assert codes(event.actors) == {"PRK", "KOR"}
    event = only(run_events("The leaders of North and South Korea met at the border on Friday."), "CONSULT")
    assert codes(event.actors) == {"PRK", "KOR"} and event.joint
    event = only(
        run_events("Niger's president praised the 1,000 soldiers that Chad sent to fight the militants."), "SUPPORT"
    )
    assert codes(event.recipients) == {"TCD"}


def test_a_base_struck_by_another_country_is_the_places(run_events):
    event = only(run_events("Russian warplanes bombed a military base near the Georgian town of Gori."), "ASSAULT")
    assert codes(event.recipients) == {"GEO"}


def test_the_sentences_own_event_outranks_one_told_in_a_subordinate_clause(run_events):
    text = "Police arrested 40 protesters in Minsk on Sunday, two days after the opposition said it had attacked a police station."
    best = max(run_events(text).events, key=lambda e: e.confidence)
    assert best.type == "COERCE"


def test_arms_in_another_clause_do_not_arm_the_rioters(run_events):
    text = "Hundreds of Serbian protesters threw stones at the US embassy in Belgrade on Friday, a day after NATO missiles struck a bridge."
    event = next(e for e in run_events(text).events if codes(e.actors) == {"SRB"})
    assert (event.type, event.mode) == ("PROTEST", "riot")


def test_a_first_meeting_since_a_past_event_is_not_history(run_events):
    text = "The two leaders held their first meeting since last year's disputed election on Friday."
    assert only(run_events(text), "CONSULT").historical is False


@pytest.mark.parametrize(
    ("text", "kind", "cameo", "actor", "recipient"),
    [
        ("China tightened curbs on exports to Japan of rare earth metals on Monday.", "SANCTION", "163", "CHN", "JPN"),
        (
            "Brazil formally recognised Venezuelan opposition leader Juan Guaido as the interim president.",
            "SUPPORT",
            "054",
            "BRA",
            "VEN",
        ),
        ("Serbia handed the Presevo district back to Kosovo on Friday.", "RETREAT", "084", "SRB", "XKX"),
        ("Pirates set free the 20 crew members of a Greek tanker on Monday.", "RETREAT", "0841", None, None),
    ],
)
def test_curbs_on_trade_recognition_as_president_and_handing_back(run_events, text, kind, cameo, actor, recipient):
    event = only(run_events(text), kind)
    assert event.cameo == cameo
    if actor:
        assert codes(event.actors) == {actor} and codes(event.recipients) == {recipient}


def test_delegations_of_states_walking_out_protest(run_events):
    text = "Delegations from France and Germany walked out of the conference on Thursday."
    assert only(run_events(text), "PROTEST").mode == "demo"


def test_a_threat_reported_with_its_condition_is_made(run_events):
    text = "The news agency quoted a commander as saying that Iran would strike US bases if Washington attacked."
    event = only(run_events(text), "THREATEN")
    assert codes(event.recipients) == {"USA"} and not (event.hypothetical or event.future)


def test_inaugurations_and_targets_met_are_no_events(run_events):
    never(run_events, "AGREE", "Odinga had himself sworn in as president at a rally in Nairobi.")
    assert (
        run_events("The government will only hit its target for reading skills if schools get more money.").events == []
    )


@pytest.mark.parametrize(
    ("text", "kind", "recipient"),
    [
        (
            "Kenya cut diplomatic ties with Somalia on Monday, accusing it of meddling in its elections.",
            "ACCUSE",
            "SOM",
        ),
        ("Germany expelled two Russian diplomats on Friday, accusing them of spying.", "ACCUSE", "RUS"),
        (
            "The Italian premier spoke by phone with his Turkish counterpart, urging him to reopen the border.",
            "REQUEST",
            "TUR",
        ),
    ],
)
def test_the_pronoun_object_of_an_ing_clause_is_the_main_clauses_party(run_events, text, kind, recipient):
    assert codes(only(run_events(text), kind).recipients) == {recipient}


def test_a_party_said_to_be_going_to_hit_back_threatens(run_events):
    text = "Interfax quoted Kremlin aide Yuri Ushakov as saying Russia would retaliate against Norway."
    event = only(run_events(text), "THREATEN")
    assert codes(event.actors) == {"RUS"} and codes(event.recipients) == {"NOR"}
    text = "China said it would take countermeasures against Lithuania if Vilnius opened the office."
    event = only(run_events(text), "THREATEN")
    assert codes(event.actors) == {"CHN"} and codes(event.recipients) == {"LTU"}
    event = only(run_events("Ushakov said Moscow would be forced to take countermeasures."), "THREATEN")
    assert codes(event.recipients) == set()
    never(run_events, "THREATEN", "Tehran said it would not retaliate for the killing.")


def test_an_ing_clause_after_a_comma_is_the_main_subjects_own_act(run_events):
    text = "Kenya asked Uganda to hand over the suspects, blaming Ugandan rebels for the raid."
    result = run_events(text)
    blame = only(result, "ACCUSE")
    assert codes(blame.actors) == {"KEN"} and codes(blame.recipients) == {"UGA"}
    assert "REQUEST" in {e.type for e in result.events}
    # told again by the -ing clause, the event takes the party it names
    condemned = only(run_events("Ghana condemned the bombing, blaming Togolese militants."), "ACCUSE")
    assert codes(condemned.recipients) == {"TGO"}
    # two sides exchanging fire act on each other, not on the people killed
    text = "Kyrgyz and Tajik border guards exchanged fire on Thursday, killing at least 13 people."
    assert only(run_events(text), "ASSAULT").joint


def test_formal_diplomatic_representations_are_a_protest(run_events):
    event = only(run_events("China lodged stern representations with Japan over the visit."), "ACCUSE")
    assert event.mode == "complain" and codes(event.recipients) == {"JPN"}
    never(run_events, "ACCUSE", "The party won representation in parliament for the first time.")
    never(run_events, "ACCUSE", "The lawyers made representations to the court on behalf of the family.")


def test_a_reaction_to_the_act_just_told_is_aimed_at_its_doers(run_events):
    text = "Turkish jets struck villages in northern Iraq on Monday. Baghdad condemned the raid."
    assert codes(only(run_events(text), "ACCUSE").recipients) == {"TUR"}
    text = "Police arrested 40 students in Minsk, and Lithuania protested against the arrests."
    assert codes(next(e for e in run_events(text).events if e.actors and codes(e.actors) == {"LTU"}).recipients) == {
        "BLR"
    }
    # an act newly told ("an attack") is not the one before
    text = "Turkish jets struck villages in northern Iraq on Monday. Baghdad condemned an attack on a mosque in Mosul."
    assert "TUR" not in codes(only(run_events(text), "ACCUSE").recipients)


def test_going_somewhere_to_denounce_or_pay_tribute_did_it(run_events):
    event = only(run_events("Karzai appeared on state television on Monday to denounce the air strikes."), "ACCUSE")
    assert not (event.hypothetical or event.future)
    result = run_events("French President Emmanuel Macron flew into Bamako on Friday to pay tribute to the dead.")
    assert not only(result, "SUPPORT").hypothetical and only(result, "CONSULT").mode == "visit"
    assert only(run_events("Macron will fly to Bamako to pay tribute to the soldiers."), "SUPPORT").hypothetical
    assert only(run_events("Rice flew to Jerusalem on Monday to sign a deal."), "SUPPORT").hypothetical


def test_talks_an_agreement_came_after_were_held_and_a_withdrawal_leaves_the_place(run_events):
    text = (
        "Putin agreed on Monday to pull Russian troops out of positions around Abkhazia within a month, "
        "after talks with Merkel at a residence outside Moscow."
    )
    result = run_events(text)
    assert codes(only(result, "CONSULT").recipients) == {"DEU"}
    assert codes(only(result, "AGREE").recipients) == {"GEO"}


def test_rejecting_the_offer_or_condemning_the_move_just_told(run_events):
    text = "Khartoum declared an immediate ceasefire in Darfur on Wednesday, but the rebels rejected the offer."
    assert codes(only(run_events(text), "REJECT").recipients) == {"SDN"}
    text = "Canada imposed sanctions on three Iranian firms on Monday. Tehran condemned the move."
    assert codes(only(run_events(text), "ACCUSE").recipients) == {"CAN"}


def test_aid_goes_to_whom_its_purpose_helps(run_events):
    text = "Tokyo said it would provide 300 million dollars in loans to help rebuild northern Iraq."
    assert codes(only(run_events(text), "AGREE").recipients) == {"IRQ"}


def test_more_event_nouns_with_their_light_verbs_and_not_alone(run_events):
    assert only(run_events("Ukrainian forces launched a counterattack near Kharkiv on Monday."), "ASSAULT")
    event = only(run_events("The European Union issued a sharp reprimand to Hungary on Monday."), "ACCUSE")
    assert event.mode == "criticize" and codes(event.recipients) == {"HUN"}
    assert codes(only(run_events("Japan made a pledge of aid to Indonesia."), "AGREE").recipients) == {"IDN"}
    assert run_events("He has finally lived up to his promise as a runner.").events == []
    assert run_events("It is the actor's fourth collaboration with the director.").events == []


def test_a_withdrawal_demanded_from_a_place_is_asked_of_the_troops_country(run_events):
    text = "Georgia demanded the withdrawal of Russian troops from the Kodori gorge on Thursday."
    assert codes(only(run_events(text), "REQUEST").recipients) == {"RUS"}
    text = "Peru requested the extradition of former president Fujimori from Japan."
    assert codes(only(run_events(text), "REQUEST").recipients) == {"JPN"}
