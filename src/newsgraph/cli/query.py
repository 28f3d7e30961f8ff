"""`newsgraph query "SQL"`: run read-only SQL against the store."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from newsgraph.cli._common import DEFAULT_DB, DbOption, OutputFormat, emit_json


class TableFormat(StrEnum):
    pretty = "pretty"
    json = "json"
    jsonl = "jsonl"


FormatOption = Annotated[TableFormat, typer.Option("--format", help="pretty (table), json or jsonl.")]


def emit_rows(columns: list[str], rows: list, fmt: TableFormat, title: str | None = None) -> None:
    """Rows to stdout: a JSON list, one JSON object per line, or a table."""
    if fmt == TableFormat.jsonl:
        for row in rows:
            emit_json(dict(zip(columns, row, strict=True)), OutputFormat.jsonl)
        return
    if fmt == TableFormat.json:
        emit_json([dict(zip(columns, row, strict=True)) for row in rows], OutputFormat.json)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, title=title, title_justify="left", show_lines=False)
    for row in rows:
        table.add_row(*[_cell(v) for v in row])
    Console().print(table)


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 160 else text[:157] + "…"


def query(
    sql: Annotated[str, typer.Argument(help='SQL, e.g. "SELECT name, num_articles FROM kb_entities ORDER BY 2 DESC"')],
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = TableFormat.pretty,
) -> None:
    """Run SQL on a read-only connection (tables: articles, entities, mentions, quotes, times, places,
    events, evidence, failures, kb_entities, article_links, merged_events, event_members, sources)."""
    import duckdb

    from newsgraph.errors import UsageError
    from newsgraph.store import Store

    with Store(db, read_only=True) as store:
        try:
            cursor = store.conn.execute(sql)
        except duckdb.Error as exc:
            raise UsageError(str(exc).splitlines()[0], "the store is opened read-only; check the SQL") from exc
        if cursor.description is None:
            return
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    emit_rows(columns, rows, fmt)


def register(app: typer.Typer) -> None:
    app.command()(query)
