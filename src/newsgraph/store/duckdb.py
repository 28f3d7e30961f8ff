"""DuckDB store: one file, one table per record type, one transaction per article."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from newsgraph.errors import StoreError
from newsgraph.records import SCHEMA_VERSION, Failure, Record

STORE_MAGIC = "newsgraph"


class Store:
    def __init__(self, path: str | Path, read_only: bool = False):
        import duckdb

        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"no database at {self.path}", "ingest something first, or pass --db")
        try:
            self.conn = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(
                f"{self.path} is not a newsgraph database: {exc}".splitlines()[0], "pass another --db file"
            ) from exc
        self._check_or_create(read_only)

    def _check_or_create(self, read_only: bool) -> None:
        tables = {row[0] for row in self.conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if tables and "meta" not in tables:
            raise StoreError(f"{self.path} holds tables that are not newsgraph's", "pass another --db file")
        if not tables:
            if read_only:
                raise StoreError(f"{self.path} is empty", "ingest something first")
            self.conn.execute(resources.files("newsgraph.store").joinpath("schema.sql").read_text())
            self.conn.execute(
                "INSERT INTO meta VALUES ('magic', ?), ('schema_version', ?)", [STORE_MAGIC, SCHEMA_VERSION]
            )

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def add(self, record: Record) -> bool:
        """Store one record in one transaction; False when it was already there."""
        article = record.article
        if not article.id:
            raise ValueError("article has no id")
        if self.has_article(article.id):
            return False
        self.conn.execute("BEGIN TRANSACTION")
        try:
            self._insert(record)
            self.conn.execute("COMMIT")
        except Exception:
            self.conn.execute("ROLLBACK")
            raise
        return True

    def add_failure(self, failure: Failure, article_id: str | None = None) -> None:
        self.conn.execute(
            "INSERT INTO failures (source, stage, reason, message, article_id) VALUES (?, ?, ?, ?, ?)",
            [failure.source, failure.stage, failure.reason, failure.message, article_id],
        )

    def _insert(self, record: Record) -> None:
        a = record.article
        self.conn.execute(
            "INSERT INTO articles (id, source, url, input_format, status, reason, headline, authors, outlet, section,"
            " dateline, published, updated, language, body, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                a.id,
                a.source,
                a.url,
                a.input_format,
                record.status.value,
                record.reason,
                a.headline,
                a.authors,
                a.outlet,
                a.section,
                a.dateline,
                a.published,
                a.updated,
                a.language,
                a.body,
                record.model_dump_json(),
            ],
        )
        for e in record.entities:
            self.conn.execute(
                "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?)",
                [a.id, e.id, e.type, e.name, e.role, e.country, e.sector, e.kb_id],
            )
            self.conn.executemany(
                "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?)",
                [[a.id, e.id, m.span.start, m.span.end, m.span.text, m.type, m.role, m.kind] for m in e.mentions],
            )
        for q in record.quotes:
            first, last = q.content[0], q.content[-1]
            self.conn.execute(
                "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    a.id,
                    q.id,
                    q.kind,
                    q.speaker_entity,
                    q.speaker_name,
                    q.unnamed,
                    " … ".join(s.text for s in q.content),
                    first.start,
                    last.end,
                    q.cue.text if q.cue else None,
                    q.cue.start if q.cue else None,
                    q.cue.end if q.cue else None,
                    q.speaker.text if q.speaker else None,
                    q.speaker.start if q.speaker else None,
                    q.speaker.end if q.speaker else None,
                    q.via,
                ],
            )
        for t in record.times:
            self.conn.execute(
                "INSERT INTO times VALUES (?,?,?,?,?,?,?,?,?)",
                [a.id, t.id, t.type, t.value, t.granularity, t.anchor, t.span.text, t.span.start, t.span.end],
            )
        for p in record.places:
            self.conn.execute(
                "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    a.id,
                    p.id,
                    p.name,
                    p.geonames_id,
                    p.country,
                    p.latitude,
                    p.longitude,
                    p.feature,
                    p.metonymic,
                    p.span.text,
                    p.span.start,
                    p.span.end,
                ],
            )
        for ev in record.events:
            actor = ev.actors[0] if ev.actors else None
            recipient = ev.recipients[0] if ev.recipients else None
            self.conn.execute(
                "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    a.id,
                    ev.id,
                    ev.type,
                    ev.mode,
                    ev.cameo,
                    ev.quad_class,
                    ev.goldstein,
                    *(_participant(actor)),
                    *(_participant(recipient)),
                    ev.place,
                    ev.date,
                    ev.date_source,
                    ev.negated,
                    ev.future,
                    ev.hypothetical,
                    ev.historical,
                    ev.reported,
                    ev.quote,
                    ev.confidence,
                    ev.trigger.text,
                    ev.trigger.start,
                    ev.trigger.end,
                    ev.evidence.text,
                    ev.evidence.start,
                    ev.evidence.end,
                ],
            )
        for failure in record.failures:
            self.add_failure(failure, a.id)

    def counts(self) -> dict[str, int]:
        tables = ["articles", "entities", "mentions", "quotes", "times", "places", "events", "failures"]
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def record(self, article_id: str) -> Record | None:
        row = self.conn.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchone()
        return Record.model_validate(json.loads(row[0])) if row else None


def _participant(p) -> list:
    return [p.name, p.country, p.sector, p.entity] if p else [None, None, None, None]
