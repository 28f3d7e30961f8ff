"""Run the stages up to events on short texts written for these tests (no places gazetteer: the
events stage must work without it, and loading it is slow)."""

from __future__ import annotations

from datetime import datetime

import pytest

STAGES = ("nlp", "entities", "quotes", "time", "events")


@pytest.fixture(scope="session")
def run_events():
    from newsgraph.config import Settings
    from newsgraph.pipeline import make_stage

    settings = Settings()
    stages = [make_stage(name, settings) for name in STAGES]
    for stage in stages:
        stage.setup()

    def run(text: str, headline: str | None = None, published: datetime | None = datetime(2022, 3, 11, 7, 3)):
        from newsgraph.records import Article, Record
        from newsgraph.stages.base import Item

        article = Article(source="test", body=text, language="en", headline=headline, published=published)
        article.finalize_id()
        item = Item(record=Record(article=article))
        for stage in stages:
            stage.process_batch([item])
        return item.record

    return run
