"""`newsgraph bench speed`: bare spaCy ``nlp.pipe`` against the full newsgraph pipeline, in the same
run on the same texts; then the full pipeline on 1, 2, … workers, with peak RSS per worker.

Model loading is kept out of every timing (each worker loads before the clock starts).
"""

from __future__ import annotations

import os
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli._common import OutputFormat, emit_json, err_console


def _sample(corpus: Path, limit: int | None):
    from newsgraph.readers import RawInput, iter_inputs

    raws = [r for r in iter_inputs([str(corpus)]) if isinstance(r, RawInput)]
    if limit and limit < len(raws):
        step = len(raws) / limit  # spread over the corpus (BBC is sorted by section)
        raws = [raws[int(i * step)] for i in range(limit)]
    return raws


def _bodies(raws) -> list[str]:
    from newsgraph.pipeline import Pipeline

    records = Pipeline(until="page").run(raws)
    return [r.article.body for r in records if r.article.body]


def time_bare_spacy(bodies: list[str], batch_size: int) -> float:
    from newsgraph.config import Settings
    from newsgraph.stages.nlp import load_spacy

    nlp = load_spacy(Settings().spacy_model)
    list(nlp.pipe(bodies[:4], batch_size=batch_size))  # warm-up
    started = time.perf_counter()
    for _ in nlp.pipe(bodies, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def time_full_inline(raws) -> tuple[float, dict[str, float], int, float]:
    from newsgraph.executors.base import peak_rss_mb
    from newsgraph.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.setup()
    pipeline.run_batch(raws[:2])  # warm-up: lazy tables and caches
    pipeline.stats.seconds.clear()
    started = time.perf_counter()
    failures = sum(1 for r in pipeline.run(raws) if r.failures)
    return time.perf_counter() - started, dict(pipeline.stats.seconds), failures, peak_rss_mb()


def _warm_up(raws) -> int:
    from newsgraph.executors import pool

    pool._work(raws)  # lazy tables and caches load here, not in the timed run
    time.sleep(0.5)  # stay busy so the other workers take the other warm-up tasks
    return os.getpid()


def time_full_pool(raws, workers: int, batch_size: int) -> tuple[float, dict[str, float], int, dict[str, float]]:
    import multiprocessing

    from newsgraph.executors import pool
    from newsgraph.pipeline import Pipeline
    from newsgraph.stages.base import StageStats

    batches = [raws[i : i + batch_size] for i in range(0, len(raws), batch_size)]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=pool._init_worker, initargs=(Pipeline(),)) as ex:
        warmed: set[int] = set()
        while len(warmed) < workers:
            warmed.update(ex.map(_warm_up, [raws[:2]] * workers))
        started = time.perf_counter()
        results = list(ex.map(pool._work, batches))
        seconds = time.perf_counter() - started
    stats, rss, failures = StageStats(), {}, 0
    for result in results:
        stats = stats + result.stats  # per-batch deltas: warm-up time is not in them
        rss[result.worker] = max(rss.get(result.worker, 0.0), result.peak_rss_mb)
        failures += sum(1 for r in result.records if r.failures)
    return seconds, stats.seconds, failures, rss


def run_benchmark(corpus: Path, workers: list[int], limit: int | None, batch_size: int, repeat: int = 1) -> dict:
    """``repeat`` rounds of bare spaCy then each worker count; throughputs and ratios are the rounds' medians
    (one timing of ~20 s on a shared 2-core machine varies by ±20 %)."""
    raws = _sample(corpus, limit)
    bodies = _bodies(raws)
    words = sum(len(b.split()) for b in bodies)
    n = len(raws)
    err_console.print(f"{n} articles, {words:,} words; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    rounds = [_round(raws, bodies, words, workers, batch_size) for _ in range(max(1, repeat))]
    out = _medians(rounds) if len(rounds) > 1 else rounds[0]
    out["load_average_1min"] = round(os.getloadavg()[0], 2)
    return out


def _round(raws, bodies: list[str], words: int, workers: list[int], batch_size: int) -> dict:
    n = len(raws)
    bare = time_bare_spacy(bodies, batch_size)
    out = {
        "articles": n,
        "words": words,
        "bare_spacy": {
            "seconds": round(bare, 2),
            "articles_per_s": round(n / bare, 2),
            "words_per_s": round(words / bare),
        },
        "full": {},
    }
    for w in workers:
        if w == 1:
            secs, stages, failures, rss_main = time_full_inline(raws)
            rss = {"main": rss_main}
        else:
            secs, stages, failures, rss = time_full_pool(raws, w, batch_size)
        out["full"][str(w)] = {
            "seconds": round(secs, 2),
            "articles_per_s": round(n / secs, 2),
            "words_per_s": round(words / secs),
            "failures": failures,
            "peak_rss_mb_per_worker": round(max(rss.values())),
            "stage_seconds": {k: round(v, 2) for k, v in stages.items()},
        }
        err_console.print(f"  {w} worker(s): {n / secs:.2f} articles/s")
    one = out["full"].get("1")
    if one:
        out["full_over_bare"] = round(one["articles_per_s"] / out["bare_spacy"]["articles_per_s"], 3)
        stages = one["stage_seconds"]
        nlp = stages.get("nlp") or 1e-9
        out["post_spacy_share_of_nlp"] = {k: round(v / nlp, 3) for k, v in stages.items() if k not in ("nlp",)}
        for w, res in out["full"].items():
            if w != "1":
                out[f"scaling_{w}_over_1"] = round(res["articles_per_s"] / one["articles_per_s"], 2)
    return out


def _medians(rounds: list[dict]) -> dict:
    """The middle round's record, with every throughput and ratio replaced by its median over the rounds
    (ratios are taken within each round, then their median), failures summed and peak RSS the largest."""
    out = dict(rounds[len(rounds) // 2])
    out["bare_spacy"] = {k: _median(r["bare_spacy"][k] for r in rounds) for k in rounds[0]["bare_spacy"]}
    out["full"] = {}
    for w, first in rounds[0]["full"].items():
        runs = [r["full"][w] for r in rounds]
        out["full"][w] = {
            **{k: _median(run[k] for run in runs) for k in ("seconds", "articles_per_s", "words_per_s")},
            "failures": sum(run["failures"] for run in runs),
            "peak_rss_mb_per_worker": max(run["peak_rss_mb_per_worker"] for run in runs),
            "stage_seconds": first["stage_seconds"],
        }
    ratios = [k for k in rounds[0] if k == "full_over_bare" or k.startswith("scaling_")]
    for key in ratios:
        out[key] = _median(r[key] for r in rounds)
    out["rounds"] = [{key: r[key] for key in ratios} for r in rounds]
    return out


def _median(values) -> float:
    return round(statistics.median(list(values)), 3)


def bench_speed(
    corpus: Annotated[
        Path, typer.Option("--corpus", help="Directory of articles, e.g. ../shared/data/corpora/bbc_greene2006")
    ],
    workers: Annotated[str, typer.Option("--workers", help="Comma-separated worker counts.")] = "1,2",
    limit: Annotated[int | None, typer.Option("--limit", help="Use N articles spread over the corpus.")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="nlp.pipe batch size.")] = 16,
    repeat: Annotated[int, typer.Option("--repeat", min=1, help="Rounds to run; figures are their medians.")] = 1,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="pretty or json.")] = OutputFormat.pretty,
) -> None:
    """Throughput: bare spaCy vs the full pipeline (ratio), scaling with workers, peak RSS per worker."""
    if not corpus.is_dir():
        from newsgraph.errors import UsageError

        raise UsageError(f"no corpus directory at {corpus}")
    counts = sorted({int(w) for w in workers.split(",") if w.strip()})
    result = run_benchmark(corpus, counts, limit, batch_size, repeat)
    if fmt != OutputFormat.pretty:
        emit_json(result, fmt)
        return
    bare = result["bare_spacy"]
    err_console.print(f"bare spaCy: {bare['articles_per_s']} articles/s, {bare['words_per_s']} words/s")
    for w, res in result["full"].items():
        err_console.print(
            f"full pipeline, {w} worker(s): {res['articles_per_s']} articles/s, {res['words_per_s']} words/s, "
            f"peak RSS/worker {res['peak_rss_mb_per_worker']} MB, {res['failures']} failures"
        )
    for key in ("full_over_bare", "post_spacy_share_of_nlp", *[k for k in result if k.startswith("scaling")]):
        if key in result:
            err_console.print(f"{key}: {result[key]}")
    for i, figures in enumerate(result.get("rounds", []), 1):
        err_console.print(f"round {i}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))


def register(bench_app: typer.Typer) -> None:
    bench_app.command("speed")(bench_speed)
