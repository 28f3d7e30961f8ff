"""Direct-quote regions from quote marks, in one linear pass.

Hand-written because no library handles all mark styles, unbalanced marks and quotes that run
across paragraphs (textacy crashes on unbalanced marks). A region is the outermost quotation:
nested marks inside it are ignored; an opening mark left open at a paragraph end continues into
the next paragraph when that paragraph reopens with a mark (news convention), else it is closed
there and flagged ``closed=False``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = {"“": "”", "„": "“", "«": "»", "»": "«", "‟": "”"}
SINGLE_OPEN = {"‘": "’", "‚": "‘", "‹": "›"}
CLOSERS = set("”“»«’‘›\"'")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(slots=True)
class QuoteRegion:
    start: int  # at the opening mark
    end: int  # just after the closing mark (or at the paragraph end when unclosed)
    closed: bool = True

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds, pos = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        bounds.append((pos, match.start()))
        pos = match.end()
    bounds.append((pos, len(text)))
    return [(s, e) for s, e in bounds if e > s]


def _is_opening(text: str, i: int) -> bool:
    """A straight or ambiguous mark opens when it follows space/start/bracket and precedes a non-space."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _is_closing_single(text: str, i: int) -> bool:
    """’ or ' closes only when not an apostrophe inside a word (don't, Putin's)."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalpha()


def _scan_paragraph(text: str, start: int, end: int, carry: str | None) -> tuple[list[QuoteRegion], str | None]:
    """Regions inside one paragraph; ``carry`` is the opening mark of a quote left open before it."""
    regions: list[QuoteRegion] = []
    open_at, closer = None, None
    first = text[start] if start < end else ""
    if carry and _same_style(first, carry):
        open_at, closer = start, DOUBLE_OPEN.get(first, first)
    i = start + (1 if open_at is not None else 0)
    while i < end:
        ch = text[i]
        if open_at is None:
            if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
                if ch in "»«‘‚" and not _is_opening(text, i):
                    i += 1
                    continue
                open_at, closer = i, DOUBLE_OPEN.get(ch) or SINGLE_OPEN[ch]
            elif ch in "\"'" and _is_opening(text, i):
                open_at, closer = i, ch
        elif (
            ch == closer or (closer == "“" and ch == "”") or (closer == "”" and ch == '"' and not _is_opening(text, i))
        ):
            if closer in "’'" and not _is_closing_single(text, i):
                i += 1
                continue
            if closer == '"' and _is_opening(text, i) and text[i - 1] not in ",.!?;:":
                i += 1  # a straight mark after a space opens a nested quote; keep looking
                continue
            regions.append(QuoteRegion(open_at, i + 1))
            open_at, closer = None, None
        i += 1
    if open_at is None:
        return regions, None
    if closer in '"”“»«':  # double marks may run on into the next paragraph
        regions.append(QuoteRegion(open_at, end, closed=False))
        return regions, text[open_at]
    return regions, None  # an unclosed single mark is an apostrophe


def _same_style(first: str, opener: str) -> bool:
    """A paragraph continues an open quote only when it reopens with the same style of mark."""
    if first in '"“' and opener in '"“':
        return True
    return first == opener and first in DOUBLE_OPEN


def find_quote_regions(text: str) -> list[QuoteRegion]:
    """Outermost direct-quote regions, merged across paragraphs where the quote continues."""
    regions: list[QuoteRegion] = []
    carry: str | None = None
    for start, end in paragraph_bounds(text):
        found, next_carry = _scan_paragraph(text, start, end, carry)
        if carry and found and regions and not regions[-1].closed and found[0].start == start:
            first = found.pop(0)
            regions[-1] = QuoteRegion(regions[-1].start, first.end, first.closed)
        regions.extend(found)
        carry = next_carry
    return regions
