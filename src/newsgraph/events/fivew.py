"""The article's main event as 5W1H answers: who, what, when, where, why, how.

News puts its main event in the headline and the lead sentence. The main event is the first
event of the lead that is news (not background, not hypothetical); without one, the lead's main
clause stands in. The headline is parsed too (a few tokens), because it states who did what most
compactly (read in ``headline.py``); its answers are also located in the body when the same words occur
there.
"""

from __future__ import annotations

from newsgraph.events.actors import SECTOR_OF
from newsgraph.events.candidate import ents_within
from newsgraph.events.headline import (
    HUMAN_NOUNS,
    LEAD_SENTENCES,
    SUBJECT_DEPS,
    glued_hyphen,
    headline_subject,
    headline_what,
    read_headline,
)
from newsgraph.records import Answer, Event, MainEvent, Record

_MAX_PHRASE_TOKENS = 12
_WHY_MARKS = {"because", "as", "after", "since"}
_WHY_PREPS = {"over", "amid", "for", "because", "after", "following", "due"}
_HOW_PREPS = {"with", "by", "using", "via"}
_SCENE_PREPS = {"in", "at", "on", "after", "before", "during", "as", "near", "outside", "amid"}
_BODY_SCENE_PREPS = frozenset(["in", "at", "on", "after", "before", "during", "as", "near", "outside", "inside"])
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_TIME_LABELS = {"DATE", "TIME"}
_PLACE_PREPS = {"in", "at", "near", "outside", "from"}
_WHO_LABELS = {"PERSON", "ORG", "NORP", "GPE"}


def main_event(record: Record, doc, headline_doc=None) -> MainEvent | None:
    sentences = list(doc.sents)[:LEAD_SENTENCES] if doc is not None else []
    if not sentences and headline_doc is None:
        return None
    lead_end = sentences[-1].end_char if sentences else 0
    event = _main(record.events, lead_end)
    clause = _clause_of(doc, event) if event is not None else None
    if clause is None and sentences:
        clause = _root_verb(sentences[0])
    head_clause = _root_verb(headline_doc[:]) if headline_doc is not None and len(headline_doc) else None
    answers = MainEvent(event=event.id if event else None)
    headline = read_headline(headline_doc, doc)
    answers.who = (
        _from_headline(record, head_clause, _who)
        or headline_subject(record, headline, named=True)
        or _in_body(record, doc, clause, _who)
        or headline_subject(record, headline, named=False)  # "Police identify …": the lead may name them better
    )
    answers.what = headline_what(record, headline, doc) or _in_body(record, doc, clause, _what)
    answers.when = _when(record, doc, event, sentences)
    answers.where = _where(record, doc, event, sentences, headline_doc)
    answers.why = _in_body(record, doc, clause, _why)
    answers.how = _in_body(record, doc, clause, _how)
    return answers


def _main(events: list[Event], lead_end: int) -> Event | None:
    # an event with no participant (a low-confidence type only) cannot say who did what
    news = [
        e for e in events if not (e.historical or e.hypothetical or e.negated is None) and (e.actors or e.recipients)
    ]
    lead = [e for e in news if e.evidence.start < lead_end and not e.reported]
    pool = lead or [e for e in news if e.evidence.start < lead_end]
    return min(pool, key=lambda e: (e.evidence.start, -e.confidence)) if pool else None


def _clause_of(doc, event: Event):
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return None
    token = span[0]
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    while token.dep_ == "xcomp" and token.head.i != token.i:  # "failed to make": the whole chain
        token = token.head
    return token


def _root_verb(sentence):
    root = sentence.root
    if root.pos_ in {"VERB", "AUX"}:
        # "X said (that) Y did Z": the reported clause is the event.
        if root.lemma_ in {"say", "tell", "report"}:
            inner = next((c for c in root.children if c.dep_ == "ccomp"), None)
            if inner is not None:
                return inner
        return root
    return next((t for t in sentence if t.pos_ == "VERB"), None)


def _phrase(tokens) -> tuple[int, int, str] | None:
    tokens = [t for t in tokens if not t.is_punct or t.text in {"-", "'", "’"}]
    if not tokens:
        return None
    tokens = tokens[:_MAX_PHRASE_TOKENS]
    while len(tokens) > 1 and tokens[-1].pos_ in {"ADP", "DET", "CCONJ", "PART"}:
        tokens.pop()
    first, last = tokens[0], tokens[-1]
    start, end = first.idx, last.idx + len(last.text)
    return start, end, first.doc[first.i : last.i + 1].text  # doc.text would rebuild the whole text


def _noun_phrase(token, conjuncts: bool = True):
    """The phrase headed by ``token`` without relative clauses, appositions or trailing preps."""
    cut = {"relcl", "appos", "acl", "punct", "cc", "conj", "advcl", "prep"}
    left = [t for t in token.lefts if t.dep_ not in {"punct", "cc"}]
    start = left[0].left_edge.i if left else token.i
    end = token.i
    for child in token.rights:
        if child.dep_ in cut and not (child.dep_ == "prep" and child.lower_ == "of"):
            break
        end = child.right_edge.i
    for conj in token.conjuncts if conjuncts else ():
        if conj.i > end and conj.i - end <= 3:
            end = conj.i
    return token.doc[start : end + 1]


def _who(clause):
    """The subject: a named person's name without titles ("Max Verstappen"), the first of several,
    or a phrase naming people or an organisation; nothing for things ("the blast", "footage")."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    while subject is None and clause.dep_ in {"xcomp", "conj"} and clause.head.i != clause.i:
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    phrase = _noun_phrase(subject, conjuncts=False)
    named = [e for e in ents_within(phrase) if e.label_ in _WHO_LABELS and not _where_they_are(e.root)]
    if named:
        person = next((e for e in named if e.label_ == "PERSON"), named[0])
        return _phrase(list(person))
    people = _counted_people(subject)
    if people is not None:  # "Dozens of rescuers (in China)"
        return _phrase(list(subject.doc[phrase.start : people.i + 1]))
    if subject.ent_type_ in _WHO_LABELS or subject.lemma_.lower() in HUMAN_NOUNS or SECTOR_OF.get(subject.lower_):
        return _phrase(list(phrase))
    if subject.pos_ == "PROPN" and not subject.doc.has_annotation("ENT_IOB"):  # headlines are parsed without NER
        return _phrase(_proper_name(subject))
    return None


_LOCATING_PREPS = frozenset(["in", "at", "near", "inside", "outside", "across", "around"])
_COUNTS = frozenset(["dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "scores", "group", "team"])


def _where_they_are(token) -> bool:
    """ "rescuers in China": a place that locates the subject is where, not who."""
    return token.dep_ == "pobj" and token.head.lower_ in _LOCATING_PREPS


def _counted_people(subject):
    """The people of "Dozens of rescuers", "a team of divers": the noun after "of", when it names people."""
    if subject.lemma_.lower() not in _COUNTS and subject.lower_ not in _COUNTS and subject.pos_ != "NUM":
        return None
    of = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    people = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if people is None or not (people.lemma_.lower() in HUMAN_NOUNS or SECTOR_OF.get(people.lower_)):
        return None
    return people


def _proper_name(token) -> list:
    """The run of proper nouns that ends at ``token`` ("Hillary Clinton" out of "Hillary Clinton aide")."""
    doc = token.doc
    start, end = token.i, token.i
    while start > 0 and (
        (doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i >= token.i - 3) or glued_hyphen(doc[start - 1])
    ):
        start -= 1
    while end + 2 < len(doc) and glued_hyphen(doc[end + 1]) and doc[end + 2].pos_ == "PROPN":  # "Wal-Mart"
        end += 2
    while start < end and glued_hyphen(doc[start]):
        start += 1
    return list(doc[start : end + 1])


def _what(clause):
    """The predicate: verb and its object phrase without trailing modifiers ("attacks German consulate")."""
    tokens = [t for t in clause.lefts if t.dep_ in {"aux", "auxpass", "neg"} or _manner_adverb(t)] + [clause]
    for child in clause.rights:
        if child.dep_ == "prt":
            tokens.append(child)
        elif child.dep_ in {"dobj", "obj", "attr", "oprd", "dative"}:
            tokens.extend(_object_phrase(child))
            tokens.extend(_following_prep(clause, child))
            break
        elif child.dep_ in {"xcomp", "acomp"}:
            tokens.extend(t for t in child.subtree if t.i <= _object_end(child))
            break
        elif child.dep_ == "ccomp" and len(tokens) == 1:  # "declares it is finally done investigating …"
            tokens.extend(t for t in child.subtree if t.dep_ not in {"relcl", "advcl"})
            break
        elif child.dep_ == "prep" and child.lower_ not in _BODY_SCENE_PREPS:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            tokens.append(child)
            if pobj is not None:
                tokens.extend(_noun_phrase(pobj, conjuncts=False))
            break
    tokens = sorted(set(tokens), key=lambda t: t.i)
    if len([t for t in tokens if not t.is_punct]) < 2:
        return None
    return _phrase(tokens)


def _manner_adverb(token) -> bool:
    """ "narrowly avoids", "finally agrees": part of what happened, unlike "also" or "now"."""
    return (
        token.dep_ == "advmod" and token.pos_ == "ADV" and token.lower_.endswith("ly") and token.i == token.head.i - 1
    )


def _object_phrase(obj) -> list:
    """The object with its own prepositional modifiers ("the gaps between the bar's peaks"), no clauses."""
    tokens = list(_noun_phrase(obj, conjuncts=False))
    first_prep = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ != "of"), None)
    if first_prep is not None and first_prep.lower_ not in _SCENE_PREPS:
        tokens.extend(t for t in first_prep.subtree if t.dep_ not in {"relcl", "acl", "appos"})
    return tokens


def _following_prep(verb, obj) -> list:
    """ "blames the loss on Comey": the verb's next argument-like prepositional phrase after its object."""
    for child in verb.rights:
        if child.i > obj.i and child.dep_ == "prep" and child.lower_ in {"on", "for", "to", "against", "into", "with"}:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            return [child, *(_noun_phrase(pobj, conjuncts=False) if pobj is not None else [])]
    return []


def _object_end(verb) -> int:
    obj = next((c for c in verb.rights if c.dep_ in {"dobj", "obj", "attr"}), None)
    return _noun_phrase(obj, conjuncts=False).end - 1 if obj is not None else verb.i


def _why(clause):
    for child in clause.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _WHY_MARKS for m in child.children):
            return _phrase(list(child.subtree))
        if child.dep_ == "prep" and child.lower_ in _WHY_PREPS:
            return _phrase(list(child.subtree))
        if child.dep_ == "advcl" and any(m.dep_ == "aux" and m.lower_ == "to" for m in child.children):
            return _phrase(list(child.subtree))
    return None


def _how(clause):
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ in _HOW_PREPS:
            return _phrase(list(child.subtree))
        if child.dep_ == "advmod" and child.lower_.endswith("ly"):
            return _phrase([child])
    return None


def _from_headline(record: Record, clause, pick) -> Answer | None:
    if clause is None:
        return None
    found = pick(clause)
    if found is None:
        return None
    text = found[2]
    at = record.article.body.find(text)
    span = record.article.span(at, at + len(text)) if at >= 0 else None
    return Answer(text=text, span=span)


def _in_body(record: Record, doc, clause, pick) -> Answer | None:
    if clause is None:
        return None
    found = pick(clause)
    if found is None:
        return None
    return Answer(text=found[2], span=record.article.span(found[0], found[1]))


def _when(record: Record, doc, event: Event | None, sentences) -> Answer | None:
    if event is not None and event.time:
        time = next((t for t in record.times if t.id == event.time), None)
        if time is not None:
            return _time_answer(record, time.span.start, time.span.end)
    lead_end = sentences[-1].end_char if sentences else 0
    dated = [
        t
        for t in record.times
        if t.caption is None and t.type in {"DATE", "TIME"} and t.value and t.value[:1].isdigit()
    ]
    lead = [t for t in dated if t.span.start < lead_end]
    for pool in ([t for t in lead if len(t.value) >= 10], lead):
        if pool:
            return _time_answer(record, pool[0].span.start, pool[0].span.end)
    if record.times:
        return None
    for sentence in sentences:  # no time stage: spaCy's dates, without ages and bare numbers
        for ent in ents_within(sentence):
            if ent.label_ in _TIME_LABELS and "old" not in ent.text and not ent.text.strip().isdigit():
                return _time_answer(record, ent.start_char, ent.end_char)
    return None


_TIME_MODIFIERS = frozenset(["late", "early", "around", "about", "approximately", "shortly", "just"])


def _time_answer(record: Record, start: int, end: int) -> Answer:
    """The time with the words that qualify it ("late Thursday", "around 6am"), at most as many words
    as the time itself has, so that a bare "Thursday" still matches."""
    body = record.article.body
    size = len(body[start:end].split())
    for _ in range(size):
        before = body[:start].rstrip()
        word = before.rsplit(None, 1)[-1] if before else ""
        if word.lower() not in _TIME_MODIFIERS:
            break
        start = len(before) - len(word)
    return Answer(text=body[start:end], span=record.article.span(start, end))


def _where(record: Record, doc, event: Event | None, sentences, headline_doc) -> Answer | None:
    lead_end = sentences[-1].end_char if sentences else 0
    lead_events = [e for e in record.events if e.evidence.start < lead_end and not e.historical]
    for candidate in ([event] if event is not None else []) + lead_events:
        place = next((p for p in record.places if p.id == candidate.place), None) if candidate.place else None
        if place is not None and place.caption is None:
            return _whole_name(record, place.span.start, place.span.end)
    usable = [p for p in record.places if p.caption is None and p.span.start < lead_end and not p.metonymic]
    specific = [p for p in usable if not (p.feature or "").startswith("A.PCL")]  # a city before its country
    for place in specific or usable:
        return _whole_name(record, place.span.start, place.span.end)
    for sentence in sentences:
        for ent in ents_within(sentence):
            if ent.label_ in _PLACE_LABELS and ent.root.dep_ == "pobj" and ent.root.head.lower_ in _PLACE_PREPS:
                return Answer(text=ent.text, span=record.article.span(ent.start_char, ent.end_char))
    return None


def _whole_name(record: Record, start: int, end: int) -> Answer:
    """The place name to its end: "Mazar" -> "Mazar-e-Sharif" (the gazetteer knows the first part only)."""
    body = record.article.body
    while end < len(body) and (body[end].isalnum() or (body[end] == "-" and body[end + 1 : end + 2].isalpha())):
        end += 1
    return Answer(text=body[start:end], span=record.article.span(start, end))
