"""Ingest: paste text or HTML, or upload a file, and see its record at once.

The pipeline runs in this process (one input at a time; spaCy loads on first use). The record is shown,
not stored, unless the app was started with ``--writable`` and the form asks to store it: a read-only app
never takes the write lock from an ingest that may be running.
"""

from __future__ import annotations

import threading
from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse

from newsgraph.records import Record
from newsgraph.web.render import render
from newsgraph.web.routers.articles import article_context

router = APIRouter()
MAX_INPUT_BYTES = 2 * 1024 * 1024
Kind = Literal["auto", "text", "html"]
_pipeline = None
_pipeline_lock = threading.Lock()


def run_pipeline(data: bytes, source: str, kind: str) -> Record:
    from newsgraph.pipeline import Pipeline
    from newsgraph.readers.base import RawInput

    global _pipeline
    raw = RawInput(
        source=source,
        data=data,
        kind=None if kind == "auto" else kind,
        input_format="html" if kind == "html" else "text",
    )
    with _pipeline_lock:  # spaCy and the stages are shared; one input at a time
        if _pipeline is None:
            _pipeline = Pipeline()
        (record,) = _pipeline.run_batch([raw])
    return record


async def _read_input(text: str, upload: UploadFile | None) -> tuple[bytes, str]:
    if upload is not None and upload.filename:
        data = await upload.read(MAX_INPUT_BYTES + 1)
        source = f"upload:{upload.filename}"
    else:
        data, source = text.encode("utf-8"), "pasted"
    if not data.strip():
        raise HTTPException(400, "nothing to read: paste some text or HTML, or choose a file")
    if len(data) > MAX_INPUT_BYTES:
        raise HTTPException(413, f"input over the {MAX_INPUT_BYTES:,}-byte limit")
    return data, source


def _store(request: Request, record: Record) -> str:
    db = request.app.state.db
    if not db.writable:
        return "not stored: the app is read-only (start it with --writable to store)"
    if not record.article.id:
        return "not stored: no article was found"
    from newsgraph.store import Store

    with db.write_lock, Store(db.path) as store:
        return "stored" if store.add(record) else "already stored"


@router.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
def ingest_form(request: Request) -> HTMLResponse:
    return render(request, "ingest.html", title="Ingest", writable=request.app.state.db.writable, text="", kind="auto")


@router.post("/ingest", response_class=HTMLResponse, include_in_schema=False)
async def ingest_submit(
    request: Request,
    text: Annotated[str, Form()] = "",
    kind: Annotated[Kind, Form()] = "auto",
    store: Annotated[bool, Form()] = False,
    file: Annotated[UploadFile | None, File()] = None,
) -> HTMLResponse:
    data, source = await _read_input(text, file)
    from starlette.concurrency import run_in_threadpool

    record = await run_in_threadpool(run_pipeline, data, source, kind)
    stored = await run_in_threadpool(_store, request, record) if store else None
    return render(
        request,
        "ingest.html",
        title="Ingest",
        writable=request.app.state.db.writable,
        text=text,
        kind=kind,
        stored=stored,
        **article_context(record),
    )


@router.post("/api/ingest", response_model=Record, tags=["ingest"])
async def api_ingest(
    request: Request,
    text: Annotated[str, Form(description="text or HTML of one page")] = "",
    kind: Annotated[Kind, Form()] = "auto",
    file: Annotated[UploadFile | None, File(description="or a file to read")] = None,
) -> Record:
    """Run the whole pipeline on one page and return its record (nothing is stored)."""
    data, source = await _read_input(text, file)
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(run_pipeline, data, source, kind)
