"""From a parsed Doc to Entity records: mentions → types → roles → clusters → coreference → records."""

from __future__ import annotations

import hashlib
from collections import Counter

from newsgraph.entities.clusters import cluster, decide_types, name_tokens, relabel_by_role
from newsgraph.entities.coref import Profile, resolve
from newsgraph.entities.mentions import (
    NameMention,
    collect_mentions,
    country_in_words,
    mention_country,
    propagate_names,
    sentence_index,
)
from newsgraph.entities.roles import DocContext, find_role
from newsgraph.lexicon.roles import KNOWN_LEADERS, KNOWN_ORGS, LEADER_HEADS, org_sector
from newsgraph.records import Article, Entity, EntityType, Mention, Sector

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def extract_entities(doc, article: Article) -> list[Entity]:
    ctx = DocContext(doc, sentence_index(doc))
    mentions = collect_mentions(doc, ctx.sent_starts)
    decide_types(mentions)
    mentions = propagate_names(doc, mentions, ctx.ent_at, ctx.sent_starts)
    for m in mentions:
        if m.label in ("PERSON", "ORG"):
            m.role = find_role(ctx, m)
    relabel_by_role(mentions)
    groups = cluster(mentions)
    facts = [_facts(group) for group in groups]
    _inherit_country_from_speaker(ctx, groups, facts)
    profiles = {
        i: Profile(gender=f["gender"], heads=f["heads"], country=f["country"])
        for i, f in enumerate(facts)
        if f["type"] == "PERSON"
    }
    resolve(ctx, groups, profiles)
    return _records(article, groups, facts)


def _facts(group: list[NameMention]) -> dict:
    """Type, canonical name, role, country, sector and gender of one group, from its name mentions."""
    label = Counter(m.label for m in group).most_common(1)[0][0]
    names = [m for m in group if m.kind in ("name", "surname")]
    name = max(names, key=lambda m: (len(name_tokens(m.text)), len(m.text), -m.start)).text
    if name.lower().startswith("the "):
        name = name[4:]
    roles = [m.role for m in sorted(group, key=lambda m: (m.kind != "name", m.start)) if m.role is not None]
    titled = [r for r in roles if r.text]
    facts = {
        "type": label,
        "name": name,
        "aliases": sorted({m.text for m in names} - {name}),
        "role": titled[0].text if titled else None,
        "heads": {r.head for r in titled if r.head} | {r.text.lower() for r in titled},
        "country": next((r.country for r in roles if r.country), None),
        "sector": next((r.sector for r in titled if r.sector), None),
        "gender": next((r.gender for r in roles if r.gender), None)
        or next((m.gender for m in group if m.gender), None),
    }
    if label == "PERSON":
        _known_leader(facts)
    elif label == "ORG":
        _org_facts(facts)
    elif label in ("GPE", "NORP"):
        facts["country"] = mention_country(group[0])
    return facts


def _known_leader(facts: dict) -> None:
    """World knowledge for a head of state or government whose title names no country."""
    if facts["country"] or (facts["sector"] not in (None, "GOV")):
        return
    heads = facts["heads"]
    if not (heads & LEADER_HEADS or "prime minister" in heads or "minister" in heads):
        return  # only for someone the text calls a president, premier, minister …
    tokens = name_tokens(facts["name"])
    country = KNOWN_LEADERS.get(" ".join(tokens)) or (KNOWN_LEADERS.get(tokens[-1]) if tokens else None)
    if country:
        facts["country"] = country
        facts["sector"] = facts["sector"] or "GOV"


def _org_facts(facts: dict) -> None:
    """An organisation's own name may say its country ("Russian Foreign Ministry") and sector ("Ministry")."""
    words = facts["name"].split()
    known_country, known_sector = KNOWN_ORGS.get(facts["name"].lower(), (None, None))
    facts["country"] = facts["country"] or country_in_words(words) or known_country
    facts["sector"] = facts["sector"] or known_sector or org_sector(words)


def _inherit_country_from_speaker(ctx: DocContext, groups: list[list[NameMention]], facts: list[dict]) -> None:
    """A government title with no country in someone's statement is the speaker's own: when Lavrov
    says "President Vladimir Putin would not refuse …", that is Russia's president."""
    owner = {}
    for index, group in enumerate(groups):
        for m in group:
            owner[ctx.doc[m.start : m.end].root.i] = index
    for index, group in enumerate(groups):
        f = facts[index]
        if f["type"] != "PERSON" or f["country"] or f["sector"] != "GOV":
            continue
        for m in group:
            country = _speaker_country(ctx.doc[m.start : m.end].root, owner, facts, index)
            if country:
                f["country"] = country
                break


def _speaker_country(tok, owner: dict[int, int], facts: list[dict], own: int) -> str | None:
    steps = 0
    while tok.head.i != tok.i and steps < 20:
        tok, steps = tok.head, steps + 1
        for child in tok.children:
            other = owner.get(child.i)
            if child.dep_ in _SUBJECTS and other is not None and other != own and facts[other]["type"] == "PERSON":
                return facts[other]["country"]
    return None


def _records(article: Article, groups: list[list[NameMention]], facts: list[dict]) -> list[Entity]:
    entities: list[Entity] = []
    seen_ids: set[str] = set()
    for group, f in zip(groups, facts, strict=True):
        entity_type = EntityType(f["type"])
        entity_id = "E" + hashlib.sha1(f"{entity_type}:{f['name']}".encode()).hexdigest()[:10]
        while entity_id in seen_ids:
            entity_id = "E" + hashlib.sha1(entity_id.encode()).hexdigest()[:10]
        seen_ids.add(entity_id)
        entities.append(
            Entity(
                id=entity_id,
                type=entity_type,
                name=f["name"],
                aliases=f["aliases"],
                role=f["role"],
                country=f["country"],
                sector=Sector(f["sector"]) if f["sector"] else None,
                mentions=[_mention(article, m, entity_type) for m in group],
            )
        )
    return entities


def _mention(article: Article, m: NameMention, entity_type: EntityType) -> Mention:
    role = m.role if m.role is not None and m.role.text else None
    return Mention(
        span=article.span(m.start_char, m.end_char),
        type=entity_type,
        role=role.text if role else None,
        role_span=article.span(role.start, role.end) if role else None,
        kind=m.kind,
    )
