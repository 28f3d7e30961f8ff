"""Helpers for building parametrised SQL: filters are fixed SQL fragments, user values are always bound."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

PAGE_SIZE = 50


@dataclass
class Where:
    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def contains(self, column_sql: str, value: str | None) -> None:
        """Case-insensitive substring match (no LIKE wildcards to escape)."""
        if value and value.strip():
            self.add(f"contains(lower(coalesce({column_sql}, '')), ?)", value.strip().lower())

    @property
    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def parse_date(value: str | None) -> date | None:
    """A date from a form field; empty or malformed input means no bound."""
    if not value or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def page_bounds(page: int) -> tuple[int, int]:
    page = max(1, page)
    return PAGE_SIZE, (page - 1) * PAGE_SIZE


def split_total(rows: list[dict]) -> tuple[int, list[dict]]:
    """Take the ``count(*) OVER () AS total`` column off a page of rows: one query gives page and count."""
    total = rows[0]["total"] if rows else 0
    for row in rows:
        del row["total"]
    return total, rows
