"""Narrative time: "a year earlier", "three days later", "the year-ago quarter" count from the last date
the text mentioned, not from the article's date (earnings news: "the third quarter … a year earlier")."""

from __future__ import annotations

import re
from datetime import date

from newsgraph.temporal.reading import Reading
from newsgraph.temporal.values import format_at, safe_date, shift

_VALUE = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|W(\d{2})))?$")
_FINENESS = ["day", "week", "month", "quarter", "year"]


def parse_value(value: str | None) -> tuple[date, str] | None:
    """'1989-Q3' → (1989-07-01, 'quarter'); None for references, durations and partial values."""
    match = _VALUE.match(value or "")
    if not match:
        return None
    year, month, day, quarter, week = match.groups()
    if week:
        start = _iso_week_start(int(year), int(week))
        return (start, "week") if start else None
    if quarter:
        start = safe_date(int(year), 3 * int(quarter) - 2, 1)
        return (start, "quarter") if start else None
    start = safe_date(int(year), int(month or 1), int(day or 1))
    if start is None:
        return None
    return start, "day" if day else "month" if month else "year"


def _iso_week_start(year: int, week: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def resolve_narrative(readings: list[Reading]) -> None:
    """Re-anchor each reading with a ``narrative_shift`` on the last date before it (in place)."""
    last: tuple[date, str] | None = None
    for reading in readings:
        if reading.narrative_shift is not None and last is not None:
            amount, unit = reading.narrative_shift
            unit_granularity = {"weekend": "week", "decade": "year", "century": "year"}.get(unit, unit)
            granularity = last[1]
            if unit_granularity in _FINENESS and _FINENESS.index(granularity) <= _FINENESS.index(unit_granularity):
                moved = shift(last[0], amount, unit)
                if moved is not None:
                    reading.value, reading.granularity = format_at(moved, granularity), granularity
            continue
        if reading.type == "DATE":
            last = parse_value(reading.value) or last
