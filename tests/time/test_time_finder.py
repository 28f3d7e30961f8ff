"""The finder and normaliser on given text with a given anchor date (no pipeline)."""

from datetime import date, datetime

import pytest

from newsgraph.temporal import find_times

ANCHOR = datetime(2022, 3, 11, 7, 3)  # a Friday


def values(text: str, anchor=ANCHOR, doc=None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_times(text, anchor, doc, "updated")}


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.config import Settings
    from newsgraph.stages.nlp import load_spacy

    return load_spacy(Settings().spacy_model)


def test_absolute_dates_need_no_anchor():
    found = values("Photo taken on March 7, 2022 shows the talks; the deal of 7 March 2022 and 2022-03-11.", None)
    assert found["March 7, 2022"] == ("DATE", "2022-03-07")
    assert found["7 March 2022"] == ("DATE", "2022-03-07")
    assert found["2022-03-11"] == ("DATE", "2022-03-11")


def test_relative_dates_without_anchor_stay_unresolved():
    found = find_times("They met on Thursday, two weeks ago, and again yesterday.", None)
    assert [t.text for t in found] == ["Thursday", "two weeks ago", "yesterday"]
    assert all(t.value is None and t.anchor == "none" for t in found)


def test_relative_units_and_granularity():
    text = "Sales fell last month, last year and this week; two weeks ago too."
    found = {t.text: t for t in find_times(text, ANCHOR, anchor_name="updated")}
    assert (found["last month"].value, found["last month"].granularity) == ("2022-02", "month")
    assert found["last year"].value == "2021"
    assert found["this week"].value == "2022-W10"
    assert (found["two weeks ago"].value, found["two weeks ago"].granularity) == ("2022-W08", "week")
    assert found["two weeks ago"].anchor == "updated"


def test_durations_sets_and_references():
    found = values("Turkey has for weeks pushed for talks that lasted two weeks and many years; meetings every Monday, "
                   "weekly reports, and now talks currently stalled.")  # fmt: skip
    assert found["weeks"] == ("DURATION", "PXW")
    assert found["two weeks"] == ("DURATION", "P2W")
    assert found["many years"] == ("DURATION", "PXY")
    assert found["every Monday"] == ("SET", "XXXX-WXX-1")
    assert found["weekly"] == ("SET", "P1W")
    assert found["now"] == ("DATE", "PRESENT_REF")
    assert found["currently"] == ("DATE", "PRESENT_REF")


def test_years_decades_quarters_seasons_times():
    found = values("In the 1990s and in 1994, the third quarter of 2021 and last summer; at 07:03 this morning.")
    assert found["the 1990s"] == ("DATE", "199")
    assert found["1994"] == ("DATE", "1994")
    assert found["the third quarter of 2021"] == ("DATE", "2021-Q3")
    assert found["last summer"] == ("DATE", "2021-SU")
    assert found["07:03"] == ("TIME", "2022-03-11T07:03")
    assert found["this morning"] == ("TIME", "2022-03-11TMO")


def test_bad_input_gives_no_invented_dates():
    text = "On 31 February 2022, in year 0 and 99999, at 25:99, Feb. 30 came."
    found = find_times(text, ANCHOR)
    assert all(t.value is None or t.value[:4] not in ("0000", "9999") for t in found)
    assert not any("31 February" in t.text for t in found)
    assert not any(t.text.startswith("Feb. 30") for t in found)


def test_a_page_dated_in_the_future_resolves_without_crashing():
    found = {t.text: t.value for t in find_times("They met yesterday and will meet next year.", date(9999, 12, 31))}
    assert found["yesterday"] == "9999-12-30"
    assert found["next year"] is None


def test_many_year_like_numbers_stay_linear_and_sane():
    table = " ".join(str(1900 + i % 200) for i in range(20000))
    assert find_times(table, ANCHOR) == []  # a run of bare numbers is no list of years
    prose = " ".join(f"In {1900 + i % 200}, sales rose." for i in range(5000))
    found = find_times(prose, ANCHOR)
    assert len(found) == 5000 and all(t.type == "DATE" and len(t.value) == 4 for t in found)


def test_counted_numbers_are_not_years_with_a_parse(nlp):
    text = "The company sold 1990 shares in 2021."
    found = values(text, doc=nlp(text))
    assert "1990" not in found
    assert found["2021"] == ("DATE", "2021")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "expected", "tense"),
    [
        ("Russia and Ukraine failed to agree on a ceasefire on Thursday.", "Thursday", "2022-03-10", "past"),
        ("Putin will hold a meeting with Lukashenko in Moscow on Friday.", "Friday", "2022-03-11", "future"),
        ("The minister will travel to Warsaw on Thursday.", "Thursday", "2022-03-17", "future"),
        ("The ministers met on Monday.", "Monday", "2022-03-07", "past"),
        ("The ministers are going to meet on Monday.", "Monday", "2022-03-14", "future"),
        ("Prices will rise next month.", "next month", "2022-04", "future"),
        ("Prices rose in January.", "January", "2022-01", "past"),
        ("Prices fell in November.", "November", "2021-11", "past"),
        ("The summit will be held in November.", "November", "2022-11", "future"),
        ("The firm reported a loss in the fourth quarter.", "the fourth quarter", "2021-Q4", "past"),
        ("The vote is scheduled for Tuesday.", "Tuesday", "2022-03-15", "future"),
        ("The ministers said they would meet again on Tuesday.", "Tuesday", "2022-03-15", "future"),
        ("The talks, which began on Monday, ended without a deal.", "Monday", "2022-03-07", "past"),
        ("Putin is set to visit Minsk on Sunday.", "Sunday", "2022-03-13", "future"),
        ("The talks may resume on Monday.", "Monday", "2022-03-14", "future"),
        ("They could not agree on Thursday.", "Thursday", "2022-03-10", "present"),
        # the small model tags this "protested" VBN; with no auxiliary it can only be a past verb
        ("Iraqis protested on Saturday.", "Saturday", "2022-03-05", "past"),
    ],
)
def test_tense_decides_the_direction(nlp, sentence, expression, expected, tense):
    (found,) = [t for t in find_times(sentence, ANCHOR, nlp(sentence), "updated") if t.text == expression]
    assert (found.value, found.tense) == (expected, tense)


def test_business_quarters_and_fractions():
    found = values("Profit rose in Q3 2013 and in the third quarter; three-quarters of analysts expected it.")
    assert found["Q3 2013"] == ("DATE", "2013-Q3")
    assert not any("quarters" in text for text in found)


def test_earlier_counts_from_the_last_date_mentioned():
    found = values("Profit rose 5% in the third quarter of 2021 from a year earlier. Two years ago it fell.")
    assert found["the third quarter of 2021"] == ("DATE", "2021-Q3")
    assert found["a year earlier"] == ("DATE", "2020-Q3")
    assert found["Two years ago"] == ("DATE", "2020")  # "ago" counts from the article date


def test_holidays_fixed_and_moveable():
    found = values("Sales on Thanksgiving Day 2021 and Christmas 2021; Election Day 2020 and Memorial Day 2022.")
    assert found["Thanksgiving Day 2021"] == ("DATE", "2021-11-25")
    assert found["Christmas 2021"] == ("DATE", "2021-12-25")
    assert found["Election Day 2020"] == ("DATE", "2020-11-03")
    assert found["Memorial Day 2022"] == ("DATE", "2022-05-30")


def test_hedges_and_halves_stay_in_the_extent():
    found = values("The talks lasted more than one-and-a-half hours and nearly two weeks; 2 1/2 years later.")
    assert found["more than one-and-a-half hours"] == ("DURATION", "PT1H30M")
    assert found["nearly two weeks"] == ("DURATION", "P2W")


@pytest.mark.parametrize("anchor", [date(1, 1, 1), date(1, 1, 3), date(9999, 12, 28), date(9999, 12, 31)])
def test_anchor_at_the_calendar_edge_neither_crashes_nor_invents(anchor):
    text = ("They met on Monday, last weekend, yesterday, tomorrow, next week, last year, this summer, two weeks ago, "
            "on Thanksgiving, in March, on March 3, next Friday, at 10 a.m. Friday, the third quarter, this morning, "
            "a year earlier, last fall and next month.")  # fmt: skip
    found = find_times(text, anchor)
    assert len(found) >= 15
    for t in found:
        assert t.value is None or t.value[:4] in (
            f"{anchor.year:04d}",
            f"{anchor.year - 1:04d}",
            f"{anchor.year + 1:04d}",
        )
        assert t.value is None or not t.value.startswith(("0000", "10000"))
