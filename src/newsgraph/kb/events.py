"""Merge the same event reported by several articles into one, counted as GDELT does.

Two article events are one when they share type, the actor and recipient (KB entity, else
country, else name), the modes (negated, future, hypothetical, historical) and fall within
``window`` days of each other. Each merged event keeps every member (``event_members``), so every
evidence span stays reachable. Rebuilt in full after each run: a few thousand rows per second.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from newsgraph.store.duckdb import insert_rows

WINDOW_DAYS = 1

_EVENTS_SQL = """
SELECT e.article_id, e.id, e.type, e.mode, e.cameo, e.quad_class, e.goldstein,
       e.actor_name, e.actor_country, e.actor_sector, ak.kb_id,
       e.recipient_name, e.recipient_country, e.recipient_sector, rk.kb_id,
       coalesce(e.date, strftime(coalesce(a.updated, a.published), '%Y-%m-%d')),
       e.negated, e.future, e.hypothetical, e.historical, e.place_id,
       coalesce(a.outlet, regexp_extract(a.url, '^[a-z]+://([^/]+)', 1), a.source),
       coalesce(a.published, a.updated, a.ingested_at)
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN entities ak ON ak.article_id = e.article_id AND ak.id = e.actor_entity
LEFT JOIN entities rk ON rk.article_id = e.article_id AND rk.id = e.recipient_entity
"""


@dataclass
class EventRow:
    article_id: str
    event_id: str
    type: str
    mode: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    actor_name: str | None
    actor_country: str | None
    actor_sector: str | None
    actor_kb: str | None
    recipient_name: str | None
    recipient_country: str | None
    recipient_sector: str | None
    recipient_kb: str | None
    date: str | None
    negated: bool
    future: bool
    hypothetical: bool
    historical: bool
    place_id: str | None
    outlet: str | None
    seen: object

    def key(self) -> tuple:
        actor = self.actor_kb or self.actor_country or (self.actor_name or "").lower()
        recipient = self.recipient_kb or self.recipient_country or (self.recipient_name or "").lower()
        return (self.type, actor, recipient, self.negated, self.future, self.hypothetical, self.historical)

    def day(self) -> date | None:
        try:
            return date.fromisoformat((self.date or "")[:10])
        except ValueError:
            return None


def merge_events(conn, window: int = WINDOW_DAYS) -> int:
    """Rebuild merged_events and event_members; returns the number of merged events."""
    rows = [EventRow(*r) for r in conn.execute(_EVENTS_SQL).fetchall()]
    groups: dict[tuple, list[EventRow]] = defaultdict(list)
    for row in rows:
        groups[row.key()].append(row)
    merged, members = [], []
    for group in groups.values():
        for cluster in _clusters(group, window):
            event, links = _merged(cluster)
            merged.append(event)
            members.extend(links)
    conn.execute("BEGIN TRANSACTION")
    try:
        conn.execute("DELETE FROM event_members")
        conn.execute("DELETE FROM merged_events")
        insert_rows(conn, "merged_events", merged)
        insert_rows(conn, "event_members", members)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(merged)


def _clusters(group: list[EventRow], window: int) -> list[list[EventRow]]:
    """Split one key's events into runs whose consecutive dates lie within the window."""
    undated = [r for r in group if r.day() is None]
    dated = sorted((r for r in group if r.day() is not None), key=lambda r: (r.day(), r.article_id, r.event_id))
    clusters: list[list[EventRow]] = []
    for row in dated:
        if clusters and row.day() - clusters[-1][-1].day() <= timedelta(days=window):
            clusters[-1].append(row)
        else:
            clusters.append([row])
    if undated:
        clusters.append(sorted(undated, key=lambda r: (r.article_id, r.event_id)))
    return clusters


def _merged(cluster: list[EventRow]) -> tuple[dict, list[dict]]:
    first = min(cluster, key=lambda r: (str(r.seen), r.article_id, r.event_id))
    merged_id = "me:" + hashlib.sha1(f"{first.article_id}/{first.event_id}".encode()).hexdigest()[:16]
    days = sorted(str(r.day()) for r in cluster if r.day())
    event = {
        "id": merged_id,
        "type": first.type,
        "mode": first.mode,
        "cameo": first.cameo,
        "quad_class": first.quad_class,
        "goldstein": first.goldstein,
        "actor_name": first.actor_name,
        "actor_country": _first(r.actor_country for r in cluster),
        "actor_sector": _first(r.actor_sector for r in cluster),
        "actor_kb": first.actor_kb,
        "recipient_name": first.recipient_name,
        "recipient_country": _first(r.recipient_country for r in cluster),
        "recipient_sector": _first(r.recipient_sector for r in cluster),
        "recipient_kb": first.recipient_kb,
        "date": first.date,
        "first_date": days[0] if days else None,
        "last_date": days[-1] if days else None,
        "negated": first.negated,
        "future": first.future,
        "hypothetical": first.hypothetical,
        "historical": first.historical,
        "num_mentions": len(cluster),
        "num_sources": len({r.outlet for r in cluster}),
        "num_articles": len({r.article_id for r in cluster}),
        "first_article_id": first.article_id,
        "first_event_id": first.event_id,
        "place_id": first.place_id,
    }
    links = [{"merged_id": merged_id, "article_id": r.article_id, "event_id": r.event_id} for r in cluster]
    return event, links


def _first(values):
    return next((v for v in values if v), None)
