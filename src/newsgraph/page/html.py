"""HTML pages: body and metadata with trafilatura."""

from __future__ import annotations

from newsgraph.readers.base import RawInput
from newsgraph.records import Article


def read_html(html: str, raw: RawInput) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=raw.url, include_images=False, include_comments=False, with_metadata=True, as_dict=False
    )
    body = (doc.text or "").strip() if doc else ""
    return Article(
        source=raw.source,
        url=raw.url or (doc.url if doc else None),
        input_format=raw.input_format,
        headline=doc.title if doc else raw.title,
        body=body,
    )
