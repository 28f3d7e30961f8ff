"""Datelines: the city a story was filed from, at the start of the body or in the byline."""

from __future__ import annotations

import re

from newsgraph.page.names import smart_title

# "MOSCOW —", "MOSCOW (Reuters) -", "WASHINGTON, March 3 (AP) —", "Kyiv, Ukraine —"
_BODY_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
    r"(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,2})?"
    r"\s*(?:\((?P<agency>[^)]{2,40})\))?\s*(?:[—–]|--?|:)\s+\S"
)
_BYLINE_PLACE = re.compile(r"\bin\s+(?P<city>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})\s*$")


def body_dateline(body: str) -> tuple[str | None, str | None]:
    """(city, agency) when the body opens with a dateline."""
    match = _BODY_DATELINE.match(body[:120])
    if not match:
        return None, None
    city = match.group("city")
    if not city.isupper() and not match.group("agency") and "—" not in match.group(0):
        return None, None  # "Officials said: ..." is not a dateline; mixed case needs a dash or agency
    return smart_title(city), match.group("agency")


def byline_place(byline: str) -> str | None:
    """ "By REN QI in Moscow" → "Moscow"."""
    match = _BYLINE_PLACE.search(byline.strip())
    return smart_title(match.group("city")) if match else None
