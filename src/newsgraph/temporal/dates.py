"""Dates named on the calendar: ISO and numeric dates, month-days, months, years (also spelled out),
decades, centuries and holidays. Without a year they take the document's, moved by tense."""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsgraph.temporal.lexicon import (
    DECADE_WORDS,
    HOLIDAYS,
    MONTHS,
    MOVEABLE_HOLIDAYS,
    NUMBERS,
    ORDINALS,
)
from newsgraph.temporal.reading import (
    Context,
    Reading,
    month_year,
    number,
    relative,
    unresolved,
    valid_year,
)
from newsgraph.temporal.values import MAX_YEAR, safe_date, shift


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
        year = valid_year(year_text)
        day = safe_date(year, month, day_number) if year else None
        return Reading("DATE", day.isoformat(), "day") if day else None
    if not 1 <= day_number <= 31:
        return None
    year = month_year(month, ctx, m.start(), m.end())
    if year is None:
        return unresolved("DATE", "day")
    day = safe_date(year, month, day_number)
    if day is None and safe_date(2000, month, day_number) is not None:
        return unresolved("DATE", "day")  # a real day whose year falls off the calendar
    return relative("DATE", day.isoformat(), "day") if day else None


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
        year = valid_year(m["year"])
        return Reading("DATE", f"{year:04d}-{month:02d}", "month") if year else None
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if not m["rel"] and not m["mod"] and ((len(name) < 4 and name != "may") or not _MONTH_CONTEXT.search(before)):
        return None  # a bare capitalised "May"/"March" with nothing temporal around it
    if ctx.day is None:
        return unresolved("DATE", "month")
    rel = (m["rel"] or "").lower()
    if rel == "last":
        year = ctx.day.year - (1 if month >= ctx.day.month else 0)
    elif rel == "next":
        year = ctx.day.year + (1 if month <= ctx.day.month else 0)
    elif rel == "this":
        year = ctx.day.year
    else:
        year = month_year(month, ctx, m.start(), m.end())
    return (
        relative("DATE", f"{year:04d}-{month:02d}", "month") if 1 <= year <= MAX_YEAR else unresolved("DATE", "month")
    )


_NUMBER_BEFORE = re.compile(r"\d[\d.,]*[ \t]+$")
_NUMBER_AFTER = re.compile(r"[ \t]+\d")
_NOT_YEAR_AFTER = re.compile(r"\s*(?:%|percent|per\b|[-–]?\s*(?:year|shares?|people|employees|troops|votes)\b)", re.I)


def build_year(m: re.Match, ctx: Context) -> Reading | None:
    year = valid_year(m["year"])
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


TEEN_WORDS = (
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
        year = valid_year(m["year"])
        day = holiday_date(name, year) if year else None
        return Reading("DATE", day.isoformat(), "day") if day else None
    if ctx.day is None:
        return unresolved("DATE", "day")
    this_year = holiday_date(name, ctx.day.year)
    if this_year is None:
        return unresolved("DATE", "day")
    rel = (m["rel"] or "").lower()
    tense = ctx.tense_at(m.start(), m.end())
    year = ctx.day.year
    if (rel == "last" or (not rel and tense == "past")) and this_year > ctx.day:
        year -= 1
    elif (rel == "next" or (not rel and tense == "future")) and this_year < ctx.day:
        year += 1
    day = holiday_date(name, year)
    return relative("DATE", day.isoformat(), "day") if day else unresolved("DATE", "day")
