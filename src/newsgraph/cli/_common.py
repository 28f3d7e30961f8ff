"""Options and output helpers shared by the commands."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

err_console = Console(stderr=True)
DEFAULT_DB = Path("newsgraph.duckdb")

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB store file.")]


class OutputFormat(StrEnum):
    pretty = "pretty"
    json = "json"
    jsonl = "jsonl"


def emit_json(obj: Any, fmt: OutputFormat) -> None:
    """Machine-readable output: stdout carries only the data."""
    text = json.dumps(obj, ensure_ascii=False, default=str, indent=None if fmt == OutputFormat.jsonl else 2)
    sys.stdout.write(text + "\n")


def progress(**kwargs):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=False,
        **kwargs,
    )
