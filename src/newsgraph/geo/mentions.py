"""Toponym mentions from a spaCy Doc: GPE, LOC and FAC entities, trimmed of a leading article.

The small spaCy model often labels a place ORG or PERSON ("talks between Moscow and Kyiv",
"police in Alexandria"). Such an entity is kept as a toponym when
- its whole text is the main name of a country or a national capital;
- the same text is labelled GPE/LOC elsewhere in the article and is a known place name;
- it is followed by ", <state or country>" ("Alexandria, La."); or
- it follows a locative preposition ("in", "near") and names a town of some size.
In a cased text an all-lowercase entity ("the east coast") is a description, not a name.
"""

from __future__ import annotations

from typing import Protocol

from newsgraph.geo.resolver import Toponym

TOPONYM_LABELS = ("GPE", "LOC", "FAC")
RESCUED_LABELS = ("ORG", "PERSON")
LOCATIVE = frozenset({"in", "near", "at", "from", "outside", "around", "to", "of"})
RESCUE_MIN_POPULATION = 20_000
MAX_TOPONYMS = 2000  # per article; past this the page is a list, not a story
MAX_CHARS = 80
# Capitalised words the model tags as places that news never means as a town of that name
# ("anywhere on Earth" is not Earth, Texas; "the Metro system" is not Metro, Indonesia)
NOT_PLACES = frozenset(["earth", "world", "moon", "mars", "venus", "sun", "heaven", "hell", "metro", "internet"])


class PlaceNames(Protocol):
    def is_capital_or_country(self, text: str) -> bool: ...
    def is_container(self, text: str) -> bool: ...
    def main_name_population(self, text: str) -> int: ...


def doc_toponyms(doc, names: PlaceNames | None = None) -> list[tuple[Toponym, object]]:
    """(toponym, spaCy span) pairs; the span is kept for the metonymy rules."""
    tagged = {ent.text for ent in doc.ents if ent.label_ in ("GPE", "LOC")}
    cased = any(ch.isupper() for ch in doc.text[:5000])  # an all-lowercase page still has places
    out = []
    for ent in doc.ents:
        if ent.label_ not in TOPONYM_LABELS and not (
            ent.label_ in RESCUED_LABELS and names is not None and _rescued(ent, tagged, names)
        ):
            continue
        span = ent
        if len(span) > 1 and span[0].lower_ in ("the", "a"):
            span = span[1:]
        if len(span) > 1 and span[-1].lower_ in ("'s", "’s", "'", "’"):
            span = span[:-1]
        text = span.text
        if not text.strip() or len(text) > MAX_CHARS or not any(ch.isalpha() for ch in text):
            continue
        if cased and not any(ch.isupper() for ch in text):
            continue  # "off its east coast", "the west": a direction, not the named region
        if text.lower() in NOT_PLACES:
            continue
        out.append((Toponym(span.start_char, span.end_char, text), span))
        if len(out) >= MAX_TOPONYMS:
            break
    return out


def _rescued(ent, tagged: set[str], names: PlaceNames) -> bool:
    text = ent.text
    if len(ent) > 4 or not text[:1].isupper():
        return False
    if names.is_capital_or_country(text):
        return True
    if text in tagged and names.main_name_population(text) > 0:
        return True
    doc = ent.doc
    after = doc[ent.end : ent.end + 4]
    if len(after) >= 2 and after[0].text == "," and names.main_name_population(text) > 0:
        following = after[1].text + (after[2].text if len(after) > 2 and after[2].text == "." else "")
        if names.is_container(following):
            return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None and before.lower_ in LOCATIVE and names.main_name_population(text) >= RESCUE_MIN_POPULATION
    )
