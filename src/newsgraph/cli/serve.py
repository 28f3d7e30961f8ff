"""`newsgraph serve`: the local web app over the store (pages plus a JSON API under /api)."""

from __future__ import annotations

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
    err_console.print(f"newsgraph: serving {db} {'read-write' if writable else 'read-only'} on http://{host}:{port}/")
    uvicorn.run(create_app(db, writable=writable), host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command()(serve)
