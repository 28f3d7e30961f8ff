"""Publication and update dates of an HTML page, most trusted cheap source first.

Order: publication meta tags and JSON-LD ``datePublished`` (else microdata/``<time pubdate>``),
the first ``<time>`` of the article header, a Y/M/D date in the URL; htmldate's full search runs only when none of these states a
date. A stated timestamp keeps the page's own UTC offset (the local date is the one readers and
date gold sets use); when the first source gives UTC, the same instant stated in local time by
another source wins.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from lxml.etree import XPath

_JSON_LD_TYPES = frozenset({"application/ld+json", "application/json+ld"})
_PUBLISHED_KEYS = re.compile(r'"(?:datePublished|uploadDate)"\s*:\s*"([^"]{8,40})"')
_MODIFIED_KEYS = re.compile(r'"dateModified"\s*:\s*"([^"]{8,40})"')
_PUBLISHED_META = XPath(
    "/html/head/meta[@property='article:published_time' or @property='og:published_time'"
    " or @property='og:article:published_time' or @itemprop='datePublished' or @name='pubdate'"
    " or @name='publishdate' or @name='publish-date' or @name='article:published_time'"
    " or @name='parsely-pub-date' or @name='sailthru.date' or @name='dc.date.issued' or @name='DC.date.issued'"
    " or @name='citation_publication_date' or @property='rnews:datePublished']/@content"
)
_MODIFIED_META = XPath(
    "/html/head/meta[@property='article:modified_time' or @property='og:updated_time'"
    " or @itemprop='dateModified' or @name='last-modified']/@content"
)
# whole-tree scans: each costs about as much as all head look-ups together, so they run only when needed
_PUBLISHED_MARKUP = XPath(
    "//*[@itemprop='datePublished']/@content | //time[@itemprop='datePublished' or @pubdate]/@datetime"
)
_MODIFIED_MARKUP = XPath("//time[@itemprop='dateModified']/@datetime")
_HEADER_TIME = XPath("(//article//time[@datetime] | //header//time[@datetime])[1]/@datetime")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[_-]|$)")
_EARLIEST = datetime(1995, 1, 1)
_WITH_TIME = "%Y-%m-%dT%H:%M:%S"
AMERICAS_MAX_LAG_HOURS = 8  # UTC-4 (New York, summer) to UTC-8 (Los Angeles, winter)


def page_dates(tree, url: str | None) -> tuple[datetime | None, datetime | None]:
    """(first published, last updated when later) of a parsed page."""
    json_ld = [script.text or "" for script in tree.iter("script") if script.get("type", "").strip() in _JSON_LD_TYPES]
    structured = [*_PUBLISHED_META(tree), *(v for text in json_ld for v in _PUBLISHED_KEYS.findall(text))]
    if not structured:
        structured = _PUBLISHED_MARKUP(tree)
    published = _stated_published(tree, structured, url)
    if published is None:
        published = _htmldate(tree, url, original=True, outputformat="%Y-%m-%d")
        if published is not None and (published.month, published.day) == (1, 1):
            published = None  # htmldate's reading of a bare year ("© 2020")
    if published is None:
        return None, None
    modified = [*_MODIFIED_META(tree), *(v for text in json_ld for v in _MODIFIED_KEYS.findall(text))]
    return published, _later(published, _updated(tree, modified, has_markup=bool(structured)))


def _updated(tree, modified: list[str], has_markup: bool) -> datetime | None:
    """The stated last-modified date. A page whose markup states when it was published but not when
    it was modified was not updated; htmldate's quick search for the latest date runs only on pages
    without such markup."""
    if stated := _first(modified) or _first(_MODIFIED_MARKUP(tree)):
        return stated
    return None if has_markup else _htmldate(tree, None, original=False, extensive=False, outputformat=_WITH_TIME)


def _later(published: datetime, updated: datetime | None) -> datetime | None:
    return updated if updated is not None and updated.date() > published.date() else None


def _stated_published(tree, structured: list[str], url: str | None) -> datetime | None:
    in_url = _url_date(url)
    if chosen := _first(structured):
        return _local_day_from_url(_in_local_time(chosen, structured), in_url)
    return _first(_HEADER_TIME(tree)) or in_url


def _in_local_time(chosen: datetime, candidates: list[str]) -> datetime:
    """The same instant as stated with a local (non-UTC) offset, if another source gives one."""
    if chosen.tzinfo is None or chosen.utcoffset():
        return chosen
    for value in candidates:
        other = parse_timestamp(value)
        if other and other.tzinfo is not None and other.utcoffset() and abs(other - chosen) < timedelta(minutes=2):
            return other
    return chosen


def _local_day_from_url(stamp: datetime, in_url: datetime | None) -> datetime:
    """A UTC stamp in the small hours of the day after the URL's date was written the evening before
    in a zone west of Greenwich (the Americas): the URL holds the page's local day."""
    is_utc = stamp.tzinfo is not None and not stamp.utcoffset()
    if is_utc and in_url and stamp.hour < AMERICAS_MAX_LAG_HOURS and stamp.date() - in_url.date() == timedelta(days=1):
        return in_url
    return stamp


def _first(values: list[str]) -> datetime | None:
    for value in values:
        if (when := parse_timestamp(value)) is not None:
            return when
    return None


def parse_timestamp(value: str) -> datetime | None:
    """An ISO 8601 (or RFC-style) timestamp with its own offset kept; None when unreadable or implausible."""
    value = value.strip()
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        when = _loose_parse(value)
    return when if when is not None and _plausible(when) else None


def _loose_parse(value: str) -> datetime | None:
    import warnings

    from dateutil import parser

    if not re.search(r"\d{4}", value):
        return None
    with warnings.catch_warnings():  # unknown zone names ("EDT"): the local date is still right
        warnings.simplefilter("ignore")
        try:
            return parser.parse(value, ignoretz=not re.search(r"[+-]\d\d:?\d\d$|Z$", value))
        except (ValueError, OverflowError):
            return None


def _plausible(when: datetime) -> bool:
    return _EARLIEST <= when.replace(tzinfo=None) <= datetime.now() + timedelta(days=1)


def _url_date(url: str | None) -> datetime | None:
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    try:
        return datetime(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _htmldate(tree, url: str | None, original: bool, outputformat: str, extensive: bool = True) -> datetime | None:
    from htmldate import find_date

    try:
        value = find_date(
            tree,
            url=url,
            original_date=original,
            extensive_search=extensive,
            max_date=date.today().isoformat(),
            outputformat=outputformat,
        )
    except Exception:  # htmldate raises on odd trees; a missing date is a valid answer
        return None
    return datetime.fromisoformat(value) if value else None
