"""`newsgraph bench web`: a bounded load test of `newsgraph serve` on loopback.

Starts the app on 127.0.0.1 in its own process, warms it with one request per page kind, then sends
``--requests`` page requests from ``--concurrency`` concurrent readers (a mix of article pages, lists,
searches, the timeline and actor pages, chosen with a fixed seed) and reports the page times seen by
the readers (first byte to last byte, including queueing): p50, p95, p99 and max, overall and per kind.
The run stops after ``--timeout`` seconds whatever happens. Never meant for CI: it measures, not tests.
"""

from __future__ import annotations

import asyncio
import random
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated
from urllib.parse import quote

import typer

from newsgraph.cli._common import DEFAULT_DB, DbOption, OutputFormat, emit_json, err_console

HOST = "127.0.0.1"  # loopback only
# Share of requests per page kind.
MIX = {
    "article": 0.45,
    "articles": 0.08,
    "search": 0.05,
    "quotes": 0.08,
    "quote_search": 0.06,
    "events": 0.08,
    "event_filter": 0.05,
    "actors": 0.05,
    "actor": 0.10,
}
SEARCH_WORDS = ["minister", "market", "film", "election", "game", "said", "government", "music", "phone", "year"]


@dataclass
class Sample:
    kind: str
    seconds: float
    status: int


@dataclass
class Targets:
    articles: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, workers: int, cache: bool) -> subprocess.Popen:
    command = [sys.executable, "-m", "newsgraph", "serve", "--db", str(db), "--host", HOST, "--port", str(port)]
    command += ["--workers", str(workers), "--cache" if cache else "--no-cache"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_ready(base: str, server: subprocess.Popen, timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise typer.BadParameter(f"the server stopped: {server.stderr.read().decode(errors='replace')[-500:]}")
        try:
            if httpx.get(f"{base}/api/articles", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise typer.BadParameter(f"the server did not answer within {timeout:.0f}s")


def discover(base: str) -> Targets:
    """Article ids, actor keys and speaker names to request, read from the API."""
    import httpx

    targets = Targets()
    with httpx.Client(base_url=base, timeout=30) as client:
        for page in range(1, 5):
            targets.articles += [a["id"] for a in client.get("/api/articles", params={"page": page}).json()["articles"]]
        for page in range(1, 3):
            targets.actors += [a["key"] for a in client.get("/api/actors", params={"page": page}).json()["actors"]]
        quotes = client.get("/api/quotes").json()["quotes"]
        targets.speakers = sorted({q["speaker_name"].split()[-1] for q in quotes if q["speaker_name"]})
    return targets


def make_urls(targets: Targets, count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    kinds = rng.choices(list(MIX), weights=list(MIX.values()), k=count)
    return [(kind, _url(kind, targets, rng)) for kind in kinds]


def _url(kind: str, t: Targets, rng: random.Random) -> str:
    if kind == "article" and t.articles:
        return f"/articles/{rng.choice(t.articles)}"
    if kind == "articles":
        return f"/articles?page={rng.randint(1, 3)}"
    if kind == "search":
        return f"/articles?q={rng.choice(SEARCH_WORDS)}"
    if kind == "quote_search" and t.speakers:
        return f"/quotes?speaker={quote(rng.choice(t.speakers))}"
    if kind == "event_filter":
        return f"/events?modality={rng.choice(['asserted', 'negated', 'future'])}"
    if kind == "actor" and t.actors:
        return "/actors/" + quote(rng.choice(t.actors), safe="")
    return {"quotes": "/quotes", "events": "/events", "actors": "/actors"}.get(kind, "/articles")


class Connection:
    """One reader's keep-alive HTTP/1.1 connection. Written by hand because httpx's async client spends
    ~4 ms of CPU per request here, more than the server, so the load generator measured itself."""

    def __init__(self, port: int):
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(HOST, self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nAccept: text/html\r\n\r\n".encode("latin-1"))
        await self.writer.drain()
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split()[1])
        headers = dict(line.lower().split(": ", 1) for line in head[1:] if ": " in line)
        if "content-length" in headers:
            await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                await self.reader.readexactly(size + 2)
            await self.reader.readuntil(b"\r\n")
        if headers.get("connection") == "close":
            await self.close()
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def _load(
    port: int, urls: list[tuple[str, str]], concurrency: int, timeout: float, think: float = 0.0
) -> list[Sample]:
    samples: list[Sample] = []
    queue: asyncio.Queue = asyncio.Queue()
    for item in urls:
        queue.put_nowait(item)

    async def reader() -> None:
        connection = Connection(port)
        try:
            while not queue.empty():
                kind, url = queue.get_nowait()
                started = time.perf_counter()
                try:
                    status = await connection.get(url)
                except (OSError, asyncio.IncompleteReadError, ValueError):
                    status = 0
                    await connection.close()
                samples.append(Sample(kind, time.perf_counter() - started, status))
                if think:
                    await asyncio.sleep(think)
        finally:
            await connection.close()

    readers = [asyncio.create_task(reader()) for _ in range(concurrency)]
    try:
        await asyncio.wait_for(asyncio.gather(*readers), timeout)
    except TimeoutError:
        err_console.print(f"[yellow]stopped after {timeout:.0f}s with {queue.qsize()} requests unsent[/]")
    return samples


def server_cpu_seconds(server: subprocess.Popen) -> float:
    import psutil

    process = psutil.Process(server.pid)
    return sum(sum(p.cpu_times()[:2]) for p in [process, *process.children(recursive=True)])


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))  # nearest-rank
    return ordered[index]


def summarise(samples: list[Sample]) -> dict:
    def stats(times: list[float]) -> dict:
        ms = [t * 1000 for t in times]
        return {
            "requests": len(ms),
            "p50_ms": round(percentile(ms, 50), 1),
            "p95_ms": round(percentile(ms, 95), 1),
            "p99_ms": round(percentile(ms, 99), 1),
            "max_ms": round(max(ms, default=0), 1),
            "mean_ms": round(statistics.fmean(ms), 1) if ms else 0.0,
        }

    kinds = sorted({s.kind for s in samples})
    return {
        **stats([s.seconds for s in samples]),
        "errors": sum(1 for s in samples if s.status != 200),
        "by_kind": {k: stats([s.seconds for s in samples if s.kind == k]) for k in kinds},
    }


def bench_web(
    db: DbOption = DEFAULT_DB,
    concurrency: Annotated[int, typer.Option(min=1, max=200, help="Concurrent readers.")] = 50,
    requests: Annotated[int, typer.Option(min=1, max=100_000, help="Page requests to send in all.")] = 2000,
    timeout: Annotated[float, typer.Option(min=1, max=1800, help="Stop the run after this many seconds.")] = 300,
    seed: Annotated[int, typer.Option(help="Seed for the request mix.")] = 7,
    workers: Annotated[int, typer.Option(min=1, max=16, help="Server processes (serve --workers).")] = 1,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Server page cache (serve --no-cache).")] = True,
    think: Annotated[
        float, typer.Option(min=0, max=60, help="Seconds each reader pauses between pages (0: back to back).")
    ] = 0.0,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="pretty, json or jsonl.")] = OutputFormat.pretty,
) -> None:
    """Load-test the web app on 127.0.0.1: page-time percentiles for N readers at once."""
    if not db.exists():
        raise typer.BadParameter(f"no database at {db}")
    port = free_port()
    base = f"http://{HOST}:{port}"
    server = start_server(db, port, workers, cache)
    try:
        wait_ready(base, server)
        targets = discover(base)
        urls = make_urls(targets, requests, seed)
        asyncio.run(_load(port, make_urls(targets, len(MIX) * 2, seed + 1), 1, 60))  # warm-up, not measured
        cpu_before, started = server_cpu_seconds(server), time.perf_counter()
        samples = asyncio.run(_load(port, urls, concurrency, timeout, think))
        elapsed, cpu_used = time.perf_counter() - started, server_cpu_seconds(server) - cpu_before
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    report = {"db": str(db), "concurrency": concurrency, "think_seconds": think, "workers": workers, "cache": cache}
    report["seconds"] = round(elapsed, 2)
    # CPU the server spent per request: unlike page times, it hardly depends on how busy the machine is.
    report["server_cpu_ms_per_request"] = round(cpu_used * 1000 / max(len(samples), 1), 2)
    report |= {"requests_per_second": round(len(samples) / elapsed, 1) if elapsed else 0.0, **summarise(samples)}
    _print(report, fmt)
    if report["errors"]:
        raise typer.Exit(1)


def _print(report: dict, fmt: OutputFormat) -> None:
    if fmt != OutputFormat.pretty:
        emit_json(report, fmt)
        return
    err_console.print(
        f"{report['requests']} requests, {report['concurrency']} concurrent (think {report['think_seconds']}s), "
        f"{report['workers']} worker(s), "
        f"cache {'on' if report['cache'] else 'off'}, server CPU {report['server_cpu_ms_per_request']} ms/request, "
        f"{report['seconds']}s "
        f"({report['requests_per_second']} req/s), {report['errors']} errors: p50 {report['p50_ms']} ms, "
        f"[bold]p95 {report['p95_ms']} ms[/], p99 {report['p99_ms']} ms, max {report['max_ms']} ms"
    )
    for kind, s in report["by_kind"].items():
        err_console.print(f"  {kind:13} n={s['requests']:5}  p50 {s['p50_ms']:7} ms  p95 {s['p95_ms']:7} ms")


def register(bench_app: typer.Typer) -> None:
    bench_app.command("web")(bench_web)
