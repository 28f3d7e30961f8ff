"""Reuters-21578-style SGML (``.sgm``): many ``<REUTERS>`` stories per file, each with a ``<DATE>``, a
``<TITLE>``, a ``<DATELINE>`` and a ``<BODY>``. One story that cannot be read is an error for that story only.

Written by hand: the files are not XML (no root element, bare ``&`` and control characters), and
the five tags needed are flat and regular, so a tolerant pattern reads them where a parser would stop.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime

from newsgraph.errors import InputError
from newsgraph.readers.base import RawInput

STORY = re.compile(rb"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S | re.I)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S | re.I) for name in ("DATE", "TITLE", "DATELINE", "BODY")}
_NEW_ID = re.compile(r'NEWID="(\d+)"', re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SIGN_OFF = re.compile(r"\s*\bReuter\s*$")  # every wire story ends "… Reuter" (and a control character)


def iter_sgml(source: str, data: bytes) -> Iterator[RawInput | InputError]:
    found = False
    for number, match in enumerate(STORY.finditer(data), start=1):
        found = True
        attributes = match.group(1).decode("latin-1")
        new_id = _NEW_ID.search(attributes)
        yield _read_story(f"{source}#{new_id.group(1) if new_id else number}", match.group(2).decode("latin-1"))
    if not found:
        yield InputError(source, "no_documents", "no <REUTERS> story in this SGML file")


def _read_story(source: str, story: str) -> RawInput | InputError:
    title, dateline, body = (_field(story, name) for name in ("TITLE", "DATELINE", "BODY"))
    if not body:
        return InputError(source, "no_content", "story has no <BODY> (a brief or an unprocessed item)")
    body = _SIGN_OFF.sub("", body)
    text = f"{dateline} {body}".strip()  # the title travels as the container's headline
    return RawInput(
        source=source,
        data=text.encode("utf-8"),
        kind="text",
        input_format="sgml",
        date=_date(_field(story, "DATE")),
        title=title or None,
    )


# A paragraph starts on an indented line; some copies of the corpus mark the indent as a literal "&\\t".
_PARAGRAPH_START = re.compile(r"^(?:\s{3,}|&\\t|\t)")


def _field(story: str, name: str) -> str:
    """The field's text with its hard-wrapped lines joined into paragraphs (blank-line separated)."""
    match = _FIELD[name].search(story)
    if match is None:
        return ""
    paragraphs: list[list[str]] = [[]]
    for line in _CONTROL.sub(" ", html.unescape(match.group(1))).splitlines():
        if _PARAGRAPH_START.match(line) and paragraphs[-1]:
            paragraphs.append([])
        words = _PARAGRAPH_START.sub("", line).split()
        paragraphs[-1] += words
    return "\n\n".join(" ".join(words) for words in paragraphs if words)


def _date(value: str) -> str | None:
    """ "26-FEB-1987 15:01:01.79" → "1987-02-26T15:01:01"."""
    try:
        return datetime.strptime(value.split(".")[0].strip(), "%d-%b-%Y %H:%M:%S").isoformat()
    except ValueError:
        return None
