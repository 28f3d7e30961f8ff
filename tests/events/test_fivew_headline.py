"""5W1H "what" from the headline: the verb with its object and argument phrases, without the scene,
on headlines and leads written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("headline", "lead", "what"),
    [
        (  # the place phrase is "where", the "after" clause is background
            "Farmers block motorway near Lyon after fuel tax rise",
            "Hundreds of farmers blocked the A7 motorway near Lyon on Monday.",
            "block motorway",
        ),
        (  # an argument phrase after the object stays ("blames … on …")
            "Mayor blames flooding on blocked drains in call with residents",
            "The mayor of Hull blamed the flooding on blocked drains.",
            "blames flooding on blocked drains",
        ),
        (  # a second predicate ("and warns …") is left out; a manner adverb stays
            "Minister narrowly survives vote and warns rebels",
            "The minister narrowly survived a confidence vote in parliament on Tuesday.",
            "narrowly survives vote",
        ),
        (  # a purpose ("to cut costs") is why, not what
            "Brewer shrinks its bottles to cut costs",
            "A Belgian brewer has shrunk its bottles to save money on glass.",
            "shrinks its bottles",
        ),
        (  # "…, officials say": the reported clause
            "Army has taken control of the airport, officials say",
            "The army has taken control of the main airport, officials said on Sunday.",
            "has taken control of the airport",
        ),
    ],
)
def test_what_is_the_headline_predicate(run_events, headline, lead, what):
    assert run_events(lead, headline=headline).main_event.what.text == what


def test_a_leading_quote_is_not_the_event(run_events):
    record = run_events(
        "The coach blamed the referee for the defeat on Saturday.",
        headline="'WE WERE ROBBED' Coach blames referee for cup defeat",
    )
    assert record.main_event.what.text == "blames referee for cup defeat"


def test_a_label_before_a_colon_is_skipped_for_the_predicate(run_events):
    record = run_events(
        "Police in Leeds arrested two men after a bank robbery on Friday.",
        headline="Leeds bank robbery: Police arrest two men",
    )
    assert record.main_event.what.text == "arrest two men"


def test_a_headline_with_a_participle_only_keeps_its_incident_label(run_events):
    record = run_events(
        "A bus overturned on a motorway on Monday morning and the driver was arrested.",
        headline="Motorway bus crash: Driver arrested as twelve hurt",
    )
    assert record.main_event.what.text == "Motorway bus crash"


def test_a_participle_headline_keeps_its_subject_and_a_short_cause(run_events):
    lead = "Six miners were killed when a tunnel collapsed in Silesia."
    record = run_events(lead, headline="Six killed as mine collapses in Silesia")
    assert record.main_event.what.text == "Six killed as mine collapses"
    record = run_events(lead, headline="Six killed as tunnel at coal mine collapses")  # a long cause is left out
    assert record.main_event.what.text == "Six killed"


def test_a_verb_the_parser_reads_as_a_plural_noun(run_events):
    """ "Lady Gaga stages protest": the tagger reads "stages" as a noun and "protest" as the verb;
    the lead uses "staged" as a verb, so "stages" is the headline's verb."""
    record = run_events(
        "Singer Jane Doe staged a protest outside the city hall on Friday.",
        headline="Singer Jane Doe stages protest outside city hall",
    )
    assert record.main_event.what.text == "stages protest"


def test_without_headline_the_lead_clause_answers(run_events):
    record = run_events("The Spanish team narrowly avoided defeat against Italy in Rome on Sunday.", headline=None)
    assert record.main_event.what.text.startswith("narrowly avoided defeat")


def test_who_is_the_name_before_a_misread_headline_verb(run_events):
    """The tagger reads "Interpol issues warrant" as a noun phrase with the verb "warrant"; the lead uses
    "issued" as a verb and writes "Interpol" capitalised inside a sentence, so it names someone."""
    record = run_events(
        "It issued an arrest warrant for the banker on Friday, Interpol said.",
        headline="Interpol issues warrant for banker",
    )
    assert record.main_event.who.text == "Interpol"
    assert record.main_event.what.text == "issues warrant for banker"


def test_a_thing_before_the_headline_verb_is_not_who(run_events):
    record = run_events(
        "A video filmed on Monday shows the bridge swaying in strong wind.",
        headline="Footage shows bridge swaying in wind",
    )
    assert record.main_event.who is None or record.main_event.who.text != "Footage"


def test_when_keeps_the_word_that_qualifies_the_time(run_events):
    record = run_events("Rebels attacked the army base late Thursday, killing four soldiers.", headline=None)
    assert record.main_event.when.text == "late Thursday"
    body = record.article.body
    assert body[record.main_event.when.span.start : record.main_event.when.span.end] == "late Thursday"


def test_where_completes_a_hyphenated_place_name():
    from newsgraph.events.fivew import _whole_name
    from newsgraph.records import Article, Record

    body = "A bomb exploded in Mazar-e-Sharif on Thursday."
    record = Record(article=Article(source="test", body=body, language="en"))
    start = body.index("Mazar")
    answer = _whole_name(record, start, start + len("Mazar"))
    assert answer.text == "Mazar-e-Sharif"
    assert body[answer.span.start : answer.span.end] == answer.text


@pytest.mark.parametrize("headline", [":", "' '", '"""', "Breaking:", "—", "x" * 250])
def test_a_headline_without_words_gives_no_headline_answer(run_events, headline):
    record = run_events("The minister resigned on Monday in Paris after the vote.", headline=headline)
    what = record.main_event.what
    assert what is None or any(c.isalnum() for c in what.text)
    assert what is None or what.text not in headline
