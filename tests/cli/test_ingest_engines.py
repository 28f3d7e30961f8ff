"""`ingest --engine dask` writes shards that `load` merges into another store; `--workers 2` works end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.store.corpus_fixtures import write_articles


def newsgraph(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSGRAPH_BATCH_SIZE": "4"}
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True, env=env, timeout=240
    )


@pytest.mark.timeout(300)
def test_dask_engine_shards_load_into_a_second_store(tmp_path: Path) -> None:
    write_articles(tmp_path / "corpus", 10)
    shards, first, second = tmp_path / "shards", tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    run = newsgraph("ingest", str(tmp_path / "corpus"), "--db", str(first), "--engine", "dask", "--shards", str(shards),
                    "--until", "page", "--format", "json")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["stored"] == 10
    load = newsgraph("load", str(shards), "--db", str(second), "--format", "json")
    assert load.returncode == 0, load.stderr
    assert json.loads(load.stdout)["stored"] == 10
    again = newsgraph("load", str(shards), "--db", str(second), "--format", "json")
    assert json.loads(again.stdout)["stored"] == 0
    missing = newsgraph("load", str(tmp_path / "nowhere"), "--db", str(second))
    assert missing.returncode == 2 and "no such shard path" in missing.stderr


@pytest.mark.timeout(300)
def test_two_workers_from_the_command_line_report_each_worker(tmp_path: Path) -> None:
    write_articles(tmp_path / "corpus", 12)
    run = newsgraph("ingest", str(tmp_path / "corpus"), "--db", str(tmp_path / "kb.duckdb"), "--workers", "2",
                    "--until", "page", "--format", "json")  # fmt: skip
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    assert summary["stored"] == 12 and summary["failed"] == 0
    assert len(summary["peak_rss_mb"]) == 2 and all(mb > 0 for mb in summary["peak_rss_mb"].values())
