"""Is a toponym standing for its government ("Moscow said", "talks between Moscow and Kyiv")?

Rules over the dependency parse, applied to countries, capitals and seats of government only:
the place is the subject of a speech or action verb, the object of "between"/"with" after a
relations noun ("talks", "ties"), or the possessor of a stance noun ("Beijing's position").
"""

from __future__ import annotations

from newsgraph.geo.candidate import Candidate
from newsgraph.geo.names import word_set

GOVERNMENT_SEATS = {"S.BLDG", "S.CSTL", "S.PAL"}
ACTION_VERBS = word_set(
    """
    say tell announce accuse warn demand reject deny claim insist urge call respond condemn threaten agree
    refuse vow want seek offer propose support oppose recognize recognise expel sanction impose criticize
    criticise blame hope pledge promise sign approve order ask allege argue state declare stress reiterate
    confirm welcome retaliate protest summon negotiate decide plan intend try attempt launch invade attack
    send deploy supply provide believe consider view fear push press insist back veto ban suspend halt resume
    recall accept dismiss slam denounce vote express voice note add respond acknowledge admit request invite
    host join withdraw pull refuse cut boost announce lodge file sue freeze seize retaliate rule block
    """
)
RELATION_NOUNS = word_set(
    """
    talks relations ties negotiations negotiation dialogue tensions tension agreement deal treaty conflict war
    dispute rift meeting meetings summit standoff rapprochement cooperation talk contacts consultations
    diplomacy row spat feud
    """
)
STANCE_NOUNS = word_set(
    """
    position positions demand demands decision stance policy policies proposal proposals offer response
    refusal claims claim sanctions actions invasion aggression support plan plans request concerns concern
    objection objections government leadership intentions interests move moves approach strategy warning
    """
)


def eligible(candidate: Candidate | None) -> bool:
    if candidate is None:
        return False
    return candidate.kind == "country" or candidate.feature in ("P.PPLC",) or candidate.feature in GOVERNMENT_SEATS


def _first_conjunct(token):
    while token.dep_ == "conj" and token.head.i != token.i:  # spaCy makes a new Token per access: compare .i
        token = token.head
    return token


def is_metonymic(span, candidate: Candidate | None) -> bool:
    """``span`` is the spaCy span of the toponym."""
    if not eligible(candidate):
        return False
    root = _first_conjunct(span.root)
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass", "agent") and head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in ACTION_VERBS or (root.dep_ == "nsubj" and _speech_complement(head))
    if root.dep_ == "pobj" and head.lower_ in ("between", "with", "among"):
        return head.head.lemma_.lower() in RELATION_NOUNS or head.head.lower_ in RELATION_NOUNS
    if root.dep_ == "poss":
        return head.lemma_.lower() in STANCE_NOUNS or head.lower_ in STANCE_NOUNS
    return False


def _speech_complement(verb) -> bool:
    # "Moscow has made clear that …": a clausal complement after the verb signals a statement.
    return any(child.dep_ == "ccomp" for child in verb.children)
