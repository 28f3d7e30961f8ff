"""The story with every fact marked in place, built so that no article text can ever become markup.

Spans may nest or overlap (a place inside a quote inside an entity...). The body is cut at every span
boundary; each piece is escaped on its own and wrapped in one ``<span>`` whose classes are the layers
covering it (entity type, quote speaker, time, place, event) and whose ``data-facts`` lists their keys.
Each layer uses its own CSS property (background, underline, outline...) so all stay visible at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from markupsafe import Markup, escape

from newsgraph.records import Record, Span

SPEAKER_COLOURS = 8


@dataclass(frozen=True, slots=True)
class Layer:
    start: int
    end: int
    key: str  # the fact this span is evidence of, e.g. "quote-q1"; also its DOM anchor
    classes: str


@dataclass
class Highlighted:
    html: Markup
    layers: list[Layer] = field(default_factory=list)
    skipped: int = 0  # spans that do not fit the body (kept out rather than misplaced)


def dom_id(kind: str, fact_id: str) -> str:
    """A DOM-safe key for a fact: ids come from the record, so nothing but [A-Za-z0-9_-] is kept."""
    return f"{kind}-{re.sub(r'[^A-Za-z0-9_-]', '_', fact_id)}"


def speaker_palette(record: Record) -> dict[str, int]:
    """Colour index per speaker, in order of first appearance."""
    palette: dict[str, int] = {}
    for quote in record.quotes:
        key = speaker_key(quote.speaker_entity, quote.speaker_name)
        palette.setdefault(key, len(palette) % SPEAKER_COLOURS)
    return palette


def speaker_key(entity: str | None, name: str | None) -> str:
    return entity or (name or "").lower() or "?"


def event_modality(event) -> str:
    """One drawing style per event: the strongest mode wins."""
    for flag in ("negated", "hypothetical", "future", "historical", "reported"):
        if getattr(event, flag):
            return flag
    return "asserted"


def record_layers(record: Record) -> list[Layer]:
    layers: list[Layer] = []
    for entity in record.entities:
        key = dom_id("entity", entity.id)
        for mention in entity.mentions:
            layers.append(Layer(mention.span.start, mention.span.end, key, f"ent ent-{entity.type.value}"))
    palette = speaker_palette(record)
    for quote in record.quotes:
        key = dom_id("quote", quote.id)
        colour = palette[speaker_key(quote.speaker_entity, quote.speaker_name)]
        for piece in quote.content:
            layers.append(Layer(piece.start, piece.end, key, f"qt spk-{colour} qt-{quote.kind.value}"))
        if quote.cue:
            layers.append(Layer(quote.cue.start, quote.cue.end, key, "qt-cue"))
        if quote.speaker:
            layers.append(Layer(quote.speaker.start, quote.speaker.end, key, f"qt-speaker spk-{colour}"))
    for time in record.times:
        if time.caption is None:  # a caption's time has offsets into the caption, not the body
            layers.append(Layer(time.span.start, time.span.end, dom_id("time", time.id), "tm"))
    for place in record.places:
        if place.caption is None:  # a caption's place has offsets into the caption, not the body
            layers.append(Layer(place.span.start, place.span.end, dom_id("place", place.id), "pl"))
    for event in record.events:
        key = dom_id("event", event.id)
        layers.append(Layer(event.trigger.start, event.trigger.end, key, f"ev ev-{event_modality(event)}"))
    return layers


def _fits(span: Span | Layer, body: str) -> bool:
    return 0 <= span.start < span.end <= len(body)


def highlight(record: Record) -> Highlighted:
    body = record.article.body
    all_layers = record_layers(record)
    layers = [la for la in all_layers if _fits(la, body)]
    cuts = sorted({0, len(body), *(la.start for la in layers), *(la.end for la in layers)})
    starts: dict[int, list[Layer]] = {}
    for la in layers:
        starts.setdefault(la.start, []).append(la)
    active: list[Layer] = []
    anchored: set[str] = set()
    parts: list[str] = []
    for lo, hi in pairwise(cuts):
        active = [la for la in active if la.end > lo] + starts.get(lo, [])
        text = escape(body[lo:hi])
        if not active:
            parts.append(text)
            continue
        for la in active:
            if la.key not in anchored:  # the first piece of each fact carries its anchor
                anchored.add(la.key)
                parts.append(Markup('<span class="anchor" id="{}"></span>').format(la.key))
        classes = " ".join(dict.fromkeys(c for la in active for c in la.classes.split()))
        keys = " ".join(dict.fromkeys(la.key for la in active))
        parts.append(Markup('<span class="hl {}" data-facts="{}">{}</span>').format(classes, keys, text))
    return Highlighted(html=Markup("").join(parts), layers=layers, skipped=len(all_layers) - len(layers))
