"""The store: idempotent, transactional per batch, refuses foreign or corrupt files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import duckdb
import pytest

from newsgraph.errors import StoreError
from newsgraph.pipeline import Pipeline
from newsgraph.readers import iter_inputs
from newsgraph.records import Entity, EntityType, Event, Mention, Participant, Quote, QuoteKind, Record
from newsgraph.store import Store
from newsgraph.store.duckdb import STORE_VERSION, raw_hash


def page_records(paths) -> list[Record]:
    return list(Pipeline(until="page").run(iter_inputs([str(p) for p in paths])))


def rich_record() -> Record:
    """A record with an entity, a quote and an event, built on real spans of its body."""
    (record,) = page_records([Path(__file__).parents[1] / "data" / "chinadaily-2022-03-11-ceasefire-talks.txt"])
    body = record.article.body
    a = record.article
    start = body.index("Sergey Lavrov")
    lavrov = Entity(
        id="e1",
        type=EntityType.PERSON,
        name="Sergey Lavrov",
        country="RUS",
        mentions=[Mention(span=a.span(start, start + 13), type=EntityType.PERSON)],
    )
    record.entities = [lavrov]
    said = body.index("said")
    record.quotes = [
        Quote(id="q1", content=[a.span(said + 5, said + 40)], cue=a.span(said, said + 4), kind=QuoteKind.INDIRECT)
    ]
    trigger = body.index("talks")
    record.events = [
        Event(
            id="v1",
            type="CONSULT",
            trigger=a.span(trigger, trigger + 5),
            evidence=a.span(0, body.index(".") + 1),
            actors=[Participant(entity="e1", name="Sergey Lavrov", country="RUS", span=lavrov.mentions[0].span)],
            date="2022-03-10",
            joint=True,
        )
    ]
    return record


def test_same_article_is_stored_once_and_evidence_slices_the_body(tmp_path: Path) -> None:
    record = rich_record()
    with Store(tmp_path / "kb.duckdb") as store:
        assert store.add_batch([record, record.model_copy(deep=True)]) == [True, False]
        assert store.add(record) is False
        assert store.counts()["articles"] == 1
        body = store.conn.execute("SELECT body FROM articles").fetchone()[0]
        spans = store.conn.execute("SELECT start_char, end_char, text FROM evidence").fetchall()
        assert {part for (part,) in store.conn.execute("SELECT DISTINCT part FROM evidence").fetchall()} >= {
            "span",
            "content",
            "cue",
            "trigger",
            "evidence",
            "participant",
        }
        assert all(body[s:e] == text for s, e, text in spans)
        assert store.record(record.article.id).entities[0].name == "Sergey Lavrov"
        assert store.conn.execute("SELECT joint FROM events").fetchall() == [(True,)]


def test_a_joint_act_stores_its_second_party_as_the_counterpart(tmp_path: Path) -> None:
    record = rich_record()
    event = record.events[0]
    event.actors.append(Participant(name="Dmytro Kuleba", country="UKR", span=event.trigger))
    with Store(tmp_path / "kb.duckdb") as store:
        store.add(record)
        row = store.conn.execute("SELECT actor_country, recipient_country, joint FROM events").fetchone()
    assert row == ("RUS", "UKR", True)


def test_a_failed_batch_leaves_nothing_behind(tmp_path: Path, corpus: Path) -> None:
    records = page_records(sorted(corpus.iterdir())[:3])

    class Explodes:
        def before_insert(self, conn, new):
            return {"articles": [], "no_such_table": [{"x": 1}]}

    with Store(tmp_path / "kb.duckdb") as store:
        store.add_batch(records[:1])
        with pytest.raises(duckdb.Error):
            store.add_batch(records[1:], hook=Explodes())
        assert store.counts()["articles"] == 1
        assert store.conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 0


def test_source_hashes_are_remembered(tmp_path: Path, corpus: Path) -> None:
    (record,) = page_records(sorted(corpus.iterdir())[:1])
    h = raw_hash(b"raw bytes")
    with Store(tmp_path / "kb.duckdb") as store:
        store.add(record, h)
        assert store.known_sources([h, "other"]) == {h}


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("shopping list: eggs, milk, bread\n" * 20)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a DuckDB database"):
        Store(path)
    assert path.read_bytes() == before


def test_a_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = path.read_bytes()
    with pytest.raises(StoreError):
        Store(path, read_only=True)
    assert path.read_bytes() == before


def test_a_corrupt_database_gives_a_clear_error_and_is_not_overwritten(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "kb.duckdb"
    with Store(path) as store:
        store.add_batch(page_records(sorted(corpus.iterdir())))
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 7):  # scribble over everything after the file header
        data[offset] = 0xAB
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match=r"cannot be opened|not a newsgraph"):
        Store(path)
    assert path.read_bytes() == bytes(data)


def test_a_foreign_duckdb_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "theirs.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute("CREATE TABLE sales (amount INTEGER)")
    conn.close()
    with pytest.raises(StoreError, match="not newsgraph's"):
        Store(path)
    conn = duckdb.connect(str(path), read_only=True)
    assert conn.execute("SELECT table_name FROM information_schema.tables").fetchall() == [("sales",)]
    conn.close()


def test_a_newer_store_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kb.duckdb"
    Store(path).close()
    conn = duckdb.connect(str(path))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'store_version'", [str(STORE_VERSION + 1)])
    conn.close()
    with pytest.raises(StoreError, match="newer newsgraph"):
        Store(path, read_only=True)


def test_a_version_1_store_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    conn.execute("INSERT INTO meta VALUES ('magic', 'newsgraph'), ('schema_version', '1.0')")
    conn.execute("CREATE TABLE articles (id VARCHAR PRIMARY KEY, headline VARCHAR)")
    conn.execute("INSERT INTO articles VALUES ('a1', 'kept')")
    conn.close()
    with Store(path) as store:
        assert store.conn.execute("SELECT value FROM meta WHERE key = 'store_version'").fetchone()[0] == str(
            STORE_VERSION
        )
        assert store.conn.execute("SELECT headline FROM articles").fetchall() == [("kept",)]
        assert store.conn.execute("SELECT count(*) FROM kb_entities").fetchone()[0] == 0


def test_a_version_3_store_gains_the_joint_column(tmp_path: Path) -> None:
    path = tmp_path / "v3.duckdb"
    with Store(path):
        pass
    conn = duckdb.connect(str(path))
    conn.execute("ALTER TABLE events DROP COLUMN joint")
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'store_version'")
    conn.close()
    with Store(path) as store:
        columns = {row[0] for row in store.conn.execute("DESCRIBE events").fetchall()}
        assert "joint" in columns
        assert store.add(rich_record()) is True


def test_a_reader_waits_for_the_writer_to_release_the_file(tmp_path: Path, corpus: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "kb.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb,time; c=duckdb.connect({str(path)!r}); print('held', flush=True); time.sleep(1.5)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    with Store(path, read_only=True, timeout=30) as store:
        assert store.counts()["articles"] == 0
    holder.wait(timeout=30)
    with pytest.raises(StoreError, match="locked"):
        blocker = subprocess.Popen(
            [
                sys.executable,
                "-c",
                f"import duckdb,time; c=duckdb.connect({str(path)!r}); print('held', flush=True); time.sleep(5)",
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert blocker.stdout.readline().strip() == "held"
            Store(path, read_only=True, timeout=0.3)
        finally:
            blocker.kill()
            blocker.wait()
