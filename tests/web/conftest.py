from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from tests.conftest import SEED
from tests.web._records import followup_record, hostile_record, talks_record

from newsgraph.store import Store

DATA = Path(__file__).parent / "data"
HOSTILE_PAGE = DATA / "hostile-page.txt"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def records():
    return {"talks": talks_record(), "followup": followup_record(), "hostile": hostile_record()}


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, records) -> Path:
    """A store holding hand-built records with known facts (no spaCy needed)."""
    path = tmp_path_factory.mktemp("web") / "known.duckdb"
    with Store(path) as store:
        for record in records.values():
            assert store.add(record)
    return path


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    with TestClient(create_app(web_db)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def ingested_db(tmp_path_factory) -> Path:
    """The seed article and a hostile scraped page, read by the real pipeline."""
    from newsgraph.ingest import ingest
    from newsgraph.pipeline import Pipeline

    path = tmp_path_factory.mktemp("web-ingested") / "ingested.duckdb"
    inputs = tmp_path_factory.mktemp("web-inputs")
    for source in (SEED, HOSTILE_PAGE):
        shutil.copy(source, inputs / source.name)
    summary = ingest([str(inputs)], Store(path), Pipeline())
    assert summary.stored == 2, summary.failures
    return path


class LiveServer:
    """The app on a free loopback port, in a thread of this process."""

    def __init__(self, db: Path, writable: bool = False):
        import uvicorn

        from newsgraph.web import create_app

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        config = uvicorn.Config(create_app(db, writable=writable), host="127.0.0.1", port=self.port, log_level="error")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the web app did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def live_server(web_db):
    with LiveServer(web_db) as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: run scripts/ensure-chromium.sh to install Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page that records every dialog (alert/confirm/prompt) and dismisses it."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()
