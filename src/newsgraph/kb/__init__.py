"""The knowledge base across articles: entity ids, near-duplicate links and merged events.

:class:`KnowledgeBase` runs inside the store's batch transaction (the writer is the only process
that changes these tables, so it keeps the indexes in memory); :func:`merge_events` rebuilds the
merged events after a run.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.kb.duplicates import DuplicateFinder
from newsgraph.kb.entities import EntityResolver
from newsgraph.kb.events import merge_events
from newsgraph.records import Record

__all__ = ["KnowledgeBase", "merge_events"]


class KnowledgeBase:
    def __init__(self) -> None:
        self.resolver: EntityResolver | None = None
        self.duplicates: DuplicateFinder | None = None

    def _load(self, conn) -> None:
        self.resolver = EntityResolver.from_rows(
            conn.execute(
                "SELECT kb_id, type, name, aliases, role, country, sector, num_articles, num_mentions FROM kb_entities"
            ).fetchall()
        )
        self.duplicates = DuplicateFinder()
        self.duplicates.load(conn.execute("SELECT article_id, signature FROM article_minhash").fetchall())

    def before_insert(self, conn, records: Sequence[Record]) -> dict[str, list[dict]]:
        """Set ``kb_id`` on every entity of the new records; return the KB rows to write with them."""
        if self.resolver is None:
            self._load(conn)
        touched = {}
        rows: dict[str, list[dict]] = {"article_minhash": [], "article_links": []}
        for record in records:
            for entity in record.entities:
                kb = self.resolver.resolve(entity)
                entity.kb_id = kb.kb_id
                touched[kb.kb_id] = kb
            blob, links = self.duplicates.add(record.article.id, record.article.body)
            if blob is not None:
                rows["article_minhash"].append({"article_id": record.article.id, "signature": blob})
            for other, similarity in links:
                rows["article_links"].append(
                    {
                        "article_id": record.article.id,
                        "other_id": other,
                        "kind": "near_duplicate",
                        "similarity": similarity,
                    }
                )
        if touched:
            conn.execute("DELETE FROM kb_entities WHERE list_contains(?, kb_id)", [list(touched)])
        rows["kb_entities"] = [kb.row() for kb in touched.values()]
        return rows

    def rollback(self) -> None:
        """Forget the in-memory indexes after a failed write; they reload from the store."""
        self.resolver = None
        self.duplicates = None
