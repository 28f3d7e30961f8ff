"""`newsgraph quotes`: who said what, across the store."""

from __future__ import annotations

from typing import Annotated

import typer

from newsgraph.cli._common import DEFAULT_DB, DbOption
from newsgraph.cli.query import FormatOption, TableFormat, emit_rows


def quotes(
    speaker: Annotated[str | None, typer.Option("--speaker", help="Name, alias or KB id of the speaker.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Articles dated on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Articles dated on or before YYYY-MM-DD.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="direct, indirect or mixed.")] = None,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = TableFormat.pretty,
) -> None:
    """List quotes, optionally by one speaker (spelling variants resolve through the KB)."""
    from newsgraph.store import Store
    from newsgraph.store.queries import quotes as find_quotes

    with Store(db, read_only=True) as store:
        columns, rows = find_quotes(store.conn, speaker, since, until, kind)
    if fmt == TableFormat.pretty:
        keep = ["day", "speaker", "kind", "content", "headline"]
        idx = [columns.index(c) for c in keep]
        emit_rows(keep, [[r[i] for i in idx] for r in rows], fmt, title=f"{len(rows)} quotes")
    else:
        emit_rows(columns, rows, fmt)


def register(app: typer.Typer) -> None:
    app.command(name="quotes")(quotes)
