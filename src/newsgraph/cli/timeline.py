"""`newsgraph timeline ENTITY`: an entity's mentions, statements and events by date."""

from __future__ import annotations

from typing import Annotated

import typer

from newsgraph.cli._common import DEFAULT_DB, DbOption, err_console
from newsgraph.cli.query import FormatOption, TableFormat, emit_rows


def timeline(
    entity: Annotated[str, typer.Argument(help="Name, alias or KB id (e.g. 'Lavrov', 'person:sergey-lavrov').")],
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = TableFormat.pretty,
) -> None:
    """What the store says about one entity, in date order."""
    from newsgraph.store import Store
    from newsgraph.store.queries import timeline as find_timeline

    with Store(db, read_only=True) as store:
        columns, rows = find_timeline(store.conn, entity)
    if not rows:
        err_console.print(f"no entity in the knowledge base matches {entity!r}")
        raise typer.Exit(1)
    emit_rows(columns, rows, fmt, title=f"timeline of {entity}")


def register(app: typer.Typer) -> None:
    app.command()(timeline)
