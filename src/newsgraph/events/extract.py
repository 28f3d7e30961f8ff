"""Find event candidates in a parsed article: trigger, actors, recipients, clause chain, modes.

One pass over the tokens: a verb whose lemma is in the lexicon, a light verb whose object is an
event noun ("hold talks", "impose sanctions"), or a passive harm caused by an event noun ("killed
in Israeli tank shelling"). Embedded events ("agreed to set up", "threatened to attack") are
folded into the governing one. Only candidates with an identifiable actor are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from newsgraph.events.actors import ActorResolver, capitals, participant_key
from newsgraph.events.lexicon import (
    EMBEDDING_KINDS,
    OBJECT_CLASSES,
    Trigger,
    light_verbs,
    noun_triggers,
    phrasal_triggers,
    verb_triggers,
)
from newsgraph.events.modes import Modes, first_conjunct, governing_chain, read_modes, speech_ancestor
from newsgraph.lexicon.countries import country_names
from newsgraph.records import Participant, Sector

_OBJECT_DEPS = {"dobj", "obj"}
_HARM_VERBS = {"kill", "injure", "wound", "die", "destroy", "damage", "hit"}
_LODGE = {"lodge", "file", "deliver", "register", "issue"}
_QUANTITY_NOUNS = {"day", "week", "series", "wave", "round", "number", "string", "spate", "kind", "type"}
_CEASEFIRE = {"ceasefire", "cease-fire", "truce", "armistice"}
_SIGN_VERBS = {"sign", "ink", "ratify", "conclude", "seal", "finalize", "finalise"}
_SPECULATIVE = {"could", "might", "may", "can", "ca"}
_COMPLEMENT_DEPS = {"xcomp", "ccomp", "pcomp", "advcl", "acl", "dobj", "pobj", "prep"}
_THREAT_KINDS = {"ASSAULT", "COERCE", "SANCTION", "PROTEST"}
_THREAT_MODALS = {"will", "would", "'ll", "shall", "wo"}
_RELATIVE = {"which", "that", "who", "whom"}
_FUTURE_TO_AGREE = {"SUPPORT", "AID", "COOPERATE", "CONCEDE", "RETREAT"}
_MODE_FROM_WORD = {
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


def find_candidates(doc, resolver: ActorResolver) -> list[Candidate]:
    verbs, nouns, lights = verb_triggers(), noun_triggers(), light_verbs()
    known = _known_lemmas()
    found: list[Candidate] = []
    unresolved: list[Candidate] = []
    tabular = _tabular_sentences(doc, resolver.record.article.body)
    verb_ids, intent_ids = _verbs_and_intent_words(doc)
    intent_words = [doc[i] for i in intent_ids]
    for token in (doc[i] for i in verb_ids):
        if token.dep_ == "amod" and not _misparsed_main_verb(token):
            continue
        if tabular and token.sent.start in tabular:  # a flattened table or list: its "verbs" are column headings
            continue
        lemma = _lemma(token, known)
        candidate = (
            _obligation_candidate(token)
            or _light_verb_candidate(token, lemma, nouns, lights)
            or _verb_candidate(token, lemma, verbs)
            or _occurrence_candidate(token, lemma, nouns)
            or _travel_for_talks(token, lemma, nouns)
        )
        if candidate is None:
            continue
        candidate.chain = governing_chain(token)
        candidate.modes = read_modes(candidate.chain, candidate.noun)
        if _fill_participants(candidate, resolver):
            _adjust_kind(candidate)
            found.append(candidate)
        else:
            unresolved.append(candidate)
    _add_joiners(doc, found, resolver)
    found += _intent_adjectives(intent_words, found + unresolved, resolver)
    unresolved += _noun_fallbacks(doc, found + unresolved, nouns)
    kept = _fold_embedded(found + _actorless_fallbacks(found, unresolved))
    return kept + _reported_accusations(kept, resolver)


_HOSTILE = frozenset(["ASSAULT", "COERCE"])


def _reported_accusations(candidates: list[Candidate], resolver: ActorResolver) -> list[Candidate]:
    """ "The US said that Iraq had attacked Kuwait": telling that another party used force is an
    accusation (CAMEO 112) by the speaker against that party, besides the reported attack itself."""
    accusations = []
    taken = {c.verb.i for c in candidates if c.kind == "ACCUSE"}
    for c in candidates:
        if c.kind not in _HOSTILE or not c.modes.reported or c.modes.negated or c.actorless:
            continue
        top = first_conjunct(c.chain[-1])
        speech = speech_ancestor(top)
        if speech is None or speech.i in taken or not (top.dep_ == "ccomp" and top.head.i == speech.i):
            continue  # only what the speaker states ("said that X attacked"), not "…, he said, after X attacked"
        subject, _ = _subject(speech)
        speaker = resolver.resolve(subject) if subject is not None else None
        accused = [p for p in c.actors if p.country or p.code]
        if speaker is None or not (speaker.country or speaker.code) or not accused or speaker.sector == Sector.MED:
            continue  # reporters report; they do not accuse
        if any((p.country or p.code) == (speaker.country or speaker.code) for p in accused):
            continue  # a side telling of its own action
        trigger = Trigger(kind="ACCUSE", recipient=())
        accusation = Candidate(trigger=trigger, word=speech, verb=speech, kind="ACCUSE", mode=None)
        accusation.chain = governing_chain(speech)
        accusation.modes = read_modes(accusation.chain)
        accusation.actors, accusation.recipients, accusation.derived = [speaker], accused, True
        accusations.append(accusation)
        taken.add(speech.i)
    return accusations


_LINE_BREAKS = re.compile(r"\s*\n\s*")


@cache
def _known_lemmas() -> frozenset[str]:
    lights = {w for words in light_verbs().values() for w in words}
    return frozenset(verb_triggers()) | lights | {"call"}


def _verbs_and_intent_words(doc) -> tuple[list[int], list[int]]:
    """Indices of verbs and auxiliaries, and of intent adjectives, read from the Doc's arrays: making a Token
    object for every word was the stage's largest cost."""
    from spacy.attrs import LOWER, POS
    from spacy.symbols import AUX, VERB

    if len(doc) == 0:
        return [], []
    table = doc.to_array([POS, LOWER])
    intent = {doc.vocab.strings[word] for word in _INTENT_ADJECTIVES}
    verbs = [i for i, (pos, _) in enumerate(table.tolist()) if pos in (VERB, AUX)]
    words = [i for i, (_, lower) in enumerate(table.tolist()) if lower in intent]
    return verbs, words


def _tabular_sentences(doc, body: str) -> set[int]:
    """Starts of "sentences" that are table rows or lists run together: cell separators or several line breaks.
    ``body`` is the document's text (``doc.text`` is rebuilt from the tokens on each access)."""
    found = set()
    if "|" not in body and "\t" not in body and body.count("\n") < 2:
        return found
    for sentence in doc.sents:
        text = body[sentence.start_char : sentence.end_char].strip()  # a paragraph break after it is fine
        if text.count("|") + text.count("\t") >= 2 or len(_LINE_BREAKS.findall(text)) >= 2:
            found.add(sentence.start)
    return found


_INTENT_ADJECTIVES = frozenset(["committed", "willing", "prepared", "ready", "determined"])


def _intent_adjectives(words: list, candidates: list[Candidate], resolver: ActorResolver) -> list[Candidate]:
    """ "Vietnam is committed to opening up its economy": a stated readiness to act is a promise
    (AGREE, CAMEO 03) even when the act itself is not in the lexicon (when it is, it folds in)."""
    governed = {t.i for c in candidates for t in c.chain}
    found = []
    for token in words:
        # "is willing to" (adjective) or "is committed to" (often parsed as a passive verb)
        if token.lower_ not in _INTENT_ADJECTIVES or token.dep_ not in {"acomp", "ROOT", "ccomp"}:
            continue
        if token.i in governed or not any(c.dep_ in {"xcomp", "prep"} and _to_complement(c) for c in token.children):
            continue
        clause = token.head if token.dep_ == "acomp" else token
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        actors = resolver.resolve_all(subject) if subject is not None else []
        if not actors:
            continue
        trigger = Trigger(kind="AGREE", recipient=())
        c = Candidate(trigger=trigger, word=token, verb=token, kind="AGREE", mode=None, actors=actors)
        c.chain = governing_chain(token)
        c.modes = read_modes(c.chain)
        c.recipients = _recipients(c, resolver, {p.country for p in actors if p.country})
        if not c.modes.negated:
            found.append(c)
    return found


def _to_complement(child) -> bool:
    """ "willing to talk" (xcomp with "to") or "committed to opening" (prep "to" + gerund)."""
    if child.dep_ == "xcomp":
        return any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
    return child.lower_ == "to" and any(g.dep_ == "pcomp" for g in child.children)


def _misparsed_main_verb(token) -> bool:
    """ "Merkel hosted Obama": the small model sometimes makes a finite verb an adjective of its object
    (amod, the object as root); an adjective never has a subject of its own, so with one it is the verb."""
    return token.tag_ in {"VBD", "VBZ", "VBP", "VBN"} and any(c.dep_ == "nsubj" for c in token.children)


def _misparsed_object(verb):
    return verb.head if verb.dep_ == "amod" and verb.head.i > verb.i else None


# Event nouns too common in other senses to stand for an event on their own.
_VAGUE_NOUNS = frozenset(
    ["support", "fire", "call", "operation", "progress", "evidence", "charge", "emergency", "trip", "weapon", "arm"]
)
_BACKGROUND_PREPS = frozenset(["after", "following", "since", "before", "despite"])  # an earlier event, not this one


_LABOUR_WORDS = frozenset(["worker", "union", "employee", "staff", "teacher", "doctor", "nurse", "miner", "driver"])


def _labour_context(sentence) -> bool:
    return any(t.lemma_.lower() in _LABOUR_WORDS for t in sentence)


def _in_background_phrase(token) -> bool:
    return any(a.dep_ == "prep" and a.lower_ in _BACKGROUND_PREPS for a in token.ancestors)


def _noun_fallbacks(doc, candidates: list[Candidate], nouns) -> list[Candidate]:
    """A sentence with no event verb but an event noun ("a strike over the bill", "under investigation")
    still tells the kind of event: its first such noun, as an actor-less candidate."""
    covered = {c.word.sent.start for c in candidates}
    found = []
    for sentence in doc.sents:
        if sentence.start in covered:
            continue
        for token in sentence:
            lemma = token.lemma_.lower()
            if token.pos_ != "NOUN" or token.dep_ == "compound" or lemma not in nouns or lemma in _VAGUE_NOUNS:
                continue  # "aid agencies" names an agency, not aid
            verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if verb is None or token.dep_ not in {"dobj", "pobj", "attr"} or _in_background_phrase(token):
                continue  # lists and headings have no verb; a subject noun is judged ("an attack is unlikely")
            trigger = nouns[lemma]
            if lemma == "strike" and _labour_context(sentence):
                trigger = Trigger(kind="PROTEST", mode="strike", recipient=trigger.recipient)
            c = Candidate(trigger=trigger, word=token, verb=verb, kind=trigger.kind, mode=trigger.mode, noun=token)
            c.chain = governing_chain(verb)
            c.modes = read_modes(c.chain, token)
            found.append(c)
            break
    return found


def _actorless_fallbacks(found: list[Candidate], unresolved: list[Candidate]) -> list[Candidate]:
    """A sentence with a clear trigger but no resolvable participant still says what happened: keep its
    first main-clause trigger, with no participants, when the sentence has no other event."""
    covered = {c.word.sent.start for c in found}
    fallbacks = []
    for c in unresolved:
        if c.word.sent.start in covered:
            continue
        covered.add(c.word.sent.start)
        c.actors, c.recipients, c.joined, c.actorless = [], [], [], True
        _adjust_kind(c)
        fallbacks.append(c)
    return fallbacks


def _add_joiners(doc, found: list[Candidate], resolver: ActorResolver) -> None:
    """ "X and Y met … and were joined by Z": Z takes part in the same meeting."""
    by_verb = {c.verb.i: c for c in found if c.kind == "CONSULT"}
    if not by_verb:
        return
    for token in (t for c in by_verb.values() for t in c.verb.children):  # "joined" is a conjunct of "met"
        if token.lemma_.lower() == "join" and token.dep_ == "conj" and token.head.i in by_verb:
            agent = _agent(token)
            if agent is not None:
                meeting = by_verb[token.head.i]
                keys = {participant_key(p) for p in meeting.actors}
                meeting.joined += [p for p in resolver.resolve_all(agent) if participant_key(p) not in keys]


_IRREGULAR = {"retook": "retake", "overtook": "overtake"}  # past forms the small model leaves unlemmatised


def _lemma(token, known: set[str]) -> str:
    """The lemma, or a plain suffix-stripped form when spaCy's lemma is off ("staged" -> "stag")."""
    lemma = token.lemma_.lower()
    if lemma in known:
        return lemma
    lower = token.lower_
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    for form in (lower, lower[:-1], lower[:-2], lower[:-3], lower[:-3] + "e"):
        if form in known and len(form) > 2:
            return form
    return lemma


def _event_noun(noun, nouns) -> tuple[object, Trigger | None]:
    """The event noun of an object: itself, or its compound ("mediation effort", "hunger strike")."""
    lemma = noun.lemma_.lower()
    if lemma == "strike" and any(c.lower_ in {"hunger", "general", "labour", "labor"} for c in noun.children):
        return noun, Trigger(
            kind="PROTEST", mode="hunger" if any(c.lower_ == "hunger" for c in noun.children) else "strike"
        )
    if lemma == "call" and any(c.lower_ in {"phone", "telephone"} for c in noun.children):
        return noun, Trigger(kind="CONSULT", mode="phone", recipient=("with", "to"), symmetric=True)
    if lemma in {"game", "exercise"} and any(c.lower_ in {"war", "military", "joint", "naval"} for c in noun.children):
        return noun, Trigger(kind="COOPERATE", mode="military", recipient=("with",), symmetric=True)
    if lemma in nouns:
        return noun, nouns[lemma]
    of = (
        next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        if lemma in _QUANTITY_NOUNS
        else None
    )
    if of is not None:  # "10 days of war games", "a series of attacks"
        inner = next((g for g in of.children if g.dep_ == "pobj"), None)
        if inner is not None:
            return _event_noun(inner, nouns)
    for child in noun.children:
        if child.dep_ == "compound" and child.lemma_.lower() in nouns:
            return child, nouns[child.lemma_.lower()]
    return noun, None


def _light_verb_candidate(token, lemma: str, nouns, lights) -> Candidate | None:
    if not any(lemma in words for words in lights.values()):
        return None  # only light verbs carry an event noun
    for child in token.children:
        if child.dep_ not in _OBJECT_DEPS | {"nsubjpass"}:
            continue
        for noun in [child, *child.conjuncts]:
            noun, trigger = _event_noun(noun, nouns)
            if trigger is None:
                continue
            if noun.lemma_.lower() == "protest" and lemma in _LODGE:  # "lodged a protest with Albania"
                trigger = Trigger(kind="ACCUSE", mode="complain", recipient=("with", "to", "against", "over"))
            elif trigger.kind == "CONSULT" and lemma in lights.get("SANCTION-CONSULT", ()):
                trigger = Trigger(kind="SANCTION", mode="negotiate", recipient=trigger.recipient)
            elif lemma not in lights.get(trigger.kind, ()):
                continue
            if noun.lemma_.lower() == "operation" and not _military(noun):
                continue
            kind, mode = trigger.kind, _noun_mode(noun, trigger.mode)
            if kind == "AGREE" and any(t.lower_ in _CEASEFIRE for t in noun.subtree):
                mode = "ceasefire"
            elif mode == "agreement" and lemma in _SIGN_VERBS:  # the crosswalk puts signing (057) under SUPPORT
                kind = "SUPPORT"
            if kind == "AID":
                mode = OBJECT_CLASSES["aid"].get(noun.lemma_.lower(), mode)
            return Candidate(trigger=trigger, word=noun, verb=token, kind=kind, mode=mode, noun=noun)
    return None


_OCCURRENCE_VERBS = frozenset(
    [
        "erupt",
        "break",
        "continue",
        "resume",
        "begin",
        "start",
        "rage",
        "escalate",
        "intensify",
        "flare",
        "spread",
        "occur",
        "happen",
        "last",
    ]
)
_CAUSE_VERBS = frozenset(["spark", "trigger", "prompt", "provoke", "cause", "draw", "follow", "leave"])
_ACTED_ON = frozenset(["ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN"])
_NOUN_ACTOR_PREPS = {"between", "by", "among"}
_NOUN_RECIPIENT_PREPS = {"against", "on", "with"}


def _occurrence_candidate(token, lemma: str, nouns) -> Candidate | None:
    """ "Clashes between police and protesters erupted", "talks resumed", "the meeting took place", "the
    arrest sparked protests": the event noun is the subject."""
    objects = [c for c in token.children if c.dep_ in _OBJECT_DEPS]
    took_place = lemma == "take" and any(o.lower_ == "place" for o in objects)
    if not (took_place or lemma in _CAUSE_VERBS or (lemma in _OCCURRENCE_VERBS and not objects)):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    noun, trigger = _event_noun(subject, nouns)
    if trigger is None or trigger.kind == "AGREE" or (noun.lemma_.lower() == "operation" and not _military(noun)):
        return None  # "the truce began": the agreement was made before, not here
    return Candidate(trigger=trigger, word=noun, verb=token, kind=trigger.kind, mode=trigger.mode, noun=noun)


_TRAVEL_VERBS = frozenset(["go", "return", "fly", "travel", "arrive", "head", "come", "gather"])


def _travel_for_talks(token, lemma: str, nouns) -> Candidate | None:
    """ "Negotiators return to Geneva for talks": travelling for a meeting is taking part in it."""
    if lemma not in _TRAVEL_VERBS:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            noun, trigger = _event_noun(pobj, nouns)
            if trigger is not None and trigger.kind == "CONSULT":
                talks = Trigger(kind="CONSULT", mode=trigger.mode, recipient=("with", "between"), symmetric=True)
                return Candidate(trigger=talks, word=noun, verb=token, kind="CONSULT", mode=trigger.mode, noun=noun)
    return None


def _noun_participants(c: Candidate, resolver: ActorResolver) -> bool:
    """Who takes part in a subject event noun: its modifiers ("Palestinian riots") or "between"/"by" phrases."""
    noun = c.noun
    for child in noun.children:
        pobj = next((g for g in child.children if g.dep_ == "pobj"), None) if child.dep_ == "prep" else None
        if pobj is None:
            continue
        of_target = child.lower_ == "of" and c.kind in _ACTED_ON  # "the invasion of Ukraine", "the arrest of X"
        if (child.lower_ in _NOUN_ACTOR_PREPS or (child.lower_ == "of" and not of_target)) and not c.actors:
            c.actors = resolver.resolve_all(pobj)  # "talks between X and Y", "the visit of the premier"
        elif (child.lower_ in _NOUN_RECIPIENT_PREPS or of_target) and not c.recipients:
            c.recipients = resolver.resolve_all(pobj)
    if not c.actors:
        modifiers = [m for m in noun.children if m.dep_ in {"amod", "compound", "poss"} and m.i < noun.i]
        c.actors = [p for m in modifiers if (p := resolver.resolve(m)) is not None and (p.country or p.code)]
    keys = {participant_key(p) for p in c.actors}
    c.recipients = [p for p in c.recipients if participant_key(p) not in keys]
    return bool(c.actors)


def _military(noun) -> bool:
    return any(c.lower_ in {"military", "army", "ground", "air", "special"} for c in noun.subtree)


def _noun_mode(noun, default: str | None) -> str | None:
    for child in noun.children:
        if child.dep_ in {"compound", "amod"} and child.lemma_.lower() in _MODE_FROM_WORD:
            return _MODE_FROM_WORD[child.lemma_.lower()]
    return default


def _verb_candidate(token, lemma: str, verbs) -> Candidate | None:
    if lemma == "call":
        return _call_candidate(token)
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    trigger = phrasal_triggers().get((lemma, particle)) if particle else None
    trigger = trigger or verbs.get(lemma)
    forces = set(OBJECT_CLASSES["forces"])
    if lemma in {"arrive", "land"} and _forces_subject(token, forces):  # "peacekeeping troops arrived in Bosnia"
        peacekeeping = any(
            t.lower_.startswith("peacekeep") for c in token.children if c.dep_ == "nsubj" for t in c.subtree
        )
        kind, mode = ("AID", "peacekeeping") if peacekeeping else ("MOBILIZE", "military")
        arrival = Trigger(kind=kind, mode=mode, recipient=("in", "to"))
        return Candidate(trigger=arrival, word=token, verb=token, kind=kind, mode=mode)
    if lemma == "leave" and _forces_subject(token, forces) and _has_place_object(token):
        leave = Trigger(kind="RETREAT", mode="military", recipient=("dobj",))  # "troops will leave Afghanistan"
        return Candidate(trigger=leave, word=token, verb=token, kind="RETREAT", mode="military")
    state = _state_change(token, lemma)
    if state is not None:
        return state
    if lemma in {"hit", "strike", "destroy", "damage"} and _attack_subject(token):  # "an air strike hit a school"
        hit = Trigger(kind="ASSAULT", recipient=("dobj",))
        return Candidate(trigger=hit, word=token, verb=token, kind="ASSAULT", mode=None)
    if trigger is None:
        return None
    if lemma in {"withdraw", "pull", "recall"} and _withdraws_help(token):
        # Withdrawing peacekeepers, inspectors or aid workers reduces help: a SANCTION, not a retreat.
        cut = Trigger(kind="SANCTION", mode="expel", recipient=("from",))
        return Candidate(trigger=cut, word=token, verb=token, kind="SANCTION", mode="expel")
    if lemma in {"allow", "permit"} and _lets_someone_act(token):  # "allowed the opposition to hold a rally"
        return Candidate(trigger=trigger, word=token, verb=token, kind="CONCEDE", mode=None)
    if lemma == "speak":  # "spoke with Blinken", "spoke by phone": a conversation, not any statement
        return _conversation(token, trigger)
    if lemma == "welcome" and _welcomes_a_visitor(token):  # "welcomed Erdogan to the Kremlin"
        host = Trigger(kind="CONSULT", mode="host", recipient=("dobj",))
        return Candidate(trigger=host, word=token, verb=token, kind="CONSULT", mode="host")
    if lemma == "receive" and any(c.dep_ in _OBJECT_DEPS and c.pos_ == "PROPN" for c in token.children):
        host = Trigger(kind="CONSULT", mode="host", recipient=("dobj",))  # "Putin received Erdogan"
        return Candidate(trigger=host, word=token, verb=token, kind="CONSULT", mode="host")
    if lemma in {"capture", "seize"} and _has_place_object(token):  # taking a town is fighting, not confiscation
        fight = Trigger(kind="ASSAULT", recipient=("from", "dobj"))
        return Candidate(trigger=fight, word=token, verb=token, kind="ASSAULT", mode=None)
    if lemma in {"send", "dispatch"} and (_has_object(token, forces) or _passive_subject_in(token, forces)):
        mobilize = Trigger(kind="MOBILIZE", mode="military", recipient=("to",))
        return Candidate(trigger=mobilize, word=token, verb=token, kind="MOBILIZE", mode="military")
    if lemma == "accept" and any(c.dep_ == "neg" for c in token.children) and _has_object(token, None):
        return Candidate(trigger=trigger, word=token, verb=token, kind="AGREE", mode=None)  # "will not accept": REJECT
    mode = trigger.mode
    if trigger.objects:
        mode_or_none = _object_mode(token, trigger)
        if mode_or_none is False:
            return None
        mode = mode_or_none or mode
    kind = trigger.kind
    if trigger.objects == "restrictions" and mode == "ease":  # lifting sanctions or a blockade is material
        kind = "RETREAT"
    if trigger.objects == "sentiment" and mode == "disapprove":  # "expressed concern over…"
        return Candidate(
            trigger=Trigger(kind="ACCUSE", mode="disapprove", recipient=("over", "about", "at", "with")),
            word=token,
            verb=token,
            kind="ACCUSE",
            mode="disapprove",
        )
    if kind == "AGREE" and lemma in {"offer", "pledge", "promise"} and _has_object(token, set(OBJECT_CLASSES["aid"])):
        mode = "aid"  # "offered humanitarian aid": an intent to give aid (CAMEO 033)
    if lemma == "accept" and _has_object(token, {"demand", "request", "condition"}):
        kind, mode = "CONCEDE", None
    return Candidate(trigger=trigger, word=token, verb=token, kind=kind, mode=mode)


_HELPERS = {"peacekeeper", "inspector", "observer", "monitor", "worker", "diplomat", "ambassador", "staff", "mission"}


def _lets_someone_act(token) -> bool:
    """ "allow X to do Y": an object that acts in an infinitive clause (not "allow the delivery")."""
    for clause in (c for c in token.children if c.dep_ in {"ccomp", "xcomp"}):
        subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
        if subject is not None and any(g.lower_ == "to" for g in clause.children):
            return True
    return any(c.dep_ in _OBJECT_DEPS for c in token.children) and any(
        c.dep_ in {"xcomp", "ccomp"} and any(g.lower_ == "to" for g in c.children) for c in token.children
    )


def _welcomes_a_visitor(token) -> bool:
    """A named person or country welcomed to/in/at a place, not a decision or a move."""
    named = any(c.dep_ in _OBJECT_DEPS and c.ent_type_ in {"PERSON", "GPE", "NORP"} for c in token.children)
    place = any(c.dep_ == "prep" and c.lower_ in {"to", "in", "at"} for c in token.children)
    return named and place


def _conversation(token, trigger: Trigger) -> Candidate | None:
    preps = {c.lower_: c for c in token.children if c.dep_ == "prep"}
    by = preps.get("by") or preps.get("over")
    phone = by is not None and any(g.lemma_.lower() in {"phone", "telephone"} for g in by.children)
    if not (phone or "with" in preps):
        return None
    return Candidate(trigger=trigger, word=token, verb=token, kind="CONSULT", mode="phone" if phone else None)


def _withdraws_help(token) -> bool:
    for obj in (c for c in token.children if c.dep_ in _OBJECT_DEPS):
        for noun in [obj, *obj.conjuncts]:
            words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}}
            if words & (_HELPERS | {"peacekeeping", "humanitarian"}):
                return True
    return False


_PLACE_NOUNS = frozenset(["town", "city", "village", "territory", "region", "province", "capital", "port", "base"])


def _has_place_object(token) -> bool:
    """An object that names a place: a GPE/LOC name or a settlement noun ("the town")."""
    objects = [c for c in token.children if c.dep_ in _OBJECT_DEPS]
    objects += [g for c in objects for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(o.ent_type_ in {"GPE", "LOC"} or o.lemma_.lower() in _PLACE_NOUNS for o in objects)


# "go on strike", "put forces on alert": a verb of motion or placing with "on" + a state noun.
_STATES = {
    ("go", "strike"): ("PROTEST", "strike"),
    ("go", "rampage"): ("PROTEST", "riot"),
    ("put", "alert"): ("MOBILIZE", "alert"),
    ("place", "alert"): ("MOBILIZE", "alert"),
}


_STATE_VERBS = frozenset(verb for verb, _ in _STATES)


def _state_change(token, lemma: str) -> Candidate | None:
    if lemma not in _STATE_VERBS:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "on"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            found = _STATES.get((lemma, noun.lemma_.lower()))
            if found is not None:
                kind, mode = found
                trigger = Trigger(kind=kind, mode=mode, recipient=("against",))
                return Candidate(trigger=trigger, word=noun, verb=token, kind=kind, mode=mode, noun=noun)
    return None


def _attack_subject(token) -> bool:
    """The subject is an attack or a weapon ("a coalition air strike", "Israeli shells")."""
    nouns = noun_triggers()
    for subject in (c for c in token.children if c.dep_ == "nsubj"):
        lemma = subject.lemma_.lower()
        trigger = nouns.get(lemma)
        if lemma == "strike" and not any(c.dep_ in {"compound", "amod"} for c in subject.children):
            continue  # a bare "strike" may be a walkout ("the strike hit workers hard")
        if (trigger is not None and trigger.kind == "ASSAULT") or lemma in OBJECT_CLASSES["weapons"]:
            return True
    return False


def _forces_subject(token, forces: set[str]) -> bool:
    """Troops as the subject, also as "the deployment of troops"/"a contingent of soldiers"."""
    for subject in (c for c in token.children if c.dep_ == "nsubj"):
        words = {subject.lemma_.lower()} | {
            g.lemma_.lower() for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
        }
        if words & (forces | {"peacekeeper"}):
            return True
    return False


def _passive_subject_in(token, lemmas: set[str]) -> bool:
    """ "troops were sent": the object of the active verb is the passive subject."""
    return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in lemmas for c in token.children)


def _has_object(token, lemmas: set[str] | None) -> bool:
    """An object among ``lemmas`` (any object when None)."""
    return any(c.dep_ in _OBJECT_DEPS and (lemmas is None or c.lemma_.lower() in lemmas) for c in token.children)


_OBLIGATION = {"must", "should"}
_DEMANDING_SPEECH = {"say", "insist", "demand", "tell", "warn", "stress", "announce", "conclude", "declare", "add"}


def _obligation_candidate(token) -> Candidate | None:
    """ "X said Y must return the helicopter" / "X wants Y to attack Z": the speaker asks Y."""
    if token.lemma_ in {"want", "expect"}:
        inner = next((c for c in token.rights if c.dep_ == "ccomp"), None)
        if (
            inner is not None
            and any(c.dep_ == "nsubj" for c in inner.lefts)
            and any(c.lower_ == "to" for c in inner.lefts)
        ):
            trigger = Trigger(kind="REQUEST", mode="appeal", recipient=())
            return Candidate(trigger=trigger, word=token, verb=token, kind="REQUEST", mode="appeal", addressee=inner)
        return None
    if token.dep_ != "ccomp" or token.head.lemma_ not in _DEMANDING_SPEECH:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in token.lefts):
        return None
    trigger = Trigger(kind="REQUEST", recipient=())
    return Candidate(trigger=trigger, word=token, verb=token.head, kind="REQUEST", mode=None, addressee=token)


# "will not give", "would not support": refusing a cooperative act now is a REJECT (CAMEO 12), with its mode.
_REFUSED_MODE = {"AID": "aid", "CONSULT": "meet", "RETREAT": "yield", "CONCEDE": "yield"}
_COOPERATIVE = frozenset(["AGREE", "SUPPORT", "AID", "COOPERATE", "CONCEDE", "RETREAT", "CONSULT"])


_SHUTDOWN = frozenset(["suspend", "close", "shut", "stop", "halt", "cease", "disband", "dissolve", "vacate"])


def _adjust_kind(c: Candidate) -> None:
    """Kinds that depend on the modes or the complement: "will not accept" rejects; "will blockade"
    threatens; "prepared to attack" mobilises; "ordered the paper to suspend publication" coerces."""
    governors = {t.lemma_.lower() for t in c.chain[1:]}
    if c.kind == "ASSAULT" and "prepare" in governors and not c.modes.negated:
        c.kind, c.mode = "MOBILIZE", "military"  # readying an attack is a show of force (CAMEO 15)
        c.modes.future = c.modes.intent = False
        return
    if c.kind == "REQUEST" and c.word.lemma_.lower() == "order" and _orders_a_shutdown(c.word):
        c.kind, c.mode = "COERCE", "restrict"
        return
    if c.word.lemma_.lower() == "accept" and c.modes.negated and c.kind in {"AGREE", "CONCEDE"}:
        c.kind, c.mode = "REJECT", None
        c.modes.negated = False
    elif c.modes.negated and c.modes.modal in _THREAT_MODALS and c.kind in _COOPERATIVE and not c.modes.hypothetical:
        c.kind, c.mode = "REJECT", _REFUSED_MODE.get(c.kind)
        c.modes.negated = c.modes.future = False  # the refusal is stated now
    elif c.kind in _THREAT_KINDS and c.modes.modal in _THREAT_MODALS and not c.modes.negated:
        c.mode = {"ASSAULT": "military", "SANCTION": "sanction"}.get(c.kind)
        c.kind = "THREATEN"


def _orders_a_shutdown(verb) -> bool:
    """ "ordered the newspaper to suspend publication": an order to stop is imposed, not asked."""
    return any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in _SHUTDOWN for c in verb.children)


def _call_candidate(token) -> Candidate | None:
    """ "call on X to…" / "call for X" is an appeal; "called up reservists" mobilises; "call" elsewhere is
    too ambiguous to code."""
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        if _has_object(token, set(OBJECT_CLASSES["forces"]) | {"reservist", "reserve", "conscript"}):
            mobilize = Trigger(kind="MOBILIZE", mode="military", recipient=())
            return Candidate(trigger=mobilize, word=token, verb=token, kind="MOBILIZE", mode="military")
        return None
    for child in token.children:
        if (child.dep_ == "prep" and child.lower_ in {"for", "on"}) or (child.dep_ == "prt" and child.lower_ == "on"):
            trigger = Trigger(kind="REQUEST", mode="appeal", recipient=("on", "dobj"))
            return Candidate(trigger=trigger, word=token, verb=token, kind="REQUEST", mode="appeal")
    return None


def _object_mode(token, trigger: Trigger):
    """The mode the verb's object gives (weapons -> military), None when fine without one, False
    when the verb needs an object of its class and has none ("supplied the report")."""
    members = OBJECT_CLASSES[trigger.objects]
    objects = [c for c in token.children if c.dep_ in _OBJECT_DEPS | {"nsubjpass"}]
    objects += [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
    ]
    objects += [
        g for o in list(objects) for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
    ]
    for obj in objects:
        for noun in [obj, *obj.conjuncts]:
            lemma = noun.lemma_.lower()
            if lemma in members:
                return members[lemma]
            compound = next((c.lemma_.lower() for c in noun.children if c.dep_ == "compound"), None)
            if compound in members:
                return members[compound]
            modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound"}}
            if trigger.objects == "aid" and modifiers & {"military", "humanitarian", "economic", "financial"}:
                return (
                    "military"
                    if "military" in modifiers
                    else "humanitarian"
                    if "humanitarian" in modifiers
                    else "economic"
                )
    if trigger.objects == "weapons" and any(c.dep_ == "prep" and c.lower_ in trigger.recipient for c in token.children):
        return None
    return False


# -- participants -----------------------------------------------------------------------------


def _fill_participants(c: Candidate, resolver: ActorResolver) -> bool:
    verb = c.verb
    if c.noun is not None and c.noun.dep_ == "nsubj" and c.noun.head.i == verb.i:
        return _noun_participants(c, resolver)
    if c.addressee is not None:
        speaker, _ = _subject(verb)
        subject = next((t for t in c.addressee.children if t.dep_ == "nsubj"), None)
        c.actors = (
            (resolver.resolve_all(speaker) or _unresolved_actor(speaker, resolver)) if speaker is not None else []
        )
        c.recipients = resolver.resolve_all(subject) if subject is not None else []
        keys = {participant_key(p) for p in c.actors}
        return bool(c.actors and c.recipients) and all(participant_key(p) not in keys for p in c.recipients)
    subject, passive = _subject(verb)
    agent = _agent(verb)
    if passive:
        weapon = _weapon_mode(agent) if agent is not None and c.kind == "ASSAULT" else None
        if weapon is not None:  # "blown up by a missile (fired by rebels)": the weapon tells how, not who
            c.mode, agent = weapon, _firer(agent)
        if agent is not None:
            c.actors = resolver.resolve_all(agent)
        elif c.kind == "ASSAULT":
            c.actors = _actor_from_cause(verb, resolver)
            c.mode = c.mode or _cause_mode(verb)
        if subject is not None and c.noun is None and c.kind != "MOBILIZE":  # "troops were sent": what, not whom
            c.recipients = resolver.resolve_all(subject)
    elif subject is not None:
        c.actors = resolver.resolve_all(subject) or _parties_of_event_noun(subject, resolver)
    if not c.actors:
        c.actors = _unresolved_actor(agent if passive else subject, resolver)
    if not c.actors:
        return _actorless(c, subject, passive, resolver)
    exclude = {p.country for p in c.actors if p.country}
    if not c.recipients:
        c.recipients = _recipients(c, resolver, exclude)
    actor_keys = {participant_key(p) for p in c.actors}
    c.recipients = [p for p in c.recipients if participant_key(p) not in actor_keys]
    if c.word.lemma_.lower() == "receive" and c.kind != "CONSULT":  # "received weapons from X": X gives
        c.actors, c.recipients = c.recipients, c.actors
        if not c.actors:
            return False
    official = any(p.sector == Sector.GOV or _is_state(p) for p in c.actors)
    if c.kind == "PROTEST" and c.mode == "demo" and official:
        c.kind, c.mode = "ACCUSE", "complain"  # a government "protests" in words, not in the street
    elif c.kind == "PROTEST" and c.mode == "obstruct" and official:
        c.kind, c.mode = "COERCE", "restrict"  # a state blocking access restricts; it does not protest
    return True


def _parties_of_event_noun(noun, resolver: ActorResolver) -> list[Participant]:
    """ "Clashes between Armenian and Azerbaijani troops killed…": the parties of the event noun act."""
    if noun.lemma_.lower() not in noun_triggers():
        return []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"between", "by", "among"}):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            found = [p for p in resolver.resolve_all(pobj) if p.country or p.code]
            if found:
                return found
    return []


def _unresolved_actor(subject, resolver: ActorResolver) -> list[Participant]:
    """A nominal subject of no known country ("a terror group", "the court") still acts: an actor
    coded "---", as the gold standards do, rather than no event."""
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.lower_ in _RELATIVE:
        return []
    if subject.lemma_.lower() in noun_triggers():  # "the attack killed…": a cause, handled as actorless harm
        return []
    phrase = subject.doc[subject.left_edge.i : subject.i + 1]
    return [Participant(name=phrase.text, span=resolver.span_of(subject))]


def _actorless(c: Candidate, subject, passive: bool, resolver: ActorResolver) -> bool:
    """Harm with an unnamed perpetrator ("three civilians were killed in a car bombing", "a roadside
    bombing killed a soldier") is still coded, with its victims and no actor."""
    if passive and subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
        # "Sanctions were imposed on Iran", "the envoy was expelled": done by someone unnamed, to someone named.
        if not c.recipients:
            c.recipients = _recipients(c, resolver, set(), deep=False)  # the passive subject is the recipient
        return bool(c.recipients)
    if c.kind not in {"ASSAULT", "COERCE"} or c.noun is not None:
        return False
    cause = subject is not None and not passive and subject.lemma_.lower() in noun_triggers()
    if not (passive or cause):
        return False
    if not c.recipients:
        c.recipients = _recipients(c, resolver, set(), deep=False)  # the passive subject is the recipient
    return bool(c.recipients)


def _is_state(p: Participant) -> bool:
    """A country or capital named as such ("Iran protested"), not its people ("Iraqi Kurds")."""
    name = p.name.removeprefix("the ")
    return p.country is not None and p.sector is None and (name in country_names() or name in capitals())


def _subject(verb):
    """The clause subject, climbing through xcomp (control), conj (shared subject) and relcl."""
    t, steps, controlled = verb, 0, False
    while steps < 6:
        for child in t.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                # "X is scheduled to attend": X attends (active) unless the infinitive is itself passive.
                passive = _own_passive(verb) if controlled else child.dep_ == "nsubjpass"
                if t.i != verb.i and any(c.dep_ in {"auxpass", "agent"} for c in verb.children):
                    passive = True  # "…, were released by Putin": a shared subject, a passive verb of its own
                if child.lower_ in _RELATIVE and t.dep_ == "relcl":
                    return t.head, passive
                return child, passive
        if t.dep_ == "xcomp":
            obj = next((c for c in t.head.children if c.dep_ in _OBJECT_DEPS), None)
            if obj is not None:  # "urged Russia to withdraw": the object acts
                return obj, False
        if t.dep_ in {"xcomp", "conj", "acomp"} or (t.dep_ == "advcl" and _is_infinitive(t)):
            controlled = controlled or t.dep_ == "xcomp"
            t, steps = t.head, steps + 1  # acomp: "Syria is willing to withdraw"
            continue
        if t.dep_ == "relcl":
            return t.head, False
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ in {"NOUN", "PROPN"}:
            return t.head, True  # "refugees expelled from Kuwait": a reduced passive; the noun is the patient
        if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.head.pos_ in {"VERB", "AUX"}:
            t, steps = t.head.head, steps + 1  # "responded by sending troops": the same subject acts
            continue
        if t.dep_ == "acl" and t.head.dep_ in _OBJECT_DEPS:  # "issued a declaration demanding…"
            t, steps = t.head.head, steps + 1
            continue
        return None, False
    return None, False


def _own_passive(verb) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ != "xcomp")


def _is_infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _agent(verb):
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _actor_from_cause(verb, resolver: ActorResolver) -> list[Participant]:
    """ "killed in Israeli tank shelling": the attacker is named as a modifier of the cause."""
    if verb.lemma_.lower() not in _HARM_VERBS:
        return []
    nouns = noun_triggers()
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "by", "during"}:
            for noun in prep.children:
                trigger = nouns.get(noun.lemma_.lower())
                weapon = noun.lemma_.lower() in _MODE_FROM_WORD or noun.lemma_.lower() in OBJECT_CLASSES["weapons"]
                if noun.dep_ == "pobj" and (weapon or (trigger is not None and trigger.kind == "ASSAULT")):
                    for mod in noun.children:
                        if mod.dep_ in {"amod", "compound", "poss"} and mod.i < noun.i:
                            found = resolver.resolve(mod)
                            if found is not None and found.country:
                                return [found]
    return []


def _firer(weapon):
    """ "a missile fired by pro-Russia rebels": who used the weapon, if the text says."""
    for clause in (c for c in weapon.children if c.dep_ == "acl"):
        agent = _agent(clause)
        if agent is not None:
            return agent
        for inner in (g for g in clause.children if g.dep_ in {"xcomp", "ccomp"}):  # "believed to be fired by"
            agent = _agent(inner)
            if agent is not None:
                return agent
    return None


def _weapon_mode(noun) -> str | None:
    lemma = noun.lemma_.lower()
    if lemma in _MODE_FROM_WORD:
        return _MODE_FROM_WORD[lemma]
    return "heavy-weapons" if lemma in OBJECT_CLASSES["weapons"] else None


def _cause_mode(verb) -> str | None:
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "by"}:
            for noun in prep.children:
                mode = _MODE_FROM_WORD.get(noun.lemma_.lower()) or _noun_mode(noun, None)
                if mode:
                    return mode
    return None


def _recipients(c: Candidate, resolver: ActorResolver, exclude: set[str], deep: bool = True) -> list[Participant]:
    """The recipient from the trigger's slots, then (``deep``) from the rest of its clause."""
    heads = [c.verb] + ([c.noun] if c.noun is not None else [])
    heads += [o for o in c.verb.children if o.dep_ in _OBJECT_DEPS and o is not c.noun]
    misparsed = _misparsed_object(c.verb)
    if misparsed is not None and "dobj" in c.trigger.recipient:  # "Merkel hosted Obama" parsed as "hosted Obama"
        found = resolver.resolve_all(misparsed, exclude)
        if found:
            return found
    object_class = OBJECT_CLASSES.get(c.trigger.objects or "", {})
    for slot in c.trigger.recipient:
        for head in heads:
            for child in head.children:
                target = None
                if slot == "dobj" and child.dep_ in _OBJECT_DEPS and head is c.verb and c.noun is None:
                    if child.lemma_.lower() not in object_class or c.trigger.objects == "people":
                        target = c.verb.head if child.lower_ in _RELATIVE and c.verb.dep_ == "relcl" else child
                elif slot == "dative" and child.dep_ == "dative":
                    target = child
                elif child.dep_ in {"prep", "dative"} and child.lower_ == slot:  # spaCy tags some "to" dative
                    target = next((g for g in child.children if g.dep_ == "pobj"), None)
                if target is not None:
                    found = resolver.resolve_all(target, exclude)
                    if found:
                        return found
    nouns = noun_triggers()
    for obj in heads[1:]:  # "refuse a meeting with Zelensky": the event noun's partner
        if obj.lemma_.lower() in nouns:
            for child in obj.children:
                if child.dep_ == "prep" and child.lower_ in {"with", "between"}:
                    target = next((g for g in child.children if g.dep_ == "pobj"), None)
                    found = resolver.resolve_all(target, exclude) if target is not None else []
                    if found:
                        return found
    if c.kind == "ACCUSE":  # "alleged that France was aware…": the accused is the complement's subject
        for clause in (ch for ch in c.verb.children if ch.dep_ == "ccomp"):
            subject = next((g for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
            found = resolver.resolve_all(subject, exclude) if subject is not None else []
            if found:
                return found
    if c.kind == "CONSULT" and (c.mode == "visit" or c.verb.lemma_.lower() == "attend"):  # the host receives
        for head in heads:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in {"in", "to"}:
                    target = next((g for g in child.children if g.dep_ == "pobj"), None)
                elif head is not c.verb and child.dep_ == "compound" and child.pos_ == "PROPN":
                    target = child  # "the Beijing Olympics", "the Minsk summit"
                else:
                    continue
                found = resolver.resolve(target) if target is not None else None
                if found is not None and found.country and found.country not in exclude:
                    return [found]
    if c.kind == "ASSAULT":  # "operation in Ukraine": a country as the place of an attack is its target
        for head in heads:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in {"in", "against", "on"}:
                    target = next((g for g in child.children if g.dep_ == "pobj"), None)
                    found = resolver.resolve(target) if target is not None else None
                    if found is not None and found.country and found.country not in exclude:
                        return [found]
    return _deep_recipient(c, resolver, exclude) if deep else []


# Dependents that never hold the recipient: the subject side, function words, and clauses of their own
# (reasons, times, relative clauses: "after a Serbian jet shot down…").
_NOT_RECIPIENT_DEPS = frozenset(
    [
        "nsubj",
        "nsubjpass",
        "csubj",
        "agent",
        "punct",
        "cc",
        "aux",
        "auxpass",
        "neg",
        "mark",
        "det",
        "advmod",
        "npadvmod",
        "advcl",
        "relcl",
        "pcomp",
        "appos",
        "parataxis",
        "prt",
        "expl",
        "case",
        "nummod",
        "quantmod",
    ]
)
_NOT_RECIPIENT_PREPS = frozenset(
    ["after", "since", "before", "during", "despite", "following", "until", "amid", "like"]
)
_DOMESTIC_KINDS = frozenset(["COERCE", "PROTEST"])  # done in one's own country to its government or people
_LOCATION_PREPS = frozenset(["in", "at", "near", "inside", "outside", "across", "into"])
_DEEP_LIMIT = 4


def _deep_recipient(c: Candidate, resolver: ActorResolver, exclude: set[str]) -> list[Participant]:
    """No recipient in the trigger's own slots: the nearest participant with a country or bloc code in
    the rest of its clause ("demanded that the US cancel…", "threatened further action against Russia",
    "promised to continue military aid to Mozambique"), breadth-first, the subject side excluded."""
    if c.trigger.symmetric and len(c.actors) >= 2:
        return []
    actor_keys = {participant_key(p) for p in c.actors}
    actor_roles = {(p.country, p.sector) for p in c.actors}  # the same country's other side may act on it
    actor_countries = {p.country for p in c.actors}
    frontier = [(t, False) for t in c.verb.children if t.dep_ not in _NOT_RECIPIENT_DEPS]
    for _ in range(_DEEP_LIMIT):
        following = []
        for token, located in frontier:
            if token.dep_ == "prep" and token.lower_ in _NOT_RECIPIENT_PREPS:
                continue
            located = located or (token.dep_ == "prep" and token.lower_ in _LOCATION_PREPS)
            if token.pos_ in {"NOUN", "PROPN"}:
                found = [
                    p
                    for p in resolver.resolve_all(token)
                    if (p.country or p.code)
                    and participant_key(p) not in actor_keys
                    and (p.country, p.sector) not in actor_roles
                    # "surrendered in a Ugandan town" is where; "imposed a curfew in Algiers" is on whom
                    and not (located and p.country in actor_countries and c.kind not in _DOMESTIC_KINDS)
                ]
                if found:
                    c.distant_recipient = True
                    return found
            # A complement clause's own subject is a candidate ("demanded that the US cancel…").
            skip = _NOT_RECIPIENT_DEPS - {"nsubj", "nsubjpass"} if token.dep_ in {"ccomp", "xcomp"} else None
            following += [(t, located) for t in token.children if t.dep_ not in (skip or _NOT_RECIPIENT_DEPS)]
        frontier = following
    return []


# -- embedded events --------------------------------------------------------------------------

_EMBEDDED_MODE = {
    ("THREATEN", "ASSAULT"): "military",
    ("THREATEN", "SANCTION"): "sanction",
    ("REJECT", "CONSULT"): "meet",
    ("REQUEST", "CONSULT"): "meet",
    ("AGREE", "CONSULT"): "meet",
    ("REQUEST", "AID"): "aid",
    ("AGREE", "AID"): "aid",
    ("REJECT", "AID"): "aid",
    ("REQUEST", "RETREAT"): "yield",
    ("REJECT", "RETREAT"): "yield",
    ("REJECT", "CONCEDE"): "yield",
}


def _fold_embedded(found: list[Candidate]) -> list[Candidate]:
    """Drop events embedded under an intent/speech-act event and give the latter a mode."""
    by_verb = {c.verb.i: c for c in found}
    kept = []
    for c in found:
        if _restates(c, by_verb):
            continue
        governor = _embedding_governor(c, by_verb)
        if governor is None:
            kept.append(c)
        else:
            if governor.kind == "AGREE" and c.kind in _THREAT_KINDS and not c.modes.negated:
                governor.kind = "THREATEN"  # vowing to attack is a threat, not an agreement
            if governor.mode is None:
                governor.mode = _EMBEDDED_MODE.get((governor.kind, c.kind))
            if not governor.recipients:
                keys = {participant_key(p) for p in governor.actors}
                governor.recipients = [p for p in c.recipients if participant_key(p) not in keys]
    for c in kept:
        # A cooperative act someone says they will do, or means to do, is a promise (AGREE); a plain
        # "the US will supply arms" stays the act itself, marked future, as a planned meeting does.
        said_will = c.modes.future or c.modes.modal in {"would", "'d"}  # "said it would cooperate"
        promised = c.modes.intent or (said_will and c.modes.reported and not c.modes.negated)
        offers_talks = (
            c.kind == "CONSULT"
            and any(  # "ready to talk"; not "prepared (verb) to attend"
                t.lower_ in _INTENT_ADJECTIVES and t.pos_ == "ADJ" for t in c.chain[1:]
            )
        )
        if (promised and c.kind in _FUTURE_TO_AGREE) or (offers_talks and not c.modes.negated):
            # The promise is made now: the AGREE itself is neither future nor (without a modal) hypothetical.
            # "ready to talk" offers a meeting (CAMEO 036); "will meet" stays a planned CONSULT.
            c.modes.future = False
            c.modes.hypothetical = c.modes.modal in _SPECULATIVE
            c.mode = {"AID": "aid", "CONSULT": "meet"}.get(c.kind)
            c.kind = "AGREE"
    return kept


def _restates(c: Candidate, by_verb: dict[int, Candidate]) -> bool:
    """ "meet in Zurich to discuss", "attacked…, killing eight": the same event told twice in a clause."""
    if c.verb.dep_ not in {"advcl", "xcomp", "conj"} or c.verb.head.i == c.verb.i:
        return False
    governor = by_verb.get(c.verb.head.i)
    return governor is not None and governor.kind == c.kind


def _embedding_governor(c: Candidate, by_verb: dict[int, Candidate]) -> Candidate | None:
    """The intent/speech-act event whose complement holds ``c``: "agreed to send", "threatened to
    attack", "accused X of attacking", "demanded an admission that forces murdered…"."""
    t = first_conjunct(c.verb)
    for _ in range(5):
        if t.dep_ not in _COMPLEMENT_DEPS or t.head.i == t.i:
            return None
        if t.dep_ in {"advcl", "acl", "relcl"} and any(m.dep_ in {"mark", "advmod"} for m in t.lefts):
            return None  # "since Moscow launched…", "when they attacked": a clause of its own
        head = t.head
        governor = by_verb.get(head.i)
        if governor is not None and governor.kind in EMBEDDING_KINDS and governor is not c:
            return governor
        t = head
    return None
