"""The blind set ships spans, not text: a sentence anchored in a document is read back from it, and a changed
document is an error, not a silent mis-scoring. The corpora here are tiny ones written for this test."""

from __future__ import annotations

import json

import pytest

from newsgraph.bench.blind import anchor, load_blind
from newsgraph.errors import UsageError

STORY = """<REUTERS TOPICS="YES" NEWID="7">
<DATE> 3-MAR-1987 10:00:00.00</DATE>
<TEXT>&#2;
<TITLE>ATLANTIS AND OCEANIA SIGN FISHING PACT</TITLE>
<DATELINE>    PORTO, March 3 - </DATELINE><BODY>Atlantis and Oceania signed a fishing pact on Tuesday,
officials said.
    The pact runs for ten years.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"""


@pytest.fixture
def corpora(tmp_path):
    (tmp_path / "reuters").mkdir()
    (tmp_path / "reuters" / "reut2-000.sgm").write_text(STORY, encoding="latin-1")
    (tmp_path / "bbc").mkdir()
    (tmp_path / "bbc" / "001.txt").write_text(
        "Minister resigns\n\nThe minister resigned on Friday.\n", encoding="utf-8"
    )
    return tmp_path


def _row(doc: str, text: str) -> dict:
    return {"id": doc, "split": "dev", "date": "19870303", "doc": doc, "text": text, "ref": "-", "expected_events": []}


def test_a_sentence_anchored_in_its_document_is_read_back(corpora, tmp_path):
    rows = [
        anchor(_row("reuters/reut2-000.sgm#7", "The pact runs for ten years."), corpora),
        anchor(_row("bbc/001.txt", "The minister resigned\non Friday."), corpora),
    ]
    assert all("text" not in row for row in rows)  # the file keeps where the sentence is, not the sentence
    path = tmp_path / "blind.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    assert [row["text"] for row in load_blind(path, corpora)] == [
        "The pact runs for ten years.",
        "The minister resigned on Friday.",
    ]


def test_a_changed_document_is_an_error(corpora, tmp_path):
    row = anchor(_row("bbc/001.txt", "The minister resigned on Friday."), corpora)
    (corpora / "bbc" / "001.txt").write_text("Minister stays\n\nThe minister stayed on Friday.\n", encoding="utf-8")
    path = tmp_path / "blind.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    from newsgraph.bench import blind

    blind._document_text.cache_clear()
    with pytest.raises(UsageError):
        load_blind(path, corpora)
