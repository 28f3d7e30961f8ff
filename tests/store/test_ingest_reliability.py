"""Ingest survives SIGKILL, reruns change nothing, readers work during an ingest, bad input is recorded."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.store.corpus_fixtures import write_articles

from newsgraph.errors import StoreError
from newsgraph.store import Store


def ingest_cmd(db: Path, *paths: Path, extra: tuple[str, ...] = ()) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newsgraph",
        "ingest",
        *map(str, paths),
        "--db",
        str(db),
        "--until",
        "page",
        "--format",
        "json",
        *extra,
    ]


def env(**extra: str) -> dict[str, str]:
    return {**os.environ, "NEWSGRAPH_BATCH_SIZE": "5", "NEWSGRAPH_WRITER_HOLD": "0", **extra}


def stored_count(db: Path) -> int:
    try:
        with Store(db, read_only=True, timeout=5) as store:
            return store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except StoreError:
        return 0


def table_counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        tables = ["articles", "sources", "evidence", "failures", "kb_entities", "article_links"]
        return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def assert_each_article_once(db: Path, corpus: Path) -> None:
    with Store(db, read_only=True) as store:
        sources = store.conn.execute("SELECT source, count(*) FROM articles GROUP BY source").fetchall()
        hashes = store.conn.execute("SELECT count(*), count(DISTINCT raw_hash) FROM sources").fetchone()
        records = store.conn.execute("SELECT id, body, record FROM articles").fetchall()
    assert sorted(s for s, _ in sources) == sorted(str(p) for p in corpus.iterdir())
    assert all(n == 1 for _, n in sources)
    assert hashes[0] == hashes[1] == len(sources)
    for article_id, body, record in records:  # every row is a whole article
        assert json.loads(record)["article"]["body"] == body and article_id


@pytest.mark.timeout(300)
def test_sigkill_mid_ingest_then_rerun_stores_every_article_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_articles(corpus, 400, paragraphs=6)
    db = tmp_path / "kb.duckdb"
    proc = subprocess.Popen(ingest_cmd(db, corpus), env=env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while stored_count(db) < 10 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    partial = stored_count(db)
    assert 10 <= partial < 400
    rerun = subprocess.run(ingest_cmd(db, corpus), env=env(), capture_output=True, text=True, timeout=240)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["already_stored"] == partial
    assert summary["stored"] == 400 - partial
    assert_each_article_once(db, corpus)


def test_reingesting_a_corpus_changes_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_articles(corpus, 12)
    (corpus / "copy-of-0.txt").write_bytes((corpus / "story-0000.txt").read_bytes())
    db = tmp_path / "kb.duckdb"
    first = subprocess.run(ingest_cmd(db, corpus), env=env(), capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["already_stored"] == 1  # the byte-identical copy
    before = table_counts(db)
    again = subprocess.run(ingest_cmd(db, corpus), env=env(), capture_output=True, text=True, timeout=120)
    assert again.returncode == 0
    assert json.loads(again.stdout)["already_stored"] == 13
    assert table_counts(db) == before


@pytest.mark.timeout(300)
@pytest.mark.parametrize("workers", ["1", "2"])
def test_readers_work_while_an_ingest_runs(tmp_path: Path, workers: str) -> None:
    corpus = tmp_path / "corpus"
    write_articles(corpus, 300, paragraphs=6)
    db = tmp_path / "kb.duckdb"
    proc = subprocess.Popen(
        ingest_cmd(db, corpus, extra=("--workers", workers)),
        env=env(NEWSGRAPH_WRITER_HOLD="0.5"),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    seen = []
    try:
        while proc.poll() is None:
            query = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "newsgraph",
                    "query",
                    "SELECT count(*) AS n FROM articles",
                    "--db",
                    str(db),
                    "--format",
                    "json",
                ],
                capture_output=True,
                text=True,
                timeout=120,
            )
            if "no database" in query.stderr:
                continue
            assert query.returncode == 0, query.stderr
            seen.append(json.loads(query.stdout)[0]["n"])
    finally:
        proc.wait(timeout=240)
    assert proc.returncode == 0
    assert seen == sorted(seen), "a reader saw the store go backwards"
    assert len(seen) >= 2 and seen[0] < 300


def test_bad_inputs_are_recorded_and_the_rest_is_stored(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_articles(corpus, 3)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (corpus / "latin1.txt").write_bytes("Caf\xe9 owners in M\xfcnchen said prices rose.\n".encode("latin-1") * 5)
    db = tmp_path / "kb.duckdb"
    run = subprocess.run(ingest_cmd(db, corpus, tmp_path / "missing.txt"), env=env(), capture_output=True, text=True)
    assert run.returncode == 1
    summary = json.loads(run.stdout)
    failed_sources = {f["source"] for f in summary["failures"]}
    assert str(tmp_path / "missing.txt") in failed_sources
    assert str(corpus / "binary.txt") in failed_sources
    with Store(db, read_only=True) as store:
        stored = {s for (s,) in store.conn.execute("SELECT source FROM articles").fetchall()}
        failures = {s for (s,) in store.conn.execute("SELECT source FROM failures").fetchall()}
    assert {str(corpus / f"story-{i:04d}.txt") for i in range(3)} <= stored
    assert failed_sources <= failures
