"""Character spans of token groups, trimmed of edge punctuation and snapped to quote marks."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from newsgraph.quotes.marks import QuoteRegion

EDGE_PUNCT = set(",.;:!?-–—()[]…") | {" ", "\n", "\t"}
QUOTE_CHARS = set("\"'“”‘’«»„‚‹›‟")

Range = tuple[int, int]


def token_range(tokens: Iterable) -> Range | None:
    toks = list(tokens)
    if not toks:
        return None
    return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)


def trim(text: str, rng: Range) -> Range | None:
    """Drop whitespace and edge punctuation (not quote marks) from both ends."""
    start, end = rng
    while start < end and text[start] in EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCT:
        end -= 1
    return (start, end) if end > start else None


class RegionIndex:
    """Quote regions sorted by start, with O(log n) lookups by character offset."""

    def __init__(self, regions: list[QuoteRegion]):
        self.regions = sorted(regions, key=lambda r: r.start)
        self.starts = [r.start for r in self.regions]

    def at(self, offset: int) -> QuoteRegion | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.regions[i].start <= offset < self.regions[i].end:
            return self.regions[i]
        return None

    def overlapping(self, start: int, end: int) -> list[QuoteRegion]:
        i = max(bisect_right(self.starts, start) - 1, 0)
        found = []
        while i < len(self.regions) and self.regions[i].start < end:
            if self.regions[i].end > start:
                found.append(self.regions[i])
            i += 1
        return found

    def first_starting_in(self, start: int, end: int) -> QuoteRegion | None:
        i = bisect_right(self.starts, start - 1)
        if i < len(self.regions) and self.regions[i].start < end:
            return self.regions[i]
        return None


def snap(rng: Range, regions: RegionIndex, avoid: Range) -> Range:
    """Widen a content range to whole quote regions it cuts into, unless that would swallow ``avoid``."""
    start, end = rng
    for region in regions.overlapping(start, end):
        new_start, new_end = min(start, region.start), max(end, region.end)
        if new_start < avoid[1] and avoid[0] < new_end:
            continue
        start, end = new_start, new_end
    return start, end


def is_direct(text: str, rng: Range, regions: RegionIndex) -> bool:
    """Whether the range is a quotation: it starts and ends inside one region's marks."""
    inner = trim(text, rng)
    if inner is None:
        return False
    region = regions.at(inner[0])
    return region is not None and inner[1] <= region.end and inner[0] <= region.start + 1
