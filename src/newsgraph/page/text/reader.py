"""Read a plain-text page into an Article: story body with its offset map, and the metadata
lines around it (headline, byline, outlet, section, stamps, captions, credit lines)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from newsgraph.page.dateline import body_dateline
from newsgraph.page.names import clean_authors, smart_title
from newsgraph.page.text.blocks import Block, split_blocks
from newsgraph.page.text.lines import (
    Kind,
    breadcrumb_parts,
    caption_parts,
    classify,
    count_words,
    credit_only,
    is_sentence,
    parse_byline,
    parse_date,
    parse_stamp,
)
from newsgraph.page.text.story import MIN_STORY_WORDS, best_run, block_scores, looks_like_link_list, story_words
from newsgraph.readers.base import RawInput
from newsgraph.records import Article, Caption, Segment

HEADLINE_LOOKBACK = 8
BYLINE_LOOKAHEAD = 4
LONE_BY = {"by", "written by", "author"}
CREDIT_LOOKAHEAD = 3
_COPYRIGHT_OWNER = re.compile(
    r"(?:©|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{0,4})?\s*)?(?P<owner>[A-Z][\w&.' ]{2,50})"
)
_SEPARATOR = "\n\n"


@dataclass
class Page:
    blocks: list[Block]
    kinds: list[Kind]
    meta: dict = field(default_factory=dict)
    captions: list[Caption] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # blocks read as metadata


def read_text_page(text: str, raw: RawInput) -> Article:
    blocks = split_blocks(text)
    page = Page(blocks, _attach_credits(blocks, [classify(b.text) for b in blocks]))
    run = best_run(block_scores(blocks, page.kinds))
    if run is None or looks_like_link_list(blocks, page.kinds, run):
        return _no_story(page, raw)
    if story_words(blocks, page.kinds, run) < MIN_STORY_WORDS and not _is_bare_text(page):
        return _no_story(page, raw)  # a little prose among site chrome: an error page, a stub
    run = _start_after_byline(page, run)
    head = _find_headline(page, run[0])
    _read_metadata(page, (head + 1 if head is not None else max(0, run[0] - HEADLINE_LOOKBACK)), run)
    body_blocks = [i for i in range(*run) if page.kinds[i] == Kind.TEXT and i not in page.used]
    article = _build_article(page, body_blocks, raw)
    if raw.input_format == "sgml" and raw.title:
        article.headline = raw.title  # a wire archive's <TITLE> is the headline; its body holds none
    else:
        article.headline = page.blocks[head].text if head is not None else raw.title
    article.removed = [
        b.text for i, b in enumerate(blocks) if i not in page.used and i != head and i not in set(body_blocks)
    ]
    return article


def _attach_credits(blocks: list[Block], kinds: list[Kind]) -> list[Kind]:
    """A bare photo credit line makes the short line above it a caption; a lone "By" makes the
    line below it the byline."""
    for i in range(1, len(blocks)):
        lone_by = kinds[i - 1] == Kind.BYLINE and blocks[i - 1].text.lower().rstrip(": ") in LONE_BY
        if lone_by and kinds[i] == Kind.TEXT and clean_authors(blocks[i].text):
            kinds[i] = Kind.BYLINE
        bare_credit = kinds[i] == Kind.CAPTION and credit_only(blocks[i].text)
        if bare_credit and kinds[i - 1] == Kind.TEXT and count_words(blocks[i - 1].text) <= 60:
            kinds[i - 1] = Kind.CAPTION
    return kinds


def _is_bare_text(page: Page) -> bool:
    """Text with no site chrome at all (a short note, a one-paragraph brief) is read as it is."""
    return all(kind not in _SITE_KINDS for kind in page.kinds)


_SITE_KINDS = (Kind.CHROME, Kind.LINKS, Kind.END, Kind.BREADCRUMB)


def _start_after_byline(page: Page, run: tuple[int, int]) -> tuple[int, int]:
    """A run that opens with headline lines and then a byline or stamp starts after them: the
    lines above a byline are the headline and standfirst, not the story."""
    for j in range(run[0], min(run[0] + BYLINE_LOOKAHEAD, run[1] - 1)):
        if page.kinds[j] in (Kind.BYLINE, Kind.STAMP):
            before = [count_words(page.blocks[i].text) for i in range(run[0], j) if page.kinds[i] == Kind.TEXT]
            if before and max(before) <= 40:
                return j + 1, run[1]
    return run


def _find_headline(page: Page, start: int) -> int | None:
    """The title line: the nearest line above the story that reads like a headline."""
    for i in range(start - 1, max(-1, start - 1 - HEADLINE_LOOKBACK), -1):
        kind, text = page.kinds[i], page.blocks[i].text
        if kind in (Kind.BYLINE, Kind.STAMP, Kind.CAPTION, Kind.CHROME):
            continue
        if kind != Kind.TEXT:
            return None
        words = count_words(text)
        if 3 <= words <= 30 and (not is_sentence(text) or text.rstrip()[-1:] in "?!"):
            return i
        if words > 30:
            return None
    return None


def _read_metadata(page: Page, first: int, run: tuple[int, int]) -> None:
    for i in range(first, min(len(page.blocks), run[1] + CREDIT_LOOKAHEAD)):
        kind, text = page.kinds[i], page.blocks[i].text
        if kind == Kind.BYLINE:
            if "authors" not in page.meta:
                _read_byline(page, text)
        elif kind == Kind.STAMP:
            label, when = parse_stamp(text)
            page.meta.setdefault(label, when)
        elif kind == Kind.CAPTION:
            caption, credit = caption_parts(text)
            if not caption:  # a bare credit line: it belongs to the caption above it
                if page.captions and page.captions[-1].credit is None:
                    page.captions[-1].credit = credit
                page.used.add(i)
                continue
            page.captions.append(
                Caption(text=caption, credit=credit, source_start=page.blocks[i].start, source_end=page.blocks[i].end)
            )
        elif kind == Kind.CREDIT:
            page.credits.append(text)
        else:
            continue
        page.used.add(i)
    page.meta.setdefault("section", _section(page, run[0]))
    page.meta.setdefault("outlet", _copyright_owner(page))


def _read_byline(page: Page, text: str) -> None:
    if text.lower().rstrip(": ") in LONE_BY:
        return
    authors, place, outlet, rest = parse_byline(text if _starts_with_by(text) else f"By {text}")
    if not authors:
        return  # a role line ("Staff Writer")
    page.meta.update(authors=authors, dateline=place)
    if outlet:
        page.meta["outlet"] = outlet
    for part in rest:
        label, when = parse_stamp(part)
        if when:
            page.meta.setdefault(label, when)


def _starts_with_by(text: str) -> bool:
    return bool(re.match(r"(?:by|written by|words by|story by|author\s*:)", text, re.I))


def _section(page: Page, start: int) -> str | None:
    for i in range(start - 1, -1, -1):
        if page.kinds[i] == Kind.BREADCRUMB:
            parts = breadcrumb_parts(page.blocks[i].text) or []
            return parts[-1] if parts else None
    return None


def _copyright_owner(page: Page) -> str | None:
    for block, kind in zip(page.blocks, page.kinds, strict=True):
        if kind == Kind.CHROME and (match := _COPYRIGHT_OWNER.search(block.text)):
            owner = re.split(r"\.\s|\s(?:all rights|ltd|inc)\b", match.group("owner"), flags=re.I)[0].strip(" .,")
            if 1 <= len(owner.split()) <= 5:
                return smart_title(owner)
    return None


def _build_article(page: Page, body_blocks: list[int], raw: RawInput) -> Article:
    parts, segments, cursor = [], [], 0
    for i in body_blocks:
        block = page.blocks[i]
        segments.append(Segment(body_start=cursor, source_start=block.start, length=len(block.text)))
        parts.append(block.text)
        cursor += len(block.text) + len(_SEPARATOR)
    body = _SEPARATOR.join(parts)
    city, _agency = body_dateline(body)
    meta = page.meta
    article = Article(
        source=raw.source,
        url=raw.url,
        input_format=raw.input_format,
        authors=meta.get("authors", []),
        outlet=meta.get("outlet"),
        section=meta.get("section"),
        dateline=meta.get("dateline") or city,
        published=meta.get("published") or _container_date(raw),
        updated=meta.get("updated"),
        body=body,
        captions=page.captions,
        credit_lines=page.credits,
        segments=segments,
    )
    article.paragraphs = [article.span(s.body_start, s.body_start + s.length) for s in segments]
    return article


def _container_date(raw: RawInput) -> datetime | None:
    return parse_date(raw.date) if raw.date else None


def _no_story(page: Page, raw: RawInput) -> Article:
    return Article(
        source=raw.source,
        url=raw.url,
        input_format=raw.input_format,
        headline=raw.title,
        removed=[b.text for b in page.blocks][:200],
    )
