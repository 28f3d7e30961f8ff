"""Candidates that belong together: an event embedded under an intent or speech act folds into it
("agreed to send", "threatened to attack"), a promised cooperative act becomes an AGREE, a reported
attack by another party implies the speaker's accusation, and a reaction to the act just told ("condemned
the raid") is aimed at its doers."""

from __future__ import annotations

from newsgraph.events.actors import ActorResolver, participant_key
from newsgraph.events.candidate import INTENT_ADJECTIVES, THREAT_KINDS, Candidate, acts_jointly
from newsgraph.events.lexicon import EMBEDDING_KINDS, Trigger, noun_triggers
from newsgraph.events.modes import first_conjunct, governing_chain, read_modes, speech_ancestor
from newsgraph.events.participants import clause_subject, participial_adjunct
from newsgraph.events.tables import PLOVER_TYPES
from newsgraph.records import Sector

_SPECULATIVE = {"could", "might", "may", "can", "ca"}


_COMPLEMENT_DEPS = {"xcomp", "ccomp", "pcomp", "advcl", "acl", "dobj", "pobj", "prep"}


_FUTURE_TO_AGREE = {"SUPPORT", "AID", "COOPERATE", "CONCEDE", "RETREAT"}


_HOSTILE = frozenset(["ASSAULT", "COERCE", "THREATEN"])
_TIME_PREPS = frozenset(["after", "following", "during"])  # an event they place others by has happened


# "claimed that X attacked": the attack is only the claim's content, not a second event.
_ALLEGING = frozenset(["claim", "allege", "charge", "contend"])


def with_reported_accusations(candidates: list[Candidate], resolver: ActorResolver) -> list[Candidate]:
    """ "The US said that Iraq had attacked Kuwait": telling that another party used force is an
    accusation (CAMEO 112) by the speaker against that party, besides the reported attack itself
    (but "claimed that" keeps only the accusation)."""
    accusations, alleged = [], set()
    taken = {c.verb.i for c in candidates if c.kind == "ACCUSE"}
    for c in candidates:
        if c.kind not in _HOSTILE or not c.modes.reported or c.modes.negated or c.actorless:
            continue
        top = first_conjunct(c.chain[-1])
        speech = speech_ancestor(top)
        if speech is None or speech.i in taken or not (top.dep_ == "ccomp" and top.head.i == speech.i):
            continue  # only what the speaker states ("said that X attacked"), not "…, he said, after X attacked"
        if speech.i > top.i:
            continue  # "X fired rockets, the Israeli army said": a source cited for a fact, not an accusation
        subject, _ = clause_subject(speech)
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
        if speech.lemma_.lower() in _ALLEGING:
            alleged.add(id(c))
    return [c for c in candidates if id(c) not in alleged] + accusations


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


def fold_embedded(found: list[Candidate]) -> list[Candidate]:
    """Drop events embedded under an intent/speech-act event and give the latter a mode."""
    by_verb = {c.verb.i: c for c in found}
    kept = []
    for c in found:
        if _restates(c, by_verb):
            if c.verb.dep_ == "advcl":  # "condemned the attack, blaming Pakistan-based militants"
                _lend_recipients(by_verb[c.verb.head.i], c)
            continue
        if _charge(c, by_verb):
            continue
        governor = _embedding_governor(c, by_verb)
        if governor is None:
            kept.append(c)
        else:
            vowed = c.verb.head.i == governor.verb.i  # "vowed to attack"; not "agreed to share intelligence to fight…"
            if governor.kind == "AGREE" and c.kind in THREAT_KINDS and vowed and not c.modes.negated:
                governor.kind = "THREATEN"  # vowing to attack is a threat, not an agreement
            if governor.mode is None:
                governor.mode = _EMBEDDED_MODE.get((governor.kind, c.kind))
            _lend_recipients(governor, c)
    for c in kept:
        # A cooperative act someone says they will do, or means to do, is a promise (AGREE); a plain
        # "the US will supply arms" stays the act itself, marked future, as a planned meeting does.
        said_will = c.modes.future or c.modes.modal in {"would", "'d"}  # "said it would cooperate"
        promised = c.modes.intent or (said_will and c.modes.reported and not c.modes.negated)
        offers_talks = (
            c.kind == "CONSULT"
            and any(  # "ready to talk"; not "prepared (verb) to attend"
                t.lower_ in INTENT_ADJECTIVES and t.pos_ == "ADJ" for t in c.chain[1:]
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


def _charge(c: Candidate, by_verb: dict[int, Candidate]) -> bool:
    """ "was arrested for collaborating with Israel", "jailed for spying", "suspected of sheltering rebels":
    what someone is held, punished or suspected for is the charge, not an event the text reports as done."""
    verb = c.verb
    if verb.dep_ != "pcomp" or verb.head.lower_ not in {"for", "of"}:
        return False
    if verb.head.lower_ == "of":  # "villages suspected of sheltering rebels", "convicted of spying"
        return verb.head.head.lemma_.lower() in _SUSPECTING
    holder = by_verb.get(verb.head.head.i)
    return holder is not None and holder.kind in {"COERCE", "SANCTION", "ACCUSE"}


# ("accused of" is not here: it folds under its ACCUSE, which takes the charge's recipient)
_SUSPECTING = frozenset(["suspect", "charge", "convict", "guilty", "allege", "acquit"])


def _lend_recipients(governor: Candidate, c: Candidate) -> None:
    """The party acted on, named only by the embedded or restating clause, is the event's ("agreed to send
    troops to Mali"); not when the governor's actors act with each other ("the two sides agreed")."""
    joint = governor.trigger.symmetric and len(governor.actors) >= 2
    # a party the governor found only deep in its clause yields to the one the embedded act names itself
    found_deep = governor.distant_recipient and c.recipients and not c.distant_recipient
    if (not governor.recipients or found_deep) and not joint and not acts_jointly(governor):
        keys = {participant_key(p) for p in governor.actors}
        lent = [p for p in c.recipients if participant_key(p) not in keys]
        if lent:
            governor.recipients, governor.distant_recipient = lent, c.distant_recipient


def _restates(c: Candidate, by_verb: dict[int, Candidate]) -> bool:
    """ "meet in Zurich to discuss", "attacked…, killing eight": the same event told twice in a clause."""
    if c.verb.dep_ not in {"advcl", "xcomp", "conj"} or c.verb.head.i == c.verb.i:
        return False
    if c.verb.dep_ != "xcomp" and any(t.dep_ in {"nsubj", "nsubjpass"} for t in c.verb.children):
        return False  # "Israeli jets struck Gaza and Hamas fired rockets", "… while Ukraine shelled Donetsk"
    governor = by_verb.get(c.verb.head.i)
    # "signed a defence pact, pledging to assist one another": the pact (SUPPORT 057 by its trigger, AGREE)
    return governor is not None and c.kind in {governor.kind, governor.trigger.kind}


def _embedding_governor(c: Candidate, by_verb: dict[int, Candidate]) -> Candidate | None:
    """The intent/speech-act event whose complement holds ``c``: "agreed to send", "threatened to
    attack", "accused X of attacking", "demanded an admission that forces murdered…"."""
    if c.noun is not None and c.noun.dep_ == "pobj" and c.noun.head.lower_ in _TIME_PREPS:
        return None  # "agreed to pull troops out, after talks with Sarkozy": the talks were held, on their own
    t = first_conjunct(c.verb)
    for _ in range(5):
        if t.dep_ not in _COMPLEMENT_DEPS or t.head.i == t.i:
            return None
        if t.dep_ in {"advcl", "acl", "relcl"} and any(
            m.dep_ in {"mark", "advmod"} and m.lower_ != "for" for m in t.lefts
        ):
            return None  # "since Moscow launched…", "when they attacked": a clause of its own ("for X to…" is not)
        if participial_adjunct(t):
            return None  # "asked Islamabad to hand over suspects, blaming militants": an act of its own
        head = t.head
        governor = by_verb.get(head.i)
        # the trigger's kind too: "ordered the ambassador to leave" became an expulsion, still an order
        embeds = governor is not None and EMBEDDING_KINDS.intersection({governor.kind, governor.trigger.kind})
        if embeds and governor is not c:
            return governor
        t = head
    return None


# Reactions to an earlier act that take its doer as their party: "Damascus condemned the raid"
_REACTING_KINDS = frozenset(["ACCUSE", "REJECT", "SUPPORT", "PROTEST"])
_DEFINITE = frozenset(["the", "this", "that", "these", "those"])
# "…, but the rebels rejected the offer": what was put to them, by whoever just offered, asked or conceded it
_PROPOSALS = frozenset(["proposal", "offer", "plan", "initiative", "idea", "suggestion", "overture"])
_PROPOSED_KINDS = frozenset(["REQUEST", "AGREE", "CONCEDE", "RETREAT", "AID", "COOPERATE", "CONSULT"])
_ANY_ACT = frozenset(["move", "decision", "step", "action"])  # "China condemned the move": whatever was just done
_EVERY_KIND = frozenset(PLOVER_TYPES)


def with_antecedent_recipients(candidates: list[Candidate]) -> None:
    """ "US helicopters attacked a farm near Abu Kamal, and Damascus condemned the raid": a reaction to "the"
    act told just before (same or previous sentence, same kind) is aimed at that act's doers."""
    nouns = noun_triggers()
    for c in candidates:
        if c.recipients or c.kind not in _REACTING_KINDS or c.derived or acts_jointly(c):
            continue
        act = _definite_event_object(c, nouns)
        if act is None:
            continue
        lemma = act.lemma_.lower()
        kinds = _PROPOSED_KINDS if lemma in _PROPOSALS else _EVERY_KIND if lemma in _ANY_ACT else {nouns[lemma].kind}
        since = _previous_sentence_start(c.word.sent)
        earlier = [
            a
            for a in candidates
            if since <= a.word.i < c.word.i  # ``word.sent`` walks the parse: compare token indices instead
            and kinds.intersection({a.kind, a.trigger.kind})
            and any(p.country or p.code or p.sector for p in a.actors)  # "police": a country from the place, later
        ]
        if not earlier:
            continue
        nearest = max(earlier, key=lambda a: a.word.i)  # candidates come in finding order, not text order
        keys = {participant_key(p) for p in c.actors}
        c.recipients = [p for p in nearest.actors if participant_key(p) not in keys]
        c.distant_recipient = True


def _definite_event_object(c: Candidate, nouns):
    """ "condemned the raid", "protested against the arrests", "rejected the offer": an act named with a
    definite article (reached only when the recipient search found no party: an owner, "by" or a national
    adjective would have given one)."""
    holders = [c.verb, *([c.noun] if c.noun is not None else [])]
    objects = [o for h in holders for o in h.children if o.dep_ in {"dobj", "nsubjpass"} and o is not c.noun]
    objects += [
        g
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in {"against", "over", "of"}
        for g in p.children
        if g.dep_ == "pobj"
    ]
    for obj in objects:
        known = obj.lemma_.lower() in nouns or obj.lemma_.lower() in _PROPOSALS | _ANY_ACT
        if known and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in obj.children):
            return obj
    return None


def _previous_sentence_start(sentence) -> int:
    doc = sentence.doc
    return doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
