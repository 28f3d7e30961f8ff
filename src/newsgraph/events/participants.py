"""Who acts and who is acted upon in a candidate's clause: the subject (through control, conjunction
and relative clauses), the passive agent, the recipient slots of the trigger and, failing them, the nearest
participant deeper in the clause. Tokens become participants through :class:`ActorResolver`."""

from __future__ import annotations

from newsgraph.events.actors import GROUP_NOUNS, ActorResolver, capitals, participant_key, sector_of
from newsgraph.events.candidate import MODE_FROM_WORD, OBJECT_DEPS, Candidate, has_child, noun_mode
from newsgraph.events.lexicon import (
    ISSUING_VERBS,
    MUTUAL_VERBS,
    OBJECT_CLASSES,
    PEOPLE_NOUNS,
    SPEECH_VERBS,
    light_verbs,
    noun_triggers,
    verb_triggers,
)
from newsgraph.events.modes import PREVENTING, first_conjunct, is_condition
from newsgraph.lexicon.countries import country_names
from newsgraph.lexicon.roles import NOMINAL_HEADS, PERSON_GENERIC_HEADS
from newsgraph.records import Participant, Sector

_HARM_VERBS = {"kill", "injure", "wound", "die", "destroy", "damage", "hit"}


_RELATIVE = {"which", "that", "who", "whom"}


_NOUN_ACTOR_PREPS = {"between", "by", "among"}


_NOUN_RECIPIENT_PREPS = {"against", "on", "with"}


_ACTED_ON = frozenset(["ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN"])


_CLASH_NOUNS = frozenset(["clash", "gunfight", "firefight", "shootout", "skirmish", "fighting"])


def _claimed_by(noun):
    """ "an attack claimed by al-Qaeda": who claims it carried it out."""
    for clause in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "claim"):
        agent = agent_of(clause)
        if agent is not None:
            return agent
    return None


def _prep_object(token, word: str):
    """The object of ``token``'s preposition ``word`` ("an attack by rebels" -> rebels), or None."""
    prep = next((p for p in token.children if p.dep_ == "prep" and p.lower_ == word), None)
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None


_TRANSFER = ("COOPERATE", "legal")


def _for_whom_by_to(c: Candidate, prep) -> bool:
    """ "the Pope's visit to Iraq", "aid to Ethiopia was suspended": here "to" names whom the act is for."""
    if prep.lower_ != "to":
        return False
    return (
        (c.kind == "CONSULT" and c.mode == "visit")
        or c.kind == "AID"
        or (c.kind, c.mode) in {("SANCTION", "aid"), ("SANCTION", "embargo"), _TRANSFER}  # "extradition of X to the US"
    )


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
        elif (child.lower_ in _NOUN_RECIPIENT_PREPS or of_target or _for_whom_by_to(c, child)) and not c.recipients:
            c.recipients = resolver.resolve_all(pobj) or _party_within(pobj, resolver)
            by = _prep_object(pobj, "by") if of_target and not c.actors else None
            if by is not None:  # "the expulsion of 40 diplomats by Germany", "by" hung on the diplomats
                c.actors = resolver.resolve_all(by)
    # "sanctions against Belarus were tightened by the EU"; not "sanctions were criticised by Russia" (an act of its own)
    verb = c.verb.lemma_.lower()
    enacted = c.word.i == c.verb.i or verb not in verb_triggers() or verb in light_verbs().get(c.kind, ())
    agent = agent_of(c.verb) if noun.dep_ == "nsubjpass" and enacted else None
    if not c.actors and agent is not None:
        c.actors = resolver.resolve_all(agent)
    if not c.actors:
        _enacted_by(c, resolver)
    if not c.actors:
        modifiers = [m for m in noun.children if m.dep_ in {"amod", "compound", "poss"} and m.i < noun.i]
        c.actors = [p for m in modifiers if (p := resolver.resolve(m)) is not None and (p.country or p.code)]
    if agent is not None and not c.recipients:  # "sanctions were imposed on Myanmar by the US"
        c.recipients = _for_whom(c, c.verb, resolver)
    _drop_actors_from_recipients(c)
    return bool(c.actors)


def _enacted_by(c: Candidate, resolver: ActorResolver) -> None:
    """ "A unilateral ceasefire declared by Philippine rebels took effect", "sanctions imposed by the EU on
    Belarus came into force": the party that put the measure in place, and whom it is on."""
    enacted = next((a for a in c.noun.children if a.dep_ == "acl" and a.lemma_.lower() in _ENACTING), None)
    by = agent_of(enacted) if enacted is not None else None
    if by is None:
        return
    c.actors = resolver.resolve_all(by)
    # the parser hangs "on Belarus" on the measure's verb or on its agent
    on = [o for h in (enacted, by) for w in ("on", "against") if (o := _prep_object(h, w)) is not None]
    if on and not c.recipients:
        c.recipients = resolver.resolve_all(on[0])


# Verbs by which a party puts a measure in place ("a ceasefire declared by the rebels", "sanctions imposed by
# the EU"); not "a summit chaired by the prime minister"
_ENACTING = frozenset(["declare", "announce", "proclaim", "impose", "introduce", "order", "issue", "grant"])


def fill_participants(c: Candidate, resolver: ActorResolver) -> bool:
    verb = c.verb
    if c.noun is not None and c.noun.dep_ in {"nsubj", "nsubjpass"} and c.noun.head.i == verb.i:
        return _noun_participants(c, resolver)
    if c.addressee is not None:
        speaker, _ = clause_subject(verb)
        subject = next((t for t in c.addressee.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None and c.addressee.dep_ == "xcomp":  # "would like Turkey to release…"
            subject = next((t for t in verb.children if t.dep_ in OBJECT_DEPS), None)
        c.actors = (
            (resolver.resolve_all(speaker) or _unresolved_actor(speaker, resolver)) if speaker is not None else []
        )
        c.recipients = resolver.resolve_all(subject) if subject is not None else []
        if c.actors and not c.recipients and c.verb.lemma_.lower() == "call" and _is_infinitive(c.addressee):
            # "called for an independent body to be set up to monitor UK immigration": still an appeal by the
            # speaker, to whomever the rest of the clause names
            c.recipients = recipients_of(c, resolver, set())
            return True
        keys = {participant_key(p) for p in c.actors}
        return bool(c.actors and c.recipients) and all(participant_key(p) not in keys for p in c.recipients)
    if _drawn_reaction(c, resolver):
        return True
    subject, passive = clause_subject(verb)
    passive = passive or verb.lemma_.lower() == "die"  # "died in a Taliban ambush": the subject suffered it
    agent = agent_of(verb)
    if passive:
        weapon = _weapon_mode(agent) if agent is not None and c.kind == "ASSAULT" else None
        if weapon is not None:  # "blown up by a missile (fired by rebels)": the weapon tells how, not who
            owned = [p for p in resolver.resolve_all(agent) if p.country or p.code]  # "by Russian artillery"
            c.mode, agent = weapon, _firer(agent)
            c.actors = owned if agent is None else c.actors
        if agent is not None:
            c.actors = resolver.resolve_all(agent)
        elif verb.lemma_.lower() in _EXPELLING and not c.actors:
            c.actors = _expelling_country(verb, resolver)  # "refugees were deported from Iran": Iran deported them
        elif ((c.kind == "COERCE" and c.mode in _HELD) or (c.kind, c.mode) == _CONVICTION) and not c.actors:
            c.actors = _authorities_of_place(verb, resolver)  # "a Canadian was arrested in Lebanon": by Lebanon
        elif c.kind == "ASSAULT" and not c.actors:
            c.actors = _actor_from_cause(verb, resolver)
            c.mode = c.mode or _cause_mode(verb)
        elif verb.lemma_.lower() == "summon" and not c.actors and _prep_object(verb, "to") is not None:
            c.actors = resolver.resolve_all(_prep_object(verb, "to"))  # "summoned to the Iranian foreign ministry"
        elif c.kind == "MOBILIZE" and subject is not None and not c.actors:
            c.actors = resolver.resolve_all(subject)  # "troops were put on alert": the forces mobilize
        if subject is not None and c.noun is None and c.kind != "MOBILIZE":  # "troops were sent": what, not whom
            c.recipients = resolver.resolve_all(subject) or _for_whom(c, subject, resolver)
    elif subject is not None:
        c.actors = resolver.resolve_all(subject) or _parties_of_event_noun(subject, resolver)
        if not c.actors:
            c.actors = _claimants(subject, resolver)  # "X claimed responsibility for the bombing that killed…"
            if c.actors and c.kind == "ASSAULT":
                c.mode = c.mode or noun_mode(subject, None)
    if _participle(verb) and not any(p.country or p.code for p in c.actors):
        c.actors = []  # "…, reinforcing a view that…": a participle's borrowed subject must be someone known
    elif not c.actors:
        c.actors = _unresolved_actor(agent if passive else subject, resolver)
    if not c.actors:
        return _actorless(c, subject, passive, resolver)
    exclude = {p.country for p in c.actors if p.country}
    if not c.recipients and c.noun is not None and c.noun.dep_ in OBJECT_DEPS and (c.kind, c.mode) == _TRANSFER:
        c.recipients = _transferred_to(c.noun, resolver)  # "ordered the extradition of X to the US": the US receives
    if not c.recipients:
        c.recipients = _acted_on_by_of(c, resolver) or recipients_of(c, resolver, exclude)
    _drop_actors_from_recipients(c)
    if c.kind == "CONSULT":
        _not_at_home(c, resolver)
    if c.mode == "mediate":  # "Norway facilitated talks between the government and the rebels": not Norway's
        for p in c.recipients:
            if resolver.guessed(p) and p.country in exclude:
                p.country = None
    if c.word.lemma_.lower() == "receive" and c.kind != "CONSULT":  # "received weapons from X": X gives
        c.actors, c.recipients = c.recipients, c.actors
        if not c.actors:
            return False
    official = any(p.sector == Sector.GOV or _is_state(p) for p in c.actors)
    if c.kind == "PROTEST" and c.mode == "demo" and official and c.word.lemma_.lower() != "walk":
        c.kind, c.mode = "ACCUSE", "complain"  # a government "protests" in words (a walkout is a deed)
    elif c.kind == "PROTEST" and c.mode == "obstruct" and official:
        c.kind, c.mode = "COERCE", "restrict"  # a state blocking access restricts; it does not protest
    return True


_DRAWING_VERBS = frozenset(["draw", "attract", "prompt", "spark", "provoke", "earn"])


def _drawn_reaction(c: Candidate, resolver: ActorResolver) -> bool:
    """ "Israel's bombardment of Gaza drew condemnation from Turkey": the "from" side criticises the doer
    (the subject, or the owner of the subject's act). Without a "from", nobody in particular reacted."""
    if c.noun is None or c.noun.dep_ not in OBJECT_DEPS or c.verb.lemma_.lower() not in _DRAWING_VERBS:
        return False
    source = _prep_object(c.noun, "from") or _prep_object(c.verb, "from")  # "from Turkey" hung on either
    subject, _ = clause_subject(c.verb)
    c.actors = resolver.resolve_all(source) if source is not None else []
    if subject is not None:
        doer = resolver.resolve_all(subject)
        if not doer and subject.lemma_.lower() in noun_triggers():
            doer = [p for m in subject.children if m.dep_ == "poss" if (p := resolver.resolve(m)) is not None]
        c.recipients = doer or _parties_of_event_noun(subject, resolver)
    _drop_actors_from_recipients(c)
    return True


def _drop_actors_from_recipients(c: Candidate) -> None:
    actor_keys = {participant_key(p) for p in c.actors}
    c.recipients = [p for p in c.recipients if participant_key(p) not in actor_keys]


def _not_at_home(c: Candidate, resolver: ActorResolver) -> None:
    """ "The minister visited Beijing": a visitor to a capital is no host, so a country guessed from the
    story's one country named (the capital visited) is not the visitor's. A tour of cities ("visits
    Manchester, Liverpool…") is often at home, so only capitals count."""
    places = [t for t in c.verb.subtree if t.dep_ in {"dobj", "pobj"} and t.text in capitals()]
    hosts = {found.country for t in places if (found := resolver.resolve(t)) is not None and found.country}
    for p in c.actors:
        if p.country in hosts and resolver.guessed(p):
            p.country = None


def _acted_on_by_of(c: Candidate, resolver: ActorResolver) -> list[Participant]:
    """ "ordered the expulsion of the US ambassador", "announced the arrest of two Britons": the event noun's
    "of" names whom it is done to."""
    if c.noun is None or c.kind not in _ACTED_ON or c.noun.dep_ not in OBJECT_DEPS:
        return []
    of = next((p for p in c.noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return [p for p in resolver.resolve_all(pobj) if p.country or p.code] if pobj is not None else []


def _participle(verb) -> bool:
    """An -ing clause hung on the main clause ("…, accusing the US of…") or a conjunct of one."""
    verb = first_conjunct(verb)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not has_child(verb, {"aux", "nsubj", "mark"})


def participial_adjunct(verb) -> bool:
    """ "…, blaming militants for the assault": an -ing clause set off by a comma tells the main clause's
    subject's own act, even where the parser hangs it on an infinitive ("asked X to hand over…, blaming")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _transferred_to(noun, resolver: ActorResolver) -> list[Participant]:
    """The "to" of a hand-over noun, on it or on its "of" object ("the extradition of a suspect to the US")."""
    for prep in (t for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "to"):
        if prep.head.i == noun.i or (prep.head.dep_ == "pobj" and prep.head.head.head.i == noun.i):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                found = [p for p in resolver.resolve_all(pobj) if p.country or p.code]
                if found:
                    return found
    return []


def _for_whom(c: Candidate, thing, resolver: ActorResolver) -> list[Participant]:
    """ "Aid to Ethiopia was suspended", "sanctions against Iran were lifted": the acted-on thing's phrase
    names the recipient."""
    for prep in thing.children:
        if prep.dep_ != "prep" or not (prep.lower_ in {"against", "on"} or _for_whom_by_to(c, prep)):
            continue
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            found = [p for p in resolver.resolve_all(pobj) if p.country or p.code]
            if found:
                return found
    return []


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


_CLAIM_VERBS = frozenset(["claim", "accept", "take", "admit", "acknowledge", "bear"])


def responsibility_claim(noun):
    """The verb of "claimed / took responsibility for <noun>", or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    blame = noun.head.head
    claim = blame.head
    if blame.lemma_.lower() not in {"responsibility", "credit"} or claim.lemma_.lower() not in _CLAIM_VERBS:
        return None
    return claim


def _claimants(noun, resolver: ActorResolver) -> list[Participant]:
    """ "The Taliban claimed responsibility for the bombing that killed…": who claims the act did it."""
    claim = responsibility_claim(noun) if noun.lemma_.lower() in noun_triggers() else None
    if claim is None:
        return []
    claimant, passive = clause_subject(claim)
    return resolver.resolve_all(claimant) if claimant is not None and not passive else []


def claimed_participants(c: Candidate, resolver: ActorResolver) -> bool:
    """An event noun whose responsibility someone claims: the claimant acts, the noun's phrases name the rest."""
    actors = _claimants(c.noun, resolver) if c.noun is not None else []
    if not actors:
        return False
    c.actors = actors
    _noun_participants(c, resolver)
    return True


def _unresolved_actor(subject, resolver: ActorResolver) -> list[Participant]:
    """A nominal subject of no known country ("a terror group", "the court") still acts: an actor
    coded "---", as the gold standards do, rather than no event."""
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.lower_ in _RELATIVE:
        return []
    if subject.lemma_.lower() in noun_triggers():  # "the attack killed…": a cause, handled as actorless harm
        return []
    if not _agent(subject):  # "technology stocks have given up gains", "the new storefront will offer…"
        return []
    phrase = subject.doc[subject.left_edge.i : subject.i + 1]
    return [Participant(name=phrase.text, span=resolver.span_of(subject))]


# Heads of phrases that name people or bodies of people (those of a role or sector are found by sector_of)
_AGENT_HEADS = frozenset(
    [
        *PEOPLE_NOUNS,
        *NOMINAL_HEADS,
        *PERSON_GENERIC_HEADS,
        *GROUP_NOUNS,
        *("company", "firm", "council", "committee", "board", "agency", "authority", "ministry", "department"),
        *("union", "association", "federation", "coalition", "alliance", "bloc", "state", "country", "government"),
        *("administration", "county", "city", "town", "municipality", "province", "region", "club", "team"),
        *("family", "relative", "crowd", "mob", "gang", "owner", "employee", "staff", "lawyer", "attorney"),
        *("candidate", "peer", "congressman", "congresswoman", "member", "group", "body", "panel", "commission"),
        *("bank", "institute", "university", "school", "hospital", "church", "parliament", "assembly", "court"),
        *("dozen", "hundred", "thousand", "million", "scores", "majority", "minority", "public", "voter"),
        *("side", "camp", "delegation", "mission", "regime", "junta", "force", "fighter", "militant", "rebel"),
        *("rescuer", "driver", "victim", "fan", "player", "rider", "survivor", "witness", "suspect", "investigator"),
        *("critic", "campaigner", "opponent", "supporter", "backer", "rival", "analyst", "expert", "observer"),
        *("parent", "teacher", "doctor", "nurse", "patient", "pupil", "citizen", "taxpayer", "consumer", "customer"),
        *("cardinal", "bishop", "archbishop", "priest", "imam", "rabbi", "cleric", "pope", "monk", "nun"),
        *("charity", "campaign", "lobby", "watchdog", "regulator", "inspector", "auditor", "tribunal", "jury"),
        *("politician", "maker", "policymaker", "legislator", "economist", "banker", "investor", "trader"),
        # documents and laws speak, demand and forbid for their authors ("the resolution calls on Israel…")
        *("report", "statement", "communique", "declaration", "letter", "resolution", "law", "bill", "decree"),
        *("treaty", "agreement", "accord", "charter", "constitution", "ruling", "verdict", "order", "motion"),
        *("plan", "proposal", "initiative", "programme", "program", "roadmap", "blueprint", "deal", "pact"),
    ]
)
# Names of things rather than of people or bodies ("Apropos of Nothing", "Tinder Passport", "Christmas")
_THING_ENTS = frozenset(["PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "FAC", "MONEY", "DATE", "TIME"])


def thing_acts(c: Candidate) -> bool:
    """ "Technology stocks have given up gains", "the storefront will offer brands": a thing as the doer
    makes the verb no event at all, not even one of unknown parties. Attacks are left alone: weapons,
    shells and bombs do kill."""
    if c.kind == "ASSAULT" or c.noun is not None:  # an event noun tells its own event ("two days of talks")
        return False
    subject, passive = clause_subject(c.verb)
    if subject is None or passive or subject.pos_ != "NOUN" or subject.lemma_.lower() in noun_triggers():
        return False
    return not _agent(subject)


def _agent(subject) -> bool:
    """Whether an unresolved subject can act in an event: a name (not of a thing), or a common noun of
    people or of a body of people. PLOVER events are between political actors; stocks, bids, reports,
    storefronts and brownouts are none."""
    if subject.pos_ == "PROPN":
        return subject.ent_type_ not in _THING_ENTS
    if subject.ent_type_ in {"NORP", "PERSON", "ORG", "GPE"}:  # "Gibraltarians rejected the plans"
        return True
    lemma = subject.lemma_.lower()
    if lemma in OBJECT_CLASSES["weapons"]:  # "a missile hit a building in Kyiv": fired by someone unnamed
        return True
    return lemma in _AGENT_HEADS or subject.lower_ in _AGENT_HEADS or sector_of([lemma, subject.text]) is not None


def _actorless(c: Candidate, subject, passive: bool, resolver: ActorResolver) -> bool:
    """Harm with an unnamed perpetrator ("three civilians were killed in a car bombing", "a roadside
    bombing killed a soldier") is still coded, with its victims and no actor."""
    if passive and subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
        # "Sanctions were imposed on Iran", "the envoy was expelled": done by someone unnamed, to someone named.
        if not c.recipients:
            c.recipients = recipients_of(c, resolver, set(), deep=False)  # the passive subject is the recipient
        return bool(c.recipients)
    if c.kind not in {"ASSAULT", "COERCE"} or c.noun is not None:
        return False
    cause = subject is not None and not passive and subject.lemma_.lower() in noun_triggers()
    if not (passive or cause):
        return False
    if not c.recipients:
        c.recipients = recipients_of(c, resolver, set(), deep=False)  # the passive subject is the recipient
    return bool(c.recipients)


def _is_state(p: Participant) -> bool:
    """A country or capital named as such ("Iran protested"), not its people ("Iraqi Kurds")."""
    name = p.name.removeprefix("the ")
    return p.country is not None and p.sector is None and (name in country_names() or name in capitals())


def _subject_read_as_adverb(verb):
    """ "Sweden suspended aid to Tanzania": the small parser can hang a short sentence's named subject on
    the finite verb as an adverbial (npadvmod); a name before the verb is still its subject."""
    bare_root = verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not has_child(verb, {"aux", "auxpass"})
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} and not bare_root:  # the same slip tags the verb VBN
        return None
    return next(
        (
            c
            for c in verb.lefts
            if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ in {"GPE", "ORG", "PERSON", "NORP"}
        ),
        None,
    )


def _party_within(thing, resolver: ActorResolver) -> list[Participant]:
    """ "an embargo on deliveries of weapons to Liberia": the party the acted-on thing goes to or belongs to."""
    for prep in (p for p in thing.children if p.dep_ == "prep" and p.lower_ in {"to", "of", "for", "against"}):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            found = [q for q in resolver.resolve_all(g) if q.country or q.code]
            if found:
                return found
    return []


_HELPING = frozenset(["help", "assist", "support", "rebuild", "reconstruct", "stabilise", "stabilize", "feed"])


def _helped(verb) -> list:
    """ "would provide 500 million euros to help rebuild eastern Ukraine": whom the aid's purpose helps."""
    found = []
    for clause in (c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in _HELPING):
        steps = [clause, *(x for x in clause.children if x.dep_ in {"xcomp", "ccomp"} and x.lemma_.lower() in _HELPING)]
        found += [o for step in steps for o in step.children if o.dep_ in OBJECT_DEPS]
    return found


def _left_place(c: Candidate, target, resolver: ActorResolver) -> list[Participant]:
    """ "pulled troops out of positions around South Ossetia": a withdrawal leaves the place's country."""
    if c.kind != "RETREAT":
        return []
    preps = (p for p in target.children if p.dep_ == "prep" and p.lower_ in {"in", "around", "near", "inside", "along"})
    found = [q for p in preps for g in p.children if g.dep_ == "pobj" for q in resolver.resolve_all(g)]
    return [q for q in found if q.country or q.code]


def _visiting(prep):
    """ "talks with visiting Thai Prime Minister Chuan Leekpai": the parser reads "visiting" as a verb."""
    gerund = next((g for g in prep.children if g.dep_ == "pcomp" and g.lower_ == "visiting"), None)
    return next((o for o in gerund.children if o.dep_ in OBJECT_DEPS), None) if gerund is not None else None


def clause_subject(verb):
    """The clause subject, climbing through xcomp (control), conj (shared subject) and relcl."""
    t, steps, controlled, gerund = verb, 0, False, False
    while steps < 6:
        for child in _with_subject_on_aux(t):
            if child.dep_ in {"nsubj", "nsubjpass"}:
                # "X is scheduled to attend": X attends (active) unless the infinitive is itself passive.
                passive = _own_passive(verb) if controlled or gerund else child.dep_ == "nsubjpass"
                if t.i != verb.i and any(c.dep_ in {"auxpass", "agent"} for c in verb.children):
                    passive = True  # "…, were released by Putin": a shared subject, a passive verb of its own
                if t.i == verb.i and _elided_passive(verb):
                    passive = True  # "a soldier was killed and two others wounded": "were" left out
                if child.lower_ in _RELATIVE and t.dep_ == "relcl":
                    return t.head, passive
                return child, passive
        slipped = _subject_read_as_adverb(t)
        if slipped is not None:
            return slipped, False
        if t.dep_ == "xcomp" and t.head.lemma_.lower() not in _INSTRUMENT_VERBS:
            obj = next((c for c in t.head.children if c.dep_ in OBJECT_DEPS), None)
            if obj is not None:  # "urged Russia to withdraw": the object acts; "used tear gas to…" does not
                return obj, False
        # advcl: "…, accusing the US of failing…" and "to…" clauses share the main clause's subject
        if t.dep_ in {"xcomp", "conj", "acomp"} or (t.dep_ == "advcl" and (_is_infinitive(t) or _participle(t))):
            controlled = controlled or t.dep_ == "xcomp"
            # "asked Islamabad to hand over suspects, blaming militants": the asker blames, not Islamabad
            above = t.head.head if participial_adjunct(t) and t.head.dep_ == "xcomp" else t.head
            t, steps = above, steps + 1  # acomp: "Syria is willing to withdraw"
            continue
        if t.dep_ == "relcl":
            return t.head, False
        if t.dep_ == "acl" and _is_infinitive(t):
            owner = next((c for c in t.head.children if c.dep_ == "poss"), None)
            if owner is not None:  # "China's decision to impose sanctions": China imposes them
                return owner, False
        if t.dep_ == "acl" and t.tag_ == "VBD" and t.i == verb.i and has_child(t, OBJECT_DEPS):
            return _subject_above(t), False  # "troops backed by gunships killed 25 militants": a finite verb misparsed
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.i == verb.i and _someone(t.head):
            return t.head, False  # "reports of Turkish troops shelling Kurdish positions": the noun does it
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ in {"NOUN", "PROPN"}:
            return t.head, True  # "refugees expelled from Kuwait": a reduced passive; the noun is the patient
        if t.dep_ == "pcomp" and t.head.lower_ == "from" and t.head.head.lemma_.lower() in PREVENTING:
            kept = next((c for c in t.head.head.children if c.dep_ in OBJECT_DEPS), None)
            if kept is not None:  # "prevented protesters from marching": the protesters would have marched
                return kept, False
        quoted = _quoted_as_saying(t)
        if quoted is not None:  # "RIA quoted Peskov as saying…": Peskov says it, not RIA
            return quoted, False
        if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.head.pos_ in {"VERB", "AUX"}:
            # "responded by sending troops", "was jailed for insulting the king": the same subject acts
            t, steps, gerund = t.head.head, steps + 1, True
            continue
        if t.dep_ == "acl" and t.head.dep_ in OBJECT_DEPS:
            # "has no plan to attack", "made an attempt to seize": an infinitive on the object is the subject's
            if t.head.head.lemma_.lower() not in ISSUING_VERBS and not _is_infinitive(t):
                return t.head, False  # "blocked an EU statement criticising China": the statement speaks
            t, steps = t.head.head, steps + 1  # "issued a declaration demanding…": the issuer speaks
            continue
        return None, False
    return None, False


_INSTRUMENT_VERBS = frozenset(["use", "employ", "deploy", "fire", "launch", "send"])


def _quoted_as_saying(verb):
    """The person an outlet "quoted … as saying" (or "cited … as saying")."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.head.lemma_.lower() not in {"quote", "cite"}:
        return None
    return next((c for c in verb.head.head.children if c.dep_ in OBJECT_DEPS), None)


_EXPELLING = frozenset(["deport", "expel"])
_HELD = frozenset(["arrest", "detain"])
_CONVICTION = ("ACCUSE", "convict")  # "convicted of espionage in Moscow": by Russia's courts


def _authorities_of_place(verb, resolver: ActorResolver) -> list[Participant]:
    """Who arrests someone in a country with no one named: that country's authorities."""
    for prep in (t for t in verb.children if t.dep_ == "prep" and t.lower_ == "in"):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            found = resolver.resolve(place)
            if found is not None and found.country and found.sector in {None, Sector.GOV} and not found.code:
                return [found]
    return []


def _expelling_country(verb, resolver: ActorResolver) -> list[Participant]:
    source = _prep_object(verb, "from")
    found = resolver.resolve(source) if source is not None else None
    return [found] if found is not None and found.country and found.entity else []


def _someone(noun) -> bool:
    """A noun that can do things: a name, or people ("troops", "protesters"); not "a statement calling on…"."""
    if noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in PEOPLE_NOUNS or sector_of([noun.lemma_]) is not None)


def _subject_above(verb):
    """The nearest subject up the tree from a finite verb the parser hung on a noun."""
    t = verb.head
    for _ in range(5):
        if t.dep_ in {"nsubj", "nsubjpass"}:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _with_subject_on_aux(verb) -> list:
    """The verb's dependents; the small model sometimes hangs the subject on the auxiliary instead
    ("Egypt and Qatar are mediating": "Egypt" under "are")."""
    children = list(verb.children)
    for aux in (c for c in children if c.dep_ in {"aux", "auxpass"}):
        children += [g for g in aux.children if g.dep_ in {"nsubj", "nsubjpass"}]
    return children


def _elided_passive(verb) -> bool:
    """A bare participle conjoined to a passive, with its own subject and no auxiliary."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not has_child(verb, {"aux", "auxpass"})
        and has_child(verb.head, {"auxpass"})
    )


def _own_passive(verb) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ != "xcomp")


def _is_infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def agent_of(verb):
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
                weapon = noun.lemma_.lower() in MODE_FROM_WORD or noun.lemma_.lower() in OBJECT_CLASSES["weapons"]
                if noun.dep_ == "pobj" and (weapon or (trigger is not None and trigger.kind == "ASSAULT")):
                    for mod in noun.children:
                        if mod.dep_ in {"amod", "compound", "poss"} and mod.i < noun.i:
                            found = resolver.resolve(mod)
                            if found is not None and found.country:
                                return [found]
                    by = _prep_object(noun, "by") or _claimed_by(noun)  # "wounded in an attack by rebels"
                    if by is None and noun.lemma_.lower() in _CLASH_NOUNS:
                        by = _prep_object(noun, "with")  # "died in a gunfight with militants": the other side
                    if by is not None:
                        return resolver.resolve_all(by) or _unresolved_actor(by, resolver)
    return _actor_of_the_occasion(verb, resolver)


_FIRING = frozenset(["fire", "shoot", "shell", "open", "attack", "strike", "bomb", "raid", "storm", "ambush"])


def _actor_of_the_occasion(verb, resolver: ActorResolver) -> list[Participant]:
    """ "Three soldiers were wounded when Pakistani troops fired across the border": the clause that tells
    when the harm came names who did it, if it says they used force."""
    # the small model hangs the clause on a conjoined harm as often ("was killed and two others wounded when…")
    heads = [verb, *verb.conjuncts]
    for clause in (c for h in heads for c in h.children if c.dep_ == "advcl" and c.lemma_.lower() in _FIRING):
        if any(m.lower_ in {"when", "as", "after"} for m in clause.children if m.dep_ in {"advmod", "mark"}):
            subject = next((t for t in clause.children if t.dep_ == "nsubj"), None)
            found = resolver.resolve_all(subject) if subject is not None else []
            if any(p.country or p.code for p in found):
                return found
    return []


def _firer(weapon):
    """ "a missile fired by pro-Russia rebels": who used the weapon, if the text says."""
    for clause in (c for c in weapon.children if c.dep_ == "acl"):
        agent = agent_of(clause)
        if agent is not None:
            return agent
        for inner in (g for g in clause.children if g.dep_ in {"xcomp", "ccomp"}):  # "believed to be fired by"
            agent = agent_of(inner)
            if agent is not None:
                return agent
    return None


def _weapon_mode(noun) -> str | None:
    lemma = noun.lemma_.lower()
    if lemma in MODE_FROM_WORD:
        return MODE_FROM_WORD[lemma]
    return "heavy-weapons" if lemma in OBJECT_CLASSES["weapons"] else None


def _cause_mode(verb) -> str | None:
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "by"}:
            for noun in prep.children:
                mode = MODE_FROM_WORD.get(noun.lemma_.lower()) or noun_mode(noun, None)
                if mode:
                    return mode
    return None


def recipients_of(c: Candidate, resolver: ActorResolver, exclude: set[str], deep: bool = True) -> list[Participant]:
    """The recipient from the trigger's slots, then (``deep``) from the rest of its clause."""
    heads = [c.verb] + ([c.noun] if c.noun is not None else [])
    heads += [o for o in c.verb.children if o.dep_ in OBJECT_DEPS and o is not c.noun]
    # "handed Hong Kong back to China", "pulled troops back from": the phrase may hang on the particle
    heads += [p for p in c.verb.children if p.dep_ in {"advmod", "prt"} and p.lower_ in {"back", "over", "out"}]
    heads += [p for p in c.verb.children if p.dep_ == "prep" and p.lower_ == "out"]  # "out of" read as prep + prep
    # "2 billion pounds in military aid to Ukraine": the recipient hangs on what the amount is
    heads += [g for o in heads[1:] for p in o.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children]
    misparsed = _misparsed_object(c.verb) or _up_to_object(c.verb)
    if misparsed is not None and "dobj" in c.trigger.recipient:  # "Merkel hosted Obama" parsed as "hosted Obama"
        found = resolver.resolve_all(misparsed, exclude)
        if found:
            return found
    deterred = _deterred(c.verb) if c.kind == "MOBILIZE" else None  # "… to the peninsula to deter North Korea"
    found = resolver.resolve_all(deterred, exclude) if deterred is not None else []
    asked = _asked_from(heads[1:]) if c.kind == "REQUEST" else None  # "the extradition of X from Japan"
    found = found or (resolver.resolve_all(asked, exclude) if asked is not None else [])
    if found:
        return found
    object_class = OBJECT_CLASSES.get(c.trigger.objects or "", {})
    for slot in c.trigger.recipient:
        for head in heads:
            for child in head.children:
                target = None
                if slot == "dobj" and child.dep_ in OBJECT_DEPS and head is c.verb and c.noun is None:
                    if child.lemma_.lower() not in object_class or c.trigger.objects == "people":
                        target = c.verb.head if child.lower_ in _RELATIVE and c.verb.dep_ == "relcl" else child
                elif slot == "dative" and child.dep_ == "dative":
                    target = child
                elif child.dep_ in {"prep", "dative"} and child.lower_ == slot:  # spaCy tags some "to" dative
                    target = next((g for g in child.children if g.dep_ == "pobj"), None) or _visiting(child)
                if target is not None and not (c.noun is not None and target.i == c.noun.i):  # "is on a visit"
                    found = resolver.resolve_all(target, exclude)
                    if not any(p.country or p.code for p in found):  # "the soldiers that Chad sent": Chad's
                        found = _whose_thing(target, resolver, exclude) or _left_place(c, target, resolver) or found
                    if found:
                        return found
    if c.kind == "AID" or c.mode == "aid":  # "pledged 500 million euros in humanitarian aid for Syrian refugees"
        for head in heads[1:]:
            for prep in (p for p in head.children if p.dep_ == "prep" and p.lower_ == "for"):
                found = [q for g in prep.children if g.dep_ == "pobj" for q in resolver.resolve_all(g, exclude)]
                if any(q.country or q.code for q in found):
                    return found
        found = [q for t in _helped(c.verb) for q in resolver.resolve_all(t, exclude) if q.country or q.code]
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
    if c.kind == "THREATEN":  # "said it would retaliate against the US": whom the act is aimed at
        found = [
            p for t in _aimed_at_in_statement(c.verb) for p in resolver.resolve_all(t, exclude) if p.country or p.code
        ]
        if found:
            return found
    if c.kind == "THREATEN":  # "threatened to stop talks if the United States goes ahead": the US is warned
        found = [
            p for t in _condition_subjects(c.verb) for p in resolver.resolve_all(t, exclude) if p.country or p.code
        ]
        if found or c.verb.lemma_.lower() in SPEECH_VERBS - {"warn"}:
            return found  # "said Moscow would take countermeasures": not Moscow (a warning's addressee may be)
    if c.kind in _HOSTILE_KINDS and _has_plain_object(c):
        return []  # "beat migrants at the border with Bosnia": the migrants, of no known country, were beaten
    if c.kind in _HOSTILE_KINDS:
        aimed_at = _purpose_object(c.verb)
        found = resolver.resolve_all(aimed_at, exclude) if aimed_at is not None else []
        if found:
            return found
    return _deep_recipient(c, resolver, exclude) if deep else []


_HOSTILE_KINDS = frozenset(["ASSAULT", "COERCE"])


def _whose_thing(thing, resolver: ActorResolver, exclude: set[str]) -> list[Participant]:
    """The party behind a thing acted on: "rejected a plea by the company", "condemned measures taken by
    some EU countries"."""
    # "urged the lifting of restrictions imposed … by the government of Belarus": through an "of" phrase too
    things = [thing, *(g for p in thing.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
    holders = [*things, *(c for t in things for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    for by in (p for h in holders for p in h.children if p.dep_ in {"prep", "agent"} and p.lower_ == "by"):
        found = [q for g in by.children if g.dep_ == "pobj" for q in resolver.resolve_all(g, exclude)]
        if any(q.country or q.code for q in found):
            return found
    # "praised the 2,000 soldiers that Chad sent": the party whose act the thing is
    for clause in (c for t in things for c in t.children if c.dep_ == "relcl" and has_child(c, {"dobj"})):
        doer = next((g for g in clause.children if g.dep_ == "nsubj"), None)
        found = resolver.resolve_all(doer, exclude) if doer is not None and doer.pos_ == "PROPN" else []
        if any(q.country or q.code for q in found):
            return found
    return []


_DETERRING = frozenset(["deter", "intimidate", "confront", "counter", "warn", "pressure", "threaten"])


_HANDOVERS = frozenset(["extradition", "handover", "return", "release", "repatriation", "deportation", "transfer"])


def _asked_from(objects):
    """ "requested the extradition of former president Fujimori from Japan": whom a handover is asked of."""
    for obj in objects:
        if obj.lemma_.lower() not in _HANDOVERS:  # not "the withdrawal of Indian troops from the glacier"
            continue
        whom = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
        for prep in (p for w in whom for p in w.children if p.dep_ == "prep" and p.lower_ == "from"):
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _deterred(verb):
    """ "deployed a carrier group to the Korean peninsula to deter North Korea": whom the show of force is for."""
    for clause in verb.children:
        purpose = clause.dep_ in {"advcl", "xcomp"} and has_child(clause, {"aux"}, {"to"})
        if purpose and clause.lemma_.lower() in _DETERRING:
            return next((o for o in clause.children if o.dep_ == "dobj"), None)
    return None


def _purpose_object(verb):
    """ "fired tear gas to disperse protesters": force used for an aim falls on the aim's object."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and has_child(clause, {"aux"}, {"to"}):
            return next((o for o in clause.children if o.dep_ == "dobj"), None)
    return None


def _has_plain_object(c: Candidate) -> bool:
    """The trigger verb's own direct object is a noun of people (its recipient, whatever its country)."""
    if c.noun is not None or "dobj" not in c.trigger.recipient:
        return False
    for obj in (o for o in c.verb.children if o.dep_ == "dobj"):
        if obj.ent_type_ == "PERSON" or obj.lemma_.lower() in PEOPLE_NOUNS:
            return True
    return False


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


_DOMESTIC_KINDS = frozenset(["COERCE", "PROTEST", "CONCEDE"])  # done in one's own country to its government or people


# Police, courts, parliaments, protesters, residents and rebels named without a country are almost always
# of the country they act in (foreign ones are named: "US troops"). Armies and officials are left out: they
# travel, and a misplaced palace ("Windsor Castle" read as Windsor, Ontario) would make a queen Canadian.
LOCAL_SECTORS = frozenset([Sector.COP, Sector.JUD, Sector.LEG, Sector.OPP, Sector.CVL, Sector.REB])


_LOCATION_PREPS = frozenset(["in", "at", "near", "inside", "outside", "across", "into", "along"])


_DEEP_LIMIT = 4
# Past that depth only a chain of objects and their phrases is followed ("threatened a resumption of air
# raids on Iranian towns"); places and clauses that far down name where or why, not whom.
_NOMINAL_CHAIN = frozenset(["dobj", "pobj", "prep", "amod", "compound", "poss", "nmod"])
_CHAIN_LIMIT = 2


def _deep_recipient(c: Candidate, resolver: ActorResolver, exclude: set[str]) -> list[Participant]:
    """No recipient in the trigger's own slots: the nearest participant with a country or bloc code in
    the rest of its clause ("demanded that the US cancel…", "threatened further action against Russia",
    "promised to continue military aid to Mozambique"), breadth-first, the subject side excluded."""
    mutual = c.verb.lemma_.lower() in MUTUAL_VERBS  # "exchanged fire near…": with each other, not the place
    if (c.trigger.symmetric or mutual) and len(c.actors) >= 2:
        return []
    actor_keys = {participant_key(p) for p in c.actors}
    actor_roles = {(p.country, p.sector) for p in c.actors}  # the same country's other side may act on it
    actor_countries = {p.country for p in c.actors}
    local_actor = any(p.country is None and p.code is None and p.sector in LOCAL_SECTORS for p in c.actors)
    frontier = [(t, False) for t in c.verb.children if t.dep_ not in _NOT_RECIPIENT_DEPS or _protesters_aim(c, t)]
    if c.noun is not None and c.noun.head.i == c.verb.i:  # "launched strikes on cities in Ukraine": the event
        frontier += [(t, False) for t in c.noun.children if t.dep_ not in _NOT_RECIPIENT_DEPS]  # noun's own phrase
    for depth in range(_DEEP_LIMIT + _CHAIN_LIMIT):
        following = []
        for token, located in frontier:
            if token.dep_ == "prep" and token.lower_ in _NOT_RECIPIENT_PREPS:
                continue
            if depth >= _DEEP_LIMIT and (located or not _object_chain(token, c.verb)):
                continue
            located = located or (token.dep_ == "prep" and token.lower_ in _LOCATION_PREPS)
            plain_compound = token.dep_ == "compound" and token.pos_ == "NOUN"  # "a state visit": no party
            if token.pos_ in {"NOUN", "PROPN"} and not plain_compound:
                found = [
                    p
                    for p in resolver.resolve_all(token)
                    if (p.country or p.code)
                    and participant_key(p) not in actor_keys
                    # the same country's other side may act on it; a protest's or curfew's place is whom it is on
                    and ((p.country, p.sector) not in actor_roles or (located and c.kind in _DOMESTIC_KINDS))
                    # "surrendered in a Ugandan town" is where; "imposed a curfew in Algiers" is on whom;
                    # "police stepped up patrols in Paris": police of no named country are there, not acting on it
                    and not (
                        located and (p.country in actor_countries or local_actor) and c.kind not in _DOMESTIC_KINDS
                    )
                ]
                if found:
                    c.distant_recipient = True
                    return found
            # A complement clause's own subject is a candidate ("demanded that the US cancel…").
            # …not in "struck what New Delhi called a camp in Pakistan", where the namer is no party to the act
            complement = token.dep_ in {"ccomp", "xcomp"} and not has_child(token, OBJECT_DEPS, {"what"})
            skip = _NOT_RECIPIENT_DEPS - {"nsubj", "nsubjpass"} if complement else None
            following += [(t, located) for t in token.children if t.dep_ not in (skip or _NOT_RECIPIENT_DEPS)]
        frontier = following
    return []


def _object_chain(token, verb) -> bool:
    """Every step from the verb down to ``token`` is an object or a phrase of one."""
    while token.i != verb.i and token.dep_ in _NOMINAL_CHAIN:
        token = token.head
    return token.i == verb.i


def _condition_subjects(verb) -> list:
    """Subjects of "if/unless" clauses on the verb or on the clause it governs."""
    heads = [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "ccomp"})]
    clauses = [clause for h in heads for clause in h.children if is_condition(clause)]
    return [s for clause in clauses for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"}]


def _aimed_at_in_statement(verb) -> list:
    """ "said Russia would retaliate against the United States": the objects of "against"/"on" in a stated
    act (the statement's own clause, not the say-verb's slots)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    acts = [t for c in clauses for t in (c, *(x for x in c.children if x.dep_ in {"xcomp", *OBJECT_DEPS}))]
    preps = [p for a in acts for p in a.children if p.dep_ == "prep" and p.lower_ in {"against", "on"}]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def _protesters_aim(c: Candidate, clause) -> bool:
    """ "went on hunger strike to demand the resignation of the Algerian president", "marched … demanding
    an end to military rule": what a protest demands names whom it is against."""
    return (
        c.kind == "PROTEST" and clause.dep_ == "advcl" and (has_child(clause, {"aux"}, {"to"}) or clause.tag_ == "VBG")
    )


def _up_to_object(verb):
    """ "kidnapped up to 16 Russian advisers" parsed as the particle "up" and "to 16 … advisers"."""
    for up in (c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"):
        for to in (p for p in up.children if p.dep_ == "prep" and p.lower_ == "to"):
            for noun in (g for g in to.children if g.dep_ == "pobj" and has_child(g, {"nummod"})):
                return noun
    return None


def _misparsed_object(verb):
    """ "Merkel hosted Obama" parsed as "hosted Obama" (amod): the head noun is the object."""
    return verb.head if verb.dep_ == "amod" and verb.head.i > verb.i else None
