"""`newsgraph export`: the store as Parquet tables, JSON Lines records, or GDELT 2.0 events."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli._common import DEFAULT_DB, DbOption, err_console

EXPORT_TABLES = [
    "articles",
    "entities",
    "mentions",
    "quotes",
    "times",
    "places",
    "events",
    "evidence",
    "failures",
    "sources",
    "kb_entities",
    "article_links",
    "merged_events",
    "event_members",
]


class ExportFormat(StrEnum):
    parquet = "parquet"
    jsonl = "jsonl"
    gdelt = "gdelt"


def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="parquet (a directory of tables), jsonl, gdelt.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Directory (parquet) or file to write.")],
    db: DbOption = DEFAULT_DB,
    header: Annotated[
        bool, typer.Option("--header", help="gdelt: write a header row (GDELT files have none).")
    ] = False,
    every_event: Annotated[
        bool,
        typer.Option(
            "--every-event",
            help="gdelt: also write negated, hypothetical and background events, those naming no party, and every"
            " planned event with its own code (GDELT has no column to mark them).",
        ),
    ] = False,
) -> None:
    """Export the store: parquet writes one file per table; jsonl one full record per line;
    gdelt the merged events told as happening (planned cooperation as CAMEO intent), as the 61 tab-separated
    columns of the GDELT 2.0 event table."""
    from newsgraph.store import Store

    with Store(db, read_only=True) as store:
        if fmt == ExportFormat.parquet:
            output.mkdir(parents=True, exist_ok=True)
            for table in EXPORT_TABLES:
                target = str(output / f"{table}.parquet").replace("'", "''")
                store.conn.execute(f"COPY (SELECT * FROM {table}) TO '{target}' (FORMAT parquet)")
            count = len(EXPORT_TABLES)
            what = "tables"
        elif fmt == ExportFormat.jsonl:
            count = _write_lines(
                output, (r[0] for r in store.conn.execute("SELECT record FROM articles ORDER BY id").fetchall())
            )
            what = "records"
        else:
            from newsgraph.store.gdelt import COLUMNS, gdelt_rows

            lines = (("\t".join(COLUMNS),) if header else ()) + tuple(
                "\t".join(r) for r in gdelt_rows(store.conn, every_event)
            )
            count = _write_lines(output, lines) - int(header)
            what = "events"
    err_console.print(f"wrote {count} {what} to {output}")


def _write_lines(path: Path, lines) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line + "\n")
            n += 1
    return n


def register(app: typer.Typer) -> None:
    app.command()(export)
