"""Actors: the list, one page per actor (names, roles, countries, mentions over time, quotes, events),
and the network of who met, accused or aided whom."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import quote as urlquote

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from newsgraph.web.db import Database
from newsgraph.web.highlight import dom_id
from newsgraph.web.network import Network, layout
from newsgraph.web.queries import Where, page_bounds, split_total
from newsgraph.web.render import render

router = APIRouter()
ACTOR_KEY = "coalesce({t}.kb_id, 'name:' || lower(trim({t}.name)))"
NETWORK_TYPES = ["CONSULT", "ACCUSE", "AID"]  # met, accused, aided


class ActorSummary(BaseModel):
    key: str
    name: str
    type: str | None
    role: str | None
    country: str | None
    articles: int
    mentions: int


class ActorList(BaseModel):
    total: int
    page: int
    actors: list[ActorSummary]


class ActorQuote(BaseModel):
    article_id: str
    id: str
    kind: str
    content: str
    headline: str | None
    published: date | None
    evidence_url: str


class ActorEvent(BaseModel):
    article_id: str
    id: str
    type: str
    mode: str | None
    role: str
    other: str | None
    when: str | None
    negated: bool | None
    future: bool | None
    hypothetical: bool | None
    evidence_url: str


class ActorProfile(BaseModel):
    key: str
    name: str
    names: list[str]
    types: list[str]
    roles: list[str]
    countries: list[str]
    sectors: list[str]
    articles: list[dict]
    mentions_by_day: list[tuple[date, int]]
    quotes: list[ActorQuote]
    events: list[ActorEvent]


def actor_href(key: str) -> str:
    return "/actors/" + urlquote(key, safe="")


def _key_filter(key: str, table: str) -> str:
    """SQL matching an actor key (bound as the one parameter): a plain column test for KB ids."""
    return f"{table}.kb_id = ?" if not key.startswith("name:") else f"{ACTOR_KEY.format(t=table)} = ?"


def _has_kb(db: Database) -> bool:
    """The store's knowledge base has resolved the entities (ingest sets entities.kb_id and fills kb_entities)."""
    return {"kb_id", "num_articles"} <= db.columns("kb_entities") and bool(
        db.scalar("SELECT count(*) FROM kb_entities")
    )


def list_actors(db: Database, q: str | None, type: str | None, page: int) -> ActorList:
    if _has_kb(db):
        return _list_kb_actors(db, q, type, page)
    where = Where()
    where.contains("e.name", q)
    if type:
        where.add("e.type = ?", type.upper())
    key = ACTOR_KEY.format(t="e")
    limit, offset = page_bounds(page)
    total = db.scalar(f"SELECT count(DISTINCT {key}) FROM entities e{where.sql}", where.params)
    rows = db.query(
        f"SELECT {key} AS key, arg_max(e.name, length(e.name)) AS name, mode(e.type) AS type, mode(e.role) AS role,"
        " mode(e.country) AS country, count(DISTINCT e.article_id) AS articles, coalesce(sum(m.n), 0) AS mentions"
        " FROM entities e LEFT JOIN (SELECT article_id, entity_id, count(*) n FROM mentions GROUP BY ALL) m"
        f" ON m.article_id = e.article_id AND m.entity_id = e.id{where.sql}"
        " GROUP BY 1 ORDER BY articles DESC, mentions DESC, name LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    )
    return ActorList(total=total, page=page, actors=[ActorSummary(**r) for r in rows])


def _list_kb_actors(db: Database, q: str | None, type: str | None, page: int) -> ActorList:
    """The actor list straight from the store's knowledge base, which keeps the counts per KB entity."""
    where = Where()
    if q and q.strip():
        needle = q.strip().lower()
        where.add("contains(lower(name || '|' || array_to_string(coalesce(aliases, []), '|')), ?)", needle)
    if type:
        where.add("type = ?", type.upper())
    limit, offset = page_bounds(page)
    rows = db.query(
        "SELECT count(*) OVER () AS total, kb_id AS key, name, type, role, country,"
        " coalesce(num_articles, 0) AS articles,"
        f" coalesce(num_mentions, 0) AS mentions FROM kb_entities{where.sql}"
        " ORDER BY articles DESC, mentions DESC, name LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    )
    total, rows = split_total(rows)
    if not rows and page > 1:
        total = db.scalar(f"SELECT count(*) FROM kb_entities{where.sql}", where.params)
    return ActorList(total=total, page=page, actors=[ActorSummary(**r) for r in rows])


def _kb_aliases(db: Database, key: str) -> list[str]:
    if "aliases" not in db.columns("kb_entities"):
        return []
    return db.scalar("SELECT aliases FROM kb_entities WHERE kb_id = ?", [key]) or []


def _distinct(values) -> list[str]:
    return sorted({v for v in values if v})


def actor_profile(db: Database, key: str) -> ActorProfile:
    matched = f"SELECT article_id, id FROM entities WHERE {_key_filter(key, 'entities')}"
    rows = db.query(
        "SELECT e.*, a.headline, a.published FROM entities e JOIN articles a ON a.id = e.article_id"
        f" WHERE {_key_filter(key, 'e')} ORDER BY a.published NULLS LAST",
        [key],
    )
    if not rows:
        raise HTTPException(404, f"no actor {key!r}")
    mentions = db.query(
        "SELECT m.text, m.role, m.kind, CAST(a.published AS DATE) AS day FROM mentions m"
        f" JOIN ({matched}) x ON x.article_id = m.article_id AND x.id = m.entity_id"
        " JOIN articles a ON a.id = m.article_id",
        [key],
    )
    by_day: dict[date, int] = {}
    for m in mentions:
        if m["day"]:
            by_day[m["day"]] = by_day.get(m["day"], 0) + 1
    return ActorProfile(
        key=key,
        name=max((r["name"] for r in rows), key=len),
        names=_distinct(
            [r["name"] for r in rows]
            + [m["text"] for m in mentions if m["kind"] in ("name", "surname")]
            + _kb_aliases(db, key)
        ),
        types=_distinct(r["type"] for r in rows),
        roles=_distinct([r["role"] for r in rows] + [m["role"] for m in mentions]),
        countries=_distinct(r["country"] for r in rows),
        sectors=_distinct(r["sector"] for r in rows),
        articles=[
            {"id": r["article_id"], "headline": r["headline"], "published": r["published"]}
            for r in {r["article_id"]: r for r in rows}.values()
        ],
        mentions_by_day=sorted(by_day.items()),
        quotes=_actor_quotes(db, matched, key),
        events=_actor_events(db, matched, key),
    )


def _actor_quotes(db: Database, matched: str, key: str) -> list[ActorQuote]:
    rows = db.query(
        "SELECT q.article_id, q.id, q.kind, q.content, a.headline, CAST(a.published AS DATE) AS published"
        f" FROM quotes q JOIN ({matched}) x ON x.article_id = q.article_id AND x.id = q.speaker_entity"
        " JOIN articles a ON a.id = q.article_id ORDER BY a.published NULLS LAST, q.content_start LIMIT 500",
        [key],
    )
    return [ActorQuote(**r, evidence_url=f"/articles/{r['article_id']}#{dom_id('quote', r['id'])}") for r in rows]


def _actor_events(db: Database, matched: str, key: str) -> list[ActorEvent]:
    rows = db.query(
        "SELECT e.article_id, e.id, e.type, e.mode,"
        " CASE WHEN x.id = e.actor_entity THEN 'actor' ELSE 'recipient' END AS role,"
        " CASE WHEN x.id = e.actor_entity THEN e.recipient_name ELSE e.actor_name END AS other,"
        " coalesce(e.date, strftime(a.published, '%Y-%m-%d')) AS \"when\", e.negated, e.future, e.hypothetical"
        f" FROM events e JOIN ({matched}) x ON x.article_id = e.article_id"
        " AND (x.id = e.actor_entity OR x.id = e.recipient_entity)"
        ' JOIN articles a ON a.id = e.article_id ORDER BY "when" NULLS LAST LIMIT 500',
        [key],
    )
    return [ActorEvent(**r, evidence_url=f"/articles/{r['article_id']}#{dom_id('event', r['id'])}") for r in rows]


def network_edges(db: Database, types: list[str], around: str | None = None) -> list[dict]:
    where = Where()
    where.add("e.actor_name IS NOT NULL AND e.recipient_name IS NOT NULL")
    where.add("NOT (coalesce(e.negated, false) OR coalesce(e.future, false) OR coalesce(e.hypothetical, false))")
    if types:
        where.add(f"e.type IN ({', '.join('?' for _ in types)})", *types)
    src = "coalesce(ea.kb_id, 'name:' || lower(trim(coalesce(ea.name, e.actor_name))))"
    dst = "coalesce(er.kb_id, 'name:' || lower(trim(coalesce(er.name, e.recipient_name))))"
    if around:
        where.add(f"({src} = ? OR {dst} = ?)", around, around)
    return db.query(
        f"SELECT {src} AS src, any_value(coalesce(ea.name, e.actor_name)) AS src_name,"
        f" {dst} AS dst, any_value(coalesce(er.name, e.recipient_name)) AS dst_name, e.type, count(*) AS n"
        " FROM events e"
        " LEFT JOIN entities ea ON ea.article_id = e.article_id AND ea.id = e.actor_entity"
        f" LEFT JOIN entities er ON er.article_id = e.article_id AND er.id = e.recipient_entity{where.sql}"
        " GROUP BY src, dst, e.type ORDER BY n DESC LIMIT 2000",
        where.params,
    )


def actor_network(db: Database, types: list[str], around: str | None = None) -> Network:
    return layout(network_edges(db, types, around), actor_href)


def _types(types: list[str] | None, all_types: bool) -> list[str]:
    return [] if all_types else [t.upper() for t in types or NETWORK_TYPES]


@router.get("/actors", response_class=HTMLResponse, include_in_schema=False)
def actors_page(
    request: Request,
    q: str | None = None,
    type: str | None = None,
    page: Annotated[int, Query(ge=1)] = 1,
    types: Annotated[list[str] | None, Query()] = None,
    all_types: bool = False,
) -> HTMLResponse:
    db = request.app.state.db
    chosen = _types(types, all_types)
    return render(
        request,
        "actors.html",
        title="Actors",
        result=list_actors(db, q, type, page),
        network=actor_network(db, chosen),
        chosen_types=chosen,
        network_types=NETWORK_TYPES,
        params={"q": q, "type": type, "types": types, "all_types": all_types or None},
    )


@router.get("/actors/{key:path}", response_class=HTMLResponse, include_in_schema=False)
def actor_page(request: Request, key: str) -> HTMLResponse:
    db = request.app.state.db
    profile = actor_profile(db, key)
    return render(request, "actor.html", title=profile.name, profile=profile, network=actor_network(db, [], around=key))


@router.get("/api/actors", response_model=ActorList, tags=["actors"])
def api_actors(
    request: Request,
    q: Annotated[str | None, Query(description="part of the actor's name")] = None,
    type: Annotated[str | None, Query(description="entity type, e.g. PERSON")] = None,
    page: Annotated[int, Query(ge=1)] = 1,
) -> ActorList:
    """Actors across articles (one per KB id, else per name), most-reported first."""
    return list_actors(request.app.state.db, q, type, page)


@router.get("/api/network", tags=["actors"])
def api_network(
    request: Request,
    types: Annotated[list[str] | None, Query(description="event types; default CONSULT, ACCUSE, AID")] = None,
    all_types: bool = False,
    around: Annotated[str | None, Query(description="only edges touching this actor key")] = None,
) -> list[dict]:
    """Edges of the actor network: who did what to whom, how often (negated, future and hypothetical events
    left out: the network shows what happened)."""
    return network_edges(request.app.state.db, _types(types, all_types), around)


@router.get("/api/actors/{key:path}", response_model=ActorProfile, tags=["actors"])
def api_actor(request: Request, key: str) -> ActorProfile:
    """One actor: its names, roles, countries, mentions per day, quotes and events."""
    return actor_profile(request.app.state.db, key)
