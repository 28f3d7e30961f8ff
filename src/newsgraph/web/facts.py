"""What the panel beside the story shows for each highlighted fact: label/value rows, links, a map point."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote as urlquote

from newsgraph.lexicon.countries import country_name
from newsgraph.records import Entity, Event, Participant, Place, Quote, Record, TimeExpression
from newsgraph.web.highlight import dom_id, event_modality


@dataclass
class Row:
    label: str
    value: str
    href: str | None = None  # always an app-internal path built here, never taken from the article


@dataclass
class Fact:
    key: str
    kind: str
    title: str
    rows: list[Row] = field(default_factory=list)
    point: tuple[float, float] | None = None  # (lon, lat) for the map


def actor_key(name: str, kb_id: str | None = None) -> str:
    """Actors across articles: the KB id when the store set one, else the lower-cased canonical name."""
    return kb_id or f"name:{name.strip().lower()}"


def actor_href(name: str, kb_id: str | None = None) -> str:
    return "/actors/" + urlquote(actor_key(name, kb_id), safe="")


def country_label(code: str | None) -> str:
    if not code:
        return ""
    name = country_name(code)
    return f"{name} ({code})" if name else code


def _rows(*pairs: tuple[str, object, str | None] | tuple[str, object]) -> list[Row]:
    rows = []
    for pair in pairs:
        label, value, *rest = pair
        if value not in (None, "", [], False):
            rows.append(Row(label, "yes" if value is True else str(value), rest[0] if rest else None))
    return rows


def entity_fact(entity: Entity) -> Fact:
    aliases = ", ".join(a for a in entity.aliases if a != entity.name)
    return Fact(
        key=dom_id("entity", entity.id),
        kind=f"entity {entity.type.value}",
        title=entity.name,
        rows=_rows(
            ("type", entity.type.value),
            ("role", entity.role),
            ("country", country_label(entity.country)),
            ("sector", entity.sector.value if entity.sector else None),
            ("also", aliases),
            ("mentions", len(entity.mentions)),
            ("actor page", "open", actor_href(entity.name, entity.kb_id)),
        ),
    )


def quote_fact(quote: Quote, record: Record) -> Fact:
    speaker = record.entity(quote.speaker_entity)
    relays = [record.entity(v) for v in quote.via]
    via = " → ".join(e.name for e in relays if e)
    name = quote.speaker_name or (speaker.name if speaker else None) or "unknown speaker"
    return Fact(
        key=dom_id("quote", quote.id),
        kind=f"quote {quote.kind.value}",
        title=" … ".join(s.text for s in quote.content),
        rows=_rows(
            ("speaker", name, actor_href(speaker.name, speaker.kb_id) if speaker else None),
            ("role", speaker.role if speaker else None),
            ("country", country_label(speaker.country) if speaker else None),
            ("unnamed source", quote.unnamed),
            ("kind", quote.kind.value),
            ("cue", quote.cue.text if quote.cue else None),
            ("speaker as written", quote.speaker.text if quote.speaker else None),
            ("relayed via", via),
            ("confidence", f"{quote.confidence:.2f}"),
        ),
    )


def time_fact(time: TimeExpression) -> Fact:
    return Fact(
        key=dom_id("time", time.id),
        kind="time",
        title=time.span.text,
        rows=_rows(
            ("resolved", time.value),
            ("type", time.type.value),
            ("granularity", time.granularity.value if time.granularity else None),
            ("anchored on", time.anchor),
            ("relative", time.relative),
            ("tense", time.tense),
        ),
    )


def place_fact(place: Place) -> Fact:
    has_point = place.latitude is not None and place.longitude is not None
    return Fact(
        key=dom_id("place", place.id),
        kind="place",
        title=place.name,
        rows=_rows(
            ("as written", place.span.text),
            ("country", country_label(place.country)),
            ("coordinates", f"{place.latitude:.4f}, {place.longitude:.4f}" if has_point else None),
            ("feature", place.feature),
            ("population", f"{place.population:,}" if place.population else None),
            ("GeoNames id", place.geonames_id),
            ("stands for its government/people", place.metonymic),
        ),
        point=(place.longitude, place.latitude) if has_point else None,
    )


def _participants(people: list[Participant]) -> str:
    return "; ".join(p.name + (f" ({p.country})" if p.country else "") for p in people)


def event_fact(event: Event, record: Record) -> Fact:
    place = next((p for p in record.places if p.id == event.place), None)
    modes = [f for f in ("negated", "future", "hypothetical", "historical", "reported") if getattr(event, f)]
    return Fact(
        key=dom_id("event", event.id),
        kind=f"event {event_modality(event)}",
        title=f"{event.type}" + (f" / {event.mode}" if event.mode else ""),
        rows=_rows(
            ("trigger", event.trigger.text),
            ("who", _participants(event.actors)),
            ("to whom", _participants(event.recipients)),
            ("modes", ", ".join(modes) or "asserted"),
            ("date", event.date and f"{event.date} (from {event.date_source})"),
            ("place", place.name if place else None),
            ("CAMEO", event.cameo),
            ("Goldstein", event.goldstein),
            ("quad class", event.quad_class),
            ("in quote", "show the quote" if event.quote else None, "#" + dom_id("quote", event.quote or "")),
            ("evidence", event.evidence.text),
            ("confidence", f"{event.confidence:.2f}"),
        ),
        point=(place.longitude, place.latitude) if place and place.latitude is not None else None,
    )


def record_facts(record: Record) -> list[Fact]:
    return [
        *(entity_fact(e) for e in record.entities),
        *(quote_fact(q, record) for q in record.quotes),
        *(time_fact(t) for t in record.times),
        *(place_fact(p) for p in record.places),
        *(event_fact(e, record) for e in record.events),
    ]
