"""Route a raw input to the HTML or plain-text page reader."""

from __future__ import annotations

import re

from newsgraph.page.decode import decode
from newsgraph.readers.base import RawInput
from newsgraph.records import Article, Segment

_HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<\?xml)", re.I)


def read_page(raw: RawInput) -> Article:
    text = decode(raw.source, raw.data)
    kind = raw.kind or ("html" if _HTML_SNIFF.match(text[:1000]) else "text")
    if kind == "html":
        from newsgraph.page.html import read_html

        article = read_html(text, raw)
    else:
        article = read_text_page(text, raw)
    article.finalize_id()
    return article


def read_text_page(text: str, raw: RawInput) -> Article:
    """Minimal plain-text reader: the whole text is the body."""
    start = len(text) - len(text.lstrip())
    body = text.strip()
    return Article(
        source=raw.source,
        url=raw.url,
        input_format=raw.input_format,
        headline=raw.title,
        body=body,
        segments=[Segment(body_start=0, source_start=start, length=len(body))],
    )
