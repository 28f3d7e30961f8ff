"""The ingest page and the seed article, read by the real pipeline (spaCy): slow."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape
from tests.conftest import SEED
from tests.web._html import injected, parse
from tests.web.conftest import HOSTILE_PAGE

from newsgraph.records import Record
from newsgraph.store import Store
from newsgraph.web import create_app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def ingested_client(ingested_db):
    with TestClient(create_app(ingested_db)) as client:
        yield client


def _stored(client, needle: str) -> Record:
    (hit,) = client.get("/api/articles", params={"q": needle}).json()["articles"]
    return Record.model_validate(client.get(f"/api/articles/{hit['id']}").json())


def test_seed_article_page_marks_every_mention_and_shows_what_was_cut(ingested_client):
    record = _stored(ingested_client, "Mevlut Cavusoglu")
    html = ingested_client.get(f"/articles/{record.article.id}").text
    page = parse(html)
    marked = {k for el in page.with_class("hl") for k in el.attrs.get("data-facts", "").split()}
    assert {f"entity-{e.id}" for e in record.entities if e.mentions} <= marked
    assert record.entities and record.article.removed  # the seed has both, so this checks something
    removed = page.by_id("removed")[0]
    assert removed.tag == "details" and "open" not in removed.attrs
    cut = html[html.index('id="removed"') :]
    for line in record.article.removed:
        assert str(escape(line)) in cut


def test_hostile_page_through_the_real_pipeline_renders_as_text(ingested_client):
    record = _stored(ingested_client, "envoy")
    assert "<script>" in record.article.body or "<script>" in (record.article.headline or "")
    for url in (f"/articles/{record.article.id}", "/articles", "/quotes", "/events", "/actors"):
        response = ingested_client.get(url)
        assert response.status_code == 200
        assert injected(response.text) == [], url


def test_ingest_page_shows_the_record_of_pasted_text_without_storing(client):
    before = client.get("/api/articles").json()["total"]
    response = client.post("/ingest", data={"text": SEED.read_text(), "kind": "auto"})
    assert response.status_code == 200
    page = parse(response.text)
    assert page.by_id("story") and page.with_class("ent-PERSON")
    assert "Lavrov" in response.text
    assert client.get("/api/articles").json()["total"] == before


def test_api_ingest_reads_an_uploaded_file(client):
    response = client.post("/api/ingest", files={"file": ("hostile-page.txt", HOSTILE_PAGE.read_bytes(), "text/plain")})
    assert response.status_code == 200
    record = Record.model_validate(response.json())
    assert record.article.source == "upload:hostile-page.txt"
    assert "Geneva" in record.article.body


def test_writable_app_stores_an_ingested_page(tmp_path):
    db = tmp_path / "writable.duckdb"
    Store(db).close()
    with TestClient(create_app(db, writable=True)) as client:
        response = client.post("/ingest", data={"text": SEED.read_text(), "store": "true"})
        assert response.status_code == 200 and parse(response.text).by_id("stored")
        assert "stored" in response.text
        assert client.get("/api/articles").json()["total"] == 1
        again = client.post("/ingest", data={"text": SEED.read_text(), "store": "true"})
        assert "already stored" in again.text


def test_actors_come_from_the_knowledge_base_when_the_store_has_one(ingested_client):
    (lavrov,) = [a for a in ingested_client.get("/api/actors", params={"q": "lavrov"}).json()["actors"]]
    assert not lavrov["key"].startswith("name:")  # a KB id set by the ingest
    assert lavrov["articles"] == 1 and lavrov["mentions"] >= 3
    profile = ingested_client.get("/api/actors/" + quote(lavrov["key"], safe="")).json()
    assert "Sergey Lavrov" in profile["names"] and profile["countries"] == ["RUS"]
    page = ingested_client.get("/actors/" + quote(lavrov["key"], safe=""))
    assert page.status_code == 200 and injected(page.text) == []


def test_events_count_sources_from_the_merged_events(ingested_client):
    events = ingested_client.get("/api/events").json()
    assert events["total"] > 0
    assert events["sources_from"] == "merged_events"
    assert all(e["sources"] >= 1 for e in events["events"])


def test_an_unreadable_upload_is_shown_as_such_not_a_crash(client):
    binary = bytes(range(256)) * 64
    response = client.post("/ingest", files={"file": ("photo.bin", binary, "application/octet-stream")})
    assert response.status_code == 200
    assert "unreadable" in response.text or "no_article" in response.text
