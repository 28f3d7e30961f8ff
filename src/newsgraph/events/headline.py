"""The headline's main event: "what" (its predicate) and "who" (the words before its verb).

Coders answer "what" with the headline's predicate: the verb with its object and argument phrases ("blames loss on
FBI's James Comey"), not the scene ("… in call with top donors"). The small spaCy model tags headlines badly
("Lady Gaga stages protest" reads "stages" as a plural noun), so the verb is found from the parse, the lead's
verbs and the words English uses as verbs. Answers are located in the body when the same words occur there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

from newsgraph.errors import UsageError
from newsgraph.events.actors import SECTOR_OF
from newsgraph.events.candidate import doc_ents
from newsgraph.events.lexicon import verb_triggers
from newsgraph.lexicon.countries import country_names
from newsgraph.records import Answer, Record

LEAD_SENTENCES = 3  # the body's first sentences: the lead, where the headline's event is told again
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# common nouns that answer "who" without a name (fivew's body clause uses them too)
HUMAN_NOUNS = {
    *[
        "people",
        "person",
        "man",
        "woman",
        "men",
        "women",
        "child",
        "children",
        "boy",
        "girl",
        "driver",
        "passenger",
        "victim",
        "rescuer",
    ],
    *[
        "police",
        "officer",
        "soldier",
        "protester",
        "fan",
        "player",
        "team",
        "rider",
        "worker",
        "resident",
        "family",
        "official",
    ],
}


# Nouns that name an incident: a headline's "<place> tram crash: …" label is the event itself.
_INCIDENT_NOUNS = frozenset(
    [
        "crash",
        "derailment",
        "collision",
        "shooting",
        "stabbing",
        "explosion",
        "blast",
        "bombing",
        "attack",
        "raid",
        "fire",
        "flood",
        "earthquake",
        "collapse",
        "accident",
        "disaster",
        "rescue",
        "siege",
        "riot",
        "protest",
        "strike",
        "scandal",
        "row",
        "clash",
        "killing",
        "murder",
        "hijacking",
        "kidnapping",
        "outbreak",
        "landslide",
        "storm",
    ]
)
_MAX_LABEL_WORDS = 5
_HEAD_LABEL_MAX = 6  # "Croydon tram crash:" / "US election 2016:" before the headline proper
_HEAD_MAX_WORDS = 10
_ALWAYS_STOP = frozenset(
    [
        *["as", "after", "while", "whilst", "because", "when", "before", "since", "despite", "amid", "but"],
        *["if", "unless", "although", "though"],
    ]
)
_SCENE_STOP = frozenset(["in", "at", "near", "outside", "inside", "during"])  # where and when, not what
_STOP_AFTER_OBJECT = frozenset(
    [
        *["with", "from", "by", "over", "following", "ahead", "until", "who", "which", "that", "where"],
        *["than", "via", "without", "due"],
    ]
)
_STOP_PUNCT = frozenset([",", ":", ";", "|", "(", ")", "...", "…", "–", "—", "?", "!"])
_FINITE_TAGS = frozenset(["VBZ", "VBD", "VBP"])
_REPORTING = frozenset(["say", "tell", "report", "claim"])
_QUOTES = "'\"‘’“”"


def incident_label(headline: str) -> str | None:
    """The short label before a headline's colon when it names an incident ("Croydon tram crash")."""
    label, colon, _ = headline.partition(":")
    words = label.split()
    if not colon or not 2 <= len(words) <= _MAX_LABEL_WORDS:
        return None
    last = words[-1].lower()
    return label.strip() if last in _INCIDENT_NOUNS or last.removesuffix("s") in _INCIDENT_NOUNS else None


@dataclass(frozen=True)
class Headline:
    doc: object
    label: list  # the tokens before a colon ("Croydon tram crash")
    segment: list  # the headline proper
    verb: object | None


def read_headline(headline_doc, doc) -> Headline | None:
    """The parsed headline's label, headline proper and main verb (the lead ``doc`` helps find the verb)."""
    if headline_doc is None or not len(headline_doc):
        return None
    label, segment = _headline_segment(headline_doc)
    return Headline(headline_doc, label, segment, _headline_verb(segment, _lead_verb_lemmas(doc)))


def headline_what(record: Record, headline: Headline | None, doc=None) -> Answer | None:
    if headline is None:
        return None
    verb = headline.verb
    places = _place_names(record, doc)
    incident = _without_place(incident_label(headline.doc.text.strip()), places) if headline.label else None
    if _explainer(headline.segment):  # "Tram crash: what we know so far", "Why are prices rising?": the lead tells
        return _located(record, incident)
    toll = _toll(headline.segment) if not incident else None
    reaction = verb is None and not incident and not _name_then_plural(headline.segment)
    clause = _subordinate_clause(headline.segment) if reaction else None
    if toll:  # "Ten dead, dozens hurt as bus plunges …": the whole toll, not its last verb
        text = _text_of(toll)
    elif clause is not None:  # "Brexit BLOW as Toblerone shrinks its bars": the reaction is verbless, the event not
        text = _text_of(_predicate_tokens(*clause))
    elif verb is None or (incident and _bare_participle(verb)):
        text = incident or _adjective_predicate(headline.segment) or _text_of(_verbless(headline.segment, places))
    else:
        text = _text_of(_predicate_tokens(headline.segment, verb), verb)
    if text is not None and verb is not None and " " not in text:  # "(Five) shot": the lead may say "have been shot"
        return _lead_telling(record, doc, verb) or _located(record, _with_subject_noun(headline.segment, verb, text))
    return _located(record, text)


def _with_subject_noun(segment, verb, text: str) -> str:
    """ "(Oil) prices fall": a lone intransitive verb says too little; its subject's head noun goes with it (a name
    is the "who" alone: "Thunberg protests")."""
    before = next((segment[k - 1] for k, t in enumerate(segment) if k and t.i == verb.i), None)
    if before is None or before.pos_ != "NOUN" or before.dep_ == "pobj" or before.i + 1 != verb.i:
        return text
    return f"{before.text} {text}" if text == verb.text else text


def _lead_telling(record: Record, doc, verb) -> Answer | None:
    """The lead's passive for the headline's lone participle ("(Five) shot" -> "have been shot"), when a lead
    sentence uses the same word as a verb. Another form ("reopens"/"has reopened") or voice ("discovered"/"have
    discovered") is no fuller telling of the headline's words."""
    if doc is None:
        return None
    for sentence in islice(doc.sents, LEAD_SENTENCES + 2):  # as _lead_verb_lemmas: embeds' labels split the lead
        same = next((t for t in sentence if t.pos_ in {"VERB", "AUX"} and t.lower_ == verb.lower_), None)
        if same is not None:
            group = [t for t in same.lefts if t.dep_ in {"aux", "auxpass", "neg"}] + [same]
            if not any(t.dep_ == "auxpass" for t in group):
                return None
            group += [t for t in same.rights if t.dep_ == "prt"]
            start, end = group[0].idx, group[-1].idx + len(group[-1].text)
            return Answer(text=record.article.body[start:end], span=record.article.span(start, end))
    return None


_EVENT_CLAUSE_MARKS = frozenset(["as", "when", "after", "while", "whilst"])


def _subordinate_clause(segment) -> tuple[list, object] | None:
    """The tokens and finite verb of the first "as/when/after …" clause that has one ("… as bars get smaller"),
    when what comes before it is only a reaction ("Brexit BLOW", "Fury"); "Firm shake-up as profits slip" is not."""
    for k, token in enumerate(segment):
        if k and token.lower_ in _EVENT_CLAUSE_MARKS:
            if not _reaction(segment[:k]):
                return None
            clause = segment[k + 1 :]
            verb = next((t for t in clause[:5] if t.pos_ in {"VERB", "AUX"} and t.tag_ in _FINITE_TAGS), None)
            return (clause, verb) if verb is not None else None
    return None


_REACTION_NOUNS = frozenset(
    [
        *["fury", "anger", "outrage", "blow", "shock", "horror", "joy", "relief", "delight", "despair", "chaos"],
        *["concern", "alarm", "panic", "misery", "heartbreak", "agony", "backlash", "uproar", "dismay", "storm"],
        *["boost", "embarrassment", "humiliation", "heartache", "jubilation", "celebration", "celebrations"],
        *["meltdown", "rage", "frenzy", "turmoil", "mayhem", "grief", "tears", "shame", "disgrace", "scare"],
    ]
)


def _reaction(tokens) -> bool:
    """ "Brexit BLOW", "FURY", "Joy": a word shouted in capitals, or a noun of feeling, before the event."""
    words = [t for t in tokens if t.is_alpha]
    shouted = [t for t in words if len(t) > 2 and t.text.isupper()]
    return bool(words) and (
        0 < len(shouted) < len(words)
        or len(words) == len(shouted) == 1
        or any(t.lower_ in _REACTION_NOUNS for t in words)
    )


def _adjective_predicate(segment) -> str | None:
    """ "Portable console ready for launch": a verbless headline whose head is an adjective after its subject
    answers from the adjective on."""
    head = next((t for t in segment[1:] if t.pos_ == "ADJ" and _after_its_subject(t)), None)
    if head is None:
        return None
    tokens = _predicate_tokens(segment, head)
    return _text_of(tokens) if len([t for t in tokens if t.is_alpha]) >= 2 else None


def _after_its_subject(adjective) -> bool:
    """ "console ready/amod", "Gerrard happy/ROOT": the parse reads a predicate adjective either way."""
    if adjective.dep_ == "amod":
        return adjective.head.i < adjective.i
    return adjective.dep_ == "ROOT" and any(c.dep_ in SUBJECT_DEPS and c.i < adjective.i for c in adjective.children)


def _verbless(segment, places: frozenset[str] = frozenset()) -> list:
    """A headline without a verb ("Church anger over Bollywood film", "Health service 'at breaking point'") is its
    own answer, up to a subordinate clause or punctuation, without a place phrase that ends it ("… in Afghanistan"
    is where; "Automobile sales in the United States down sharply" keeps its predicate)."""
    end = next(
        (
            k
            for k, t in enumerate(segment)
            if k
            and (t.lower_ in _ALWAYS_STOP or t.text in _STOP_PUNCT or (t.text in {"-", "–", "—"} and t.whitespace_))
        ),
        len(segment),
    )
    return _without_trailing_place(segment[:end], places)


def _without_trailing_place(tokens, places: frozenset[str]) -> list:
    """ "Fatal attack on embassy in Kabul" -> "Fatal attack on embassy"; two words stay at least ("Riots in Dublin")."""
    for k in range(2, len(tokens) - 1):
        if tokens[k].lower_ in _SCENE_STOP and _place_length(tokens[k + 1 :], places) == len(tokens) - k - 1:
            return tokens[:k]
    return tokens


def _place_names(record: Record, doc) -> frozenset[str]:
    """The places the body names (the places stage's toponyms, spaCy's GPE/LOC) and the countries' names, lower-cased:
    headlines are parsed without NER, so the body tells which capitalised words are places. Not buildings: coders
    keep those ("outside German consulate")."""
    named = {e.text.lower() for e in doc_ents(doc) if e.label_ in {"GPE", "LOC"}} if doc is not None else set()
    named.update(p.name.lower() for p in record.places)
    return frozenset(named) | _country_names()


@cache
def _country_names() -> frozenset[str]:
    return frozenset(name.lower() for name in country_names())


def _place_length(tokens, places: frozenset[str]) -> int:
    """How many of ``tokens`` make the capitalised place name they open with ("the UK", "Mazar-e-Sharif"), or 0."""
    start = 1 if tokens and tokens[0].lower_ == "the" else 0
    if len(tokens) <= start or not tokens[start].text[:1].isupper():
        return 0
    first = tokens[start]
    longest = min(5, len(tokens) - start)
    size = next((n for n in range(longest, 0, -1) if first.doc[first.i : first.i + n].text.lower() in places), 0)
    if not size:
        return 0
    end = start + size
    while end + 1 < len(tokens) and glued_hyphen(tokens[end]):
        end += 2  # "Mazar-e-Sharif": the gazetteer knows the first part only
    return end


def glued_hyphen(token) -> bool:
    """The hyphen inside "Day-Lewis" or "Mazar-e-Sharif" (no space on either side)."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _without_place(label: str | None, places: frozenset[str]) -> str | None:
    """ "Croydon tram crash" -> "tram crash": coders leave the place to "where"; two words stay at least."""
    if not label:
        return label
    words = label.split()
    for n in (3, 2, 1):
        if len(words) - n >= 2 and " ".join(words[:n]).lower() in places:
            return " ".join(words[n:])
    return label


def _name_then_plural(segment) -> bool:
    """ "Trump cries foul as …": a plural noun between a name and an object may be a misread verb."""
    return any(
        (a.pos_ == "PROPN" or a.text[:1].isupper())
        and b.tag_ == "NNS"
        and c.pos_ in {"ADJ", "NOUN", "DET", "PROPN", "NUM"}
        for a, b, c in zip(segment, segment[1:], segment[2:], strict=False)
    )


_TOLL_WORDS = frozenset(["dead", "killed", "injured", "hurt", "wounded", "missing", "die", "died", "shot"])
_QUANTITY_WORDS = frozenset(["several", "dozens", "hundreds", "thousands", "scores", "many", "two", "three"])
_QUANTITY_PREFIX = frozenset(["at", "least", "more", "than", "over", "up", "to", "nearly", "almost", "about", "around"])


def _toll(segment) -> list | None:
    """ "At least seven dead and dozens injured": the casualty count that opens a headline, with its conjuncts."""
    end, k = 0, 0
    while k < len(segment):
        while k < len(segment) and segment[k].lower_ in _QUANTITY_PREFIX:
            k += 1
        if k >= len(segment) or not (segment[k].like_num or segment[k].lower_ in _QUANTITY_WORDS):
            break
        k += 1
        while k < len(segment) and segment[k].pos_ == "NOUN" and segment[k].lower_ not in _TOLL_WORDS and k - end < 4:
            k += 1  # "five people", "two police officers"
        if k >= len(segment) or segment[k].lower_ not in _TOLL_WORDS:
            break
        end = k + 1
        k = end + 1 if end < len(segment) and segment[end].lower_ in {",", "and"} else len(segment)
    if not end:
        return None
    return segment[: end + _short_cause(segment[end:])]


def _finite_or_misread(token, before) -> bool:
    """A finite verb, or a plural noun right after a noun ("tram derails/NNS"): headlines drop the article."""
    if token.pos_ in {"VERB", "AUX"} and token.tag_ in _FINITE_TAGS:
        return True
    return token.tag_ == "NNS" and before is not None and before.pos_ in {"NOUN", "PROPN"}


def _short_cause(rest) -> int:
    """ "(Seven killed) as tram derails": a cause clause of subject and verb only is part of the event."""
    if len(rest) < 3 or rest[0].lower_ not in {"as", "after", "when"}:
        return 0
    clause = list(islice((t for t in rest[1:] if t.text not in _STOP_PUNCT), 4))
    end = next((k for k, t in enumerate(clause) if _finite_or_misread(t, clause[k - 1] if k else None)), None)
    if end is None or not 1 <= end <= 2 or (end + 1 < len(clause) and not _ends_predicate(clause, end + 1, True)):
        return 0
    return end + 2


_WH_WORDS = frozenset(["what", "how", "why", "who", "where", "when", "which"])


def _explainer(segment) -> bool:
    """A headline proper that asks or explains ("what we know", "how it happened", "Is this the end of …?")
    states no event."""
    if not segment:
        return False
    first = segment[0]
    asks = segment[-1].text == "?" and (first.tag_ in {"MD", "VBZ", "VBP", "VBD"} or first.pos_ == "AUX")
    acronym = first.is_upper and len(first) > 2  # "WHO declares …"
    return (first.lower_ in _WH_WORDS and not acronym) or asks


def headline_subject(record: Record, headline: Headline | None, named: bool) -> Answer | None:
    """The words right before the headline's verb ("Taliban attacks …", "Lady Gaga stages …"): the parser often
    misses them as a subject in a headline."""
    verb = headline.verb if headline is not None else None
    if verb is None or not (verb.tag_ in _FINITE_TAGS or verb.pos_ in {"NOUN", "PROPN"}):  # "Race to reach boy"
        return None
    tokens = headline.segment
    end = next(k for k, t in enumerate(tokens) if t.i == headline.verb.i)
    while end > 0 and _verb_prefix(tokens[end - 1]):
        end -= 1
    start = end
    while start > 0 and (tokens[start - 1].pos_ in {"PROPN", "NOUN"} or tokens[start - 1].tag_ in {"POS", "HYPH"}):
        start -= 1  # "Lady Gaga", "Day-Lewis", "Spider-Man creator"
    while start < end and tokens[start].tag_ in {"POS", "HYPH"}:
        start += 1
    if start == end or tokens[end - 1].pos_ not in {"PROPN", "NOUN"} or tokens[end - 1].dep_ == "pobj":
        return None
    subject = tokens[start:end]
    if any(t.pos_ == "PROPN" for t in subject) != named:
        return None
    if not named and not _names_someone(subject[-1], record.article.body):
        return None  # "Footage shows …": a thing
    return _located(record, _text_of(subject) if len(subject) > 1 else subject[0].text)


def _names_someone(noun, body: str) -> bool:
    """People, groups, or a name the body writes capitalised inside a sentence ("the Taliban", "… Toblerone")."""
    if noun.lemma_.lower() in HUMAN_NOUNS or SECTOR_OF.get(noun.lower_):
        return True
    return noun.text[:1].isupper() and re.search(rf"[a-z,] {re.escape(noun.text)}\b", body) is not None


def _located(record: Record, text: str | None) -> Answer | None:
    if not text:
        return None
    at = record.article.body.find(text)
    return Answer(text=text, span=record.article.span(at, at + len(text)) if at >= 0 else None)


def _headline_segment(headline):
    """The headline proper: without a short label before a colon or a leading quote ("'I BLAME COMEY' Clinton …")."""
    tokens = list(headline)
    label: list = []
    colon = next((t.i for t in tokens[: _HEAD_LABEL_MAX + 1] if t.text == ":"), None)  # not "|": a site name follows it
    if colon is not None and len(tokens) - colon > 2 and not any(t.tag_ in _FINITE_TAGS for t in tokens[:colon]):
        label, tokens = tokens[:colon], tokens[colon + 1 :]
    if tokens and tokens[0].text in _QUOTES:
        close = next((k for k, t in enumerate(tokens[1:], 1) if t.text in _QUOTES), None)
        if close is not None and _attribution(tokens[close + 1 :]):  # "'We will fight on' says defiant mayor"
            tokens = tokens[1:close]
        elif close is not None and len(tokens) - close > 3:
            tokens = tokens[close + 1 :]
    asked = next((k for k, t in enumerate(tokens) if t.text == "?"), None)
    if asked is not None and len(tokens) - asked > 3:  # "Is THIS the reason she lost? Clinton blames FBI …"
        tokens = tokens[asked + 1 :]
    return label, _without_attribution(tokens)


_ATTRIBUTION_VERBS = frozenset(
    [
        *["say", "says", "said", "claim", "claims", "warn", "warns", "insist", "insists", "admit", "admits"],
        *["report", "reports", "suggest", "suggests", "confirm", "confirms", "believe", "believes", "fear", "fears"],
    ]
)
_MAX_SOURCE_WORDS = 4


def _without_attribution(tokens) -> list:
    """ "Shape change 'not linked to Brexit', says maker" / "…, police say" / "Golden rule 'intact' says ex-aide" /
    "UK rebate 'unjustified' - Chirac": the reported clause before the source."""
    for k in range(len(tokens) - 2, 1, -1):
        token = tokens[k]
        if token.text == "," and k >= 3 and _attribution(tokens[k + 1 :]):
            return tokens[:k]
        if _closing_quote(tokens, k) and _attribution(tokens[k + 1 :]):
            return tokens[: k + 1]
        if token.text in {"-", "–", "—"} and token.whitespace_ and _source_only(tokens[k + 1 :]):
            return tokens[:k]
    return tokens


def _closing_quote(tokens, k: int) -> bool:
    """A quote mark that closes one opened earlier in the headline."""
    return tokens[k].text in _QUOTES and sum(t.text in _QUOTES for t in tokens[:k]) % 2 == 1


def _source_only(tokens) -> bool:
    """ "- Chirac", "- doctors", "- sources": a short source after a dash, no verb."""
    words = [t for t in tokens if not t.is_punct]
    return 1 <= len(words) <= 3 and all(
        t.pos_ in {"PROPN", "NOUN", "ADJ", "DET"} or t.text[:1].isupper() for t in words
    )


def _attribution(tokens) -> bool:
    """ "says maker", "police say": a source and a reporting verb, nothing else."""
    tail = [t for t in tokens if not t.is_punct]
    if not 2 <= len(tail) <= _MAX_SOURCE_WORDS + 1:
        return False
    return tail[0].lower_ in _ATTRIBUTION_VERBS or tail[-1].lower_ in _ATTRIBUTION_VERBS


def _lead_verb_lemmas(doc) -> set[str]:
    if doc is None:
        return set()
    forms = set()
    for sentence in islice(doc.sents, LEAD_SENTENCES + 2):
        for token in sentence:
            if token.pos_ == "VERB":  # "staged" -> "stage" (the lemmatizer says "stag")
                word = token.lower_
                forms.update({token.lemma_.lower(), word, word[:-1], word.removesuffix("ed"), word.removesuffix("ing")})
    return forms


def _headline_verb(tokens, lead_verbs: set[str]):
    """The headline's main verb: the parser's root when it is a verb, else the first finite verb of the main
    clause. The small model tags headlines badly ("Lady Gaga stages protest" reads "stages" as a plural noun,
    "Obama, Trump hold talks" reads "Trump" as the verb), so the parse's structure and the lead's verbs help."""
    if not tokens:
        return None
    main = [t for t in _main_clause(tokens) if not _name_read_as_verb(t, tokens)]
    verb, main = _parsed_verb(tokens, main)
    misread = next((t for t in main if _noun_read_as_verb(t, lead_verbs)), None)
    if misread is None and (verb is None or verb.tag_ not in _FINITE_TAGS) and not _has_finite_verb(main):
        misread = _noun_read_as_verb_by_position(main, verb is None)
    if misread is not None and (verb is None or misread.i < verb.i):
        return misread
    verb = (
        _earlier_than_last_word(_first_of_two_predicates(verb, main), main) if verb is not None else _first_verb(main)
    )
    if verb is None:
        return None
    verb = _object_read_as_verb(verb)
    return _adjective_over_infinitive(_after_relative_clause(verb, main, lead_verbs), main)


def _parsed_verb(tokens, main: list) -> tuple[object | None, list]:
    """The parser's root when it is a verb of the main clause (the reported clause of "…, reports say"), and the
    main clause's candidates: a headline-initial base form ("Automaker/VB GM to cut …") is neither."""
    inside = {t.i for t in main}
    root = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].root
    initial_name = _initial_name_as_verb(root, main)
    verb = root if root.i in inside and _is_verb(root) and not initial_name else None
    if initial_name:
        main = main[1:]
    if verb is not None and verb.lemma_ in _REPORTING:
        verb = next((c for c in verb.children if c.dep_ == "ccomp" and c.i in inside), verb)
    return verb, main


def _first_verb(main: list):
    finite = next((t for t in main if t.pos_ in {"VERB", "AUX"} and t.tag_ in _FINITE_TAGS), None)
    return finite or next((t for t in main if t.pos_ == "VERB" and t.dep_ not in {"amod", "compound"}), None)


def _object_read_as_verb(verb):
    """ "Office requests/NNS rerun/VBP of …", "Hansen 'delays/NNS return/VBP …'": a plural present verb right
    before "of", or second in a quote, is the object noun of a plural-looking word before it that English uses as
    a verb."""
    doc = verb.doc
    if verb.tag_ != "VBP" or verb.i < 2 or verb.i + 1 >= len(doc):
        return verb
    before = doc[verb.i - 1]
    opens_quote = doc[verb.i - 2].text in _QUOTES and before.i - 1 > 0  # "Hansen 'delays/NNS return/VBP …'"
    if not opens_quote and (doc[verb.i + 1].lower_ != "of" or verb.lemma_.lower() in _VERBS_WITH_OF):
        return verb
    if before.tag_ == "NNS" and {before.lower_[:-1], _without_es(before.lower_)} & _english_verbs():
        return before
    return verb


# verbs that take "of" right after them ("Doctors warn of …"): a VBP before "of" is one of these, or a misread noun
_VERBS_WITH_OF = frozenset(
    [
        *["warn", "think", "speak", "die", "approve", "disapprove", "consist", "dream", "tire", "smell", "hear"],
        *["learn", "despair", "beware", "complain", "know", "taste", "partake", "repent", "boast", "talk"],
    ]
)


def _adjective_over_infinitive(verb, main: list):
    """ "PlayStation ready to go", "Farrell due to make debut": the adjective the infinitive completes is the
    predicate's head."""
    if verb.tag_ != "VB" or verb.i < 2 or verb.doc[verb.i - 1].tag_ != "TO":
        return verb
    before = verb.doc[verb.i - 2]
    if (before.pos_ == "ADJ" or before.lower_ == "due") and before.i >= main[0].i:
        return before
    return verb


def _noun_read_as_verb_by_position(main: list, verbless: bool):
    """Of the words that may be the verb, those with the surest agreement first; among equals the first, unless the
    next word may be the verb too: then the first is the head of the subject ("Electronics firms eye deal")."""
    ranked = [(rank, t) for t in main if (rank := _verb_rank(t, main[0], verbless))]
    if not ranked:
        return None
    best = min(rank for rank, _ in ranked)
    candidates = {t.i for _, t in ranked}
    return next((t for rank, t in ranked if rank == best and t.i + 1 not in candidates), ranked[-1][1])


def _earlier_than_last_word(verb, main: list):
    """ "Shares rise on new Man Utd offer/VBP": a verb as the headline's last word after another finite verb, or
    after a noun that may be the verb, is a noun."""
    if verb.i != main[-1].i:
        return verb
    earlier = next((t for t in main[:-1] if t.pos_ == "VERB" and t.tag_ in _FINITE_TAGS), None)
    return earlier or _noun_read_as_verb_by_position(main[:-1], False) or verb  # "Brown shrugs/NNS off … fears/VBZ"


def _has_finite_verb(tokens) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} and t.tag_ in _FINITE_TAGS for t in tokens)


def _verb_rank(token, first, verbless: bool) -> int:
    """Whether a word the parser tagged a noun is the headline's verb, from its agreement with the word before
    it and the words English uses as verbs (WordNet's, as the spaCy model's lemmatizer ships them): 1, a singular
    noun after a plural ("firms eye deal", "Police hunt gunman", "sales plunge by 45%"); 2, a plural-looking word
    after a singular subject ("Brown shrugs off fears", "Council outlaws drinking"); 3, a singular noun after a
    name, only when the parse found no verb ("Chelsea sack Mutu", "Rock band U2 break record"); 0, none."""
    doc = token.doc
    if token.i == first.i or token.i + 1 >= len(doc) or token.text[:1].isupper():
        return 0
    before, after = _before_quote(token), doc[token.i + 1]
    if before.pos_ not in {"PROPN", "NOUN"} and not before.text[:1].isupper():
        return 0
    plural_before = before.tag_ in {"NNS", "NNPS"} or before.lower_ in _PLURAL_NOUNS
    if token.tag_ in {"NNS", "NNPS", "NNP"} and token.lower_.endswith("s"):  # "beats/NNP" in lower case too
        return 2 if not plural_before and _plural_verb_before(after, before) and _is_english_verb(token) else 0
    if token.tag_ != "NN" or token.lower_ not in _english_verbs():
        return 0
    before_object = after.pos_ in {"NOUN", "DET", "ADJ", "NUM", "PROPN", "PRON"}
    before_prep = after.pos_ == "ADP" and after.lower_ not in {"of", "for"}
    common_plural = before.tag_ == "NNS" or before.lower_ in _PLURAL_NOUNS  # "General Motors automobile" is a name's
    if (common_plural and before_object) or (plural_before and before_prep):  # "Scissor Sisters triumph at"
        return 1
    plain_subject = all(t.pos_ in {"PROPN", "NOUN", "ADJ"} for t in doc[first.i : before.i + 1])  # not "… in $4bn"
    return 3 if verbless and before.pos_ == "PROPN" and plain_subject and before_object else 0


def _plural_verb_before(after, before) -> bool:
    """What may follow a verb: its object, a particle, a quote, a preposition, or "to" after a name."""
    if after.pos_ in {"NOUN", "DET", "ADJ", "NUM", "PROPN", "PRON", "ADV"} or after.tag_ in {"VBG", "RP"}:
        return True
    if after.tag_ == "TO":
        return before.pos_ == "PROPN"  # "GM plans to", not "Rail fares to"
    return after.text in _QUOTES or (after.pos_ == "ADP" and after.lower_ not in {"of", "for"})


def _is_english_verb(token) -> bool:
    return bool({token.lower_[:-1], _without_es(token.lower_), token.lemma_.lower()} & _english_verbs())


def _before_quote(token):
    """The word before ``token``, past an opening quote ("Hansen 'delays …")."""
    doc = token.doc
    k = token.i - 1
    while k > 0 and doc[k].text in _QUOTES and doc[k - 1].whitespace_:  # not an apostrophe: "Teachers' pay"
        k -= 1
    return doc[k]


_PLURAL_NOUNS = frozenset(["police", "people", "staff", "clergy", "cattle"])  # plural without -s: "Police hunt …"


_verb_model: str | None = None  # the spaCy model whose lemmatizer tables list English verbs (set by the stage)


def use_spacy_model(name: str) -> None:
    """Read the verb list from ``name`` (the model the nlp stage parsed with), not from the default setting."""
    global _verb_model
    if _verb_model != name:
        _verb_model = name
        _english_verbs.cache_clear()


@cache
def _english_verbs() -> frozenset[str]:
    from newsgraph.config import Settings
    from newsgraph.stages.nlp import load_spacy  # cached: the process that parsed the headline has it loaded

    try:
        model = _verb_model or Settings().spacy_model
        lookups = load_spacy(model).get_pipe("lemmatizer").lookups
        return frozenset(lookups.get_table("lemma_index")["verb"])
    except (KeyError, UsageError):  # a model without the rule lemmatizer's tables, or none installed: no guesses
        return frozenset()


def _first_of_two_predicates(verb, main: list):
    """ "Bank holds rates steady, signals cuts ahead": of two predicates split by a comma, the first is the news."""
    comma = next((t.i for t in main if t.text == "," and t.i < verb.i), None)
    if comma is None:
        return verb
    first = next((t for t in main if t.i < comma and t.pos_ == "VERB" and t.tag_ in _FINITE_TAGS), None)
    return first if first is not None else verb


def _initial_name_as_verb(root, main: list) -> bool:
    """ "Trump/VB fans and protesters clash": a headline seldom opens with a bare imperative, so a base-form first
    word yields to a finite verb later in the main clause."""
    if root.i != main[0].i or root.tag_ != "VB":
        return False
    doc = root.doc
    later = main[1:]
    return any(t.pos_ == "VERB" and t.tag_ in _FINITE_TAGS for t in later) or any(
        t.tag_ == "VB" and doc[t.i - 1].tag_ == "TO"
        for t in later  # "Automaker GM to cut …"
    )


def _after_relative_clause(verb, main: list, lead_verbs: set[str]):
    """ "Boy who fell down well found dead": the verb of a relative clause on the subject is not the headline's;
    the next verb is (a plural noun the lead uses as a verb counts: "… dies despite …")."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].lower_ not in {"who", "which", "that"}:
        return verb
    if doc[verb.i - 2].pos_ not in {"NOUN", "PROPN"} and not doc[verb.i - 2].text[:1].isupper():
        return verb
    for token in main:
        if token.i <= verb.i + 1:
            continue
        if token.pos_ == "VERB" and token.tag_ in {"VBZ", "VBD", "VBP", "VBN"}:
            return token
        if token.tag_ == "NNS" and {token.lower_[:-1], _without_es(token.lower_)} & lead_verbs:
            return token
    return verb


def _is_verb(token) -> bool:
    """A verb by tag, or a common noun the parser gave a subject ("Obama and Trump meet/NOUN at …")."""
    if token.pos_ in {"VERB", "AUX"}:
        return True
    return token.pos_ == "NOUN" and any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _name_read_as_verb(token, tokens) -> bool:
    """A capitalised word inside a sentence-case headline is a name, whatever its tag ("Obama, Trump/VERB hold …")."""
    if token.i == tokens[0].i or not token.text[:1].isupper() or token.pos_ not in {"VERB", "AUX"}:
        return False
    if token.is_upper and len(token) > 2:  # shouted: the verb of "TV chef QUITS show", a reaction in "Jobs BLOW as …"
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is None or following.lower_ in _ALWAYS_STOP
    words = [t for t in tokens[1:] if t.is_alpha and len(t) > 3]
    return sum(t.text[:1].isupper() for t in words) < len(words) / 2


def _main_clause(tokens) -> list:
    """The tokens before a subordinate clause ("… after tram overturns") or a second clause."""
    end = next((k for k, t in enumerate(tokens) if k and t.lower_ in _ALWAYS_STOP), len(tokens))
    return tokens[:end]


def _noun_read_as_verb(token, lead_verbs: set[str]) -> bool:
    """A noun right after its subject and before its object that the lead uses as a verb: a plural noun after a
    name ("Gaga stages protest"), or a singular noun after a plural subject ("Obama, Trump hold talks")."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or token.pos_ != "NOUN":
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.pos_ not in {"PROPN", "NOUN"} and not before.text[:1].isupper():
        return False
    after_ok = after.pos_ in {"NOUN", "DET", "ADJ", "NUM", "PROPN", "VERB"} or after.text in _QUOTES
    before_verb = after.pos_ == "ADP" and (  # "Gaga protests at", "Thousands march in"
        (token.tag_ == "NNS" and before.pos_ == "PROPN") or (token.tag_ == "NN" and _plural_subject(before))
    )
    if not (after_ok or before_verb):
        return False
    if token.tag_ == "NNS" and token.lower_.endswith("s"):
        forms = (token.lemma_.lower(), token.lower_[:-1], _without_es(token.lower_))
    elif token.tag_ == "NN" and _plural_subject(before):
        forms = (token.lemma_.lower(), token.lower_)
    else:
        return False
    if any(form in lead_verbs for form in forms):
        return True
    # "Home phones face unclear future": a parse whose verb follows its subject holds against the lexicon alone
    return not _subject_of_next_verb(token) and any(form in verb_triggers() for form in forms)


def _subject_of_next_verb(token) -> bool:
    after = token.doc[token.i + 1]
    return after.pos_ == "VERB" and after.tag_ in _FINITE_TAGS and token.head.i == after.i and token.dep_ == "nsubj"


def _without_es(word: str) -> str:
    """ "crashes" -> "crash", "fixes" -> "fix"; but "aides" stays ("aid" is another word)."""
    return word[:-2] if word.endswith(("ses", "xes", "zes", "ches", "shes")) else word[:-1]


def _plural_subject(token) -> bool:
    """ "Obama and Trump", "Obama, Trump", "Brits": a subject that takes a verb without -s."""
    if token.tag_ in {"NNS", "NNPS"}:
        return True
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].pos_ in {"PROPN", "CCONJ", "PUNCT"} and doc[start - 1].text not in {":", "'"}:
        start -= 1
    return any(t.lower_ in {"and", ","} for t in doc[start : token.i])


def _bare_participle(verb) -> bool:
    """ "Driver arrested", "Last victims named": a participle without auxiliary says less than an incident label.
    A past tense with an object ("Cubs beat Indians") is not one."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBN", "VBD"}:
        return False
    return not any(c.dep_ in {"aux", "auxpass", "dobj", "obj"} for c in verb.children)


def _predicate_tokens(tokens, verb) -> list:
    """From the verb (with its auxiliaries and a manner adverb) rightwards until the scene begins:
    a subordinate clause, a place or time phrase after the object, a new clause, or punctuation."""
    if not tokens:
        return []
    first = 0
    if verb is not None:
        first = next(k for k, t in enumerate(tokens) if t.i == verb.i)
        while first > 0 and _verb_prefix(tokens[first - 1]):
            first -= 1
        subject = first
        while (
            subject > max(0, first - 3)
            and tokens[subject - 1].pos_ in {"NUM", "NOUN", "PROPN", "ADJ"}
            and tokens[subject - 1].dep_ != "pobj"  # "Boy who fell down well in China found dead"
        ):
            subject -= 1
    head = first if verb is None else next(k for k, t in enumerate(tokens) if t.i == verb.i)
    end = head + 1
    has_object = False  # a scene phrase or a purpose only ends the predicate once it has an object
    quoted = False
    for token in tokens[:end]:
        quoted = _quote_state(token, quoted)
    while end < len(tokens) and not _ends_predicate(tokens, end, has_object, quoted):
        has_object = has_object or tokens[end].pos_ in {"NOUN", "PROPN", "PRON", "NUM"} or tokens[end].dep_ == "acomp"
        quoted = _quote_state(tokens[end], quoted)
        end += 1
    if verb is not None and _bare_participle(verb):  # "Seven killed": the participle alone says too little
        complement = any(not t.is_punct and t.pos_ != "ADV" for t in tokens[head + 1 : end])
        first = _participle_subject(tokens, subject, first, complement)
    if first > 0 and tokens[first - 1].text in _QUOTES and any(t.text in _QUOTES for t in tokens[first:end]):
        first -= 1  # "Tory leader 'cleared' over …": the quote opened before the verb
    return tokens[first:end]


def _quote_state(token, quoted: bool) -> bool:
    """Whether a quote is open after ``token``: a quote mark closes an open one, opens one when it is glued to the
    next word, and is otherwise an apostrophe ("Teachers' pay")."""
    if token.text not in _QUOTES:
        return quoted
    if quoted:
        return False
    return not token.whitespace_ and token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_alpha


def _participle_subject(tokens, start: int, end: int, complement: bool) -> int:
    """Where a bare participle's answer starts: a count whole ("At least seven killed"); else, when nothing follows
    the participle, the subject's head noun only ("Driver arrested"): the rest is the "who" and lengthens the
    answer; with a complement ("(Rap boss) arrested over drug find") the subject is the "who" alone."""
    words = tokens[start:end]
    if any(t.pos_ == "NUM" or t.lower_ in _QUANTITY_WORDS for t in words):
        return start
    if complement:
        return end
    return end - 1 if words and words[-1].pos_ == "NOUN" else end  # a name is the "who" alone: "Koubek suspended"


def _verb_prefix(token) -> bool:
    return (
        token.dep_ in {"aux", "auxpass", "neg"}
        or token.tag_ == "MD"
        or (token.pos_ == "ADV" and token.lower_.endswith("ly"))
    )


def _ends_predicate(tokens, k: int, has_object: bool, quoted: bool = False) -> bool:
    """Whether ``tokens[k]`` begins the scene or a new clause; inside a quote ("urge 'change at the top'") only
    punctuation ends the predicate."""
    token = tokens[k]
    word = token.lower_
    if quoted and token.text not in _STOP_PUNCT:
        return False
    if token.text == "," and (has_object != (tokens[k - 1].pos_ == "ADJ")) and _between_names(tokens, k):
        return False  # "blame Comey, Russia for loss", "launches new, faster iPhone"
    if word == "as" and not has_object and _complement_as(tokens, k):  # "appointed as chief", "picked as word of …"
        return False
    if token.text in _STOP_PUNCT or (token.text == "-" and token.whitespace_):
        return True
    if token.dep_ == "prt":  # "closes in on title"
        return False
    if word == "at" and k and tokens[k - 1].dep_ == "prt":  # "lashes out at", "hits back at": the target
        return False
    if word == "in" and not has_object and _incident_ahead(tokens[k + 1 :]):  # "charged in deadly shooting"
        return False
    if word in _ALWAYS_STOP or word in _SCENE_STOP or (has_object and word in _STOP_AFTER_OBJECT):
        return True
    rest = tokens[k + 1 :]
    if has_object and word == "for" and _time_adjunct(rest):  # "win title for first time": when, not what
        return True
    if word in {"and", "or"}:  # "… and claims it is impossible …": a second predicate
        return any(t.pos_ in {"VERB", "AUX"} for t in rest)
    # "… to make them lighter": a purpose; but "decision not to charge" completes its noun
    if not (has_object and word == "to" and rest and rest[0].tag_ == "VB"):
        return False
    head = rest[0].head
    complement = (
        rest[0].dep_ == "acl"
        or (rest[0].dep_ == "xcomp" and head.i == tokens[k - 1].i)
        or head.lemma_.lower() in _OBJECT_CONTROL
        or tokens[k - 1].lemma_.lower() in _PLAN_NOUNS  # "signs bill to avert strike": what the bill does
    )
    return not complement  # "decision not to charge", "lucky to avoid", "forces thousands to flee": complements


_ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth", "last", "sixth", "seventh", "tenth", "100th"])
_TIME_UNITS = frozenset(["time", "minute", "hour", "day", "night", "week", "month", "year", "decade", "season"])


def _time_adjunct(rest) -> bool:
    """ "(for) the first time", "(for) 108 years", "(for) four days"."""
    words = [t.lower_ for t in rest[:4] if t.lower_ not in {"the", "a"}]
    if len(words) < 2:
        return False
    first, unit = words[0], words[1].removesuffix("s")
    return (first in _ORDINALS or rest[0].like_num or first.isdigit()) and unit in _TIME_UNITS


# nouns whose infinitive says what they are for: "bill to avert strike", "plan to scrap fees"
_PLAN_NOUNS = frozenset(
    [
        *["bill", "plan", "law", "deal", "measure", "order", "scheme", "agreement", "legislation", "proposal"],
        *["package", "fund", "campaign", "bid", "move", "effort", "drive", "attempt", "pledge", "promise", "vote"],
    ]
)
# "forces thousands to flee", "urges voters to back …": the infinitive after the object completes these verbs
_OBJECT_CONTROL = frozenset(
    [
        *["force", "urge", "ask", "order", "allow", "tell", "warn", "help", "persuade", "invite", "encourage"],
        *["compel", "require", "permit", "forbid", "ban", "pressure", "push", "lead", "prompt", "inspire", "call"],
    ]
)


def _incident_ahead(rest) -> bool:
    """ "(in) deadly Denver shooting", "(in) bus crash": an incident noun phrase, not a place."""
    for token in rest[:5]:
        if token.lower_ in _INCIDENT_NOUNS or token.lower_.removesuffix("s") in _INCIDENT_NOUNS:
            return True
        if token.pos_ not in {"ADJ", "PROPN", "NOUN", "DET", "NUM"} and token.tag_ != "HYPH":
            return False
    return False


def _complement_as(tokens, k: int) -> bool:
    """ "as" right after a participle and before a noun phrase (no clause of its own) is the verb's complement."""
    if not k or tokens[k - 1].tag_ not in {"VBN", "VBD"}:
        return False
    rest = tokens[k + 1 : k + 6]
    return bool(rest) and not any(t.pos_ in {"VERB", "AUX"} and t.tag_ in _FINITE_TAGS for t in rest)


def _between_names(tokens, k: int) -> bool:
    """ "Comey, Russia", "new, faster (iPhone)": a comma inside a list of names or adjectives."""
    if not 0 < k < len(tokens) - 1:
        return False
    before, after = tokens[k - 1].pos_, tokens[k + 1].pos_
    return (before == after == "PROPN") or (before == after == "ADJ")


def _text_of(tokens, verb=None) -> str | None:
    """The tokens' text without dangling words at the end ("… on"), punctuation at the start, or half a quote."""
    words = list(tokens)
    while words and _dangling(words[-1]) and not _particle_of(words[-1], verb):
        words.pop()
    while words and words[0].is_punct and words[0].text not in _QUOTES:
        words.pop(0)
    words = _first_words(words, _HEAD_MAX_WORDS)
    if sum(w.text in _QUOTES for w in words) == 1:  # "'fell down a deep well": the quote closes after the predicate
        words = [w for w in words if w.text not in _QUOTES]
    alone = len(words) == 1 and not (_is_verb(words[0]) or (verb is not None and words[0].i == verb.i))
    if alone or not any(w.is_alpha or w.like_num for w in words):  # a lone word only when it is the verb
        return None
    return words[0].doc[words[0].i : words[-1].i + 1].text  # doc.text would rebuild the whole text


_PARTICLES = frozenset(["on", "off", "up", "down", "out", "back", "away", "over", "through"])


def _particle_of(token, verb) -> bool:
    """ "(Nadal) marches on", "backs down": a particle right after the verb completes it."""
    return verb is not None and token.i == verb.i + 1 and token.lower_ in _PARTICLES


def _first_words(tokens, limit: int) -> list:
    """The tokens up to the ``limit``-th word: quotes, hyphens and "'s" do not count as words."""
    count = 0
    for k, token in enumerate(tokens):
        count += token.text[:1].isalnum()
        if count > limit:
            return tokens[:k]
    return tokens


def _dangling(token) -> bool:
    if token.is_punct:
        return token.text not in _QUOTES and token.text != "%"
    return token.pos_ in {"ADP", "DET", "CCONJ", "PART"} and token.dep_ != "prt"
