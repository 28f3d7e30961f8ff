"""Run the same pipeline on a Dask cluster: each batch becomes a Parquet shard of records, which
:func:`load_shards` merges into the store (the single writer).

The client reads the inputs and ships their bytes, so workers need no shared file system; the
workers run :class:`~newsgraph.pipeline.Pipeline` (models load once per worker process).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

from newsgraph.executors.base import BatchResult, failed_batch, run_batch
from newsgraph.executors.shards import done_shards, is_done, read_shard, shard_name, write_shard
from newsgraph.ingest import IngestSummary, StoreWriter, fresh_batches
from newsgraph.pipeline import Pipeline
from newsgraph.readers import RawInput
from newsgraph.records import Record
from newsgraph.store import Store
from newsgraph.store.connect import WriterLock


def process_batch(pipeline: Pipeline, raws: list[RawInput]) -> BatchResult:
    """Runs on a Dask worker."""
    import os

    result = run_batch(pipeline, raws, f"dask-pid{os.getpid()}")
    result.raws = []
    return result


def shard_rows(result: BatchResult, hashes: list[str]) -> list[dict]:
    return [
        {
            "raw_hash": h,
            "source": r.article.source,
            "article_id": r.article.id,
            "status": r.status.value,
            "retryable": result.retryable,
            "record": r.model_dump_json(),
        }
        for r, h in zip(result.records, hashes, strict=True)
    ]


def run_on_dask(
    batches: Iterable[tuple[list[RawInput], list[str]]],
    pipeline: Pipeline,
    shard_dir: Path,
    scheduler: str | None = None,
    on_batch: Callable[[BatchResult], None] | None = None,
    workers: int = 1,
) -> list[Path]:
    """Submit every batch not already sharded; returns the shard paths, in input order."""
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if not scheduler:  # one worker runs in-process; more get a process each (spaCy holds the GIL)
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=workers > 1)
    client = Client(scheduler or cluster)
    shards: list[Path] = []
    try:
        remote_pipeline = client.scatter(pipeline, broadcast=True)
        slots = 2 * max(workers, len(client.scheduler_info().get("workers", {}))) + 2  # keep every worker fed
        running = as_completed()
        meta = {}

        def collect(future) -> None:
            raws, hashes, name = meta.pop(future.key)
            try:
                result = future.result()
                result.raws = raws
            except Exception as exc:  # not sharded, so the next run retries these inputs
                result = failed_batch(raws, exc, "dask")
            if not result.retryable:
                write_shard(shard_dir, name, shard_rows(result, hashes))
            if on_batch:
                on_batch(result)

        for raws, hashes in batches:
            name = shard_name(hashes)
            shards.append(shard_dir / f"{name}.parquet")
            if is_done(shard_dir, name):
                continue
            future = client.submit(process_batch, remote_pipeline, raws, pure=False)
            meta[future.key] = (raws, hashes, name)
            running.add(future)
            while running.count() >= slots:
                collect(next(running))
        for future in running:
            collect(future)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return shards


def load_shards(paths: list[Path], store: Store, on_row: Callable[[str], None] | None = None) -> IngestSummary:
    """Merge completed shards into the store; shards already loaded are skipped (resumable)."""
    summary = IngestSummary()
    started = time.perf_counter()
    lock = WriterLock(store.path)
    lock.acquire()
    try:
        writer = StoreWriter(store, summary)
        loaded = {row[0] for row in store.conn.execute("SELECT name FROM loaded_shards").fetchall()}
        for path in done_shards(paths):
            name = path.name.removesuffix(".parquet")
            if name in loaded:
                continue
            rows = read_shard(path)
            fresh = set(writer.new_hashes([r["raw_hash"] for r in rows]))
            rows = [r for r in rows if r["raw_hash"] in fresh and not fresh.discard(r["raw_hash"])]
            records = [Record.model_validate_json(r["record"]) for r in rows]
            shard_row = {"loaded_shards": [{"name": name, "rows": len(rows)}]}
            writer.write(BatchResult([], records), [r["raw_hash"] for r in rows], extra_rows=shard_row)
            if on_row:
                for r in rows:
                    on_row(r["source"])
        writer.finish()
    finally:
        store.release()
        lock.release()
    summary.seconds = time.perf_counter() - started
    return summary


def ingest_dask(
    paths: Iterable[str],
    store: Store,
    shard_dir: Path,
    scheduler: str | None = None,
    on_item: Callable[[str], None] | None = None,
    pipeline: Pipeline | None = None,
    workers: int = 1,
) -> IngestSummary:
    """Run the pipeline on Dask into shards, then load the shards into the store."""
    pipeline = pipeline or Pipeline()
    started = time.perf_counter()
    read_summary = IngestSummary()
    lock = WriterLock(store.path)
    lock.acquire()
    try:
        writer = StoreWriter(store, read_summary)

        def done(result: BatchResult) -> None:
            if result.retryable:
                writer.record_failures(result)
            read_summary.stats = read_summary.stats + result.stats
            read_summary.peak_rss_mb[result.worker] = max(
                read_summary.peak_rss_mb.get(result.worker, 0), result.peak_rss_mb
            )
            if on_item:
                for raw in result.raws:
                    on_item(raw.source)

        batches = fresh_batches(paths, pipeline, writer, on_item)
        shards = run_on_dask(batches, pipeline, shard_dir, scheduler, done, workers)
    finally:
        store.release()
        lock.release()
    summary = load_shards(shards, store)
    summary.already_stored += read_summary.already_stored
    summary.read += read_summary.read
    summary.failed += read_summary.failed
    summary.failures = read_summary.failures + summary.failures
    summary.stats, summary.peak_rss_mb = read_summary.stats, read_summary.peak_rss_mb
    summary.seconds = time.perf_counter() - started
    return summary
