"""Resolve each article's entities to stable knowledge-base ids across articles.

Evidence, strongest first: the same folded name or alias; for people, the same surname (fuzzy,
for spellings like Zelensky/Zelenskyy) with a compatible given name (equal, an initial, or a
close spelling); a surname alone joins the one person of that surname whose country fits.
A different known country always blocks a merge; a shared role or sector breaks ties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from newsgraph.kb.names import name_key, slug
from newsgraph.lexicon.countries import country_code, demonyms
from newsgraph.records import Entity

SURNAME_SIMILARITY = 85  # rapidfuzz ratio on folded surnames: zelensky ~ zelenskyi
GIVEN_SIMILARITY = 75  # given names: aleksandr ~ alexander
DOMINANT = 3  # a lone surname goes to a namesake reported this many times more often than the next
NAME_SIMILARITY = 92  # organisations and places: whole folded names
TYPE_GROUPS = {"GPE": "PLACE", "LOC": "PLACE"}


@dataclass
class KbEntity:
    kb_id: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    country: str | None = None
    sector: str | None = None
    num_articles: int = 0
    num_mentions: int = 0

    def row(self) -> dict:
        return {
            "kb_id": self.kb_id,
            "type": self.type,
            "name": self.name,
            "aliases": sorted(self.aliases),
            "role": self.role,
            "country": self.country,
            "sector": self.sector,
            "num_articles": self.num_articles,
            "num_mentions": self.num_mentions,
        }


class EntityResolver:
    def __init__(self) -> None:
        self.entities: dict[str, KbEntity] = {}
        self._by_key: dict[tuple[str, str], set[str]] = {}
        # fuzzy lookups scan one bucket: (group or "SURNAME", first letter) → key → kb ids
        self._buckets: dict[tuple[str, str], dict[str, set[str]]] = {}

    @classmethod
    def from_rows(cls, rows) -> EntityResolver:
        resolver = cls()
        for kb_id, type_, name, aliases, role, country, sector, n_art, n_men in rows:
            kb = KbEntity(kb_id, type_, name, set(aliases or []), role, country, sector, n_art or 0, n_men or 0)
            resolver._index(kb)
        return resolver

    def resolve(self, entity: Entity) -> KbEntity:
        """The KB entity for ``entity`` (created when nothing matches), updated with its evidence."""
        type_ = str(entity.type)
        kb = self._find(entity, type_)
        if kb is None:
            kb = KbEntity(self._new_id(entity, type_), type_, entity.name)
        kb.num_articles += 1
        kb.num_mentions += len(entity.mentions)
        kb.country = kb.country or entity.country
        kb.sector = kb.sector or (str(entity.sector) if entity.sector else None)
        kb.role = kb.role or entity.role
        kb.aliases.update(a for a in [entity.name, *entity.aliases] if a)
        if type_ == "PERSON" and len(name_key(entity.name).split()) > len(name_key(kb.name).split()):
            kb.name = entity.name  # the fullest name becomes canonical
        self._index(kb)
        return kb

    # -- matching -----------------------------------------------------------------------------
    def _find(self, entity: Entity, type_: str) -> KbEntity | None:
        group = TYPE_GROUPS.get(type_, type_)
        if group == "PLACE":
            code = _country_of_place(entity.name)
            if code and f"country:{code}" in self.entities:
                return self.entities[f"country:{code}"]
        key = name_key(entity.name)
        if group == "PERSON" and " " not in key:  # a surname alone: an earlier alias may be a namesake's
            return self._find_person(key, entity)
        keys = {name_key(n) for n in [entity.name, *entity.aliases] if n}
        exact = [self.entities[i] for k in keys for i in self._by_key.get((group, k), ())]
        exact = [kb for kb in exact if _compatible(kb, entity)]
        if exact:
            return _best(exact, entity)
        if group == "PERSON":
            return self._find_person(key, entity)
        return self._find_fuzzy(group, key, entity)

    def _find_person(self, key: str, entity: Entity) -> KbEntity | None:
        tokens = key.split()
        if not tokens:
            return None
        surname = tokens[-1]
        candidates = [self.entities[i] for i in self._fuzzy_ids("SURNAME", surname, SURNAME_SIMILARITY)]
        candidates = [kb for kb in candidates if _compatible(kb, entity)]
        if len(tokens) == 1:  # a surname alone: only when it is not ambiguous
            return candidates[0] if len(candidates) == 1 else _clear_winner(candidates, entity)
        matching = [kb for kb in candidates if _given_names_agree(tokens, kb)]
        return _best(matching, entity) if matching else None

    def _find_fuzzy(self, group: str, key: str, entity: Entity) -> KbEntity | None:
        if len(key) < 6:
            return None
        found = [self.entities[i] for i in self._fuzzy_ids(group, key, NAME_SIMILARITY)]
        found = [kb for kb in found if _compatible(kb, entity)]
        return _best(found, entity) if found else None

    def _fuzzy_ids(self, bucket: str, key: str, cutoff: int) -> set[str]:
        from rapidfuzz import process

        keys = self._buckets.get((bucket, key[:1]), {})
        hits = process.extract(key, list(keys), scorer=fuzz.ratio, score_cutoff=cutoff, limit=20)
        return {i for hit, _score, _ in hits for i in keys[hit]}

    # -- bookkeeping --------------------------------------------------------------------------
    def _index(self, kb: KbEntity) -> None:
        self.entities[kb.kb_id] = kb
        group = TYPE_GROUPS.get(kb.type, kb.type)
        for alias in kb.aliases | {kb.name}:
            key = name_key(alias)
            self._by_key.setdefault((group, key), set()).add(kb.kb_id)
            self._buckets.setdefault((group, key[:1]), {}).setdefault(key, set()).add(kb.kb_id)
            if group == "PERSON" and key:
                surname = key.split()[-1]
                self._buckets.setdefault(("SURNAME", surname[:1]), {}).setdefault(surname, set()).add(kb.kb_id)

    def _new_id(self, entity: Entity, type_: str) -> str:
        if TYPE_GROUPS.get(type_) == "PLACE" and (code := _country_of_place(entity.name)):
            return f"country:{code}"
        base = f"{type_.lower()}:{slug(name_key(entity.name))}"
        kb_id, n = base, 1
        while kb_id in self.entities:
            n += 1
            kb_id = f"{base}-{n}"
        return kb_id


def _country_of_place(name: str) -> str | None:
    """The country a place name stands for, unless it is a part of it (Scotland is not GBR)."""
    name = name.strip()
    if name in demonyms():
        return None
    code = country_code(name)
    if code and (code, name.lower().removeprefix("the ")) in _subdivisions():
        return None
    return code


@cache
def _subdivisions() -> set[tuple[str, str]]:
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    return {
        (alpha3.get(s.country_code, ""), re.split(r"[;\[(]", s.name)[0].strip().lower()) for s in pycountry.subdivisions
    }


def _compatible(kb: KbEntity, entity: Entity) -> bool:
    return not (kb.country and entity.country and kb.country != entity.country)


def _given_names_agree(tokens: list[str], kb: KbEntity) -> bool:
    """Every full name the KB entity goes by with this surname has a compatible given name, so
    "Cherie Blair" never joins "Tony Blair" (a KB entity known by its surname alone takes anyone)."""
    given, surname = tokens[0], tokens[-1]
    full = [k.split() for k in (name_key(a) for a in kb.aliases | {kb.name}) if " " in k]
    full = [f for f in full if f[-1] == surname or fuzz.ratio(f[-1], surname) >= SURNAME_SIMILARITY]
    return all(_given_agrees(given, f[0]) for f in full)


def _given_agrees(given: str, other: str) -> bool:
    if len(given) == 1 or len(other) == 1:
        return given[0] == other[0]
    return given == other or fuzz.ratio(given, other) >= GIVEN_SIMILARITY


def _evidence(kb: KbEntity, entity: Entity) -> int:
    same_country = bool(kb.country and kb.country == entity.country)
    same_sector = bool(kb.sector and entity.sector and kb.sector == str(entity.sector))
    same_role = bool(kb.role and entity.role and fuzz.token_set_ratio(kb.role, entity.role) >= 80)
    return same_country + same_sector + same_role


def _clear_winner(candidates: list[KbEntity], entity: Entity) -> KbEntity | None:
    """Among several people of one surname, the one the role/country evidence singles out, else
    one reported far more often than the rest (the "Blair" of a British politics desk)."""
    scored = sorted(((_evidence(kb, entity), kb.kb_id, kb) for kb in candidates), reverse=True, key=lambda t: t[:2])
    if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][2]
    if entity.country or entity.role:
        return None  # evidence was there and did not decide
    by_count = sorted(candidates, key=lambda kb: -kb.num_articles)
    if len(by_count) > 1 and by_count[0].num_articles >= max(3, DOMINANT * by_count[1].num_articles):
        return by_count[0]
    return None


def _best(candidates: list[KbEntity], entity: Entity) -> KbEntity:
    return max(candidates, key=lambda kb: (_evidence(kb, entity), kb.num_articles, kb.kb_id))
