"""Open a DuckDB file safely: refuse foreign or corrupt files, wait for the other process's lock.

DuckDB lets one process write a file or several read it, never both at once. The writer
(`ingest`, `load`) therefore holds the file only while it commits a batch, and everyone else
opens it read-only, retrying while a commit is in progress. A separate lock file keeps a second
writer out for the whole run, since the writer's knowledge-base caches assume it is alone.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from newsgraph.errors import StoreError

DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB database file
LOCK_MESSAGES = ("Could not set lock", "Conflicting lock", "database is locked")


def lock_timeout() -> float:
    return float(os.environ.get("NEWSGRAPH_DB_LOCK_TIMEOUT", "120"))


def writer_hold() -> float:
    """Seconds the writer may keep the file between releases (readers wait at most about this)."""
    return float(os.environ.get("NEWSGRAPH_WRITER_HOLD", "2"))


WRITER_PAUSE = 0.05  # after a release, so waiting readers can take the file


def check_file(path: Path) -> None:
    """Refuse a file that exists but is not a DuckDB database, before DuckDB touches it."""
    if not path.exists():
        if not path.parent.is_dir():
            raise StoreError(f"cannot create {path}: no directory {path.parent}", "create it or pass another --db")
        return
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file", "pass a file path to --db")
    with path.open("rb") as handle:
        head = handle.read(16)
    if head and head[8:12] != DUCKDB_MAGIC:
        raise StoreError(f"{path} is not a DuckDB database (it holds other data)", "pass another --db file")


def connect(path: Path, read_only: bool, timeout: float | None = None):
    """A DuckDB connection; waits up to ``timeout`` s while another process holds the file."""
    import duckdb

    check_file(path)
    deadline = time.monotonic() + (lock_timeout() if timeout is None else timeout)
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            message = str(exc)
            if not any(m in message for m in LOCK_MESSAGES):
                first = message.splitlines()[0] if message else type(exc).__name__
                raise StoreError(f"{path} cannot be opened as a newsgraph database: {first}", _hint(path)) from exc
            if time.monotonic() >= deadline:
                raise StoreError(f"{path} stayed locked by another process", "retry when it is done") from exc
        time.sleep(0.02)  # short, steady polls: the writer leaves the file free only briefly


def _hint(path: Path) -> str:
    return (
        f"the file may be corrupt or from another program; move {path.name} aside and re-ingest, or pass another --db"
    )


class WriterLock:
    """An exclusive lock beside the database for the length of a writing run."""

    def __init__(self, path: Path):
        self.lock_path = path.with_name(path.name + ".writer.lock")
        self._handle = None

    def acquire(self) -> None:
        self._handle = self.lock_path.open("a")
        try:
            fcntl.flock(self._handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            self._handle.close()
            self._handle = None
            raise StoreError(
                f"another newsgraph process is writing to {path_of(self.lock_path)}", "wait for it"
            ) from exc

    def release(self) -> None:
        if self._handle:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None


def path_of(lock_path: Path) -> str:
    return str(lock_path).removesuffix(".writer.lock")
