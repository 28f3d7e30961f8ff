"""Name keys for matching entities across articles: accents, case and transliteration folded.

Russian and Ukrainian names reach English in several romanisations (Sergey/Sergei,
Zelensky/Zelenskyy/Zelenskiy, Dmitry/Dmitri). No library folds these, so a few suffix rules do.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "president", "minister", "prof", "gen", "the"}
_ENDINGS = (("yy", "y"), ("iy", "y"), ("ii", "y"), ("ij", "y"), ("ei", "ey"), ("ai", "ay"), ("oi", "oy"))


@lru_cache(maxsize=100_000)
def fold_token(token: str) -> str:
    """One lower-case ASCII token with its romanisation variants folded."""
    token = token.replace("kh", "h").replace("ks", "x")
    for ending, repl in _ENDINGS:
        if token.endswith(ending) and len(token) > 3:
            return token[: -len(ending)] + repl
    if len(token) > 4 and token.endswith("i") and token[-2] not in "aeiou":
        return token[:-1] + "y"  # Dmitri → dmitry, Yuri → yury
    return token


def ascii_lower(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9 ]+", " ", text.lower().replace("'s", "").replace("’s", ""))


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """'Sergei V. Lavrov' → 'sergey v lavrov'; 'the Kremlin' → 'kremlin'."""
    tokens = [t for t in ascii_lower(name).split() if not t.isdigit()] or ascii_lower(name).split()
    while len(tokens) > 1 and tokens[0] in _HONORIFICS:
        tokens = tokens[1:]
    return " ".join(fold_token(t) for t in tokens)


def slug(key: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", key).strip("-") or "x"
