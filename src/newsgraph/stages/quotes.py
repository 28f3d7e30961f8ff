"""Stage `quotes`: who said what — direct, reported and relayed statements with resolved speakers."""

from __future__ import annotations

import hashlib

from newsgraph.quotes.rules import Attribution, find_attributions, source_range
from newsgraph.quotes.speakers import Speaker, SpeakerResolver
from newsgraph.records import Quote, QuoteKind, Record
from newsgraph.stages.base import Item, Stage


class QuotesStage(Stage):
    name = "quotes"
    requires = ("nlp", "entities")

    def process(self, item: Item) -> None:
        item.record.quotes = build_quotes(item.record, item.doc)


def build_quotes(record: Record, doc) -> list[Quote]:
    resolver = SpeakerResolver(doc, record.entities)
    quotes: list[Quote] = []
    previous: Speaker | None = None
    for att in find_attributions(doc):
        speaker_range = att.source or _inherited_range(doc, att)
        speaker = resolver.resolve(att.source_head, speaker_range, previous)
        via = [resolver.resolve(h, r, None) for h, r in zip(att.via_heads, att.via, strict=True)]
        quotes.append(_quote(record, att, speaker_range, speaker, via))
        if speaker.entity is not None or speaker.unnamed:
            previous = speaker
    return quotes


def _inherited_range(doc, att: Attribution) -> tuple[int, int] | None:
    return source_range(doc, doc[att.source_head]) if att.source_head is not None else None


def _quote(record: Record, att: Attribution, speaker_range, speaker: Speaker, via: list[Speaker]) -> Quote:
    article = record.article
    key = f"{article.id}:{att.cue}:{att.content[0]}"
    return Quote(
        id="Q" + hashlib.sha1(key.encode()).hexdigest()[:8],
        content=[article.span(s, e) for s, e in att.content],
        cue=article.span(*att.cue) if att.cue else None,
        speaker=article.span(*speaker_range) if speaker_range else None,
        speaker_entity=speaker.entity.id if speaker.entity else None,
        speaker_name=speaker.name,
        unnamed=speaker.unnamed,
        kind=QuoteKind(att.kind),
        via=[v.entity.id for v in via if v.entity],
        via_spans=[article.span(s, e) for s, e in att.via],
        via_names=[v.name or article.body[s:e] for v, (s, e) in zip(via, att.via, strict=True)],
        confidence=_confidence(att, speaker),
    )


def _confidence(att: Attribution, speaker: Speaker) -> float:
    if att.cue is None:
        return 0.3
    if speaker.entity is None and not speaker.unnamed:
        return 0.5
    return 0.9 if att.source else 0.7
