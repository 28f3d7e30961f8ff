"""The store as the app finds it: locked by a writer, missing, or not a newsgraph database."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest
from fastapi.testclient import TestClient

from newsgraph.web import create_app

HOLD_WRITE_LOCK = textwrap.dedent(
    """
    import sys, time, duckdb
    conn = duckdb.connect(sys.argv[1])
    print("locked", flush=True)
    sys.stdin.readline()
    """
)


@pytest.fixture
def locked_copy(web_db, tmp_path):
    """A copy of the test store held open for writing by another process."""
    path = tmp_path / "locked.duckdb"
    path.write_bytes(web_db.read_bytes())
    writer = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout.readline().strip() == "locked"
    yield path, writer
    if writer.poll() is None:
        writer.stdin.close()
        writer.wait(10)


def test_a_locked_store_gives_a_clear_503_and_recovers(locked_copy):
    path, writer = locked_copy
    app = create_app(path)
    app.state.db.lock_wait = 0.3
    client = TestClient(app)
    page = client.get("/articles")
    assert page.status_code == 503 and page.headers["retry-after"]
    assert "locked by another process" in page.text and "<html" in page.text
    api = client.get("/api/quotes")
    assert api.status_code == 503 and api.json()["locked"] is True
    writer.stdin.close()
    writer.wait(10)
    assert client.get("/articles").status_code == 200


def test_a_missing_store_is_explained(tmp_path):
    client = TestClient(create_app(tmp_path / "absent.duckdb"))
    page = client.get("/articles")
    assert page.status_code == 500 and "no database at" in page.text


def test_a_foreign_database_is_refused(tmp_path):
    import duckdb

    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE people (name VARCHAR)")
    response = TestClient(create_app(path)).get("/api/articles")
    assert response.status_code == 500 and "not a newsgraph database" in response.json()["detail"]


def test_serve_refuses_a_missing_database(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "newsgraph", "serve", "--db", str(tmp_path / "absent.duckdb")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "no database at" in result.stderr


def test_the_app_lets_go_of_the_store_when_idle_so_an_ingest_can_write(web_db, tmp_path):
    path = tmp_path / "shared.duckdb"
    path.write_bytes(web_db.read_bytes())
    app = create_app(path)
    app.state.db.idle_release = 0.2
    client = TestClient(app)
    assert client.get("/articles").status_code == 200
    time.sleep(1.0)
    write = "import sys, duckdb; duckdb.connect(sys.argv[1]).execute('CREATE TABLE written (i INTEGER)')"
    result = subprocess.run([sys.executable, "-c", write, str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert client.get("/articles").status_code == 200  # and it reopens on the next request


def test_pages_are_cached_until_the_store_changes(web_db, tmp_path):
    from tests.web._records import talks_record

    from newsgraph.store import Store

    path = tmp_path / "cached.duckdb"
    with Store(path) as store:
        store.add(talks_record())
    app = create_app(path)
    app.state.db.idle_release = 0.1
    client = TestClient(app)
    first = client.get("/api/articles")
    assert first.headers["x-cache"] == "miss" and first.json()["total"] == 1
    again = client.get("/api/articles")
    assert again.headers["x-cache"] == "hit" and again.content == first.content
    assert again.headers["content-security-policy"]
    time.sleep(0.6)
    from tests.web._records import followup_record

    with Store(path) as store:
        store.add(followup_record())
    fresh = client.get("/api/articles")
    assert fresh.headers["x-cache"] == "miss" and fresh.json()["total"] == 2
    assert TestClient(create_app(path, cache=False)).get("/api/articles").headers.get("x-cache") is None
