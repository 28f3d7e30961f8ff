"""Article text is hostile input: nothing from an article may become markup, a handler or a link."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from tests.web._html import injected, parse
from tests.web._records import HOSTILE_HEADLINE


@pytest.fixture(scope="session")
def hostile_id(records):
    return records["hostile"].article.id


def _pages(hostile_id: str) -> list[str]:
    return [
        f"/articles/{hostile_id}",
        "/articles",
        "/articles?q=script",
        "/quotes",
        "/quotes?speaker=img",
        "/events",
        "/events?all_types=true",
        "/actors",
        "/actors?all_types=true",
        "/actors/" + quote('name:<svg onload=alert("entity")>', safe=""),
        "/actors/" + quote("name:mallory", safe=""),
    ]


def test_no_page_carries_anything_that_could_run(client, hostile_id):
    for url in _pages(hostile_id):
        response = client.get(url)
        assert response.status_code == 200, url
        assert injected(response.text) == [], url


def test_hostile_text_is_shown_escaped_as_text(client, hostile_id):
    html = client.get(f"/articles/{hostile_id}").text
    assert "&lt;script&gt;window.__pwned = &#34;headline&#34;" in html
    assert parse(html).by_id("headline")
    assert "<script>window.__pwned" not in html
    assert HOSTILE_HEADLINE not in html


def test_javascript_url_of_the_article_is_not_a_link(client, hostile_id):
    page = parse(client.get(f"/articles/{hostile_id}").text)
    hrefs = [el.attrs.get("href") or "" for el in page.elements if el.tag == "a"]
    assert not any(h.strip().lower().startswith("javascript:") for h in hrefs)
    assert all(h.startswith(("/", "#")) for h in hrefs)  # only the app's own paths
    assert page.with_class("unsafe-url")  # shown as text instead


def test_fact_ids_from_the_record_cannot_break_attributes(client, hostile_id):
    page = parse(client.get(f"/articles/{hostile_id}").text)
    keys = {k for el in page.with_class("hl") for k in el.attrs.get("data-facts", "").split()}
    assert "entity-e1__onclick__alert_8_" in keys and "quote-q1_x_" in keys
    assert all(k.replace("-", "").replace("_", "").isalnum() for k in keys)


def test_search_parameters_are_bound_not_spliced_into_sql(client):
    for evil in ["' OR 1=1 --", "%", "q_z_q", "\\", "'; DROP TABLE articles; --"]:
        assert client.get("/api/articles", params={"q": evil}).json()["total"] == 0, evil
        assert client.get("/api/quotes", params={"speaker": evil}).json()["total"] == 0, evil
        assert client.get("/api/events", params={"actor": evil, "country": evil}).json()["total"] == 0, evil
        assert client.get("/api/actors", params={"q": evil}).json()["total"] == 0, evil
    assert client.get("/api/articles").json()["total"] == 3


def test_every_page_sends_a_strict_content_security_policy(client, hostile_id):
    for url in [*_pages(hostile_id)[:3], "/ingest", "/api/articles"]:
        csp = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "object-src 'none'" in csp and "unsafe-inline" not in csp
        assert client.get(url).headers["x-content-type-options"] == "nosniff"
