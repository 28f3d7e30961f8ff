"""TIMEX3 values: safe calendar arithmetic and formatting at a chosen granularity."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

MIN_YEAR, MAX_YEAR = 1, 9999


def safe_date(year: int, month: int = 1, day: int = 1) -> date | None:
    """A date, or None for impossible ones ("31 February", year 0 or 99999)."""
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def shift(anchor: date, amount: int, unit: str) -> date | None:
    """``anchor`` moved by ``amount`` units (day, week, month, quarter, year, decade, century); None off the calendar."""
    try:
        if unit == "day":
            return anchor + timedelta(days=amount)
        if unit in ("week", "weekend"):
            return anchor + timedelta(weeks=amount)
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
        return anchor + relativedelta(months=amount * months) if months else None
    except (OverflowError, ValueError):
        return None


def format_at(day: date, granularity: str) -> str:
    """``day`` written at ``granularity``: 2022-03-10, 2022-W08, 2022-03, 2022-Q1, 2022, 202, 20."""
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "weekend":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    if granularity == "century":
        return f"{day.year // 100:02d}"
    return day.isoformat()


def duration(amount: float | None, letter: str, time_unit: bool) -> str:
    """ISO 8601 duration: P2W, PT3H, P1.5D; ``amount`` None gives the TIMEX3 vague form PXW."""
    if letter == "DE":
        letter, amount = "Y", None if amount is None else amount * 10
    elif letter == "CE":
        letter, amount = "Y", None if amount is None else amount * 100
    elif letter == "WE":
        letter, amount = "D", None if amount is None else amount * 2
    if amount is None:
        return f"P{'T' if time_unit else ''}X{letter}"
    if float(amount).is_integer() or (letter, time_unit) not in _SMALLER:
        number = str(int(amount)) if float(amount).is_integer() else f"{amount:g}"
        return f"P{'T' if time_unit else ''}{number}{letter}"
    whole = int(amount)
    factor, small_letter, small_is_time = _SMALLER[(letter, time_unit)]
    rest = round((amount - whole) * factor)
    head = f"{whole}{letter}" if whole else ""
    if time_unit:
        return f"PT{head}{rest}{small_letter}"
    return f"P{head}{'T' if small_is_time else ''}{rest}{small_letter}"


# How a fraction of a unit is written in the next smaller one: 2.5 years → P2Y6M, 5.5 hours → PT5H30M.
_SMALLER = {
    ("Y", False): (12, "M", False), ("M", False): (30, "D", False), ("W", False): (7, "D", False),
    ("D", False): (24, "H", True), ("H", True): (60, "M", True), ("M", True): (60, "S", True),
}  # fmt: skip


def weekday_near(anchor: date, weekday: int, direction: str) -> date | None:
    """The ``weekday`` nearest ``anchor`` looking back ("past"), forward ("future") or strictly so ("last"/"next").

    "past" and "future" include the anchor day itself: "on Friday" in a Friday article is that day.
    None when that day falls off the calendar (year 1 or 9999).
    """
    ahead = (weekday - anchor.weekday()) % 7
    back = (anchor.weekday() - weekday) % 7
    days = {"future": ahead, "next": ahead or 7, "last": -(back or 7)}.get(direction, -back)
    try:
        return anchor + timedelta(days=days)
    except OverflowError:
        return None
