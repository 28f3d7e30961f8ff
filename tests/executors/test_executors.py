"""The same pipeline on a local process pool and on a Dask LocalCluster gives the same store."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.store.corpus_fixtures import write_articles

from newsgraph.executors.dask import ingest_dask, load_shards
from newsgraph.executors.shards import done_shards
from newsgraph.ingest import ingest
from newsgraph.pipeline import Pipeline
from newsgraph.store import Store


def stored(db: Path) -> set[tuple[str, str]]:
    with Store(db, read_only=True) as store:
        return set(store.conn.execute("SELECT id, source FROM articles").fetchall())


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_articles(tmp_path / "corpus", 20)
    (tmp_path / "corpus" / "broken.txt").write_bytes(b"\x00\x01\x02" * 300)
    return tmp_path / "corpus"


@pytest.mark.timeout(300)
def test_two_workers_store_what_one_does(tmp_path: Path, corpus: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_BATCH_SIZE", "4")
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    s1 = ingest([str(corpus)], Store(one), Pipeline(until="page"), workers=1)
    s2 = ingest([str(corpus)], Store(two), Pipeline(until="page"), workers=2)
    assert stored(one) == stored(two) and len(stored(one)) == 20, s2.failures[:2]
    assert (s1.stored, s1.failed) == (s2.stored, s2.failed) == (20, 1)
    assert len(s2.peak_rss_mb) == 2  # both workers took batches and reported their memory


@pytest.mark.timeout(300)
def test_dask_shards_load_into_the_store_and_resume(tmp_path: Path, corpus: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_BATCH_SIZE", "8")
    db, shards = tmp_path / "kb.duckdb", tmp_path / "shards"
    summary = ingest_dask([str(corpus)], Store(db), shards, pipeline=Pipeline(until="page"))
    assert (summary.stored, summary.failed) == (20, 1)
    files = done_shards([shards])
    assert len(files) == 3 and all(f.with_suffix(".done").exists() for f in files)
    local = tmp_path / "local.duckdb"
    ingest([str(corpus)], Store(local), Pipeline(until="page"))
    assert stored(db) == stored(local)

    # loading again adds nothing; a fresh store loads every shard; a shard without marker is ignored
    assert load_shards([shards], Store(db)).stored == 0
    (shards / "shard-unfinished.parquet").write_bytes(files[0].read_bytes())
    fresh = tmp_path / "fresh.duckdb"
    reloaded = load_shards([shards], Store(fresh))
    assert reloaded.stored == 20 and stored(fresh) == stored(db)

    # a rerun finds every shard done and every input stored
    again = ingest_dask([str(corpus)], Store(db), shards, pipeline=Pipeline(until="page"))
    assert again.stored == 0 and again.already_stored == 21


class HangsOnMarkedInputs(Pipeline):
    """A page-only pipeline that never returns for inputs whose bytes contain HANG (a stuck stage)."""

    def run_batch(self, raws):
        if any(b"HANG" in raw.data for raw in raws):
            import time

            while True:
                time.sleep(1)
        return super().run_batch(raws)


@pytest.mark.timeout(300)
def test_a_hanging_input_is_cut_off_and_the_rest_of_its_batch_is_stored(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_BATCH_SIZE", "4")
    monkeypatch.setenv("NEWSGRAPH_ITEM_TIMEOUT", "15")  # lazy imports in a fresh worker take seconds under load
    corpus = tmp_path / "corpus"
    write_articles(corpus, 8)
    stuck = corpus / "story-0002.txt"
    stuck.write_text(stuck.read_text() + "\nHANG\n")
    db = tmp_path / "kb.duckdb"
    summary = ingest([str(corpus)], Store(db), HangsOnMarkedInputs(until="page"), workers=2)
    assert summary.stored == 7
    assert [(f.source, f.reason) for f in summary.failures] == [(str(stuck), "timeout")]
    again = ingest([str(corpus)], Store(db), HangsOnMarkedInputs(until="page"), workers=2)
    assert again.already_stored == 8 and again.failed == 0  # the hanging input is not run again
