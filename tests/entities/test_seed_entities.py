"""The seed article: the nine people with the country and sector their titles give, and the
mentions (surnames, pronouns) that quotes and events need."""

from __future__ import annotations

import pytest

from ._support import entity_at, person

pytestmark = pytest.mark.slow

SEED_PEOPLE = {
    "Sergey Lavrov": ("RUS", "GOV"),
    "Dmytro Kuleba": ("UKR", "GOV"),
    "Mevlut Cavusoglu": ("TUR", "GOV"),
    "Maria Zakharova": ("RUS", "GOV"),
    "Vladimir Putin": ("RUS", "GOV"),
    "Volodymyr Zelensky": ("UKR", "GOV"),
    "Dmitry Peskov": ("RUS", "GOV"),
    "Alexander Lukashenko": ("BLR", "GOV"),
    "Rostislav Ishchenko": ("UKR", "EDU"),
}


@pytest.mark.parametrize("name", sorted(SEED_PEOPLE))
def test_seed_person_has_country_and_sector(seed, name):
    entity = person(seed, name)
    assert (entity.country, entity.sector) == SEED_PEOPLE[name]


def test_seed_has_no_other_person_with_a_country(seed):
    # Chrome lines may still reach the body before the page reader lands; they must not become
    # people with a country or sector.
    extra = [e.name for e in seed.entities if e.type == "PERSON" and e.name not in SEED_PEOPLE]
    assert all(person(seed, n) for n in SEED_PEOPLE)
    for name in extra:
        entity = next(e for e in seed.entities if e.name == name)
        assert entity.country is None and entity.sector is None, name


def test_seed_roles_as_written(seed):
    assert person(seed, "Sergey Lavrov").role == "Foreign Minister"
    assert person(seed, "Dmitry Peskov").role == "Kremlin spokesman"
    assert person(seed, "Rostislav Ishchenko").role == "political analyst"
    assert person(seed, "Maria Zakharova").role == "Foreign Ministry spokeswoman"
    lavrov_full = next(m for m in person(seed, "Sergey Lavrov").mentions if m.kind == "name")
    assert lavrov_full.role_span.text == "Russian Foreign Minister"


def test_surname_mentions_join_the_full_name(seed):
    # "Kuleba said after the meeting" is labelled ORG by the small model; it is still Kuleba.
    kuleba = person(seed, "Dmytro Kuleba")
    surnames = [m for m in kuleba.mentions if m.kind == "surname"]
    assert len(surnames) >= 2 and all(m.span.text == "Kuleba" for m in surnames)
    assert all(m.type == "PERSON" for m in kuleba.mentions)
    lavrov = person(seed, "Sergey Lavrov")
    assert sum(m.kind == "surname" for m in lavrov.mentions) >= 3
    assert entity_at(seed, "Putin").name == "Vladimir Putin"
    assert not [e for e in seed.entities if e.type != "PERSON" and e.name in ("Kuleba", "Lavrov")]


def test_pronouns_resolve_to_the_previous_subject(seed):
    body = seed.article.body
    for sentence_start, expected in [
        ("He described the meeting", "Dmytro Kuleba"),
        ("He accused the West", "Sergey Lavrov"),
        ("He added that Ukraine needs", "Rostislav Ishchenko"),
    ]:
        offset = body.index(sentence_start)
        hits = [e for e in seed.entities for m in e.mentions if m.span.start == offset and m.kind == "pronoun"]
        assert [e.name for e in hits] == [expected], sentence_start
    kuleba = person(seed, "Dmytro Kuleba")
    embedded = body.index("that he discussed") + len("that ")
    assert any(m.span.start == embedded and m.kind == "pronoun" for m in kuleba.mentions)


def test_organisations_and_places(seed):
    ria = entity_at(seed, "RIA Novosti")
    assert (ria.type, ria.country, ria.sector, ria.role) == ("ORG", "RUS", "MED", "news agency")
    kremlin = entity_at(seed, "Kremlin")
    assert (kremlin.type, kremlin.country, kremlin.sector) == ("ORG", "RUS", "GOV")
    ministry = entity_at(seed, "Russian Foreign Ministry")
    assert (ministry.country, ministry.sector) == ("RUS", "GOV")
    for text, code in [("Russia", "RUS"), ("Turkey", "TUR"), ("Kyiv", "UKR"), ("Antalya", "TUR")]:
        place = entity_at(seed, text)
        assert (place.type, place.country) == ("GPE", code)
    for text, code in [("Belarusian", "BLR"), ("Ukrainian", "UKR")]:
        norp = entity_at(seed, text)
        assert (norp.type, norp.country) == ("NORP", code)


def test_every_mention_slices_the_body(seed):
    body = seed.article.body
    for entity in seed.entities:
        for m in entity.mentions:
            assert body[m.span.start : m.span.end] == m.span.text
            if m.role_span:
                assert body[m.role_span.start : m.role_span.end] == m.role_span.text
    assert len({e.id for e in seed.entities}) == len(seed.entities)
