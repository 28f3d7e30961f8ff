"""`newsgraph schema`: print the record model's JSON Schema."""

from __future__ import annotations

import json

import typer


def schema() -> None:
    """Print the JSON Schema of a record."""
    from newsgraph.records import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


def register(app: typer.Typer) -> None:
    app.command()(schema)
