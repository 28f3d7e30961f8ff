"""Clean author and outlet names as bylines write them ("REN QI" → "Ren Qi")."""

from __future__ import annotations

import re

_SPLIT_AUTHORS = re.compile(r"\s*(?:;|,|\band\b|&|\|)\s*", re.I)
_ROLE_TAIL = re.compile(
    r"\s*(?:[,–—-]|\bis\b)\s*(?:(?:a|an|the|senior|chief|staff|special|foreign|political|business|our|\w+)\s+){0,3}"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|journalist)s?\b.*$",
    re.I,
)
_NOT_A_NAME = re.compile(
    r"\b(?:staff|editors?|reporters?|writers?|correspondents?|columnists?|newsroom|team|desk|admin|agenc(?:y|ies))\b",
    re.I,
)
_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$|^(?:de|van|von|der|da|di|del|la|le|bin|al|el)$", re.UNICODE)


def smart_title(text: str) -> str:
    """Title-case words written in capitals, keep the rest ("REN QI" → "Ren Qi", "McDONALD" kept mixed)."""
    return " ".join(_title_word(word) for word in text.split())


def _title_word(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
    return word


def clean_authors(raw: str | None) -> list[str]:
    """Split a byline into person names, dropping roles, "By" and non-person parts."""
    if not raw:
        return []
    raw = re.sub(r"^[\s|]*(?:(?:written|posted|reported|words)\s+)?by[:\s]+", "", raw.strip(), flags=re.I)
    # a byline runs on into the date, a handle or page furniture: keep what comes before
    raw = re.split(r"\s(?=@)|\d|\s[|•·]\s|\b(?:Published|Updated|Posted|Print|Share)\b", raw)[0]
    names: list[str] = []
    for part in _SPLIT_AUTHORS.split(raw):
        name = _clean_name(part)
        if name and name not in names:
            names.append(name)
    return names


def _clean_name(part: str) -> str | None:
    part = _ROLE_TAIL.sub("", part)
    part = re.sub(r"(?<=\w)\s+(?:Associated Press|Reuters|AFP|AP|Bloomberg|Agencies)\s*$", "", part, flags=re.I)
    part = re.sub(r"^\s*by[:\s]+", "", part, flags=re.I)
    part = re.sub(r"\s+in\s+[A-Z][\w .'-]*$", "", part)  # "Ren Qi in Moscow"
    part = re.sub(r"https?://\S+|@\w+|\S+@\S+", "", part).strip(" .,:;-–—\t")
    if not part or _NOT_A_NAME.search(part) or any(ch.isdigit() for ch in part):
        return None
    name = smart_title(part)
    tokens = name.split()
    half = len(tokens) // 2
    if len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:  # "Phil Helsel Phil Helsel"
        tokens = tokens[:half]
        name = " ".join(tokens)
    if not 1 <= len(tokens) <= 5 or not all(_NAME_TOKEN.match(t) for t in tokens):
        return None
    return name
