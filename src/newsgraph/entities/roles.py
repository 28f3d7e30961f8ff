"""Read the role title written around a name: before it ("Russian Foreign Minister Sergey Lavrov"),
in an appositive after it ("Dmitry Peskov, the Kremlin spokesman,") or before it with commas
("Russia's foreign minister, Sergey Lavrov,"), with the country and sector the title implies.

Hand-written because no installed library reads titles: a title is a short run of tokens, so a
bounded scan over token units (a country, an organisation, a title word) does it in O(title).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.entities.mentions import NameMention, Role, capital_countries, country_in_words
from newsgraph.lexicon.countries import country_code
from newsgraph.lexicon.roles import (
    GENDERED_ROLES,
    GENERIC_HEADS,
    HONORIFICS,
    KNOWN_ORGS,
    ORG_DEPENDENT_HEADS,
    ORG_HEADS,
    org_sector,
    role_heads,
    role_words,
    title_sector,
)

_LINKS = frozenset({"of", "and", "for", "-", "–"})
_POSSESSIVE = frozenset({"'s", "’s"})
_DETERMINERS = frozenset({"the", "a", "an"})
_APPOSITIVE_END = frozenset({",", ".", ";", ")", "—", "–", ":", "!", "?"})
_MAX_UNITS = 10
_MAX_TAIL = 12


@dataclass(slots=True)
class Unit:
    start: int  # token indices [start, end)
    end: int
    kind: str  # country | org | word | link | poss | hon
    value: str | None = None  # alpha-3 for a country unit


class DocContext:
    """What the scans need from one Doc: its entity at each token and its sentence bounds."""

    def __init__(self, doc, sent_starts: list[int]):
        self.doc = doc
        self.sent_starts = sent_starts
        self.ent_at: list = [None] * len(doc)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent

    def sentence_bounds(self, sent: int) -> tuple[int, int]:
        end = self.sent_starts[sent + 1] if sent + 1 < len(self.sent_starts) else len(self.doc)
        return self.sent_starts[sent], end


def find_role(ctx: DocContext, mention: NameMention) -> Role | None:
    """The title of a person or organisation mention, or None."""
    role = _title_before(ctx, mention)
    if role is not None:
        role.adjacent = True
    if role is None or role.head is None:
        return _appositive_after(ctx, mention) or _appositive_before(ctx, mention) or role
    if role.country is None or role.sector is None:
        # "Brigadier General Omar Saleh, a Jordanian army spokesman,": the appositive adds the country.
        extra = _appositive_after(ctx, mention)
        if extra is not None:
            role.country = role.country or extra.country
            role.sector = role.sector or extra.sector
    role.country = role.country or _of_country_after(ctx, mention)
    return role


def _of_country_after(ctx: DocContext, mention: NameMention) -> str | None:
    """ "Foreign Minister Sergey Lavrov of Russia": the country right after the name."""
    doc, j = ctx.doc, mention.end
    if j + 1 >= len(doc) or doc[j].lower_ != "of":
        return None
    ent = ctx.ent_at[j + 1]
    if ent is None or ent.label_ != "GPE" or ent.start != j + 1:
        return None
    return country_code(ent.text) or capital_countries().get(ent.text)


def _title_before(ctx: DocContext, mention: NameMention, before: int | None = None) -> Role | None:
    lo, _ = ctx.sentence_bounds(mention.sent)
    units: list[Unit] = []
    i = mention.start - 1 if before is None else before
    while i >= lo and len(units) < _MAX_UNITS:
        unit = _unit_ending_at(ctx, i, mention)
        if unit is None:
            break
        if not units and unit.kind == "link":
            return None  # "founder of Apple": the name is the title's object, not its bearer
        if unit.kind == "word" and ctx.doc[i].lower_ not in role_words() and not _has_head(ctx, units):
            break  # an unknown word right before the name is a missed first name ("Cardinal Cormac …")
        units.append(unit)
        i = unit.start - 1
    units.reverse()
    return _role_from_units(ctx, _after_last_titled_link(ctx, units))


def _after_last_titled_link(ctx: DocContext, units: list[Unit]) -> list[Unit]:
    """ "government of Chancellor Gerhard Schroeder": when the words after an "of" hold a title of
    their own, the title is those words; "Minister of Foreign Affairs" stays whole."""
    links = [i for i, u in enumerate(units) if u.kind == "link" and ctx.doc[u.start].lower_ == "of"]
    if links and _has_head(ctx, units[links[-1] + 1 :]):
        return units[links[-1] + 1 :]
    return units


def _title_words_only(ent) -> bool:
    """ "State" tagged ORG inside "Secretary of State": title words, not an organisation."""
    return ent.label_ != "PERSON" and all(t.lower_ in role_words() for t in ent)


def _has_head(ctx: DocContext, units: list[Unit]) -> bool:
    return any(u.kind == "word" and ctx.doc[u.start].lower_ in role_heads() for u in units)


def _unit_ending_at(ctx: DocContext, i: int, mention: NameMention) -> Unit | None:
    """The title unit whose last token is ``i`` (scanning leftwards), or None to stop."""
    doc = ctx.doc
    tok = doc[i]
    ent = ctx.ent_at[i]
    own = ent is not None and ent.end > mention.start  # a title word trimmed off the name itself
    if ent is not None and not own and not _title_words_only(ent):
        if ent.label_ == "PERSON":
            return None
        first = ent.start + 1 if doc[ent.start].lower_ in _DETERMINERS else ent.start
        text = doc[first : i + 1].text
        if ent.label_ in ("GPE", "NORP"):
            code = country_code(text) or capital_countries().get(text)
            return Unit(first, i + 1, "country", code) if code else None
        if ent.label_ == "ORG":
            return Unit(first, i + 1, "org")
        return None
    return _word_unit(tok, i, mention.end)


def _word_unit(tok, i: int, right_limit: int) -> Unit | None:
    lower = tok.lower_
    if tok.is_space and "\n\n" not in tok.text:
        return Unit(i, i + 1, "link")  # a hard-wrapped line inside a title ("general\nmanager")
    if lower in _POSSESSIVE:
        return Unit(i, i + 1, "poss")
    if lower in HONORIFICS:
        return Unit(i, i + 1, "hon")
    if lower in _LINKS:
        return Unit(i, i + 1, "link")
    if lower in role_words():
        return Unit(i, i + 1, "word")
    code = country_code(tok.text) if tok.text[:1].isupper() else None
    if code:
        return Unit(i, i + 1, "country", code)
    # An unknown capitalised word inside the title ("Digital Transformation Minister").
    if tok.is_title and tok.pos_ in ("PROPN", "NOUN", "ADJ") and i < tok.head.i < right_limit:
        return Unit(i, i + 1, "word")
    return None


def _appositive_after(ctx: DocContext, mention: NameMention) -> Role | None:
    """ "Dmitry Peskov, the Kremlin spokesman," / "Leila Mansour, a professor … at the University of Jordan." """
    doc = ctx.doc
    _, hi = ctx.sentence_bounds(mention.sent)
    j = mention.end
    if j + 2 >= hi or doc[j].text != ",":
        return None
    k = j + 1
    if doc[k].lower_ in _DETERMINERS:
        k += 1
    units: list[Unit] = []
    while k < hi and len(units) < _MAX_UNITS:
        unit = _unit_starting_at(ctx, k, hi)
        if unit is None:
            break
        units.append(unit)
        k = unit.end
    role = _role_from_units(ctx, units)
    if role is None or role.head is None:
        return None
    if k < hi and doc[k].text not in _APPOSITIVE_END:
        tail_end = _tail_end(doc, k, hi)
        if tail_end is None:
            return None
        # The title proper ends at its head; the rest ("of international relations at …") is evidence.
        head_unit = max(i for i, u in enumerate(units) if u.kind == "word" and doc[u.start].lower_ in role_heads())
        role = _role_from_units(ctx, units[: head_unit + 1]) or role
        country, org_found, org_sector_ = _tail_evidence(ctx, units[head_unit].end, tail_end)
        if org_sector_ != "IGO":  # the World Bank's Moroccan division is no Moroccan office
            role.country = role.country or country
        if org_found and (role.head in ORG_DEPENDENT_HEADS or role.head in GENERIC_HEADS):
            role.sector = org_sector_  # "president of ClearView Economics" is no head of state
    return role


def _tail_end(doc, k: int, hi: int) -> int | None:
    """End of an appositive's tail ("of international relations at the University of Jordan"),
    or None when it runs into a verb or a relative clause: then it is no appositive."""
    for i in range(k, min(hi, k + _MAX_TAIL)):
        tok = doc[i]
        if tok.text in _APPOSITIVE_END:
            return i
        if tok.pos_ in ("VERB", "AUX") or tok.lower_ in ("who", "which", "that", "whose"):
            return None
    return hi if hi - k <= _MAX_TAIL else None


def _tail_evidence(ctx: DocContext, start: int, end: int) -> tuple[str | None, bool, str | None]:
    """Country, whether an organisation is named, and its sector, from an appositive's tail."""
    country, org_found, sector = None, False, None
    seen = set()
    for i in range(start, end):
        ent = ctx.ent_at[i]
        if ent is None or ent.start in seen or ent.label_ not in ("GPE", "NORP", "ORG"):
            continue
        seen.add(ent.start)
        words = [t.text for t in ent if t.lower_ not in _DETERMINERS and t.lower_ not in _POSSESSIVE]
        name = " ".join(words)
        known = KNOWN_ORGS.get(name.lower())
        if ent.label_ == "ORG" and not org_found:
            org_found, sector = True, (known[1] if known else org_sector(words))
        code = (known[0] if known else None) or country_code(name) or capital_countries().get(name)
        country = country or code or country_in_words(words)
    return country, org_found, sector


def _unit_starting_at(ctx: DocContext, k: int, hi: int) -> Unit | None:
    doc = ctx.doc
    ent = ctx.ent_at[k]
    if ent is not None and not _title_words_only(ent):
        if ent.label_ == "PERSON":
            return None
        end = min(ent.end, hi)
        text = doc[k:end].text
        if ent.label_ in ("GPE", "NORP"):
            code = country_code(text) or capital_countries().get(text)
            return Unit(k, end, "country", code) if code else None
        return Unit(k, end, "org") if ent.label_ == "ORG" else None
    unit = _word_unit(doc[k], k, hi)
    if unit is not None and unit.kind == "word" and doc[k].lower_ not in role_words() and doc[k].head.i <= k:
        return None  # an unknown capitalised word must lean on a later title word
    return unit


def _appositive_before(ctx: DocContext, mention: NameMention) -> Role | None:
    """ "Russia's foreign minister, Sergey Lavrov, said": title, comma, name, then a closing mark."""
    doc = ctx.doc
    _, hi = ctx.sentence_bounds(mention.sent)
    comma = mention.start - 1
    while comma > 0 and doc[comma].lower_ in HONORIFICS:
        comma -= 1  # "the Prime Minister of Singapore, Mr. Lee Hsien Loong,"
    if comma < 2 or doc[comma].text != ",":
        return None
    if mention.end < hi and doc[mention.end].text not in _APPOSITIVE_END:
        return None
    root = doc[mention.end - 1]
    role = _title_before(ctx, mention, before=comma - 1)
    if role is None or role.head is None:
        return None
    head_tok = doc[comma - 1]
    linked = (root.dep_ == "appos" and root.head.i < comma) or (
        head_tok.dep_ == "appos" and head_tok.head.i >= mention.start
    )
    return role if linked else None


def _role_from_units(ctx: DocContext, units: list[Unit]) -> Role | None:
    while units and units[0].kind in ("link", "poss"):
        units.pop(0)
    gender = next((HONORIFICS[ctx.doc[u.start].lower_] for u in units if u.kind == "hon"), None)
    possessive = any(u.kind == "poss" for u in units)
    while units and units[-1].kind in ("link", "poss", "hon"):
        units.pop()
    if not units:
        return None
    doc = ctx.doc
    tokens = [t for u in units for t in doc[u.start : u.end]]
    head_index = _head_index(units, doc)
    country = next((u.value for u in units if u.kind == "country"), None)
    start_char, end_char = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    if head_index is None:
        # A bare nationality before a name still tells its country ("Ukrainian Dmytro Kuleba").
        if country and not possessive and all(u.kind in ("country", "hon") for u in units):
            return Role(text=None, start=start_char, end=end_char, country=country, gender=gender)
        return None
    role_tokens = _without_country_prefix(tokens)
    # Words as written, hyphenated ones whole: "Secretary-General", not "Secretary - General".
    words = _join([t for t in role_tokens if t.i <= head_index]).split()
    head = words[-1].lower() if words else doc[head_index].lower_
    sector = title_sector(words)
    org_country, org_sector_ = _org_evidence(ctx, units)
    if head in ORG_DEPENDENT_HEADS and any(u.kind == "org" for u in units):
        sector = org_sector_  # "ClearView Economics president": the company's, not a head of state
    return Role(
        text=_join(role_tokens) or None,
        start=start_char,
        end=end_char,
        head=head,
        country=country or org_country,
        sector=sector or org_sector_,
        gender=gender or GENDERED_ROLES.get(head),
    )


def _head_index(units: list[Unit], doc) -> int | None:
    heads = role_heads()
    for unit in reversed(units):
        if unit.kind == "word" and doc[unit.start].lower_ in heads:
            return unit.start
    return None


def _without_country_prefix(tokens: list) -> list:
    i = 0
    while i < len(tokens) and (
        tokens[i].lower_ in _POSSESSIVE
        or tokens[i].lower_ in _DETERMINERS
        or tokens[i].lower_ in HONORIFICS
        or (tokens[i].text[:1].isupper() and country_code(tokens[i].text) and _strippable(tokens[i]))
        or tokens[i].ent_type_ in ("GPE", "NORP")
    ):
        i += 1
    j = len(tokens)
    while j > i and (tokens[j - 1].lower_ in HONORIFICS or tokens[j - 1].lower_ in _LINKS):
        j -= 1
    return tokens[i:j]


def _strippable(tok) -> bool:
    """A country word may leave the role text unless it is part of an organisation's proper name:
    "Russian" goes from "Russian Foreign Ministry spokeswoman", "Scottish" stays in "Scottish National Party"."""
    if tok.ent_type_ != "ORG":
        return True
    ent_end = tok.i + 1
    while ent_end < len(tok.doc) and tok.doc[ent_end].ent_iob_ == "I":
        ent_end += 1
    return tok.doc[ent_end - 1].lower_ in ORG_HEADS


def _org_evidence(ctx: DocContext, units: list[Unit]) -> tuple[str | None, str | None]:
    """Country and sector from an organisation named in the title ("Kremlin", "Russian Foreign Ministry")."""
    doc = ctx.doc
    for unit in units:
        if unit.kind not in ("org", "word"):
            continue
        words = [t.text for t in doc[unit.start : unit.end] if t.lower_ not in _POSSESSIVE]
        known = KNOWN_ORGS.get(" ".join(words).lower())
        if known:
            return known
        if unit.kind == "org":
            country, sector = country_in_words(words), org_sector(words)
            if country or sector:
                return country, sector
    return None, None


def _join(tokens: list) -> str:
    return " ".join("".join(t.text_with_ws for t in tokens).split())
