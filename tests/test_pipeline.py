"""The pipeline skeleton: stage order, --until, per-item errors, picklability."""

from __future__ import annotations

import pickle

import pytest

from newsgraph.errors import UsageError
from newsgraph.pipeline import Pipeline
from newsgraph.readers import RawInput
from newsgraph.records import Status
from newsgraph.stages import STAGE_ORDER
from newsgraph.stages.base import Stage


def raw(text: str, source: str = "t.txt") -> RawInput:
    return RawInput(source=source, data=text.encode())


def test_stage_order_is_the_documented_one():
    assert STAGE_ORDER == ("page", "language", "nlp", "entities", "quotes", "time", "places", "events")
    assert [s.name for s in Pipeline().stages] == list(STAGE_ORDER)


def test_until_page_runs_only_page_reading():
    (record,) = Pipeline(until="page").run([raw("The minister said the talks were useful and would go on.")])
    assert record.stages == ["page"]
    assert record.article.body.startswith("The minister said")
    assert record.article.id


def test_unknown_stage_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown stage"):
        Pipeline(until="magic")


def test_unreadable_input_does_not_stop_the_batch():
    records = Pipeline(until="language").run_batch([raw(""), raw("\x00\x01binary"), raw("A clean sentence here.")])
    assert [r.status for r in records] == [Status.UNREADABLE, Status.UNREADABLE, Status.OK]
    assert "empty" in records[0].reason


class Exploding(Stage):
    name = "exploding"
    needs_doc = False

    def process(self, item):
        if "boom" in item.record.article.body:
            raise RuntimeError("boom in stage")


def test_stage_error_is_recorded_and_other_items_go_on():
    pipeline = Pipeline(until="language")
    pipeline.stages.append(Exploding())
    bad, good = pipeline.run_batch([raw("This text says boom loudly."), raw("This text is calm and plain.")])
    assert [f.stage for f in bad.failures] == ["exploding"]
    assert "boom in stage" in bad.failures[0].message
    assert good.failures == [] and "exploding" in good.stages


def test_pipeline_pickles_without_loaded_models():
    pipeline = Pipeline(until="language")
    pipeline.setup()
    clone = pickle.loads(pickle.dumps(pipeline))
    assert not clone._ready
    (record,) = clone.run([raw("Pickled pipelines still read articles.")])
    assert record.status == Status.OK


@pytest.mark.slow
def test_full_pipeline_parses_english_and_records_stages():
    (record,) = Pipeline().run([raw("Sergey Lavrov met Dmytro Kuleba in Antalya on Thursday, officials said.")])
    assert record.status == Status.OK
    assert record.stages[:4] == ["page", "language", "nlp", "entities"]
    assert "Sergey Lavrov" in {e.name for e in record.entities}
    for entity in record.entities:
        for mention in entity.mentions:
            assert record.article.body[mention.span.start : mention.span.end] == mention.span.text


@pytest.mark.slow
def test_the_headline_reader_uses_the_pipelines_spacy_model():
    """A pipeline built with a model name (not the environment's) reads headline verbs from that model."""
    from newsgraph.config import Settings
    from newsgraph.events import headline

    name = Settings().spacy_model
    pipeline = Pipeline(settings=Settings(spacy_model=name))
    pipeline.setup()
    events_stage = next(stage for stage in pipeline.stages if stage.name == "events")
    assert events_stage.settings.spacy_model == name
    assert headline._verb_model == name and "shrug" in headline._english_verbs()
