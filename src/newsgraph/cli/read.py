"""`newsgraph read`: print what newsgraph reads from each input, without storing it."""

from __future__ import annotations

from typing import Annotated

import typer

from newsgraph.cli._common import OutputFormat, emit_json, err_console
from newsgraph.errors import InputError
from newsgraph.stages import STAGE_ORDER


def read(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to read; '-' reads stdin.")],
    until: Annotated[str | None, typer.Option(help=f"Stop after this stage: {', '.join(STAGE_ORDER)}.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="pretty, json or jsonl.")] = OutputFormat.pretty,
) -> None:
    """Read articles and print one record per input."""
    from newsgraph.pipeline import Pipeline
    from newsgraph.readers import iter_inputs
    from newsgraph.records import Status

    if until is not None and until not in STAGE_ORDER:
        raise typer.BadParameter(
            f"unknown stage {until!r}; choose one of {', '.join(STAGE_ORDER)}", param_hint="--until"
        )
    pipeline = Pipeline(until=until)
    failed = False
    records = []
    for item in iter_inputs(paths):
        if isinstance(item, InputError):
            err_console.print(
                f"newsgraph: {item.source}: {item.reason}: {item.message.removeprefix(item.source + ': ')}",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )
            failed = True
            continue
        for record in pipeline.run([item]):
            if record.status != Status.OK and record.reason:
                err_console.print(
                    f"newsgraph: {record.article.source}: {record.status.value}: {record.reason}",
                    markup=False,
                    highlight=False,
                    soft_wrap=True,
                )
                # a skipped (non-English) article was read fine; no article or unreadable bytes were not
                failed = failed or record.status in (Status.UNREADABLE, Status.NO_ARTICLE)
            data = record.model_dump(mode="json")
            if fmt == OutputFormat.jsonl:
                emit_json(data, fmt)
            elif fmt == OutputFormat.json:
                records.append(data)
            else:
                from newsgraph.cli._pretty import print_record

                print_record(record)
    if fmt == OutputFormat.json:
        emit_json(records[0] if len(records) == 1 else records, fmt)
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(read)
