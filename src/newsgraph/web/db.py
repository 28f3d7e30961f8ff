"""Read access to the store for the web app: one shared read-only connection, a cursor per query.

DuckDB lets one process write a file or many processes read it, never both. Opening the file costs
tens of milliseconds, so the app keeps it open while requests come, and closes it once it has been idle
for ``idle_release`` seconds, which lets an ingest commit in between (the writer retries while the file is
held). While a writer holds the file, a request waits up to ``lock_wait`` seconds and then gets a 503
page saying so; the next request tries again.
"""

from __future__ import annotations

import atexit
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsgraph.web.cache import store_stamp

LOCK_MESSAGES = ("could not set lock", "conflicting lock", "database is locked")
DEFAULT_LOCK_WAIT = 3.0
DEFAULT_IDLE_RELEASE = 1.0


class StoreUnavailable(Exception):
    """The store cannot be read now: locked by a writer (503), or missing/foreign (500)."""

    def __init__(self, message: str, locked: bool):
        super().__init__(message)
        self.message = message
        self.locked = locked


_OPEN: weakref.WeakSet[Database] = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    """Close connections before the interpreter tears down, not inside DuckDB's destructors at exit."""
    for database in list(_OPEN):
        database.close()


class Database:
    def __init__(
        self,
        path: str | Path,
        writable: bool = False,
        lock_wait: float = DEFAULT_LOCK_WAIT,
        idle_release: float = DEFAULT_IDLE_RELEASE,
    ):
        self.path = Path(path)
        self.writable = writable
        self.lock_wait = lock_wait
        self.idle_release = idle_release
        self._checked = False
        self._memo: dict[str, tuple[tuple, Any]] = {}
        self._guard = threading.Lock()
        self._shared = None  # the open connection; cursors are made from it
        self._active = 0
        self._last_used = 0.0
        self._reaper: threading.Thread | None = None
        self.write_lock = threading.Lock()  # one writer at a time from this process (the ingest page)
        _OPEN.add(self)

    @contextmanager
    def connection(self) -> Iterator[Any]:
        """A cursor on the shared connection (DuckDB cursors are safe to use one per thread)."""
        with self._guard:
            if self._shared is None:
                conn = self._connect()
                try:
                    if not self._checked:
                        self._check(conn)
                except BaseException:
                    conn.close()
                    raise
                self._shared = conn
                self._start_reaper()
            self._active += 1
            cursor = self._shared.cursor()
        try:
            yield cursor
        finally:
            cursor.close()
            with self._guard:
                self._active -= 1
                self._last_used = time.monotonic()

    def _start_reaper(self) -> None:
        if self._reaper is None or not self._reaper.is_alive():
            self._reaper = threading.Thread(target=self._release_when_idle, name="newsgraph-db-release", daemon=True)
            self._reaper.start()

    def _release_when_idle(self) -> None:
        while True:
            time.sleep(max(self.idle_release / 4, 0.05))
            with self._guard:
                if self._shared is None:
                    return
                if self._active == 0 and time.monotonic() - self._last_used >= self.idle_release:
                    self.close_locked()
                    return

    def close_locked(self) -> None:
        if self._shared is not None:
            self._shared.close()
            self._shared = None

    def close(self) -> None:
        with self._guard:
            self.close_locked()

    def _connect(self):
        import duckdb

        if not self.path.exists():
            raise StoreUnavailable(f"no database at {self.path}: ingest something first, or pass --db", locked=False)
        deadline = time.monotonic() + self.lock_wait
        delay = 0.02
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=not self.writable)
            except duckdb.Error as exc:
                text = str(exc).lower()
                if not any(m in text for m in LOCK_MESSAGES):
                    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                    raise StoreUnavailable(f"{self.path} cannot be opened: {first}", locked=False) from exc
                if time.monotonic() >= deadline:
                    raise StoreUnavailable(
                        f"{self.path} is locked by another process (an ingest is probably writing to it);"
                        " reload this page in a moment",
                        locked=True,
                    ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.25)

    def _check(self, conn) -> None:
        tables = {r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "articles" not in tables or "meta" not in tables:
            raise StoreUnavailable(f"{self.path} is not a newsgraph database", locked=False)
        self._checked = True

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run one parametrised query; rows come back as dicts."""
        with self.connection() as conn:
            result = conn.execute(sql, list(params))
            names = [d[0] for d in result.description]
            return [dict(zip(names, row, strict=True)) for row in result.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.query(sql, params)
        return next(iter(rows[0].values())) if rows else None

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """A value computed from the store, kept until the store file changes (facets, table layout...)."""
        stamp = store_stamp(self.path)
        with self._guard:
            hit = self._memo.get(key)
        if hit is not None and hit[0] == stamp:
            return hit[1]
        value = compute()
        with self._guard:
            self._memo[key] = (stamp, value)
        return value

    def columns(self, table: str) -> set[str]:
        """Column names of a table, empty when it does not exist (the store adds tables and columns over time)."""
        sql = "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
        return self.memo(f"columns:{table}", lambda: {r["column_name"] for r in self.query(sql, [table])})

    def has_table(self, table: str) -> bool:
        return bool(self.columns(table))
