"""`newsgraph serve`: the local web app over the store (pages plus a JSON API under /api)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from newsgraph.cli._common import DEFAULT_DB, DbOption, err_console


def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to listen on; keep 127.0.0.1 unless you mean to share it.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    writable: Annotated[
        bool, typer.Option("--writable", help="Open the store read-write so the ingest page can store records.")
    ] = False,
    cache: Annotated[
        bool, typer.Option("--cache/--no-cache", help="Keep rendered pages until the store file changes.")
    ] = True,
    workers: Annotated[
        int, typer.Option(min=1, max=16, help="Server processes, each reading the store (read-only mode only).")
    ] = 1,
) -> None:
    """Browse the store: articles with their evidence highlighted, quotes, events timeline, actors, ingest."""
    import uvicorn

    from newsgraph.errors import UsageError
    from newsgraph.web import create_app

    if not writable and not db.exists():
        raise UsageError(f"no database at {db}", "ingest something first, pass --db, or use --writable to create one")
    if writable and not db.exists():
        from newsgraph.store import Store

        Store(db).close()
    if writable and workers > 1:
        raise UsageError("--writable takes one worker", "DuckDB lets only one process write the file")
    mode = "read-write" if writable else "read-only"
    err_console.print(f"newsgraph: serving {db} {mode} on http://{host}:{port}/ with {workers} worker(s)")
    if workers == 1:
        uvicorn.run(create_app(db, writable=writable, cache=cache), host=host, port=port, log_level="warning")
        return
    os.environ["NEWSGRAPH_WEB_DB"] = str(db.resolve())
    os.environ["NEWSGRAPH_WEB_WRITABLE"] = "0"
    os.environ["NEWSGRAPH_WEB_CACHE"] = "1" if cache else "0"
    factory = "newsgraph.web.app:create_app_from_env"
    uvicorn.run(factory, factory=True, host=host, port=port, workers=workers, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command()(serve)
