"""`newsgraph gazetteer build`: turn a GeoNames dump into the local DuckDB gazetteer."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli._common import err_console

gazetteer_app = typer.Typer(help="Local GeoNames gazetteer for full place coverage.", no_args_is_help=True)


@gazetteer_app.command("build")
def build(
    geonames: Annotated[Path, typer.Option("--geonames", help="GeoNames dump (allCountries.txt or a country file).")],
    output: Annotated[Path | None, typer.Option("--output", help="DuckDB file to write.")] = None,
) -> None:
    """Load a GeoNames dump (19 tab-separated columns) into DuckDB with a name index.

    The places stage uses it when NEWSGRAPH_GAZETTEER points at it, or when it sits at the default path.
    """
    from newsgraph.geo.gazetteer import default_gazetteer_path
    from newsgraph.geo.geonames_db import build_gazetteer

    if not geonames.is_file():
        raise typer.BadParameter(f"{geonames} is not a file", param_hint="--geonames")
    target = output or default_gazetteer_path()
    started = time.perf_counter()
    counts = build_gazetteer(geonames, target)
    err_console.print(
        f"wrote {target}: {counts['geoname']:,} places, {counts['names']:,} names, "
        f"{counts['division']:,} divisions in {time.perf_counter() - started:.1f} s",
        markup=False,
        highlight=False,
    )
    if output is None or target != default_gazetteer_path():
        err_console.print(f"use it with: export NEWSGRAPH_GAZETTEER={target}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(gazetteer_app, name="gazetteer")
