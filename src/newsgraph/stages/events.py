"""Stage `events`: PLOVER events with actors, recipients, place, date and modes, plus the article's
5W1H main event. The logic lives in :mod:`newsgraph.events`; this module only wires it in."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.events.build import extract_events
from newsgraph.events.fivew import main_event, sentence_cased, with_case_of
from newsgraph.stages.base import Item, Stage

_MAX_HEADLINE_CHARS = 300


class EventsStage(Stage):
    name = "events"
    requires = ("nlp", "entities", "quotes", "time", "places")

    def setup(self) -> None:
        from newsgraph.events.actors import capitals
        from newsgraph.events.lexicon import light_verbs, noun_triggers, verb_triggers
        from newsgraph.lexicon.countries import country_code

        capitals(), verb_triggers(), noun_triggers(), light_verbs(), country_code("Russia")  # warm the caches
        self._headlines: dict[int, object] = {}

    def process_batch(self, items: Sequence[Item]) -> None:
        self._headlines = self._parse_headlines(items)
        try:
            super().process_batch(items)
        finally:
            self._headlines = {}

    def process(self, item: Item) -> None:
        record = item.record
        record.events = extract_events(record, item.doc)
        headline_doc = getattr(self, "_headlines", {}).get(id(item))
        record.main_event = main_event(record, item.doc, headline_doc)

    def _parse_headlines(self, items: Sequence[Item]) -> dict[int, object]:
        """The headline states the main event most compactly; its few words are parsed in one batch."""
        todo = [
            (item, headline)
            for item in items
            if item.english_ok
            and 0 < len(headline := (item.record.article.headline or "").strip()) <= _MAX_HEADLINE_CHARS
        ]
        if not todo:
            return {}
        from newsgraph.config import Settings
        from newsgraph.stages.nlp import load_spacy

        try:
            nlp = load_spacy(Settings().spacy_model)
            texts = [sentence_cased(headline, item.record.article.body) for item, headline in todo]
            docs = nlp.pipe(texts, disable=["ner"])  # parsed in sentence case, returned with the headline's words
            return {id(item): with_case_of(doc, headline) for (item, headline), doc in zip(todo, docs, strict=True)}
        except Exception:  # a headline that cannot be parsed leaves the lead sentence to answer
            return {}
