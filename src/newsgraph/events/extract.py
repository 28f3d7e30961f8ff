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

from newsgraph.events.actors import ActorResolver, country_of_text, participant_key
from newsgraph.events.candidate import (
    INTENT_ADJECTIVES,
    INTENT_NOUNS,
    OBJECT_DEPS,
    Candidate,
    has_child,
    noun_mode,
)
from newsgraph.events.folding import fold_embedded, with_antecedent_recipients, with_reported_accusations
from newsgraph.events.kinds import adjust_kind, rioting_side
from newsgraph.events.lexicon import (
    CEASEFIRE_WORDS,
    DRILL_NOUNS,
    ENDING_VERBS,
    FUTURE_GOVERNORS,
    HYPOTHETICAL_GOVERNORS,
    NEGATING_GOVERNORS,
    OBJECT_CLASSES,
    SPORT_WORDS,
    VIOLENCE_WORDS,
    Trigger,
    light_verbs,
    noun_triggers,
    verb_triggers,
)
from newsgraph.events.modes import governing_chain, read_modes
from newsgraph.events.participants import (
    agent_of,
    claimed_participants,
    clause_subject,
    fill_participants,
    recipients_of,
    responsibility_claim,
    thing_acts,
)
from newsgraph.events.verbs import obligation_candidate, verb_candidate, warns_no_party
from newsgraph.records import Participant, Sector

_LODGE = {"lodge", "file", "deliver", "register", "issue"}
_QUANTITY_NOUNS = {"day", "week", "series", "wave", "round", "number", "string", "spate", "kind", "type"}
_DECLARE = frozenset(["declare", "announce", "proclaim", "observe"])  # a truce declared, not agreed (CAMEO 0871)
# Verbs that finalise an agreement (PLOVER SUPPORT, CAMEO 057): signing it, and reaching or striking it
_SIGN_VERBS = frozenset(
    ["sign", "ink", "ratify", "conclude", "seal", "finalize", "finalise", "approve", "reach", "strike", "clinch"]
)


def find_candidates(doc, resolver: ActorResolver) -> list[Candidate]:
    verbs, nouns, lights = verb_triggers(), noun_triggers(), light_verbs()
    known = known_lemmas()
    found: list[Candidate] = []
    unresolved: list[Candidate] = []
    dismissed: list[Candidate] = []  # read and judged no event: no fallback may take their place
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
            obligation_candidate(token)
            or _light_verb_candidate(token, lemma, nouns, lights)
            or verb_candidate(token, lemma, verbs)
            or _occurrence_candidate(token, lemma, nouns)
            or _travel_for_talks(token, lemma, nouns)
        )
        if candidate is None or _no_violence(candidate, sports_story, sentences):
            continue
        if candidate.addressee is not None and lemma in {"want", "wish"} and not _party_wanted(candidate, resolver):
            dismissed.append(candidate)  # "Redford wants the festival to encompass…", "we want Michael to be…"
            continue
        # "X said Y should do Z": the demand on Y is made now; the modal belongs to what is demanded
        demand_made = candidate.addressee is token and _party_asked(token, resolver)
        candidate.chain = governing_chain(candidate.verb if demand_made else token)
        candidate.modes = read_modes(candidate.chain, candidate.noun)
        if fill_participants(candidate, resolver):
            adjust_kind(candidate)
            if (
                _commercial_dealing(candidate)
                or _private_travel(candidate)
                or _permission_of_no_authority(candidate)
                or _agreeing_opinion(candidate)
            ):
                dismissed.append(candidate)
                continue
            if sports_story and _sporting(token.sent, True, sentences) and not _political_party(candidate):
                dismissed.append(candidate)  # "Italy hit back", "Wales threatened further scores": teams
                continue
            found.append(candidate)
            found += rioting_side(candidate)
        else:
            (dismissed if thing_acts(candidate) else unresolved).append(candidate)
    for candidate in _subject_event_nouns(doc, noun_ids, nouns, found + unresolved + dismissed):
        if _no_violence(candidate, sports_story, sentences):
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
    for candidate in _talks_before(doc, noun_ids, nouns, found + unresolved + dismissed):
        candidate.chain = governing_chain(candidate.verb)
        candidate.modes = read_modes(candidate.chain, candidate.noun)
        if fill_participants(candidate, resolver) and candidate.recipients:
            found.append(candidate)
    _add_joiners(doc, found, resolver)
    found += _stated_intents(intent_words, found + unresolved + dismissed, resolver)
    for candidate in _noun_fallbacks(doc, noun_ids, found + unresolved + dismissed, nouns):
        if _no_violence(candidate, sports_story, sentences):
            continue
        claimed = claimed_participants(candidate, resolver)  # "Hamas claimed responsibility for the attack"
        (found if claimed else unresolved).append(candidate)
    kept = fold_embedded(found + _actorless_fallbacks(found, unresolved))
    with_antecedent_recipients(kept)
    return with_reported_accusations(kept, resolver)


_COMMERCIAL = frozenset([Sector.BUS, Sector.MED])


def _commercial_dealing(c: Candidate) -> bool:
    """Firms agreeing, offering or negotiating among themselves ("Ford agreed with Mazda to form a company",
    "airlines must offer compensation"): commerce, not the political interaction PLOVER codes."""
    dealing = c.kind in {"AGREE", "CONSULT"} or (c.kind == "SUPPORT" and c.mode == "agreement")
    firms = bool(c.actors) and all(p.sector in _COMMERCIAL for p in c.actors)
    # the other side a firm too, or a name of no known kind ("a joint venture with Rade Koncar")
    return (
        dealing
        and firms
        and all(p.sector in _COMMERCIAL or not (p.sector or p.country or p.code) for p in c.recipients)
    )


# Sectors whose travel is a visit between political actors (CAMEO 042)
_POLITICAL = frozenset(
    {Sector.GOV, Sector.MIL, Sector.COP, Sector.JUD, Sector.LEG, Sector.IGO, Sector.NGO, Sector.REB, Sector.OPP}
    | {Sector.REL}  # a pope's or patriarch's visit
)


def _private_travel(c: Candidate) -> bool:
    """ "She toured Europe", "Europeans travelling to the UK", "he travelled Iraq to film": a trip, not a
    visit between political actors (CAMEO 042), when no traveller is an office, a state or a bloc."""
    if c.kind != "CONSULT" or c.mode != "visit" or c.verb.lemma_.lower() not in {"travel", "tour"} or not c.actors:
        return False
    return not any(p.code or p.sector in _POLITICAL or (p.sector is None and _a_state(p)) for p in c.actors)


def _a_state(p: Participant) -> bool:
    return p.country is not None and country_of_text(p.name) == p.country


def _party_wanted(c: Candidate, resolver: ActorResolver) -> bool:
    """ "wants Erdogan to release…", "would like Turkey to release…": the one wanted to act is a party."""
    clause = c.addressee
    subject = next((t for t in clause.children if t.dep_ == "nsubj"), None)
    if subject is None:
        subject = next((t for t in c.verb.children if t.dep_ in OBJECT_DEPS), None)
    return clause.lemma_ not in _STATES and _a_party(subject, resolver)


def _party_asked(clause, resolver: ActorResolver) -> bool:
    """A party is told to act ("Blair should set out…", "councils should set their taxes"), not a forecast
    ("products should appear", "it should be available") or the speaker's own resolve ("we must…")."""
    if clause.lemma_ in _STATES or any(c.dep_ == "auxpass" for c in clause.children):
        return False
    return _a_party(next((c for c in clause.children if c.dep_ == "nsubj"), None), resolver)


_NOT_PARTIES = frozenset(["i", "we", "it", "this", "that", "they", "you"])
# Being, feeling and knowing are no acts one can be asked for ("wants young people to feel they belong")
_STATES = frozenset(
    [
        *("be", "feel", "know", "understand", "realise", "realize", "think", "believe", "enjoy", "like", "love"),
        *("see", "learn", "remember", "care", "belong", "worry", "fear", "hope", "wonder", "seem"),
    ]
)


def _a_party(token, resolver: ActorResolver) -> bool:
    """Someone who can be asked to act: of a country, a bloc or a sector, not "we" or "it"."""
    if token is None or token.lower_ in _NOT_PARTIES:
        return False
    party = resolver.resolve(token)
    return party is not None and bool(party.country or party.code or party.sector)


_LINE_BREAKS = re.compile(r"\s*\n\s*")


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

    return hashes(INTENT_ADJECTIVES | INTENT_NOUNS), hashes(noun_triggers())


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


def _stated_intents(words: list, candidates: list[Candidate], resolver: ActorResolver) -> list[Candidate]:
    """ "Vietnam is committed to opening up its economy", "India expressed its willingness to cooperate": a
    stated readiness to act (an adjective, or a noun one expresses) is a promise (AGREE, CAMEO 03) even when
    the act itself is not in the lexicon (when it is, it folds in)."""
    governed = {t.i for c in candidates for t in c.chain}
    found = []
    for token in words:
        stated = token.lower_ in INTENT_NOUNS and _stated_will(token)  # "expressed its readiness to…"
        # "is willing to" (adjective) or "is committed to" (often parsed as a passive verb)
        if not stated and (token.lower_ not in INTENT_ADJECTIVES or token.dep_ not in {"acomp", "ROOT", "ccomp"}):
            continue
        complements = {"xcomp", "prep", "acl"} if stated else {"xcomp", "prep"}
        if token.i in governed or not any(c.dep_ in complements and _to_complement(c) for c in token.children):
            continue
        clause = token.head if token.dep_ in {"acomp", "dobj"} else token
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


_EXPRESSING = frozenset(["express", "voice", "reaffirm", "reiterate", "signal", "show", "confirm", "declare"])


def _stated_will(noun) -> bool:
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _EXPRESSING


def _to_complement(child) -> bool:
    """ "willing to talk" (xcomp or acl with "to") or "committed to opening" (prep "to" + gerund)."""
    if child.dep_ in {"xcomp", "acl"}:
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


_POLITICAL_SECTORS = frozenset(
    [Sector.GOV, Sector.MIL, Sector.COP, Sector.JUD, Sector.LEG, Sector.IGO, Sector.REB, Sector.OPP]
)


def _authority(p: Participant) -> bool:
    """A state (a country with no sector), a government, an army, a court, a legislature or a bloc."""
    return p.sector in _POLITICAL_SECTORS or bool(p.code) or bool(p.country and not p.sector)


def _permission_of_no_authority(c: Candidate) -> bool:
    """ "Skype allows people to make free calls", "he did not allow his success to go to his head": only an
    authority lets others act in the sense of CAMEO 08."""
    if c.kind != "CONCEDE" or c.word.lemma_.lower() not in {"allow", "permit", "let"}:
        return False
    return not any(_authority(p) for p in c.actors)


def _agreeing_opinion(c: Candidate) -> bool:
    """ "Analysts agree that the net is altering TV", "a strategist agreed that sales were stronger": sharing
    a view, not an agreement. A state, a government or a bloc agreeing that something be done still agrees."""
    if c.kind != "AGREE" or c.word.lemma_.lower() != "agree" or not has_child(c.word, {"ccomp"}):
        return False
    return not any(_authority(p) for p in c.actors)


def _political_party(c: Candidate) -> bool:
    """A government, army, court or bloc among the parties: in a game, a country's name is its team."""
    return any(p.sector in _POLITICAL_SECTORS or p.code for p in c.actors + c.recipients)


# What cameras shoot: "the film was shot in Morocco", "shooting on period drama Tulip Fever"
_FILMED = frozenset(
    [
        *("film", "movie", "drama", "series", "scene", "episode", "video", "production", "documentary"),
        *("footage", "sequel", "picture", "advert", "commercial", "show", "pilot", "clip", "feature", "photo"),
    ]
)


def _no_violence(c: Candidate, sports_story: bool, sentences: dict[int, set[str]]) -> bool:
    """A game ("Chelsea beat Arsenal", "a neat strike") or a film shoot ("the film was shot in Morocco")."""
    return (c.kind == "ASSAULT" and _sporting(c.word.sent, sports_story, sentences)) or _filming(c)


def _filming(c: Candidate) -> bool:
    """A shooting of a film, a scene or a video: cameras, not guns."""
    if c.kind != "ASSAULT" or c.word.lemma_.lower() not in {"shoot", "shooting", "film"}:
        return False
    near = list(c.word.children)
    near += [g for t in near if t.dep_ == "prep" and t.lower_ in {"on", "of", "for"} for g in t.children]
    subject, passive = clause_subject(c.word) if c.noun is None else (None, False)
    subjects = [t for t in subject.head.children if t.dep_ in {"nsubj", "nsubjpass"}] if passive else []
    things = [t for t in near if t.dep_ in {"dobj", "pobj", "nsubjpass"}] + subjects  # "co-productions": 3 tokens
    return any(t.lemma_.lower() in _FILMED or t.lower_ in _FILMED for t in things)


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
        *("arm", "demand", "resignation", "suit"),  # "spurring on more demand": the economists' demand
        *("understanding", "assurance", "undertaking", "blessing"),  # "a better understanding of the market"
        # "lived up to his promise", "her fourth collaboration with the director": with a light verb only
        *("promise", "pledge", "collaboration", "grant", "dialogue", "torture", "onslaught", "censure"),
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
            if lemma == "warning" and warns_no_party(token, verb):
                continue  # "issued a warning about the new virus": a forecast
            if lemma == "representation" and not _diplomatic_protest(token, verb.lemma_.lower()):
                continue  # "won representation in parliament"
            trigger = _event_noun(token, nouns)[1]
            if trigger is None:
                continue  # refused in context: "put on a show", "make free calls"
            if lemma == "strike":  # "a hunger strike", "a strike over pay": no air strike
                compound = _event_noun(token, nouns)[1]
                compound = compound if compound is not None and compound.kind == "PROTEST" else None
                if compound is not None or _labour_context(sentence):
                    mode = compound.mode if compound is not None else "strike"
                    trigger = Trigger(kind="PROTEST", mode=mode, recipient=trigger.recipient)
            c = Candidate(trigger=trigger, word=token, verb=verb, kind=trigger.kind, mode=trigger.mode, noun=token)
            c.chain = governing_chain(verb)
            c.modes = read_modes(c.chain, token)
            if responsibility_claim(token) is not None:  # "no group has claimed responsibility for the attack"
                c.modes.negated = c.modes.hypothetical = False  # the doubt is about who, not whether
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
        trigger = _event_noun(token, nouns)[1] if lemma in nouns else None  # read in context ("a boycott of talks")
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
    if lemma == "strike" and any(c.lower_ in _LABOUR_STRIKES for c in noun.children):
        return noun, Trigger(
            kind="PROTEST", mode="hunger" if any(c.lower_ == "hunger" for c in noun.children) else "strike"
        )
    if lemma == "call" and any(c.lower_ in {"phone", "telephone"} for c in noun.children):
        return noun, Trigger(kind="CONSULT", mode="phone", recipient=("with", "to"), symmetric=True)
    if lemma == "show" and not any(
        g.lemma_.lower() in _MIGHT for p in noun.children if p.lower_ == "of" for g in p.children
    ):
        return noun, None  # "a show of force" (CAMEO 150); "the band put on a show" is none
    if lemma == "call" and not _call_for_something(noun):
        return noun, None  # "make free PC-based calls to other users": telephone calls, no appeal
    drill = lemma in DRILL_NOUNS and any(c.lower_ in {"war", "military", "naval"} for c in noun.children)
    joint = lemma in _JOINT_ACTIONS and any(c.lower_ == "joint" for c in noun.children)
    if drill or (joint and (lemma in DRILL_NOUNS or _by_forces(noun))):
        return noun, Trigger(kind="COOPERATE", mode="military", recipient=("with",), symmetric=True)
    if lemma in {"control", "curb", "restriction"} and any(c.lower_ in {"export", "import"} for c in noun.children):
        return noun, Trigger(kind="SANCTION", mode="embargo", recipient=("on", "against", "to"))  # "export controls"
    if lemma in {"alert", "level", "readiness"} and _military_alert(noun):  # "raised its military alert level"
        return noun, Trigger(kind="MOBILIZE", mode="military", recipient=("along", "near", "on"))
    if lemma in {"presence", "security", "strength"} and _armed_modifier(noun):  # "increased its military presence"
        return noun, Trigger(kind="MOBILIZE", mode="military", recipient=("in", "along", "near", "on"))
    if lemma == "boycott" and _of_talks(noun, nouns):  # "the opposition's boycott of talks with the government"
        return noun, Trigger(kind="REJECT", mode="meet", recipient=("with",))
    if lemma == "law" and any(c.lower_ == "martial" for c in noun.children):
        return noun, Trigger(kind="COERCE", mode="restrict", recipient=("on", "in"))  # CAMEO 1724
    if lemma in nouns:
        return noun, nouns[lemma]
    of = (
        next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        if lemma in _QUANTITY_NOUNS or lemma == "state"
        else None
    )
    if of is not None:  # "10 days of war games", "a series of attacks", "a state of emergency"
        inner = next((g for g in of.children if g.dep_ == "pobj"), None)
        if inner is not None:
            return _event_noun(inner, nouns)
    if lemma in _UNIT_HEADS:
        return noun, None  # "a carrier strike group", "an attack helicopter": a kind of unit, not an event
    for child in noun.children:
        if child.dep_ == "compound" and child.lemma_.lower() in nouns:
            return child, nouns[child.lemma_.lower()]
    return noun, None


_UNIT_HEADS = frozenset(
    ["group", "force", "team", "unit", "squad", "aircraft", "helicopter", "rifle", "jet", "plane", "capability"]
)


_CLOSING = frozenset(["end", "conclude", "wrap", "finish", "complete"])
# "a nationwide strike", "a 24-hour strike": workers', not an air strike
_LABOUR_STRIKES = frozenset(
    {"hunger", "general", "labour", "labor", "nationwide", "national", "24-hour", "48-hour", "one-day", "two-day"}
    | {"rail", "teachers", "workers", "doctors", "nurses", "miners", "postal"}
)
_MIGHT = frozenset(["force", "strength", "power", "might"])
_JOINT_ACTIONS = DRILL_NOUNS | {"operation", "patrol"}  # "a joint operation against drug traffickers"


def _by_forces(noun) -> bool:
    """A joint operation of armed forces or police ("troops launched a joint operation"), not of firms."""
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    words = {t.lemma_.lower() for t in noun.subtree}
    words |= {t.lemma_.lower() for t in subject.subtree} if subject is not None else set()
    return bool(words & _FORCE_WORDS)


_FORCE_WORDS = frozenset(OBJECT_CLASSES["forces"]) | {"navy", "military", "naval", "coastguard", "guard"}


def _taken_part_in(verb, lemma: str) -> list:
    """What the verb says its subject took part in ("participated in the talks", "took part in the protest")."""
    if lemma == "be":  # "the emir is on a state visit to Britain"
        on = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children if g.dep_ == "pobj"]
        return [g for g in on if g.lemma_.lower() in {"visit", "tour", "trip", "mission"}]
    if lemma == "participate":
        holders = [verb]
    elif lemma == "take" and has_child(verb, OBJECT_DEPS, {"part"}):
        holders = [verb, *(c for c in verb.children if c.dep_ in OBJECT_DEPS and c.lower_ == "part")]
    else:
        return []
    return [
        g
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _call_for_something(noun) -> bool:
    """ "calls for a ceasefire", "a call on Israel to withdraw", "a call to end the strike"."""
    asks = any(p.dep_ == "prep" and p.lower_ in {"for", "on"} for p in noun.children)
    return asks or any(c.dep_ in {"acl", "relcl"} and has_child(c, {"aux"}, {"to"}) for c in noun.children)


def _military_alert(noun) -> bool:
    """A forces' alert ("military alert level", "highest state of combat readiness"); not "e-mail alerts"."""
    words = {c.lower_ for c in noun.subtree}
    if noun.lemma_.lower() == "level" and "alert" not in words:
        return False
    return bool(words & {"military", "combat", "army", "troops", "forces", "nuclear"})


def _armed_modifier(noun) -> bool:
    """ "military presence", "naval presence"; for "security": a verb of reinforcing ("beefed up security")."""
    armed = any(c.lower_ in {"military", "naval", "troop", "army", "police"} for c in noun.children)
    return armed or (noun.lemma_.lower() == "security" and noun.head.lemma_.lower() in {"beef", "tighten", "step"})


def _diplomatic_protest(noun, lemma: str) -> bool:
    """ "lodged / made solemn representations with Tokyo": a state's formal protest (CAMEO 114)."""
    return lemma in _LODGE or has_child(noun, {"amod"}, {"stern", "solemn", "strong", "serious", "formal"})


def _signed_deal(noun) -> bool:
    """ "signed a ceasefire agreement", "signed the truce": a document, signed."""
    return noun.lemma_.lower() in CEASEFIRE_WORDS or any(t.lemma_.lower() in _DEAL_WORDS for t in noun.subtree)


_DEAL_WORDS = frozenset(["agreement", "deal", "accord", "pact", "treaty", "armistice"])


def _light_verb_candidate(token, lemma: str, nouns, lights) -> Candidate | None:
    joined = _taken_part_in(token, lemma)  # "took part in joint manoeuvres", "participated in the talks"
    if not joined and not any(lemma in words for words in lights.values()):
        return None  # only light verbs carry an event noun
    if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return None  # "carried out an attack"; "a man carrying a bomb" attacks no one
    for child in joined or token.children:
        if child.dep_ not in OBJECT_DEPS | {"nsubjpass"} and not joined:
            continue
        for noun in [child, *child.conjuncts]:
            noun, trigger = _event_noun(noun, nouns)
            if trigger is None:
                continue
            if joined and trigger.kind == "ASSAULT" and noun.lemma_.lower() == "strike":
                trigger = Trigger(kind="PROTEST", mode="strike")  # "workers could take part in a strike"
            if trigger.kind == "PROTEST" and (lemma in ENDING_VERBS or has_child(token, {"prt"}, {"off"})):
                calm = Trigger(kind="CONCEDE", mode=None)  # "would suspend street protests", "ended their sit-in"
                return Candidate(trigger=calm, word=noun, verb=token, kind="CONCEDE", mode=None, noun=noun)
            if trigger.kind == "SANCTION" and trigger.mode == "embargo" and lemma in ENDING_VERBS:
                eased = Trigger(kind="RETREAT", mode="ease", recipient=trigger.recipient)  # "ended its arms embargo"
                return Candidate(trigger=eased, word=noun, verb=token, kind="RETREAT", mode="ease", noun=noun)
            if noun.lemma_.lower() in CEASEFIRE_WORDS and lemma in _DECLARE:  # "declared a truce": a de-escalation
                trigger = Trigger(kind="RETREAT", mode="ceasefire", recipient=trigger.recipient)
                return Candidate(trigger=trigger, word=token, verb=token, kind="RETREAT", mode="ceasefire", noun=noun)
            ended_visit = trigger.mode == "visit" and lemma in _CLOSING  # "ended a four-day visit": it took place
            if noun.lemma_.lower() == "representation" and not _diplomatic_protest(noun, lemma):
                continue  # "made representations to the court", "won representation in parliament"
            if noun.lemma_.lower() == "protest" and lemma in _LODGE:  # "lodged a protest with Albania"
                trigger = Trigger(kind="ACCUSE", mode="complain", recipient=("with", "to", "against", "over"))
            elif trigger.kind == "CONSULT" and lemma in lights.get("SANCTION-CONSULT", ()) and not ended_visit:
                trigger = Trigger(kind="SANCTION", mode="negotiate", recipient=trigger.recipient)
            elif lemma not in lights.get(trigger.kind, ()) and not ended_visit and not joined:
                continue
            if noun.lemma_.lower() == "operation" and trigger.kind == "ASSAULT" and not _military(noun):
                continue
            if noun.lemma_.lower() == "warning" and warns_no_party(noun, token):
                continue  # "issued a warning about the new virus"
            kind, mode = trigger.kind, noun_mode(noun, trigger.mode)
            if kind == "AGREE" and lemma in _SIGN_VERBS and (mode == "agreement" or _signed_deal(noun)):
                kind, mode = "SUPPORT", "agreement"  # the crosswalk puts signing (057) under SUPPORT, truces too
            elif kind == "AGREE" and any(t.lower_ in CEASEFIRE_WORDS for t in noun.subtree):
                mode = "ceasefire"
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
    if lemma not in _CAUSE_VERBS and lemma not in _OCCURRENCE_VERBS and lemma not in {"take", "come"}:
        return None
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    took_place = lemma == "take" and any(o.lower_ == "place" for o in objects)
    # "an amnesty for fighters came into force", "a unilateral ceasefire declared by the rebels took effect"
    in_force = (lemma == "take" and any(o.lower_ == "effect" for o in objects)) or (
        lemma == "come"
        and any(g.lower_ in {"force", "effect"} for p in token.children if p.lower_ == "into" for g in p.children)
    )
    if not (took_place or in_force or lemma in _CAUSE_VERBS or (lemma in _OCCURRENCE_VERBS and not objects)):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    noun, trigger = _event_noun(subject, nouns)
    if in_force and noun.lemma_.lower() in CEASEFIRE_WORDS and _declared(noun):
        truce = Trigger(kind="RETREAT", mode="ceasefire", recipient=())
        return Candidate(trigger=truce, word=noun, verb=token, kind="RETREAT", mode="ceasefire", noun=noun)
    if trigger is None or trigger.kind == "AGREE" or (noun.lemma_.lower() == "operation" and not _military(noun)):
        return None  # "the truce began": the agreement was made before, not here
    return Candidate(trigger=trigger, word=noun, verb=token, kind=trigger.kind, mode=trigger.mode, noun=noun)


def _of_talks(noun, nouns) -> bool:
    """ "a boycott of talks / of the summit": of a meeting, not of French goods."""
    of = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(getattr(nouns.get(g.lemma_.lower()), "kind", None) == "CONSULT" for g in of)


def _declared(noun) -> bool:
    """ "a ceasefire declared by the rebels", "a unilateral truce": declared by one side, not agreed."""
    one_sided = any(c.lower_ == "unilateral" for c in noun.children)
    return one_sided or any(c.dep_ == "acl" and c.lemma_.lower() in _DECLARE for c in noun.children)


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
