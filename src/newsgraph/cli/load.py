"""`newsgraph load`: merge Parquet shards from a distributed run into the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli._common import DEFAULT_DB, DbOption, OutputFormat, progress


def load(
    shards: Annotated[list[Path], typer.Argument(help="Shard files or directories of shards.")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="pretty, json or jsonl summary.")] = OutputFormat.pretty,
) -> None:
    """Load completed shards (those with a .done marker) into the store; shards loaded before are skipped."""
    from newsgraph.cli.ingest import report
    from newsgraph.errors import UsageError
    from newsgraph.executors.dask import load_shards
    from newsgraph.store import Store

    missing = [str(p) for p in shards if not p.exists()]
    if missing:
        raise UsageError(f"no such shard path: {', '.join(missing)}")
    with Store(db) as store, progress() as bar:
        store.release()
        task = bar.add_task("loading", total=None)
        summary = load_shards(shards, store, on_row=lambda _src: bar.advance(task))
    report(summary, db, fmt)
    if summary.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(load)
