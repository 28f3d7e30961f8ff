"""`newsgraph events`: events by actor, type, date and mode."""

from __future__ import annotations

from typing import Annotated

import typer

from newsgraph.cli._common import DEFAULT_DB, DbOption
from newsgraph.cli.query import FormatOption, TableFormat, emit_rows


def events(
    actor: Annotated[str | None, typer.Option("--actor", help="Country code (RUS), KB entity name or id.")] = None,
    recipient: Annotated[str | None, typer.Option("--recipient", help="Like --actor, for the target.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Events on or before YYYY-MM-DD.")] = None,
    mode: Annotated[
        list[str] | None,
        typer.Option("--mode", help="negated, future, hypothetical, historical, reported or asserted (repeatable)."),
    ] = None,
    min_confidence: Annotated[
        float,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="Only events read with at least this confidence; 0.1 hides type-only readings that name no one.",
        ),
    ] = 0.0,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = TableFormat.pretty,
) -> None:
    """List events with the merged event each belongs to (num_articles, num_sources)."""
    from newsgraph.errors import UsageError
    from newsgraph.store import Store
    from newsgraph.store.queries import MODES
    from newsgraph.store.queries import events as find_events

    modes = [m.lower() for m in mode or []]
    bad = [m for m in modes if m not in (*MODES, "asserted")]
    if bad:
        raise UsageError(f"unknown mode {bad[0]!r}", f"choose from {', '.join((*MODES, 'asserted'))}")
    with Store(db, read_only=True) as store:
        columns, rows = find_events(
            store.conn, actor, recipient, event_type, since, until, modes, min_confidence or None
        )
    if fmt == TableFormat.pretty:
        emit_rows(*_pretty_rows(columns, rows), fmt, title=f"{len(rows)} events")
    else:
        emit_rows(columns, rows, fmt)


def _pretty_rows(columns: list[str], rows: list) -> tuple[list[str], list[list]]:
    """A narrow view for the terminal: who did what to whom, when, and whether it happened."""
    from newsgraph.store.queries import MODES

    def actor(row: dict, side: str) -> str:
        name, country = row[f"{side}_name"] or "", row[f"{side}_country"]
        return f"{name} ({country})" if country else name

    view = []
    for values in rows:
        row = dict(zip(columns, values, strict=True))
        modes = " ".join(m for m in MODES if row.get(m)) or "asserted"
        kind = row["type"] + (f"/{row['mode']}" if row["mode"] else "")
        view.append(
            [row["day"], kind, actor(row, "actor"), actor(row, "recipient"), modes, row["trigger"], row["num_sources"]]
        )
    return ["day", "event", "actor", "recipient", "modes", "trigger", "sources"], view


def register(app: typer.Typer) -> None:
    app.command(name="events")(events)
