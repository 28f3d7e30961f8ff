"""`newsgraph show`: what the store holds, article by article."""

from __future__ import annotations

from typing import Annotated

import typer

from newsgraph.cli._common import DEFAULT_DB, DbOption, OutputFormat, emit_json


def show(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="pretty, json or jsonl.")] = OutputFormat.pretty,
) -> None:
    """Summarise the store: table sizes and what each article yielded."""
    from rich.console import Console
    from rich.table import Table

    from newsgraph.store import Store

    with Store(db, read_only=True) as store:
        counts = store.counts()
        rows = store.conn.execute(
            "SELECT a.id, coalesce(a.headline, a.source), a.status,"
            " (SELECT count(*) FROM entities e WHERE e.article_id = a.id),"
            " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),"
            " (SELECT count(*) FROM times t WHERE t.article_id = a.id),"
            " (SELECT count(*) FROM places p WHERE p.article_id = a.id),"
            " (SELECT count(*) FROM events v WHERE v.article_id = a.id)"
            " FROM articles a ORDER BY a.ingested_at, a.id"
        ).fetchall()
    keys = ["id", "headline", "status", "entities", "quotes", "times", "places", "events"]
    if fmt != OutputFormat.pretty:
        emit_json({"counts": counts, "articles": [dict(zip(keys, r, strict=True)) for r in rows]}, fmt)
        return
    console = Console()
    table = Table(*keys[1:], title=f"{db}: " + ", ".join(f"{v} {k}" for k, v in counts.items()), title_justify="left")
    for row in rows:
        table.add_row(str(row[1])[:70], *[str(v) for v in row[2:]])
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(show)
