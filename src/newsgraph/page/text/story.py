"""Find the story in a text page: the best run of prose blocks (maximum-sum subarray).

Each block scores by how much it looks like story prose: long lines ending a sentence earn
their word count, short lines without one (menus, link lists, teaser titles) cost, and site
chrome costs a lot. The story is the run of blocks with the highest total.
"""

from __future__ import annotations

from collections import Counter

from newsgraph.page.text.blocks import Block
from newsgraph.page.text.lines import BULLET, Kind, count_words, is_sentence

CHROME_COST = 15.0
REPEAT_COST = 10.0
LINKS_COST = 10.0
AFTER_END_WEIGHT = 0.3  # prose after a comments header is most likely comments
MIN_STORY_WORDS = 40
TEASER_WORDS = 20  # a summary under a teaser title is shorter than most story paragraphs
PROSE_DISCOUNT = 5.0  # words a prose line must have before it counts for the story


def block_scores(blocks: list[Block], kinds: list[Kind]) -> list[float]:
    """Scores per block. A comments header after some prose scores -inf (no run crosses it) and
    discounts what follows; one before any prose (a comment count in the page header) is chrome."""
    scores, weight, prose_seen = [], 1.0, 0.0
    repeated = repeated_lines(blocks)
    for block, kind in zip(blocks, kinds, strict=True):
        if block.text in repeated and kind == Kind.TEXT:
            scores.append(-REPEAT_COST)  # a line the page repeats (captions, menus) is not story text
            continue
        if kind == Kind.END and prose_seen >= MIN_STORY_WORDS:
            scores.append(float("-inf"))
            weight = AFTER_END_WEIGHT
            continue
        score = block_score(block, Kind.CHROME if kind == Kind.END else kind)
        prose_seen += max(score, 0.0)
        scores.append(score * weight if score > 0 else score)
    return scores


def repeated_lines(blocks: list[Block]) -> set[str]:
    return {text for text, count in Counter(block.text for block in blocks).items() if count > 1}


def block_score(block: Block, kind: Kind) -> float:
    if kind == Kind.CHROME:
        return -CHROME_COST
    if kind == Kind.LINKS:
        return -LINKS_COST
    if kind != Kind.TEXT:
        return 0.0  # bylines, stamps, captions, credits: cut later, never break the run
    words = count_words(block.text)
    sentence = is_sentence(block.text)
    bullet = bool(BULLET.match(block.text))
    if sentence and words >= 10:
        return max(1.0, words - PROSE_DISCOUNT)
    if sentence and words >= 4:
        return 1.0 if not bullet else -1.0
    if words >= 25:
        return words / 2  # a paragraph that ends without a full stop
    return -max(3.0, words / 2) - (2.0 if bullet else 0.0)


def best_run(scores: list[float]) -> tuple[int, int] | None:
    """Indices [start, end) of the highest-sum run of scores (Kadane), or None when all are ≤ 0."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def story_words(blocks: list[Block], kinds: list[Kind], run: tuple[int, int]) -> int:
    return sum(
        count_words(b.text)
        for b, k in zip(blocks[run[0] : run[1]], kinds[run[0] : run[1]], strict=True)
        if k == Kind.TEXT and is_sentence(b.text)
    )


def looks_like_link_list(blocks: list[Block], kinds: list[Kind], run: tuple[int, int]) -> bool:
    """A homepage or section front: teaser titles alternating with short one-sentence summaries."""
    prose: list[int] = []
    titles = 0
    for block, kind in zip(blocks[run[0] : run[1]], kinds[run[0] : run[1]], strict=True):
        if kind != Kind.TEXT:
            continue
        words = count_words(block.text)
        if is_sentence(block.text) and words >= 10:
            prose.append(words)
        elif not is_sentence(block.text) and 3 <= words < 25:
            titles += 1
    return len(prose) >= 4 and titles >= 0.75 * len(prose) and sorted(prose)[len(prose) // 2] < TEASER_WORDS
