"""The record model: evidence spans slice to their text, ids are stable, the schema is published."""

from __future__ import annotations

import pytest

from newsgraph.records import SCHEMA_VERSION, Article, Record, Segment, article_id, json_schema


def make_article() -> Article:
    raw = "MENU | Home\n\nMinister said hello.\n\nFooter"
    body = "Minister said hello."
    start = raw.index(body)
    return Article(source="x.txt", body=body, segments=[Segment(body_start=0, source_start=start, length=len(body))])


def test_span_slices_body_and_source():
    article = make_article()
    raw = "MENU | Home\n\nMinister said hello.\n\nFooter"
    span = article.span(9, 13, "said")
    assert span.text == "said"
    assert raw[span.source_start : span.source_end] == "said"


def test_span_rejects_wrong_text_and_out_of_range():
    article = make_article()
    with pytest.raises(ValueError, match="not 'told'"):
        article.span(9, 13, "told")
    with pytest.raises(ValueError, match="outside body"):
        article.span(5, 500)


def test_span_without_segments_has_no_source_offsets():
    article = Article(source="x.html", body="Hello world")
    span = article.span(0, 5)
    assert (span.source_start, span.source_end) == (None, None)


def test_article_id_ignores_whitespace_and_unicode_form():
    assert article_id("Kyiv  talks\nended.") == article_id("Kyiv talks ended.")
    assert article_id("ﬁnal") == article_id("final")
    assert article_id("Kyiv talks ended.") != article_id("Kyiv talks began.")


def test_reference_date_prefers_updated():
    from datetime import datetime

    article = Article(source="x", published=datetime(2022, 3, 10), updated=datetime(2022, 3, 11, 7, 3))
    assert article.reference_date == (datetime(2022, 3, 11, 7, 3), "updated")
    assert Article(source="x").reference_date == (None, None)


def test_json_schema_is_published_with_version():
    schema = json_schema()
    assert SCHEMA_VERSION in schema["$id"]
    assert {"article", "entities", "quotes", "times", "places", "events"} <= set(schema["properties"])
    record = Record(article=make_article())
    assert Record.model_validate_json(record.model_dump_json()) == record


def test_unknown_fields_are_rejected():
    with pytest.raises(ValueError):
        Article(source="x", bodyy="typo")
