"""The stage interface: one job each, declared inputs and outputs, errors kept per item.

A stage reads what earlier stages wrote on an :class:`Item` and adds its own part. It knows
nothing of the stages after it, does no I/O, and survives pickling (process pools, Dask): heavy
resources are loaded in :meth:`Stage.setup`, once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from newsgraph.records import Failure, Record, Status


@dataclass(slots=True)
class Item:
    """One input on its way through the pipeline. ``doc`` (spaCy) never leaves the process."""

    record: Record
    raw: Any = None  # the RawInput it was read from
    doc: Any = None
    caption_docs: list[Any] = field(default_factory=list)  # spaCy Docs of article.captions, same order
    headline_doc: Any = None  # spaCy Doc of article.headline (parsed in sentence case, no NER), if any

    @property
    def english_ok(self) -> bool:
        return self.record.status == Status.OK and self.doc is not None


class Stage:
    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]] = ()
    needs_doc: ClassVar[bool] = True  # skip items that have no parsed English text

    def setup(self) -> None:
        """Load what the stage needs; called once per process before the first item."""

    def process(self, item: Item) -> None:
        raise NotImplementedError

    def process_batch(self, items: Sequence[Item]) -> None:
        for item in items:
            self.run_one(item)

    def run_one(self, item: Item) -> None:
        if self.needs_doc and not item.english_ok:
            return
        try:
            self.process(item)
            item.record.stages.append(self.name)
        except Exception as exc:  # one bad article must never stop a batch
            self.record_failure(item, exc)

    def record_failure(self, item: Item, exc: Exception) -> None:
        """Keep the error on the item's record; the other stages and items go on."""
        item.record.failures.append(
            Failure(
                source=item.record.article.source, stage=self.name, reason=type(exc).__name__, message=str(exc)[:500]
            )
        )


@dataclass
class StageStats:
    """Counters and time per stage; merge with ``+`` across workers and shards."""

    seconds: dict[str, float] = field(default_factory=dict)
    items: int = 0
    failures: int = 0

    def add_time(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    def __add__(self, other: StageStats) -> StageStats:
        merged = StageStats(dict(self.seconds), self.items + other.items, self.failures + other.failures)
        for stage, secs in other.seconds.items():
            merged.add_time(stage, secs)
        return merged


def chunked(items: Iterable[Any], size: int) -> Iterable[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
