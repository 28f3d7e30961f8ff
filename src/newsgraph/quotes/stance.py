"""Attributions without a speech verb: stance adjectives ("are critical of X", "is sure that …") and
cue nouns ("his call to ban …", "Trump's claim that …", "Republican calls for …").

Each rule looks only at one token's dependents, so it is linear like the verb rules. They return raw
tokens; ``rules`` turns them into an ``Attribution`` with the same snapping and trimming as verbs.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.quotes import lexicon as lx

NON_SOURCES = {"it", "that", "this", "there", "which", "what"}


@dataclass(slots=True)
class RawAttribution:
    cue: list  # tokens
    content: list[list]  # token lists, one per piece
    source: object | None  # head token of the source phrase


def stance_adjective(be) -> RawAttribution | None:
    """ "Republicans have been critical of Clinton's use of …", "She is not sure she can …"."""
    acomp = next((c for c in be.children if c.dep_ == "acomp" and c.lemma_.lower() in lx.STANCE_ADJECTIVES), None)
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if acomp is None or subject is None or subject.lower_ in NON_SOURCES:
        return None
    cue = [be, acomp, *(c for c in be.children if c.dep_ in ("aux", "neg") and c.i < be.i)]
    cue += [c for c in acomp.children if c.dep_ == "advmod" and c.i < acomp.i]
    content = []
    for child in [*acomp.children, *(c for c in be.children if c.dep_ == "ccomp")]:
        if child.dep_ == "prep" and child.i == acomp.i + 1 and child.lower_ in lx.STANCE_PREPOSITIONS:
            cue.append(child)
            content += [list(g.subtree) for g in child.children if g.dep_ in ("pobj", "pcomp")]
        elif child.dep_ in ("ccomp", "xcomp") and child.i > acomp.i:
            content.append(list(child.subtree))
    if not content:
        return None
    return RawAttribution(cue=cue, content=content, source=subject)


def cue_noun(noun) -> RawAttribution | None:
    """A cue noun with its owner as source: "his recent call to ban …", "Trump's claim that …"."""
    lemma = noun.lemma_.lower()
    if lemma not in lx.CUE_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((c for c in noun.children if c.dep_ == "amod" and c.ent_type_ == "NORP"), None)
    if owner is None or owner.lower_ in NON_SOURCES:
        return None
    cue, content = [noun], []
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in ("acl", "ccomp") and _is_clause(child):
            content.append(list(child.subtree))
        elif child.dep_ == "prep" and child.i == noun.i + 1 and child.lower_ in lx.CUE_NOUNS[lemma]:
            cue.append(child)
            content += [list(g.subtree) for g in child.children if g.dep_ in ("pobj", "pcomp")]
    if not content:
        return None
    return RawAttribution(cue=cue, content=content, source=owner)


def _is_clause(verb) -> bool:
    """A that-clause or a to-infinitive."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) or any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children
    )
