"""An event candidate as the extraction builds it (trigger, clause, participants, modes), and the few
tables the extraction modules share."""

from __future__ import annotations

from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from newsgraph.events.lexicon import MUTUAL_VERBS, Trigger
from newsgraph.events.modes import Modes
from newsgraph.records import Participant

OBJECT_DEPS = {"dobj", "obj"}
# Words that count, group or sort what follows "of": "thousands of troops", "all forms of racism".
AMOUNT_NOUNS = frozenset(
    {"hundred", "thousand", "dozen", "million", "number", "lot", "group", "contingent", "batch", "shipment"}
    | {"convoy", "consignment", "fleet", "squadron", "ton", "tonne", "load", "wave", "team", "form", "kind", "type"}
)
THREAT_KINDS = {"ASSAULT", "COERCE", "SANCTION", "PROTEST"}  # promised with "will", these threaten
INTENT_ADJECTIVES = frozenset(["committed", "willing", "prepared", "ready", "determined"])  # "is ready to talk"
# "expressed its readiness to resume talks": a stated will to act, as a noun
INTENT_NOUNS = frozenset(["readiness", "willingness", "commitment", "determination", "intention", "desire", "intent"])
# A modifier of the harm or its cause that tells the PLOVER mode ("drone strike", "phone call").
MODE_FROM_WORD = {
    "air": "aerial",
    "airstrike": "aerial",
    "aerial": "aerial",
    "drone": "aerial",
    "missile": "heavy-weapons",
    "rocket": "heavy-weapons",
    "tank": "heavy-weapons",
    "artillery": "heavy-weapons",
    "mortar": "heavy-weapons",
    "suicide": "bombing",
    "car": "bombing",
    "bomb": "bombing",
    "phone": "phone",
    "telephone": "phone",
    "video": "phone",
}


@dataclass(slots=True)
class Candidate:
    trigger: Trigger
    word: object  # the trigger token (verb or event noun)
    verb: object  # the verb that carries the clause (the trigger itself or the light verb)
    kind: str
    mode: str | None
    actors: list[Participant] = field(default_factory=list)
    recipients: list[Participant] = field(default_factory=list)
    joined: list[Participant] = field(default_factory=list)  # "were joined by": present, not convening
    chain: list = field(default_factory=list)
    modes: Modes = field(default_factory=Modes)
    noun: object = None
    addressee: object = None  # "Y must do Z" said by X / "X wants Y to do Z": the clause whose subject is asked
    actorless: bool = False  # a clear trigger whose participants could not be resolved (low-confidence type only)
    distant_recipient: bool = False  # the recipient was found deeper in the clause, not in the trigger's slots
    derived: bool = False  # inferred from another event (an accusation implied by a reported attack)

    @property
    def owners(self) -> set[int]:
        """Token indices whose attachments (time, place) belong to this event."""
        ids = {t.i for t in self.chain}
        if self.noun is not None:
            ids.add(self.noun.i)
        return ids


def noun_mode(noun, default: str | None) -> str | None:
    for child in noun.children:
        if child.dep_ in {"compound", "amod"} and child.lemma_.lower() in MODE_FROM_WORD:
            return MODE_FROM_WORD[child.lemma_.lower()]
    return default


# "restored relations", "signed a treaty": an agreement binds each party to the other
_MUTUAL_THINGS = frozenset(
    ["relation", "tie", "talk", "agreement", "deal", "accord", "pact", "treaty", "memorandum", "truce", "ceasefire"]
)


def acts_jointly(c: Candidate) -> bool:
    """Two or more actors and nobody else: they act on each other when the act is mutual ("met", "clashed",
    "exchanged fire", "restored relations"), not when each does it alone ("X and Y condemned the attack")."""
    if len(c.actors + c.joined) < 2 or c.recipients:
        return False
    objects = {o.lemma_.lower() for o in c.verb.children if o.dep_ in OBJECT_DEPS}
    mutual = c.verb.lemma_.lower() in MUTUAL_VERBS or bool(objects & _MUTUAL_THINGS) or _each_other(c.verb)
    return c.trigger.symmetric or mutual


def _each_other(verb) -> bool:
    """ "accused each other", "traded accusations with one another"."""
    return any(
        t.lower_ in {"other", "another"} and t.i > verb.i and t.nbor(-1).lower_ in {"each", "one"} for t in verb.subtree
    )


_ENTS: WeakKeyDictionary = WeakKeyDictionary()


def doc_ents(doc) -> tuple:
    """spaCy's entities of a parsed article, built once: ``doc.ents`` (and every ``span.ents``) makes new
    Span objects on each access, and no stage changes them after the parse."""
    ents = _ENTS.get(doc)
    if ents is None:
        ents = _ENTS[doc] = tuple(doc.ents)
    return ents


def ents_within(span) -> list:
    """The entities inside a sentence or phrase, as ``span.ents`` without rebuilding the document's."""
    return [e for e in doc_ents(span.doc) if e.start >= span.start and e.end <= span.end]


def has_child(token, deps, lemmas=None) -> bool:
    """A dependent with one of ``deps`` whose lemma is among ``lemmas`` (any lemma when None)."""
    return any(c.dep_ in deps and (lemmas is None or c.lemma_.lower() in lemmas) for c in token.children)


def has_object(token, lemmas=None) -> bool:
    """An object of the verb, looked at through an amount ("sent thousands of troops", "a convoy of trucks")."""
    if lemmas is None:
        return has_child(token, OBJECT_DEPS)
    return any(noun.lemma_.lower() in lemmas for noun in object_nouns(token))


def object_nouns(token) -> list:
    """The verb's objects and, when one is an amount, what it counts."""
    found = []
    for obj in (c for c in token.children if c.dep_ in OBJECT_DEPS):
        found.append(obj)
        if obj.pos_ == "NUM" or obj.lemma_.lower() in AMOUNT_NOUNS:
            found += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return found
