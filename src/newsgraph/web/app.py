"""The app factory: templates, static files, security headers, store errors as pages, one router per resource."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph.web.basemap import basemap_svg
from newsgraph.web.cache import ResponseCache
from newsgraph.web.db import Database, StoreUnavailable
from newsgraph.web.middleware import PageCache, SecurityHeaders
from newsgraph.web.render import render

HERE = Path(__file__).parent


def create_app(db_path: str | Path, writable: bool = False, cache: bool = True) -> FastAPI:
    from newsgraph.web.routers import actors, articles, events, ingest, quotes

    app = FastAPI(
        title="newsgraph",
        summary="Articles, entities, quotes, times, places and events read from news pages, with their evidence.",
        version="1",
        docs_url=None,  # the interactive docs load their scripts from a CDN; /openapi.json is served
        redoc_url=None,
    )
    app.state.db = Database(db_path, writable=writable)
    app.add_middleware(PageCache, cache=ResponseCache(Path(db_path)) if cache else None)
    app.add_middleware(SecurityHeaders)  # added last: outermost, so cached pages get the headers too
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (articles, quotes, events, actors, ingest):
        app.include_router(module.router)
    _install_handlers(app)
    app.router.on_shutdown.append(app.state.db.close)

    @app.get("/map/base.svg", include_in_schema=False)
    def base_map() -> Response:
        return Response(basemap_svg(), media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/articles")

    return app


def create_app_from_env() -> FastAPI:
    """Factory for uvicorn worker processes (``serve --workers N``): settings come in the environment."""
    return create_app(
        os.environ["NEWSGRAPH_WEB_DB"],
        writable=os.environ.get("NEWSGRAPH_WEB_WRITABLE") == "1",
        cache=os.environ.get("NEWSGRAPH_WEB_CACHE", "1") == "1",
    )


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(StoreUnavailable)
    async def store_unavailable(request: Request, exc: StoreUnavailable) -> Response:
        status = 503 if exc.locked else 500
        headers = {"Retry-After": "2"} if exc.locked else {}
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": exc.message, "locked": exc.locked}, status_code=status, headers=headers)
        page = render(request, "error.html", status=status, title="Store unavailable", message=exc.message)
        page.headers.update(headers)
        return page

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return render(
            request, "error.html", status=exc.status_code, title=f"Error {exc.status_code}", message=str(exc.detail)
        )
