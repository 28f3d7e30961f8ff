"""Stage `places`: resolve the article's toponyms offline to GeoNames places (see newsgraph.geo)."""

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
        found = doc_toponyms(item.doc)
        if not found:
            record.places = []
            return
        actor_countries = [e.country for e in record.entities if e.country]
        resolutions = self._resolver.resolve(article.body, [t for t, _ in found], article.dateline, actor_countries)
        spans = {(t.start, t.end): span for t, span in found}
        entity_at = _entity_index(record)
        places = []
        for res in resolutions:
            top, cand = res.toponym, res.candidate
            place_id = "P" + hashlib.sha1(f"{top.start}:{top.end}:{top.text}".encode()).hexdigest()[:8]
            places.append(
                Place(
                    id=place_id,
                    span=article.span(top.start, top.end),
                    name=cand.name if cand else top.text,
                    geonames_id=cand.geonames_id if cand else None,
                    country=cand.country if cand else None,
                    latitude=cand.latitude if cand else None,
                    longitude=cand.longitude if cand else None,
                    feature=cand.feature if cand else None,
                    population=cand.population or None if cand else None,
                    metonymic=is_metonymic(spans[(top.start, top.end)], cand),
                    entity=entity_at.get((top.start, top.end)) or entity_at.get(top.end),
                    confidence=res.confidence,
                )
            )
        record.places = places


def _entity_index(record) -> dict:
    """Entity ids by mention (start, end) and by mention end (spans may differ by a leading "the")."""
    index: dict = {}
    for entity in record.entities:
        for mention in entity.mentions:
            index.setdefault((mention.span.start, mention.span.end), entity.id)
            index.setdefault(mention.span.end, entity.id)
    return index
