"""Publication and update dates of an HTML page, most trusted cheap source first.

Order: publication meta tags, JSON-LD ``datePublished``, ``<time>`` marked as the publication
time, a Y/M/D date in the URL; htmldate's full search runs only when none of these states a
date. A stated timestamp keeps the page's own UTC offset (the local date is the one readers and
date gold sets use); when the first source gives UTC, the same instant stated in local time by
another source wins.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

_JSON_LD = '//script[@type="application/ld+json" or @type="application/json+ld"]/text()'
_PUBLISHED_KEYS = re.compile(r'"(?:datePublished|uploadDate)"\s*:\s*"([^"]{8,40})"')
_MODIFIED_KEYS = re.compile(r'"dateModified"\s*:\s*"([^"]{8,40})"')
_PUBLISHED_META = (
    "/html/head/meta[@property='article:published_time' or @property='og:published_time'"
    " or @property='og:article:published_time' or @itemprop='datePublished' or @name='pubdate'"
    " or @name='publishdate' or @name='publish-date' or @name='article:published_time'"
    " or @name='parsely-pub-date' or @name='sailthru.date' or @name='dc.date.issued' or @name='DC.date.issued'"
    " or @name='citation_publication_date' or @property='rnews:datePublished']/@content",
    "//*[@itemprop='datePublished']/@content | //time[@itemprop='datePublished' or @pubdate]/@datetime",
)
_MODIFIED_META = (
    "/html/head/meta[@property='article:modified_time' or @property='og:updated_time'"
    " or @itemprop='dateModified' or @name='last-modified']/@content",
    "//time[@itemprop='dateModified']/@datetime",
)
_HEADER_TIME = "(//article//time[@datetime] | //header//time[@datetime])[1]/@datetime"
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[_-]|$)")
_EARLIEST = datetime(1995, 1, 1)
AMERICAS_MAX_LAG_HOURS = 8  # UTC-4 (New York, summer) to UTC-8 (Los Angeles, winter)


def published_date(tree, url: str | None) -> datetime | None:
    """The date the page was first published, None when it states none."""
    stated = _first_stated(tree, url)
    if stated is not None:
        return stated
    found = _htmldate(tree, url, original=True, outputformat="%Y-%m-%d")
    return None if found is not None and (found.month, found.day) == (1, 1) else found  # a bare year ("© 2020")


def updated_date(tree, published: datetime) -> datetime | None:
    """The last-modified date the page states, when it is later than the publication date."""
    stated = _first(_jsonld_values(tree, _MODIFIED_KEYS)) or _first(_xpath_values(tree, _MODIFIED_META))
    if stated is None:
        stated = _htmldate(tree, None, original=False, extensive=False, outputformat="%Y-%m-%dT%H:%M:%S")
    return stated if stated is not None and stated.date() > published.date() else None


def _first_stated(tree, url: str | None) -> datetime | None:
    structured = [*_xpath_values(tree, _PUBLISHED_META), *_jsonld_values(tree, _PUBLISHED_KEYS)]
    in_url = _url_date(url)
    if chosen := _first(structured):
        return _local_day_from_url(_in_local_time(chosen, structured), in_url)
    return _first(tree.xpath(_HEADER_TIME)) or in_url


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


def _jsonld_values(tree, keys: re.Pattern) -> list[str]:
    # a regex rather than json.loads: JSON-LD in the wild is often broken, and only one key is needed
    return [value for script in tree.xpath(_JSON_LD) for value in keys.findall(script)]


def _xpath_values(tree, xpaths: tuple[str, ...]) -> list[str]:
    return [value for xpath in xpaths for value in tree.xpath(xpath)]


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
