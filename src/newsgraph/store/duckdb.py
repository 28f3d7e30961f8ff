"""DuckDB store: one file, one table per record type, each batch of articles in one transaction.

Idempotent twice over: an article is stored once by its id (hash of the normalised body), and
every input read is remembered by the hash of its raw bytes (``sources``), so a rerun skips it
before the pipeline runs. A transaction holds whole articles: a crash loses at most the batch
being written and never leaves half an article. The writer can :meth:`Store.release` the file
between batches so read-only readers (queries, the web app) get in; see ``store/connect.py``.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Protocol

from newsgraph.errors import StoreError
from newsgraph.records import SCHEMA_VERSION, Failure, Record, Status
from newsgraph.store.connect import connect
from newsgraph.store.rows import Rows, record_rows

STORE_MAGIC = "newsgraph"
STORE_VERSION = 4  # 1: foundation tables; 2: sources, evidence, kb_*, article_links, merged events, loaded_shards;
# 3: places.caption, times.caption; 4: events.joint
TABLES = ("articles", "entities", "mentions", "quotes", "times", "places", "events", "evidence", "failures")
KB_TABLES = ("kb_entities", "article_links", "merged_events")


def raw_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


class BatchHook(Protocol):
    """Work done inside the batch transaction (the knowledge base: entity ids, duplicate links)."""

    def before_insert(self, conn, records: Sequence[Record]) -> Rows: ...


class Store:
    def __init__(self, path: str | Path, read_only: bool = False, timeout: float | None = None):
        self.path = Path(path)
        self.read_only = read_only
        self.timeout = timeout
        if read_only and not self.path.exists():
            raise StoreError(f"no database at {self.path}", "ingest something first, or pass --db")
        self._conn = None
        self._checked = False
        self._opened_at = 0.0
        self._open()

    # -- connection ---------------------------------------------------------------------------
    @property
    def conn(self):
        if self._conn is None:
            self._open()
        return self._conn

    def _open(self) -> None:
        self._conn = connect(self.path, self.read_only, self.timeout)
        self._opened_at = time.monotonic()
        if self._checked:
            return
        try:
            self._check_or_create()
            self._checked = True
        except Exception:
            self.release()
            raise

    def release(self) -> None:
        """Close the file so other processes can open it; the next use reopens it."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def release_if_held(self, seconds: float) -> bool:
        """Release when the file has been held this long: readers get in at least that often,
        and a fast writer does not pay for reopening (and checkpointing) after every batch."""
        if self._conn is not None and time.monotonic() - self._opened_at >= seconds:
            self.release()
            return True
        return False

    close = release

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _check_or_create(self) -> None:
        conn = self._conn
        tables = {row[0] for row in conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if not tables:
            if self.read_only:
                raise StoreError(f"{self.path} is empty", "ingest something first")
            conn.execute("BEGIN TRANSACTION")  # all tables and the marker, or nothing
            self._create_schema()
            conn.execute(
                "INSERT INTO meta VALUES ('magic', ?), ('schema_version', ?), ('store_version', ?)",
                [STORE_MAGIC, SCHEMA_VERSION, str(STORE_VERSION)],
            )
            conn.execute("COMMIT")
            return
        if "meta" not in tables:
            raise StoreError(f"{self.path} holds tables that are not newsgraph's", "pass another --db file")
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("magic") != STORE_MAGIC:
            raise StoreError(f"{self.path} is not a newsgraph database (no newsgraph marker)", "pass another --db")
        version = int(meta.get("store_version", "1"))
        if version > STORE_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer newsgraph (store version {version} > {STORE_VERSION})",
                "upgrade newsgraph",
            )
        if version < STORE_VERSION and not self.read_only:
            self._create_schema()  # only adds tables: CREATE TABLE IF NOT EXISTS
            for table in ("places", "times"):
                conn.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS caption INTEGER")
            conn.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS joint BOOLEAN")
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('store_version', ?)", [str(STORE_VERSION)])

    def _create_schema(self) -> None:
        self._conn.execute(resources.files("newsgraph.store").joinpath("schema.sql").read_text())

    # -- writing ------------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def all_sources(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT raw_hash FROM sources").fetchall()}

    def known_sources(self, hashes: Iterable[str]) -> set[str]:
        """The raw-input hashes already read in an earlier run."""
        hashes = list(hashes)
        if not hashes:
            return set()
        found = self.conn.execute("SELECT raw_hash FROM sources WHERE list_contains(?, raw_hash)", [hashes])
        return {row[0] for row in found.fetchall()}

    def add(self, record: Record, source_hash: str | None = None) -> bool:
        """Store one record; False when its article was already there."""
        return self.add_batch([record], [source_hash])[0]

    def add_batch(
        self,
        records: Sequence[Record],
        source_hashes: Sequence[str | None] | None = None,
        hook: BatchHook | None = None,
        seen_only: Sequence[tuple[Record, str]] = (),
        extra_rows: Rows | None = None,
    ) -> list[bool]:
        """Store records in one transaction; per record, True when it was new.

        ``seen_only`` are (record, raw hash) pairs read without finding an article: only remembered
        in ``sources`` so a rerun skips them. ``extra_rows`` are written in the same transaction."""
        source_hashes = list(source_hashes or [None] * len(records))
        ids = [r.article.id for r in records]
        if not all(ids):
            raise ValueError("every stored record needs an article id")
        existing = self._existing_articles(ids)
        new: list[Record] = []
        for record in records:
            if record.article.id not in existing:
                existing.add(record.article.id)
                new.append(record)
        new_ids = {id(r) for r in new}
        try:
            self._transaction(
                lambda: self._write(
                    new,
                    [*records, *(r for r, _ in seen_only)],
                    [*source_hashes, *(h for _, h in seen_only)],
                    hook,
                    extra_rows or {},
                )
            )
        except BaseException:
            if hook is not None and hasattr(hook, "rollback"):
                hook.rollback()
            raise
        return [id(r) in new_ids for r in records]

    def _write(self, new: list[Record], records, source_hashes, hook: BatchHook | None, extra: Rows) -> None:
        tables: Rows = {table: list(rows) for table, rows in extra.items()}
        if hook is not None:
            _extend(tables, hook.before_insert(self._conn, new))
        for record in new:
            _extend(tables, record_rows(record))
            for failure in record.failures:
                _extend(tables, {"failures": [_failure_row(failure, record.article.id)]})
        sources = [
            {"raw_hash": h, "source": r.article.source, "article_id": r.article.id or None, "status": r.status.value}
            for r, h in zip(records, source_hashes, strict=True)
            if h
        ]
        _extend(tables, {"sources": sources})
        for table, rows in tables.items():
            insert_rows(self._conn, table, rows)

    def add_failure(self, failure: Failure, article_id: str | None = None, source_hash: str | None = None) -> None:
        """Record a failed input once (a rerun that fails the same way adds nothing)."""

        def write() -> None:
            seen = self._conn.execute(
                "SELECT 1 FROM failures WHERE source = ? AND stage = ? AND reason = ? AND message = ?",
                [failure.source, failure.stage, failure.reason, failure.message],
            ).fetchone()
            if not seen:
                insert_rows(self._conn, "failures", [_failure_row(failure, article_id)])
            if source_hash:
                self._conn.execute(
                    "INSERT OR IGNORE INTO sources (raw_hash, source, article_id, status) VALUES (?, ?, ?, ?)",
                    [source_hash, failure.source, article_id, Status.UNREADABLE.value],
                )

        self._transaction(write)

    def _transaction(self, work) -> None:
        conn = self.conn
        conn.execute("BEGIN TRANSACTION")
        try:
            work()
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _existing_articles(self, ids: list[str]) -> set[str]:
        rows = self.conn.execute("SELECT id FROM articles WHERE list_contains(?, id)", [ids]).fetchall()
        return {row[0] for row in rows}

    # -- reading ------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Rows per table (knowledge-base tables too, where this store has them)."""
        present = {r[0] for r in self.conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        tables = [t for t in (*TABLES, *KB_TABLES) if t in present]
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def record(self, article_id: str) -> Record | None:
        row = self.conn.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchone()
        return Record.model_validate(json.loads(row[0])) if row else None


def insert_rows(conn, table: str, rows: list[dict]) -> None:
    """Bulk insert through Arrow: one statement per table and batch, not one per row."""
    if not rows:
        return
    import pyarrow as pa

    columns = list(rows[0])
    data = pa.Table.from_pylist([{c: _plain(row.get(c)) for c in columns} for row in rows])
    conn.register("_newsgraph_rows", data)
    try:
        names = ", ".join(f'"{c}"' for c in columns)
        conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _newsgraph_rows")
    finally:
        conn.unregister("_newsgraph_rows")


def _plain(value):
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _extend(tables: Rows, more: Rows) -> None:
    for table, rows in more.items():
        tables.setdefault(table, []).extend(rows)


def _failure_row(failure: Failure, article_id: str | None) -> dict:
    return {
        "source": failure.source,
        "stage": failure.stage,
        "reason": failure.reason,
        "message": failure.message,
        "article_id": article_id,
    }
