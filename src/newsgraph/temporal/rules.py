"""Patterns for time expressions and how each one is normalised.

Each :class:`Rule` pairs one precompiled regular expression with a function that turns a match
into a :class:`Reading` (type, value, granularity). Hand-written because no permissively
licensed library both finds English time expressions with TimeML extents and resolves them
against a document date and the clause's tense (dateparser only parses given strings).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from newsgraph.temporal.lexicon import (
    DECADE_WORDS,
    HOLIDAYS,
    MONTHS,
    MOVEABLE_HOLIDAYS,
    NUMBERS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAYS,
    unit_key,
)
from newsgraph.temporal.values import MAX_YEAR, duration, format_at, safe_date, shift, weekday_near


@dataclass(slots=True)
class Reading:
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    granularity: str | None = None
    relative: bool = False
    narrative_shift: tuple[int, str] | None = None  # "a year earlier": shift the last date mentioned instead


@dataclass(slots=True)
class Context:
    """What a rule may look at: the text, the anchor date and (lazily) the clause tense."""

    text: str
    anchor: datetime | None
    tense_at: Callable[[int, int], str | None]
    doc: object | None = None

    def in_time_entity(self, start: int, end: int) -> bool:
        """Whether spaCy tagged these characters as part of a DATE or TIME entity."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(token.ent_type_ in ("DATE", "TIME") for token in span)

    @property
    def day(self) -> date | None:
        return self.anchor.date() if self.anchor else None


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern
    build: Callable[[re.Match, Context], Reading | None]
    triggers: frozenset[str]  # lower-case words one of which every match contains; DIGIT: any number


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Month and weekday names only count when capitalised ("may", "march", "sun" are ordinary words).
MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
)
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b"
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
DIGITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
NUM = rf"(?:\d+(?:\s+1/2|\.\d+)?|{TENS}[- ]{DIGITS}|{_alt(NUMBERS)})(?:[- ]and[- ]a[- ]half)?"
VAGUE = _alt(VAGUE_QUANTITIES)
UNIT = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ies))s?"
ORD = _alt(ORDINALS)
POD = r"(?:morning|afternoon|evening|night)"
ZONE = r"(?:\s+(?-i:[ECMP][SD]?T|GMT|UTC))?"
MOD = r"(?:(?:early|late|mid|the\s+(?:end|beginning|start|middle)\s+of)[- ]?\s*)"
EDGE = r"(?![\w-])"
# hedges TimeBank keeps inside the expression ("nearly two weeks"); "about", "almost", "over" it mostly leaves out
HEDGE = r"(?:(?:nearly|more\s+than|less\s+than|at\s+least|up\s+to)\s+)?"

PAST, FUTURE = ("past",), ("future",)


def number(text: str) -> float | None:
    """'two' → 2, '24' → 24, 'twenty-four' → 24, 'one-and-a-half' → 1.5; vague words → None."""
    text = text.lower().strip()
    half = 0.0
    for suffix in ("-and-a-half", " and a half", " 1/2"):
        if text.endswith(suffix):
            text, half = text[: -len(suffix)], 0.5
    if text in NUMBERS:
        return NUMBERS[text] + half
    try:
        return float(text.replace(",", "")) + half
    except ValueError:
        pass
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]] + half
    return None


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    year = int(text)
    return year if 1 <= year <= MAX_YEAR else None


def _direction(ctx: Context, start: int, end: int) -> str:
    tense = ctx.tense_at(start, end)
    return "future" if tense == "future" else "past"


def _relative(kind: str, value: str | None, granularity: str | None) -> Reading:
    return Reading(kind, value, granularity, relative=True)


def _unresolved(kind: str = "DATE", granularity: str | None = None) -> Reading:
    return Reading(kind, None, granularity, relative=True)


# How far ahead of the document's month a past-tense month may lie before it means last year, and the
# window for clauses without a clear tense (news looks back more than forward). Tuned on TBAQ train.
PAST_MONTHS_AHEAD, UNTENSED_MONTHS_AHEAD, UNTENSED_MONTHS_BEHIND = 2, 4, 6


def _month_year(month: int, ctx: Context, start: int, end: int) -> int | None:
    """Year of a month named without one: the document's, moved by tense across the year boundary."""
    if ctx.day is None:
        return None
    year, ahead = ctx.day.year, month - ctx.day.month
    tense = ctx.tense_at(start, end)
    if tense == "future":
        return year + 1 if ahead < 0 else year
    if tense == "past":
        return year - 1 if ahead > PAST_MONTHS_AHEAD else year
    if ahead > UNTENSED_MONTHS_AHEAD:
        return year - 1
    return year + 1 if ahead < -UNTENSED_MONTHS_BEHIND else year


# --- absolute and partly absolute dates -------------------------------------------------------


def build_iso(m: re.Match, ctx: Context) -> Reading | None:
    day = safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if day is None:
        return None
    if m["h"] is not None and int(m["h"]) < 24 and int(m["mi"]) < 60:
        return Reading("TIME", f"{day.isoformat()}T{int(m['h']):02d}:{m['mi']}", "minute")
    return Reading("DATE", day.isoformat(), "day")


def build_slash(m: re.Match, ctx: Context) -> Reading | None:
    year = int(m["y"])
    year = year + (1900 if year >= 50 else 2000) if year < 100 else year
    day = safe_date(year, int(m["mo"]), int(m["d"]))
    return Reading("DATE", day.isoformat(), "day") if day else None


def _month_day(month: int, day_number: int, year_text: str | None, m: re.Match, ctx: Context) -> Reading | None:
    if year_text is not None:
        year = _year(year_text)
        day = safe_date(year, month, day_number) if year else None
        return Reading("DATE", day.isoformat(), "day") if day else None
    if not 1 <= day_number <= 31:
        return None
    year = _month_year(month, ctx, m.start(), m.end())
    if year is None:
        return _unresolved("DATE", "day")
    day = safe_date(year, month, day_number)
    if day is None and safe_date(2000, month, day_number) is not None:
        return _unresolved("DATE", "day")  # a real day whose year falls off the calendar
    return _relative("DATE", day.isoformat(), "day") if day else None


def build_month_day(m: re.Match, ctx: Context) -> Reading | None:
    return _month_day(MONTHS[m["month"].rstrip(".").lower()], int(m["day"]), m["year"], m, ctx)


_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|on|since|until|till|by|from|through|last|next|this|of|during|before|after|to|between|and|or|"
    r"early|late|mid|end|beginning|start|middle|for|as|about|around|that|each|every)\s*|[,(-]\s*)$",
    re.I,
)


def build_month(m: re.Match, ctx: Context) -> Reading | None:
    name = m["month"].rstrip(".").lower()
    month = MONTHS[name]
    if m["year"] is not None:
        year = _year(m["year"])
        return Reading("DATE", f"{year:04d}-{month:02d}", "month") if year else None
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if not m["rel"] and not m["mod"] and ((len(name) < 4 and name != "may") or not _MONTH_CONTEXT.search(before)):
        return None  # a bare capitalised "May"/"March" with nothing temporal around it
    if ctx.day is None:
        return _unresolved("DATE", "month")
    rel = (m["rel"] or "").lower()
    if rel == "last":
        year = ctx.day.year - (1 if month >= ctx.day.month else 0)
    elif rel == "next":
        year = ctx.day.year + (1 if month <= ctx.day.month else 0)
    elif rel == "this":
        year = ctx.day.year
    else:
        year = _month_year(month, ctx, m.start(), m.end())
    return (
        _relative("DATE", f"{year:04d}-{month:02d}", "month") if 1 <= year <= MAX_YEAR else _unresolved("DATE", "month")
    )


_NUMBER_BEFORE = re.compile(r"\d[\d.,]*[ \t]+$")
_NUMBER_AFTER = re.compile(r"[ \t]+\d")
_NOT_YEAR_AFTER = re.compile(r"\s*(?:%|percent|per\b|[-–]?\s*(?:year|shares?|people|employees|troops|votes)\b)", re.I)


def build_year(m: re.Match, ctx: Context) -> Reading | None:
    year = _year(m["year"])
    if year is None:
        return None
    before = ctx.text[max(0, m.start() - 2) : m.start()]
    if "$" in before or "#" in before or _NOT_YEAR_AFTER.match(ctx.text, m.end()) or _counts_a_noun(m, ctx):
        return None
    if _NUMBER_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()) or _NUMBER_AFTER.match(ctx.text, m.end()):
        return None  # a run of bare numbers is a table or a list of figures, not years
    return Reading("DATE", f"{year:04d}", "year")


_TIME_NOUNS = {"year", "season", "quarter", "budget", "election", "census", "model", "fiscal", "summer", "winter"}


def _counts_a_noun(m: re.Match, ctx: Context) -> bool:
    """A number that counts something ("1990 shares"), by the parse: no year."""
    if ctx.doc is None:
        return False
    span = ctx.doc.char_span(m.start("year"), m.end("year"), alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    if token.dep_ != "nummod" or token.head.tag_ != "NNS" or token.head.lemma_.lower() in _TIME_NOUNS:
        return False
    return not (token.i > 0 and token.nbor(-1).tag_ in ("DT", "PRP$", "POS"))


_TEEN_WORDS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)


_COUNTED_AFTER = re.compile(r"\s+(?!and\b|or\b|to\b|in\b|when\b|the\b|as\b|until\b|after\b|before\b)[a-z]")


def build_spelled_year(m: re.Match, ctx: Context) -> Reading | None:
    """ "nineteen ninety-six" → 1996, "two thousand" → 2000 (broadcast transcripts spell years out)."""
    if m["millennium"] and not m.group(0).lower().startswith("the") and _COUNTED_AFTER.match(ctx.text, m.end()):
        return None  # "two thousand dollars"
    if m["millennium"]:
        year = 2000 + int(number(m["after"]) or 0) if m["after"] else 2000
    else:
        century = NUMBERS[m["century"].lower()]
        rest = m["rest"].lower().replace("oh ", "").replace("oh-", "")
        year = century * 100 + (int(number(rest) or 0) if rest != "hundred" else 0)
    return Reading("DATE", f"{year:04d}", "year") if 1000 <= year <= MAX_YEAR else None


def build_decade(m: re.Match, ctx: Context) -> Reading | None:
    if m["full"]:
        return Reading("DATE", m["full"], "decade")
    digit = int(m["short"]) if m["short"] else DECADE_WORDS[m["word"].lower()]
    return Reading("DATE", f"19{digit}", "decade")


def build_century(m: re.Match, ctx: Context) -> Reading | None:
    ordinal = m["ord"].lower()
    n = ORDINALS.get(ordinal) or (int(re.sub(r"\D", "", ordinal)) if re.search(r"\d", ordinal) else None)
    if ordinal == "twenty-first":
        n = 21
    elif ordinal == "twentieth":
        n = 20
    elif ordinal == "nineteenth":
        n = 19
    return Reading("DATE", f"{n - 1:02d}", "century") if n and 1 <= n <= 99 else None


def holiday_date(name: str, year: int) -> date | None:
    """The date of a fixed or moveable holiday in ``year`` ("Thanksgiving" → fourth Thursday of November)."""
    if name in HOLIDAYS:
        return safe_date(year, *HOLIDAYS[name])
    month, weekday, nth, extra = MOVEABLE_HOLIDAYS[name]
    first = safe_date(year, month, 1)
    if first is None:
        return None
    if nth > 0:
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        following = shift(first, 1, "month")
        if following is None:
            return None
        last = following - timedelta(days=1)
        day = last - timedelta(days=(last.weekday() - weekday) % 7)
    return day + timedelta(days=extra)


def build_holiday(m: re.Match, ctx: Context) -> Reading | None:
    name = re.sub(r"\s+", " ", m["name"].lower())
    if m["year"]:
        year = _year(m["year"])
        day = holiday_date(name, year) if year else None
        return Reading("DATE", day.isoformat(), "day") if day else None
    if ctx.day is None:
        return _unresolved("DATE", "day")
    this_year = holiday_date(name, ctx.day.year)
    if this_year is None:
        return _unresolved("DATE", "day")
    rel = (m["rel"] or "").lower()
    tense = ctx.tense_at(m.start(), m.end())
    year = ctx.day.year
    if (rel == "last" or (not rel and tense == "past")) and this_year > ctx.day:
        year -= 1
    elif (rel == "next" or (not rel and tense == "future")) and this_year < ctx.day:
        year += 1
    day = holiday_date(name, year)
    return _relative("DATE", day.isoformat(), "day") if day else _unresolved("DATE", "day")


# --- dates relative to the document ------------------------------------------------------------


def _weekday_direction(ctx: Context, weekday: int, start: int, end: int) -> str:
    """Past and future tense decide; a present-tense clause takes the nearer of the two (ties look back)."""
    tense = ctx.tense_at(start, end)
    if tense in ("past", "future"):
        return tense
    if tense is None:
        return "past"
    ahead = (weekday - ctx.day.weekday()) % 7
    return "future" if 0 < ahead < 7 - ahead else "past"


def build_weekday(m: re.Match, ctx: Context) -> Reading | None:
    if m["wd"].endswith("s") and not m["rel"]:
        return Reading("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'][:-1].lower()] + 1}", None)
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    kind = "DATE"  # "Friday night" too: TimeBank/AQUAINT type it DATE 19 times to 6
    if ctx.day is None:
        return _unresolved(kind, "day")
    rel = (m["rel"] or "").lower()
    direction = {"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "future"}.get(rel)
    weekday = WEEKDAYS[m["wd"].rstrip("s").lower()]
    if direction is None:
        direction = _weekday_direction(ctx, weekday, m.start(), m.end())
    day = weekday_near(ctx.day, weekday, direction)
    if day is None:
        return _unresolved(kind, "day")
    return _relative(kind, day.isoformat() + (f"T{pod}" if pod else ""), "day")


_DEICTIC_SHIFT = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "tonite": 0}


def build_deictic(m: re.Match, ctx: Context) -> Reading | None:
    word = m["word"].lower()
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower()) or ("NI" if word in ("tonight", "tonite") else None)
    kind = "TIME" if pod else "DATE"
    if ctx.day is None:
        return _unresolved(kind, "day")
    day = shift(ctx.day, _DEICTIC_SHIFT[word], "day")
    if day is None:
        return _unresolved(kind, "day")
    return _relative(kind, day.isoformat() + (f"T{pod}" if pod else ""), "day")


def build_this_part_of_day(m: re.Match, ctx: Context) -> Reading | None:
    pod = PARTS_OF_DAY[m["pod"].lower()]
    if ctx.day is None:
        return _unresolved("TIME", "day")
    day = ctx.day if m["rel"].lower() != "last" else shift(ctx.day, -1, "day")
    if m["rel"].lower() == "last" and pod != "NI":
        return _unresolved("TIME", "day")
    return _relative("TIME", f"{day.isoformat()}T{pod}", "day")


_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
}  # fmt: skip
# Left out on purpose ("previously", "once", "soon", "shortly", bare "future"): TimeBank rarely marks them.


def build_ref(m: re.Match, ctx: Context) -> Reading | None:
    return _relative("DATE", _REFS[re.sub(r"\s+", " ", m["ref"].lower())], None)


_SAME = {"this", "the current", "the same", "the", "current", "that"}
_BEFORE = {"last", "the last", "the previous", "the past", "previous", "the latest", "latest", "past"}
_AFTER = {"next", "the next", "the coming", "the following", "coming", "following"}


def build_relative_unit(m: re.Match, ctx: Context) -> Reading | None:
    unit = unit_key(m["unit"].split()[-1])
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    if unit == "weekend":
        granularity = "weekend"
    elif unit == "century":
        granularity = "century"
    else:
        granularity = UNITS[unit][2]
    if rel in ("the past", "the last", "the next", "the coming") and not m["mod"] and unit != "weekend":
        letter, time_unit, _ = UNITS[unit]
        return Reading("DURATION", duration(1, letter, time_unit), None)
    if ctx.day is None:
        return _unresolved("DATE", granularity.replace("weekend", "week"))
    step = -1 if rel in _BEFORE else 1 if rel in _AFTER else 0
    if unit == "quarter" and rel in ("the", "the latest", "latest") and ctx.tense_at(m.start(), m.end()) != "future":
        step = -1  # "the quarter" in earnings news: the last one reported
    if unit == "weekend":
        return _weekend(ctx, step, m)
    day = shift(ctx.day, step, "week" if unit == "weekend" else unit)
    granularity_name = granularity.replace("weekend", "week")
    return (
        _relative("DATE", format_at(day, granularity), granularity_name)
        if day
        else _unresolved("DATE", granularity_name)
    )


def _weekend(ctx: Context, step: int, m: re.Match) -> Reading:
    """The weekend meant: "last weekend" the one before, "next weekend" the one after, "the weekend" by tense."""
    if step < 0:
        saturday = weekday_near(ctx.day, 5, "last")
    elif step > 0:
        saturday = weekday_near(ctx.day, 5, "next")
    else:
        saturday = weekday_near(ctx.day, 5, "past" if ctx.tense_at(m.start(), m.end()) == "past" else "future")
    if saturday is None:
        return _unresolved("DATE", "week")
    return _relative("DATE", format_at(saturday, "weekend"), "week")


def build_offset(m: re.Match, ctx: Context) -> Reading | None:
    """ "two weeks ago", "a year earlier", "three days later": the anchor shifted, at the unit's granularity."""
    unit = unit_key(m["unit"])
    amount = number(m["q"])
    direction = m["dir"].lower()
    if direction == "later" or (direction == "earlier" and unit in ("second", "minute", "hour", "day", "week")):
        return None  # "three days later": TimeBank marks the duration, counted from an event, not a date
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    granularity = UNITS[unit][2]
    if amount is None:
        return _relative("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None)
    if ctx.day is None:
        return _unresolved("DATE", granularity)
    if not float(amount).is_integer() or amount > 10000:
        return _unresolved("DATE", granularity)
    day = shift(ctx.day, sign * int(amount), unit)
    if day is None:
        return _unresolved("DATE", granularity)
    if granularity in ("hour", "minute", "second"):
        return _relative("DATE", ctx.day.isoformat(), "day")
    reading = _relative("DATE", format_at(day, granularity), granularity)
    if direction in ("earlier", "later"):
        reading.narrative_shift = (sign * int(amount), unit)
    return reading


def build_year_earlier(m: re.Match, ctx: Context) -> Reading | None:
    unit = m["unit"].lower()
    if ctx.day is None:
        return _unresolved("DATE", UNITS[unit][2])
    day = shift(ctx.day, -1, unit)
    if day is None:
        return None
    return Reading("DATE", format_at(day, UNITS[unit][2]), UNITS[unit][2], relative=True, narrative_shift=(-1, unit))


def build_quarter(m: re.Match, ctx: Context) -> Reading | None:
    n = ORDINALS[m["ord"].lower()]
    half = m["part"].lower() == "half"
    if (half and n > 2) or n > 4:
        return None
    label = f"H{n}" if half else f"Q{n}"
    if m["year"]:
        year = _year(m["year"])
        return Reading("DATE", f"{year:04d}-{label}", "quarter") if year else None
    if ctx.day is None:
        return _unresolved("DATE", "quarter")
    year = ctx.day.year
    current = (ctx.day.month - 1) // (6 if half else 3) + 1
    year_before = (m["rel"] or "").lower() in ("year-earlier", "year-ago", "last year's")
    if year_before or (n > current and ctx.tense_at(m.start(), m.end()) != "future"):
        year -= 1
    if not 1 <= year <= MAX_YEAR:
        return _unresolved("DATE", "quarter")
    return _relative("DATE", f"{year:04d}-{label}", "quarter")


def build_quarter_code(m: re.Match, ctx: Context) -> Reading | None:
    """ "Q3 2013", "H1", "FY2013" as business news writes them."""
    if m["fy"]:
        year = _year(m["fy"])
        return Reading("DATE", f"{year:04d}", "year") if year else None
    label = f"{m['code'].upper()}{m['n']}"
    if m["year"]:
        year = _year(m["year"] if len(m["year"]) == 4 else f"20{m['year']}")
        return Reading("DATE", f"{year:04d}-{label}", "quarter") if year else None
    if ctx.day is None:
        return _unresolved("DATE", "quarter")
    return _relative("DATE", f"{ctx.day.year:04d}-{label}", "quarter")


def build_season(m: re.Match, ctx: Context) -> Reading | None:
    code = SEASONS[m["season"].lower()]
    if m["year"]:
        year = _year(m["year"])
        return Reading("DATE", f"{year:04d}-{code}", "season") if year else None
    rel = (m["rel"] or "").lower()
    if not rel and m["season"].lower() == "fall":
        return None
    if ctx.day is None:
        return _unresolved("DATE", "season")
    year = ctx.day.year + {"last": -1, "next": 1, "past": -1}.get(rel, 0)
    if rel in ("", "the", "early", "late", "mid") and ctx.tense_at(m.start(), m.end()) == "future":
        year = ctx.day.year
    if not 1 <= year <= MAX_YEAR:
        return _unresolved("DATE", "season")
    return _relative("DATE", f"{year:04d}-{code}", "season")


# --- times of day ------------------------------------------------------------------------------


def _day_phrase(text: str | None, m: re.Match, ctx: Context) -> tuple[date | None, bool]:
    """The day a clock time is attached to ("Friday", "Nov. 9", "yesterday"), else the anchor day."""
    if not text:
        return ctx.day, True
    word = text.lower().strip()
    if word in _DEICTIC_SHIFT:
        return (shift(ctx.day, _DEICTIC_SHIFT[word], "day") if ctx.day else None), True
    if word.rstrip("s") in WEEKDAYS:
        return (
            weekday_near(ctx.day, WEEKDAYS[word.rstrip("s")], _direction(ctx, m.start(), m.end())) if ctx.day else None
        ), True
    md = re.match(r"([a-z]+)\.?\s+(\d{1,2})", word)
    if md and md[1] in MONTHS:
        year = _month_year(MONTHS[md[1]], ctx, m.start(), m.end())
        return (safe_date(year, MONTHS[md[1]], int(md[2])) if year else None), True
    return ctx.day, True


def build_clock(m: re.Match, ctx: Context) -> Reading | None:
    word = (m["word"] or "").lower()
    if word:
        hour, minute = (24, 0) if word == "midnight" else (12, 0)
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        ampm = (m["ap"] or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if hour > 23 or minute > 59 or (not ampm and m["mi"] is None):
            return None
    day, _ = _day_phrase(m["on"], m, ctx)
    clock = f"T{hour:02d}:{minute:02d}"
    if day is None:
        return _unresolved("TIME", "minute")
    return _relative("TIME", day.isoformat() + clock, "minute")


# --- durations and sets ------------------------------------------------------------------------


_AMOUNT_BEFORE = re.compile(r"(?:\d|%|percent|dollars?|cents?|times|once|twice|million|billion)\s*$", re.I)


def build_duration(m: re.Match, ctx: Context) -> Reading | None:
    unit = unit_key(m["unit"])
    q = m["q"].lower()
    if q == "a" and unit in ("second", "quarter"):
        return None
    if unit == "quarter" and re.search(r"-quarters\b", m.group(0), re.I):
        return None  # "three-quarters of the vote": a fraction
    if q in ("a", "an") and _AMOUNT_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None  # "$5 a year", "3 percent a month": a rate, not a duration
    amount = None if q in VAGUE_QUANTITIES else number(q)
    if amount is not None and m.group(0).lower().endswith("half"):
        amount += 0.5
    letter, time_unit, _ = UNITS[unit]
    if amount is not None and amount > 100000:
        return None
    return Reading("DURATION", duration(amount, letter, time_unit), None)


_BARE_PLURAL_CONTEXT = re.compile(
    r"\b(?:for|over|within|in|after|take|took|takes|taking|last|lasted|spend|spent)\s+$", re.I
)


def build_bare_plural(m: re.Match, ctx: Context) -> Reading | None:
    context = _BARE_PLURAL_CONTEXT.search(ctx.text[max(0, m.start() - 10) : m.start()])
    if not m["q"] and not context and not ctx.in_time_entity(m.start(), m.end()):
        return None
    letter, time_unit, _ = UNITS[unit_key(m["unit"])]
    return Reading("DURATION", duration(None, letter, time_unit), None)


def build_set(m: re.Match, ctx: Context) -> Reading | None:
    if m["adverb"]:
        return Reading("SET", SET_ADVERBS[m["adverb"].lower()], None)
    target = m["what"].lower()
    if target.rstrip("s") in WEEKDAYS:
        return Reading("SET", f"XXXX-WXX-{WEEKDAYS[target.rstrip('s')] + 1}", None)
    if target in PARTS_OF_DAY:
        return Reading("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[target]}", None)
    if target in SEASONS:
        return Reading("SET", f"XXXX-{SEASONS[target]}", None)
    unit = unit_key(target)
    letter, time_unit, _ = UNITS[unit]
    every = number(m["n"]) if m["n"] and m["n"].lower() != "other" else (2 if m["n"] else 1)
    return Reading("SET", duration(every, letter, time_unit), None)


def build_frequency(m: re.Match, ctx: Context) -> Reading | None:
    letter, time_unit, _ = UNITS[unit_key(m["unit"])]
    return Reading("SET", duration(1, letter, time_unit), None)


DIGIT = "#"


def _words(*groups) -> frozenset[str]:
    return frozenset(w for group in groups for phrase in group for w in re.findall(r"[^\W_]+", phrase.lower()))


_UNIT_WORDS = _words(UNITS, [f"{u}s" for u in UNITS], ["centuries"])
_MONTH_WORDS = _words(MONTHS)
_WEEKDAY_WORDS = _words(WEEKDAYS, [f"{d}s" for d in WEEKDAYS])
_POD_WORDS = _words(PARTS_OF_DAY)
_SEASON_WORDS = _words(SEASONS)


def _rule(
    name: str,
    pattern: str,
    build: Callable[[re.Match, Context], Reading | None],
    triggers: frozenset[str],
    before: str = r"(?<![\w-])",
) -> Rule:
    return Rule(name, re.compile(rf"{before}{pattern}{EDGE}", re.I), build, triggers)


_MONTH_DAY = (
    rf"(?:{WEEKDAY},?\s+)?(?:{MOD})?(?P<month>{MONTH})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|:\d)"
    rf"(?:,?\s+(?P<year>\d{{4}})(?!\d))?"
)
_DAY_MONTH = (
    rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH})"
    rf"(?:,?\s+(?P<year>\d{{4}})(?!\d))?"
)

RULES: tuple[Rule, ...] = (
    _rule(
        "iso",
        r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?:[T ](?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2})?)?",
        build_iso,
        triggers=frozenset({DIGIT}),
    ),
    _rule("slash", r"(?P<mo>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})", build_slash, triggers=frozenset({DIGIT})),
    _rule("month_day", _MONTH_DAY, build_month_day, triggers=frozenset({DIGIT})),
    _rule("day_month", _DAY_MONTH, build_month_day, triggers=frozenset({DIGIT})),
    _rule(
        "month",
        rf"(?:(?P<rel>last|next|this|early|late|mid|the\s+(?:end|beginning|start|middle)\s+of)[- ]?\s*)?"
        rf"(?P<mod>{MOD})?(?P<month>{MONTH})(?:,?\s+(?:of\s+)?(?P<year>\d{{4}})(?!\d))?",
        build_month,
        triggers=_MONTH_WORDS,
    ),
    _rule(
        "year",
        rf"(?:(?P<fiscal>fiscal(?:\s+year)?)\s+|{MOD}|the\s+year\s+)?(?P<year>1[0-9]{{3}}|20[0-9]{{2}})(?![\d,.%]\d|s\b)",
        build_year,
        triggers=frozenset({DIGIT}),
        before=r"(?<!\w)(?<![A-Za-z]-)",
    ),
    _rule(
        "spelled_year",
        rf"(?:the\s+year\s+)?(?:(?P<century>nineteen|eighteen|twenty)[\s-]+"
        rf"(?P<rest>{TENS}(?:[- ]{DIGITS})?|{_alt(_TEEN_WORDS)}|oh[- ]{DIGITS}|hundred)|"
        rf"(?P<millennium>two\s+thousand)(?:\s+(?:and\s+)?(?P<after>{TENS}(?:[- ]{DIGITS})?|{DIGITS}|{_alt(_TEEN_WORDS)}))?)",
        build_spelled_year,
        triggers=_words(["nineteen eighteen twenty thousand"]),
    ),
    _rule(
        "decade",
        rf"(?:the\s+)?(?:{MOD})?(?:(?P<full>1[0-9]{{2}}|20[0-9])0'?s|'(?P<short>\d)0s|(?P<word>{_alt(DECADE_WORDS)}))",
        build_decade,
        triggers=_words(DECADE_WORDS) | {DIGIT},
    ),
    _rule(
        "century",
        r"(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|twenty-first|twentieth|nineteenth|"
        r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+century",
        build_century,
        triggers=_words(["century"]),
    ),
    _rule(
        "holiday",
        rf"(?:(?P<rel>last|next|this)\s+)?(?P<name>{_alt([*HOLIDAYS, *MOVEABLE_HOLIDAYS])})"
        rf"(?:,?\s+(?P<year>\d{{4}})(?!\d))?",
        build_holiday,
        triggers=_words(HOLIDAYS, MOVEABLE_HOLIDAYS) - {"day", "s", "eve"},
    ),
    _rule(
        "weekday",
        rf"(?:(?:early|late)\s+)?(?:(?P<rel>last|next|this|coming|past|previous)\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s+(?P<pod>{POD}))?",
        build_weekday,
        triggers=_WEEKDAY_WORDS,
    ),
    _rule(
        "deictic",
        rf"(?:(?:early|late)\s+)?(?P<word>yesterday|today|tomorrow|tonight|tonite)(?:\s+(?P<pod>{POD}))?",
        build_deictic,
        triggers=_words(_DEICTIC_SHIFT),
    ),
    _rule(
        "this_pod",
        rf"(?P<rel>this|last|later\s+this|earlier\s+this)\s+(?P<pod>{POD})",
        build_this_part_of_day,
        triggers=_POD_WORDS,
    ),
    _rule(
        "ref", rf"(?P<ref>{_alt(_REFS)})", build_ref, triggers=_words(_REFS) - {"the", "at", "right", "these", "near"}
    ),
    _rule(
        "relative_unit",
        r"(?P<mod>(?:earlier|later|early|late|mid|the\s+(?:end|beginning|start|middle)\s+of)[- ]?\s*)?"
        r"(?P<rel>last|this|next|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+following|"
        r"the\s+current|the\s+same|the\s+latest|the|current|coming|past|previous|following)\s+"
        r"(?P<unit>week|weekend|month|year|quarter|decade|century|fiscal\s+year)",
        build_relative_unit,
        triggers=_UNIT_WORDS,
    ),
    _rule(
        "offset",
        rf"{HEDGE}(?P<q>{NUM}|{VAGUE})[\s-]+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|back)",
        build_offset,
        triggers=_words(["ago earlier later now hence back"]),
    ),
    _rule(
        "year_earlier",
        r"(?:the\s+)?(?:comparable\s+)?(?P<unit>year|month|week|quarter)-(?:earlier|ago)"
        r"(?:\s+(?:quarter|period|month|week))?",
        build_year_earlier,
        triggers=_words(["earlier ago"]),
    ),
    _rule(
        "quarter",
        rf"(?:the\s+(?!(?:{ORD})-))?(?:(?P<rel>year-earlier|year-ago|last\s+year's)\s+)?(?:fiscal\s+)?(?P<ord>{ORD})[- ]"
        rf"(?:fiscal[- ])?(?P<part>quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?P<year>\d{{4}}))?",
        build_quarter,
        triggers=_words(["quarter half"]),
    ),
    _rule(
        "quarter_code",
        r"(?-i:(?P<code>Q|H)(?P<n>[1-4])(?:\s+|\s*/\s*|-)?(?P<year>\d{4}|'?\d{2}(?!\d))?|FY\s?(?P<fy>\d{4}))",
        build_quarter_code,
        triggers=frozenset({DIGIT}),
    ),
    _rule(
        "season",
        r"(?:(?P<rel>this|last|next|early|late|mid|the|past)[- ]?\s*)?(?P<season>spring|summer|fall|autumn|winter)"
        r"(?:\s+(?:of\s+)?(?P<year>\d{4})(?!\d))?",
        build_season,
        triggers=_SEASON_WORDS,
    ),
    _rule(
        "clock",
        rf"(?:(?P<word>noon|midday|midnight)|(?P<h>\d{{1,2}})(?::(?P<mi>\d{{2}}))?\s*(?P<ap>[ap]\.?\s?m\b\.?)?)"
        rf"{ZONE}(?:,?\s+(?:on\s+)?(?P<on>{WEEKDAY}|yesterday|today|tomorrow|{MONTH}\s*\d{{1,2}}))?",
        build_clock,
        triggers=_words(["noon midday midnight"]) | {DIGIT},
    ),
    _rule(
        "duration",
        rf"(?:(?:the\s+(?:past|last|next|coming|first|previous|following|final|latest|latter|initial)|the|another|"
        rf"past|last|next|first)\s+)?{HEDGE}"
        rf"(?P<q>{NUM}|{VAGUE})[\s-]+(?P<unit>{UNIT})(?:-long)?(?:\s+and\s+a\s+half)?",
        build_duration,
        triggers=_UNIT_WORDS,
    ),
    _rule(
        "bare_plural",
        r"(?P<q>(?:many|several|a\s+few|few|recent|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|"
        r"the\s+coming|the\s+past|the\s+last)\s+)?"
        r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)",
        build_bare_plural,
        triggers=_UNIT_WORDS,
    ),
    _rule(
        "set",
        rf"(?:(?P<adverb>{_alt(SET_ADVERBS)})|(?:every|each|per)\s+(?:(?P<n>other|{NUM})\s+)?"
        rf"(?P<what>{UNIT}|{WEEKDAY}|{POD}|spring|summer|fall|autumn|winter))",
        build_set,
        triggers=_words(SET_ADVERBS, ["every each per"]),
    ),
    _rule(
        "frequency",
        rf"(?:once|twice|{NUM}\s+times)\s+(?:a|an|per|each)\s+(?P<unit>{UNIT})",
        build_frequency,
        triggers=_words(["once twice times"]),
    ),
)
