"""What a rule hands back (:class:`Reading`), what it may look at (:class:`Context`), and the helpers
the rule families share: numbers in words, years in range, tense-driven directions."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from newsgraph.temporal.lexicon import NUMBERS
from newsgraph.temporal.values import MAX_YEAR


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


def valid_year(text: str | None) -> int | None:
    if text is None:
        return None
    year = int(text)
    return year if 1 <= year <= MAX_YEAR else None


def clause_direction(ctx: Context, start: int, end: int) -> str:
    tense = ctx.tense_at(start, end)
    return "future" if tense == "future" else "past"


def relative(kind: str, value: str | None, granularity: str | None) -> Reading:
    return Reading(kind, value, granularity, relative=True)


def unresolved(kind: str = "DATE", granularity: str | None = None) -> Reading:
    return Reading(kind, None, granularity, relative=True)


# How far ahead of the document's month a past-tense month may lie before it means last year, and the
# window for clauses without a clear tense (news looks back more than forward). Tuned on TBAQ train.
PAST_MONTHS_AHEAD, UNTENSED_MONTHS_AHEAD, UNTENSED_MONTHS_BEHIND = 2, 4, 6


def month_year(month: int, ctx: Context, start: int, end: int) -> int | None:
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
