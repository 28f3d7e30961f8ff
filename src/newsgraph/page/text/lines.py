"""What one line of a text page is: site chrome, a byline, a date stamp, a caption, a credit
line, a breadcrumb — or story text. General patterns only; nothing here names a site."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Scripts written without spaces: two characters count as about one word.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
SENTENCE_END = re.compile(r"""[.!?…。！？]["'”’)\]」』]*$|[.!?]["'”’]?\s*\(\w[^)]*\)$""")


def count_words(text: str) -> int:
    unspaced = len(UNSPACED.findall(text))
    if not unspaced:
        return len(WORD.findall(text))
    return len(WORD.findall(UNSPACED.sub(" ", text))) + unspaced // 2


BULLET = re.compile(r"^(?:[*+•·▪►-]|\d{1,2}[.)])\s+")

# Site chrome, matched at the start of the line (fast) or anywhere in it (a few legal phrases).
_CHROME_START = re.compile(
    r"""(?ix)(?:
    powered\ by\b | back\ to\ (?:the\ )?top\b | skip\ to\b | jump\ to\b | advertisement$ | sponsored(?:\ content)?$
    | (?:sign\ (?:in|up)|log\ ?in|log\ out|register|subscribe(?:\ now)?|newsletters?|search|menu|home|close
        |share|print|e-?mail|tweet|comments?|more|next|previous|open|toggle|loading\.*|top
        |reply|like|report|flag|permalink|upvote|downvote|\d+\ (?:likes?|replies|votes?|points?|shares?|views?))$
    | (?:share|follow\ us|follow)\b.{0,40}\b(?:facebook|twitter|linkedin|whatsapp|instagram|email|on|this)\b
    | (?:facebook|twitter|linkedin|whatsapp|instagram|pinterest|reddit|telegram|youtube)(?:[\s|/·,]+\w+){0,6}$
    | (?:read|see)\ (?:more|also|next)\b | related(?:\ (?:stories|articles|news|coverage|content|posts|topics|links))?\s*:?$
    | (?:most\ (?:popular|read|viewed|shared|commented)|trending(?:\ now)?|latest\ (?:news|stories)|top\ stories
        |you\ (?:may|might)\ also\ like|recommended(?:\ for\ you)?|more\ (?:from|on|stories)\b.{0,40})$
    | (?:privacy(?:\ policy)?|terms\ (?:of\ (?:use|service)|and\ conditions)|contact\ us|about\ us|site\ ?map
        |advertise(?:\ with\ us)?|careers|faqs?|help|accessibility)$
    | (?:image|photo|picture|slide)?\s?\d+\ ?of\ ?\d+$ | (?:click|tap)\ here\b | (?:next|previous)\ (?:article|story|post)\b | (?:page\ not\ found|404\b|error\ 404)
    )"""
)
_CHROME_ANYWHERE = re.compile(
    r"(?i)registration (?:number|no)\b|licen[cs]e (?:for|number|no)\b|\bICP\b.{0,20}\d|we use cookies|cookie (?:policy|settings"
    r"|preferences)|accept (?:all )?cookies|enable javascript|(?:on|of|use) this (?:web)?site\b"
)
# Calls to action: chrome when the line is short, wherever the words sit in it.
_CALL_TO_ACTION = re.compile(
    r"\b(?:subscribe|subscription|newsletters?|sign\ up|log\ in|sign\ in|cookies?|unsubscribe|download\ (?:the|our)\ app"
    r"|follow\ us|share\ (?:this|on|to)|click\ here|your\ inbox|news\ alerts|all\ rights\ reserved|terms\ of\ (?:use|service)|privacy\ policy)\b",
    re.I | re.X,
)
# Chrome at any length: a legal footer can run to a paragraph.
_LEGAL = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|©\s*(?:19|20)\d\d|registered trademarks? of"
    r"|information (?:provided|contained|published) (?:on|in) this (?:web)?site",
    re.I,
)
_BREADCRUMB_SPLIT = re.compile(r"\s+(?:\||>|»|›|/|→)\s+")
_BYLINE = re.compile(r"^(?:by|written\ by|words\ by|story\ by|author\s*:)\s*(?P<rest>\S.{0,200})$", re.I | re.X)
_LONE_BY = re.compile(r"^(?:by|written by|author)\s*:?$", re.I)
_STAMP = re.compile(
    r"^(?P<label>last\ updated|updated|published|first\ published|posted|modified|date)\s*(?:on|at)?\s*:?\s*(?P<date>.+)$",
    re.I | re.X,
)
_CAPTION_CREDIT = re.compile(
    r"""(?ix)
    \s*(?:\[\s*(?:photo|photograph|image|picture|file\ photo|video)\s*[/:]\s*(?P<c1>[^\]]{2,60}?)\s*\]
    | \(\s*(?:photo|image|picture|photo\ credit|credit)\s*[:/]\s*(?P<c2>[^)]{2,60}?)\s*\)
    | \((?P<c3>[A-Z][\w.]*\s+(?:photo|images?)(?:/[^)]{2,60})?)\)
    | (?:photo|image|picture|photo\ credit)\s*:\s*(?P<c4>[A-Z][^.]{1,60}?)
    | credit\s*(?:\.{3}|…|:)\s*(?P<c5>\S[^.]{1,80}?)
    | image\ copyright\s+(?P<c6>[A-Z][^.]{1,60}?)
    )\s*$"""
)
_CREDIT_LINE = re.compile(
    r"""(?ix)^(?:
    [\w .,&'’-]{2,80}?\ contributed\ (?:to\ )?(?:this|the)\ (?:story|report|article)
    | \(?(?:additional\ )?(?:reporting|writing|editing|edited|compiled|translated)\ by\b.{2,200}
    | this\ (?:story|article|report)\ (?:was|has\ been)\ (?:updated|corrected|produced|written)\b.{0,200}
    )\.?\)?$"""
)
# Lines that open the comments: the story is over.
_COMMENTS = re.compile(
    r"""(?ix)^(?:
    \d+\s+(?:comments?|responses?|replies|reactions)\b.{0,80}
    | (?:comments?|responses?|discussion|conversation|reader\ comments)(?:\s*\(\d+\))?\s*:?
    | (?:leave|post|add|write|submit)\ (?:a|your)\ (?:comment|reply|response)\b.{0,40}
    | (?:join|start)\ the\ (?:discussion|conversation)\b.{0,40}
    | comments\ are\ closed\b.{0,20} | (?:show|view|read|load|see)\ (?:all\ )?(?:\d+\ )?comments\b.{0,20}
    | \[?\s*(?:read|view)\ all\ comments\s*]? | top\ rated\ comments | \d+\ (?:responses|thoughts|replies)\ (?:to|on)\b.{0,120}
    | (?:\d+\.\s+)?[\w.@-]+\ says:
    | .{1,60}\ on\ .{6,40}\ (?:said|says|wrote):
    )$"""
)
# Headers of link boxes (related, recommended, popular): inside or after a story, never story text.
_LINK_BOX = re.compile(
    r"""(?ix)^(?:related(?:\ (?:posts|articles|stories|content|news|coverage|reading|links|videos|topics))?
    |you\ (?:may|might)\ (?:also\ )?(?:like|enjoy|be\ interested\ in)|recommended(?:\ for\ you|\ stories|\ articles)?
    |more\ (?:stories|articles|news|from\ .{2,30})|read\ next|up\ next|what\ to\ read\ next|editor'?s\ picks?
    |recent\ (?:posts|articles|blog\ posts|stories|news)|popular\ (?:posts|stories|articles)|latest\ (?:news|stories|posts)
    |most\ (?:popular|read|viewed|shared|commented)(?:\ (?:stories|articles))?|trending(?:\ now|\ stories)?
    |(?:from\ )?around\ the\ web|sponsored\ (?:stories|links|content)|post\ navigation)\s*:?$"""
)
# A byline's second line: the writer's role ("Staff Writer", "Senior Business Correspondent").
_ROLE_LINE = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor|journalist)s?$", re.I
)
CREDIT_TAIL_CHARS = 120
# A photo credit on a line of its own: "(Image credit: NASA)", "Photo: Jan Berg/AP".
_CREDIT_ONLY = re.compile(
    r"^\(?\s*(?:image|photo|picture|video|photograph)\s*(?:credit)?\s*[:/]\s*(?P<credit>[^()]{2,60}?)\s*\)?$", re.I
)
# A gallery caption rendered with its counter: "2of4A shopper looks at ..."
_GALLERY_CAPTION = re.compile(r"^\d+\s?of\s?\d+(?=[A-Z])")
_HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


class Kind(StrEnum):
    TEXT = "text"
    END = "end"  # opens the comments: the story is over
    LINKS = "links"  # header of a box of links (related, recommended)
    CHROME = "chrome"
    BREADCRUMB = "breadcrumb"
    BYLINE = "byline"
    STAMP = "stamp"
    CAPTION = "caption"
    CREDIT = "credit"


def classify(line: str) -> Kind:
    words = count_words(line)
    if words <= 25 and _COMMENTS.match(line.lstrip("*+•- ")):
        return Kind.END
    if words <= 8 and _LINK_BOX.match(line.lstrip("*+•- ")):
        return Kind.LINKS
    if (words <= 40 and (_CHROME_START.match(line) or _CHROME_ANYWHERE.search(line))) or (
        words <= 120 and _LEGAL.search(line)
    ):
        return Kind.CHROME
    if words <= 20 and _CALL_TO_ACTION.search(line):
        return Kind.CHROME
    if (caption_credit(line) and words >= 3) or _CREDIT_ONLY.match(line) or _GALLERY_CAPTION.match(line):
        return Kind.CAPTION
    if words <= 40 and _CREDIT_LINE.match(line):
        return Kind.CREDIT
    if (words <= 30 and _BYLINE.match(line) and (parse_byline(line)[0] or "|" in line)) or (
        words <= 5 and _ROLE_LINE.match(line)
    ):
        return Kind.BYLINE
    if _LONE_BY.match(line):
        return Kind.BYLINE
    if words <= 12 and parse_stamp(line)[1]:
        return Kind.STAMP
    if breadcrumb_parts(line):
        return Kind.BREADCRUMB
    return Kind.TEXT


def breadcrumb_parts(line: str) -> list[str] | None:
    """ "Home | Europe" → ["Home", "Europe"]; None when the line is not a breadcrumb."""
    parts = [p.strip() for p in _BREADCRUMB_SPLIT.split(line) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 4 or SENTENCE_END.search(p) for p in parts):
        return None
    return parts


def caption_parts(line: str) -> tuple[str, str | None]:
    """(caption text, credit) of a line classified as a caption; text is empty for a bare credit."""
    if match := _CREDIT_ONLY.match(line):
        return "", match.group("credit")
    line = _GALLERY_CAPTION.sub("", line)
    return caption_credit(line) or (line, None)


def credit_only(line: str) -> bool:
    return bool(_CREDIT_ONLY.match(line))


def caption_credit(line: str) -> tuple[str, str] | None:
    """(caption text, credit) when the line ends with a photo credit."""
    cut = max(0, len(line) - CREDIT_TAIL_CHARS)  # a credit sits at the end: search only there
    match = _CAPTION_CREDIT.search(line, cut)
    if not match:
        return None
    credit = next(g for g in match.groups() if g)
    return line[: match.start()].strip(), credit.strip()


def parse_stamp(line: str) -> tuple[str | None, datetime | None]:
    """("updated"|"published", when) for "Updated: 2022-03-11 07:03" or a line that is only a date."""
    match = _STAMP.match(line.strip())
    if match:
        label = match.group("label").lower()
        kind = "updated" if ("updat" in label or "modif" in label) else "published"
        return kind, parse_date(match.group("date"))
    if count_words(line) <= 8 and _HAS_YEAR.search(line):
        when = parse_date(line)
        return ("published", when) if when else (None, None)
    return None, None


def parse_date(text: str) -> datetime | None:
    """A date (and time) written out in a stamp, or None. dateutil: strict, no fuzzy guessing."""
    from dateutil import parser

    text = re.sub(r"\s*\|.*$", "", text).strip(" .,")
    if not _HAS_YEAR.search(text) or len(text) > 60:
        return None
    try:
        return parser.parse(text, ignoretz=True, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None


def parse_byline(line: str) -> tuple[list[str], str | None, str | None, list[str]]:
    """ "By REN QI in Moscow | CHINA DAILY | Updated: …" → (authors, place, outlet, other parts)."""
    from newsgraph.page.dateline import byline_place
    from newsgraph.page.names import clean_authors, smart_title

    match = _BYLINE.match(line.strip())
    if not match:
        return [], None, None, []
    parts = [p.strip() for p in re.split(r"\s+[|•·]\s+|\s+[—–]\s+", match.group("rest")) if p.strip()]
    authors = clean_authors(parts[0])
    place = byline_place(parts[0])
    outlet = None
    for part in parts[1:]:
        if outlet is None and not parse_stamp(part)[1] and 1 <= len(part.split()) <= 5 and part[:1].isupper():
            outlet = smart_title(part)
    return authors, place, outlet, parts[1:]


def is_sentence(line: str) -> bool:
    return bool(SENTENCE_END.search(line))
