"""The `newsgraph` command. Each command lives in its own module with a ``register(app)``;
the modules are found here, so adding a command never means editing a shared list."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import typer

from newsgraph.errors import NewsgraphError

app = typer.Typer(
    name="newsgraph",
    help="Read news pages and write down what they say: entities, quotes, times, places, events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_commands() -> None:
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module.name.startswith("_"):
            continue
        mod = importlib.import_module(f"{__name__}.{module.name}")
        if hasattr(mod, "register"):
            mod.register(app)


_register_commands()


def main() -> None:
    try:
        app()
    except NewsgraphError as exc:
        print(f"newsgraph: error: {exc}", file=sys.stderr)
        sys.exit(2 if exc.code.startswith("E0") else 1)
