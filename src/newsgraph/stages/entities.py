"""Stage `entities`: people, organisations, places and nationalities with roles, country and sector.

The work is in :mod:`newsgraph.entities`; this stage only hands it the Doc and stores the result.
"""

from __future__ import annotations

from newsgraph.entities.build import extract_entities
from newsgraph.stages.base import Item, Stage


class EntitiesStage(Stage):
    name = "entities"
    requires = ("nlp",)

    def setup(self) -> None:
        from newsgraph.entities.mentions import big_cities, capital_countries
        from newsgraph.lexicon.countries import country_code

        # Load the gazetteer tables once per process.
        big_cities(), capital_countries(), country_code("Russia"), country_code("russian federation")

    def process(self, item: Item) -> None:
        item.record.entities = extract_entities(item.doc, item.record.article)
