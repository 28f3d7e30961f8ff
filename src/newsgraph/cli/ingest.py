"""`newsgraph ingest`: read, analyse and store articles in the knowledge base."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli._common import DEFAULT_DB, DbOption, OutputFormat, emit_json, err_console, progress


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to ingest; '-' reads stdin.")],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int,
        typer.Option("--workers", "-w", min=1, help="Worker processes (a LocalCluster's workers with --engine dask)."),
    ] = 1,
    engine: Annotated[Engine, typer.Option("--engine", help="local (process pool) or dask.")] = Engine.local,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address; default: a LocalCluster.")
    ] = None,
    shards: Annotated[
        Path | None, typer.Option("--shards", help="Dask engine: directory for Parquet shards (default DB.shards/).")
    ] = None,
    until: Annotated[str | None, typer.Option("--until", help="Stop after this stage (e.g. page: fast).")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="pretty, json or jsonl summary.")] = OutputFormat.pretty,
) -> None:
    """Ingest articles into the store: skips inputs already stored, one transaction per batch,
    bad inputs recorded as failures (exit 1 when any failed)."""
    from newsgraph.pipeline import Pipeline
    from newsgraph.store import Store

    pipeline = Pipeline(until=until)
    with Store(db) as store, progress() as bar:
        store.release()  # checked; the writer reopens the file per batch
        task = bar.add_task("ingesting", total=None)
        advance = lambda _src: bar.advance(task)  # noqa: E731
        if engine == Engine.dask:
            from newsgraph.executors.dask import ingest_dask

            shard_dir = shards or db.with_name(db.name + ".shards")
            summary = ingest_dask(paths, store, shard_dir, scheduler, advance, pipeline=pipeline, workers=workers)
        else:
            from newsgraph.ingest import ingest as run_ingest

            summary = run_ingest(paths, store, pipeline=pipeline, on_item=advance, workers=workers)
    report(summary, db, fmt)
    if summary.failed:
        raise typer.Exit(1)


def report(summary, db: Path, fmt: OutputFormat) -> None:
    data = {
        "read": summary.read,
        "stored": summary.stored,
        "duplicates": summary.duplicates,
        "already_stored": summary.already_stored,
        "not_articles": summary.not_articles,
        "skipped": summary.skipped,
        "failed": summary.failed,
        "words": summary.words,
        "merged_events": summary.merged_events,
        "seconds": round(summary.seconds, 2),
        "articles_per_second": round(summary.articles_per_second, 2),
        "stage_seconds": {k: round(v, 2) for k, v in summary.stats.seconds.items()},
        "peak_rss_mb": {k: round(v) for k, v in summary.peak_rss_mb.items()},
        "failures": [f.model_dump() for f in summary.failures],
        "db": str(db),
    }
    if fmt != OutputFormat.pretty:
        emit_json(data, fmt)
        return
    err_console.print(
        f"[bold]{summary.read}[/] read, [green]{summary.stored} stored[/], {summary.duplicates} duplicates, "
        f"{summary.already_stored} already stored, {summary.not_articles} without article, {summary.skipped} skipped, "
        f"[red]{summary.failed} failed[/] in {summary.seconds:.1f}s ({summary.articles_per_second:.1f} articles/s)"
        f" → {db}"
    )
    for f in summary.failures:
        err_console.print("  [red]✗[/] ", end="")
        err_console.print(f"{f.source} [{f.stage}] {f.reason}: {f.message}", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
