"""Modes read from reported speech and from the words around an act: "would" backshifted under a past
speech verb, allegations, threats made now, "neither … nor", "unlikely to", conditions and questions, and
what wanting or calling for something asks of whom; sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.events.helpers import codes, only

pytestmark = pytest.mark.slow


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


def test_what_will_be_done_to_someone_is_planned_not_threatened(run_events):
    event = only(run_events("Mr Sullivan will be sentenced following the trial."), "COERCE")
    assert event.future


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


def test_asked_if_is_a_question_not_a_condition(run_events):
    record = run_events("Asked if she would attend the summit, the minister said yes.")
    assert not any(e.hypothetical for e in record.events if e.type == "REQUEST")


def test_no_desire_or_no_plan_negates_the_act(run_events):
    event = only(run_events("Iran has no plan to attack Israel."), "ASSAULT")
    assert event.negated and codes(event.actors) == {"IRN"} and codes(event.recipients) == {"ISR"}
    event = only(run_events('"I have no desire to make further concessions on the Bill," he said.'), "CONCEDE")
    assert event.negated


# Twenty wire-style sentences written for the five modes (first run: 19 of 20 right; "used chemical weapons"
# was no event). Dated 2023-03-10 so that "in 1990" and "in February 2022" are background.
@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("Russia and Ukraine failed to reach agreement on a ceasefire on Thursday.", "AGREE", "negated"),
        ("The talks ended without an agreement.", "AGREE", "negated"),
        ("Israel did not strike Iran, officials said.", "ASSAULT", "negated"),
        ("Neither side has recognised the other.", "SUPPORT", "negated"),
        ("Kenya refused to extradite the suspect.", "REJECT", ""),
        ("The two leaders will meet in Geneva next week.", "CONSULT", "future"),
        ("Putin is scheduled to visit Beijing in May.", "CONSULT", "future"),
        ("The foreign ministers are expected to sign the accord on Friday.", "SUPPORT", "future"),
        ("If Iran enriches uranium further, Israel could strike its nuclear sites.", "ASSAULT", "hypothetical"),
        ("Washington might impose new sanctions on Caracas.", "SANCTION", "hypothetical"),
        ("Turkey would not oppose Sweden's membership if its demands were met.", "REJECT", "hypothetical"),
        ("Moscow launched its invasion of Ukraine in February 2022.", "ASSAULT", "historical"),
        ("The two countries fought a border war in 1962.", "ASSAULT", "historical"),
        ("Iraq invaded Kuwait in 1990.", "ASSAULT", "historical"),
        ("The army said its troops had killed ten militants on Tuesday.", "ASSAULT", "reported"),
        ("A spokesman said police arrested three men overnight.", "COERCE", "reported"),
        ("Syria denied that its forces had used chemical weapons.", "ASSAULT", "negated"),
        ("The president ruled out talks with the rebels.", "REJECT", ""),
        ("The government has no plans to expel the ambassador.", "SANCTION", "negated"),
        ("Hamas is unlikely to accept the proposal.", "AGREE", "hypothetical"),
    ],
)
def test_modes_of_written_wire_sentences(run_events, text, kind, mode):
    record = run_events(text, published=datetime(2023, 3, 10))
    events = [e for e in record.events if e.type == kind]
    flags = [
        {f for f in ("negated", "future", "hypothetical", "historical", "reported") if getattr(e, f)} for e in events
    ]
    if mode:
        assert any(mode in f for f in flags), [(e.type, sorted(f)) for e, f in zip(events, flags, strict=True)]
    else:
        assert any(not f & {"negated", "hypothetical"} for f in flags), flags


def test_quoted_as_saying_would_is_a_threat_made(run_events):
    """ "quoted X as saying Russia would retaliate": the quoting verb's past makes "would" the reported "will";
    saying so is the threat, made by the person quoted (not the outlet), and no attack is told."""
    text = (
        "RIA Novosti quoted Kremlin spokesman Dmitry Peskov as saying Russia would retaliate against the United States."
    )
    events = run_events(text).events
    event = next(e for e in events if e.type == "THREATEN")
    assert not (event.hypothetical or event.future or event.negated) and "ASSAULT" not in {e.type for e in events}
    assert {p.country for p in event.actors} == {"RUS"} and {p.country for p in event.recipients} == {"USA"}


def test_an_act_prevented_or_refrained_from_did_not_happen(run_events):
    """From a random sample of BBC events: "detained to prevent him from fighting" was coded as fighting."""
    march = next(e for e in run_events("The army prevented protesters from marching on parliament.").events)
    assert march.type == "PROTEST" and march.negated and {p.sector for p in march.actors} == {"CVL"}
    attack = next(e for e in run_events("Police stopped the rebels from attacking the town.").events)
    assert attack.type == "ASSAULT" and attack.negated and {p.sector for p in attack.actors} == {"REB"}
    restraint = next(e for e in run_events("Russia refrained from attacking Kyiv.").events)
    assert restraint.type == "ASSAULT" and restraint.negated
