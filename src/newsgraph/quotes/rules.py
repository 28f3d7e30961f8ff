"""Attributions read off a spaCy parse: cue, source, content pieces and relays.

One pass over the tokens finds cue verbs, "according to" and colon attributions; each rule is
local to a token's dependents, so the whole pass is linear in the article length.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.quotes import lexicon as lx
from newsgraph.quotes.marks import find_quote_regions
from newsgraph.quotes.spans import Range, RegionIndex, is_direct, snap, token_range, trim

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


def find_attributions(doc) -> list[Attribution]:
    text = doc.text
    regions = RegionIndex(find_quote_regions(text))
    found: list[Attribution] = []
    by_cue: dict[int, Attribution] = {}
    consumed: set[int] = set()
    for tok in doc:
        if tok.i in consumed:
            continue
        att = None
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            att = _according_to(doc, tok, regions)
        elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lx.ALL_CUE_VERBS:
            att = _verb_attribution(doc, tok, regions, consumed)
        if att is None or not att.content:
            continue
        joined = by_cue.get(tok.head.i) if _continues_statement(tok) else None
        if joined is not None:
            joined.content.extend(att.content)  # "accused X of A and said B": one statement, two pieces
            continue
        by_cue[tok.i] = att
        found.append(att)
    found.extend(_colon_attributions(doc, regions, found))
    found = _drop_nested(found, regions)
    found.sort(key=lambda a: a.cue[0] if a.cue else a.content[0][0])
    _add_continuations(doc, found, regions)
    for att in found:
        att.kind = _kind(text, att.content, regions)
    return found


def _continues_statement(tok) -> bool:
    """A conjoined cue with no subject of its own continues the first, unless it opens a new one ("and added")."""
    return (
        tok.dep_ == "conj"
        and tok.lemma_.lower() not in lx.NEW_STATEMENT_VERBS
        and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)
    )


# --- cue verbs ---------------------------------------------------------------------------------


def _verb_attribution(doc, tok, regions: RegionIndex, consumed: set[int]) -> Attribution | None:
    lemma = tok.lemma_.lower()
    if tok.dep_ == "amod" or (tok.tag_ in ("VBN",) and tok.dep_ in ("amod", "acl") and lemma not in lx.RELAY_VERBS):
        return None
    if lemma in lx.RELAY_VERBS:
        relay = _relay(doc, tok, regions, consumed)
        if relay is not None:
            return relay
    cue_tokens = _cue_tokens(tok)
    cue = token_range(cue_tokens)
    content = _content(doc, tok, regions, cue, cue_tokens)
    if not content:
        return None
    source, head = _subject(tok)
    att = Attribution(cue=cue, content=content, cue_head=tok.i)
    if source is not None:
        att.source, att.source_head = source_range(doc, source), source.i
    elif head is not None:
        att.source_head = head  # inherited: the governing clause's subject speaks
    elif tok.dep_ in ("nsubjpass",) or any(c.dep_ == "nsubjpass" for c in tok.children):
        return None  # "it was said that …": keep only what has a speaker or a clear cue
    return att


def _cue_tokens(tok) -> list:
    tokens = [tok]
    for child in tok.children:
        if (
            (child.i < tok.i and child.dep_ in AUX_DEPS and tok.i - child.i <= 3)
            or (child.i < tok.i and child.dep_ == "advmod" and child.lower_ == "also" and tok.i - child.i <= 2)
            or (child.dep_ == "prt" and child.i == tok.i + 1)
            or (
                child.dep_ == "prep"
                and child.i == tok.i + 1
                and child.lower_ in lx.CUE_PREPOSITIONS.get(tok.lemma_.lower(), ())
            )
        ):
            tokens.append(child)
    return tokens


def _content(doc, tok, regions: RegionIndex, cue: Range, cue_tokens: list) -> list[Range]:
    text = doc.text
    lemma = tok.lemma_.lower()
    cue_ids = {t.i for t in cue_tokens}
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    if clauses:
        pieces = [token_range(c.subtree) for c in clauses]
    elif lemma in lx.COGNITION_VERBS and lemma not in lx.SPEECH_VERBS:
        xcomps = [
            c for c in tok.children if c.dep_ == "xcomp" and lemma in {"want", "plan", "intend", "hope", "expect"}
        ]
        pieces = [token_range(c.subtree) for c in xcomps]
    elif tok.dep_ in ("parataxis",) or (tok.dep_ == "advcl" and _has_mark(tok, "as")):
        pieces = _head_clause_minus(doc, tok)
    else:
        pieces = []
        if lemma in lx.OBJECT_VERBS or lemma in lx.CUE_PREPOSITIONS:
            objects = [
                c
                for c in tok.children
                if c.i > tok.i and c.i not in cue_ids and c.dep_ in CONTENT_OBJECT_DEPS and not _is_time(c)
            ]
            objects += [g for c in tok.children if c.i in cue_ids and c.dep_ == "prep" for g in c.children]
            if objects:
                tokens = [t for c in objects for t in c.subtree]
                pieces = [token_range(tokens)]
        if not pieces and lemma in lx.SPEECH_VERBS:
            pieces = _nearby_quote(doc, tok, regions)
    pieces = [p for p in pieces if p]
    out = []
    for piece in pieces:
        snapped = snap(piece, regions, cue)
        trimmed = trim(text, snapped)
        if trimmed and not (trimmed[0] < cue[1] and cue[0] < trimmed[1]):
            out.append(trimmed)
    return out


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
    return [r for r in (token_range(left), token_range(right)) if r and trim(doc.text, r)]


def _nearby_quote(doc, tok, regions: RegionIndex) -> list[Range]:
    """A speech verb with no clause: the quotation just before or after it in its sentence."""
    sent = tok.sent
    before = [r for r in regions.overlapping(sent.start_char, tok.idx) if r.end <= tok.idx]
    if before:
        return [(before[-1].start, before[-1].end)]
    after = regions.first_starting_in(tok.idx, sent.end_char + 2)
    if after is not None:
        return [(after.start, after.end)]
    return []


def _subject(tok) -> tuple[object | None, int | None]:
    """The speaking subject, or (None, head index) when the subject is the governing clause's."""
    for child in tok.children:
        if child.dep_ in SUBJECT_DEPS:
            return child, None
    node = tok
    for _ in range(4):
        if node.dep_ not in INHERIT_DEPS or node.head is node:
            break
        node = node.head
        for child in node.children:
            if child.dep_ in SUBJECT_DEPS:
                return None, child.i
    return None, None


def source_range(doc, subject) -> Range | None:
    return trim(doc.text, token_range(subject.subtree))


def _relay(doc, tok, regions: RegionIndex, consumed: set[int]) -> Attribution | None:
    """ "X quoted Y as saying that …" → speaker Y via X; "Y was quoted by X as saying …"."""
    saying = None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"):
        saying = next((g for g in prep.children if g.lemma_.lower() in lx.SPEECH_VERBS), None)
    if saying is None:
        return None
    consumed.add(saying.i)
    speaker = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    relay = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if relay is None:
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        relay = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    cue = token_range(_cue_tokens(tok))
    content = _content(doc, saying, regions, cue, [saying])
    att = Attribution(cue=cue, content=content, cue_head=tok.i)
    if speaker is not None:
        att.source, att.source_head = source_range(doc, speaker), speaker.i
    if relay is not None:
        att.via, att.via_heads = [source_range(doc, relay)], [relay.i]
    return att


# --- according to, colons ----------------------------------------------------------------------


def _according_to(doc, tok, regions: RegionIndex) -> Attribution | None:
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    phrase = {tok.i, to.i} | {t.i for t in pobj.subtree} | {t.i for t in tok.subtree}
    sent = tok.sent
    left = [t for t in sent if t.i < min(phrase)]
    right = [t for t in sent if t.i > max(phrase)]
    cue = (tok.idx, to.idx + len(to.text))
    pieces = [trim(doc.text, r) for r in (token_range(left), token_range(right)) if r]
    pieces = [snap(p, regions, cue) for p in pieces if p and p[1] - p[0] > 2]
    att = Attribution(cue=cue, content=[p for p in (trim(doc.text, p) for p in pieces) if p], cue_head=tok.i)
    att.source, att.source_head = source_range(doc, pobj), pobj.i
    return att


def _colon_attributions(doc, regions: RegionIndex, found: list[Attribution]) -> list[Attribution]:
    """ "Trump on Twitter: "…"" — a short name phrase, a colon, then a quotation."""
    taken = {a.cue_head for a in found}
    out = []
    for sent in doc.sents:
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is None or colon.i - sent.start > 8:
            continue
        left = [t for t in sent if t.i < colon.i]
        if any(t.i in taken or t.pos_ == "VERB" for t in left):
            continue
        region = regions.first_starting_in(colon.idx + 1, colon.idx + 4)
        names = [t for t in left if t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("PERSON", "ORG")]
        if region is None or not names:
            continue
        head = max(names, key=lambda t: t.i if t.dep_ != "compound" else -1)
        source = trim(doc.text, token_range([t for t in left if t.i >= head.left_edge.i and t.i <= head.i]))
        att = Attribution(cue=(colon.idx, colon.idx + 1), content=[(region.start, region.end)], cue_head=colon.i)
        att.source, att.source_head = source, head.i
        out.append(att)
    return out


# --- clean-up ----------------------------------------------------------------------------------


def _drop_nested(found: list[Attribution], regions: RegionIndex) -> list[Attribution]:
    """Keep outermost attributions: none whose cue sits inside a quotation or another's content."""
    contents = sorted((r for a in found for r in a.content), key=lambda r: r[0])
    starts = [r[0] for r in contents]
    from bisect import bisect_right

    kept = []
    for att in found:
        if att.cue is None:
            kept.append(att)
            continue
        if regions.at(att.cue[0]) is not None:
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
    """ "A," he said, "B." — the quotation right after a cue that followed a quotation is its next piece."""
    claimed = {(r.start, r.end) for a in found for p in a.content for r in regions.overlapping(*p)}
    for att in found:
        if att.cue is None or not att.content or att.content[-1][1] > att.cue[0]:
            continue
        if not is_direct(doc.text, att.content[-1], regions):
            continue
        sent = doc[att.cue_head].sent
        limit = _next_sentence_start(doc, sent) + 2
        region = regions.first_starting_in(att.cue[1], limit)
        if region is None or (region.start, region.end) in claimed:
            continue
        if "\n\n" in doc.text[att.cue[1] : region.start]:
            continue
        claimed.add((region.start, region.end))
        att.content.append((region.start, region.end))


def _next_sentence_start(doc, sent) -> int:
    if sent.end < len(doc):
        return doc[sent.end].idx
    return len(doc.text)


def _kind(text: str, content: list[Range], regions: RegionIndex) -> str:
    if all(is_direct(text, piece, regions) for piece in content):
        return "direct"
    if any(regions.overlapping(*piece) for piece in content):
        return "mixed"
    return "indirect"
