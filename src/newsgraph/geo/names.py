"""Name folding shared by the packaged index, the DuckDB gazetteer and the resolver.

``fold`` must match the SQL used when building the DuckDB gazetteer
(``lower(strip_accents(...))`` plus the same punctuation clean-up), so both are kept here.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_SPACES = re.compile(r"\s+")
_ABBREVIATIONS = (
    (re.compile(r"^st\.? "), "saint "),
    (re.compile(r"^ste\.? "), "sainte "),
    (re.compile(r"^ft\.? "), "fort "),
    (re.compile(r"^mt\.? "), "mount "),
    (re.compile(r"^pt\.? "), "port "),
)
MAX_NAME_CHARS = 80


def strip_accents(text: str) -> str:
    """Also drops invisible format characters (zero-width spaces, bidi marks) that scraped text carries."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")


def fold(name: str) -> str:
    """Lower-case, accent-free, single-spaced key: "Kyiv’s" → "kyiv's", "Zürich" → "zurich"."""
    text = strip_accents(name[:MAX_NAME_CHARS]).translate(_APOSTROPHES).lower()
    return _SPACES.sub(" ", text).strip(" .,;:!?\"'()[]")


def variants(name: str) -> list[str]:
    """Folded lookup keys for a name as written, most literal first."""
    key = fold(name)
    out = [key]
    for prefix in ("the ",):
        if key.startswith(prefix):
            out.append(key[len(prefix) :])
    for suffix in ("'s", "'"):
        if key.endswith(suffix):
            out.append(key[: -len(suffix)])
    for pattern, replacement in _ABBREVIATIONS:
        if pattern.match(key):
            out.append(pattern.sub(replacement, key))
            out.append(pattern.sub(replacement.strip() + ". ", key).replace(". .", "."))
    if "." in key:
        out.append(key.replace(".", ""))
    return list(dict.fromkeys(k for k in out if k))


def word_set(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string."""
    return frozenset(text.split())
