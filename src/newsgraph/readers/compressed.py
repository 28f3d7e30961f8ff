"""Gzip-compressed inputs, decompressed with a size cap so a small bomb cannot fill memory."""

from __future__ import annotations

import zlib

from newsgraph.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"


def gunzip(data: bytes, max_bytes: int, source: str = "") -> bytes:
    """Decompress every gzip member; a truncated stream keeps what could be read (WARC readers
    then see the last record cut short), corrupt data is an error."""
    out: list[bytes] = []
    total = 0
    while data:
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            chunk = inflater.decompress(data, max_bytes + 1 - total)
        except zlib.error as exc:
            if out:
                break
            raise InputError(source, "corrupt", f"gzip data is corrupt ({exc})") from exc
        out.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise InputError(source, "too_large", f"decompresses to over the {max_bytes:,}-byte limit")
        if not inflater.eof:
            break  # truncated member
        data = inflater.unused_data
    return b"".join(out)
