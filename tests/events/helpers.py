"""Small assertions shared by the event tests written on invented sentences."""

from __future__ import annotations


def only(record, kind):
    """The one event of ``kind`` in the record (fails, listing what was found, when there is not exactly one)."""
    found = [e for e in record.events if e.type == kind]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in record.events]
    return found[0]


def codes(participants) -> set[str | None]:
    return {p.country for p in participants}


def never(run_events, kind: str, *texts: str) -> None:
    """No event of ``kind`` in any of ``texts`` (fails naming the text and what was found)."""
    for text in texts:
        found = [(e.type, e.trigger.text) for e in run_events(text).events]
        assert all(k != kind for k, _ in found), (text, found)
