"""WARC archives: every HTTP response record that carries HTML is one document (warcio).

A record cut short (a truncated download) is an error for that record; the ones before it are
read normally.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from newsgraph.errors import InputError
from newsgraph.readers.base import RawInput

HTML_TYPES = ("text/html", "application/xhtml")


def iter_warc(source: str, data: bytes) -> Iterator[RawInput | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data), check_digests=False):
            if record.rec_type != "response":
                continue
            number += 1
            yield _read_record(f"{source}#{number}", record)
    except (ArchiveLoadFailed, ValueError, EOFError) as exc:
        yield InputError(f"{source}#{number + 1}", "truncated", f"WARC record cannot be read ({exc})")
    if number == 0:
        yield InputError(source, "no_documents", "WARC holds no response records")


def _read_record(source: str, record) -> RawInput | InputError:
    url = record.rec_headers.get_header("WARC-Target-URI")
    content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
    if content_type and not content_type.lower().startswith(HTML_TYPES):
        return InputError(source, "not_html", f"response for {url} is {content_type}, not HTML")
    try:
        payload = record.content_stream().read()
    except Exception as exc:  # warcio raises zlib/IO errors from decoders
        return InputError(source, "truncated", f"response for {url} cannot be decoded ({exc})")
    if getattr(record.raw_stream, "limit", 0) > 0:
        return InputError(source, "truncated", f"response for {url} is truncated")
    return RawInput(
        source=source,
        data=payload,
        kind="html",
        input_format="warc",
        url=url,  # WARC-Date is when the page was fetched, not published: not passed on as a date
    )
