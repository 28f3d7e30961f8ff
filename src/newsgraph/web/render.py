"""One Jinja2 environment for every page, autoescaping everything (article text is never marked safe)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from newsgraph.web.facts import actor_href, country_label

TEMPLATES = Path(__file__).parent / "templates"
SAFE_URL_SCHEMES = ("http://", "https://")


def safe_url(url: str | None) -> str | None:
    """An article's own URL is shown as a link only when it is plain http(s); never javascript: or data:."""
    if url and url.strip().lower().startswith(SAFE_URL_SCHEMES):
        return url.strip()
    return None


def short_date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.strftime("%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def query_string(params: dict[str, Any], **changes: Any) -> str:
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "", [])}
    return urlencode(merged, doseq=True)


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined)
    env.filters.update(
        short_date=short_date, country=country_label, urlpart=lambda s: quote(str(s), safe=""), safe_url=safe_url
    )
    env.globals.update(actor_href=actor_href, query_string=query_string)
    return env


ENV = _environment()


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = ENV.get_template(template).render(request=request, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status)
