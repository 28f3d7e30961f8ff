"""Quotes: who said what, searchable by speaker, words, date and kind; each links to its evidence."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from newsgraph.web.db import Database
from newsgraph.web.highlight import dom_id
from newsgraph.web.queries import Where, page_bounds, parse_date, split_total
from newsgraph.web.render import render

router = APIRouter()
Kind = Literal["", "direct", "indirect", "mixed"]


class QuoteHit(BaseModel):
    article_id: str
    id: str
    kind: str
    speaker_name: str | None
    speaker_role: str | None
    speaker_country: str | None
    speaker_kb: str | None
    unnamed: bool | None
    content: str
    cue: str | None
    headline: str | None
    published: datetime | None
    evidence_url: str


class QuoteResults(BaseModel):
    total: int
    page: int
    quotes: list[QuoteHit]


def search_quotes(
    db: Database,
    speaker: str | None = None,
    text: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    kind: str | None = None,
    page: int = 1,
) -> QuoteResults:
    where = Where()
    where.contains("coalesce(q.speaker_name, e.name)", speaker)
    where.contains("q.content", text)
    if kind:
        where.add("q.kind = ?", kind)
    if start := parse_date(date_from):
        where.add("CAST(a.published AS DATE) >= ?", start)
    if end := parse_date(date_to):
        where.add("CAST(a.published AS DATE) <= ?", end)
    joins = (
        " FROM quotes q JOIN articles a ON a.id = q.article_id"
        " LEFT JOIN entities e ON e.article_id = q.article_id AND e.id = q.speaker_entity"
    )
    limit, offset = page_bounds(page)
    rows = db.query(
        "SELECT count(*) OVER () AS total, q.article_id, q.id, q.kind,"
        " coalesce(q.speaker_name, e.name) AS speaker_name, e.role AS speaker_role,"
        " e.country AS speaker_country, e.kb_id AS speaker_kb, q.unnamed, q.content, q.cue, a.headline, a.published"
        f"{joins}{where.sql} ORDER BY a.published DESC NULLS LAST, q.article_id, q.content_start LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    )
    total, rows = split_total(rows)
    if not rows and page > 1:
        total = db.scalar(f"SELECT count(*){joins}{where.sql}", where.params)
    hits = [QuoteHit(**r, evidence_url=f"/articles/{r['article_id']}#{dom_id('quote', r['id'])}") for r in rows]
    return QuoteResults(total=total, page=page, quotes=hits)


@router.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
def quotes_page(
    request: Request,
    speaker: str | None = None,
    text: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    kind: Kind = "",
    page: Annotated[int, Query(ge=1)] = 1,
) -> HTMLResponse:
    params = {"speaker": speaker, "text": text, "date_from": date_from, "date_to": date_to, "kind": kind}
    result = search_quotes(request.app.state.db, page=page, **params)
    return render(request, "quotes.html", title="Quotes", result=result, params=params)


@router.get("/api/quotes", response_model=QuoteResults, tags=["quotes"])
def api_quotes(
    request: Request,
    speaker: Annotated[str | None, Query(description="part of the speaker's name")] = None,
    text: Annotated[str | None, Query(description="words in the quote")] = None,
    date_from: Annotated[str | None, Query(description="published on or after YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(description="published on or before YYYY-MM-DD")] = None,
    kind: Kind = "",
    page: Annotated[int, Query(ge=1)] = 1,
) -> QuoteResults:
    """Quotes with their speaker and a link to the highlighted evidence in the article."""
    return search_quotes(request.app.state.db, speaker, text, date_from, date_to, kind, page)
