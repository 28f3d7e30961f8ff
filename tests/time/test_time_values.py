"""Calendar arithmetic and value formatting, without spaCy."""

from datetime import date

from newsgraph.temporal.values import duration, format_at, safe_date, shift, weekday_near

FRIDAY = date(2022, 3, 11)


def test_impossible_dates_are_none():
    assert safe_date(2022, 2, 31) is None
    assert safe_date(0, 1, 1) is None
    assert safe_date(99999, 1, 1) is None
    assert safe_date(2022, 3, 7) == date(2022, 3, 7)


def test_shift_off_the_calendar_is_none():
    assert shift(date(9999, 12, 1), 2, "month") is None
    assert shift(date(1, 1, 5), -10, "day") is None
    assert shift(FRIDAY, -14, "day") == date(2022, 2, 25)
    assert shift(FRIDAY, -1, "quarter") == date(2021, 12, 11)


def test_format_at_granularity():
    assert format_at(date(2022, 2, 25), "week") == "2022-W08"
    assert format_at(date(2022, 2, 25), "month") == "2022-02"
    assert format_at(date(2022, 2, 25), "quarter") == "2022-Q1"
    assert format_at(date(1994, 6, 1), "decade") == "199"
    assert format_at(date(1994, 6, 1), "century") == "19"
    assert format_at(date(2022, 3, 12), "weekend") == "2022-W10-WE"


def test_durations():
    assert duration(2, "W", False) == "P2W"
    assert duration(None, "Y", False) == "PXY"
    assert duration(1.5, "H", True) == "PT1H30M"
    assert duration(2.5, "Y", False) == "P2Y6M"
    assert duration(2, "DE", False) == "P20Y"


def test_weekday_direction_includes_the_anchor_day():
    thursday, friday = 3, 4
    assert weekday_near(FRIDAY, thursday, "past") == date(2022, 3, 10)
    assert weekday_near(FRIDAY, thursday, "future") == date(2022, 3, 17)
    assert weekday_near(FRIDAY, friday, "future") == FRIDAY
    assert weekday_near(FRIDAY, friday, "past") == FRIDAY
    assert weekday_near(FRIDAY, friday, "next") == date(2022, 3, 18)
    assert weekday_near(FRIDAY, friday, "last") == date(2022, 3, 4)
