"""Parquet shards of records (one JSON record per row) and their completion markers.

A shard is written to a temporary name, renamed into place and then marked done; readers take
only shards with a marker, so a shard cut off by a crash is redone, never half loaded.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

SHARD_SUFFIX = ".parquet"
DONE_SUFFIX = ".done"
COLUMNS = ("raw_hash", "source", "article_id", "status", "retryable", "record")


def shard_name(raw_hashes: list[str]) -> str:
    """Named after its inputs, so a rerun recognises a shard it already wrote."""
    return "shard-" + hashlib.sha1("\n".join(raw_hashes).encode()).hexdigest()[:20]


def marker(directory: Path, name: str) -> Path:
    return directory / (name + DONE_SUFFIX)


def is_done(directory: Path, name: str) -> bool:
    return marker(directory, name).exists() and (directory / (name + SHARD_SUFFIX)).exists()


def write_shard(directory: Path, name: str, rows: list[dict]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory.mkdir(parents=True, exist_ok=True)
    path = directory / (name + SHARD_SUFFIX)
    tmp = directory / (name + SHARD_SUFFIX + ".tmp")
    table = pa.table({c: [r[c] for r in rows] for c in COLUMNS})
    pq.write_table(table, tmp)
    os.replace(tmp, path)
    marker(directory, name).write_text(f"{len(rows)}\n")
    return path


def done_shards(paths: list[Path]) -> list[Path]:
    """Completed shard files under the given files or directories, in name order."""
    found: list[Path] = []
    for path in paths:
        candidates = sorted(path.glob("*" + SHARD_SUFFIX)) if path.is_dir() else [path]
        found.extend(p for p in candidates if marker(p.parent, p.name.removesuffix(SHARD_SUFFIX)).exists())
    return found


def read_shard(path: Path) -> list[dict]:
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()
