"""Every page and API route, in process, over a store of hand-built records with known facts."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from tests.web._html import parse

from newsgraph.records import Record

LAVROV = "/actors/" + quote("name:sergey lavrov", safe="")


@pytest.fixture(scope="session")
def ids(records):
    return {name: r.article.id for name, r in records.items()}


def test_home_redirects_to_the_article_list(client):
    response = client.get("/", follow_redirects=False)
    assert response.status_code in (302, 307) and response.headers["location"] == "/articles"


def test_article_list_shows_counts_and_searches_headline_and_body(client, records):
    page = client.get("/articles")
    assert page.status_code == 200
    assert "Foreign ministers meet in Antalya" in page.text and "Ministers met in Turkey" in page.text
    searched = client.get("/articles", params={"q": "surrender"})
    assert "Foreign ministers meet in Antalya" in searched.text
    assert "Ministers met in Turkey" not in searched.text
    api = client.get("/api/articles", params={"q": "ANTALYA"}).json()
    assert {a["headline"] for a in api["articles"]} == {"Foreign ministers meet in Antalya", "Ministers met in Turkey"}
    talks = next(a for a in api["articles"] if a["headline"].startswith("Foreign"))
    assert (talks["entities"], talks["quotes"], talks["events"]) == (5, 2, 3)


def test_article_page_highlights_facts_and_shows_the_records_behind_them(client, ids):
    response = client.get(f"/articles/{ids['talks']}")
    assert response.status_code == 200
    page = parse(response.text)
    assert page.by_id("story") and page.by_id("fact-quote-q1") and page.by_id("fact-place-p1")
    html = response.text
    # speaker and role, resolved date, place with coordinates and map, event with its modes
    assert "Dmytro Kuleba" in html and "Ukrainian Foreign Minister" in html
    assert "2022-03-10" in html
    assert "36.9081, 30.6956" in html and 'class="map"' in html
    assert "negated" in html and "third-party" in html
    # the cut site chrome, collapsed
    removed = page.by_id("removed")
    assert removed and removed[0].tag == "details" and "open" not in removed[0].attrs
    assert "Share this story" in html and "[Photo/Xinhua]" in html and "The ministers at the table." in html


def test_article_api_returns_the_stored_record(client, ids, records):
    response = client.get(f"/api/articles/{ids['talks']}")
    assert response.status_code == 200
    assert Record.model_validate(response.json()) == records["talks"]


def test_unknown_article_is_a_404_page_and_json(client):
    page = client.get("/articles/nope")
    assert page.status_code == 404 and "no article with id" in page.text and "<html" in page.text
    assert client.get("/api/articles/nope").status_code == 404


def test_quotes_search_by_speaker_text_date_and_kind(client, ids):
    everything = client.get("/api/quotes").json()
    assert everything["total"] == 3
    kuleba = client.get("/api/quotes", params={"speaker": "kuleba"}).json()["quotes"]
    assert [q["content"] for q in kuleba] == ["We will not surrender,"]
    assert kuleba[0]["speaker_role"] == "Ukrainian Foreign Minister"
    assert kuleba[0]["evidence_url"] == f"/articles/{ids['talks']}#quote-q1"
    assert client.get("/api/quotes", params={"text": "send aid"}).json()["quotes"][0]["kind"] == "indirect"
    assert client.get("/api/quotes", params={"kind": "indirect"}).json()["total"] == 1
    in_march = client.get("/api/quotes", params={"date_from": "2022-03-01", "date_to": "2022-03-31"}).json()
    assert in_march["total"] == 2
    assert client.get("/api/quotes", params={"date_from": "2022-03-12"}).json()["total"] == 1  # the hostile one
    page = client.get("/quotes", params={"speaker": "Kuleba", "date_from": "", "kind": "direct"})
    assert page.status_code == 200
    links = [el.attrs["href"] for el in parse(page.text).with_class("evidence")]
    assert links == [f"/articles/{ids['talks']}#quote-q1"]


def test_the_quote_link_lands_on_an_anchor_in_the_article(client, ids):
    html = client.get(f"/articles/{ids['talks']}").text
    assert parse(html).by_id("quote-q1")


def test_events_filter_by_actor_country_type_mode_and_modality(client):
    api = client.get("/api/events").json()
    assert api["total"] == 6
    consult = client.get("/api/events", params={"type": "CONSULT"}).json()["events"]
    assert len(consult) == 3
    # the same meeting reported by two articles: two sources
    assert sorted(e["sources"] for e in consult if e["when"] == "2022-03-10") == [2, 2]
    assert client.get("/api/events", params={"actor": "turkey"}).json()["events"][0]["modality"] == "negated"
    assert client.get("/api/events", params={"country": "ukr"}).json()["total"] == 4
    assert client.get("/api/events", params={"mode": "third-party"}).json()["total"] == 1
    assert client.get("/api/events", params={"modality": "hypothetical"}).json()["events"][0]["when"] == "2022-W11"
    asserted = client.get("/api/events", params={"modality": "asserted"}).json()
    assert {e["type"] for e in asserted["events"]} >= {"CONSULT", "ACCUSE"}
    assert all(e["modality"] == "asserted" for e in asserted["events"])
    dated = client.get("/api/events", params={"date_from": "2022-03-11", "date_to": "2022-03-11"}).json()
    assert {e["type"] for e in dated["events"]} == {"ACCUSE", "AID"}


def test_timeline_draws_modalities_differently_with_a_legend(client):
    response = client.get("/events")
    assert response.status_code == 200
    page = parse(response.text)
    markers = [el.attrs["data-modality"] for el in page.with_class("marker")]
    assert sorted(markers) == ["asserted", "asserted", "asserted", "asserted", "negated"]  # 2022-W11 is not placed
    assert page.with_class("mk-negated") and page.with_class("mk-hypothetical")  # the legend draws every style
    assert page.by_id("timeline-legend")
    assert "1 without a placeable date" in response.text
    filtered = client.get("/events", params={"modality": "negated", "type": "", "date_from": ""})
    assert [el.attrs["data-modality"] for el in parse(filtered.text).with_class("marker")] == ["negated"]


def test_actor_list_and_profile(client, ids):
    actors = client.get("/api/actors", params={"type": "PERSON"}).json()["actors"]
    lavrov = next(a for a in actors if a["name"] == "Sergey Lavrov")
    assert (lavrov["articles"], lavrov["mentions"], lavrov["country"]) == (2, 4, "RUS")
    profile = client.get("/api" + LAVROV).json()
    assert profile["names"] == ["Lavrov", "Sergey Lavrov"]
    assert profile["roles"] == ["Russian Foreign Minister"]
    assert profile["countries"] == ["RUS"]
    assert [n for _, n in profile["mentions_by_day"]] == [2, 2]
    assert {(e["type"], e["role"]) for e in profile["events"]} == {
        ("CONSULT", "actor"),
        ("ACCUSE", "actor"),
        ("CONSULT", "recipient"),
    }
    kuleba = client.get("/api/actors/" + quote("name:dmytro kuleba", safe="")).json()
    assert [q["content"] for q in kuleba["quotes"]] == ["We will not surrender,"]
    page = client.get(LAVROV)
    assert page.status_code == 200 and "Russian Foreign Minister" in page.text
    assert parse(page.text).by_id("mentions-chart") and parse(page.text).by_id("actor-network")
    assert client.get("/actors/" + quote("name:nobody", safe="")).status_code == 404


def test_network_of_who_met_accused_or_aided_whom(client):
    edges = client.get("/api/network").json()
    pairs = {(e["src_name"], e["type"], e["dst_name"], e["n"]) for e in edges}
    # the negated AID and the hypothetical meeting are not drawn
    assert pairs == {("Sergey Lavrov", "CONSULT", "Dmytro Kuleba", 2), ("Sergey Lavrov", "ACCUSE", "the West", 1)}
    every_type = client.get("/api/network", params={"all_types": True}).json()
    assert any('CONSULT"><script>' in e["type"] for e in every_type)
    page = client.get("/actors")
    network = parse(page.text)
    assert network.by_id("network") and len(network.with_class("node")) == 3 and len(network.with_class("edge")) == 2


def test_openapi_document_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/articles", "/api/articles/{article_id}", "/api/quotes", "/api/events", "/api/actors"} <= paths
    assert {"/api/actors/{key}", "/api/network", "/api/ingest"} <= paths
    assert not any(p.startswith(("/articles", "/quotes", "/events")) for p in paths)  # pages stay out of the API
    assert client.get("/docs").status_code == 404  # the Swagger page would load scripts from a CDN


def test_static_files_and_base_map_are_served_locally(client):
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/app.css").status_code == 200
    base = client.get("/map/base.svg")
    assert base.status_code == 200 and base.text.count("<circle") > 100


def test_ingest_form_says_the_app_is_read_only(client):
    page = client.get("/ingest")
    assert page.status_code == 200 and "read-only" in page.text and 'name="file"' in page.text


def test_empty_ingest_is_a_clear_400(client):
    response = client.post("/ingest", data={"text": "   "})
    assert response.status_code == 400 and "nothing to read" in response.text
