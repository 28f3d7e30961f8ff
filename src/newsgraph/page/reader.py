"""Route a raw input to the HTML or plain-text page reader."""

from __future__ import annotations

import re

from newsgraph.page.decode import decode
from newsgraph.readers.base import RawInput
from newsgraph.records import Article

_HTML_SNIFF = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype html|html|head|body|\?xml|meta|title|div|p|article)\b", re.I | re.S
)


def read_page(raw: RawInput) -> Article:
    kind = raw.kind or ("html" if _HTML_SNIFF.match(raw.data[:1000].decode("utf-8", errors="ignore")) else "text")
    text = decode(raw.source, raw.data, repair=kind == "text")
    if kind == "html":
        from newsgraph.page.html import read_html

        article = read_html(text, raw)
    else:
        from newsgraph.page.text import read_text_page

        article = read_text_page(text, raw)
    article.finalize_id()
    return article
