"""Build the ordered stage list and run inputs through it, batch by batch.

The same :class:`Pipeline` runs in one process, in each worker of a process pool, and on Dask
workers: it is picklable and loads its models in :meth:`Pipeline.setup`.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterable, Iterator

from newsgraph.config import Settings
from newsgraph.errors import UsageError
from newsgraph.readers.base import RawInput
from newsgraph.records import Article, Record, Status
from newsgraph.stages import STAGE_ORDER
from newsgraph.stages.base import Item, Stage, StageStats, chunked

STAGE_CLASSES = {
    "page": "newsgraph.stages.page:PageStage",
    "language": "newsgraph.stages.language:LanguageStage",
    "nlp": "newsgraph.stages.nlp:NlpStage",
    "entities": "newsgraph.stages.entities:EntitiesStage",
    "quotes": "newsgraph.stages.quotes:QuotesStage",
    "time": "newsgraph.stages.times:TimeStage",
    "places": "newsgraph.stages.places:PlacesStage",
    "events": "newsgraph.stages.events:EventsStage",
}


_CONFIGURED_STAGES = frozenset(["nlp", "events"])  # the stages whose constructor takes the Settings


def make_stage(name: str, settings: Settings) -> Stage:
    module_name, class_name = STAGE_CLASSES[name].split(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls(settings) if name in _CONFIGURED_STAGES else cls()


class Pipeline:
    def __init__(self, until: str | None = None, settings: Settings | None = None):
        if until is not None and until not in STAGE_ORDER:
            raise UsageError(f"unknown stage {until!r}", f"choose one of: {', '.join(STAGE_ORDER)}")
        self.settings = settings or Settings()
        names = STAGE_ORDER[: STAGE_ORDER.index(until) + 1] if until else STAGE_ORDER
        self.stages = [make_stage(name, self.settings) for name in names]
        self.stats = StageStats()
        self._ready = False

    def setup(self) -> None:
        if not self._ready:
            for stage in self.stages:
                stage.setup()
            self._ready = True

    def run(self, inputs: Iterable[RawInput]) -> Iterator[Record]:
        """Yield one Record per input, in order. Errors stay inside their record."""
        self.setup()
        for batch in chunked(inputs, self.settings.batch_size):
            yield from self.run_batch(batch)

    def run_batch(self, raws: list[RawInput]) -> list[Record]:
        self.setup()
        items = [Item(record=Record(article=Article(source=raw.source, url=raw.url)), raw=raw) for raw in raws]
        for stage in self.stages:
            started = time.perf_counter()
            stage.process_batch(items)
            self.stats.add_time(stage.name, time.perf_counter() - started)
        self.stats.items += len(items)
        self.stats.failures += sum(1 for it in items if it.record.failures or it.record.status == Status.UNREADABLE)
        for item in items:
            item.doc = None  # a Doc stays inside this process
            item.caption_docs = []
        return [item.record for item in items]

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_ready"] = False
        return state
