"""The table of time-expression patterns: which regular expression finds what, and who normalises it.

Each :class:`Rule` pairs one precompiled regular expression with a function (in :mod:`.dates`,
:mod:`.relative` or :mod:`.durations`) that turns a match into a :class:`Reading` (type, value,
granularity), and with the trigger words that every match contains. Hand-written because no permissively
licensed library both finds English time expressions with TimeML extents and resolves them
against a document date and the clause's tense (dateparser only parses given strings).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsgraph.temporal.dates import (
    TEEN_WORDS,
    build_century,
    build_decade,
    build_holiday,
    build_iso,
    build_month,
    build_month_day,
    build_slash,
    build_spelled_year,
    build_year,
)
from newsgraph.temporal.durations import build_bare_plural, build_clock, build_duration, build_frequency, build_set
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
)
from newsgraph.temporal.reading import Context, Reading
from newsgraph.temporal.relative import (
    DEICTIC_SHIFT,
    REFS,
    build_deictic,
    build_offset,
    build_quarter,
    build_quarter_code,
    build_ref,
    build_relative_unit,
    build_season,
    build_this_part_of_day,
    build_weekday,
    build_year_earlier,
)


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
        rf"(?P<rest>{TENS}(?:[- ]{DIGITS})?|{_alt(TEEN_WORDS)}|oh[- ]{DIGITS}|hundred)|"
        rf"(?P<millennium>two\s+thousand)(?:\s+(?:and\s+)?(?P<after>{TENS}(?:[- ]{DIGITS})?|{DIGITS}|{_alt(TEEN_WORDS)}))?)",
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
        triggers=_words(DEICTIC_SHIFT),
    ),
    _rule(
        "this_pod",
        rf"(?P<rel>this|last|later\s+this|earlier\s+this)\s+(?P<pod>{POD})",
        build_this_part_of_day,
        triggers=_POD_WORDS,
    ),
    _rule("ref", rf"(?P<ref>{_alt(REFS)})", build_ref, triggers=_words(REFS) - {"the", "at", "right", "these", "near"}),
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
