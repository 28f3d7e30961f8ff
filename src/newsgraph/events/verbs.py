"""Reading a trigger verb in its context: the same verb is a different event, or none, by its object,
complement or subject ("received Erdogan" hosts a visit, "received weapons" is aid; "expelled diplomats"
reduces relations, "expelled workers" deports them; "met with objections" is no meeting). Also the two
readings of a clause that asks someone to act without a request verb ("X wants Y to…", "X said Y must…")
and the verbs that only carry an event in a phrase ("call for", "call off").
"""

from __future__ import annotations

from functools import cache

from newsgraph.events.actors import SECTOR_OF, country_of_text
from newsgraph.events.candidate import OBJECT_DEPS, Candidate, has_child, has_object, object_nouns
from newsgraph.events.lexicon import (
    CEASEFIRE_WORDS,
    ENDING_VERBS,
    OBJECT_CLASSES,
    PEOPLE_NOUNS,
    POLITE_WANTS,
    TRADE_WORDS,
    VIOLENCE_WORDS,
    Trigger,
    attack_nouns,
    noun_triggers,
    phrasal_triggers,
    verb_triggers,
)
from newsgraph.events.modes import is_condition
from newsgraph.events.participants import clause_subject


@cache
def _phrasal_lemmas() -> frozenset[str]:
    return frozenset(verb for verb, _ in phrasal_triggers())


def _a_goal(verb) -> bool:
    """ "hit its inflation target", "will only hit its target for improving literacy": a goal met, no blow;
    not "hit their targets in northern Iraq"."""
    targets = [o for o in object_nouns(verb) if o.lemma_.lower() == "target"]
    placed = any(has_child(h, {"prep"}, {"in", "near", "inside", "across"}) for h in (verb, *targets))
    own = {"its", "their", "our", "his", "her", "my"}
    return any(
        has_child(t, {"compound"})
        or has_child(t, {"prep"}, {"for", "of"})
        or (has_child(t, {"poss"}, own) and not placed)
        for t in targets
    )


def _rallied_against(token) -> bool:
    objects = (c for c in token.children if c.dep_ in OBJECT_DEPS)
    return any(has_child(h, {"prep"}, {"against"}) for h in (token, *objects))


def _for_guests(token) -> bool:
    return any(has_child(o, {"prep"}, {"for"}) for o in token.children if o.dep_ in OBJECT_DEPS)


def _reading(token, kind: str, mode: str | None = None, recipient: tuple[str, ...] = ("dobj",)) -> Candidate:
    """The verb read as ``kind``/``mode`` whatever its lexicon entry says, its recipient in ``recipient``."""
    return Candidate(
        trigger=Trigger(kind=kind, mode=mode, recipient=recipient), word=token, verb=token, kind=kind, mode=mode
    )


def verb_candidate(token, lemma: str, verbs) -> Candidate | None:
    """The event a trigger verb tells here, or None: by its lexicon entry, unless its object, complement
    or subject makes it another event or none."""
    if lemma == "call":
        return _call_candidate(token)
    if lemma in _SAYING and _threatens_the_disobedient(token):  # "said anyone joining the protest would be arrested"
        return _reading(token, "THREATEN", "arrest", recipient=())
    if lemma in _SAYING and _promises_retaliation(token):  # "said Moscow would take countermeasures"
        return _reading(token, "THREATEN", None, recipient=())
    if lemma in _SAYING and _tells_a_misdeed(token):  # "said that Pakistan was harbouring Taliban commanders"
        return _reading(token, "ACCUSE", None, recipient=())
    if lemma in {"remove", "delist", "drop", "take"} and _off_a_blacklist(token):
        return _reading(token, "RETREAT", "ease")  # "removed North Korea from its list of state sponsors of terrorism"
    if lemma in {"pour", "move"} and has_object(token, _FORCES):  # "poured troops into Aceh"
        return _reading(token, "MOBILIZE", "military", recipient=("into", "to"))
    if lemma == "take" and _prep_objects(token, "to", {"task"}):  # "was taken to task by Singapore's minister"
        return _reading(token, "ACCUSE", "criticize")
    if lemma == "come" and _prep_objects(token, "in", {"favour", "favor", "support"}):
        return _reading(token, "SUPPORT", None, ("of",))  # "came out in favour of Albania's bid"
    if lemma == "raise" and has_object(token, _PROSPECTS) and _prospect_of_harm(token):
        return _reading(token, "THREATEN", None, ("against", "on", "dobj"))  # "raised the spectre of sanctions"
    if lemma == "chain" and has_object(token, {"themselves", "himself", "herself"}):
        return _reading(token, "PROTEST", "obstruct", ("to",))  # "activists chained themselves to the gates"
    if lemma == "swear" and any(c.lower_ == "in" and not has_child(c, {"pobj"}) for c in token.children):
        return None  # "had himself sworn in as president": an inauguration, not a pledge
    if lemma == "set" and any(c.lower_ == "free" for c in token.children if c.dep_ != "dobj"):
        return _reading(token, "RETREAT", "release", ("dobj",))  # "set free the 25 crew members" (CAMEO 0841)
    if lemma == "send" and any(c.lower_ == "packing" for c in token.children):
        return _reading(token, "COERCE", "deport", ("dobj",))  # "workers were sent packing by Saudi Arabia"
    phrasal = lemma in _phrasal_lemmas()
    particle = next((c.lower_ for c in token.children if _particle(c)), None) if phrasal else None
    trigger = phrasal_triggers().get((lemma, particle)) if particle else None
    trigger = trigger or verbs.get(lemma)
    forces = _FORCES
    if lemma in {"arrive", "land"} and _forces_subject(token, forces):  # "peacekeeping troops arrived in Bosnia"
        peacekeeping = any(
            t.lower_.startswith("peacekeep") for c in token.children if c.dep_ == "nsubj" for t in c.subtree
        )
        kind, mode = ("AID", "peacekeeping") if peacekeeping else ("MOBILIZE", "military")
        return _reading(token, kind, mode, recipient=("in", "to"))
    if lemma in {"designate", "declare", "brand", "list", "blacklist"} and _terrorist_listing(token):
        return _reading(token, "COERCE", "restrict")  # "designated the Brotherhood a terrorist group" (CAMEO 172)
    if lemma == "freeze" and has_object(token, _AID_WORDS):  # "froze all aid to Niger" (CAMEO 162)
        return _reading(token, "SANCTION", "aid", recipient=("to", "for"))
    if lemma == "cross" and _forces_subject(token, forces) and has_child(token, {"prep"}, {"into"}):
        return _reading(token, "COERCE", "occupy", recipient=("into",))  # "troops crossed into eastern Congo"
    if lemma == "enter" and _forces_subject(token, forces) and _has_place_object(token):
        return _reading(token, "COERCE", "occupy")  # "Russian tanks entered the town of Gori" (CAMEO 192)
    if lemma in {"arrive", "fly"} and _visitor(token) and has_child(token, {"prep"}, {"in", "to", "into"}):
        return _reading(token, "CONSULT", "visit", recipient=("in", "to", "into"))  # "Solana arrived in Tehran"
    if lemma == "leave" and _forces_subject(token, forces) and _has_place_object(token):
        return _reading(token, "RETREAT", "military")  # "troops will leave Afghanistan"
    if lemma == "rally" and _prep_objects(token, "to", {"defence", "defense", "side", "support"}):
        return _reading(token, "SUPPORT", "defend", ("of",))  # "rallied to the defence of Venezuela's government"
    if lemma == "rally" and has_object(token) and _rallied_against(token):
        return _reading(token, "ACCUSE", None, ("against",))  # "rallied African leaders against apartheid" (113)
    if lemma == "rally" and has_object(token):
        return _reading(token, "SUPPORT", None, ("behind", "to"))  # "rallied its members behind Libya" (CAMEO 053)
    if lemma in {"ask", "seek", "beg"} and has_object(token, {"forgiveness", "pardon"}):
        return _reading(token, "SUPPORT", "apologize", ("from", "dobj"))  # "asked Poland's forgiveness" (055)
    if lemma == "grant" and has_object(token, _RIGHTS):
        return _reading(token, "CONCEDE", "political", ("dative", "to"))  # "granted women full political rights"
    if lemma in {"deploy", "arrive"} and has_child(token, {"nsubj", "nsubjpass"}, {"peacekeeper"}):
        return _reading(token, "AID", "peacekeeping", recipient=("to", "in"))  # "peacekeepers deployed in Dili"
    if lemma == "take" and _forces_subject(token, forces) and has_object(token, {"position"}):  # "took up positions"
        return _reading(token, "MOBILIZE", "military", recipient=("around", "near", "along", "in"))
    if lemma == "take" and _prep_objects(token, "to", {"street"}):  # "thousands took to the streets"
        return _reading(token, "PROTEST", "demo", recipient=("against",))
    if lemma == "host" and has_object(token, _MEALS) and _for_guests(token):  # "hosted a dinner for African leaders"
        return _reading(token, "CONSULT", "host", recipient=("for",))
    if lemma == "hand" and _has_place_object(token):
        return _reading(token, "RETREAT", None, ("to",))  # "handed Hong Kong back to China", "handed over the town"
    if lemma == "freeze" and has_object(token, OBJECT_CLASSES["ties"]):
        return _reading(token, "SANCTION", "diplomatic", ("with",))  # "froze high-level contacts with Oslo" (161)
    state = _state_change(token, lemma)
    if state is not None:
        return state
    if lemma in {"hit", "strike", "destroy", "damage"} and _attack_subject(token):  # "an air strike hit a school"
        return _reading(token, "ASSAULT")
    if lemma == "strike" and has_child(token, {"prt"}, {"down"}) and not has_object(token, _STRUCK_DOWN):
        return None  # "the court struck down the law": a ruling, no blow ("struck down two rebels" is one)
    if lemma == "hit" and has_object(token, {"target"}) and _a_goal(token):
        return None  # "will only hit its target for improving literacy", "hit its inflation target"
    if lemma == "hit" and has_object(token, _MILITARY_TARGETS):  # "Turkey would keep hitting Assad's troops"
        return _reading(token, "ASSAULT")
    if lemma in {"violate", "break", "breach"} and has_child(
        token, {"dobj", "nsubjpass"}, CEASEFIRE_WORDS
    ):  # CAMEO 196
        return _reading(token, "ASSAULT", "ceasefire-violation", recipient=())
    if lemma in {"advise", "warn", "urge"} and _travel_warning(token) is not None:
        # "advised against travel to Tunisia": a travel warning reduces relations (CAMEO 160)
        return _reading(token, "SANCTION", recipient=())
    if lemma == "move" and has_object(token, forces):  # "moved two armoured divisions towards the border"
        return _reading(token, "MOBILIZE", "military", recipient=("towards", "toward", "to", "into"))
    if lemma in {"hand", "turn"} and _hands_over_suspects(token):
        return _reading(token, "COOPERATE", "legal", recipient=("to",))  # CAMEO 063
    if lemma == "apply" and _applies_to_join(token):
        return _reading(token, "REQUEST", "appeal", recipient=("dobj",))  # "applied to join NATO"
    if lemma in {"pursue", "hunt"} and has_object(token, _FIGHTERS):
        return _reading(token, "ASSAULT")  # "pursued UNITA rebels into Zambia"
    if lemma in {"deploy", "mass", "gather"} and _forces_subject(token, forces) and not has_child(token, OBJECT_DEPS):
        # "the army deployed along the border"
        return _reading(token, "MOBILIZE", "military", recipient=("to", "in", "along", "on", "near"))
    if lemma in {"drive", "push", "chase", "force"} and _drives_out_fighters(token):
        return _reading(token, "ASSAULT")  # "drove Islamic State fighters from their stronghold"
    if lemma in {"support", "back", "help", "assist"} and _backed_by_strikes(token):
        # "forces, supported by US air strikes, …": fighting alongside, not praise (CAMEO 062)
        return _reading(token, "COOPERATE", "military")
    if lemma in {"support", "back"} and _backed_by_own_arms(token):
        return None  # "troops backed by helicopter gunships": how they fought, not another party's support
    if lemma == "use" and _uses_force(token):
        return _reading(token, "ASSAULT", recipient=("against", "on"))  # "used chemical weapons (against…)"
    if lemma == "set" and has_object(token, {"fire"}) and _to_property(token):
        return _reading(token, "ASSAULT", recipient=("to",))  # "set fire to cars": a burning, as "torched"
    if lemma in {"ban", "block", "halt", "suspend", "stop", "restrict"} and _trade_with_a_country(token):
        return _reading(token, "SANCTION", "embargo", recipient=("dobj", "from"))  # "banned imports of Australian wine"
    if lemma == "die" and _died_in_an_attack(token):  # "two policemen died in a Taliban ambush"
        return _reading(token, "ASSAULT", recipient=())
    if lemma == "test" and has_object(token, _WEAPONS_TESTED):  # "tested a new hypersonic missile"
        return _reading(token, "MOBILIZE", recipient=())
    if lemma in {"block", "veto"} and has_object(token, _BLOCKABLE):
        return _reading(token, "REJECT", recipient=("dobj",))  # "Hungary blocked an EU aid package" (CAMEO 12)
    if lemma in {"suspend", "ban", "block", "shut", "close"} and has_object(token, _OUTLETS):
        return _reading(token, "COERCE", "restrict", recipient=("dobj",))  # censorship (CAMEO 1721)
    if lemma in {"fire", "launch"} and _test_firing(token):
        return _reading(token, "MOBILIZE", recipient=())  # "test-fired a missile": a show of force (CAMEO 150)
    if lemma == "find" and has_child(token, {"oprd", "acomp", "ccomp"}, {"guilty", "liable"}):
        return _reading(token, "ACCUSE", "convict")  # "found X guilty" (CAMEO 116)
    if trigger is None:
        return None
    if lemma in {"withdraw", "pull", "recall"} and _withdraws_help(token):
        # Withdrawing peacekeepers, inspectors or aid workers reduces help: a SANCTION, not a retreat.
        return _reading(token, "SANCTION", "expel", recipient=("from",))
    if lemma in {"attack", "slam", "blast"} and _attacks_words(token):  # "attacked the plan"
        return _reading(token, "ACCUSE", "criticize", recipient=())
    if lemma == "burn" and has_object(token, OBJECT_CLASSES["symbols"]):
        # "burned effigies of Musharraf", "burned an American flag": a protest against whom they stand for
        return _reading(token, "PROTEST", "demo")
    if lemma == "host" and has_object(token, _HOSTED_ARMS):
        return None  # "Belarus hosted Russian nuclear weapons": a deployment, not a visit
    if lemma == "invest" and not _invests_in_a_country(token):
        return None  # "invest in public services" is business, not relations between countries
    if lemma == "meet" and _meets_an_outcome(token):
        return None
    if lemma in ENDING_VERBS and has_object(token, _SANCTIONS_WORDS):
        return _reading(token, "RETREAT", "ease", ("against", "on", "dobj"))  # eased sanctions (CAMEO 085)
    if trigger.kind == "COERCE" and trigger.mode in {"seize", "occupy"} and has_object(token, _NOT_SEIZED):
        return None  # "stole the show", "captured the mood", "occupies top spot", "intercepted data"
    if trigger.mode == "investigate" and has_object(token, _PROPOSALS):
        return None  # "would examine ideas put forward by the UK": weighing a proposal, not an inquiry
    if lemma in {"help", "assist"} and _helps_do(token):
        return None  # "helped broker a deal": the deed is the event, the helper its actor
    if lemma in {"help", "assist"} and not _helps_someone(token):
        return None  # "helped drive the trend", "to help the environment": no one given aid
    if lemma == "destroy" and has_object(token, _RECORDS):  # "to destroy records": no violence
        return None
    if lemma == "fight" and has_object(token, _WORDS_AND_PLANS):  # "will fight the bans", "all forms of racism"
        return None
    if lemma == "ask" and not _asks_for_something(token):
        return None  # "asked Mr Myers if he knew…", "was asked about the row": a question, not a request
    if lemma == "plead" and has_child(token, {"acomp", "dobj", "npadvmod", "advmod", "attr"}, _PLEAS):
        return None  # "pleaded guilty to fraud": a plea in court, not an appeal to anyone
    if trigger.mode == "recognize" and not _recognises_a_polity(token):
        return None  # "recognised the need", "was recognised for her role": no diplomatic recognition
    if lemma == "beat" and not _beats_someone(token):
        return None  # "beat forecasts", "beat its predecessor": outdoing, not a beating
    if lemma == "sink" and not has_object(token):
        return None  # "sales sank 12.7%": a fall, not a sinking
    if lemma == "target" and not any(t.lemma_.lower() in _ARMED_WORDS for t in token.sent):
        return None  # "prosecutors targeted a ranch", "tax cuts target firms": aiming, not striking
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
        return _reading(token, "RETREAT", "access")
    if lemma == "expel" and (has_object(token, _DEPORTABLE) or has_child(token, {"nsubjpass"}, _DEPORTABLE)):
        return _reading(token, "COERCE", "deport")  # people, not envoys (CAMEO 174)
    if lemma in {"deploy", "dispatch", "station"} and has_object(token, {"peacekeeper"}):
        return _reading(token, "AID", "peacekeeping", recipient=("to", "in"))  # CAMEO 074
    if lemma in {"allow", "permit"} and _lets_someone_act(token):  # "allowed the opposition to hold a rally"
        return Candidate(trigger=trigger, word=token, verb=token, kind="CONCEDE", mode=None)
    if lemma in {"open", "reopen"} and has_object(token, {"border"}) and _to_people(token):
        return _reading(token, "AID", "asylum", recipient=("to",))  # "opened its borders to refugees" (CAMEO 075)
    if lemma in {"exchange", "swap"} and has_object(token, OBJECT_CLASSES["information"]):
        return _reading(token, "COOPERATE", "intelligence", recipient=("with",))  # "exchanged intelligence" (064)
    if lemma == "speak":  # "spoke with Blinken", "spoke by phone": a conversation, not any statement
        return _conversation(token, trigger)
    if lemma == "welcome" and _welcomes_a_visitor(token):  # "welcomed Erdogan to the Kremlin"
        return _reading(token, "CONSULT", "host")
    if lemma == "travel" and not _travellers(token):
        return None  # "a second A380 is travelling to the US": planes and goods travel without visiting
    if lemma == "suspend" and has_child(token, {"dobj"}) and _suspends_a_member(token):
        return _reading(token, "SANCTION")  # "the AU suspended Mali": relations reduced
    if lemma == "host" and not _hosts_a_meeting(token):
        return None  # "Chris Rock will host the event", "hosted a reception for survivors": no diplomacy
    if lemma == "receive" and _receives_a_guest(token):
        return _reading(token, "CONSULT", "host")  # "Putin received Erdogan"
    if lemma in {"capture", "seize"} and _has_place_object(token):  # taking a town is fighting, not confiscation
        return _reading(token, "ASSAULT", recipient=("from", "dobj"))
    if lemma == "order" and _orders_forces_to(token, forces):  # "ordered a carrier strike group to the peninsula"
        return _reading(token, "MOBILIZE", "military", recipient=("to",))
    # "sent troops" or, in the passive, "troops were sent"
    if lemma in {"send", "dispatch"} and (has_object(token, forces) or has_child(token, {"nsubjpass"}, forces)):
        return _reading(token, "MOBILIZE", "military", recipient=("to",))
    if lemma == "accept" and any(c.dep_ == "neg" for c in token.children) and has_object(token, None):
        return Candidate(trigger=trigger, word=token, verb=token, kind="AGREE", mode=None)  # "will not accept": REJECT
    mode = trigger.mode
    if trigger.objects:
        mode_or_none = _object_mode(token, trigger)
        if mode_or_none is False:
            return None
        if lemma in {"fly", "distribute"} and mode_or_none != "humanitarian":
            return None  # relief flown or handed out; "flying fighter planes", "money distributed to shareholders"
        mode = mode_or_none or mode
    kind = trigger.kind
    if trigger.objects == "restrictions" and mode == "ease":  # lifting sanctions or a blockade is material
        kind = "RETREAT"
    if trigger.objects == "sentiment" and mode == "disapprove":  # "expressed concern over…"
        return _reading(token, "ACCUSE", "disapprove", recipient=("over", "about", "at", "with"))
    if lemma == "demand" and not _demands_something(token):
        return None  # "prices and demand dipping": the noun misread as a verb
    if lemma == "bail" and not (has_object(token) or has_child(token, {"nsubjpass"})):
        return None  # "could bail out of a deal": withdrawing, nobody rescued
    if lemma == "defend" and _defends_its_own(token):
        return None  # "to defend its agricultural trade rights": one's own, no one supported
    if lemma == "talk" and _talks_about_only(token):
        return None  # "Kilgore talked about the song", "officials began to talk about inflation": no one talked to
    if lemma == "concede" and has_child(token, {"ccomp"}):
        return None  # "conceded (that) this was ambitious": an admission, no concession
    if lemma == "pull" and has_object(token, {"stop"}):
        return None  # "pulling out all the stops": an idiom
    if lemma == "battle" and has_child(token, {"prep"}, {"to"}) and not has_child(token, {"prep"}, {"with", "against"}):
        return None  # "Bekele battled to second": a race
    storming = has_object(token) or has_child(token, {"nsubjpass"}) or _storms_into(token)
    if lemma == "storm" and (not storming or has_child(token, {"prt"}, {"off", "out"})):
        return None  # "stormed to victory", "stormed off the stage": a manner of going, no assault
    if lemma in _VOWING and _vows_revenge(token):
        return _reading(token, "THREATEN", None, ("against", "on", "dobj"))  # "vowed severe revenge against the US"
    if lemma == "sit" and not _sits_down_together(token):
        return None  # "protesters sat down in the street": a sit-in, no talks
    if lemma == "meet" and has_child(token, {"prt"}, {"up"}):
        return None  # "they met up", "meet up with friends at net cafes": company, not consultation
    if lemma == "warn" and warns_no_party(token):
        return None  # "Argonaut warned it was low on cash", "warned of losses": a forecast, no threat
    if lemma == "charge" and _charged_with_a_duty(token):
        return None  # "the Speaker is charged with ensuring order": a task given, no one accused
    if lemma == "order" and _orders_goods(token):
        return None  # "Air Deccan ordered 30 Airbus planes": a purchase, no demand
    if lemma == "shelter" and not has_object(token):
        return None  # "began sheltering in place": staying home, nobody given refuge
    if lemma == "offer" and _offers_a_thing(token):
        return None  # "offers a wry look at poetry", "the store will offer brands": no intent towards a party
    if kind == "AGREE" and lemma in {"offer", "pledge", "promise"} and has_object(token, OBJECT_CLASSES["aid"]):
        mode = "aid"  # "offered humanitarian aid": an intent to give aid (CAMEO 033)
    if lemma == "accept" and has_object(token, {"demand", "request", "condition"}):
        kind, mode = "CONCEDE", None
    return Candidate(trigger=trigger, word=token, verb=token, kind=kind, mode=mode)


# What a party offers another: help, talks, terms or ties (an infinitive, "offered to mediate", is fine too)
_OFFERABLE = frozenset(
    [
        *("help", "support", "assistance", "aid", "talks", "negotiation", "dialogue", "deal", "concession"),
        *("compromise", "ceasefire", "truce", "asylum", "refuge", "shelter", "protection", "amnesty", "guarantee"),
        *("mediation", "resignation", "apology", "condolence", "cooperation", "loan", "credit", "troops", "tie"),
        *("plan", "proposal", "incentive", "reward", "access", "membership", "seat", "security", "solidarity"),
        *("backing", "peace", "settlement", "term", "package", "olive", "hand", "facility"),
        *("congratulation", "congratulations", "thanks", "sympathy", "praise", "welcome", "hospitality"),
        *OBJECT_CLASSES["aid"],
    ]
)
_ORDERED_PEOPLE = PEOPLE_NOUNS | frozenset(OBJECT_CLASSES["forces"])  # "ordered troops to…": people, not goods


# What a threat threatens: "warned of serious consequences / retaliation / military action"
_THREATENED = frozenset(
    [
        *("consequence", "retaliation", "action", "response", "force", "sanction", "war", "attack", "strike"),
        *("measure", "reprisal", "escalation", "step", "punishment", "invasion", "confrontation", "cost", "price"),
        *("countermeasure", "retaliate", "respond", "punish", "freeze", "martial", "crackdown"),  # "aid frozen"
    ]
)
_NAMED = frozenset(["GPE", "ORG", "NORP", "PERSON"])  # entity labels that name a party


def warns_no_party(head, light_verb=None) -> bool:
    """A warning (the verb, or the noun with its light verb) that names no party warned and threatens
    nothing: a forecast ("warned that it was low on cash", "warned of annual losses", "a warning about a
    virus"). A party warned ("warned Iran", "against", "to"), a threat ("of consequences") or a clause
    telling a party's fate or a threatened act ("that Iran would face…", "it would take countermeasures")
    make it a threat."""
    preps = [c for c in (light_verb.children if light_verb is not None else ()) if c.dep_ == "prep"]
    for child in [*head.children, *preps]:
        if child.dep_ in {"dobj", "dative"} and child.pos_ != "PRON":
            return False
        if child.dep_ == "prep" and child.lower_ in {"against", "to"}:
            return False
        threat = any(g.lemma_.lower() in _THREATENED for g in child.children if g.dep_ == "pobj")
        if child.dep_ == "prep" and child.lower_ in {"of", "about"} and threat:
            return False
        if child.dep_ in {"ccomp", "acl"} and _tells_a_threat(child):
            return False
    return True


def _tells_a_threat(clause) -> bool:
    """ "warned that Iran would face…" (a party's fate), "warned it would take countermeasures" (an act)."""
    subject = next((g for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and (subject.ent_type_ in _NAMED or subject.pos_ == "PROPN"):
        return True
    return any(t.lemma_.lower() in _THREATENED for t in clause.subtree)


# What makes a "device" a weapon ("an improvised explosive device"; a phone maker's "device" is none)
_BOMB_WORDS = frozenset(["explosive", "improvised", "incendiary", "nuclear", "roadside", "bomb", "explosive-laden"])
# Tasks an office or a body is charged with; not "organising", "running" or "leading", which can be crimes
_DUTIES = frozenset(
    [
        *("ensure", "oversee", "supervise", "monitor", "coordinate", "implement", "review", "enforce"),
        *("maintain", "promote", "improve", "advise", "draft", "prepare", "develop", "deliver", "manage", "chair"),
    ]
)


def _charged_with_a_duty(token) -> bool:
    """ "charged with ensuring order": "with" and a task, not a crime ("charged with murdering")."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"):
        task = next((g for g in prep.children if g.dep_ in {"pcomp", "pobj"} and g.tag_ == "VBG"), None)
        if task is not None and task.lemma_.lower() in _DUTIES:
            return True
    return False


def _demands_something(token) -> bool:
    """A demand for a thing, that something be done, or of someone ("demanded the release", "demanded that",
    "demanded to see", "demanded of the government"); or a passive one ("was demanded"). A bare "demand"
    joined to a gerund ("driving down prices and demand dipping") is the noun misread."""
    if token.tag_ == "VB" and token.dep_ == "conj" and token.head.tag_ == "VBG" and not has_child(token, {"aux"}):
        return False
    if has_child(token, OBJECT_DEPS | {"nsubjpass", "auxpass", "dative"}):
        return True
    if has_child(token, {"prep"}, {"of", "from", "for"}):
        return True
    return any(
        (c.dep_ in {"ccomp", "xcomp"} and c.tag_ != "VBG") or (c.dep_ == "advcl" and has_child(c, {"mark"}, {"that"}))
        for c in token.children
    ) or token.dep_ in {"relcl", "acl"}


def _orders_goods(token) -> bool:
    """An order for a thing (planes, a new model): no one told to do anything, no event noun ordered."""
    if has_child(token, {"xcomp", "ccomp", "dative"}):  # "ordered troops to withdraw", "ordered that…"
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    if not objects:
        return False
    nouns = noun_triggers()
    for obj in objects:
        lemma = obj.lemma_.lower()
        if obj.ent_type_ in _NAMED or obj.pos_ == "PRON":
            return False
        if lemma in nouns or lemma in _ORDERED_PEOPLE or lemma in SECTOR_OF or obj.lower_ in SECTOR_OF:
            return False
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):  # "the release of", "the closure of"
            return False
    return True


def _offers_a_thing(token) -> bool:
    """An offer to no party named, of none of the things parties offer each other. An offer made to a
    party ("offered Ukraine a discount", "offered Turkey visa-free travel") is one whatever it offers."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    if not objects or has_child(token, {"dative"}) or has_child(token, {"prep"}, {"to"}):
        return False
    if any(c.ent_type_ in _NAMED and c.dep_ in {"compound", "nmod"} for o in objects for c in o.children):
        return False  # "offered Turkey visa-free travel", parsed as a compound of "travel"
    for obj in objects:
        words = {obj.lemma_.lower(), obj.lower_, *(c.lemma_.lower() for c in obj.children if c.dep_ == "compound")}
        if words & _OFFERABLE or obj.pos_ in {"PROPN", "PRON"}:
            return False
    return True


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
        *("price", "smoking", "piracy", "behaviour", "behavior", "illness", "racism", "fraud", "obesity", "pollution"),
        *("party", "record", "manifesto", "sexism", "discrimination", "prejudice", "injustice", "inequality"),
        *("outbreak", "cholera", "ebola", "virus", "famine", "drought", "theft", "infringement", "trafficking"),
    ]
)
_PLEAS = frozenset(["guilty", "innocent", "contest", "insanity"])


def _asks_for_something(verb) -> bool:
    """A request asks someone to do something ("asked Russia to withdraw"), for something ("asked for help")
    or that something be done ("asked that the line be removed")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            return True
        if child.dep_ in {"xcomp", "ccomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return True
        if child.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return True
    return False


# What a state recognises: another state, a government, a status or an outcome
_RECOGNISED = frozenset(
    [
        *("independence", "sovereignty", "government", "state", "statehood", "regime", "republic", "authority"),
        *("annexation", "election", "result", "leadership", "president", "border", "jurisdiction", "genocide"),
        *("other", "country", "nation", "it", "them"),
    ]
)


def _recognises_a_polity(verb) -> bool:
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}]
    as_what = [
        g for h in (verb, *objects) for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
    ]
    named = any(o.ent_type_ in {"GPE", "ORG", "NORP"} or o.lemma_.lower() in _RECOGNISED for o in objects)
    return named or any(g.lemma_.lower() in _RECOGNISED for g in as_what)  # "recognised Guaido as interim president"


_PERSONAL_PRONOUNS = frozenset(["him", "her", "them", "me", "us", "he", "she", "they", "i", "we"])
_BEATEN_PEOPLE = frozenset(
    [
        *PEOPLE_NOUNS,
        *("suspect", "burglar", "opponent", "supporter", "member", "official", "officer", "inmate", "boy", "girl"),
        *("teenager", "youth", "monk", "priest", "reporter", "photographer", "voter", "wife", "victim"),
    ]
)


def _beats_someone(verb) -> bool:
    """Who is beaten is a person: "beat him", "beat protesters", "a journalist was beaten"."""
    beaten = [c for c in verb.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}]
    return any(
        b.ent_type_ in {"PERSON", "NORP"} or b.lower_ in _PERSONAL_PRONOUNS or b.lemma_.lower() in _BEATEN_PEOPLE
        for b in beaten
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
        # "meeting the costs / targets": satisfying a need, not meeting anyone
        *("cost", "target", "objective", "goal", "need", "requirement", "deadline", "expectation", "criterion"),
        *("demand", "standard", "obligation", "commitment", "condition", "bill", "shortfall", "forecast"),
        *("force", "violence", "anger", "derision", "contempt"),  # "would be met with force": no one is met
        # "met with scathing reviews / a hostile reception", "meet his golden rule"
        *("review", "reception", "applause", "acclaim", "derision", "ridicule", "outrage", "anger", "dismay"),
        *("condemnation", "indifference", "enthusiasm", "praise", "fury", "rule", "test", "challenge"),
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


# Acts a warning's clause can only threaten, whoever does them (not "cost", "step", "strike": forecasts use them)
_PUNISHING = frozenset(
    {"force", "retaliation", "retaliate", "sanction", "freeze", "punish", "punishment", "reprisal", "countermeasure"}
    | {"war", "invasion", "martial", "crackdown"}
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
        if any(t.lemma_.lower() in _PUNISHING for t in clause.subtree):
            return True  # "warned that aid would be frozen", "that any move would be met with force"
        subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
        if subject is not None and (
            subject.lower_ in {"it", "they", "we", "he", "she", "i"}
            or (speaker is not None and subject.lemma_.lower() == speaker.lemma_.lower())
        ):
            return True
    return False


# The speech verbs a party threatens or accuses with (not SPEECH_VERBS' "report", "quote", "write": a reporter
# who tells of a misdeed does not accuse anyone)
_SAYING = frozenset(["say", "warn", "announce", "declare", "state", "add", "tell", "insist", "stress"])
_PUNISHED = frozenset(["arrest", "prosecute", "punish", "jail", "detain", "deport", "imprison", "fine", "expel"])
_PUNISHMENTS = frozenset(["prosecution", "arrest", "punishment", "jail", "prison", "charge", "fine", "deportation"])
_ANYONE = frozenset(["anyone", "anybody", "whoever", "everyone", "everybody", "those"])


def _threatens_the_disobedient(token) -> bool:
    """ "said anyone taking part in the rally would be arrested", "warned that migrants would be deported if
    they had not left": punishment promised to whoever disobeys is a threat (CAMEO 132), not an arrest."""
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        punished = clause.lemma_.lower() in _PUNISHED and has_child(clause, {"auxpass"})
        faced = clause.lemma_.lower() == "face" and has_object(clause, _PUNISHMENTS)  # "would face prosecution"
        if not (punished or faced) or not has_child(clause, {"aux"}, {"will", "would", "'ll"}):
            continue
        subject = next((g for g in clause.children if g.dep_ in {"nsubjpass", "nsubj"}), None)
        generic = subject is not None and (
            subject.lower_ in _ANYONE or has_child(subject, {"det"}, {"any", "all"}) or has_child(subject, {"relcl"})
        )
        if generic or any(is_condition(c) for head in (clause, *clause.conjuncts) for c in head.children):
            return True
    return False


# Acts that answer another's: said to be coming, they threaten (not "sanction", a plain announcement too)
_RETALIATION = frozenset(["retaliate", "retaliation", "retaliatory", "reprisal", "countermeasure", "revenge", "avenge"])


def _promises_retaliation(token) -> bool:
    """ "said it would retaliate", "said Moscow would be forced to take countermeasures", "said it would take
    retaliatory measures if NATO deployed…": a party said to be going to hit back threatens (CAMEO 13)."""
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.i > token.i):
        will = has_child(clause, {"aux"}, {"will", "would", "'ll", "shall"})
        if not will or has_child(clause, {"neg"}):
            continue
        acts = [clause, *(x for x in clause.children if x.dep_ == "xcomp")]  # "would be forced to take…"
        said = [t for act in acts for t in (act, *(o for o in act.children if o.dep_ in OBJECT_DEPS))]
        said += [m for t in said for m in t.children if m.dep_ == "amod"]
        if any(t.lemma_.lower() in _RETALIATION for t in said):
            return True
    return False


# What a party is said to be doing that is itself a charge against it (CAMEO 112)
_MISDEEDS = frozenset(
    [
        *("harbour", "harbor", "violate", "breach", "meddle", "interfere", "destabilise", "destabilize", "sponsor"),
        *("flout", "undermine", "shelter", "arm", "fund", "finance"),
    ]
)
_CRIMES = frozenset(["cleansing", "genocide", "atrocity", "crime", "massacre", "abuse", "terrorism", "aggression"])
_NAMING_ENTS = frozenset(["GPE", "NORP", "ORG"])


def _tells_a_misdeed(token) -> bool:
    """ "said that Pakistan was harbouring Taliban commanders", "that Chinese troops had violated agreements",
    "that Russia was responsible for the poisoning", "that Kosovo was carrying out ethnic cleansing": a named
    party said to do wrong is accused by the speaker."""
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.i > token.i):  # not "…, X said"
        subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
        if subject is None or not _names_a_party(subject):
            continue
        lemma = clause.lemma_.lower()
        if lemma in _MISDEEDS and (lemma not in {"arm", "fund", "finance", "shelter"} or _backs_fighters(clause)):
            return True
        if lemma in {"carry", "commit"} and has_object(clause, _CRIMES):
            return True
        if lemma == "pose" and has_object(clause, {"threat", "danger"}):
            return True
        if lemma == "be" and (has_child(clause, {"acomp"}, {"responsible"}) or _behind_a_deed(clause)):
            return True
    return False


_DEEDS = frozenset(["plot", "coup", "unrest", "hack", "hacking", "cyberattack", "poisoning", "campaign", "violence"])


def _behind_a_deed(clause) -> bool:
    """ "was behind the attack / the plot", not "is just behind the United States" in a ranking."""
    behind = [g for p in clause.children if p.dep_ == "prep" and p.lower_ == "behind" for g in p.children]
    return any(g.lemma_.lower() in _DEEDS or g.lemma_.lower() in attack_nouns() for g in behind)


def _names_a_party(subject) -> bool:
    """A country, people or organisation by name, or forces named by one ("Chinese troops")."""
    if subject.ent_type_ in _NAMING_ENTS:
        return True
    return any(c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in _NAMING_ENTS for c in subject.children)


def _backs_fighters(clause) -> bool:
    """ "was arming / funding the rebels": backing armed groups, not "funding schools"."""
    return has_object(clause, _FIGHTERS | {"terrorist", "terrorism", "separatist", "insurgency"})


def _off_a_blacklist(token) -> bool:
    """ "removed North Korea from its list of state sponsors of terrorism", "took Cuba off the blacklist"."""
    lists = [g for p in token.children if p.dep_ == "prep" and p.lower_ in {"from", "off"} for g in p.children]
    lists += [g for c in token.children if c.dep_ == "prt" and c.lower_ == "off" for g in c.children]
    for found in lists:
        words = {t.lemma_.lower() for t in found.subtree}
        if words & {"blacklist", "watchlist"} or ("list" in words and words & {"terrorism", "terrorist", "sanction"}):
            return True
    return False


_PROSPECTS = frozenset(["spectre", "specter", "prospect", "threat", "possibility"])


def _prospect_of_harm(token) -> bool:
    """ "raised the spectre of trade sanctions against Japan", "the prospect of military action"."""
    harms = _THREATENED | attack_nouns() | {"embargo", "expulsion", "boycott"}
    raised = [o for o in token.children if o.dep_ == "dobj" and o.lemma_.lower() in _PROSPECTS]
    of = [g for o in raised for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(g.lemma_.lower() in harms for g in of)


def _orders_forces_to(token, forces) -> bool:
    """ "ordered an aircraft carrier strike group to the Korean peninsula", "ordered troops into the city":
    forces moved by order, not a request."""
    moved = [o for o in token.children if o.dep_ == "dobj"]
    armed = any(o.lemma_.lower() in forces or has_child(o, {"compound"}, forces) for o in moved)
    return armed and has_child(token, {"prep"}, {"to", "into"})


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


_MEALS = frozenset(["dinner", "banquet", "reception", "lunch", "luncheon", "breakfast"])
_RIGHTS = frozenset(["right", "autonomy", "independence", "freedom", "suffrage", "concession", "vote"])
_SANCTIONS_WORDS = frozenset(w for w, mode in OBJECT_CLASSES["restrictions"].items() if mode == "ease")


def _meets_an_outcome(token) -> bool:
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}]  # "if the demands are not met"
    objects += [g for o in objects for p in o.children if p.lower_ == "of" for g in p.children]  # "years of demands"
    objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    return any(o.lemma_.lower() in _OUTCOMES for o in objects)


def _lets_in(token) -> bool:
    """ "allowed UN inspectors into the site", "allowed aid convoys to enter": international involvement."""
    heads = [token, *(c for c in token.children if c.dep_ in {"ccomp", "xcomp"})]
    return any(
        c.dep_ in OBJECT_DEPS | {"nsubj"} and c.lemma_.lower() in _INVOLVEMENT for h in heads for c in h.children
    )


_FORCES = frozenset(OBJECT_CLASSES["forces"])
# Words that make "targeted" an armed act: arms, forces or violence in the sentence
_ARMED_WORDS = frozenset([*VIOLENCE_WORDS, *_FORCES, *OBJECT_CLASSES["weapons"], "jet", "warplane", "drone", "strike"])
# What is taken only in a figure of speech, or is data rather than property or ground
_NOT_SEIZED = frozenset(
    [
        *("show", "spot", "thunder", "limelight", "headline", "march", "lead", "title", "mood", "imagination"),
        *("attention", "heart", "essence", "spirit", "moment", "market", "share", "space", "place", "position"),
        *("data", "information", "traffic", "call", "message", "communication", "signal", "password", "identity"),
        *("advantage", "initiative", "opportunity", "chance", "momentum", "day"),
    ]
)
_PROPOSALS = frozenset(["proposal", "plan", "offer", "idea", "suggestion", "option", "application", "draft", "bid"])
_FORCE_USED = frozenset([*OBJECT_CLASSES["weapons"], "force", "weapon"])
_AID_WORDS = frozenset(["aid", "assistance", "funding", "loan", "credit", "grant"])
_OUTLETS = frozenset(
    ["broadcast", "broadcasting", "newspaper", "website", "publication", "outlet", "broadcaster", "channel"]
)
_WEAPONS_TESTED = frozenset(["missile", "rocket", "torpedo", "weapon", "warhead", "bomb"])  # lemmas
_DEPORTABLE = PEOPLE_NOUNS | {"worker", "national", "immigrant", "citizen"}  # not envoys: they are expelled
_WANTED = frozenset(["suspect", "fugitive", "criminal", "militant", "terrorist"])


def _hands_over_suspects(token) -> bool:
    """ "handed over two suspects to the Phnom Penh authorities": a legal transfer, as an extradition."""
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children) or (
        token.lemma_.lower() == "hand" and has_child(token, {"prep", "dative"}, {"to"})  # "handed the suspects to"
    )
    heads = [token, *(c for c in token.children if c.dep_ in {"ccomp", "xcomp"})]  # "…suspects wanted for murder"
    handed = [c for h in heads for c in h.children if c.dep_ in OBJECT_DEPS | {"nsubj", "nsubjpass"}]
    suspected = any(c.lemma_.lower() in _WANTED or has_child(c, {"amod"}, _SUSPECTED) for c in handed)
    return over and (suspected or _to_a_court(token))


_SUSPECTED = frozenset(["suspect", "allege", "want", "accuse", "suspected", "alleged"])  # "the suspected gunman"


# Who receives a person in a legal transfer: a court, or another state's police, agents or officials
_LAW_RECEIVERS = frozenset(
    [
        *("tribunal", "court", "prosecutor", "prosecutors", "icc", "police", "agent", "official", "authority"),
        *("authorities", "marshal", "investigator", "fbi", "interpol"),
    ]
)


def _to_a_court(verb) -> bool:
    """A person handed "to the war crimes tribunal", "to the court" or "over to Italian police": a legal
    transfer."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    person = any(
        c.ent_type_ == "PERSON"
        or c.lower_ in {"him", "her"}
        or c.lemma_.lower() in _WANTED
        or has_child(c, {"amod", "compound"}, _WANTED)
        for c in objects
    )
    holders = [verb, *objects, *(c for c in verb.children if c.dep_ == "prt")]  # "handed him over to"
    to = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return person and any(g.lemma_.lower() in _LAW_RECEIVERS and g.dep_ == "pobj" for g in to)


_FIGHTERS = frozenset(
    [*OBJECT_CLASSES["forces"], "fighter", "militant", "rebel", "insurgent", "jihadist", "militia", "gunman"]
)
# What "hit" hits when it is an armed attack, not a storm or a price rise ("hit Kurdish positions"); the
# small model lemmatises "bases" as "basis"
_MILITARY_TARGETS = frozenset(
    [
        *_FIGHTERS,
        "position",
        "base",
        "basis",
        "target",
        "stronghold",
        "convoy",
        "outpost",
        "camp",
        "airbase",
        "airfield",
    ]
)
_STRUCK_DOWN = _MILITARY_TARGETS | PEOPLE_NOUNS  # "struck down two protesters"; a law is struck down in court


def _drives_out_fighters(token) -> bool:
    out = any(c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in {"from", "out"} for c in token.children)
    return out and has_object(token, _FIGHTERS)


_WAR_MACHINES = frozenset(["gunship", "helicopter", "warplane", "jet", "aircraft", "drone", "tank", "warship"])


def _backing_arms(token) -> list[tuple[object, bool]]:
    """What a "backed by" phrase names that fights: (noun, whether a party is named with it)."""
    weapons = OBJECT_CLASSES["weapons"]
    agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return [
        (a, any(t.ent_type_ in {"GPE", "NORP", "ORG"} or country_of_text(t.text) for t in a.doc[a.left_edge.i : a.i]))
        for a in agents
        if a.lemma_.lower() in attack_nouns() or a.lemma_.lower() in weapons or a.lemma_.lower() in _WAR_MACHINES
    ]


def _backed_by_strikes(token) -> bool:
    """ "supported by US air strikes", "backed by Rwandan tanks": another party fights alongside."""
    return any(named or a.lemma_.lower() in attack_nouns() for a, named in _backing_arms(token))


def _backed_by_own_arms(token) -> bool:
    """ "troops backed by helicopter gunships": weapons that name no party are their own."""
    return any(not named for _, named in _backing_arms(token))


# What a party can block in a vote or council: a proposal, a package, a deal, a membership.
_BLOCKABLE = frozenset(
    [
        *OBJECT_CLASSES["dismissable"],
        *("package", "bill", "measure", "resolution", "deal", "agreement", "move", "bid", "accession", "membership"),
        *("nomination", "appointment", "declaration", "budget", "tranche", "loan", "sanction"),
    ]
)


def _to_people(token) -> bool:
    """ "to refugees", "to West Africans": people let in, not trade or traffic."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if noun.lemma_.lower() in _DEPORTABLE or noun.ent_type_ == "NORP":
                return True
    return False


def _uses_force(token) -> bool:
    """ "used chemical weapons", "used force against protesters"; but "used tear gas to disperse them" tells
    its act in the purpose clause, which is coded instead."""
    purpose = any(c.dep_ in {"xcomp", "advcl"} and has_child(c, {"aux"}, {"to"}) for c in token.children)
    return not purpose and has_object(token, _FORCE_USED)


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


_HELPED = frozenset([*PEOPLE_NOUNS, "victim", "survivor", "family", "community", "population", "country", "nation"])


def _helps_someone(token) -> bool:
    """Help is aid when the helped are named: a party, a people or people in need ("help Ukraine", "helped
    seven million Ethiopians", "assist refugees", "help the victims (to) rebuild")."""
    helped = [c for c in token.children if c.dep_ in OBJECT_DEPS | {"dative", "nsubjpass"}]
    helped += [g for c in token.children if c.dep_ in {"xcomp", "ccomp"} for g in c.children if g.dep_ == "nsubj"]
    if not helped and token.dep_ in {"relcl", "acl"}:
        helped = [token.head]  # "the refugees it helped"
    return any(
        h.ent_type_ in _NAMED
        or h.pos_ == "PROPN"
        or h.lemma_.lower() in _HELPED
        or h.lower_ in SECTOR_OF
        or h.lemma_.lower() in SECTOR_OF
        or country_of_text(h.text) is not None  # "help ukraine rebuild", lower-cased
        for h in helped
    )


def _welcomes_a_visitor(token) -> bool:
    """A named person, a country or a guest ("the Australian prime minister") welcomed to/in/at a place,
    not a decision or a move."""
    guests = OBJECT_CLASSES["guests"]
    named = any(
        c.dep_ in OBJECT_DEPS | {"nsubjpass"}
        and (c.ent_type_ in {"PERSON", "GPE", "NORP"} or c.lemma_.lower() in guests)
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


def _applies_to_join(verb) -> bool:
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in {"join", "enter"} for c in verb.children)


def _died_in_an_attack(verb) -> bool:
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in attack_nouns()
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in {"in", "from", "during"}
        for g in p.children
    )


def _terrorist_listing(verb) -> bool:
    """The object named a terrorist organisation ("designated X a terrorist group", "listed X as terrorists")."""
    if not has_child(verb, OBJECT_DEPS):
        return False
    complement = [c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp", "ccomp", "prep", "dobj", "npadvmod"}]
    return any(t.lower_ in {"terrorist", "terrorists", "terror"} for c in complement for t in c.subtree)


def _names_something(verb) -> bool:
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS | {"oprd"}]
    return len(objects) >= 2 or any(o.dep_ == "oprd" or o.lower_ == "what" for o in objects)


_VOWING = frozenset(["vow", "swear", "promise", "pledge"])
_VENGEANCE = frozenset(["revenge", "vengeance", "retaliation", "retribution", "reprisal", "retaliate", "avenge"])


def _vows_revenge(verb) -> bool:
    """ "vowed severe revenge", "vowed to retaliate", "swore to avenge": a threat, not a promise to cooperate."""
    said = [c for c in verb.children if c.dep_ in OBJECT_DEPS | {"xcomp"}]
    return any(c.lemma_.lower() in _VENGEANCE for c in said)


def _defends_its_own(verb) -> bool:
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    return bool(objects) and all(has_child(o, {"poss"}, {"its", "their", "his", "her", "our", "my"}) for o in objects)


def _talks_about_only(verb) -> bool:
    subject, _ = clause_subject(verb)
    together = subject is not None and bool(subject.conjuncts)
    addressed = has_child(verb, {"prep"}, {"with", "to"}) or together
    return has_child(verb, {"prep"}, {"about"}) and not addressed


def _prep_objects(verb, word: str, lemmas) -> bool:
    """Whether the verb's preposition ``word`` has an object among ``lemmas`` ("took to the streets")."""
    return any(g.lemma_.lower() in lemmas for p in verb.children if p.lower_ == word for g in p.children)


def _storms_into(verb) -> bool:
    return any(p.dep_ == "prep" and p.lower_ in {"into", "through"} for p in verb.children)


def _sits_down_together(verb) -> bool:
    """ "sat down with the US", "sat down together", "the two sides sat down for talks"."""
    if has_child(verb, {"prep"}, {"with"}) or has_child(verb, {"advmod"}, {"together"}):
        return True
    talks = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children]
    subject, _ = clause_subject(verb)
    sides = subject is not None and (bool(subject.conjuncts) or subject.lemma_.lower() in _TALKING_SIDES)
    return sides or any(t.lemma_.lower() in {"talk", "negotiation", "discussion"} for t in talks)


_TALKING_SIDES = frozenset({"side", "party", "delegation", "leader", "negotiator", "government"})


def _particle(child) -> bool:
    """A verb particle, also one the parser took for a preposition ("pulled out (prep) of the town") or an
    adverb ("pulled back (advmod) from the area")."""
    if child.dep_ == "prt":
        return True
    if child.dep_ == "advmod" and child.lower_ in {"back", "down", "aside"} and 0 < child.i - child.head.i <= 4:
        return True  # "pulled back", "pulled troops back from"
    return child.dep_ == "prep" and child.lower_ in {"out", "back", "off"} and not has_child(child, {"pobj"})


def _trade_with_a_country(verb) -> bool:
    """ "banned imports of Australian wine", "halted arms sales to Taiwan"; not "banned exports of grain"."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.lemma_.lower() in TRADE_WORDS]
    if not objects:
        return False
    phrases = objects + [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "from"}]
    return any(t.ent_type_ in {"GPE", "NORP"} or country_of_text(t.text) for o in phrases for t in o.subtree)


def _test_firing(verb) -> bool:
    """ "test-fired a missile", "fired a missile in a test / into the sea": a weapons test aims at no one."""
    test_word = any(c.lower_ in {"test", "tests"} and c.i < verb.i for c in verb.children)
    in_a_test = any(
        p.dep_ == "prep" and any(g.lemma_.lower() in {"test", "exercise", "drill", "sea", "ocean"} for g in p.children)
        for p in verb.children
    )
    return (test_word or in_a_test) and has_object(verb, _WEAPONS_TESTED)


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
    ("put", "readiness"): ("MOBILIZE", "alert"),
    ("place", "readiness"): ("MOBILIZE", "alert"),
    ("put", "footing"): ("MOBILIZE", "alert"),
    ("put", "standby"): ("MOBILIZE", "alert"),
    ("place", "standby"): ("MOBILIZE", "alert"),
}


# "placed under house arrest", "put the town under curfew": a placing verb with "under" + a restraint noun.
# "took the former president into custody", "remanded in custody", "held in pre-trial detention" too.
_UNDER = {
    "arrest": ("COERCE", "arrest"),
    "detention": ("COERCE", "arrest"),
    "custody": ("COERCE", "arrest"),
    "curfew": ("COERCE", "restrict"),
}
_UNDER_VERBS = frozenset(["put", "place", "keep", "hold", "take", "remand"])
_STATES.update({(verb, noun): found for verb in _UNDER_VERBS for noun, found in _UNDER.items()})
_STATE_VERBS = frozenset(verb for verb, _ in _STATES)


def _state_change(token, lemma: str) -> Candidate | None:
    if lemma not in _STATE_VERBS:
        return None
    preps = {"on", "under", "in", "into"} if lemma in _UNDER_VERBS else {"on"}
    nouns = [
        g for c in token.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"
    ]
    if has_child(token, {"prt"}, {"on"}):  # "troops were put on (particle) heightened alert (object)"
        nouns += [c for c in token.children if c.dep_ in OBJECT_DEPS]
    for noun in nouns:
        found = _STATES.get((lemma, noun.lemma_.lower()))
        if found is not None:
            kind, mode = found
            if has_child(noun, {"compound", "amod"}, {"hunger"}):
                mode = "hunger"  # "went on hunger strike" (CAMEO 142)
            if noun.lemma_.lower() in _UNDER:  # the object or passive subject is held, as by "arrested"
                trigger = Trigger(kind=kind, mode=mode, recipient=("dobj",))
                return Candidate(trigger=trigger, word=noun, verb=token, kind=kind, mode=mode)
            trigger = Trigger(kind=kind, mode=mode, recipient=("against",))
            return Candidate(trigger=trigger, word=noun, verb=token, kind=kind, mode=mode, noun=noun)
    return None


def _attacks_words(verb) -> bool:
    """ "attacked the plan / the government's position", "the plan was attacked as too little"; not "troops
    attacked rebel positions"."""
    if _forces_subject(verb, _FORCES):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) and has_child(verb, {"agent"}):
        return True  # "attacked by the Tories as too little, too late": judged, in words
    things = [c for c in verb.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}]
    things += [g for t in things for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(
        (c.lemma_.lower() in _WORDS_AND_PLANS or c.lower_ == "lies")
        and c.lower_ != "positions"  # "rebel positions" are held by fighters
        for c in things
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
    return party is not None and (party.pos_ == "PROPN" or party.ent_type_ in _NAMED)


_OBLIGATION = {"must", "should"}
_DEMANDING_SPEECH = {"say", "insist", "demand", "tell", "warn", "stress", "announce", "conclude", "declare", "add"}


def obligation_candidate(token) -> Candidate | None:
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
    modal = next((c.lower_ for c in token.lefts if c.dep_ == "aux" and c.lower_ in _OBLIGATION), None)
    if modal is None:
        return None
    mode = "appeal" if modal == "should" else None  # "should" advises (CAMEO 02); "must" demands (10)
    trigger = Trigger(kind="REQUEST", mode=mode, recipient=())
    return Candidate(trigger=trigger, word=token, verb=token.head, kind="REQUEST", mode=mode, addressee=token)


def _call_candidate(token) -> Candidate | None:
    """ "call on X to…" / "call for X" is an appeal; "called up reservists" mobilises; "call" elsewhere is
    too ambiguous to code."""
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        if has_object(token, _FORCES | {"reservist", "reserve", "conscript"}):
            return _reading(token, "MOBILIZE", "military", recipient=())
        return None
    for child in token.children:
        if child.dep_ == "advcl" and has_child(child, {"mark"}, {"for"}) and has_child(child, {"nsubj", "nsubjpass"}):
            # "called for Russia to withdraw": Russia is asked
            trigger = Trigger(kind="REQUEST", mode="appeal", recipient=())
            return Candidate(trigger=trigger, word=token, verb=token, kind="REQUEST", mode="appeal", addressee=child)
        if _names_something(token):
            return None  # "what New Delhi called a militant training camp (on Tuesday)": naming, no appeal
        dated = child.dep_ == "prep" and has_child(child, {"pobj"}) and _a_date(child)  # "called on Tuesday"
        if (child.dep_ == "prep" and child.lower_ in {"for", "on"} and not dated) or (
            child.dep_ == "prt" and child.lower_ == "on"
        ):
            return _reading(token, "REQUEST", "appeal", recipient=("on", "dobj"))
    return None


def _a_date(prep) -> bool:
    return all(g.ent_type_ in {"DATE", "TIME"} for g in prep.children if g.dep_ == "pobj")


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
        subject.ent_type_ in _NAMED
        or subject.lemma_.lower() in SECTOR_OF
        or subject.lower_ in {"he", "she", "they", "we", "i"}
    )


_VISITORS = frozenset(
    [
        *("minister", "president", "premier", "leader", "envoy", "delegation", "official", "chief", "secretary"),
        *("pope", "diplomat", "chancellor", "king", "queen", "prince", "emissary", "negotiator", "mediator"),
        "ambassador",
    ]
)


def _visitor(verb) -> bool:
    """Someone whose arrival somewhere is a visit: a named person or an official, not refugees or a ship."""
    subject, passive = clause_subject(verb)
    if subject is None or passive:
        return False
    return subject.ent_type_ == "PERSON" or subject.lemma_.lower() in _VISITORS


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
        c.dep_ in OBJECT_DEPS | {"nsubjpass"} and (_a_named_party(c) or c.lemma_.lower() in guests)
        for c in verb.children
    )


def _a_named_party(token) -> bool:
    """A name of someone who can be received or hosted, not of a prize ("received an honorary Golden Bear")."""
    return token.pos_ == "PROPN" and token.ent_type_ in _NAMED


# What a political host hosts: a meeting or a guest (not "hosted the awards", "host a reception for survivors")
_HOSTED = frozenset(
    [
        *("summit", "talk", "meeting", "conference", "visit", "delegation", "forum", "round", "negotiation"),
        *OBJECT_CLASSES["guests"],
    ]
)


def _hosts_a_meeting(verb) -> bool:
    hosted = [c for c in verb.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}]
    if verb.dep_ in {"relcl", "acl", "amod"} and not any(h.lemma_.lower() not in {"which", "that"} for h in hosted):
        hosted = [verb.head]  # "a conference … hosted by Gordon Brown", "the awards, which were hosted by…"
    return any(_a_named_party(h) or h.lemma_.lower() in _HOSTED for h in hosted)


def _object_mode(token, trigger: Trigger):
    """The mode the verb's object gives (weapons -> military), None when fine without one, False
    when the verb needs an object of its class and has none ("supplied the report")."""
    members = OBJECT_CLASSES[trigger.objects]
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}]
    if token.dep_ == "amod" and token.head.i > token.i:  # "Korea scrambled fighter jets" read as "scrambled jets"
        objects.append(token.head)
    passive_conj = token.dep_ == "conj" and (
        has_child(token, {"auxpass"}) or (token.tag_ == "VBN" and has_child(token.head, {"auxpass"}))
    )
    if not objects and passive_conj:  # "were arrested and released", "…were released by Putin": a shared subject
        shared, _ = clause_subject(token)
        objects += [shared] if shared is not None else []
    # "supplied Ukraine with weapons"; the parser may hang "with" on the object ("guerrillas in Lebanon with rockets")
    holders = [token] + [c for c in token.children if c.dep_ in OBJECT_DEPS]
    objects += [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # "supplies of food"; "2 billion pounds in military aid": the "in" phrase tells what the amount is
    amounts = [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children]
    of = [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    objects = amounts + objects + of
    for obj in objects:
        for noun in [obj, *obj.conjuncts]:
            lemma = noun.lemma_.lower()
            if lemma == "device" and not has_child(noun, {"amod", "compound"}, _BOMB_WORDS):
                continue  # "launched its latest pocket office device": a gadget; "an explosive device" is a bomb
            if lemma in members:
                return members[lemma]
            if trigger.objects == "people" and noun.ent_type_ in {"PERSON", "NORP"}:
                return None  # "freed Sheikh Hasina", "freed 10 jailed Americans"
            # "Patriot missile systems", "air defence systems": any word of the compound tells
            compound = next(
                (c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in members), None
            )
            if compound is not None:
                return members[compound]
            if trigger.objects == "aid" and lemma == "system" and has_child(noun, {"compound"}, {"defence", "defense"}):
                return "military"  # "air defence systems" ("the defence committee" is no weapon)
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
