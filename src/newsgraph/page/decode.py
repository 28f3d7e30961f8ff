"""Bytes to text: refuse binary data, detect the encoding, repair mojibake.

The decoded (and repaired) text is what source offsets of a plain-text page point into.
"""

from __future__ import annotations

import codecs
import re

from newsgraph.errors import InputError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_DECLARED_CHARSET = re.compile(rb"""charset\s*=\s*["']?([\w.:-]+)""", re.I)
_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13, 27})
_MOJIBAKE_MARKS = ("â€", "Ã©", "Ã¨", "Ã¶", "Ã¼", "Ã¤", "Ã±", "Ã¡", "Ã³", "Ã\xad", "Â\xa0", "Ã§")


def decode(source: str, data: bytes, repair: bool = True) -> str:
    """Text of ``data``; ``repair=False`` leaves mojibake for the caller to fix on what it keeps
    (an HTML reader repairs the extracted story, not half a megabyte of markup)."""
    if not data.strip():
        raise InputError(source, "empty", "input is empty")
    text = _decode_bytes(source, data)
    if not text.strip():
        raise InputError(source, "empty", "input holds only whitespace")
    return repair_mojibake(text) if repair else text


def _decode_bytes(source: str, data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    head = data[:8192]
    if b"\x00" in head or sum(head.count(bytes([b])) for b in _CONTROL_BYTES) > len(head) * 0.05:
        raise InputError(source, "binary", "input looks like binary data, not a document")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:200_000]))
    if not matches:
        raise InputError(source, "undecodable", "no text encoding fits these bytes")
    best = matches[0]
    # Among equally clean guesses, Windows-1252 is by far the likeliest for web text in Latin script.
    western = next((m for m in matches if m.encoding == "cp1252" and m.chaos <= best.chaos), None)
    return data.decode((western or best).encoding, errors="replace")


def repair_mojibake(text: str | None) -> str | None:
    """UTF-8 read as Latin-1/cp1252 ("donâ€™t") back to what was meant (ftfy), only where it shows."""
    if not text or not any(mark in text for mark in _MOJIBAKE_MARKS):
        return text
    import ftfy

    return ftfy.fix_encoding(text)
