"""`newsgraph bench …`: benchmark commands. Each lives in ``newsgraph.bench.<name>`` with a
``register(bench_app)``, found here so a new benchmark never edits this file."""

from __future__ import annotations

import importlib
import pkgutil

import typer

bench_app = typer.Typer(help="Measure newsgraph against gold data (paths to ../shared/data…).", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    import newsgraph.bench as bench_pkg

    for module in sorted(pkgutil.iter_modules(bench_pkg.__path__), key=lambda m: m.name):
        if not module.name.startswith("_"):
            mod = importlib.import_module(f"newsgraph.bench.{module.name}")
            if hasattr(mod, "register"):
                mod.register(bench_app)
    app.add_typer(bench_app, name="bench")
