"""Read TimeML (.tml) files: plain text of <TEXT>, the document creation time and gold TIMEX3 spans.

Hand-written because the files mix inline EVENT/SIGNAL/TIMEX3 tags with XML entities and we need
character offsets on the stripped text, which no XML library gives directly.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>|<TIMEX3[^>]*tid=\"t0\"[^>]*>")
_PIECE = re.compile(r"<[^>]*>|[^<]+")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass(slots=True)
class TimeMLDoc:
    name: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)


def read_timeml(path: Path) -> TimeMLDoc:
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct_tag = _DCT.search(raw)
    dct = dict(_ATTR.findall(dct_tag.group(0))).get("value") if dct_tag else None
    body = _TEXT.search(raw)
    text_parts: list[str] = []
    timexes: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    length = 0
    for piece in _PIECE.finditer(body.group(1) if body else ""):
        chunk = piece.group(0)
        if not chunk.startswith("<"):
            plain = html.unescape(chunk)
            text_parts.append(plain)
            length += len(plain)
        elif chunk.startswith("<TIMEX3") and not chunk.endswith("/>"):
            open_timex = (length, dict(_ATTR.findall(chunk)))
        elif chunk.startswith("</TIMEX3") and open_timex is not None:
            start, attrs = open_timex
            text = "".join(text_parts)[start:length]
            timexes.append(GoldTimex(start, length, text, attrs.get("type", ""), attrs.get("value")))
            open_timex = None
    return TimeMLDoc(path.name, "".join(text_parts), dct, timexes)
