"""Flatten a Record into table rows (dicts keyed by column name), one list per table."""

from __future__ import annotations

from collections import defaultdict

from newsgraph.records import Event, Participant, Record, Span

Rows = dict[str, list[dict]]


def record_rows(record: Record) -> Rows:
    rows: Rows = defaultdict(list)
    a = record.article
    rows["articles"].append(
        {
            "id": a.id,
            "source": a.source,
            "url": a.url,
            "input_format": a.input_format,
            "status": record.status.value,
            "reason": record.reason,
            "headline": a.headline,
            "authors": a.authors,
            "outlet": a.outlet,
            "section": a.section,
            "dateline": a.dateline,
            "published": a.published,
            "updated": a.updated,
            "language": a.language,
            "body": a.body,
            "record": record.model_dump_json(),
        }
    )
    _entities(record, rows)
    _quotes(record, rows)
    _times_places(record, rows)
    _events(record, rows)
    return rows


def _evidence(rows: Rows, article_id: str, fact: str, fact_id: str, part: str, span: Span | None) -> None:
    if span is None:
        return
    rows["evidence"].append(
        {
            "article_id": article_id,
            "fact": fact,
            "fact_id": fact_id,
            "part": part,
            "start_char": span.start,
            "end_char": span.end,
            "text": span.text,
            "source_start": span.source_start,
            "source_end": span.source_end,
        }
    )


def _entities(record: Record, rows: Rows) -> None:
    aid = record.article.id
    for e in record.entities:
        rows["entities"].append(
            {
                "article_id": aid,
                "id": e.id,
                "type": str(e.type),
                "name": e.name,
                "role": e.role,
                "country": e.country,
                "sector": _str(e.sector),
                "kb_id": e.kb_id,
            }
        )
        for m in e.mentions:
            rows["mentions"].append(
                {
                    "article_id": aid,
                    "entity_id": e.id,
                    "start_char": m.span.start,
                    "end_char": m.span.end,
                    "text": m.span.text,
                    "type": str(m.type),
                    "role": m.role,
                    "kind": m.kind,
                }
            )
            _evidence(rows, aid, "mention", e.id, "span", m.span)
            _evidence(rows, aid, "mention", e.id, "role", m.role_span)


def _quotes(record: Record, rows: Rows) -> None:
    aid = record.article.id
    for q in record.quotes:
        first, last = q.content[0], q.content[-1]
        rows["quotes"].append(
            {
                "article_id": aid,
                "id": q.id,
                "kind": str(q.kind),
                "speaker_entity": q.speaker_entity,
                "speaker_name": q.speaker_name,
                "unnamed": q.unnamed,
                "content": " … ".join(s.text for s in q.content),
                "content_start": first.start,
                "content_end": last.end,
                "cue": q.cue.text if q.cue else None,
                "cue_start": q.cue.start if q.cue else None,
                "cue_end": q.cue.end if q.cue else None,
                "speaker_text": q.speaker.text if q.speaker else None,
                "speaker_start": q.speaker.start if q.speaker else None,
                "speaker_end": q.speaker.end if q.speaker else None,
                "via": q.via,
            }
        )
        for piece in q.content:
            _evidence(rows, aid, "quote", q.id, "content", piece)
        _evidence(rows, aid, "quote", q.id, "cue", q.cue)
        _evidence(rows, aid, "quote", q.id, "speaker", q.speaker)
        for via in q.via_spans:
            _evidence(rows, aid, "quote", q.id, "via", via)


def _times_places(record: Record, rows: Rows) -> None:
    aid = record.article.id
    for t in record.times:
        rows["times"].append(
            {
                "article_id": aid,
                "id": t.id,
                "type": str(t.type),
                "value": t.value,
                "granularity": _str(t.granularity),
                "anchor": t.anchor,
                "text": t.span.text,
                "start_char": t.span.start,
                "end_char": t.span.end,
                "caption": t.caption,
            }
        )
        _evidence(rows, aid, "time", t.id, "span" if t.caption is None else "caption_span", t.span)
    for p in record.places:
        rows["places"].append(
            {
                "article_id": aid,
                "id": p.id,
                "name": p.name,
                "geonames_id": p.geonames_id,
                "country": p.country,
                "latitude": p.latitude,
                "longitude": p.longitude,
                "feature": p.feature,
                "metonymic": p.metonymic,
                "text": p.span.text,
                "start_char": p.span.start,
                "end_char": p.span.end,
                "caption": p.caption,
            }
        )
        _evidence(rows, aid, "place", p.id, "span" if p.caption is None else "caption_span", p.span)


def _counterpart(ev: Event) -> Participant | None:
    """The first recipient; in a joint act with none ("Putin and Erdogan met"), the second actor, as GDELT's
    Actor2 would be."""
    if ev.recipients:
        return ev.recipients[0]
    return ev.actors[1] if ev.joint and len(ev.actors) > 1 else None


def _events(record: Record, rows: Rows) -> None:
    aid = record.article.id
    for ev in record.events:
        row = {
            "article_id": aid,
            "id": ev.id,
            "type": ev.type,
            "mode": ev.mode,
            "cameo": ev.cameo,
            "quad_class": ev.quad_class,
            "goldstein": ev.goldstein,
            **_participant("actor", ev.actors[0] if ev.actors else None),
            **_participant("recipient", _counterpart(ev)),
            "place_id": ev.place,
            "date": ev.date,
            "date_source": ev.date_source,
            "negated": ev.negated,
            "future": ev.future,
            "hypothetical": ev.hypothetical,
            "historical": ev.historical,
            "reported": ev.reported,
            "joint": ev.joint,
            "quote_id": ev.quote,
            "confidence": ev.confidence,
            "trigger": ev.trigger.text,
            "trigger_start": ev.trigger.start,
            "trigger_end": ev.trigger.end,
            "evidence": ev.evidence.text,
            "evidence_start": ev.evidence.start,
            "evidence_end": ev.evidence.end,
        }
        rows["events"].append(row)
        _evidence(rows, aid, "event", ev.id, "trigger", ev.trigger)
        _evidence(rows, aid, "event", ev.id, "evidence", ev.evidence)
        for p in [*ev.actors, *ev.recipients]:
            _evidence(rows, aid, "event", ev.id, "participant", p.span)
        for span in getattr(ev, "other_evidence", []):
            _evidence(rows, aid, "event", ev.id, "other_evidence", span)


def _participant(prefix: str, p: Participant | None) -> dict:
    return {
        f"{prefix}_name": p.name if p else None,
        f"{prefix}_country": p.country if p else None,
        f"{prefix}_sector": _str(p.sector) if p else None,
        f"{prefix}_entity": p.entity if p else None,
    }


def _str(value) -> str | None:
    return None if value is None else str(value)
