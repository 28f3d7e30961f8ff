"""Helpers for the entity tests: run the real pipeline up to `entities` and look things up."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).parents[1]
SEED = TESTS / "data" / "chinadaily-2022-03-11-ceasefire-talks.txt"
FIXTURES = TESTS / "data" / "entities"


def run_entities(path: Path):
    from newsgraph.pipeline import Pipeline
    from newsgraph.readers import iter_inputs

    (record,) = Pipeline(until="entities").run(iter_inputs([str(path)]))
    assert not record.failures, record.failures
    return record


def person(record, name: str):
    found = [e for e in record.entities if e.type == "PERSON" and e.name == name]
    assert len(found) == 1, f"{name}: {[e.name for e in record.entities if e.type == 'PERSON']}"
    return found[0]


def entity_at(record, text: str, occurrence: int = 0):
    """The entity holding the ``occurrence``-th mention whose span text is ``text``."""
    hits = [(m.span.start, e) for e in record.entities for m in e.mentions if m.span.text == text]
    hits.sort(key=lambda h: h[0])
    assert len(hits) > occurrence, f"no mention {text!r} #{occurrence}"
    return hits[occurrence][1]


def run_text(text: str, source: str = "snippet.txt"):
    """Run the pipeline up to `entities` on a short story given as text."""
    from newsgraph.pipeline import Pipeline
    from newsgraph.readers.base import RawInput

    (record,) = Pipeline(until="entities").run([RawInput(source=source, data=text.encode(), kind="text")])
    assert not record.failures, record.failures
    return record
