"""Stage `events`: PLOVER events with actors, recipients, place, date and modes, plus the article's
5W1H main event. The logic lives in :mod:`newsgraph.events`; this module only wires it in."""

from __future__ import annotations

from newsgraph.events.build import extract_events
from newsgraph.events.fivew import main_event
from newsgraph.stages.base import Item, Stage


class EventsStage(Stage):
    name = "events"
    requires = ("nlp", "entities", "quotes", "time", "places")

    def process(self, item: Item) -> None:
        record = item.record
        record.events = extract_events(record, item.doc)
        record.main_event = main_event(record, item.doc)
