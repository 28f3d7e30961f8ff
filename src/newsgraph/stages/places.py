"""Stage `places`: resolve the article's toponyms offline to GeoNames places (see newsgraph.geo).

Toponyms come from the body's spaCy entities and from photo captions (the nlp stage parses them);
caption places carry ``Place.caption`` and spans into that caption's text.
"""

from __future__ import annotations

import hashlib

from newsgraph.geo.metonymy import is_metonymic
from newsgraph.records import Place
from newsgraph.stages.base import Item, Stage


class PlacesStage(Stage):
    name = "places"
    requires = ("nlp",)

    def __init__(self) -> None:
        self._resolver = None

    def setup(self) -> None:
        from newsgraph.geo.resolver import Resolver

        if self._resolver is None:
            self._resolver = Resolver()  # the gazetteers behind it are cached per process

    def __getstate__(self) -> dict:
        return {"_resolver": None}  # never ship the gazetteer between processes

    def process(self, item: Item) -> None:
        from newsgraph.geo.mentions import doc_toponyms

        self.setup()
        record, article = item.record, item.record.article
        rescue = self._resolver
        found = [(t, span, None) for t, span in doc_toponyms(item.doc, rescue)]
        for index, caption_doc in enumerate(item.caption_docs):  # parsed by the nlp stage, in caption order
            found += [(t, span, index) for t, span in doc_toponyms(caption_doc, rescue)]
        if not found:
            record.places = []
            return
        actor_countries = [e.country for e in record.entities if e.country]
        body_found = [f for f in found if f[2] is None]
        resolved = self._resolver.resolve(
            article.body, [t for t, _, _ in body_found], article.dateline, actor_countries
        )
        entities = _entity_index(record)
        places = [
            self._place(record, res, span, None, entities)
            for res, (_, span, _) in zip(resolved, body_found, strict=True)
        ]
        for index in sorted({f[2] for f in found if f[2] is not None}):
            in_caption = [f for f in found if f[2] == index]
            text = article.captions[index].text
            resolved = self._resolver.resolve(text, [t for t, _, _ in in_caption], article.dateline, actor_countries)
            places += [
                self._place(record, res, span, index, entities)
                for res, (_, span, _) in zip(resolved, in_caption, strict=True)
            ]
        record.places = places

    def _place(self, record, res, span, caption: int | None, entities: dict) -> Place:
        top, cand = res.toponym, res.candidate
        if caption is None:
            evidence = record.article.span(top.start, top.end)
            entity = entities.get((top.start, top.end))
        else:
            evidence = record.article.caption_span(caption, top.start, top.end)
            entity = None
        place_id = "P" + hashlib.sha1(f"{caption}:{top.start}:{top.end}:{top.text}".encode()).hexdigest()[:8]
        return Place(
            id=place_id,
            span=evidence,
            name=cand.name if cand else top.text,  # a guess keeps the name as written
            geonames_id=cand.geonames_id if cand else None,
            country=cand.country if cand else None,
            latitude=cand.latitude if cand else None,
            longitude=cand.longitude if cand else None,
            feature=(cand.feature or None) if cand else None,
            population=(cand.population or None) if cand else None,
            metonymic=is_metonymic(span, cand),
            entity=entity,
            caption=caption,
            confidence=res.confidence,
        )


def _entity_index(record) -> dict:
    """Entity ids by mention (start, end) and by mention end (spans may differ by a leading "the")."""
    index: dict = {}
    for entity in record.entities:
        for mention in entity.mentions:
            index.setdefault((mention.span.start, mention.span.end), entity.id)
            index.setdefault(mention.span.end, entity.id)
    return index
