"""Toponym mentions from a spaCy Doc: GPE, LOC and FAC entities, trimmed of a leading article.

spaCy's small model sometimes labels a capital or a country ORG ("talks between Moscow and
Kyiv"); such an entity is kept when its whole text is the main name of a country or a capital.
"""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.geo.resolver import Toponym

TOPONYM_LABELS = ("GPE", "LOC", "FAC")
RESCUED_LABELS = ("ORG", "PERSON", "NORP")
MAX_TOPONYMS = 2000  # per article; past this the page is a list, not a story
MAX_CHARS = 80


def doc_toponyms(doc, is_capital_or_country: Callable[[str], bool] | None = None) -> list[tuple[Toponym, object]]:
    """(toponym, spaCy span) pairs; the span is kept for the metonymy rules."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in TOPONYM_LABELS:
            if ent.label_ not in RESCUED_LABELS or is_capital_or_country is None:
                continue
            if ent.label_ == "NORP" or not is_capital_or_country(ent.text):
                continue
        span = ent
        if len(span) > 1 and span[0].lower_ in ("the", "a"):
            span = span[1:]
        text = span.text
        if not text.strip() or len(text) > MAX_CHARS or not any(ch.isalpha() for ch in text):
            continue
        out.append((Toponym(span.start_char, span.end_char, text), span))
        if len(out) >= MAX_TOPONYMS:
            break
    return out
