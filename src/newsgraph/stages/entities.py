"""Stage `entities`: spaCy's named entities grouped into Entity records (first pass)."""

from __future__ import annotations

import hashlib

from newsgraph.records import Entity, EntityType, Mention
from newsgraph.stages.base import Item, Stage

KEPT_LABELS = {t.value for t in EntityType}


class EntitiesStage(Stage):
    name = "entities"
    requires = ("nlp",)

    def process(self, item: Item) -> None:
        article = item.record.article
        by_key: dict[tuple[str, str], Entity] = {}
        for ent in item.doc.ents:
            if ent.label_ not in KEPT_LABELS:
                continue
            key = (ent.label_, ent.text)
            entity = by_key.get(key)
            if entity is None:
                entity_id = "E" + hashlib.sha1(f"{ent.label_}:{ent.text}".encode()).hexdigest()[:8]
                entity = by_key[key] = Entity(id=entity_id, type=EntityType(ent.label_), name=ent.text)
            entity.mentions.append(
                Mention(span=article.span(ent.start_char, ent.end_char), type=EntityType(ent.label_))
            )
        item.record.entities = list(by_key.values())
