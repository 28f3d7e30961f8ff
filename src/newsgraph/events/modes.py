"""Whether an event happened: negated, future, hypothetical, historical or reported.

All tests read the dependency parse around the trigger's clause chain (the trigger, the light
verb that carries an event noun, and the verbs that govern it through ``xcomp``: "failed to
agree", "plans to visit", "wants to continue"), so they cost a few child lookups per event.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.events.lexicon import (
    FUTURE_GOVERNORS,
    HYPOTHETICAL_GOVERNORS,
    NEGATING_GOVERNORS,
    POLITE_WANTS,
    SPEECH_VERBS,
)

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_BACKSHIFTED_AUX = {"would", "'d"}
_MODAL_AUX = {"could", "might", "may", "should", "can", "ca", "must"}
_CONDITION_MARKS = {"if", "unless", "whether"}
_BACKGROUND_MARKS = {"since"}
_NEGATIVE_DETS = {"no", "neither", "nor"}
_QUESTION_VERBS = frozenset(["ask", "wonder", "know", "see", "check", "decide", "determine", "question", "inquire"])
_NEGATING_NOUNS = frozenset(["refusal", "failure", "inability", "rejection", "reluctance"])
_INTENT_NOUNS = frozenset(
    ["plan", "bid", "attempt", "effort", "threat", "offer", "promise", "pledge", "call", "proposal", "desire", "wish"]
)
# Nouns whose "that" clause is only proposed or imagined: "the demand that it withdraw", "the idea that…"
_CONTENT_NOUNS = frozenset(
    [
        *("suggestion", "proposal", "demand", "call", "idea", "hope", "request", "recommendation"),
        *("advice", "notion", "proposition", "condition", "expectation", "wish", "plan"),
    ]
)
_LIKELIHOODS = frozenset(["likely", "unlikely", "possible", "probable", "doubtful", "uncertain", "conceivable"])
_LEMMA_SLIPS = {"hopes": "hope", "hoped": "hope"}  # the small model lemmatises them as "hop"


@dataclass(slots=True)
class Modes:
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False
    reported: bool = False
    modal: str | None = None  # the future or modal auxiliary ("will", "would", "could")
    intent: bool = False  # governed by a verb of intent ("wants to", "plans to", "is willing to")
    condition: bool = False  # under an "if" or "unless": a threat's terms when someone states it


# Verbs that keep an act from happening: "prevented X from marching", "refrained from attacking"
PREVENTING = frozenset(
    [
        *("prevent", "stop", "bar", "block", "ban", "deter", "dissuade", "keep", "restrain", "prohibit", "forbid"),
        *("refrain", "abstain", "desist"),
    ]
)


def governing_chain(token) -> list:
    """The token and the verbs that govern it through xcomp ("failed" in "failed to agree")."""
    chain = [token]
    while token.dep_ in {"xcomp", "acomp"} and token.head.i != token.i and len(chain) < 6:
        token = token.head
        chain.append(token)
    return chain


def first_conjunct(token):
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def read_modes(chain: list, noun=None) -> Modes:
    """Modes read off the clause chain (first element is the trigger verb or light verb)."""
    modes = Modes()
    tokens = list(chain)
    would = False
    top = chain[-1]
    head = first_conjunct(top)
    if head.i != top.i:
        tokens.append(head)
    for t in tokens:
        for child in t.children:
            dep, lower = child.dep_, child.lower_
            if dep == "neg" and t in chain:
                modes.negated = True
            elif dep in {"aux", "auxpass"}:
                if lower in _FUTURE_AUX:
                    modes.future, modes.modal = True, lower
                elif lower in _BACKSHIFTED_AUX and t.lemma_ in POLITE_WANTS:
                    continue  # "would like": a present wish, not a supposition
                elif lower in _BACKSHIFTED_AUX:
                    would, modes.modal = True, lower
                elif lower in _MODAL_AUX:
                    modes.hypothetical, modes.modal = True, lower
            elif dep == "mark" and lower in _CONDITION_MARKS:
                modes.hypothetical = modes.condition = True
            elif dep == "mark" and lower in _BACKGROUND_MARKS:
                modes.historical = True
    for governor in chain[1:]:
        lemma = _LEMMA_SLIPS.get(governor.lower_, governor.lemma_.lower())
        if lemma in NEGATING_GOVERNORS or (
            lemma in {"have", "be"} and any(c.lower_ == "yet" for c in governor.children)
        ):
            modes.negated = True  # "has yet to reach agreement": not reached
        elif lemma in FUTURE_GOVERNORS or (lemma == "go" and governor.tag_ == "VBG"):
            modes.future = True
            # "Japan is expected / scheduled to give aid": others expect it; no promise of Japan's
            modes.intent = modes.intent or not any(c.dep_ in {"auxpass", "nsubjpass"} for c in governor.children)
        elif lemma in HYPOTHETICAL_GOVERNORS:
            modes.hypothetical = modes.intent = True
    subject = next((c for c in chain[-1].children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and any(
        c.dep_ in {"det", "preconj"} and c.lower_ in _NEGATIVE_DETS for c in subject.children
    ):
        modes.negated = True  # "neither side attacked", "no country has recognised…", "neither X nor Y agreed"
    if noun is not None:
        if any(c.dep_ == "det" and c.lower_ in _NEGATIVE_DETS for c in noun.children):
            modes.negated = True
        if any(c.dep_ == "neg" for c in noun.children):
            modes.negated = True
    if _under_condition(head) or _has_condition(tokens):
        modes.hypothetical = modes.condition = True  # "if X attacks, …"; "X will respond if attacked"
    elif _purpose_clause(head):
        modes.hypothetical = True  # "to agree"
    if head.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        owner = head.head.lemma_.lower()  # "Blair's refusal to accept", "Iran's plan to enrich"
        if owner in _NEGATING_NOUNS or any(c.dep_ == "det" and c.lower_ in _NEGATIVE_DETS for c in head.head.children):
            modes.negated = True  # …and "no desire to make concessions"
        elif owner in _INTENT_NOUNS:
            modes.hypothetical = modes.intent = True
    if head.dep_ in {"acl", "ccomp"} and head.head.lemma_.lower() in _CONTENT_NOUNS and _finite(head):
        modes.hypothetical = True  # "rejected a suggestion that his country seek IMF help": proposed, not done
    if head.dep_ == "ccomp" and any(c.dep_ == "acomp" and c.lower_ in _LIKELIHOODS for c in head.head.children):
        modes.hypothetical = True  # "it was likely (that) the council would call for retaliation"
    if head.dep_ == "pcomp" and head.head.lower_ == "without":
        modes.negated = True
    if head.dep_ == "pcomp" and head.head.lower_ == "from" and head.head.head.lemma_.lower() in PREVENTING:
        modes.negated = True  # "prevented protesters from marching", "stopped the rebels from attacking": not done
    if head.dep_ == "pcomp" and head.head.lower_ == "at" and head.head.head.lemma_.lower() in {"aim", "target"}:
        modes.hypothetical = True  # "a package aimed at assisting vintners": an aim, not an act (nor a promise)
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "without":
        modes.negated = True  # "the talks ended without agreement"
    if head.dep_ == "ccomp" and head.head.lemma_.lower() == "deny":
        modes.negated = True  # "the army denied that its soldiers had fired": not so, says the speaker
    speaker_verb = speech_ancestor(head)
    modes.reported = speaker_verb is not None
    reported_past = speaker_verb is not None and _past(speaker_verb)
    # "said its troops had killed…": under a past speech verb the past perfect is the reported simple past.
    if (_past_perfect(chain[0]) and not reported_past) or _perfect_relative(chain[0]):
        modes.historical = True
    if would:
        # "said it would hold talks": under a past speech verb "would" is the reported "will" (a plan,
        # or with "not" a refusal); elsewhere, or with a condition, it is hypothetical. "Would not refuse"
        # (a double negative) offers willingness on terms: hypothetical, as the issue's own example has it.
        if reported_past and not (modes.hypothetical or _willing_on_terms(chain, modes)):
            modes.future = True
        else:
            modes.hypothetical = True
    return modes


_REFUSING_VERBS = frozenset(["refuse", "reject", "oppose", "object", "rule", "exclude", "resist", "mind", "deny"])


def _willing_on_terms(chain: list, modes: Modes) -> bool:
    """ "would not refuse a meeting", "would not rule out talks": not refusing is an offer, not a plan."""
    return modes.negated and chain[0].lemma_.lower() in _REFUSING_VERBS


def _finite(clause) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in clause.children)


def is_condition(clause) -> bool:
    """An "if/unless/whether" adverbial clause."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in clause.children)


def _has_condition(tokens) -> bool:
    """ "would respond if attacked": a conditional clause hangs on the verb (not "asked if": a question)."""
    return any(is_condition(c) for t in tokens if t.lemma_.lower() not in _QUESTION_VERBS for c in t.children)


def _past(verb) -> bool:
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head  # "quoted Peskov as saying Russia would…": the quoting verb's tense
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children))


def _purpose_clause(head) -> bool:
    """ "(in order) to agree": an infinitive adverbial clause states an aim, not an act; "voted on Thursday to
    launch an inquiry" (the parser's advcl) is what was decided."""
    decided = head.head.lemma_.lower() in _DECIDING and head.head.tag_ in {"VBD", "VBZ", "VBP", "VBN"}
    if head.dep_ != "advcl" or decided or _done_by_going(head):  # not "… asked to vote … improvements to be funded"
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


_DECIDING = frozenset(["vote", "decide", "resolve", "agree"])
# Going somewhere or appearing "to denounce / to pay tribute": past and plain, the going was the saying;
# "flew to Kabul to sign a deal" stays an aim (a signing can still fall through), and what marchers
# "took to the streets to demand" is their protest's aim, told by the protest.
_GOING = frozenset(["fly", "travel", "go", "come", "appear", "arrive"])
_SAID_BY_GOING = frozenset(
    [
        *("denounce", "condemn", "protest", "demand", "mourn", "pay", "express", "voice", "show", "urge"),
        *("criticise", "criticize", "demonstrate", "honour", "honor", "celebrate", "commemorate", "call"),
    ]
)


def _done_by_going(head) -> bool:
    going = head.head
    plain_past = going.tag_ == "VBD" and not any(c.dep_ in {"neg", "aux"} for c in going.children)
    return head.lemma_.lower() in _SAID_BY_GOING and going.lemma_.lower() in _GOING and plain_past


def _under_condition(head) -> bool:
    t, steps = head, 0
    while t.head.i != t.i and steps < 4:
        if is_condition(t):
            return True
        t, steps = t.head, steps + 1
    return False


def _perfect_relative(verb) -> bool:
    """ "the group that has seized parts of Iraq": a perfect relative clause is background."""
    return verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in {"has", "have", "had"} for c in verb.children)


def _past_perfect(verb) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def speech_ancestor(token):
    """The speech verb whose complement holds ``token`` ("said (that) X met Y"), or None."""
    t, steps = token, 0
    while t.head.i != t.i and steps < 8:
        dep, head = t.dep_, t.head
        if dep in {"ccomp", "parataxis"} and head.lemma_.lower() in SPEECH_VERBS:
            return head
        if dep in {"ccomp", "xcomp", "advcl", "pcomp", "conj", "relcl", "acl"} and head.lemma_.lower() in {
            "say",
            "quote",
        }:
            return head
        t, steps = head, steps + 1
    return _trailing_attribution(t)


def _trailing_attribution(root):
    """ "X will provide aid, the WFP said": the small model often hangs the closing attribution on the
    statement as a conjunct (its subject sometimes elsewhere): a speech verb after a comma, with no
    complement of its own."""
    for child in root.rights:
        if (
            child.dep_ in {"conj", "parataxis", "ccomp"}
            and child.lemma_.lower() in SPEECH_VERBS
            and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in child.children)
            and any(t.text == "," for t in root.doc[root.i : child.i])
        ):
            return child
    return None
