"""Acceptance: `newsgraph read --format json` on the China Daily seed yields what the foundation issue lists."""

from __future__ import annotations

import json

import pytest
from tests.conftest import SEED
from typer.testing import CliRunner

from newsgraph.cli import app

pytestmark = pytest.mark.slow

PEOPLE = {
    "Sergey Lavrov": ("RUS", "GOV"),
    "Dmytro Kuleba": ("UKR", "GOV"),
    "Mevlut Cavusoglu": ("TUR", "GOV"),
    "Maria Zakharova": ("RUS", "GOV"),
    "Vladimir Putin": ("RUS", "GOV"),
    "Volodymyr Zelensky": ("UKR", "GOV"),
    "Dmitry Peskov": ("RUS", "GOV"),
    "Alexander Lukashenko": ("BLR", "GOV"),
    "Rostislav Ishchenko": ("UKR", "EDU"),
}
CHROME = [
    "xi's moments",
    "Home | Europe",
    "By REN QI",
    "[Photo/Xinhua]",
    "Agencies contributed",
    "BACK TO THE TOP",
    "Copyright",
    "License for publishing",
    "Registration Number",
    "Global Edition",
]


@pytest.fixture(scope="module")
def seed_json() -> dict:
    result = CliRunner().invoke(app, ["read", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_page_fields(seed_json):
    article = seed_json["article"]
    assert article["headline"] == "Russia, Ukraine fail to agree on cease-fire at talks"
    assert article["authors"] == ["Ren Qi"]
    assert (article["outlet"], article["dateline"], article["section"]) == ("China Daily", "Moscow", "Europe")
    assert article["updated"].startswith("2022-03-11T07:03")
    (caption,) = article["captions"]
    assert caption["text"].startswith("Photo taken on March 7, 2022 shows") and caption["credit"] == "Xinhua"
    assert "Agencies contributed to this story." in article["credit_lines"]


def test_body_is_the_story_only(seed_json):
    body = seed_json["article"]["body"]
    assert body.startswith("Russia and Ukraine failed to make a breakthrough")
    assert body.endswith("gear up for another military operation.")
    for line in CHROME:
        assert line not in body


def test_every_span_slices_body_and_original_input(seed_json):
    body, raw = seed_json["article"]["body"], SEED.read_text()
    spans = [m["span"] for e in seed_json["entities"] for m in e["mentions"]]
    spans += [s for q in seed_json["quotes"] for s in q["content"]]
    spans += [t["span"] for t in seed_json["times"] if t["caption"] is None]
    spans += [e["trigger"] for e in seed_json["events"]]
    assert len(spans) > 50
    for span in spans:
        assert body[span["start"] : span["end"]] == span["text"]
        assert raw[span["source_start"] : span["source_end"]] == span["text"]


def test_people_with_country_and_sector(seed_json):
    people = {e["name"]: (e["country"], e["sector"]) for e in seed_json["entities"] if e["type"] == "PERSON"}
    for name, expected in PEOPLE.items():
        assert people.get(name) == expected, name
    assert set(people) == set(PEOPLE)


def test_schema_version_and_stages(seed_json):
    from newsgraph.records import SCHEMA_VERSION

    assert seed_json["schema_version"] == SCHEMA_VERSION
    assert seed_json["stages"] == ["page", "language", "nlp", "entities", "quotes", "time", "places", "events"]
    assert seed_json["failures"] == []
