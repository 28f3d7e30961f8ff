"""Inputs as raw bytes plus what the container told us (URL, date, title)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from newsgraph.config import Settings
from newsgraph.errors import InputError

InputFormat = Literal["html", "text", "jsonl", "warc"]
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


@dataclass(slots=True)
class RawInput:
    """One document as read, before any parsing. ``kind`` says how its bytes are to be read."""

    source: str
    data: bytes
    kind: Literal["html", "text"] | None = None  # None: sniff the content
    input_format: InputFormat = "text"
    url: str | None = None
    date: str | None = None
    title: str | None = None


def iter_inputs(paths: Iterable[str], settings: Settings | None = None) -> Iterator[RawInput | InputError]:
    """Yield every document under ``paths`` ("-" is stdin); unreadable ones come out as errors."""
    settings = settings or Settings()
    for path in paths:
        if path == "-":
            yield RawInput(source="<stdin>", data=sys.stdin.buffer.read())
            continue
        yield from _iter_path(Path(path), settings)


def _iter_path(path: Path, settings: Settings) -> Iterator[RawInput | InputError]:
    if not path.exists():
        yield InputError(str(path), "missing", "no such file or directory")
        return
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        if not files:
            yield InputError(str(path), "empty_directory", "directory holds no files")
        for file in files:
            yield from _iter_file(file, settings)
        return
    yield from _iter_file(path, settings)


def _iter_file(path: Path, settings: Settings) -> Iterator[RawInput | InputError]:
    size = path.stat().st_size
    if size > settings.max_input_bytes:
        yield InputError(
            str(path),
            "too_large",
            f"{size:,} bytes is over the {settings.max_input_bytes:,}-byte limit",
            "raise NEWSGRAPH_MAX_INPUT_BYTES to read it",
        )
        return
    suffix = path.suffix.lower()
    kind = "html" if suffix in HTML_SUFFIXES else "text" if suffix in TEXT_SUFFIXES else None
    yield RawInput(
        source=str(path), data=path.read_bytes(), kind=kind, input_format="html" if kind == "html" else "text"
    )
