"""Events: a timeline filterable by actor, country, type, PLOVER mode and modality (negated, future...)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from newsgraph.web.db import Database
from newsgraph.web.highlight import dom_id
from newsgraph.web.queries import Where, parse_date, split_total
from newsgraph.web.render import render
from newsgraph.web.timeline import layout

router = APIRouter()
PLOT_LIMIT = 2000
TABLE_LIMIT = 200
Modality = Literal["", "asserted", "negated", "future", "hypothetical", "historical", "reported"]
# The drawn modality: the strongest flag wins (negated over hypothetical over future...).
MODALITY_CASE = (
    "CASE WHEN e.negated THEN 'negated' WHEN e.hypothetical THEN 'hypothetical' WHEN e.future THEN 'future'"
    " WHEN e.historical THEN 'historical' WHEN e.reported THEN 'reported' ELSE 'asserted' END"
)


class EventHit(BaseModel):
    article_id: str
    id: str
    type: str
    mode: str | None
    modality: str
    when: str | None
    actor_name: str | None
    actor_country: str | None
    recipient_name: str | None
    recipient_country: str | None
    trigger: str | None
    evidence: str | None
    headline: str | None
    cameo: str | None
    goldstein: float | None
    sources: int
    evidence_url: str


class EventResults(BaseModel):
    total: int
    sources_from: Literal["merged_events", "event_key"]
    events: list[EventHit]


def _sources_sql(db: Database) -> tuple[str, str, str]:
    """How many sources report each event: the store's merged events where it has merged them, else a
    count of the articles sharing the event's (type, actor, recipient, date) key."""
    join = (
        " LEFT JOIN (SELECT type, lower(coalesce(actor_name, '')) ak, lower(coalesce(recipient_name, '')) rk,"
        " coalesce(date, '') dk, count(DISTINCT article_id) n FROM events GROUP BY ALL) s"
        " ON s.type = e.type AND s.ak = lower(coalesce(e.actor_name, ''))"
        " AND s.rk = lower(coalesce(e.recipient_name, '')) AND s.dk = coalesce(e.date, '')"
    )
    merged = {"merged_id", "event_id"} <= db.columns("event_members") and "num_sources" in db.columns("merged_events")
    if not merged or not db.memo("event_members", lambda: db.scalar("SELECT count(*) FROM event_members")):
        return join, "coalesce(s.n, 1)", "event_key"
    join += (
        " LEFT JOIN event_members em ON em.article_id = e.article_id AND em.event_id = e.id"
        " LEFT JOIN merged_events me ON me.id = em.merged_id"
    )
    return join, "coalesce(me.num_sources, s.n, 1)", "merged_events"


def search_events(
    db: Database,
    actor: str | None = None,
    country: str | None = None,
    type: str | None = None,
    mode: str | None = None,
    modality: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = PLOT_LIMIT,
) -> EventResults:
    when = "coalesce(e.date, strftime(a.published, '%Y-%m-%d'))"
    where = Where()
    if actor and actor.strip():
        needle = actor.strip().lower()
        where.add(
            "(contains(lower(coalesce(e.actor_name, '')), ?) OR contains(lower(coalesce(e.recipient_name, '')), ?))",
            needle,
            needle,
        )
    if country and country.strip():
        code = country.strip().upper()
        where.add("(e.actor_country = ? OR e.recipient_country = ?)", code, code)
    if type:
        where.add("e.type = ?", type.strip().upper())
    if mode:
        where.add("e.mode = ?", mode.strip())
    if modality:
        where.add(f"{MODALITY_CASE} = ?", modality)
    if start := parse_date(date_from):
        where.add(f"{when} >= ?", start.isoformat())
    if end := parse_date(date_to):
        where.add(f"left({when}, 10) <= ?", end.isoformat())
    join, sources, sources_from = _sources_sql(db)
    base = f" FROM events e JOIN articles a ON a.id = e.article_id{join}{where.sql}"
    rows = db.query(
        f"SELECT count(*) OVER () AS total, e.article_id, e.id, e.type, e.mode, {MODALITY_CASE} AS modality,"
        f' {when} AS "when",'
        " e.actor_name, e.actor_country, e.recipient_name, e.recipient_country, e.trigger, e.evidence,"
        f" a.headline, e.cameo, e.goldstein, {sources} AS sources{base}"
        f" ORDER BY {when} NULLS LAST, e.article_id, e.trigger_start LIMIT ?",
        [*where.params, limit],
    )
    total, rows = split_total(rows)
    hits = [EventHit(**r, evidence_url=f"/articles/{r['article_id']}#{dom_id('event', r['id'])}") for r in rows]
    return EventResults(total=total, sources_from=sources_from, events=hits)


def facets(db: Database) -> dict[str, list[str]]:
    def distinct(column: str) -> list[str]:
        rows = db.query(f"SELECT DISTINCT {column} AS v FROM events WHERE {column} IS NOT NULL ORDER BY v")
        return [r["v"] for r in rows]

    return db.memo("event-facets", lambda: {"types": distinct("type"), "modes": distinct("mode")})


def _marker_title(e: EventHit) -> str:
    who = f"{e.actor_name or '?'} → {e.recipient_name or '?'}"
    return f"{e.when or 'undated'} {e.type} ({e.modality}): {who}; {e.sources} source(s)"


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_page(
    request: Request,
    actor: str | None = None,
    country: str | None = None,
    type: str | None = None,
    mode: str | None = None,
    modality: Modality = "",
    date_from: str | None = None,
    date_to: str | None = None,
) -> HTMLResponse:
    db = request.app.state.db
    params = {"actor": actor, "country": country, "type": type, "mode": mode, "modality": modality}
    params |= {"date_from": date_from, "date_to": date_to}
    result = search_events(db, **params)
    timeline = layout(
        [
            {"when": e.when, "type": e.type, "modality": e.modality, "title": _marker_title(e)}
            | {"href": e.evidence_url, "sources": e.sources}
            for e in result.events
        ]
    )
    return render(
        request,
        "events.html",
        title="Events",
        result=result,
        shown=result.events[:TABLE_LIMIT],
        timeline=timeline,
        facets=facets(db),
        params=params,
    )


@router.get("/api/events", response_model=EventResults, tags=["events"])
def api_events(
    request: Request,
    actor: Annotated[str | None, Query(description="part of the actor's or recipient's name")] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-3 of actor or recipient")] = None,
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT")] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode, e.g. visit")] = None,
    modality: Modality = "",
    date_from: str | None = None,
    date_to: str | None = None,
    limit: Annotated[int, Query(ge=1, le=PLOT_LIMIT)] = 500,
) -> EventResults:
    """Events in date order (their own date, else the article's), with how many sources report each."""
    return search_events(request.app.state.db, actor, country, type, mode, modality, date_from, date_to, limit)
