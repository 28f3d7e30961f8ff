"""`newsgraph ingest`: read, analyse and store articles in the knowledge base."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli._common import DEFAULT_DB, DbOption, OutputFormat, emit_json, err_console, progress


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to ingest; '-' reads stdin.")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="pretty, json or jsonl summary.")] = OutputFormat.pretty,
) -> None:
    """Ingest articles into the store (one transaction per article; reruns skip what is stored)."""
    from newsgraph.ingest import ingest as run_ingest
    from newsgraph.store import Store

    with Store(db) as store, progress() as bar:
        task = bar.add_task("ingesting", total=None)
        summary = run_ingest(paths, store, on_item=lambda _src: bar.advance(task))
    _report(summary, db, fmt)
    if summary.failed:
        raise typer.Exit(1)


def _report(summary, db: Path, fmt: OutputFormat) -> None:
    data = {
        "read": summary.read,
        "stored": summary.stored,
        "duplicates": summary.duplicates,
        "not_articles": summary.not_articles,
        "skipped": summary.skipped,
        "failed": summary.failed,
        "seconds": round(summary.seconds, 2),
        "articles_per_second": round(summary.articles_per_second, 2),
        "failures": [f.model_dump() for f in summary.failures],
        "db": str(db),
    }
    if fmt != OutputFormat.pretty:
        emit_json(data, fmt)
        return
    err_console.print(
        f"[bold]{summary.read}[/] read, [green]{summary.stored} stored[/], {summary.duplicates} already stored, "
        f"{summary.not_articles} without article, {summary.skipped} skipped, [red]{summary.failed} failed[/] "
        f"in {summary.seconds:.1f}s ({summary.articles_per_second:.1f} articles/s) → {db}"
    )
    for f in summary.failures:
        err_console.print(f"  [red]✗[/] {f.source} [{f.stage}] {f.reason}: {f.message}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
