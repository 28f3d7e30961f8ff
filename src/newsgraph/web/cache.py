"""Responses cached until the store changes: the pages are pure functions of a read-only file.

The key is the request's path and query; an entry is valid while the database file and its WAL have
the same size and modification time as when it was made, so an ingest that commits makes every page
fresh again. Only successful GET responses are kept, up to ``max_entries`` (least recently used out).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

MAX_BODY_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Cached:
    stamp: tuple
    status: int
    body: bytes
    headers: list[tuple[bytes, bytes]]


class ResponseCache:
    def __init__(self, db_path: Path, max_entries: int = 1024):
        self.db_path = Path(db_path)
        self.max_entries = max_entries
        self._entries: OrderedDict[str, Cached] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def stamp(self) -> tuple:
        return store_stamp(self.db_path)

    def get(self, key: str, stamp: tuple) -> Cached | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry.stamp != stamp:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return entry

    def put(self, key: str, entry: Cached) -> None:
        if len(entry.body) > MAX_BODY_BYTES:
            return
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)


def store_stamp(db_path: Path) -> tuple:
    """Changes whenever a writer commits: size and mtime of the database file and its WAL."""
    return tuple(_file_stamp(p) for p in (db_path, db_path.with_name(db_path.name + ".wal")))


def _file_stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size
