"""Attributions read off a spaCy parse: cue, source, content pieces and relays.

One pass over the tokens finds cue verbs, "according to" and colon attributions; each rule is
local to a token's dependents, so the whole pass is linear in the article length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.quotes import lexicon as lx
from newsgraph.quotes.marks import find_quote_regions
from newsgraph.quotes.spans import Range, RegionIndex, is_direct, snap, token_range, trim
from newsgraph.quotes.stance import RawAttribution, cue_noun, stance_adjective

CONTENT_OBJECT_DEPS = {"dobj", "oprd", "attr", "xcomp", "prep", "dative", "acomp"}
SUBJECT_DEPS = {"nsubj"}
INHERIT_DEPS = {"advcl", "conj", "xcomp", "pcomp", "acl"}
AUX_DEPS = {"aux", "neg", "auxpass"}


@dataclass(slots=True)
class Attribution:
    cue: Range | None
    content: list[Range]
    source: Range | None = None
    source_head: int | None = None  # token index of the source's head word
    inherited_from: int | None = None  # index of the attribution whose speaker this one reuses
    via: list[Range] = field(default_factory=list)
    via_heads: list[int] = field(default_factory=list)
    kind: str = "indirect"
    cue_head: int | None = None

    @property
    def end(self) -> int:
        return max(r[1] for r in [*self.content, *([self.cue] if self.cue else [])])


def doc_text(doc) -> str:
    """``Doc.text`` rebuilds the string on every access; keep it once per document."""
    text = doc.user_data.get("newsgraph_text")
    if text is None:
        text = doc.user_data["newsgraph_text"] = doc.text
    return text


def find_attributions(doc) -> list[Attribution]:
    text = doc_text(doc)
    regions = doc.user_data["newsgraph_regions"] = RegionIndex(find_quote_regions(text))
    found: list[Attribution] = []
    by_cue: dict[int, Attribution] = {}
    consumed: set[int] = set()
    for tok in (doc[i] for i in _cue_positions(doc)):
        if tok.i in consumed:
            continue
        att = None
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            att = _according_to(doc, tok, regions)
        elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lx.ALL_CUE_VERBS:
            att = _verb_attribution(doc, tok, regions, consumed)
        elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() == "be":
            att = _from_raw(doc, stance_adjective(tok), regions)
        elif tok.pos_ == "NOUN":
            att = _from_raw(doc, cue_noun(tok), regions)
        if att is None or not att.content:
            continue
        joined = by_cue.get(tok.head.i) if _continues_statement(tok) else None
        if joined is not None:
            joined.content.extend(att.content)  # "accused X of A and said B": one statement, two pieces
            continue
        by_cue[tok.i] = att
        found.append(att)
    found.extend(_colon_attributions(doc, regions, found))
    found.extend(_label_lines(doc, found))
    found = _drop_nested(found, regions)
    found.sort(key=lambda a: a.cue[0] if a.cue else a.content[0][0])
    _add_continuations(doc, found, regions)
    for att in found:
        att.kind = _kind(text, att.content, regions)
    return found


def _cue_positions(doc) -> list[int]:
    """Indices of the tokens a cue can sit on ("according", cue verbs, "be", cue nouns), read from the Doc's
    arrays: making a Token object for every word was the stage's largest cost."""
    from spacy.attrs import LEMMA, LOWER, POS
    from spacy.strings import hash_string
    from spacy.symbols import AUX, NOUN, VERB

    if len(doc) == 0:
        return []
    strings, lowered = doc.vocab.strings, {}
    according = hash_string("according")
    positions = []
    for i, (pos, lower, lemma) in enumerate(doc.to_array([POS, LOWER, LEMMA]).tolist()):
        if lower == according:
            positions.append(i)
        elif pos in (VERB, AUX, NOUN):
            word = lowered.get(lemma)
            if word is None:
                word = lowered[lemma] = strings[lemma].lower()
            if word in (lx.CUE_NOUNS if pos == NOUN else _VERB_CUES):
                positions.append(i)
    return positions


_VERB_CUES = lx.ALL_CUE_VERBS | {"be"}


def _continues_statement(tok) -> bool:
    """ "accused X of A and said B": what follows an accusation gives its grounds, one statement. Other
    conjoined cues ("reported A and said B", "said A and added B") are statements of their own."""
    return (
        tok.dep_ == "conj"
        and tok.head.lemma_.lower() in lx.ACCUSATION_VERBS
        and tok.lemma_.lower() not in lx.NEW_STATEMENT_VERBS
        and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)
    )


# --- cue verbs ---------------------------------------------------------------------------------


def _verb_attribution(doc, tok, regions: RegionIndex, consumed: set[int]) -> Attribution | None:
    lemma = tok.lemma_.lower()
    if lemma in lx.RELAY_VERBS:
        relay = _relay(doc, tok, regions, consumed)
        if relay is not None:
            return relay
    if tok.dep_ == "amod" or (tok.tag_ == "VBN" and tok.dep_ == "acl"):
        return None
    cue_tokens = _cue_tokens(tok)
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children):
        if tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in lx.GOVERNING_VERBS:
            return None  # "hard to say", "to tell the difference": no one speaks
        cue_tokens += _cue_tokens(tok.head)  # "declined to comment"
    cue = token_range(cue_tokens)
    passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return _passive(doc, tok, passive, regions, cue, cue_tokens)
    content = _content(doc, tok, regions, cue, cue_tokens)
    if not content:
        return None
    source, head = _subject(tok)
    att = Attribution(cue=cue, content=content, cue_head=tok.i)
    if source is not None:
        att.source, att.source_head = source_range(doc, source, exclude=tok), source.i
    elif head is not None:
        att.source_head = head  # inherited: the governing clause's subject speaks
    return att


def _passive(doc, tok, subject, regions: RegionIndex, cue: Range, cue_tokens: list) -> Attribution | None:
    """ "Trump is expected to win", "it was reported that …" (by X): the content is the subject and
    its complement; the source only the "by" agent, if any."""
    if tok.lemma_.lower() not in lx.PASSIVE_CUES:
        return None
    rest = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "as")]
    if not rest:
        return None
    pieces = [token_range(c.subtree) for c in rest]
    if subject.lower_ not in ("it", "there") and tok.lemma_.lower() != "ask":  # "she was asked if …"
        pieces.insert(0, token_range(subject.subtree))
    pieces = [trim(doc_text(doc), snap(p, regions, cue)) for p in pieces if p]
    att = Attribution(cue=cue, content=[p for p in pieces if p], cue_head=tok.i)
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if by is not None:
        att.source, att.source_head = source_range(doc, by), by.i
    return att if att.content else None


def _cue_tokens(tok) -> list:
    tokens = [tok]
    for child in tok.children:
        if (
            (child.i < tok.i and child.dep_ in AUX_DEPS and tok.i - child.i <= 3)
            or (child.dep_ == "advmod" and child.pos_ == "ADV" and _next_to(tok, child))
            or (child.dep_ == "prt" and child.i == tok.i + 1)
            or (
                child.dep_ == "prep"
                and child.i == tok.i + 1
                and child.lower_ in lx.CUE_PREPOSITIONS.get(tok.lemma_.lower(), ())
            )
        ):
            tokens.append(child)
        elif child.dep_ == "prep" and child.i == tok.i + 1 and child.lower_ == "in" and _is_medium(child):
            tokens.extend(child.subtree)  # "said in a statement"
        elif child.dep_ == "advcl" and _cue_mark(tok, child) is not None:
            tokens.append(_cue_mark(tok, child))  # "calling for the US to act": "for" marks the clause
    return tokens


def _cue_mark(tok, clause):
    """The first word of ``clause`` when it is the cue's preposition parsed as a mark ("calling for X to …")."""
    first = tok.doc[clause.left_edge.i]
    if (
        first.i == tok.i + 1
        and first.dep_ == "mark"
        and first.lower_ in lx.CUE_PREPOSITIONS.get(tok.lemma_.lower(), ())
    ):
        return first
    return None


def _next_to(tok, child) -> bool:
    """Right before the verb, or before an auxiliary that is ("has also said", "initially said")."""
    gap = tok.i - child.i
    return gap == 1 or (gap == 2 and tok.doc[child.i + 1].dep_ in AUX_DEPS)


def _is_medium(prep) -> bool:
    return any(g.dep_ == "pobj" and g.lemma_.lower() in lx.MEDIUM_NOUNS for g in prep.children)


def _content(doc, tok, regions: RegionIndex, cue: Range, cue_tokens: list) -> list[Range]:
    lemma = tok.lemma_.lower()
    cue_ids = {t.i for t in cue_tokens}
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    if clauses:
        pieces = [token_range(c.subtree) for c in clauses]
    elif lemma in lx.COGNITION_VERBS and lemma not in lx.SPEECH_VERBS | lx.OBJECT_VERBS and not _shows_evidence(tok):
        xcomps = [c for c in tok.children if c.dep_ == "xcomp" and lemma in lx.INTENTION_VERBS]
        pieces = [token_range(c.subtree) for c in xcomps]
    elif tok.dep_ in ("parataxis",) or (tok.dep_ == "advcl" and _has_mark(tok, "as")):
        pieces = _head_clause_minus(doc, tok)
    else:
        pieces = _nearby_quote(doc, tok, regions) if lemma in lx.QUOTING_VERBS else []
        if not pieces and (lemma in lx.OBJECT_VERBS or lemma in lx.CUE_PREPOSITIONS or _shows_evidence(tok)):
            objects = [
                c
                for c in tok.children
                if c.i > tok.i
                and c.i not in cue_ids
                and c.dep_ in CONTENT_OBJECT_DEPS
                and not _is_time(c)
                and (lemma in lx.OBJECT_VERBS or _shows_evidence(tok))  # others: only their preposition's object
            ]
            objects += [g for c in tok.children if c.i in cue_ids and c.dep_ == "prep" for g in c.children]
            objects += [c for c in tok.children if c.dep_ == "advcl" and _cue_mark(tok, c) is not None]
            if objects:
                tokens = [t for c in objects for t in c.subtree if t.i not in cue_ids]
                pieces = [token_range(tokens)]
        if not pieces and lemma in lx.SPEECH_VERBS:
            pieces = _nearby_quote(doc, tok, regions)
    return _finish_pieces(doc, pieces, regions, cue)


def _shows_evidence(tok) -> bool:
    """ "The poll showed a dead heat": a document or survey as subject of show/find."""
    return tok.lemma_.lower() in lx.EVIDENCE_VERBS and any(
        c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in lx.EVIDENCE_NOUNS for c in tok.children
    )


def _finish_pieces(doc, pieces: list[Range | None], regions: RegionIndex, cue: Range) -> list[Range]:
    """Asides trimmed, snapped to quotation marks, kept to the cue's paragraph, never over the cue."""
    text = doc_text(doc)
    pieces = [_without_trailing_aside(doc, p) for p in pieces if p]
    out = []
    for piece in pieces:
        snapped = _within_cue_paragraph(text, snap(piece, regions, cue), cue, regions)
        trimmed = trim(text, snapped)
        if trimmed and not (trimmed[0] < cue[1] and cue[0] < trimmed[1]) and not _paragraph_between(text, trimmed, cue):
            out.append(trimmed)
    return out


def _from_raw(doc, raw: RawAttribution | None, regions: RegionIndex) -> Attribution | None:
    if raw is None:
        return None
    cue = token_range(raw.cue)
    content = _finish_pieces(doc, [token_range(toks) for toks in raw.content], regions, cue)
    if not content:
        return None
    att = Attribution(cue=cue, content=content, cue_head=raw.cue[0].i)
    if raw.source is not None:
        att.source, att.source_head = source_range(doc, raw.source), raw.source.i
    return att


def _without_trailing_aside(doc, rng: Range) -> Range:
    """Trim the writer's asides at the edges of an indirect statement: a leading "In contrast," and a
    closing ", which …" / ", a neurosurgeon …" / ", saying …" (a cue of its own)."""
    span = doc.char_span(rng[0], rng[1], alignment_mode="expand")
    regions = doc.user_data.get("newsgraph_regions")
    if span is None or len(span) < 3 or (regions is not None and regions.overlapping(*rng)):
        return rng
    start, end = rng
    for tok in span:
        if tok.left_edge.i <= span.start or tok.right_edge.i < span.end - 2 or tok.head.i == tok.i:
            continue
        before = doc[tok.left_edge.i - 1]
        if before.text == "," and _is_aside(tok):
            end = before.idx
            break
    first = span[0]
    if first.dep_ in ("prep", "advmod", "advcl", "npadvmod") and first.head.i >= first.right_edge.i + 1:
        after = doc[first.right_edge.i + 1]
        if after.text == "," and after.i + 1 < span.end:
            start = doc[after.i + 1].idx
    return (start, end) if end > start else rng


def _is_aside(tok) -> bool:
    if tok.dep_ in ("relcl", "appos"):
        return True
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in lx.ALL_CUE_VERBS


DATELINE = re.compile(r"^[A-Z][A-Z .,()]{2,40}\s[―—–-]+\s*")  # "WASHINGTON ―", not "COVID-19"


def _within_cue_paragraph(text: str, piece: Range, cue: Range, regions: RegionIndex) -> Range:
    """A parse that ran a clause across a paragraph break (outside quotation marks) is cut back to
    the cue's side of the break, and a leading dateline ("WASHINGTON ―") is dropped."""
    start, end = piece
    breaks = [m for m in _breaks(text, start, end) if regions.at(m) is None]
    if breaks:
        if end <= cue[0]:
            start = breaks[-1]
        elif start >= cue[1]:
            end = breaks[0]
    dateline = DATELINE.match(text, start, end)
    if dateline:
        start = dateline.end()
    return (start, end) if end > start else piece


def _breaks(text: str, start: int, end: int) -> list[int]:
    found, i = [], text.find("\n\n", start, end)
    while i != -1:
        found.append(i)
        i = text.find("\n\n", i + 2, end)
    return found


def _paragraph_between(text: str, piece: Range, cue: Range) -> bool:
    """A parse that reaches across a paragraph break for its content is wrong."""
    gap = text[piece[1] : cue[0]] if piece[1] <= cue[0] else text[cue[1] : piece[0]]
    return "\n\n" in gap


def _is_time(tok) -> bool:
    return tok.ent_type_ in ("DATE", "TIME") or (
        tok.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in tok.children)
    )


def _has_mark(tok, word: str) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == word for c in tok.children)


def _head_clause_minus(doc, tok) -> list[Range]:
    """The governing clause without the cue clause: "X happened, as police said" → "X happened"."""
    head = tok.head
    skip = {t.i for t in tok.subtree}
    left = [t for t in head.subtree if t.i not in skip and t.i < tok.left_edge.i]
    right = [t for t in head.subtree if t.i not in skip and t.i > tok.right_edge.i]
    return [r for r in (token_range(left), token_range(right)) if r and trim(doc_text(doc), r)]


def _nearby_quote(doc, tok, regions: RegionIndex) -> list[Range]:
    """A speech verb with no clause: the quotation just before or after it in its sentence."""
    sent = tok.sent
    before = [r for r in regions.overlapping(max(sent.start_char - 3, 0), tok.idx) if r.end <= tok.idx]
    if before:
        return [(before[-1].start, before[-1].end)]
    if tok.lemma_.lower() not in lx.QUOTING_VERBS:
        return []
    reach = sent.end_char + 2 if sent[-1].text == ":" else sent.end_char
    after = regions.first_starting_in(tok.idx, reach)
    if after is not None:
        return [(after.start, after.end)]
    return []


def _subject(tok) -> tuple[object | None, int | None]:
    """The speaking subject, or (None, head index) when the subject is the governing clause's."""
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        return min(subjects, key=lambda c: abs(c.i - tok.i)), None  # „Wir sind froh“, Brandt said
    if tok.dep_ == "xcomp":
        subject = next((c for c in tok.head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject, None
    if tok.lemma_.lower() in lx.QUOTING_VERBS and tok.i > 0 and tok.doc[tok.i - 1].is_punct:
        after = next((c for c in tok.children if c.dep_ in ("dobj", "npadvmod", "attr") and c.i > tok.i), None)
        if after is not None and (after.pos_ == "PROPN" or after.ent_type_ == "PERSON"):
            return after, None  # '"…," tells Brent Bozell III': the parser took the speaker for an object
    node = tok
    for _ in range(4):
        if node.dep_ not in INHERIT_DEPS or node.head is node:
            break
        node = node.head
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return None, min(subjects, key=lambda c: abs(c.i - node.i)).i
    return None, None


def source_range(doc, subject, exclude=None) -> Range | None:
    """The subject phrase, without a dateline before a dash or a clause that is itself an attribution."""
    skip = {t.i for t in exclude.subtree} if exclude is not None and exclude.head.i == subject.i else set()
    tokens = [t for t in subject.subtree if not _in_cue_clause(t, subject) and t.i not in skip]
    regions = doc.user_data.get("newsgraph_regions")
    breaks = [
        t.i
        for t in tokens
        if t.i < subject.i
        and (t.text in ("–", "—", "--") or "\n" in t.text or (regions is not None and regions.at(t.idx)))
    ]
    if breaks:  # a dateline, a heading line or a quotation before the subject is not part of it
        tokens = [t for t in tokens if t.i > breaks[-1]]
    return trim(doc_text(doc), token_range(tokens))


def _in_cue_clause(tok, subject) -> bool:
    """Inside a relative clause or apposition of ``subject`` whose verb is a cue ("Barkley, who said …")."""
    node = tok
    while node.i != subject.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "appos") and node.head.i == subject.i:
            return any(t.lemma_.lower() in lx.SPEECH_VERBS for t in node.subtree if t.pos_ == "VERB")
        node = node.head
    return False


def _relay(doc, tok, regions: RegionIndex, consumed: set[int]) -> Attribution | None:
    """ "X quoted Y as saying that …" → speaker Y via X; "Y was quoted by X as saying …".

    Read off the word sequence rather than the parse, which often mislabels "quoted" here."""
    sent = tok.sent
    saying = next(
        (t for t in doc[tok.i + 2 : sent.end] if t.lemma_.lower() in lx.SPEECH_VERBS and doc[t.i - 1].lower_ == "as"),
        None,
    )
    if saying is None or saying.i - tok.i > 16:
        return None
    consumed.add(saying.i)
    between = doc[tok.i + 1 : saying.i - 1]
    if len(between) and between[0].lower_ == "by":  # passive: the speaker is the subject
        via = between[1:]
        speaker = doc[_clause_start(doc, sent, tok) : tok.i]
        while len(speaker) and speaker[-1].dep_ in ("auxpass", "aux"):
            speaker = speaker[:-1]
    else:
        speaker = between
        via = doc[_clause_start(doc, sent, tok) : tok.i]
    cue = token_range(_cue_tokens(tok))
    att = Attribution(cue=cue, content=_content(doc, saying, regions, cue, [saying]), cue_head=tok.i)
    if len(speaker):
        att.source, att.source_head = trim(doc_text(doc), (speaker.start_char, speaker.end_char)), speaker.root.i
    if len(via):
        att.via, att.via_heads = [trim(doc_text(doc), (via.start_char, via.end_char))], [via.root.i]
    att.via = [v for v in att.via if v]
    att.via_heads = att.via_heads[: len(att.via)]
    return att


def _clause_start(doc, sent, tok) -> int:
    """Just after the last comma, semicolon or dash before ``tok`` in its sentence."""
    for t in reversed(doc[sent.start : tok.i]):
        if t.text in (",", ";", "–", "—", ":"):
            return t.i + 1
    return sent.start


# --- according to, colons ----------------------------------------------------------------------


def _according_to(doc, tok, regions: RegionIndex) -> Attribution | None:
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    phrase = {tok.i, to.i} | {t.i for t in pobj.subtree} | {t.i for t in tok.subtree}
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    scope = list(clause.subtree) if clause.pos_ in ("VERB", "AUX") else list(tok.sent)
    left = [t for t in scope if t.i < min(phrase)]
    right = [t for t in scope if t.i > max(phrase)]
    cue = (tok.idx, to.idx + len(to.text))
    pieces = [trim(doc_text(doc), r) for r in (token_range(left), token_range(right)) if r]
    pieces = [snap(p, regions, cue) for p in pieces if p and p[1] - p[0] > 2]
    att = Attribution(cue=cue, content=[p for p in (trim(doc_text(doc), p) for p in pieces) if p], cue_head=tok.i)
    att.source, att.source_head = source_range(doc, pobj), pobj.i
    return att


def _colon_attributions(doc, regions: RegionIndex, found: list[Attribution]) -> list[Attribution]:
    """ "Trump on Twitter: "…"" — a short name phrase, a colon, then a quotation."""
    taken = {a.cue_head for a in found}
    out = []
    for sent in doc.sents:
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is None:
            continue
        dashes = [t.i for t in sent if t.i < colon.i and t.text in ("-", "–", "—")]
        start = dashes[-1] + 1 if dashes else sent.start  # "HEADLINE - Jeffrey Jones: “…”"
        if colon.i - start > 8:
            continue
        left = [t for t in sent if start <= t.i < colon.i]
        if any(t.i in taken or t.pos_ == "VERB" for t in left):
            continue
        region = regions.first_starting_in(colon.idx + 1, colon.idx + 4)
        names = [t for t in left if t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("PERSON", "ORG")]
        if region is None or not names:
            continue
        head = max(names, key=lambda t: t.i if t.dep_ != "compound" else -1)
        source = trim(doc_text(doc), token_range([t for t in left if t.i >= head.left_edge.i and t.i <= head.i]))
        att = Attribution(cue=(colon.idx, colon.idx + 1), content=[(region.start, region.end)], cue_head=colon.i)
        att.source, att.source_head = source, head.i
        out.append(att)
    return out


LABEL_LINE = re.compile(r"^[ \t]*([A-Z][^\n:]{0,60}?)[ \t]*(:)[ \t]+(\S[^\n]*)$", re.MULTILINE)
NOT_SPEAKERS = {
    "note",
    "update",
    "related",
    "photo",
    "photos",
    "video",
    "watch",
    "read",
    "see",
    "also",
    "correction",
    "disclosure",
    "source",
    "sources",
    "editor",
    "warning",
    "tags",
    "share",
    "advertisement",
    "credit",
    "updated",
    "posted",
    "published",
    "by",
    "listen",
    "subscribe",
    "follow",
}


def _label_lines(doc, found: list[Attribution]) -> list[Attribution]:
    """ "Sanders: Clinton Email Story Has Moved." / "Q: …" — a short name, a colon, the statement to line end."""
    text = doc_text(doc)
    cues = {a.cue[0] for a in found if a.cue}
    out = []
    for match in LABEL_LINE.finditer(text):
        label = match.group(1)
        words = label.split()
        if not words or len(words) > 6 or words[0].lower().strip("'’s") in NOT_SPEAKERS or label[-1] in ".!?,":
            continue
        if any(start <= cue < match.end(3) for cue in cues for start in [match.start(1)]):
            continue
        content = trim(text, (match.start(3), match.end(3)))
        head = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if content is None or head is None or any(t.pos_ == "VERB" for t in head):
            continue
        att = Attribution(cue=(match.start(2), match.end(2)), content=[content], cue_head=head.root.i)
        att.source, att.source_head = (match.start(1), match.end(1)), head.root.i
        out.append(att)
    return out


# --- clean-up ----------------------------------------------------------------------------------


def _drop_nested(found: list[Attribution], regions: RegionIndex) -> list[Attribution]:
    """Keep outermost attributions: none whose cue sits inside a quotation or another's content."""
    found = [a for a in found if a.cue is None or regions.at(a.cue[0]) is None]
    contents = sorted((r for a in found for r in a.content), key=lambda r: r[0])
    starts = [r[0] for r in contents]
    from bisect import bisect_right

    kept = []
    for att in found:
        if att.cue is None:
            kept.append(att)
            continue
        i = bisect_right(starts, att.cue[0]) - 1
        inside = False
        while i >= 0 and i >= bisect_right(starts, att.cue[0]) - 8:
            if contents[i][0] <= att.cue[0] and att.cue[1] <= contents[i][1]:
                inside = True
                break
            i -= 1
        if not inside:
            kept.append(att)
    return kept


def _add_continuations(doc, found: list[Attribution], regions: RegionIndex) -> None:
    """ "A," he said, "B." "C." — quotations that follow a quoted statement in its paragraph, with no
    words of the writer between them, are further pieces of it."""
    text = doc_text(doc)
    claimed = {(r.start, r.end) for a in found for p in a.content for r in regions.overlapping(*p)}
    cues = sorted(a.cue[0] for a in found if a.cue)
    for att in found:
        if att.cue is None or not att.content or not any(regions.overlapping(*p) for p in att.content):
            continue
        next_cue = next((c for c in cues if c > att.cue[1]), len(text))
        sent = doc[att.cue_head].sent
        reach = _next_sentence_start(doc, sent) + 2
        position = max(att.end, att.source[1] if att.source else 0)
        for _ in range(50):
            region = regions.first_starting_in(position, max(reach, position + 3))
            if region is None or (region.start, region.end) in claimed or region.start > next_cue:
                break
            if "\n\n" in text[position : region.start]:
                break
            claimed.add((region.start, region.end))
            att.content.append((region.start, region.end))
            position = reach = region.end


def _next_sentence_start(doc, sent) -> int:
    if sent.end < len(doc):
        return doc[sent.end].idx
    return len(doc_text(doc))


def _kind(text: str, content: list[Range], regions: RegionIndex) -> str:
    if all(is_direct(text, piece, regions) for piece in content):
        return "direct"
    if any(regions.overlapping(*piece) for piece in content):
        return "mixed"
    return "indirect"
