"""Bytes to text: detect the encoding, refuse binary data."""

from __future__ import annotations

from newsgraph.errors import InputError


def decode(source: str, data: bytes) -> str:
    if not data.strip():
        raise InputError(source, "empty", "input is empty")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary", "input looks like binary data, not a document")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "undecodable", "no text encoding fits these bytes")
    return str(best)
