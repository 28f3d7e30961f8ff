"""Find event candidates in a parsed article: trigger, kind and mode, clause chain, modes.

One pass over the verbs: a verb whose lemma is in the lexicon, a light verb whose object is an
event noun ("hold talks", "impose sanctions"), an event noun as the subject of an occurrence ("talks
resumed"), a passive harm caused by an event noun ("killed in Israeli tank shelling"). Participants
come from :mod:`participants`; embedded events ("agreed to set up", "threatened to attack") fold into
the governing one in :mod:`folding`. Only candidates with an identifiable actor are kept, except one
low-confidence, actor-less type per sentence that has a clear trigger and no other event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from newsgraph.events.actors import SECTOR_OF, ActorResolver, country_of_text, participant_key
from newsgraph.events.candidate import (
    INTENT_ADJECTIVES,
    OBJECT_DEPS,
    Candidate,
    has_child,
    has_object,
    noun_mode,
)
from newsgraph.events.folding import fold_embedded, with_reported_accusations
from newsgraph.events.kinds import adjust_kind, rioting_side
from newsgraph.events.lexicon import (
    FUTURE_GOVERNORS,
    HYPOTHETICAL_GOVERNORS,
    NEGATING_GOVERNORS,
    OBJECT_CLASSES,
    PEOPLE_NOUNS,
    POLITE_WANTS,
    SPORT_WORDS,
    VIOLENCE_WORDS,
    Trigger,
    light_verbs,
    noun_triggers,
    phrasal_triggers,
    verb_triggers,
)
from newsgraph.events.modes import governing_chain, read_modes
from newsgraph.events.participants import agent_of, clause_subject, fill_participants, recipients_of

_LODGE = {"lodge", "file", "deliver", "register", "issue"}
_QUANTITY_NOUNS = {"day", "week", "series", "wave", "round", "number", "string", "spate", "kind", "type"}
_CEASEFIRE = {"ceasefire", "cease-fire", "truce", "armistice"}
_DECLARE = frozenset(["declare", "announce", "proclaim", "observe"])  # a truce declared, not agreed (CAMEO 0871)
_SIGN_VERBS = {"sign", "ink", "ratify", "conclude", "seal", "finalize", "finalise"}


def find_candidates(doc, resolver: ActorResolver) -> list[Candidate]:
    verbs, nouns, lights = verb_triggers(), noun_triggers(), light_verbs()
    known = known_lemmas()
    found: list[Candidate] = []
    unresolved: list[Candidate] = []
    tabular = _tabular_sentences(doc, resolver.record.article.body)
    sports_story = _sports_story(resolver.record.article.body)
    verb_ids, intent_ids, noun_ids = _word_classes(doc)
    sentences: dict[int, set[str]] = {}  # each sentence's words, read once
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
        if candidate is None or (candidate.kind == "ASSAULT" and _sporting(token.sent, sports_story, sentences)):
            continue  # "Chelsea beat Arsenal", "the striker shot wide": a game, not violence
        candidate.chain = governing_chain(token)
        candidate.modes = read_modes(candidate.chain, candidate.noun)
        if fill_participants(candidate, resolver):
            adjust_kind(candidate)
            found.append(candidate)
            found += rioting_side(candidate)
        else:
            unresolved.append(candidate)
    for candidate in _subject_event_nouns(doc, noun_ids, nouns, found + unresolved):
        if candidate.kind == "ASSAULT" and _sporting(candidate.word.sent, sports_story, sentences):
            continue
        candidate.chain = governing_chain(candidate.verb)
        candidate.modes = read_modes(candidate.chain, candidate.noun)
        lemma = candidate.verb.lemma_.lower()
        candidate.modes.future = candidate.modes.future or lemma in FUTURE_GOVERNORS  # "a meeting is planned"
        candidate.modes.hypothetical = candidate.modes.hypothetical or lemma in HYPOTHETICAL_GOVERNORS
        # only parties of known country or bloc: "the re-release of Jailhouse Rock" names no party
        if fill_participants(candidate, resolver) and any(p.country or p.code for p in candidate.actors):
            adjust_kind(candidate)
            found.append(candidate)
    for candidate in _talks_before(doc, noun_ids, nouns, found + unresolved):
        candidate.chain = governing_chain(candidate.verb)
        candidate.modes = read_modes(candidate.chain, candidate.noun)
        if fill_participants(candidate, resolver) and candidate.recipients:
            found.append(candidate)
    _add_joiners(doc, found, resolver)
    found += _intent_adjectives(intent_words, found + unresolved, resolver)
    unresolved += _noun_fallbacks(doc, noun_ids, found + unresolved, nouns)
    kept = fold_embedded(found + _actorless_fallbacks(found, unresolved))
    return with_reported_accusations(kept, resolver)


_LINE_BREAKS = re.compile(r"\s*\n\s*")


@cache
def _phrasal_lemmas() -> frozenset[str]:
    return frozenset(verb for verb, _ in phrasal_triggers())


@cache
def known_lemmas() -> frozenset[str]:
    """Every lemma that can carry an event (verbs, light verbs, "call"), for the lemma repair in ``_lemma``."""
    lights = {w for words in light_verbs().values() for w in words}
    return frozenset(verb_triggers()) | lights | {"call"}


def _word_classes(doc) -> tuple[list[int], list[int], list[int]]:
    """Indices of verbs and auxiliaries, of intent adjectives and of event nouns (nouns whose lemma is a noun
    trigger), read from the Doc's arrays: making a Token object for every word was the stage's largest cost."""
    import numpy
    from spacy.attrs import LEMMA, LOWER, POS
    from spacy.symbols import AUX, NOUN, VERB

    if len(doc) == 0:
        return [], [], []
    table = doc.to_array([POS, LOWER, LEMMA])  # numpy throughout: Python ints of 64-bit hashes are slow to make
    pos, lower, lemma = table[:, 0], table[:, 1], table[:, 2]
    intent, events = word_hashes()
    verbs = numpy.flatnonzero((pos == VERB) | (pos == AUX)).tolist()
    words = numpy.flatnonzero(numpy.isin(lower, intent)).tolist()
    nouns = numpy.flatnonzero((pos == NOUN) & numpy.isin(lemma, events)).tolist()
    return verbs, words, nouns


@cache
def word_hashes():
    """spaCy's hashes of the intent adjectives and of the event nouns' lemmas (the Doc arrays hold hashes)."""
    import numpy
    from spacy.strings import hash_string

    def hashes(words) -> numpy.ndarray:
        return numpy.array(sorted(map(hash_string, words)), dtype=numpy.uint64)

    return hashes(INTENT_ADJECTIVES), hashes(noun_triggers())


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


def _intent_adjectives(words: list, candidates: list[Candidate], resolver: ActorResolver) -> list[Candidate]:
    """ "Vietnam is committed to opening up its economy": a stated readiness to act is a promise
    (AGREE, CAMEO 03) even when the act itself is not in the lexicon (when it is, it folds in)."""
    governed = {t.i for c in candidates for t in c.chain}
    found = []
    for token in words:
        # "is willing to" (adjective) or "is committed to" (often parsed as a passive verb)
        if token.lower_ not in INTENT_ADJECTIVES or token.dep_ not in {"acomp", "ROOT", "ccomp"}:
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
        c.recipients = recipients_of(c, resolver, {p.country for p in actors if p.country})
        if not c.modes.negated:
            found.append(c)
    return found


def _to_complement(child) -> bool:
    """ "willing to talk" (xcomp with "to") or "committed to opening" (prep "to" + gerund)."""
    if child.dep_ == "xcomp":
        return any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
    return child.lower_ == "to" and any(g.dep_ == "pcomp" for g in child.children)


_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")  # "beat Arsenal 2-0"
_WORD = re.compile(r"[a-z][a-z-]+")
_MONTH_NEAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$", re.I)


def _has_score(text: str) -> bool:
    """A match score, not a date range ("on 3-4 May", "March 3-4")."""
    for match in _SCORE.finditer(text):
        before, after = text[: match.start()].rstrip(), text[match.end() :].lstrip().split(" ", 1)[0]
        if not (_MONTH_NEAR.search(before) or _MONTH_NEAR.search(after)):
            return True
    return False


def _sports_story(body: str) -> bool:
    """An article that uses several words of sport ("race", "medal", "athlete") reports a game throughout."""
    return len(set(_WORD.findall(body.lower())) & SPORT_WORDS) >= 3


def _sporting(sentence, sports_story: bool, seen: dict[int, set[str]]) -> bool:
    words = seen.get(sentence.start)
    if words is None:  # several candidates of one sentence may ask
        words = seen[sentence.start] = {t.lower_ for t in sentence} | {t.lemma_.lower() for t in sentence}
    game = sports_story or _has_score(sentence.text) or bool(words & SPORT_WORDS)
    return game and not words & VIOLENCE_WORDS


def _misparsed_main_verb(token) -> bool:
    """ "Merkel hosted Obama": the small model sometimes makes a finite verb an adjective of its object
    (amod, the object as root); an adjective never has a subject of its own, so with one it is the verb."""
    return token.tag_ in {"VBD", "VBZ", "VBP", "VBN"} and any(c.dep_ == "nsubj" for c in token.children)


# Event nouns too common in other senses to stand for an event on their own.
_VAGUE_NOUNS = frozenset(
    [
        *("support", "fire", "call", "operation", "progress", "evidence", "charge", "emergency", "trip", "weapon"),
        *("arm", "demand"),  # "spurring on more demand": the economists' demand
    ]
)
_BACKGROUND_PREPS = frozenset(["after", "following", "since", "before", "despite"])  # an earlier event, not this one


_LABOUR_WORDS = frozenset(["worker", "union", "employee", "staff", "teacher", "doctor", "nurse", "miner", "driver"])


def _labour_context(sentence) -> bool:
    return any(t.lemma_.lower() in _LABOUR_WORDS for t in sentence)


def _in_background_phrase(token) -> bool:
    return any(a.dep_ == "prep" and a.lower_ in _BACKGROUND_PREPS for a in token.ancestors)


def _noun_fallbacks(doc, noun_ids: list[int], candidates: list[Candidate], nouns) -> list[Candidate]:
    """A sentence with no event verb but an event noun ("a strike over the bill", "under investigation")
    still tells the kind of event: its first such noun, as an actor-less candidate."""
    covered = {c.word.sent.start for c in candidates}
    found = []
    for sentence in doc.sents:
        if sentence.start in covered:
            continue
        first = bisect_left(noun_ids, sentence.start)
        for token in (doc[i] for i in noun_ids[first:] if i < sentence.end):
            lemma = token.lemma_.lower()
            if token.dep_ == "compound" or lemma not in nouns or lemma in _VAGUE_NOUNS:
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


_PARTY_PREPS = frozenset(["by", "between", "of", "on", "against", "with", "to"])
# Verbs that tell of an event without saying it happened: "an attack is feared / was ruled out".
_DOUBTING_VERBS = frozenset(
    ["fear", "rumour", "rumor", "deny", "rule", "threaten", "warn", "avert", "prevent", "avoid"]
)


def _subject_event_nouns(doc, noun_ids: list[int], nouns, candidates: list[Candidate]) -> list[Candidate]:
    """An event noun that is a clause's subject and names its parties ("Iran's seizure of a British tanker
    raised tensions", "the expulsion of 40 diplomats by Germany was announced", "talks between X and Y
    resumed"): the event is told, though its own verb is a comment on it."""
    taken = {c.noun.i for c in candidates if c.noun is not None} | {c.word.i for c in candidates}
    told = {(c.verb.i, c.kind) for c in candidates}  # "the attack killed seven": the killing tells it
    acts = {c.verb.i for c in candidates} | {c.word.i for c in candidates}
    found = []
    for token in (doc[i] for i in noun_ids):
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.i in taken:
            continue
        lemma = token.lemma_.lower()
        trigger = nouns.get(lemma)
        verb = token.head
        if trigger is None or lemma in _VAGUE_NOUNS or verb.pos_ not in {"VERB", "AUX"} or not _names_parties(token):
            continue
        if verb.lemma_.lower() in _DOUBTING_VERBS or _judged(verb) or (verb.i, trigger.kind) in told:
            continue
        if any(c.dep_ == "acl" and c.i in acts for c in token.children):
            continue  # "Blair's refusal to accept…": the embedded act is coded, with the noun's mode
        found.append(
            Candidate(trigger=trigger, word=token, verb=verb, kind=trigger.kind, mode=trigger.mode, noun=token)
        )
    return found


_SINCE_PREPS = frozenset(["after", "following", "during"])


def _talks_before(doc, noun_ids: list[int], nouns, candidates: list[Candidate]) -> list[Candidate]:
    """ "Speaking after talks with his Egyptian counterpart, Iraq's foreign minister said…": talks just held,
    told in a phrase; the clause's subject held them with the phrase's partner."""
    taken = {c.noun.i for c in candidates if c.noun is not None} | {c.word.i for c in candidates}
    found = []
    for token in (doc[i] for i in noun_ids):
        trigger = nouns.get(token.lemma_.lower())
        if trigger is None or trigger.kind != "CONSULT" or token.i in taken or token.dep_ != "pobj":
            continue
        prep = token.head
        if prep.lower_ not in _SINCE_PREPS or not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
            continue
        verb = prep.head
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not has_child(verb, {"nsubj"}):
            verb = verb.head  # "Speaking after talks…, X said": X spoke, and held the talks
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        found.append(Candidate(trigger=trigger, word=token, verb=verb, kind="CONSULT", mode=trigger.mode, noun=token))
    return found


def _names_parties(noun) -> bool:
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _PARTY_PREPS and has_child(c, {"pobj"}))
        for c in noun.children
    )


def _judged(verb) -> bool:
    """ "an attack is unlikely / possible": the copula's complement judges whether it happens."""
    return any(
        c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in HYPOTHETICAL_GOVERNORS | NEGATING_GOVERNORS
        for c in verb.children
    )


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
        adjust_kind(c)
        fallbacks.append(c)
    return fallbacks


def _add_joiners(doc, found: list[Candidate], resolver: ActorResolver) -> None:
    """ "X and Y met … and were joined by Z": Z takes part in the same meeting."""
    by_verb = {c.verb.i: c for c in found if c.kind == "CONSULT"}
    if not by_verb:
        return
    for token in (t for c in by_verb.values() for t in c.verb.children):  # "joined" is a conjunct of "met"
        if token.lemma_.lower() == "join" and token.dep_ == "conj" and token.head.i in by_verb:
            agent = agent_of(token)
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
        if child.dep_ not in OBJECT_DEPS | {"nsubjpass"}:
            continue
        for noun in [child, *child.conjuncts]:
            noun, trigger = _event_noun(noun, nouns)
            if trigger is None:
                continue
            if noun.lemma_.lower() in _CEASEFIRE and lemma in _DECLARE:  # "declared a truce": a de-escalation
                trigger = Trigger(kind="RETREAT", mode="ceasefire", recipient=trigger.recipient)
                return Candidate(trigger=trigger, word=token, verb=token, kind="RETREAT", mode="ceasefire", noun=noun)
            if noun.lemma_.lower() == "protest" and lemma in _LODGE:  # "lodged a protest with Albania"
                trigger = Trigger(kind="ACCUSE", mode="complain", recipient=("with", "to", "against", "over"))
            elif trigger.kind == "CONSULT" and lemma in lights.get("SANCTION-CONSULT", ()):
                trigger = Trigger(kind="SANCTION", mode="negotiate", recipient=trigger.recipient)
            elif lemma not in lights.get(trigger.kind, ()):
                continue
            if noun.lemma_.lower() == "operation" and not _military(noun):
                continue
            kind, mode = trigger.kind, noun_mode(noun, trigger.mode)
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


def _occurrence_candidate(token, lemma: str, nouns) -> Candidate | None:
    """ "Clashes between police and protesters erupted", "talks resumed", "the meeting took place", "the
    arrest sparked protests": the event noun is the subject."""
    if lemma not in _CAUSE_VERBS and lemma not in _OCCURRENCE_VERBS and lemma != "take":
        return None
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
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
    """ "Negotiators return to Geneva for talks", "arrived in Kyiv on a visit": travelling for a meeting
    is taking part in it."""
    if lemma not in _TRAVEL_VERBS:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "on"}):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            noun, trigger = _event_noun(pobj, nouns)
            if prep.lower_ == "on" and (trigger is None or trigger.mode != "visit"):
                continue  # "on a visit", "on a trip"; not "came on Monday"
            if trigger is not None and trigger.kind == "CONSULT":
                talks = Trigger(kind="CONSULT", mode=trigger.mode, recipient=("with", "between"), symmetric=True)
                return Candidate(trigger=talks, word=noun, verb=token, kind="CONSULT", mode=trigger.mode, noun=noun)
    return None


def _military(noun) -> bool:
    return any(c.lower_ in {"military", "army", "ground", "air", "special"} for c in noun.subtree)


def _verb_candidate(token, lemma: str, verbs) -> Candidate | None:
    if lemma == "call":
        return _call_candidate(token)
    phrasal = lemma in _phrasal_lemmas()
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None) if phrasal else None
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
    if lemma in {"violate", "break", "breach"} and has_child(token, {"dobj", "nsubjpass"}, _CEASEFIRE):  # CAMEO 196
        violation = Trigger(kind="ASSAULT", mode="ceasefire-violation", recipient=())
        return Candidate(trigger=violation, word=token, verb=token, kind="ASSAULT", mode="ceasefire-violation")
    if lemma in {"advise", "warn", "urge"} and _travel_warning(token) is not None:
        # "advised against travel to Tunisia": a travel warning reduces relations (CAMEO 160)
        warning = Trigger(kind="SANCTION", recipient=())
        return Candidate(trigger=warning, word=token, verb=token, kind="SANCTION", mode=None)
    if lemma == "move" and has_object(token, set(forces)):  # "moved two armoured divisions towards the border"
        show = Trigger(kind="MOBILIZE", mode="military", recipient=("towards", "toward", "to", "into"))
        return Candidate(trigger=show, word=token, verb=token, kind="MOBILIZE", mode="military")
    if lemma in {"hand", "turn"} and _hands_over_suspects(token):
        extradite = Trigger(kind="COOPERATE", mode="legal", recipient=("to",))  # CAMEO 063
        return Candidate(trigger=extradite, word=token, verb=token, kind="COOPERATE", mode="legal")
    if lemma == "set" and has_object(token, {"fire"}) and _to_property(token):
        arson = Trigger(kind="ASSAULT", recipient=("to",))  # "set fire to cars": a burning, as "torched"
        return Candidate(trigger=arson, word=token, verb=token, kind="ASSAULT", mode=None)
    if lemma == "find" and has_child(token, {"oprd", "acomp", "ccomp"}, {"guilty", "liable"}):
        guilty = Trigger(kind="ACCUSE", mode="convict", recipient=("dobj",))  # "found X guilty" (CAMEO 116)
        return Candidate(trigger=guilty, word=token, verb=token, kind="ACCUSE", mode="convict")
    if trigger is None:
        return None
    if lemma in {"withdraw", "pull", "recall"} and _withdraws_help(token):
        # Withdrawing peacekeepers, inspectors or aid workers reduces help: a SANCTION, not a retreat.
        cut = Trigger(kind="SANCTION", mode="expel", recipient=("from",))
        return Candidate(trigger=cut, word=token, verb=token, kind="SANCTION", mode="expel")
    if lemma in {"attack", "slam", "blast"} and _attacks_words(token):  # "attacked the plan"
        criticism = Trigger(kind="ACCUSE", mode="criticize", recipient=())
        return Candidate(trigger=criticism, word=token, verb=token, kind="ACCUSE", mode="criticize")
    if lemma == "burn" and has_object(token, set(OBJECT_CLASSES["symbols"])):
        # "burned effigies of Musharraf", "burned an American flag": a protest against whom they stand for
        burning = Trigger(kind="PROTEST", mode="demo", recipient=("dobj",))
        return Candidate(trigger=burning, word=token, verb=token, kind="PROTEST", mode="demo")
    if lemma == "host" and has_object(token, _HOSTED_ARMS):
        return None  # "Belarus hosted Russian nuclear weapons": a deployment, not a visit
    if lemma == "invest" and not _invests_in_a_country(token):
        return None  # "invest in public services" is business, not relations between countries
    if lemma == "meet" and _meets_an_outcome(token):
        return None
    if lemma in {"help", "assist"} and _helps_do(token):
        return None  # "helped broker a deal": the deed is the event, the helper its actor
    if lemma == "destroy" and has_object(token, _RECORDS):  # "to destroy records": no violence
        return None
    if lemma == "fight" and has_object(token, _WORDS_AND_PLANS):  # "will fight the bans": a contest in words
        return None
    if trigger.kind == "COERCE" and has_object(token, _QUANTITIES):  # "curb spending"
        return None
    if trigger.kind == "ASSAULT" and (
        has_child(token, {"nsubj", "nsubjpass"}, _NATURAL_CAUSES) or _agent_is(token, _NATURAL_CAUSES)
    ):
        return None  # "a drought has killed crops", "killed by disease"
    if lemma == "kill" and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
        return None  # "the soap killed off Den Watts": a story's character
    if lemma == "warn" and not _warns_someone(token):  # "warned that yields would fall": a forecast
        return None
    if lemma == "decline" and not any(c.dep_ in {"dobj", "xcomp"} for c in token.children):
        return None  # "yields declined": they fell; "declined the offer / to attend" refuses
    if trigger.kind == "REJECT" and _declines_comment(token):
        return None  # "declined to comment" is CAMEO 011, a statement PLOVER has no type for
    if lemma in {"allow", "permit", "admit"} and _lets_in(token):
        # "allowed UN inspectors into the site": international involvement let in (CAMEO 086)
        access = Trigger(kind="RETREAT", mode="access", recipient=("dobj",))
        return Candidate(trigger=access, word=token, verb=token, kind="RETREAT", mode="access")
    if lemma == "expel" and has_object(token, PEOPLE_NOUNS | {"worker", "national", "immigrant", "citizen"}):
        deport = Trigger(kind="COERCE", mode="deport", recipient=("dobj",))  # people, not envoys (CAMEO 174)
        return Candidate(trigger=deport, word=token, verb=token, kind="COERCE", mode="deport")
    if lemma in {"deploy", "dispatch", "station"} and has_object(token, {"peacekeeper"}):
        keeping = Trigger(kind="AID", mode="peacekeeping", recipient=("to", "in"))  # CAMEO 074
        return Candidate(trigger=keeping, word=token, verb=token, kind="AID", mode="peacekeeping")
    if lemma in {"allow", "permit"} and _lets_someone_act(token):  # "allowed the opposition to hold a rally"
        return Candidate(trigger=trigger, word=token, verb=token, kind="CONCEDE", mode=None)
    if lemma == "speak":  # "spoke with Blinken", "spoke by phone": a conversation, not any statement
        return _conversation(token, trigger)
    if lemma == "welcome" and _welcomes_a_visitor(token):  # "welcomed Erdogan to the Kremlin"
        host = Trigger(kind="CONSULT", mode="host", recipient=("dobj",))
        return Candidate(trigger=host, word=token, verb=token, kind="CONSULT", mode="host")
    if lemma == "travel" and not _travellers(token):
        return None  # "a second A380 is travelling to the US": planes and goods travel without visiting
    if lemma == "suspend" and has_child(token, {"dobj"}) and _suspends_a_member(token):
        expel = Trigger(kind="SANCTION", recipient=("dobj",))  # "the AU suspended Mali": relations reduced
        return Candidate(trigger=expel, word=token, verb=token, kind="SANCTION", mode=None)
    if lemma == "receive" and _receives_a_guest(token):
        host = Trigger(kind="CONSULT", mode="host", recipient=("dobj",))  # "Putin received Erdogan"
        return Candidate(trigger=host, word=token, verb=token, kind="CONSULT", mode="host")
    if lemma in {"capture", "seize"} and _has_place_object(token):  # taking a town is fighting, not confiscation
        fight = Trigger(kind="ASSAULT", recipient=("from", "dobj"))
        return Candidate(trigger=fight, word=token, verb=token, kind="ASSAULT", mode=None)
    # "sent troops" or, in the passive, "troops were sent"
    if lemma in {"send", "dispatch"} and (has_object(token, forces) or has_child(token, {"nsubjpass"}, forces)):
        mobilize = Trigger(kind="MOBILIZE", mode="military", recipient=("to",))
        return Candidate(trigger=mobilize, word=token, verb=token, kind="MOBILIZE", mode="military")
    if lemma == "accept" and any(c.dep_ == "neg" for c in token.children) and has_object(token, None):
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
    if kind == "AGREE" and lemma in {"offer", "pledge", "promise"} and has_object(token, set(OBJECT_CLASSES["aid"])):
        mode = "aid"  # "offered humanitarian aid": an intent to give aid (CAMEO 033)
    if lemma == "accept" and has_object(token, {"demand", "request", "condition"}):
        kind, mode = "CONCEDE", None
    return Candidate(trigger=trigger, word=token, verb=token, kind=kind, mode=mode)


_HELPERS = {"peacekeeper", "inspector", "observer", "monitor", "worker", "diplomat", "ambassador", "staff", "mission"}


# What one attacks in words: "attacked the plan / his remarks / the lies".
_WORDS_AND_PLANS = frozenset(
    [
        *("lie", "policy", "plan", "proposal", "decision", "comment", "remark", "statement", "idea", "budget"),
        *("bill", "law", "claim", "report", "strategy", "approach", "speech", "stance", "record", "handling"),
        *("legislation", "ban", "charge", "case", "ruling", "tax", "allegation", "extradition", "this", "it"),
        *("pledge", "promise", "word", "manifesto", "campaign", "view", "position", "reform", "idea", "scheme"),
        # social ills fought with policy, not arms: "to help fight hunger"
        *("hunger", "poverty", "corruption", "disease", "inflation", "drug", "crime", "pandemic", "epidemic"),
        *("malaria", "aids", "hiv", "cancer", "illiteracy", "unemployment", "fire", "wildfire", "flood", "change"),
    ]
)
# Economic quantities one curbs or restricts without coercing anybody.
_QUANTITIES = frozenset(
    [
        *("spending", "subsidy", "inflation", "emission", "cost", "price", "deficit", "borrowing", "growth", "rate"),
        *("export", "import", "output", "production", "supply", "sale", "investment", "lending", "use", "demand"),
    ]
)
# "met with strong objections / little success": an outcome met, not a meeting
_OUTCOMES = frozenset(
    [
        *("objection", "opposition", "resistance", "criticism", "approval", "success", "failure", "response"),
        *("reaction", "skepticism", "scepticism", "disapproval", "protest", "silence", "hostility", "resentment"),
    ]
)
# Nature harms too, but PLOVER codes what people do.
_NATURAL_CAUSES = frozenset(
    ["drought", "flood", "storm", "earthquake", "quake", "disease", "virus", "heat", "cold", "hurricane"]
)
_RECORDS = frozenset(["record", "document", "evidence", "file", "data", "email", "paper", "tape"])
_COMMENT_VERBS = frozenset(["comment", "elaborate", "say", "confirm", "respond", "specify", "speculate", "disclose"])


def _agent_is(token, lemmas: frozenset[str]) -> bool:
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in lemmas for c in token.children if c.dep_ == "agent" for g in c.children
    )


def _warns_someone(token) -> bool:
    """A warning with an addressee ("warned Japan", "warned against") or of the speaker's own act ("warned
    it would retaliate") threatens; "warned that profits would fall" forecasts."""
    if any(
        c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ in {"against", "of"}) for c in token.children
    ):
        return True
    speaker = next((c for c in token.children if c.dep_ == "nsubj"), None)
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
        if subject is not None and (
            subject.lower_ in {"it", "they", "we", "he", "she", "i"}
            or (speaker is not None and subject.lemma_.lower() == speaker.lemma_.lower())
        ):
            return True
    return False


def _declines_comment(token) -> bool:
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _COMMENT_VERBS for c in token.children)


def _lets_someone_act(token) -> bool:
    """ "allow X to do Y": an object that acts in an infinitive clause (not "allow the delivery")."""
    for clause in (c for c in token.children if c.dep_ in {"ccomp", "xcomp"}):
        subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
        if subject is not None and any(g.lower_ == "to" for g in clause.children):
            return True
    return any(c.dep_ in OBJECT_DEPS for c in token.children) and any(
        c.dep_ in {"xcomp", "ccomp"} and any(g.lower_ == "to" for g in c.children) for c in token.children
    )


_INVOLVEMENT = frozenset(["inspector", "observer", "monitor", "peacekeeper", "investigator", "convoy", "mission"])
_HOSTED_ARMS = frozenset([*OBJECT_CLASSES["weapons"], *OBJECT_CLASSES["forces"], "base", "warhead", "arsenal"])


def _meets_an_outcome(token) -> bool:
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    return any(o.lemma_.lower() in _OUTCOMES for o in objects)


def _lets_in(token) -> bool:
    """ "allowed UN inspectors into the site", "allowed aid convoys to enter": international involvement."""
    heads = [token, *(c for c in token.children if c.dep_ in {"ccomp", "xcomp"})]
    return any(
        c.dep_ in OBJECT_DEPS | {"nsubj"} and c.lemma_.lower() in _INVOLVEMENT for h in heads for c in h.children
    )


_WANTED = frozenset(["suspect", "fugitive", "criminal", "militant", "terrorist"])


def _hands_over_suspects(token) -> bool:
    """ "handed over two suspects to the Phnom Penh authorities": a legal transfer, as an extradition."""
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children)
    heads = [token, *(c for c in token.children if c.dep_ in {"ccomp", "xcomp"})]  # "…suspects wanted for murder"
    return over and any(
        c.dep_ in OBJECT_DEPS | {"nsubj"} and c.lemma_.lower() in _WANTED for h in heads for c in h.children
    )


def _to_property(token) -> bool:
    properties = OBJECT_CLASSES["property"]
    return any(
        g.lemma_.lower() in properties
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _invests_in_a_country(token) -> bool:
    """ "invested in Argentina's energy sector", "…in the Chinese beer industry": a place or a people named."""
    places = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.subtree]
    return any(t.ent_type_ in {"GPE", "NORP"} for t in places)


def _helps_do(token) -> bool:
    """ "helped broker a deal", "helped to evacuate": help with a coded deed of its own and no one helped."""
    deed = any(
        c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in verb_triggers() and not has_child(c, {"nsubj"})
        for c in token.children
    )
    return deed and not any(c.dep_ in OBJECT_DEPS | {"dative"} for c in token.children)


def _welcomes_a_visitor(token) -> bool:
    """A named person, a country or a guest ("the Australian prime minister") welcomed to/in/at a place,
    not a decision or a move."""
    guests = OBJECT_CLASSES["guests"]
    named = any(
        c.dep_ in OBJECT_DEPS and (c.ent_type_ in {"PERSON", "GPE", "NORP"} or c.lemma_.lower() in guests)
        for c in token.children
    )
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
    for obj in (c for c in token.children if c.dep_ in OBJECT_DEPS):
        for noun in [obj, *obj.conjuncts]:
            words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}}
            if words & (_HELPERS | {"peacekeeping", "humanitarian"}):
                return True
    return False


_PLACE_NOUNS = frozenset(["town", "city", "village", "territory", "region", "province", "capital", "port", "base"])


def _has_place_object(token) -> bool:
    """An object that names a place: a GPE/LOC name or a settlement noun ("the town")."""
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
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


def _attacks_words(verb) -> bool:
    """ "attacked the plan / the government's position"; not "troops attacked rebel positions"."""
    if _forces_subject(verb, set(OBJECT_CLASSES["forces"])):
        return False
    return any(
        c.dep_ in OBJECT_DEPS
        and (c.lemma_.lower() in _WORDS_AND_PLANS or c.lower_ == "lies")
        and c.lower_ != "positions"  # "rebel positions" are held by fighters
        for c in verb.children
    )


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


def _named_party(inner) -> bool:
    """The one asked is a named party ("expects Iran to comply"), not a thing ("its listing")."""
    party = next((c for c in inner.lefts if c.dep_ == "nsubj"), None) or next(
        (c for c in inner.head.children if c.dep_ in OBJECT_DEPS), None
    )
    return party is not None and (party.pos_ == "PROPN" or party.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"})


_OBLIGATION = {"must", "should"}
_DEMANDING_SPEECH = {"say", "insist", "demand", "tell", "warn", "stress", "announce", "conclude", "declare", "add"}


def _obligation_candidate(token) -> Candidate | None:
    """ "X said Y must return the helicopter" / "X wants Y to attack Z": the speaker asks Y."""
    if token.lemma_ in {"want", "expect", "wish"} or (
        token.lemma_ in POLITE_WANTS and has_child(token, {"aux"}, {"would", "'d"})
    ):
        inner = next((c for c in token.rights if c.dep_ in {"ccomp", "xcomp"}), None)
        # "wants Erdogan to release…" (Erdogan the subject of a ccomp) or "would like Turkey to release…"
        # (Turkey the object, the infinitive an xcomp)
        asked = inner is not None and (
            any(c.dep_ == "nsubj" for c in inner.lefts) or (inner.dep_ == "xcomp" and has_object(token))
        )
        if asked and token.lemma_ == "expect" and not _named_party(inner):
            return None  # "expected its listing to occur": a forecast, not a demand on anyone
        if asked and any(c.lower_ == "to" for c in inner.lefts):
            trigger = Trigger(kind="REQUEST", mode="appeal", recipient=())
            return Candidate(trigger=trigger, word=token, verb=token, kind="REQUEST", mode="appeal", addressee=inner)
        return None
    if token.dep_ != "ccomp" or token.head.lemma_ not in _DEMANDING_SPEECH:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in token.lefts):
        return None
    trigger = Trigger(kind="REQUEST", recipient=())
    return Candidate(trigger=trigger, word=token, verb=token.head, kind="REQUEST", mode=None, addressee=token)


def _call_candidate(token) -> Candidate | None:
    """ "call on X to…" / "call for X" is an appeal; "called up reservists" mobilises; "call" elsewhere is
    too ambiguous to code."""
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        if has_object(token, set(OBJECT_CLASSES["forces"]) | {"reservist", "reserve", "conscript"}):
            mobilize = Trigger(kind="MOBILIZE", mode="military", recipient=())
            return Candidate(trigger=mobilize, word=token, verb=token, kind="MOBILIZE", mode="military")
        return None
    for child in token.children:
        if child.dep_ == "advcl" and has_child(child, {"mark"}, {"for"}) and has_child(child, {"nsubj", "nsubjpass"}):
            # "called for Russia to withdraw": Russia is asked
            trigger = Trigger(kind="REQUEST", mode="appeal", recipient=())
            return Candidate(trigger=trigger, word=token, verb=token, kind="REQUEST", mode="appeal", addressee=child)
        if (child.dep_ == "prep" and child.lower_ in {"for", "on"}) or (child.dep_ == "prt" and child.lower_ == "on"):
            trigger = Trigger(kind="REQUEST", mode="appeal", recipient=("on", "dobj"))
            return Candidate(trigger=trigger, word=token, verb=token, kind="REQUEST", mode="appeal")
    return None


def _travel_warning(verb):
    """The destination of "advised (citizens) against travel to X", or None."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"):
        for noun in (g for g in prep.children if g.dep_ in {"pobj", "pcomp"} and g.lemma_.lower() in _TRAVEL_WORDS):
            to = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "to"), None)
            place = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
            if place is not None:
                return place
    return None


_TRAVEL_WORDS = frozenset(["travel", "trip", "visit", "journey"])


def _travellers(verb) -> bool:
    """The subject is someone who can pay a visit: a person, a state or body, an office, or a pronoun."""
    subject, _ = clause_subject(verb)
    if subject is None:
        return False
    return (
        subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or subject.lemma_.lower() in SECTOR_OF
        or subject.lower_ in {"he", "she", "they", "we", "i"}
    )


def _suspends_a_member(verb) -> bool:
    """ "suspended Mali", "suspended Russia's membership"; not "suspended the talks" (a SANCTION of ties)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if country_of_text(obj.text) or obj.lemma_.lower() in {"membership", "member"}:
            return True
    return False


def _receives_a_guest(verb) -> bool:
    """ "received Erdogan", "received the visiting prime minister", "was received by the king"."""
    guests = OBJECT_CLASSES["guests"]
    return any(
        c.dep_ in OBJECT_DEPS | {"nsubjpass"} and (c.pos_ == "PROPN" or c.lemma_.lower() in guests)
        for c in verb.children
    )


def _object_mode(token, trigger: Trigger):
    """The mode the verb's object gives (weapons -> military), None when fine without one, False
    when the verb needs an object of its class and has none ("supplied the report")."""
    members = OBJECT_CLASSES[trigger.objects]
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}]
    passive_conj = token.dep_ == "conj" and (
        has_child(token, {"auxpass"}) or (token.tag_ == "VBN" and has_child(token.head, {"auxpass"}))
    )
    if not objects and passive_conj:  # "were arrested and released", "…were released by Putin": a shared subject
        shared, _ = clause_subject(token)
        objects += [shared] if shared is not None else []
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
            if trigger.objects == "people" and noun.ent_type_ == "PERSON":
                return None  # "freed Sheikh Hasina"
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
    aimed = any(c.dep_ == "prep" and c.lower_ in trigger.recipient for c in token.children)
    if trigger.objects == "weapons" and aimed and not any(c.dep_ in OBJECT_DEPS for c in token.children):
        return None  # "fired on protesters"; but "launched the PSP at the same time" is no weapon
    return False
