"""One type per name in a document, and name mentions grouped into entities.

The small spaCy model labels the same name differently from sentence to sentence ("Kuleba said"
→ ORG). A name whose words belong to a PERSON named in full elsewhere is that person; a title
before a name tells person from organisation; otherwise the majority label wins.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections import Counter, defaultdict

from newsgraph.entities.mentions import NameMention, capital_countries, is_country, is_demonym, mention_country
from newsgraph.lexicon.roles import GENERIC_HEADS, ORG_HEADS, PERSON_GENERIC_HEADS, role_heads

_TIE_ORDER = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3, "LOC": 4, "FAC": 5}
_NAME_PARTICLES = frozenset({"al", "el", "de", "da", "di", "van", "von", "bin", "ibn", "le", "la", "du", "der"})


def _is_place_word(text: str) -> bool:
    return is_country(text) or is_demonym(text) or text in capital_countries()


def name_tokens(text: str) -> list[str]:
    return [t for t in text.replace("’", "'").lower().split() if t]


def decide_types(mentions: list[NameMention]) -> None:
    """Relabel mentions in place so that one name has one type across the document."""
    full_names = {m.text for m in mentions if m.label == "PERSON" and len(name_tokens(m.text)) >= 2}
    person_words = {w for name in full_names for w in name_tokens(name) if len(w) > 2 and w not in _NAME_PARTICLES}
    for m in mentions:
        if m.label == "PERSON" or _is_place_word(m.text):
            continue
        if m.text in full_names or (" " not in m.text and m.text.lower() in person_words):
            m.label = "PERSON"
    by_text: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        by_text[m.text][m.label] += 1
    for m in mentions:
        votes = by_text[m.text]
        if len(votes) > 1:
            m.label = _vote(m.text, votes, person_words)


def _vote(text: str, votes: Counter, person_words: set[str]) -> str:
    """Majority label, except that a lone word that is no part of any full person name and is
    called ORG even once is an organisation: people are introduced by their full name."""
    if votes["ORG"] and votes["PERSON"] and " " not in text and text.lower() not in person_words:
        return "ORG"
    return min(votes, key=lambda label: (-votes[label], _TIE_ORDER.get(label, 9)))


def relabel_by_role(mentions: list[NameMention]) -> None:
    """A name with a person's title (before it or in an appositive) is a person; a name right after
    "news agency" is an organisation."""
    persons = (role_heads() - ORG_HEADS - GENERIC_HEADS) | PERSON_GENERIC_HEADS  # not "market leader Diageo"
    changed: dict[str, str] = {}
    for m in mentions:
        head = m.role.head if m.role else None
        if head is None or _is_place_word(m.text):
            continue
        if m.label == "ORG" and head in persons:
            changed[m.text] = "PERSON"
        elif m.label == "PERSON" and head in ORG_HEADS and m.role.adjacent:
            changed[m.text] = "ORG"
    for m in mentions:
        m.label = changed.get(m.text, m.label)


def cluster(mentions: list[NameMention]) -> list[list[NameMention]]:
    """Group mentions into entities, in order of first mention."""
    groups: list[list[NameMention]] = []
    _cluster_people([m for m in mentions if m.label == "PERSON"], groups)
    _cluster_others([m for m in mentions if m.label != "PERSON"], groups)
    for group in groups:
        group.sort(key=lambda m: m.start)
    groups.sort(key=lambda g: g[0].start)
    for index, group in enumerate(groups):
        for m in group:
            m.cluster = index
    return groups


def _cluster_people(people: list[NameMention], groups: list[list[NameMention]]) -> None:
    """Longest names first; a shorter name joins the full name it is the end or start of."""
    canon: dict[int, list[str]] = {}  # group index -> canonical tokens
    starts: dict[int, list[int]] = {}  # group index -> sorted mention starts, for bisecting
    by_word: dict[str, set[int]] = defaultdict(set)  # name word -> group indices, so no loop over all groups
    for m in sorted(people, key=lambda m: (-len(name_tokens(m.text)), m.start)):
        tokens = name_tokens(m.text)
        candidates = {g for w in tokens for g in by_word.get(w, ())}
        matches = [(g, kind) for g in candidates if (kind := _name_match(tokens, canon[g]))]
        if matches:
            g, kind = min(matches, key=lambda gk: _distance(starts[gk[0]], m.start)) if len(matches) > 1 else matches[0]
            m.kind = kind
            groups[g].append(m)
            insort(starts[g], m.start)
            continue
        index = len(groups)
        canon[index], starts[index] = tokens, [m.start]
        for w in tokens:
            by_word[w].add(index)
        groups.append([m])


def _name_match(tokens: list[str], full: list[str]) -> str | None:
    """How a name relates to a fuller one: 'name' (same, or first name), 'surname', or None."""
    if tokens == full:
        return "name"
    n = len(tokens)
    if n < len(full):
        if full[-n:] == tokens:
            return "surname"
        if full[:n] == tokens:
            return "name"
    if n >= 2 and tokens[0] == full[0] and tokens[-1] == full[-1]:
        return "name"  # "Vladimir Putin" in "Vladimir Vladimirovich Putin"
    return None


def _distance(starts: list[int], start: int) -> tuple[int, int]:
    """Prefer the entity mentioned most recently before ``start``; then the nearest after it."""
    i = bisect_right(starts, start)
    if i:
        return 0, start - starts[i - 1]
    return 1, starts[0] - start


def _cluster_others(others: list[NameMention], groups: list[list[NameMention]]) -> None:
    keyed: dict[tuple[str, str], list[NameMention]] = {}
    for m in others:
        keyed.setdefault(_key(m), []).append(m)
    _merge_org_variants(keyed)
    groups.extend(keyed.values())


def _key(m: NameMention) -> tuple[str, str]:
    code = mention_country(m)
    if code and m.label in ("GPE", "NORP") and (is_country(m.text) or is_demonym(m.text)):
        return m.label, code
    text = m.text.lower()
    return m.label, text[4:] if text.startswith("the ") else text


def _merge_org_variants(keyed: dict[tuple[str, str], list[NameMention]]) -> None:
    """ "CDIC" joins "China Daily Information Co"; "Foreign Ministry" joins "Russian Foreign Ministry"."""
    orgs = [key for key in keyed if key[0] == "ORG"]
    by_initials: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_tail: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in orgs:
        words = key[1].split()
        initials = "".join(w[0] for w in words if w not in ("of", "the", "and", "for", "&"))
        if len(words) >= 2:
            by_initials[initials].append(key)
            if is_demonym(keyed[key][0].text.split()[0]):
                by_tail[" ".join(words[1:])].append(key)
    for key in orgs:
        text = key[1]
        original = keyed[key][0].text
        candidates = []
        if original.isupper() and 2 <= len(text) <= 6:
            candidates = by_initials.get(text, [])
        elif len(text.split()) >= 2:
            candidates = by_tail.get(text, [])
        # Only an unambiguous match: with a Russian and a Ukrainian Foreign Ministry, "Foreign Ministry" stays apart.
        target = candidates[0] if len(candidates) == 1 else None
        if target is not None and target != key and key in keyed and target in keyed:
            keyed[target].extend(keyed.pop(key))
