"""The same event from several articles becomes one merged event with GDELT-style counts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from newsgraph.executors import BatchResult
from newsgraph.ingest import IngestSummary, StoreWriter
from newsgraph.records import Article, Entity, EntityType, Event, Mention, Participant, Record
from newsgraph.store import Store

TEMPLATE = "{lead} Foreign Minister {name} met Ukrainian Foreign Minister Dmytro Kuleba in Antalya on Thursday."


def article_record(outlet: str, lead: str, name: str, day: str, negated: bool = False) -> Record:
    body = TEMPLATE.format(lead=lead, name=name)
    article = Article(source=f"{outlet}.txt", outlet=outlet, body=body, published=datetime.fromisoformat(day))
    article.finalize_id()
    start = body.index(name)
    actor = Entity(
        id="e1",
        type=EntityType.PERSON,
        name=name,
        country="RUS",
        mentions=[Mention(span=article.span(start, start + len(name)), type=EntityType.PERSON)],
    )
    met = body.index("met")
    event = Event(
        id="v1",
        type="CONSULT",
        trigger=article.span(met, met + 3),
        evidence=article.span(0, len(body)),
        actors=[Participant(entity="e1", name=name, country="RUS")],
        recipients=[Participant(name="Dmytro Kuleba", country="UKR")],
        date=day[:10],
        negated=negated,
    )
    return Record(article=article, entities=[actor], events=[event])


def test_events_merge_across_outlets_and_keep_every_member(tmp_path: Path) -> None:
    records = [
        article_record("Agency A", "Russian", "Sergey Lavrov", "2022-03-10"),
        article_record("Agency B", "Moscow's", "Sergei Lavrov", "2022-03-10"),
        article_record("Agency B", "In Antalya, Russian", "Sergey Lavrov", "2022-03-11"),
        article_record("Agency C", "Russia's", "Sergey Lavrov", "2022-03-10", negated=True),
        article_record("Agency D", "Earlier, Russian", "Sergey Lavrov", "2022-05-20"),
    ]
    summary = IngestSummary()
    with Store(tmp_path / "kb.duckdb") as store:
        writer = StoreWriter(store, summary)
        writer.write(BatchResult([], records), [f"h{i}" for i in range(len(records))])
        writer.finish()
        merged = store.conn.execute(
            "SELECT num_articles, num_sources, num_mentions, negated, first_date FROM merged_events ORDER BY 1 DESC, 5"
        ).fetchall()
        members = store.conn.execute(
            "SELECT count(*) FROM event_members m JOIN evidence v ON v.article_id = m.article_id"
            " AND v.fact_id = m.event_id AND v.part = 'evidence'"
        ).fetchone()[0]
        kb_ids = store.conn.execute("SELECT DISTINCT kb_id FROM entities").fetchall()
    assert kb_ids == [("person:sergey-lavrov",)]
    assert merged == [
        (3, 2, 3, False, "2022-03-10"),  # A and B on the 10th, B again on the 11th: one meeting
        (1, 1, 1, True, "2022-03-10"),  # "did not meet" is not the same event
        (1, 1, 1, False, "2022-05-20"),  # months later: another meeting
    ]
    assert members == 5
