"""The store stage: records into an embedded DuckDB knowledge base."""

from newsgraph.store.duckdb import Store

__all__ = ["Store"]
