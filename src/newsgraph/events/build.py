"""Turn candidates into Event records: date, place, quote, CAMEO crosswalk, confidence, merging.

Dates come from the time stage: the expression attached to the event's clause, else (for a past,
non-background event) the date of the previous dated event, else the article's own date
(``date_source="article"``). A repeated report of the same event becomes ``other_evidence``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from newsgraph.events.actors import ActorResolver, country_of_text, participant_key
from newsgraph.events.candidate import OBJECT_DEPS, acts_jointly, doc_ents, ents_within
from newsgraph.events.extract import Candidate, find_candidates
from newsgraph.events.modes import first_conjunct
from newsgraph.events.participants import LOCAL_SECTORS
from newsgraph.events.tables import cameo_code, goldstein, quad_class
from newsgraph.records import Event, Participant, Place, Quote, Record, Sector, TimeExpression

_PLACE_PREPS = {"in", "at", "near", "outside", "inside"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_PLACE_NOUNS = {"capital", "city", "resort", "town", "village", "port", "province", "region", "border"}
_TIME_LABELS = {"DATE", "TIME"}
ACTORLESS_CONFIDENCE = 0.05  # below every event with participants (their floor is 0.1)
_INHERIT_SENTENCES = 2  # an undated past event shares the date of a dated one this close before it


@dataclass(slots=True)
class Attached:
    time: TimeExpression | None = None
    time_text: tuple[int, int] | None = None  # char offsets of a date phrase (spaCy) when no TimeExpression
    place: Place | None = None
    place_span: tuple[int, int] | None = None
    place_country: str | None = None
    place_prep: str | None = None  # "in", "at", "near"…


def extract_events(record: Record, doc) -> list[Event]:
    resolver = ActorResolver(record, doc)
    candidates = find_candidates(doc, resolver)
    if not candidates:
        return []
    reference = _reference_day(record)
    index = _Attachments(record, doc)
    sentence_of = _sentence_numbers(doc)
    events: list[Event] = []
    last_dated: tuple[int, Event] | None = None
    for c in candidates:
        attached = index.attach(c)
        event = _event(record, c, attached, reference)
        here = sentence_of[c.word.i]
        if event.date_source == "none" and not (event.future or event.historical or event.hypothetical):
            if last_dated is not None and here - last_dated[0] <= _INHERIT_SENTENCES:
                event.date, event.date_source, event.time = last_dated[1].date, "text", last_dated[1].time
            elif reference:
                event.date, event.date_source = reference, "article"
        if event.date_source == "text" and not (event.future or event.historical):
            last_dated = (here, event)
        _merge_or_add(events, event)
    return events


def _sentence_numbers(doc) -> list[int]:
    """Each token's sentence number, in one pass: ``token.sent`` walks the parse anew on every call."""
    numbers = [0] * len(doc)
    for number, sentence in enumerate(doc.sents):
        numbers[sentence.start : sentence.end] = [number] * len(sentence)
    return numbers


def _reference_day(record: Record) -> str | None:
    day, _ = record.article.reference_date
    return day.date().isoformat() if day else None


def _a_baseline(token) -> bool:
    """ "the heaviest fighting since the 2020 war", "the first visit since 2015": a time a noun is compared
    with, not when the event happened; "held their first meeting since last year's election" too."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "prep" and ancestor.lower_ == "since" and _compared(ancestor.head):
            return True
        if ancestor.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _compared(head) -> bool:
    """A noun, or a verb whose object is "the first …" or a superlative: what a "since" compares."""
    if head.pos_ == "NOUN":
        return True
    objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
    return any(m.lower_ == "first" or m.tag_ == "JJS" for o in objects for m in o.children if m.dep_ == "amod")


class _Attachments:
    """Time expressions, places and quotes indexed by token, to attach to event clauses."""

    def __init__(self, record: Record, doc):
        self.record, self.doc = record, doc
        self.times = [
            (self._root(t.span.start, t.span.end), t) for t in record.times if _is_date(t) and t.caption is None
        ]
        self.places = [(self._root(p.span.start, p.span.end), p) for p in record.places if p.caption is None]
        ents = doc_ents(doc)
        self.date_ents = [(ent.root, ent) for ent in ents if ent.label_ in _TIME_LABELS]
        self.place_ents = [(ent.root, ent) for ent in ents if ent.label_ in _PLACE_LABELS]
        self._climbs: dict[int, frozenset[int]] = {}

    def _root(self, start: int, end: int):
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None else None

    def _owned(self, token, owners: set[int]) -> bool:
        """True when the first clause-level ancestor of ``token`` is one of the event's tokens (the climb is
        the same for every event of the article, so it is made once per token)."""
        path = self._climbs.get(token.i)
        if path is None:
            path = self._climbs[token.i] = _climb(token)
        return not owners.isdisjoint(path)

    def attach(self, c: Candidate) -> Attached:
        owners = c.owners
        found = Attached()
        for root, time in self.times:
            if root is not None and self._owned(root, owners) and not _a_baseline(root):
                found.time = time
                break
        if found.time is None:
            for root, ent in self.date_ents:
                if self._owned(root, owners) and not _a_baseline(root):
                    found.time_text = (ent.start_char, ent.end_char)
                    break
        for root, place in self.places:
            if root is not None and _names_an_outpost(root):
                continue  # "outside the US embassy": whose embassy, not where (it stands in the host country)
            if root is not None and self._owned(root, owners) and _place_prep(root) is not None:
                found.place, found.place_span, found.place_country = (
                    place,
                    (place.span.start, place.span.end),
                    place.country,
                )
                found.place_prep = _place_prep(root)
                break
        if found.place is None:
            self._fallback_place(owners, found)
        return found

    def _fallback_place(self, owners: set[int], found: Attached) -> None:
        """A place phrase under "in/at" from the parse: a named place ("in the southern Turkish resort
        of Antalya") or a described one ("in the Sudanese capital")."""
        for root, ent in self.place_ents:
            if self._owned(root, owners) and _place_prep(root) is not None and not _names_an_outpost(root):
                phrase = _prep_phrase(root)
                found.place_span, found.place_prep = (ent.start_char, ent.end_char), _place_prep(root)
                found.place_country = country_of_text(ent.text) or _demonym_country(phrase)
                return
        for i in owners:
            for prep in self.doc[i].children:
                if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS:
                    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.lemma_.lower() in _PLACE_NOUNS:
                        country = _demonym_country(prep)
                        if country:
                            found.place_span = (pobj.left_edge.idx, pobj.idx + len(pobj.text))
                            found.place_country, found.place_prep = country, prep.lower_
                            return


def _is_date(time: TimeExpression) -> bool:
    """A calendar value (2022-03-10, 2022-W08, 2022-03), not a duration or a set."""
    return time.type in {"DATE", "TIME"} and bool(time.value) and time.value[:4].isdigit()


def _climb(token) -> frozenset[int]:
    """``token`` and its ancestors up to (and with) the first verb above it or the root, at most 12 steps."""
    seen, t = [], token
    for _ in range(12):
        seen.append(t.i)
        if t.head.i == t.i or (t.pos_ in {"VERB", "AUX"} and t.i != token.i):
            break
        t = t.head
    return frozenset(seen)


def _names_an_outpost(token) -> bool:
    return token.dep_ in {"compound", "amod", "poss", "nmod"} and token.head.lemma_.lower() in _OUTPOSTS


def _place_prep(token) -> str | None:
    """The place preposition ("in", "at", "near"…) the token's phrase hangs on, within four steps up."""
    t = token
    for _ in range(4):
        if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS:
            return t.head.lower_
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _prep_phrase(token):
    t = token
    for _ in range(4):
        if t.dep_ == "prep" and t.lower_ in _PLACE_PREPS:
            return t
        if t.head.i == t.i:
            break
        t = t.head
    return token


def _demonym_country(phrase) -> str | None:
    for t in phrase.subtree:
        if t.pos_ in {"ADJ", "PROPN"}:
            code = country_of_text(t.text)
            if code:
                return code
    return None


def _event(record: Record, c: Candidate, attached: Attached, reference: str | None) -> Event:
    article = record.article
    sentence = c.word.sent
    mode = c.mode
    if c.kind == "CONSULT" and not c.recipients and _visits(c, attached.place_country):
        # "attend a summit in Switzerland": the host country receives the visit (CAMEO 042).
        span = attached.place_span or (c.word.idx, c.word.idx + len(c.word.text))
        c.recipients, mode = [_place_party(record, span, attached.place_country)], "visit"
    if c.kind == "CONSULT" and mode is None:
        mode = _consult_mode(c, attached.place_country)
    cameo = cameo_code(c.kind, mode)
    modes = c.modes
    # a place a strike was aimed at locates its targets, not its unnamed attackers
    aimed_at = c.kind == "ASSAULT" and attached.place_prep in c.trigger.recipient  # "fired rockets at Israeli towns"
    located = c.recipients if aimed_at else c.actors + c.joined + c.recipients
    _locate_domestic(located, attached.place_country)
    if c.kind == "ASSAULT":
        _foreign_strike_target(c.actors, c.recipients, attached.place_country)
    _official_of_the_other_country(c.actors, c.recipients, sentence)
    if c.kind in {"COERCE", "ASSAULT"}:
        _police_at_home(c.actors, c.recipients)
    if c.kind == "ASSAULT" and not c.actors and _killed_abroad(c.recipients, attached.place_country):
        c.actors = [_place_party(record, attached.place_span, attached.place_country)] if attached.place_span else []
    if c.kind == "PROTEST":
        _protested_government(c.actors, c.recipients)
        _protesting_at_home(c.actors, c.recipients)
    trigger = _trigger_span(c)
    quote = None
    if record.quotes:
        quote = _quote_of(record, trigger)
    date, date_source, time_id = None, "none", None
    if attached.time is not None and attached.time.value:
        date, date_source, time_id = attached.time.value, "text", attached.time.id
        if reference and _before(attached.time.value, reference, days=7):
            modes.historical = True
        if reference and _is_day(attached.time.value) and attached.time.value[:10] > reference:
            modes.future = True  # (not months: a past-tense "in February" may be read in the document's year)
    elif attached.time_text is not None and _sounds_past(article.body[slice(*attached.time_text)], reference):
        modes.historical = True
    event = Event(
        id="EV" + hashlib.sha1(f"{article.id}:{c.kind}:{trigger[0]}".encode()).hexdigest()[:10],
        type=c.kind,
        mode=mode,
        trigger=article.span(*trigger),
        evidence=article.span(sentence.start_char, sentence.end_char),
        actors=c.actors + c.joined,
        recipients=c.recipients,
        place=attached.place.id if attached.place else None,
        date=date,
        date_source=date_source,
        time=time_id,
        negated=modes.negated,
        future=modes.future,
        hypothetical=modes.hypothetical,
        historical=modes.historical,
        reported=modes.reported or quote is not None,
        joint=acts_jointly(c),
        quote=quote.id if quote else None,
        cameo=cameo,
        quad_class=quad_class(cameo),
        goldstein=goldstein(cameo),
        confidence=_confidence(c),
    )
    return event


_FOREIGN_HINTS = frozenset(["refugee", "refugees", "tourist", "tourists", "foreigner", "foreigners", "migrant"])


_OFFICIAL_SECTORS = frozenset([Sector.GOV, Sector.MIL, Sector.LEG])


def _foreign_strike_target(actors: list[Participant], recipients: list[Participant], place: str | None) -> None:
    """ "Russian warplanes bombed a military base near the Georgian town of Gori": a base or ministry of no
    named country, struck by another country's forces, is the place's."""
    if not place or not actors or not all(a.country and a.country != place for a in actors):
        return
    for p in recipients:
        if p.country is None and p.code is None and p.sector in {Sector.MIL, Sector.GOV}:
            p.country = place


def _official_of_the_other_country(actors: list[Participant], recipients: list[Participant], sentence) -> None:
    """ "Finance Minister X will travel to Japan to seek credits for Venezuela's industries": an official of no
    named country who deals with one country is of the other one the sentence names, when there is just one."""
    unplaced = [p for p in actors if p.country is None and p.code is None and p.sector in _OFFICIAL_SECTORS]
    dealt_with = {p.country for p in recipients if p.country}
    if not unplaced or not dealt_with:
        return
    named = {country_of_text(ent.text) for ent in ents_within(sentence) if ent.label_ in {"GPE", "NORP", "LOC"}}
    others = named - dealt_with - {None}
    if len(others) == 1:
        for p in unplaced:
            p.country = next(iter(others))


def _locate_domestic(participants: list[Participant], place_country: str | None) -> None:
    """ "Police arrested protesters in Minsk": unnamed domestic actors take the country of the event's place."""
    if not place_country:
        return
    for p in participants:
        domestic = p.country is None and p.code is None and p.sector in LOCAL_SECTORS
        if domestic and not _FOREIGN_HINTS.intersection(p.name.lower().split()):
            p.country = place_country


def _protested_government(actors: list[Participant], recipients: list[Participant]) -> None:
    """ "Israelis protested against the government's overhaul": an unnamed government protested by one
    country's people is their own."""
    countries = {p.country for p in actors if p.sector != Sector.GOV}
    if len(countries) != 1 or None in countries:
        return
    for p in recipients:
        if p.country is None and p.code is None and p.sector == Sector.GOV:
            p.country = next(iter(countries))


def _police_at_home(actors: list[Participant], recipients: list[Participant]) -> None:
    """ "Egyptian police dispersed fundamentalist demonstrators", "police arrested Kenyan protesters": police
    act in their own country, so they and the unnamed locals they act on share one."""
    police = {p.country for p in actors if p.sector == Sector.COP}
    locals_ = {p.country for p in recipients if p.sector in LOCAL_SECTORS and p.code is None}
    if len(police) == 1 and None not in police:
        _locate_domestic(recipients, next(iter(police)))
    elif police == {None} and len(locals_) == 1 and None not in locals_:
        _locate_domestic([p for p in actors if p.sector == Sector.COP], next(iter(locals_)))


def _killed_abroad(recipients: list[Participant], place_country: str | None) -> bool:
    """ "Ten Russian soldiers were killed in Ukraine": a force killed abroad by no named attacker was fought
    by the side of the country it is in (how the PETR-2 GSR codes it too)."""
    return bool(place_country and recipients) and all(
        p.sector == Sector.MIL and p.country and p.country != place_country for p in recipients
    )


def _place_party(record: Record, span: tuple[int, int], country: str | None) -> Participant:
    """A country taking part through the place the event happens in (a visit's host, the host side)."""
    return Participant(name=record.article.body[span[0] : span[1]], country=country, span=record.article.span(*span))


_OUTPOSTS = frozenset(["embassy", "embassies", "consulate", "mission"])


def _outpost(p: Participant) -> bool:
    words = (p.name or "").lower().split()
    return bool(words) and words[-1] in _OUTPOSTS


def _protesting_at_home(actors: list[Participant], recipients: list[Participant]) -> None:
    """ "Students marched … demanding the resignation of the Thai prime minister": protesters of no named
    country who protest against one country's government are its people."""
    governments = {p.country for p in recipients if p.country and p.sector in {Sector.GOV, None}}
    if len(governments) != 1 or any(_outpost(p) for p in recipients):
        return  # "rallied outside the US embassy": a foreign government's outpost, protested by locals
    _locate_domestic(actors, next(iter(governments)))


def _trigger_span(c: Candidate) -> tuple[int, int]:
    if c.noun is not None and 0 < c.noun.i - c.verb.i <= 4:
        return c.verb.idx, c.noun.idx + len(c.noun.text)
    return c.word.idx, c.word.idx + len(c.word.text)


def _quote_of(record: Record, trigger: tuple[int, int]) -> Quote | None:
    for quote in record.quotes:
        if any(s.start <= trigger[0] and trigger[1] <= s.end for s in quote.content):
            return quote
    return None


def _visits(c: Candidate, place_country: str | None) -> bool:
    if not place_country or any(p.country == place_country for p in c.actors):
        return False
    return c.mode == "visit" or c.verb.lemma_ in {"attend", "visit"} or c.word.lemma_ in {"visit", "trip"}


def _consult_mode(c: Candidate, place_country: str | None) -> str | None:
    countries = {p.country for p in [*c.actors, *c.recipients]}
    if not place_country or None in countries or (len(countries) < 2 and not c.recipients):
        return None
    if place_country not in countries:
        return "third-party"
    actor_countries = {p.country for p in c.actors}
    recipient_countries = {p.country for p in c.recipients}
    if recipient_countries and place_country in recipient_countries and place_country not in actor_countries:
        return "visit"
    if recipient_countries and place_country in actor_countries and place_country not in recipient_countries:
        return "host"
    return None


def _is_day(value: str) -> bool:
    return len(value) >= 10 and value[4] == "-" and value[7] == "-"


def _before(value: str, reference: str, days: int) -> bool:
    from datetime import date, timedelta

    try:
        if len(value) >= 10 and value[4] == "-":
            return date.fromisoformat(value[:10]) < date.fromisoformat(reference) - timedelta(days=days)
        if len(value) == 7 and value[4] == "-":
            return value < reference[:7]
        if len(value) == 4 and value.isdigit():
            return value < reference[:4]
    except ValueError:
        return False
    return False


def _sounds_past(text: str, reference: str | None) -> bool:
    """Without a resolved value: "two weeks ago", "last year", "in 1994" read as background."""
    lowered = text.lower()
    if "ago" in lowered and any(w in lowered for w in ("week", "month", "year", "decade")):
        return True
    if lowered.startswith("last ") and any(w in lowered for w in ("month", "year")):
        return True
    years = [w for w in lowered.split() if w.isdigit() and len(w) == 4]
    return bool(reference and years and years[0] < reference[:4])


def _confidence(c: Candidate) -> float:
    if c.actorless:
        return ACTORLESS_CONFIDENCE
    found_recipient = 0.05 if c.distant_recipient else 0.15 if c.recipients else 0.0
    score = 0.5 + (0.15 if c.noun is None else 0.05) + found_recipient
    if all(p.country or p.code for p in [*c.actors, *c.recipients]):
        score += 0.1
    if c.modes.hypothetical:
        score -= 0.1
    if _subordinate(c.verb):  # a subordinate clause (or what it reports) is rarely the sentence's event:
        score -= 0.25  # "…, killing one person and arresting 12", "a week after the army said it had sent troops"
    if c.derived:  # implied by the event told, so ranked below it
        score -= 0.3
    return round(min(0.95, max(0.1, score)), 2)


_SUBORDINATE = frozenset({"relcl", "acl", "advcl", "pcomp"})


def _subordinate(verb) -> bool:
    """The verb's clause is, or is reported inside, a relative, adverbial or participle clause, or one under
    a preposition ("two months after he had sworn himself in")."""
    clause = first_conjunct(verb)
    while clause.dep_ not in _SUBORDINATE and clause.head.i != clause.i:
        clause = first_conjunct(clause.head)
    return clause.dep_ in _SUBORDINATE


def _merge_or_add(events: list[Event], event: Event) -> None:
    """The same event told again (same type, participants, date and modes) becomes extra evidence."""
    key = _identity(event)
    for earlier in events:
        if _identity(earlier) == key and earlier.evidence.start != event.evidence.start:
            earlier.other_evidence = [*earlier.other_evidence, event.evidence]
            return
    events.append(event)


def _identity(event: Event) -> tuple:
    parties = frozenset(participant_key(p) for p in [*event.actors, *event.recipients])
    return (event.type, parties, event.date, event.negated, event.future, event.hypothetical, event.historical)
