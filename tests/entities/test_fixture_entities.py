"""A second story, from another (invented) site, with invented people: the rules are general,
not the seed's. No name here is in any world-knowledge table."""

from __future__ import annotations

import pytest

from ._support import FIXTURES, entity_at, person, run_entities

pytestmark = pytest.mark.slow

HARBOR = FIXTURES / "harbortimes-2023-06-14-amman-border-talks.txt"

EXPECTED = {
    "Daniel Whitcombe": ("USA", "GOV", "Secretary of State"),
    "Samir Haddad": ("JOR", "GOV", "Prime Minister"),
    "Miriam Levanon": ("ISR", "GOV", "foreign minister"),
    "Tariq Nassar": ("JOR", "COP", None),
    "Omar Saleh": ("JOR", "MIL", "Brigadier General"),
    "Ingrid Solberg": (None, "IGO", None),
    "Leila Mansour": ("JOR", "EDU", "professor"),
    "Hany Farouk": ("EGY", "GOV", "Foreign Minister"),
}


@pytest.fixture(scope="module")
def harbor():
    return run_entities(HARBOR)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_people_country_sector_role(harbor, name):
    entity = person(harbor, name)
    country, sector, role = EXPECTED[name]
    assert (entity.country, entity.sector) == (country, sector)
    if role is not None:
        assert entity.role == role


def test_only_the_story_people(harbor):
    people = {e.name for e in harbor.entities if e.type == "PERSON"}
    assert people == set(EXPECTED)  # no "State" out of "Secretary of State", no byline or chrome


def test_surnames_pronouns_and_nominals(harbor):
    body = harbor.article.body

    def refers(text: str, name: str, after: str = "") -> None:
        offset = body.index(text, body.index(after) if after else 0)
        hits = [e.name for e in harbor.entities for m in e.mentions if m.span.start == offset]
        assert hits == [name], (text, hits)

    refers("Whitcombe told", "Daniel Whitcombe")
    refers("He said Washington", "Daniel Whitcombe")
    refers("The prime minister added", "Samir Haddad")
    refers("her government", "Miriam Levanon")
    refers("she said", "Miriam Levanon")
    refers("his officers", "Tariq Nassar")
    refers("Solberg declined", "Ingrid Solberg")
    nominal = next(m for m in person(harbor, "Samir Haddad").mentions if m.kind == "nominal")
    assert nominal.span.text == "The prime minister"


def test_organisations_and_places(harbor):
    for text, country, sector in [
        ("Reuters", "GBR", "MED"),
        ("MENA", "EGY", "MED"),
        ("European Commission", None, "IGO"),
        ("University of Jordan", "JOR", "EDU"),
    ]:
        org = entity_at(harbor, text)
        assert (org.type, org.country, org.sector) == ("ORG", country, sector), text
    assert entity_at(harbor, "MENA").role == "state news agency"
    for text, country in [("Washington", "USA"), ("Amman", "JOR"), ("U.S.", "USA")]:
        place = entity_at(harbor, text)
        assert (place.type, place.country) == ("GPE", country), text
