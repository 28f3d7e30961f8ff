"""The story is cut at every span boundary and each piece escaped: overlaps, nesting and hostile text."""

from __future__ import annotations

from tests.web._html import injected, parse
from tests.web._records import at, hostile_record, talks_record

from newsgraph.records import Article, Entity, EntityType, Mention, Place, Record
from newsgraph.web.highlight import dom_id, highlight


def test_every_fact_of_the_talks_record_is_highlighted_with_its_layer():
    record = talks_record()
    page = parse(str(highlight(record).html))
    facts = {key for el in page.with_class("hl") for key in el.attrs["data-facts"].split()}
    assert facts == {
        *(dom_id("entity", e.id) for e in record.entities),
        *(dom_id("quote", q.id) for q in record.quotes),
        "time-t1",
        "place-p1",
        "event-v1",
        "event-v2",
        "event-v3",
    }
    negated = page.with_class("ev-negated")
    assert len(negated) == 1 and set(negated[0].attrs["data-facts"].split()) == {"event-v3", "quote-q2"}


def test_nested_spans_share_pieces_and_each_fact_gets_one_anchor():
    record = talks_record()
    html = str(highlight(record).html)
    # "Antalya" is both a GPE mention and a resolved place: one piece carries both layers.
    assert '<span class="hl ent ent-GPE pl" data-facts="entity-e3 place-p1">Antalya</span>' in html
    # The negated "send aid" sits inside the indirect quote, which starts at "Turkey" (an entity).
    assert 'class="hl qt spk-1 qt-indirect ev ev-negated" data-facts="quote-q2 event-v3">send aid</span>' in html
    page = parse(html)
    anchors = [el.attrs["id"] for el in page.with_class("anchor")]
    assert len(anchors) == len(set(anchors))
    assert {"quote-q1", "quote-q2", "event-v1", "place-p1", "time-t1"} <= set(anchors)


def test_partly_overlapping_spans_are_split_at_each_boundary():
    article = Article(source="t", body="New York City Hall")
    city = Entity(
        id="a",
        type=EntityType.GPE,
        name="New York City",
        mentions=[Mention(span=at(article, "New York City"), type=EntityType.GPE)],
    )
    hall = Entity(
        id="b",
        type=EntityType.FAC,
        name="City Hall",
        mentions=[Mention(span=at(article, "City Hall"), type=EntityType.FAC)],
    )
    html = str(highlight(Record(article=article, entities=[city, hall])).html)
    assert '<span class="hl ent ent-GPE" data-facts="entity-a">New York </span>' in html
    assert '<span class="hl ent ent-GPE ent-FAC" data-facts="entity-a entity-b">City</span>' in html
    assert '<span class="hl ent ent-FAC" data-facts="entity-b"> Hall</span>' in html


def test_text_survives_unchanged_once_the_markup_is_stripped():
    record = hostile_record()
    marked = highlight(record)
    text_only = "".join(_text_nodes(str(marked.html)))
    assert text_only == record.article.body


def test_hostile_text_never_becomes_markup():
    marked = highlight(hostile_record())
    html = str(marked.html)
    assert injected(html) == []
    assert "&lt;script&gt;window.__pwned" in html
    # a record id with quotes cannot break out of its attribute
    assert 'data-facts="entity-e1__onclick__alert_8_"' in html


def test_spans_outside_the_body_are_left_out_and_counted():
    article = Article(source="t", body="Short body")
    place = Place(id="p", span=article.span(0, 5), name="Short")
    place_outside = place.model_copy(update={"id": "q", "span": place.span.model_copy(update={"start": 3, "end": 50})})
    marked = highlight(Record(article=article, places=[place, place_outside]))
    assert marked.skipped == 1
    assert "place-q" not in str(marked.html)


def _text_nodes(html: str) -> list[str]:
    from html.parser import HTMLParser

    chunks: list[str] = []

    class Collect(HTMLParser):
        def handle_data(self, data):
            chunks.append(data)

    collector = Collect(convert_charrefs=True)
    collector.feed(html)
    collector.close()
    return chunks


def test_timeline_keeps_a_stray_year_from_squeezing_the_axis():
    from newsgraph.web.timeline import layout

    events = [
        {"when": f"2022-03-{day:02d}", "type": "CONSULT", "modality": "asserted", "title": "", "href": "#"}
        for day in range(1, 29)
    ]
    events.append({"when": "1701", "type": "ACCUSE", "modality": "asserted", "title": "", "href": "#"})
    events.append({"when": "P2W", "type": "AID", "modality": "asserted", "title": "", "href": "#"})
    timeline = layout(events)
    assert timeline.outside == 1 and timeline.undated == 1
    xs = sorted(m.x for m in timeline.markers)
    assert len(xs) == 28 and xs[-1] - xs[0] > 600  # the March dates spread across the plot
    small = layout(events[:5] + events[-2:-1])
    assert small.outside == 0 and len(small.markers) == 6  # too few dates to cut anything
