"""Light, conservative coreference: pronouns and role nominals linked to a named person.

"He described the meeting …" links to the subject of the previous sentence; "Kuleba said that
he …" to the subject of the governing verb; "the minister" / "the Russian leader" to the most
recent person whose title (and country) fits. When two people fit equally, nothing is linked.
One pass over the tokens; candidates come from the same or the previous few sentences only.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from newsgraph.entities.mentions import NameMention, sentence_of, tokens_with_lower
from newsgraph.entities.roles import DocContext
from newsgraph.lexicon.countries import country_code
from newsgraph.lexicon.roles import LEADER_HEADS, NOMINAL_HEADS, role_words

PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_NOMINAL_WINDOW = 4  # sentences back
_CANDIDATE_WORDS = frozenset(PRONOUN_GENDER) | NOMINAL_HEADS
_MAX_DEPTH = 40


@dataclass
class Profile:
    """What coreference needs to know about one person entity."""

    gender: str | None = None
    heads: set[str] = field(default_factory=set)
    country: str | None = None


def resolve(ctx: DocContext, groups: list[list[NameMention]], profiles: dict[int, Profile]) -> None:
    """Append pronoun and nominal mentions to the person groups they refer to (in place)."""
    doc = ctx.doc
    by_sent: dict[int, list[NameMention]] = defaultdict(list)
    covered = [False] * len(doc)
    for index, group in enumerate(groups):
        for m in group:
            _mark(ctx, covered, m)
            if index in profiles:
                by_sent[m.sent].append(m)
    for mentions in by_sent.values():
        mentions.sort(key=lambda m: m.start)
    added: list[NameMention] = []
    for i in tokens_with_lower(doc, _CANDIDATE_WORDS):
        if covered[i]:
            continue
        tok, sent = doc[i], sentence_of(ctx.sent_starts, i)
        lower = tok.lower_
        if lower in PRONOUN_GENDER and tok.pos_ == "PRON":
            linked = _pronoun(ctx, tok, sent, by_sent, profiles)
            kind, start = "pronoun", tok.i
        elif lower in NOMINAL_HEADS and tok.tag_ in ("NN", "NNP") and tok.dep_ != "compound" and not tok.ent_type_:
            start = _nominal_start(tok)
            linked = _nominal(tok, start, sent, by_sent, profiles) if start is not None else None
            kind = "nominal"
        else:
            continue
        if linked is None:
            continue
        m = _new_mention(doc, start, tok.i + 1, sent, kind, linked.cluster)
        by_sent[sent].append(m)  # later pronouns may chain onto this one
        added.append(m)
        if kind == "pronoun" and profiles[linked.cluster].gender is None:
            profiles[linked.cluster].gender = PRONOUN_GENDER[lower]
    for m in added:
        groups[m.cluster].append(m)
    for group in groups:
        group.sort(key=lambda m: m.start)


def _mark(ctx: DocContext, covered: list[bool], m: NameMention) -> None:
    for i in range(m.start, m.end):
        covered[i] = True
    if m.role is not None:
        span = ctx.doc.char_span(m.role.start, m.role.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                covered[i] = True


def _new_mention(doc, start: int, end: int, sent: int, kind: str, cluster: int) -> NameMention:
    span = doc[start:end]
    return NameMention(
        start=start,
        end=end,
        start_char=span.start_char,
        end_char=span.end_char,
        text=span.text,
        label="PERSON",
        sent=sent,
        kind=kind,
        cluster=cluster,
    )


def _fits_gender(profile: Profile, gender: str | None) -> bool:
    return gender is None or profile.gender is None or profile.gender == gender


def _pronoun(ctx: DocContext, tok, sent: int, by_sent, profiles: dict[int, Profile]) -> NameMention | None:
    gender = PRONOUN_GENDER[tok.lower_]
    before = [m for m in by_sent.get(sent, ()) if m.end <= tok.i and _fits_gender(profiles[m.cluster], gender)]
    if before:
        ancestors = _ancestors(tok)
        nearest = before[-1]
        root = _role_root(ctx, nearest)
        if root.dep_ in _SUBJECTS and root.head.i in ancestors:
            return nearest  # "Kuleba said that he discussed …"
        return nearest if len({m.cluster for m in before}) == 1 else None
    if sent == 0:
        return None
    previous = [m for m in by_sent.get(sent - 1, ()) if _fits_gender(profiles[m.cluster], gender)]
    chosen = _main_subject(ctx, previous)
    if chosen is not None and not _is_subject(ctx, chosen) and sent >= 2:
        # "Kuleba spoke. Reporters asked about Lavrov. He said …": an earlier subject competes.
        earlier = [m for m in by_sent.get(sent - 2, ()) if _fits_gender(profiles[m.cluster], gender)]
        if any(m.cluster != chosen.cluster and _is_subject(ctx, m) for m in earlier):
            return None
    return chosen


def _is_subject(ctx: DocContext, m: NameMention) -> bool:
    return _role_root(ctx, m).dep_ in _SUBJECTS


def _role_root(ctx: DocContext, m: NameMention):
    """The token standing for the mention in its clause: "minister" in "the minister, Miriam Levanon,"."""
    root = ctx.doc[m.start : m.end].root
    if root.dep_ == "appos":
        root = root.head
    return root


def _main_subject(ctx: DocContext, mentions: list[NameMention]) -> NameMention | None:
    """The person who is the highest subject of a sentence; the only person if there is one."""
    if len({m.cluster for m in mentions}) == 1:
        return next((m for m in mentions if _is_subject(ctx, m)), mentions[0])
    subjects = []
    for m in mentions:
        root = _role_root(ctx, m)
        if root.dep_ in _SUBJECTS:
            subjects.append((len(_ancestors(root)), m))
    if not subjects:
        return None
    subjects.sort(key=lambda dm: dm[0])
    best_depth, best = subjects[0]
    if any(depth == best_depth and m.cluster != best.cluster for depth, m in subjects[1:]):
        return None
    return best


def _ancestors(tok) -> set[int]:
    seen: set[int] = set()
    while tok.head.i != tok.i and len(seen) < _MAX_DEPTH:
        tok = tok.head
        seen.add(tok.i)
    return seen


def _nominal_start(tok) -> int | None:
    """Start of "the (Russian) minister" / "Ukraine's foreign minister"; None for "a minister", "each minister"."""
    left = tok.left_edge.i
    doc = tok.doc
    if tok.i - left > 4:
        return None
    first = doc[left]
    if first.lower_ == "the":
        pass
    elif not (tok.i - left >= 2 and doc[left + 1].lower_ in ("'s", "’s") and country_code(first.text)):
        return None
    for i in range(left + 1, tok.i):
        word = doc[i]
        if not (word.lower_ in role_words() or word.lower_ in ("'s", "’s") or country_code(word.text)):
            return None
    return left


def _nominal(tok, start: int, sent: int, by_sent, profiles: dict[int, Profile]) -> NameMention | None:
    doc = tok.doc
    country = next(
        (c for i in range(start, tok.i) if doc[i].text[:1].isupper() and (c := country_code(doc[i].text))), None
    )
    head = tok.lower_
    for s in range(sent, max(sent - _NOMINAL_WINDOW, -1), -1):
        fitting = [m for m in by_sent.get(s, ()) if m.end <= start and _fits_role(profiles[m.cluster], head, country)]
        if not fitting:
            continue
        chosen = fitting[-1]
        if any(m.cluster != chosen.cluster for m in fitting):
            return None  # two people in one sentence fit: unsure
        return chosen
    return None


def _fits_role(profile: Profile, head: str, country: str | None) -> bool:
    if country is not None and profile.country != country:
        return False
    if head in profile.heads:
        return True
    if head == "leader":
        return bool(profile.heads & LEADER_HEADS) or "prime minister" in profile.heads
    return head in _SPOKES and bool(profile.heads & _SPOKES)
