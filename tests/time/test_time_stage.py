"""The `time` stage through the pipeline, on the seed page and on a fixture of tense cases."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsgraph.pipeline import Pipeline
from newsgraph.readers import iter_inputs
from newsgraph.records import Record
from newsgraph.stages.base import Item

DATA = Path(__file__).parents[1] / "data"
SEED = DATA / "chinadaily-2022-03-11-ceasefire-talks.txt"
FIXTURE = DATA / "time" / "minsk-visit.txt"
SEED_DATE = datetime(2022, 3, 11, 7, 3)

pytestmark = pytest.mark.slow


def run_until_time(path: Path, anchor: datetime | None) -> Record:
    """Run the pipeline up to `time`; set ``updated`` before `time` when the page stage did not find it."""
    pipeline = Pipeline(until="time")
    pipeline.setup()
    (raw,) = list(iter_inputs([str(path)]))
    items = [Item(record=Record(article=_empty_article(raw)), raw=raw)]
    for stage in pipeline.stages:
        if stage.name == "time" and anchor is not None and items[0].record.article.updated is None:
            items[0].record.article.updated = anchor
        stage.process_batch(items)
    return items[0].record


def _empty_article(raw):
    from newsgraph.records import Article

    return Article(source=raw.source, url=raw.url)


def by_text(record: Record) -> dict[str, list]:
    found: dict[str, list] = {}
    for t in record.times:
        found.setdefault(t.span.text, []).append(t)
    return found


def test_seed_times_resolve_against_the_update_date():
    record = run_until_time(SEED, SEED_DATE)
    assert "time" in record.stages and not record.failures
    found = by_text(record)
    (thursday,) = found["Thursday"]
    assert (thursday.value, thursday.anchor, thursday.tense) == ("2022-03-10", "updated", "past")
    (friday,) = found["Friday"]
    assert (friday.value, friday.tense) == ("2022-03-11", "future")
    (ago,) = found["two weeks ago"]
    assert (ago.value, ago.granularity) == ("2022-W08", "week")
    assert [t.value for t in found["weeks"]] == ["PXW"]
    assert [(t.type, t.value) for t in found["many years"]] == [("DURATION", "PXY")]
    (march7,) = found["March 7, 2022"]  # in the photo caption, which is kept out of the body
    assert (march7.value, march7.caption) == ("2022-03-07", 0)
    for t in record.times:
        text = record.article.body if t.caption is None else record.article.captions[t.caption].text
        assert text[t.span.start : t.span.end] == t.span.text


def test_seed_without_a_date_leaves_relative_times_unresolved():
    pipeline = Pipeline(until="time")
    pipeline.setup()
    (raw,) = list(iter_inputs([str(SEED)]))
    items = [Item(record=Record(article=_empty_article(raw)), raw=raw)]
    for stage in pipeline.stages:
        if stage.name == "time":
            items[0].record.article.updated = items[0].record.article.published = None
        stage.process_batch(items)
    found = by_text(items[0].record)
    assert found["Thursday"][0].value is None and found["Thursday"][0].anchor == "none"
    assert found["two weeks ago"][0].value is None


def test_fixture_tense_cases():
    record = run_until_time(FIXTURE, SEED_DATE)
    found = by_text(record)
    assert [t.value for t in found["Thursday"]] == ["2022-03-10", "2022-03-17"]
    assert [t.value for t in found["Friday"]] == ["2022-03-11"]
    assert found["next month"][0].value == "2022-04"
    assert found["last year"][0].value == "2021"
    assert found["last month"][0].value == "2022-02"
    assert found["yesterday"][0].value == "2022-03-10"
    assert found["this week"][0].value == "2022-W10"
    assert found["the first quarter"][0].value == "2022-Q1"
    assert found["the 1990s"][0].value == "199"
    assert (found["every Monday"][0].type, found["every Monday"][0].value) == ("SET", "XXXX-WXX-1")
    assert found["2021"][0].anchor == "explicit"
    assert found["two weeks"][0].value == "P2W"
    assert found["now"][0].value == "PRESENT_REF"


def test_a_page_dated_in_the_future_resolves_against_its_own_date():
    future = run_until_time_with(FIXTURE, datetime(2099, 6, 1))
    assert not future.failures
    found = by_text(future)
    assert found["last year"][0].value == "2098"
    assert found["2021"][0].value == "2021"


def run_until_time_with(path: Path, anchor: datetime) -> Record:
    """Like :func:`run_until_time`, but overriding whatever date the page gave."""
    pipeline = Pipeline(until="time")
    pipeline.setup()
    (raw,) = list(iter_inputs([str(path)]))
    items = [Item(record=Record(article=_empty_article(raw)), raw=raw)]
    for stage in pipeline.stages:
        if stage.name == "time":
            items[0].record.article.updated, items[0].record.article.published = anchor, None
        stage.process_batch(items)
    return items[0].record


def test_seed_through_pipeline_run_uses_whatever_date_the_page_gave():
    (raw,) = list(iter_inputs([str(SEED)]))
    (record,) = Pipeline(until="time").run([raw])
    anchor, source = record.article.reference_date
    (thursday,) = by_text(record)["Thursday"]
    if anchor is None:
        assert (thursday.value, thursday.anchor) == (None, "none")
    else:
        assert thursday.anchor == source
        assert anchor.date().isoformat() >= thursday.value  # past tense: on or before the article's date
