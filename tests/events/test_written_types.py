"""336 one-line sentences written for newsgraph, one or more for each CAMEO code family of PLOVER's types
(tests/data/events/written-types.jsonl): the best event's PLOVER type, as `newsgraph bench events --plover`
scores it. Coded by the PLOVER GSR's conventions where it shows them (a lifted emergency is CONCEDE, a
resignation RETREAT). A regression floor: rules were fixed on some of these."""

from __future__ import annotations

import json

import pytest
from tests.conftest import DATA

from newsgraph.bench.events import _best, run_texts

pytestmark = pytest.mark.slow

TYPES = DATA / "events" / "written-types.jsonl"


def test_plover_types_of_written_sentences():
    rows = [json.loads(line) for line in TYPES.read_text(encoding="utf-8").splitlines()]
    items, _ = run_texts([{"id": r["id"], "text": r["text"], "date": "2022-03-10"} for r in rows])
    misses = []
    for row, item in zip(rows, items, strict=True):
        best = _best(item.record.events)
        if best is None or best.type != row["type"]:
            misses.append(f"{row['text']} -> {best.type if best else None} (gold {row['type']})")
    assert len(rows) == 336
    assert len(misses) <= 9, "\n".join(misses)
