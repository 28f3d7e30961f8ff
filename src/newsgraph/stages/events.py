"""Stage `events`: PLOVER events with actors, recipients, place, date and modes, plus the article's
5W1H main event. The logic lives in :mod:`newsgraph.events`; this module only wires it in."""

from __future__ import annotations

from newsgraph.config import Settings
from newsgraph.events.build import extract_events
from newsgraph.events.fivew import main_event
from newsgraph.stages.base import Item, Stage


class EventsStage(Stage):
    name = "events"
    requires = ("nlp", "entities", "quotes", "time", "places")

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()

    def setup(self) -> None:
        from newsgraph.events.actors import capitals, known_leader_country, misspelt_country
        from newsgraph.events.extract import known_lemmas, word_hashes
        from newsgraph.events.headline import use_spacy_model
        from newsgraph.events.lexicon import attack_nouns, light_verbs, noun_triggers, verb_triggers
        from newsgraph.lexicon.countries import country_code, peoples
        from newsgraph.lexicon.roles import role_words

        # Warm the caches once per process, so that no article pays for building them.
        capitals(), verb_triggers(), noun_triggers(), attack_nouns(), light_verbs(), known_lemmas()
        country_code("Russia")
        peoples(), role_words(), misspelt_country("Ethopia"), known_leader_country("Bouteflicka"), word_hashes()
        use_spacy_model(self.settings.spacy_model)  # the headline reader's verb list: the model that parsed it

    def process(self, item: Item) -> None:
        record = item.record
        record.events = extract_events(record, item.doc)
        record.main_event = main_event(record, item.doc, item.headline_doc)
