"""Split a text page into blocks (one paragraph each) that keep their offsets in the input.

Most scraped text has one paragraph per line. Text hard-wrapped at a fixed width (e-mail,
wire copy) has paragraphs spread over several lines separated by blank lines; there a block
is the run of lines between blank lines, copied verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


@dataclass(slots=True)
class Block:
    start: int  # offsets into the input; text == source[start:end]
    end: int
    text: str
    blank_before: bool = False


def split_blocks(text: str) -> list[Block]:
    lines = _split_lines(text)
    if _is_hard_wrapped([t for _, _, t in lines]):
        return _group_paragraphs(text, lines)
    blocks: list[Block] = []
    blank = True
    for start, end, line in lines:
        if line:
            blocks.append(Block(start, end, line, blank))
        blank = not line
    return blocks


def _split_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) per line, offsets of the stripped text."""
    out = []
    for match in _LINE.finditer(text):
        raw = match.group().rstrip("\r\n")
        if not raw and match.start() == len(text):
            break
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        start = match.start() + lead
        out.append((start, start + len(stripped), stripped))
    return out


def _is_hard_wrapped(lines: list[str]) -> bool:
    long_lines = [len(line) for line in lines if len(line) >= 40]
    if len(long_lines) < 6:
        return False
    width = max(long_lines)
    near_width = sum(1 for n in long_lines if n >= width - 20)
    has_blank = any(not line for line in lines)
    return width <= 100 and has_blank and near_width >= 0.6 * len(long_lines)


def _group_paragraphs(text: str, lines: list[tuple[int, int, str]]) -> list[Block]:
    blocks: list[Block] = []
    current: list[tuple[int, int, str]] = []

    def flush() -> None:
        if current:
            start, end = current[0][0], current[-1][1]
            blocks.append(Block(start, end, text[start:end], True))

    for line in lines:
        if line[2]:
            current.append(line)
            continue
        flush()
        current = []
    flush()
    return blocks
