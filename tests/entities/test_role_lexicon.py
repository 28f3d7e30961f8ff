"""Title words to sectors, without spaCy."""

from __future__ import annotations

import pytest

from newsgraph.lexicon.roles import org_sector, title_sector


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        ("Foreign Minister", "GOV"),
        ("Kremlin spokesman", "GOV"),
        ("Foreign Ministry spokeswoman", "GOV"),
        ("political analyst", "EDU"),
        ("news agency", "MED"),
        ("police chief", "COP"),
        ("army spokesman", "MIL"),
        ("Secretary of State", "GOV"),
        ("Prime Minister", "GOV"),
        ("rebel commander", "REB"),
        ("opposition leader", "OPP"),
        ("chief executive", "BUS"),
        ("Supreme Court judge", "JUD"),
        ("senator", "LEG"),
        ("Secretary-General", "IGO"),
        ("hospital spokeswoman", "HLH"),
        ("Attorney General", "JUD"),
        ("Secretary General", "IGO"),
        ("Metropolitan Police Commissioner", "COP"),
    ],
)
def test_title_sector(words, sector):
    assert title_sector(words.split()) == sector


@pytest.mark.parametrize(
    "words", ["spokesman", "official", "leader", "the", "CBI director general", "general secretary", "chairman"]
)
def test_generic_titles_have_no_sector(words):
    assert title_sector(words.split()) is None


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        ("United States Air Force", "MIL"),
        ("Singapore Airlines", "BUS"),
        ("Russian Foreign Ministry", "GOV"),
        ("Northumbria Police", "COP"),
        ("General Motors", "BUS"),
        ("General Election", None),
        ("National Executive Committee", None),
    ],
)
def test_org_sector(words, sector):
    assert org_sector(words.split()) == sector
