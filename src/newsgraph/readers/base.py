"""Inputs as raw bytes plus what the container told us (URL, date, title).

:func:`iter_inputs` is the read stage: it walks files and directories, opens ``.gz``, WARC,
JSONL and Reuters SGML containers and stdin, and yields one :class:`RawInput` per document or an
:class:`~newsgraph.errors.InputError` per input (or container item) that cannot be read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from newsgraph.config import Settings
from newsgraph.errors import InputError

InputFormat = Literal["html", "text", "jsonl", "warc", "sgml"]
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".arc"}
SGML_SUFFIXES = {".sgm", ".sgml"}
# Never documents: skipped when walking a directory (named explicitly, they are still tried).
# Files about the documents (README, ATTRIBUTION, LICENSE) are skipped by name.
SKIP_NAMES = {"readme", "license", "licence", "attribution", "notice", "copying", "changelog"}
SKIP_IN_DIRECTORIES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".css", ".js", ".pdf", ".zip", ".pyc"}


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
            data = sys.stdin.buffer.read(settings.max_input_bytes + 1)
            yield from _iter_bytes("<stdin>", data, "", settings)
            continue
        yield from _iter_path(Path(path), settings)


def _iter_path(path: Path, settings: Settings) -> Iterator[RawInput | InputError]:
    if not path.exists():
        yield InputError(str(path), "missing", "no such file or directory")
        return
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
            and p.suffix.lower() not in SKIP_IN_DIRECTORIES
            and p.stem.lower() not in SKIP_NAMES
        )
        if not files:
            yield InputError(str(path), "no_documents", "directory holds no document files")
        for file in files:
            yield from _iter_file(file, settings)
        return
    yield from _iter_file(path, settings)


def _iter_file(path: Path, settings: Settings) -> Iterator[RawInput | InputError]:
    try:
        size = path.stat().st_size
        if size > settings.max_input_bytes:
            yield _too_large(str(path), size, settings)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), "unreadable", f"cannot read file: {exc.strerror or exc}")
        return
    yield from _iter_bytes(str(path), data, path.name.lower(), settings)


def _iter_bytes(source: str, data: bytes, name: str, settings: Settings) -> Iterator[RawInput | InputError]:
    """Route bytes by file name (or, for stdin, by content) to the right container reader."""
    from newsgraph.readers.compressed import GZIP_MAGIC, gunzip

    if data[:2] == GZIP_MAGIC:
        try:
            data = gunzip(data, settings.max_input_bytes, source)
        except InputError as exc:
            yield exc
            return
        name = name.removesuffix(".gz")
    if len(data) > settings.max_input_bytes:
        yield _too_large(source, len(data), settings)
        return
    suffix = Path(name).suffix
    if suffix in WARC_SUFFIXES or (not suffix and data[:5] == b"WARC/"):
        from newsgraph.readers.warc import iter_warc

        yield from iter_warc(source, data)
    elif suffix in SGML_SUFFIXES or (suffix in TEXT_SUFFIXES and _looks_like_sgml(data)):
        from newsgraph.readers.sgml import iter_sgml

        yield from iter_sgml(source, data)
    elif suffix in JSONL_SUFFIXES or (not name and data.lstrip()[:1] == b"{"):
        from newsgraph.readers.jsonl import iter_jsonl

        yield from iter_jsonl(source, data)
    else:
        kind = "html" if suffix in HTML_SUFFIXES else "text" if suffix in TEXT_SUFFIXES and name else None
        yield RawInput(source=source, data=data, kind=kind, input_format="html" if kind == "html" else "text")


def _looks_like_sgml(data: bytes) -> bool:
    """A Reuters-21578 file under another name (or on stdin)."""
    head = data[:4096].lstrip()
    return head.startswith((b"<!DOCTYPE lewis", b"<REUTERS"))


def _too_large(source: str, size: int, settings: Settings) -> InputError:
    return InputError(
        source,
        "too_large",
        f"{size:,} bytes is over the {settings.max_input_bytes:,}-byte limit",
        "raise NEWSGRAPH_MAX_INPUT_BYTES to read it",
    )
