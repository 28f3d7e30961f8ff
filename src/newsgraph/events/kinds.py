"""Kinds and modes that depend on what the candidate turned out to be: its modes ("will not give" refuses,
"will blockade" threatens), its complement ("ordered the paper to suspend publication" coerces, "threatened
with military action"), and its participants (forces against protesters repress; protesters who wreck riot)."""

from __future__ import annotations

from itertools import pairwise

from newsgraph.events.candidate import OBJECT_DEPS, THREAT_KINDS, Candidate, has_child, has_object
from newsgraph.events.lexicon import CEASEFIRE_WORDS, DRILL_NOUNS, OBJECT_CLASSES, PEOPLE_NOUNS, TRADE_WORDS, Trigger
from newsgraph.events.modes import is_condition
from newsgraph.records import Sector

_THREAT_MODALS = {"will", "would", "'ll", "shall", "wo"}

# "will not give", "would not support": refusing a cooperative act now is a REJECT (CAMEO 12), with its mode.
_REFUSED_MODE = {"AID": "aid", "CONSULT": "meet", "RETREAT": "yield", "CONCEDE": "yield"}
_COOPERATIVE = frozenset(["AGREE", "SUPPORT", "AID", "COOPERATE", "CONCEDE", "RETREAT", "CONSULT"])


_SHUTDOWN = frozenset(["suspend", "close", "shut", "stop", "halt", "cease", "disband", "dissolve", "vacate"])
_DETAINING = frozenset(["detain", "jail", "arrest", "imprison", "remand", "intern"])
_HELD = frozenset(["hold", "keep"])
_PLACES_OF_DETENTION = frozenset(["custody", "detention", "prison", "jail", "gaol", "arrest"])


# Acts of saying whose "if" clause states their terms: the offer, threat or demand is made all the same.
_TERMS_KINDS = frozenset(["AGREE", "THREATEN", "REQUEST"])


def _offered_on_terms(c: Candidate) -> bool:
    verb = c.verb
    if c.word.i != verb.i or verb.tag_ != "VBD" or c.modes.modal is not None or c.modes.intent or len(c.chain) > 1:
        return False
    return any(is_condition(t) for t in verb.children)


def _by_bombers(c: Candidate) -> bool:
    return bool(c.actors) and all("bomber" in (p.name or "").lower() for p in c.actors)


_OBSTRUCTING = frozenset(["occupy", "seize", "blockade", "block", "seal", "cordon"])


def adjust_kind(c: Candidate) -> None:
    """Kinds that depend on the modes or the complement: "will not accept" rejects; "will blockade"
    threatens; "prepared to attack" mobilises; "ordered the paper to suspend publication" coerces."""
    governors = {t.lemma_.lower() for t in c.chain[1:]}
    if c.kind in _TERMS_KINDS and c.modes.hypothetical and _offered_on_terms(c):
        c.modes.hypothetical = False  # "offered Serbia closer ties if Belgrade arrested…": the offer was made
    if c.kind == "SUPPORT" and c.mode == "agreement" and c.modes.negated and c.verb.lemma_.lower() == "reach":
        # a reached agreement is finalised (057); "failed to reach" one is no agreeing (on a ceasefire: 0356)
        truce = any(t.lower_ in CEASEFIRE_WORDS for t in c.verb.subtree)
        c.kind, c.mode = "AGREE", "ceasefire" if truce else None
    if c.kind == "THREATEN" and c.mode is None:
        c.mode = _threatened_means(c.verb)
    if c.kind == "CONSULT" and c.mode is None and _by_phone(c.verb):
        c.mode = "phone"  # "discussed grain exports in a phone call" (CAMEO 041)
    if c.kind == "COERCE" and c.word.lemma_.lower() in _OBSTRUCTING and _civilians(c):
        # "protesters occupied the airport", "farmers blockaded border crossings": a sit-in or blockade (144)
        c.kind, c.mode = "PROTEST", "obstruct"
    if c.kind == "ASSAULT" and _cbrn_weapons(c.verb):
        c.mode = "cbrn"  # "dropped chemical bombs on Halabja": weapons of mass destruction (CAMEO 204)
    elif c.kind == "ASSAULT" and c.mode in {None, "firearms"} and _kills_a_named_person(c.verb):
        c.mode = "assassinate"  # "shot dead Prime Minister Yitzhak Rabin": a specific person targeted (CAMEO 186)
    if c.kind == "ASSAULT" and _civilians(c) and _in_protest(c.verb):
        c.kind, c.mode = "PROTEST", "riot"  # "students hurled stones at the embassy in protest at…" (CAMEO 145)
    if c.kind == "PROTEST" and c.mode == "obstruct" and _state_forces(c):
        c.kind, c.mode = "COERCE", "restrict"  # "police blocked the road to the palace": no protest of theirs
    if c.kind == "COOPERATE" and c.noun is not None and _drilling_alone(c):
        c.kind, c.mode = "MOBILIZE", None  # "Russia held exercises near the border": a show of force (CAMEO 150)
    if c.kind == "COERCE" and c.mode == "restrict" and c.noun is not None and _curbs_trade_with_a_country(c.noun):
        c.kind, c.mode = "SANCTION", "embargo"  # "tightened curbs on exports to South Korea" (CAMEO 163)
    if c.kind == "ASSAULT" and c.word.lemma_.lower() == "raid" and _police_search(c):
        c.kind, c.mode = "COERCE", None  # police raiding offices search and seize; a raid on a hideout is an attack
    if c.kind == "ASSAULT" and c.word.lemma_.lower() == "bombing" and _by_armed_forces(c):
        c.mode = "aerial"  # "NATO's bombing of Belgrade"; "the bombing in Peshawar" (no army) is a bomb attack
    if c.kind == "ASSAULT" and c.mode is None and _by_bombers(c):
        # "Russian bombers struck…" are aircraft (MIL); "a suicide bomber killed 12 people" is not
        c.mode = "aerial" if c.actors[0].sector == Sector.MIL else "bombing"
    if c.kind == "MOBILIZE" and c.mode == "military" and _police_moved(c):
        c.mode = "police"  # "deployed riot police in the capital" (CAMEO 153)
    if c.kind == "MOBILIZE" and c.recipients and _sent_to_help(c.verb):
        c.kind, c.mode = "AID", "military"  # "will send 230 troops to Afghanistan to help train its army" (CAMEO 07)
        if _under_mandate(c.verb):
            c.mode = "peacekeeping"  # CAMEO 074
    if c.kind == "ASSAULT" and "prepare" in governors and not c.modes.negated:
        c.kind, c.mode = "MOBILIZE", "military"  # readying an attack is a show of force (CAMEO 15)
        c.modes.future = c.modes.intent = False
        return
    if c.kind == "REQUEST" and c.word.lemma_.lower() == "order" and _orders_a_shutdown(c.word):
        c.kind, c.mode = "COERCE", "restrict"
        return
    if c.kind == "REQUEST" and c.word.lemma_.lower() == "order" and _orders_detention(c.word):
        c.kind, c.mode = "COERCE", "arrest"  # "a court ordered the correspondent held in detention" (CAMEO 173)
        return
    if c.kind == "REQUEST" and c.word.lemma_.lower() in {"order", "tell", "give"} and _sends_envoy_away(c.word):
        c.kind, c.mode = "SANCTION", "expel"  # "ordered the French ambassador to leave": an expulsion (CAMEO 166)
        return
    if c.kind == "COERCE" and c.mode == "seize" and has_child(c.verb, OBJECT_DEPS | {"nsubjpass"}, _TAKEABLE_PEOPLE):
        # people taken: by an armed group a hostage-taking (CAMEO 181), by a state's forces an arrest (173)
        armed_group = bool(c.actors) and all(p.sector == Sector.REB for p in c.actors)
        c.kind, c.mode = ("ASSAULT", "abduct") if armed_group else ("COERCE", "arrest")
        return
    if c.word.lemma_.lower() == "accept" and c.modes.negated and c.kind in {"AGREE", "CONCEDE"}:
        c.kind, c.mode = "REJECT", None
        c.modes.negated = c.modes.future = False  # "would not accept": the refusal is stated now
    elif c.modes.negated and c.modes.modal in _THREAT_MODALS and c.kind in _COOPERATIVE and not c.modes.hypothetical:
        c.kind, c.mode = "REJECT", _REFUSED_MODE.get(c.kind)
        c.modes.negated = c.modes.future = False  # the refusal is stated now
    elif c.kind in THREAT_KINDS and c.modes.modal in _THREAT_MODALS and not (c.modes.negated or _passive(c.verb)):
        c.mode = {"ASSAULT": "military", "SANCTION": "sanction"}.get(c.kind)
        c.kind = "THREATEN"
        c.modes.future = c.modes.future and not c.modes.reported  # a threat stated is made now
        if c.modes.reported and c.modes.condition:  # "would strike US bases if attacked": the threat's terms
            c.modes.hypothetical = False


_TAKEABLE_PEOPLE = (
    frozenset(OBJECT_CLASSES["people"]) | PEOPLE_NOUNS | {"sailor", "marine", "commander", "chief", "general"}
)


_HELPING = frozenset(["help", "train", "support", "assist", "aid", "bolster", "protect", "strengthen", "guard"])


def _sent_to_help(verb) -> bool:
    """Forces sent with a purpose of helping the country they go to."""
    if verb.lemma_.lower() not in {"send", "dispatch", "deploy"}:
        return False
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    clauses = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"}]
    clauses += [c for o in objects for c in o.children if c.dep_ in {"acl", "relcl"}]
    helping = any(
        c.lemma_.lower() in _HELPING and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux") for c in clauses
    )
    return helping or _under_mandate(verb)


# "deployed police to Haiti under a UN-backed mission", "sent troops as part of a peacekeeping force"
_MANDATES = frozenset(["mission", "mandate", "peacekeeping", "peacekeeper", "stabilisation", "stabilization"])


def _under_mandate(verb) -> bool:
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"under", "as", "in", "with"}):
        if any(t.lemma_.lower() in _MANDATES for t in prep.subtree):
            return True
    return False


_STREET_SECTORS = frozenset([Sector.CVL, Sector.OPP, Sector.EDU])  # protesters, opposition activists, students


def _civilians(c: Candidate) -> bool:
    return bool(c.actors) and all(p.sector in _STREET_SECTORS for p in c.actors)


_CBRN = frozenset(["chemical", "biological", "nerve", "sarin", "mustard", "nuclear", "radiological", "anthrax"])
_KILLING = frozenset(["kill", "shoot", "murder", "assassinate", "gun", "stab", "behead"])
_KILLING_OR_LYNCHING = _KILLING | {"lynch"}


def _cbrn_weapons(verb) -> bool:
    """ "dropped chemical bombs on Halabja, killing thousands", "attacked with sarin gas"; not "as talks on
    chemical weapons continued"."""
    used = []
    for head in {verb, _whole_clause(verb)}:
        used += [c for c in head.children if c.dep_ in OBJECT_DEPS]
        used += [g for p in head.children if p.dep_ == "prep" and p.lower_ in {"with", "using"} for g in p.children]
    return any(u.lemma_.lower() in _CBRN or has_child(u, {"amod", "compound"}, _CBRN) for u in used)


def _curbs_trade_with_a_country(noun) -> bool:
    traded = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children]
    traded = [g for g in traded if g.lemma_.lower() in TRADE_WORDS]
    return any(t.ent_type_ in {"GPE", "NORP"} for g in traded for t in g.subtree)


def _whole_clause(verb):
    """ "dropped chemical bombs on Halabja, killing thousands": the clause a participle or conjunct hangs on."""
    while verb.dep_ in {"advcl", "conj"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _kills_a_named_person(verb) -> bool:
    """A killing whose victim is a person named (not "16 peasants", "a man")."""
    if verb.lemma_.lower() not in _KILLING:
        return False
    victims = [c for c in verb.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}]
    return any(v.ent_type_ == "PERSON" and v.pos_ == "PROPN" for v in victims)


def _in_protest(verb) -> bool:
    """ "… in protest at the bombing", "… to protest the ruling": violence that says it protests."""
    said = any(t.lemma_.lower() == "protest" and t.head.lower_ == "in" for t in verb.subtree)  # however attached
    return said or any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() == "protest" for c in verb.children)


def _state_forces(c: Candidate) -> bool:
    return bool(c.actors) and all(p.sector in {Sector.MIL, Sector.COP, Sector.GOV} for p in c.actors)


def _police_moved(c: Candidate) -> bool:
    moved = [t for t in c.verb.children if t.dep_ in OBJECT_DEPS | {"nsubjpass"}]
    return bool(moved) and all(t.lemma_.lower() in {"police", "policeman", "officer", "gendarme"} for t in moved)


def _drilling_alone(c: Candidate) -> bool:
    """Military drills by one party, not joint ones ("joint exercises", "drills with the US navy")."""
    if c.noun.lemma_.lower() not in DRILL_NOUNS or len(c.actors) != 1:
        return False
    joint = any(t.lower_ in {"joint", "combined", "bilateral", "trilateral"} for t in c.noun.lefts)
    return not joint and not any(has_child(t, {"prep"}, {"with"}) for t in (c.noun, c.verb))


_PREMISES = frozenset(["office", "home", "house", "headquarters", "premises", "apartment", "flat", "building"])


_INSPECTORS = frozenset(["official", "inspector", "investigator", "agent", "officer", "authority"])


def _police_search(c: Candidate) -> bool:
    """Police raiding offices or homes (not a hideout or a camp), with no one harmed in the clause."""
    subject = next((t for t in c.verb.children if t.dep_ == "nsubj"), None)
    inspectors = subject is not None and subject.lemma_.lower() in _INSPECTORS  # "tax officials raided the offices"
    police = bool(c.actors) and (inspectors or all(p.sector == Sector.COP for p in c.actors))
    if not police or not has_object(c.verb, _PREMISES):
        return False
    return not any(t.lemma_.lower() in {"kill", "shoot", "wound", "injure"} for t in c.verb.conjuncts)


def _by_armed_forces(c: Candidate) -> bool:
    """A state, its military or an alliance: who bombs from the air."""
    return bool(c.actors) and all(
        p.sector == Sector.MIL or p.code == "IGO" or (p.country is not None and p.sector in {None, Sector.GOV})
        for p in c.actors
    )


def _passive(verb) -> bool:
    """ "will be sentenced": what will be done to someone is planned, not threatened by a speaker."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


_MILITARY_MEANS = frozenset(["action", "force", "strike", "attack", "war", "retaliation", "invasion", "response"])
_PUNITIVE_MEANS = frozenset(["sanction", "embargo", "boycott", "tariff", "penalty"])


_CALLS = frozenset(["call", "phone", "telephone", "videoconference", "video"])


def _by_phone(verb) -> bool:
    """ "spoke by phone", "discussed grain exports in a phone call" (the small model often hangs the
    phrase on the object)."""
    heads = [verb, *(o for o in verb.children if o.dep_ in OBJECT_DEPS)]
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in _CALLS
        for head in heads
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in {"in", "by", "over", "during", "via"}
        for g in p.children
    )


def _threatened_means(verb) -> str | None:
    """ "threatened Syria with military action" (CAMEO 138), "…with sanctions" (1312)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        for means in (g for g in prep.children if g.dep_ == "pobj"):
            lemma = means.lemma_.lower()
            if lemma in _PUNITIVE_MEANS:
                return "sanction"
            if lemma in _MILITARY_MEANS and (lemma != "action" or has_child(means, {"amod"}, {"military"})):
                return "military"
    return None


_PROTESTERS = frozenset(
    [
        *("protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "rioter"),
        *("rioters", "mob", "crowd", "crowds", "supporter", "supporters", "marcher", "marchers", "striker"),
        "strikers",
    ]
)


def _protesters(participants) -> bool:
    return bool(participants) and all(_PROTESTERS.intersection(p.name.lower().split()) for p in participants)


_ARMS = frozenset(["missile", "rocket", "shell", "mortar", "bomb", "gun", "artillery", "grenade", "bullet", "rifle"])


# Home-made fire weapons are a rioter's, not an armed attacker's: "threw petrol bombs at police".
_INCENDIARY = frozenset(["petrol", "gasoline", "fire", "molotov", "incendiary"])


def _armed(c: Candidate) -> bool:
    """ "demonstrators launched missiles at…": arms make it an attack, not a riot."""
    return any(
        t.lemma_.lower() in _ARMS and not any(m.lower_ in _INCENDIARY for m in t.children) for t in _own_words(c.verb)
    )


_OTHER_CLAUSES = frozenset(["advcl", "relcl", "acl", "ccomp", "parataxis"])


def _own_words(verb) -> list:
    """The verb's clause without the clauses hung on it: the arms in "a day after NATO missiles struck" are
    not the protesters'."""
    words, stack = [], [verb]
    while stack:
        token = stack.pop()
        words.append(token)
        stack += [
            c
            for c in token.children
            if not (c.dep_ in _OTHER_CLAUSES or (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}))
        ]
    return words


_NON_LETHAL = frozenset(
    [("tear", "gas"), ("rubber", "bullet"), ("water", "cannon"), ("pepper", "spray"), ("stun", "grenade")]
)
_NON_LETHAL_WORDS = frozenset(["teargas", "baton", "truncheon"])


def _non_lethal(c: Candidate) -> bool:
    """ "fired rubber bullets at workers", "used water cannon": force meant to disperse or deter, not to kill."""
    words = [t.lemma_.lower() for t in sorted(_own_words(c.verb), key=lambda t: t.i)]
    return bool(_NON_LETHAL_WORDS.intersection(words)) or any(pair in _NON_LETHAL for pair in pairwise(words))


def _security_forces(participants) -> bool:
    return bool(participants) and all(p.sector in {Sector.MIL, Sector.COP} for p in participants)


# What a crowd does to buildings and cars when it riots.
_WRECKING = frozenset(
    ["torch", "burn", "storm", "ransack", "loot", "smash", "vandalize", "vandalise", "stone", "set"]  # set fire to
)


def _wrecking_crowd(c: Candidate) -> bool:
    """ "Angry villagers torched a police station": civilians wrecking, not an armed attack."""
    civilians = bool(c.actors) and all(p.sector == Sector.CVL and not p.entity for p in c.actors)
    return civilians and c.word.lemma_.lower() in _WRECKING


def _to_death(verb) -> bool:
    """ "a mob beat a Muslim man to death", "lynched": a killing, not a riot."""
    dead = any(g.lower_ == "death" for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children)
    return dead or verb.lemma_.lower() in _KILLING_OR_LYNCHING


def rioting_side(c: Candidate) -> list[Candidate]:
    """Force between security forces and protesters is repression (CAMEO 175) by the forces; protesters who
    wreck property riot (145); a clash between the two is both ("forces clashed with rioters")."""
    if (_protesters(c.actors) or _wrecking_crowd(c)) and (
        (c.kind == "COERCE" and c.mode == "seize")
        or (c.kind == "ASSAULT" and c.mode in {None, "beat"} and not _armed(c) and not _to_death(c.verb))
    ):
        c.kind, c.mode = "PROTEST", "riot"  # "protesters demolished the building / stormed the embassy"
        return []
    if c.kind != "ASSAULT" or c.mode not in {None, "beat"} or c.modes.negated:
        return []
    if _security_forces(c.actors) and not c.trigger.symmetric and _non_lethal(c):
        c.mode = "repression"  # CAMEO 175, whoever is on the other side
        return []
    if _security_forces(c.actors) and _protesters(c.recipients):
        c.mode = "repression"
        if c.trigger.symmetric:  # the protesters' side of a clash
            riot = Candidate(
                trigger=Trigger(kind="PROTEST", mode="riot", recipient=()),
                word=c.word,
                verb=c.verb,
                kind="PROTEST",
                mode="riot",
                chain=c.chain,
                modes=c.modes,
                derived=True,
            )
            riot.actors, riot.recipients = list(c.recipients), list(c.actors)
            return [riot]
    return []


_LEAVE = frozenset(["leave", "depart", "quit", "exit"])


def _sends_envoy_away(verb) -> bool:
    """ "ordered the French ambassador to leave", and foreign troops too ("ordered French troops to leave")."""
    envoys = OBJECT_CLASSES["envoy"]
    leave = any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in _LEAVE for c in verb.children)
    return leave and (
        has_object(verb, envoys) or any(_foreign_forces(o) for o in verb.children if o.dep_ in OBJECT_DEPS)
    )


_FORCE_WORDS = frozenset(["troop", "force", "soldier", "peacekeeper", "contingent", "mission"])


def _foreign_forces(noun) -> bool:
    """Forces named with a country or bloc ("French troops", "UN peacekeepers")."""
    return noun.lemma_.lower() in _FORCE_WORDS and any(
        c.dep_ in {"amod", "compound"} and (c.ent_type_ in {"NORP", "GPE", "ORG"} or c.is_upper) for c in noun.children
    )


def _orders_detention(verb) -> bool:
    """ "ordered him detained", "ordered the correspondent held in pre-trial detention": an order to hold someone."""
    objects = [o for o in verb.children if o.dep_ in OBJECT_DEPS]
    clauses = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}]
    clauses += [c for o in objects for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "the reporter held…"
    for clause in clauses:
        lemma = clause.lemma_.lower()
        if lemma in _DETAINING:
            return True
        places = (g for p in clause.children if p.dep_ == "prep" and p.lower_ in {"in", "under"} for g in p.children)
        if lemma in _HELD and any(g.lemma_.lower() in _PLACES_OF_DETENTION for g in places):
            return True
    return False


_CLOSURES = frozenset(["closure", "shutdown", "suspension", "dissolution", "closing"])


def _orders_a_shutdown(verb) -> bool:
    """ "ordered the newspaper to suspend publication", "ordered the closure of the bureau": an order to stop
    is imposed, not asked."""
    for closure in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _CLOSURES):
        closed = [g for p in closure.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.subtree]
        if any(t.ent_type_ in {"ORG", "GPE", "NORP"} for t in closed):  # a party's bureau, not "schools"
            return True
    return any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in _SHUTDOWN for c in verb.children)
