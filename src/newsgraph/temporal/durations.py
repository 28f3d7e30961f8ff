"""Clock times, durations ("two weeks", "many years", "for weeks") and sets ("every Monday", "weekly")."""

from __future__ import annotations

import re
from datetime import date

from newsgraph.temporal.lexicon import (
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAYS,
    unit_key,
)
from newsgraph.temporal.reading import (
    Context,
    Reading,
    clause_direction,
    month_year,
    number,
    relative,
    unresolved,
)
from newsgraph.temporal.relative import DEICTIC_SHIFT
from newsgraph.temporal.values import duration, safe_date, shift, weekday_near


def _day_phrase(text: str | None, m: re.Match, ctx: Context) -> tuple[date | None, bool]:
    """The day a clock time is attached to ("Friday", "Nov. 9", "yesterday"), else the anchor day."""
    if not text:
        return ctx.day, True
    word = text.lower().strip()
    if word in DEICTIC_SHIFT:
        return (shift(ctx.day, DEICTIC_SHIFT[word], "day") if ctx.day else None), True
    if word.rstrip("s") in WEEKDAYS:
        return (
            weekday_near(ctx.day, WEEKDAYS[word.rstrip("s")], clause_direction(ctx, m.start(), m.end()))
            if ctx.day
            else None
        ), True
    md = re.match(r"([a-z]+)\.?\s+(\d{1,2})", word)
    if md and md[1] in MONTHS:
        year = month_year(MONTHS[md[1]], ctx, m.start(), m.end())
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
        return unresolved("TIME", "minute")
    return relative("TIME", day.isoformat() + clock, "minute")


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
