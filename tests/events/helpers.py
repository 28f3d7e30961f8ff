"""Small assertions shared by the event tests written on invented sentences."""

from __future__ import annotations


def only(record, kind):
    """The one event of ``kind`` in the record (fails, listing what was found, when there is not exactly one)."""
    found = [e for e in record.events if e.type == kind]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in record.events]
    return found[0]


def codes(participants) -> set[str | None]:
    return {p.country for p in participants}
