"""The query commands over a store: query, quotes, events, timeline, export (parquet, jsonl, gdelt)."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.executors import BatchResult
from newsgraph.ingest import IngestSummary, StoreWriter
from newsgraph.records import Article, Entity, EntityType, Event, Mention, Participant, Quote, QuoteKind, Record
from newsgraph.store import Store
from newsgraph.store.gdelt import COLUMNS

BODY = (
    'As {outlet} reports, {name} met Ukrainian Foreign Minister Dmytro Kuleba in Antalya. "We have not agreed on a ceasefire," '
    "{name} said after the meeting."
)


def make_record(outlet: str, name: str, day: str) -> Record:
    body = BODY.format(name=name, outlet=outlet)
    article = Article(source=f"{outlet}.txt", outlet=outlet, body=body, headline=f"{outlet} on talks")
    article.published = datetime.fromisoformat(day)
    article.finalize_id()
    first, second = body.index(name), body.rindex(name)
    person = Entity(
        id="e1",
        type=EntityType.PERSON,
        name=name,
        country="RUS",
        mentions=[
            Mention(span=article.span(first, first + len(name)), type=EntityType.PERSON),
            Mention(span=article.span(second, second + len(name)), type=EntityType.PERSON),
        ],
    )
    q0, q1 = body.index('"'), body.rindex('"') + 1
    quote = Quote(
        id="q1",
        content=[article.span(q0, q1)],
        speaker=person.mentions[1].span,
        speaker_entity="e1",
        speaker_name=name,
        kind=QuoteKind.DIRECT,
    )
    met = body.index("met")
    event = Event(
        id="v1",
        type="CONSULT",
        trigger=article.span(met, met + 3),
        evidence=article.span(0, body.index(".") + 1),
        actors=[Participant(entity="e1", name=name, country="RUS")],
        recipients=[Participant(name="Dmytro Kuleba", country="UKR")],
        date=day,
        cameo="040",
        quad_class=1,
        goldstein=1.0,
    )
    return Record(article=article, entities=[person], quotes=[quote], events=[event])


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "kb.duckdb"
    records = [
        make_record("Agency A", "Sergey Lavrov", "2022-03-10"),
        make_record("Agency B", "Sergei Lavrov", "2022-03-10"),
        make_record("Agency C", "Sergey Lavrov", "2022-02-01"),
    ]
    with Store(path) as store:
        writer = StoreWriter(store, IngestSummary())
        writer.write(BatchResult([], records), ["h1", "h2", "h3"])
        writer.finish()
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_query_is_read_only_sql(db: Path) -> None:
    rows = json.loads(run("query", "SELECT name, num_articles FROM kb_entities", "--db", str(db), "--format", "json"))
    assert rows == [{"name": "Sergey Lavrov", "num_articles": 3}]
    result = CliRunner().invoke(app, ["query", "DELETE FROM articles", "--db", str(db)])
    assert result.exit_code != 0
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 3


def test_quotes_by_a_spelling_variant_of_the_speaker(db: Path) -> None:
    lines = run("quotes", "--speaker", "Sergei Lavrov", "--db", str(db), "--format", "jsonl").splitlines()
    quotes = [json.loads(line) for line in lines]
    assert len(quotes) == 3 and {q["speaker_kb"] for q in quotes} == {"person:sergey-lavrov"}
    assert all(q["content"] == '"We have not agreed on a ceasefire,"' for q in quotes)
    since = run("quotes", "--speaker", "Lavrov", "--since", "2022-03-01", "--db", str(db), "--format", "json")
    assert len(json.loads(since)) == 2


def test_events_by_country_or_entity_with_merged_counts(db: Path) -> None:
    by_country = json.loads(
        run(
            "events",
            "--actor",
            "RUS",
            "--type",
            "CONSULT",
            "--since",
            "2022-03-01",
            "--db",
            str(db),
            "--format",
            "json",
        )
    )
    assert len(by_country) == 2 and {e["num_articles"] for e in by_country} == {2}
    by_name = json.loads(run("events", "--actor", "Lavrov", "--db", str(db), "--format", "json"))
    assert len(by_name) == 3
    assert json.loads(run("events", "--actor", "UKR", "--db", str(db), "--format", "json")) == []
    assert json.loads(run("events", "--mode", "negated", "--db", str(db), "--format", "json")) == []
    confident = json.loads(run("events", "--min-confidence", "0.5", "--db", str(db), "--format", "json"))
    assert len(confident) == 3 and {e["confidence"] for e in confident} == {0.5}
    assert json.loads(run("events", "--min-confidence", "0.6", "--db", str(db), "--format", "json")) == []
    assert CliRunner().invoke(app, ["events", "--min-confidence", "2", "--db", str(db)]).exit_code == 2


def test_timeline_lists_mentions_quotes_and_events_by_date(db: Path) -> None:
    rows = json.loads(run("timeline", "Sergei Lavrov", "--db", str(db), "--format", "json"))
    assert [r["day"] for r in rows] == sorted(r["day"] for r in rows)
    assert {r["what"] for r in rows} == {"mentioned", "said", "event CONSULT (actor)"}
    assert CliRunner().invoke(app, ["timeline", "Nobody Atall", "--db", str(db)]).exit_code == 1


def test_export_gdelt_writes_61_tab_separated_columns(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    run("export", "--format", "gdelt", "--output", str(out), "--db", str(db))
    rows = list(csv.reader(out.open(encoding="utf-8"), delimiter="\t"))
    assert len(COLUMNS) == 61 and len(rows) == 2 and all(len(r) == 61 for r in rows)
    row = dict(zip(COLUMNS, rows[1], strict=True))
    assert row["SQLDATE"] == "20220310" and row["Actor1CountryCode"] == "RUS" and row["Actor2CountryCode"] == "UKR"
    assert (row["EventCode"], row["EventRootCode"], row["NumArticles"], row["NumSources"]) == ("040", "04", "2", "2")


def test_export_parquet_and_jsonl(db: Path, tmp_path: Path) -> None:
    run("export", "--format", "parquet", "--output", str(tmp_path / "pq"), "--db", str(db))
    assert pq.read_table(tmp_path / "pq" / "articles.parquet").num_rows == 3
    assert pq.read_table(tmp_path / "pq" / "merged_events.parquet").num_rows == 2
    run("export", "--format", "jsonl", "--output", str(tmp_path / "r.jsonl"), "--db", str(db))
    records = [Record.model_validate_json(line) for line in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert {r.entities[0].kb_id for r in records} == {"person:sergey-lavrov"}


def test_export_gdelt_writes_only_events_told_as_happening(tmp_path: Path) -> None:
    """GDELT has no negation column: "We have not agreed on a ceasefire" must not become an AGREE row."""
    record = make_record("Agency A", "Sergey Lavrov", "2022-03-10")
    agreed = record.article.body.index("agreed")
    trigger = record.article.span(agreed, agreed + len("agreed"))
    not_agreed = Event(
        id="v2",
        type="AGREE",
        trigger=trigger,
        evidence=trigger,
        actors=[Participant(entity="e1", name="Sergey Lavrov", country="RUS")],
        recipients=[Participant(name="Dmytro Kuleba", country="UKR")],
        negated=True,
        cameo="030",
    )
    nobody = Event(id="v3", type="CONSULT", trigger=trigger, evidence=trigger, cameo="040")
    planned = {"trigger": trigger, "evidence": trigger, "actors": not_agreed.actors, "future": True}
    will_meet = Event(
        id="v4",
        type="CONSULT",
        mode="host",
        cameo="043",
        recipients=[Participant(name="Lukashenko", country="BLR")],
        **planned,
    )
    will_attack = Event(id="v5", type="ASSAULT", cameo="190", **planned)
    record.events += [not_agreed, nobody, will_meet, will_attack]
    path = tmp_path / "kb.duckdb"
    with Store(path) as store:
        writer = StoreWriter(store, IngestSummary())
        writer.write(BatchResult([], [record]), ["h1"])
        writer.finish()
    happened, every = tmp_path / "happened.tsv", tmp_path / "every.tsv"
    run("export", "--format", "gdelt", "--output", str(happened), "--db", str(path))
    run("export", "--format", "gdelt", "--every-event", "--output", str(every), "--db", str(path))
    rows = list(csv.reader(happened.open(encoding="utf-8"), delimiter="\t"))
    codes = sorted(row[COLUMNS.index("EventCode")] for row in rows)
    assert codes == ["036", "040"]  # "will meet" is CAMEO's intent to meet; a planned attack is no event
    intent = next(dict(zip(COLUMNS, row, strict=True)) for row in rows if row[COLUMNS.index("EventCode")] == "036")
    assert (intent["QuadClass"], intent["GoldsteinScale"], intent["Actor2CountryCode"]) == ("1", "4.0", "BLR")
    assert len(every.read_text(encoding="utf-8").splitlines()) == 5
