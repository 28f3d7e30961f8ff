"""Entities resolved across articles: romanisations, surnames alone, countries as evidence."""

from __future__ import annotations

from newsgraph.kb.entities import EntityResolver
from newsgraph.kb.names import name_key
from newsgraph.records import Entity, EntityType, Sector


def person(name: str, country: str | None = None, role: str | None = None, sector: Sector | None = None) -> Entity:
    return Entity(id="e", type=EntityType.PERSON, name=name, country=country, role=role, sector=sector)


def test_romanisations_fold_to_one_key() -> None:
    assert name_key("Sergei Lavrov") == name_key("Sergey Lavrov")
    assert name_key("Volodymyr Zelenskyy") == name_key("Volodymyr Zelensky") == name_key("Volodymyr Zelenskiy")
    assert name_key("Dmitri Peskov") == name_key("Dmitry Peskov")
    assert name_key("Mevlüt Çavuşoğlu") == name_key("Mevlut Cavusoglu")
    assert name_key("Sergey Lavrov") != name_key("Sergey Shoigu")


def test_spelling_variants_of_one_person_share_a_kb_id() -> None:
    kb = EntityResolver()
    lavrov = kb.resolve(person("Sergey Lavrov", "RUS", "Foreign Minister", Sector.GOV)).kb_id
    assert kb.resolve(person("Sergei Lavrov", "RUS")).kb_id == lavrov
    assert kb.resolve(person("Lavrov")).kb_id == lavrov
    assert kb.resolve(person("S. Lavrov")).kb_id == lavrov
    zelensky = kb.resolve(person("Volodymyr Zelensky", "UKR")).kb_id
    assert kb.resolve(person("Volodymyr Zelenskyy")).kb_id == zelensky
    assert kb.resolve(person("Zelenskiy", "UKR")).kb_id == zelensky
    assert zelensky != lavrov
    assert {"Sergey Lavrov", "Sergei Lavrov", "Lavrov"} <= kb.entities[lavrov].aliases
    assert kb.entities[lavrov].num_articles == 4


def test_a_surname_first_seen_alone_takes_the_full_name_later() -> None:
    kb = EntityResolver()
    first = kb.resolve(person("Peskov", "RUS")).kb_id
    assert kb.resolve(person("Dmitry Peskov", "RUS", "Kremlin spokesman")).kb_id == first
    assert kb.entities[first].name == "Dmitry Peskov"


def test_a_different_country_keeps_namesakes_apart() -> None:
    kb = EntityResolver()
    uk = kb.resolve(person("John Smith", "GBR")).kb_id
    us = kb.resolve(person("John Smith", "USA")).kb_id
    assert uk != us


def test_different_given_names_are_different_people() -> None:
    kb = EntityResolver()
    boris = kb.resolve(person("Boris Johnson", "GBR")).kb_id
    andrew = kb.resolve(person("Andrew Johnson", "USA")).kb_id
    assert boris != andrew
    # "Johnson" alone is ambiguous; the country decides
    assert kb.resolve(person("Johnson", "GBR")).kb_id == boris
    assert kb.resolve(person("Johnson")).kb_id not in {boris, andrew}


def test_role_evidence_picks_among_namesakes() -> None:
    kb = EntityResolver()
    minister = kb.resolve(person("Ivan Petrov", "RUS", "Deputy Foreign Minister", Sector.GOV)).kb_id
    player = kb.resolve(person("Oleg Petrov", "RUS", "striker", Sector.CVL)).kb_id
    assert kb.resolve(person("Petrov", "RUS", "Deputy Foreign Minister", Sector.GOV)).kb_id == minister
    assert minister != player


def test_country_names_resolve_to_country_ids_but_regions_do_not() -> None:
    kb = EntityResolver()
    gpe = lambda name: kb.resolve(Entity(id="g", type=EntityType.GPE, name=name)).kb_id  # noqa: E731
    assert gpe("Russia") == gpe("Russian Federation") == "country:RUS"
    assert gpe("UK") == gpe("Britain") == "country:GBR"
    assert gpe("Scotland") != "country:GBR"


def test_kb_reloads_from_rows_with_the_same_ids() -> None:
    kb = EntityResolver()
    lavrov = kb.resolve(person("Sergey Lavrov", "RUS")).kb_id
    rows = [tuple(e.row().values()) for e in kb.entities.values()]
    again = EntityResolver.from_rows(rows)
    assert again.resolve(person("Sergei Lavrov")).kb_id == lavrov
