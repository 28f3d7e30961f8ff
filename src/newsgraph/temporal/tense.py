"""The tense of the clause that governs a time expression, read off the spaCy parse.

Walk from the expression's head up to the first verb, then look at that verb's auxiliaries:
"will"/"shall"/"'ll", "may/might/should/must" and "going to"/"plan to" make it future; "would" too
(reported plans);
past-tense verbs and perfect "have" make it past; anything else is present.
"""

from __future__ import annotations

from typing import Literal

Tense = Literal["past", "present", "future"]

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d", "may", "might", "should", "must"}
_FUTURE_GOVERNORS = {
    "go",
    "plan",
    "expect",
    "schedule",
    "intend",
    "set",
    "due",
    "aim",
    "hope",
    "want",
    "seek",
    "prepare",
}
_SCHEDULING = {"schedule", "set", "plan", "expect", "slate", "due"}
_PAST_TAGS = {"VBD"}
_MAX_CLIMB = 12


def governing_verb(token):
    """The first verb or auxiliary at or above ``token`` in the parse, or None."""
    for _ in range(_MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def verb_tense(verb) -> Tense:
    aux = [child for child in verb.children if child.dep_ in ("aux", "auxpass") and child.lower_ != "to"]
    words = {child.lower_ for child in aux}
    if words & _FUTURE_AUX:
        return "future"  # "could"/"can" are left out: "could not agree on Thursday" is as often past
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _FUTURE_GOVERNORS:
        return "future"
    if verb.lemma_ in _SCHEDULING and verb.tag_ == "VBN" and words & {"is", "are", "am", "'s", "'re"}:
        return "future"  # "the vote is scheduled for Tuesday"
    if not aux and verb.tag_ in ("VB", "VBG") and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        return verb_tense(verb.head) if verb.head.pos_ in ("VERB", "AUX") else "present"
    if verb.tag_ in _PAST_TAGS or any(child.tag_ in _PAST_TAGS for child in aux):
        return "past"
    if verb.tag_ == "VBN" and words & {"has", "have", "'ve", "'s"}:
        return "past"
    if verb.tag_ == "VBN" and not aux:
        return "past"  # a reduced clause, a headline's "Seven killed", or a past verb mis-tagged VBN
    if verb.tag_ == "MD" and verb.lower_ in _FUTURE_AUX:
        return "future"
    return "present"


def clause_tense(doc, start: int, end: int) -> Tense | None:
    """Tense of the clause around the characters ``start:end`` of ``doc``; None without a verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = governing_verb(span.root)
    return verb_tense(verb) if verb is not None else None
