"""Document-level types and name clustering on hand-made mentions (no spaCy)."""

from __future__ import annotations

from newsgraph.entities.clusters import cluster, decide_types
from newsgraph.entities.mentions import NameMention


def mentions(*specs: tuple[str, str]) -> list[NameMention]:
    out, pos = [], 0
    for text, label in specs:
        n = len(text.split())
        out.append(NameMention(pos, pos + n, pos * 10, pos * 10 + len(text), text, label, sent=pos))
        pos += n + 5
    return out


def test_a_surname_tagged_org_is_the_person_named_in_full():
    ms = mentions(("Dmytro Kuleba", "PERSON"), ("Kuleba", "ORG"), ("Kuleba", "PERSON"))
    decide_types(ms)
    assert [m.label for m in ms] == ["PERSON"] * 3
    (group,) = cluster(ms)
    assert [m.kind for m in group] == ["name", "surname", "surname"]


def test_a_lone_word_called_org_once_is_an_organisation():
    ms = mentions(("Ryanair", "ORG"), ("Ryanair", "PERSON"), ("Ryanair", "PERSON"), ("Michael O'Leary", "PERSON"))
    decide_types(ms)
    assert [m.label for m in ms[:3]] == ["ORG"] * 3


def test_surname_before_full_name_and_shared_surnames_go_to_the_nearest():
    ms = mentions(
        ("Bush", "PERSON"),
        ("George Bush", "PERSON"),
        ("Laura Bush", "PERSON"),
        ("Bush", "PERSON"),
    )
    groups = cluster(ms)
    names = {g[0].text if len(g[0].text.split()) > 1 else g[1].text: [m.start for m in g] for g in groups}
    assert len(groups) == 2
    assert ms[0].start in names["George Bush"]  # no earlier mention: the nearest after it
    assert ms[3].start in names["Laura Bush"]  # the most recent before it


def test_foreign_ministry_joins_only_an_unambiguous_full_name():
    one = cluster(mentions(("Russian Foreign Ministry", "ORG"), ("Foreign Ministry", "ORG")))
    assert len(one) == 1
    two = cluster(
        mentions(
            ("Russian Foreign Ministry", "ORG"), ("Ukrainian Foreign Ministry", "ORG"), ("Foreign Ministry", "ORG")
        )
    )
    assert len(two) == 3


def test_acronym_joins_its_full_name_and_countries_join_by_code():
    groups = cluster(
        mentions(
            ("China Daily Information Co", "ORG"), ("CDIC", "ORG"), ("Russia", "GPE"), ("Russian Federation", "GPE")
        )
    )
    assert sorted(len(g) for g in groups) == [2, 2]
