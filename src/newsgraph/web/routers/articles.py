"""Articles: the searchable list and the article page with every fact highlighted in its story."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ValidationError

from newsgraph.records import Record
from newsgraph.web.db import Database
from newsgraph.web.facts import record_facts
from newsgraph.web.highlight import highlight, speaker_palette
from newsgraph.web.queries import Where, page_bounds, split_total
from newsgraph.web.render import render

router = APIRouter()
MAX_MAP_POINTS = 40  # other places of the article drawn faintly on each place's map


class ArticleSummary(BaseModel):
    id: str
    headline: str | None
    source: str
    outlet: str | None
    published: datetime | None
    status: str | None
    entities: int
    quotes: int
    events: int


class ArticlePage(BaseModel):
    total: int
    page: int
    articles: list[ArticleSummary]


def list_articles(db: Database, q: str | None, page: int) -> ArticlePage:
    where = Where()
    if q and q.strip():
        needle = q.strip().lower()
        where.add("(contains(lower(coalesce(a.headline, '')), ?) OR contains(lower(a.body), ?))", needle, needle)
    limit, offset = page_bounds(page)
    rows = db.query(
        "SELECT count(*) OVER () AS total, a.id, a.headline, a.source, a.outlet, a.published, a.status,"
        " coalesce(e.n, 0) AS entities, coalesce(q.n, 0) AS quotes, coalesce(v.n, 0) AS events"
        " FROM articles a"
        " LEFT JOIN (SELECT article_id, count(*) n FROM entities GROUP BY ALL) e ON e.article_id = a.id"
        " LEFT JOIN (SELECT article_id, count(*) n FROM quotes GROUP BY ALL) q ON q.article_id = a.id"
        " LEFT JOIN (SELECT article_id, count(*) n FROM events GROUP BY ALL) v ON v.article_id = a.id"
        f"{where.sql} ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    )
    total, rows = split_total(rows)
    if not rows and page > 1:  # past the last page: the count still answers
        total = db.scalar(f"SELECT count(*) FROM articles a{where.sql}", where.params)
    return ArticlePage(total=total, page=page, articles=[ArticleSummary(**r) for r in rows])


def load_record(db: Database, article_id: str) -> Record:
    raw = db.scalar("SELECT record::VARCHAR FROM articles WHERE id = ?", [article_id])
    if raw is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    try:
        return Record.model_validate_json(raw)
    except ValidationError as exc:
        raise HTTPException(
            500, f"the stored record does not match this version's schema: {exc.error_count()} errors"
        ) from exc


def article_context(record: Record) -> dict:
    """Everything the article template needs; shared with the ingest page."""
    marked = highlight(record)
    palette = speaker_palette(record)
    speakers = {}
    for quote in record.quotes:
        name = quote.speaker_name or "unknown speaker"
        key = quote.speaker_entity or name.lower()
        speakers.setdefault(name, palette.get(key, 0))
    return {
        "record": record,
        "article": record.article,
        "story": marked.html,
        "skipped_spans": marked.skipped,
        "facts": record_facts(record),
        "speakers": speakers,
        "all_points": _distinct_points(record)[:MAX_MAP_POINTS],
    }


def _distinct_points(record: Record) -> list[tuple[float, float]]:
    points = {(round(p.longitude, 2), round(p.latitude, 2)) for p in record.places if p.latitude is not None}
    return sorted(points)


@router.get("/articles", response_class=HTMLResponse, include_in_schema=False)
def articles_page(request: Request, q: str | None = None, page: Annotated[int, Query(ge=1)] = 1) -> HTMLResponse:
    result = list_articles(request.app.state.db, q, page)
    return render(request, "articles.html", title="Articles", result=result, q=q or "", params={"q": q})


@router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    record = load_record(request.app.state.db, article_id)
    title = record.article.headline or record.article.source
    return render(request, "article.html", title=title, stored=True, **article_context(record))


@router.get("/api/articles", response_model=ArticlePage, tags=["articles"])
def api_articles(
    request: Request,
    q: Annotated[str | None, Query(description="words in the headline or story")] = None,
    page: Annotated[int, Query(ge=1)] = 1,
) -> ArticlePage:
    """Stored articles, newest first, 50 a page."""
    return list_articles(request.app.state.db, q, page)


@router.get("/api/articles/{article_id}", response_model=Record, tags=["articles"])
def api_article(request: Request, article_id: str) -> Record:
    """The full record of one article: story, metadata and every fact with its evidence span."""
    return load_record(request.app.state.db, article_id)
