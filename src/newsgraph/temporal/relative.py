"""Dates relative to the document: weekdays, yesterday/today/tomorrow, parts of the day, references
(now, recently), "last/this/next <unit>", "N units ago", quarters and seasons."""

from __future__ import annotations

import re

from newsgraph.temporal.lexicon import (
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    unit_key,
)
from newsgraph.temporal.reading import (
    Context,
    Reading,
    number,
    relative,
    unresolved,
    valid_year,
)
from newsgraph.temporal.values import MAX_YEAR, duration, format_at, shift, weekday_near


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
        return unresolved(kind, "day")
    rel = (m["rel"] or "").lower()
    direction = {"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "future"}.get(rel)
    weekday = WEEKDAYS[m["wd"].rstrip("s").lower()]
    if direction is None:
        direction = _weekday_direction(ctx, weekday, m.start(), m.end())
    day = weekday_near(ctx.day, weekday, direction)
    if day is None:
        return unresolved(kind, "day")
    return relative(kind, day.isoformat() + (f"T{pod}" if pod else ""), "day")


DEICTIC_SHIFT = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "tonite": 0}


def build_deictic(m: re.Match, ctx: Context) -> Reading | None:
    word = m["word"].lower()
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower()) or ("NI" if word in ("tonight", "tonite") else None)
    kind = "TIME" if pod else "DATE"
    if ctx.day is None:
        return unresolved(kind, "day")
    day = shift(ctx.day, DEICTIC_SHIFT[word], "day")
    if day is None:
        return unresolved(kind, "day")
    return relative(kind, day.isoformat() + (f"T{pod}" if pod else ""), "day")


def build_this_part_of_day(m: re.Match, ctx: Context) -> Reading | None:
    pod = PARTS_OF_DAY[m["pod"].lower()]
    if ctx.day is None:
        return unresolved("TIME", "day")
    day = ctx.day if m["rel"].lower() != "last" else shift(ctx.day, -1, "day")
    if m["rel"].lower() == "last" and pod != "NI":
        return unresolved("TIME", "day")
    return relative("TIME", f"{day.isoformat()}T{pod}", "day")


REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
}  # fmt: skip
# Left out on purpose ("previously", "once", "soon", "shortly", bare "future"): TimeBank rarely marks them.


def build_ref(m: re.Match, ctx: Context) -> Reading | None:
    return relative("DATE", REFS[re.sub(r"\s+", " ", m["ref"].lower())], None)


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
        return unresolved("DATE", granularity.replace("weekend", "week"))
    step = -1 if rel in _BEFORE else 1 if rel in _AFTER else 0
    if unit == "quarter" and rel in ("the", "the latest", "latest") and ctx.tense_at(m.start(), m.end()) != "future":
        step = -1  # "the quarter" in earnings news: the last one reported
    if unit == "weekend":
        return _weekend(ctx, step, m)
    day = shift(ctx.day, step, "week" if unit == "weekend" else unit)
    granularity_name = granularity.replace("weekend", "week")
    return (
        relative("DATE", format_at(day, granularity), granularity_name) if day else unresolved("DATE", granularity_name)
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
        return unresolved("DATE", "week")
    return relative("DATE", format_at(saturday, "weekend"), "week")


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
        return relative("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None)
    if ctx.day is None:
        return unresolved("DATE", granularity)
    if not float(amount).is_integer() or amount > 10000:
        return unresolved("DATE", granularity)
    day = shift(ctx.day, sign * int(amount), unit)
    if day is None:
        return unresolved("DATE", granularity)
    if granularity in ("hour", "minute", "second"):
        return relative("DATE", ctx.day.isoformat(), "day")
    reading = relative("DATE", format_at(day, granularity), granularity)
    if direction in ("earlier", "later"):
        reading.narrative_shift = (sign * int(amount), unit)
    return reading


def build_year_earlier(m: re.Match, ctx: Context) -> Reading | None:
    unit = m["unit"].lower()
    if ctx.day is None:
        return unresolved("DATE", UNITS[unit][2])
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
        year = valid_year(m["year"])
        return Reading("DATE", f"{year:04d}-{label}", "quarter") if year else None
    if ctx.day is None:
        return unresolved("DATE", "quarter")
    year = ctx.day.year
    current = (ctx.day.month - 1) // (6 if half else 3) + 1
    year_before = (m["rel"] or "").lower() in ("year-earlier", "year-ago", "last year's")
    if year_before or (n > current and ctx.tense_at(m.start(), m.end()) != "future"):
        year -= 1
    if not 1 <= year <= MAX_YEAR:
        return unresolved("DATE", "quarter")
    return relative("DATE", f"{year:04d}-{label}", "quarter")


def build_quarter_code(m: re.Match, ctx: Context) -> Reading | None:
    """ "Q3 2013", "H1", "FY2013" as business news writes them."""
    if m["fy"]:
        year = valid_year(m["fy"])
        return Reading("DATE", f"{year:04d}", "year") if year else None
    label = f"{m['code'].upper()}{m['n']}"
    if m["year"]:
        year = valid_year(m["year"] if len(m["year"]) == 4 else f"20{m['year']}")
        return Reading("DATE", f"{year:04d}-{label}", "quarter") if year else None
    if ctx.day is None:
        return unresolved("DATE", "quarter")
    return relative("DATE", f"{ctx.day.year:04d}-{label}", "quarter")


def build_season(m: re.Match, ctx: Context) -> Reading | None:
    code = SEASONS[m["season"].lower()]
    if m["year"]:
        year = valid_year(m["year"])
        return Reading("DATE", f"{year:04d}-{code}", "season") if year else None
    rel = (m["rel"] or "").lower()
    if not rel and m["season"].lower() == "fall":
        return None
    if ctx.day is None:
        return unresolved("DATE", "season")
    year = ctx.day.year + {"last": -1, "next": 1, "past": -1}.get(rel, 0)
    if rel in ("", "the", "early", "late", "mid") and ctx.tense_at(m.start(), m.end()) == "future":
        year = ctx.day.year
    if not 1 <= year <= MAX_YEAR:
        return unresolved("DATE", "season")
    return relative("DATE", f"{year:04d}-{code}", "season")
